//! `add_note` without `#[cfg(Py_3_11)]`, built for Python 3.10: PyO3 has no such method there.
// python: 3.10 3.9

use pyo3::prelude::*;

// ANCHOR: no-cfg
/// Say which line failed, in a note; with no `#[cfg]`, for every Python.
pub fn add_line_note(py: Python<'_>, err: &PyErr, number: usize) -> PyResult<()> {
    err.add_note(py, format!("on line {number}"))
}
// ANCHOR_END: no-cfg
