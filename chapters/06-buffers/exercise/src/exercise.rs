//! Chapter 6's exercise: read a buffer from a copy, write into one, and read one in place.
//! Replace each `todo!` with your code, then run `just exercise 6`. `just hint 6 K` gives a
//! hint for task K.

use pyo3::buffer::PyBuffer;
use pyo3::prelude::*;

// ANCHOR: task1
/// How many times `byte` occurs in any bytes-like object, counted in a copy of its bytes.
#[pyfunction]
pub fn count_byte(py: Python<'_>, data: PyBuffer<u8>, byte: u8) -> PyResult<usize> {
    let _ = (py, data);
    todo!("task 1: count {byte} in a copy of the bytes")
}
// ANCHOR_END: task1

// ANCHOR: task2
/// Set every byte of a writable bytes-like object to `value`, in place. A read-only one
/// (such as `bytes`) raises BufferError("cannot write to read-only buffer").
#[pyfunction]
pub fn fill(py: Python<'_>, data: PyBuffer<u8>, value: u8) -> PyResult<()> {
    let _ = (py, data);
    todo!("task 2: write {value} into every byte")
}
// ANCHOR_END: task2

// ANCHOR: task3
/// The largest number in a C-contiguous buffer of float64s, read in place. An empty buffer
/// raises ValueError("largest() of an empty buffer"); one that is not C-contiguous raises
/// BufferError("the buffer is not C-contiguous; copy it first, for example with bytes()").
#[pyfunction]
pub fn largest(values: PyBuffer<f64>) -> PyResult<f64> {
    let _ = values;
    todo!("task 3: the largest number, without copying")
}
// ANCHOR_END: task3
