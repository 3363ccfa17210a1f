//! The one place in this tutorial where a panic reaches Python, on purpose.

use pyo3::exceptions::PyIndexError;
use pyo3::prelude::*;

// ANCHOR: panic
/// The first byte of `data`. Panics on empty data: this is the chapter's bad example.
#[pyfunction]
pub fn first_byte_or_panic(data: &[u8]) -> u8 {
    data[0]
}
// ANCHOR_END: panic

// ANCHOR: no-panic
/// The first byte of `data`; IndexError when `data` is empty.
#[pyfunction]
pub fn first_byte(data: &[u8]) -> PyResult<u8> {
    data.first()
        .copied()
        .ok_or_else(|| PyIndexError::new_err("the data is empty, so it has no first byte"))
}
// ANCHOR_END: no-panic
