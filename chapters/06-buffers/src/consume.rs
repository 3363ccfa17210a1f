//! Reading memory that another Python object owns: `bytes`, `bytearray`, `memoryview`,
//! `array.array`, a NumPy array, or anything else that offers a buffer.

use pyo3::buffer::{Element, PyBuffer};
use pyo3::exceptions::PyBufferError;
use pyo3::prelude::*;

// ANCHOR: copied
/// Add up the bytes of any bytes-like object, from a copy of them.
#[pyfunction]
pub fn byte_sum_copied(py: Python<'_>, data: PyBuffer<u8>) -> PyResult<u64> {
    let bytes: Vec<u8> = data.to_vec(py)?;
    Ok(bytes.iter().map(|&byte| u64::from(byte)).sum())
}
// ANCHOR_END: copied

// ANCHOR: zero-copy
/// Add up the bytes of any bytes-like object, reading them where they are.
#[pyfunction]
pub fn byte_sum(data: PyBuffer<u8>) -> PyResult<u64> {
    // SAFETY: the loop below calls no Python code and does not detach, so nothing can write
    // to the bytes while it reads them.
    let bytes: &[u8] = unsafe { contiguous(&data) }?;
    Ok(bytes.iter().map(|&byte| u64::from(byte)).sum())
}

/// Add up any buffer of `float64`s, reading the numbers where they are.
#[pyfunction]
pub fn float_sum(values: PyBuffer<f64>) -> PyResult<f64> {
    // SAFETY: as in `byte_sum`, summing the slice runs no Python code and does not detach.
    let numbers: &[f64] = unsafe { contiguous(&values) }?;
    Ok(numbers.iter().sum())
}

/// The buffer's items as a slice, without copying them. The slice borrows `buffer`, so the
/// compiler will not let it outlive the export that keeps the memory allocated.
///
/// # Safety
///
/// While the slice is alive, nothing may write to the buffer: run no Python code (a call
/// into Python, a Python callback) and do not detach, or another thread could change the
/// items under you. This relies on the GIL, which the module asks for (`gil_used = true`).
unsafe fn contiguous<T: Element>(buffer: &PyBuffer<T>) -> PyResult<&[T]> {
    native_order(buffer)?;
    let Some(items) = buffer.as_slice_ptr() else {
        return Err(PyBufferError::new_err(
            "the buffer is not C-contiguous; copy it first, for example with bytes()",
        ));
    };
    // SAFETY: making the `PyBuffer<T>` checked that the items are `T`s, of `T`'s size and
    // aligned for it (`native_order` that their bytes come in this machine's order, which
    // PyO3 gets wrong), and `as_slice_ptr` that they lie one after another (C-contiguous); the
    // pointer covers the whole buffer. `buffer` holds the export, so the memory
    // stays allocated and its owner refuses to resize it for as long as the slice borrows
    // `buffer`. Our caller promises that nothing writes to it meanwhile.
    Ok(unsafe { items.as_ref() })
}
// ANCHOR_END: zero-copy

// ANCHOR: byte-order
/// Refuse items whose bytes come in the other order from this machine's (`>d` on a
/// little-endian machine). PyO3 0.30's own check gets this backwards: on a little-endian
/// machine it accepts `>` (big-endian) and refuses `<` (little-endian, the machine's own).
/// A single byte has no order, so `u8` buffers pass whatever the format says.
fn native_order<T: Element>(buffer: &PyBuffer<T>) -> PyResult<()> {
    let format = buffer.format().to_bytes();
    let foreign: &[u8] = if cfg!(target_endian = "little") {
        b">!"
    } else {
        b"<"
    };
    match format.first() {
        Some(order) if buffer.item_size() > 1 && foreign.contains(order) => {
            Err(PyBufferError::new_err(format!(
                "the items are in the other byte order (format {:?}); convert them first, for \
                 example with NumPy: data.astype(data.dtype.newbyteorder(\"=\"))",
                String::from_utf8_lossy(format),
            )))
        }
        _ => Ok(()),
    }
}

/// The floats of any `float64` buffer, copied, trusting PyO3's check alone: it takes a
/// big-endian buffer as `f64`s and reads each number's bytes backwards.
#[pyfunction]
pub fn floats_trusting_pyo3(py: Python<'_>, values: PyBuffer<f64>) -> PyResult<Vec<f64>> {
    values.to_vec(py)
}
// ANCHOR_END: byte-order
