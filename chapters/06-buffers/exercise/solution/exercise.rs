//! Chapter 6's exercise, solved: read a buffer from a copy, write into one, and read one in
//! place.

use pyo3::buffer::PyBuffer;
use pyo3::exceptions::{PyBufferError, PyValueError};
use pyo3::prelude::*;

// ANCHOR: task1
/// How many times `byte` occurs in any bytes-like object, counted in a copy of its bytes.
#[pyfunction]
pub fn count_byte(py: Python<'_>, data: PyBuffer<u8>, byte: u8) -> PyResult<usize> {
    let bytes = data.to_vec(py)?;
    Ok(bytes.iter().filter(|&&b| b == byte).count())
}
// ANCHOR_END: task1

// ANCHOR: task2
/// Set every byte of a writable bytes-like object to `value`, in place. A read-only one
/// (such as `bytes`) raises BufferError("cannot write to read-only buffer").
#[pyfunction]
pub fn fill(py: Python<'_>, data: PyBuffer<u8>, value: u8) -> PyResult<()> {
    // `copy_from_slice` checks that the buffer is writable, then copies our bytes into it.
    let bytes = vec![value; data.item_count()];
    data.copy_from_slice(py, &bytes)
}
// ANCHOR_END: task2

// ANCHOR: task3
/// The largest number in a C-contiguous buffer of float64s, read in place. An empty buffer
/// raises ValueError("largest() of an empty buffer"); one that is not C-contiguous raises
/// BufferError("the buffer is not C-contiguous; copy it first, for example with bytes()").
#[pyfunction]
pub fn largest(values: PyBuffer<f64>) -> PyResult<f64> {
    let Some(items) = values.as_slice_ptr() else {
        return Err(PyBufferError::new_err(
            "the buffer is not C-contiguous; copy it first, for example with bytes()",
        ));
    };
    // SAFETY: making `values` checked the item type, size and alignment, `as_slice_ptr` the
    // layout (one item after another), and `values` holds
    // the export until the end of this function, so the memory stays allocated. The loop
    // below runs no Python code and does not detach, so nothing writes to it meanwhile.
    let numbers: &[f64] = unsafe { items.as_ref() };
    numbers
        .iter()
        .copied()
        .reduce(f64::max)
        .ok_or_else(|| PyValueError::new_err("largest() of an empty buffer"))
}
// ANCHOR_END: task3
