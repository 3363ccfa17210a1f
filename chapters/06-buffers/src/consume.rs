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
    let Some(items) = buffer.as_slice_ptr() else {
        return Err(PyBufferError::new_err(
            "the buffer is not C-contiguous; copy it first, for example with bytes()",
        ));
    };
    // SAFETY: making the `PyBuffer<T>` checked that the items are `T`s, of `T`'s size and
    // aligned for it, and `as_slice_ptr` that they lie one after another (C-contiguous); the
    // pointer covers the whole buffer. `buffer` holds the export, so the memory
    // stays allocated and its owner refuses to resize it for as long as the slice borrows
    // `buffer`. Our caller promises that nothing writes to it meanwhile.
    Ok(unsafe { items.as_ref() })
}
// ANCHOR_END: zero-copy
