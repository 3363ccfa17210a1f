//! Rust's standard errors, turned into Python exceptions by `?`.

use std::io::ErrorKind;
use std::path::PathBuf;

use pyo3::exceptions::{PyBaseException, PyValueError};
use pyo3::prelude::*;

// ANCHOR: read-text
/// Read a UTF-8 text file and return its contents.
#[pyfunction]
pub fn read_text(path: PathBuf) -> PyResult<String> {
    // `?` turns the `std::io::Error` into the matching `OSError` subclass.
    Ok(std::fs::read_to_string(path)?)
}
// ANCHOR_END: read-text

// ANCHOR: io-kinds
/// Raise what PyO3 makes of an `io::Error` of the kind named: `"not found"`,
/// `"timed out"`, `"out of memory"` or `"other"`.
#[pyfunction]
pub fn raise_io_error(kind: &str) -> PyResult<()> {
    let kind = match kind {
        "not found" => ErrorKind::NotFound,
        "timed out" => ErrorKind::TimedOut,
        "out of memory" => ErrorKind::OutOfMemory,
        "other" => ErrorKind::Other,
        _ => {
            return Err(PyValueError::new_err(format!(
                "no io::Error kind {kind:?} here"
            )));
        }
    };
    Err(std::io::Error::new(kind, "raised from Rust").into())
}

/// Wrap a Python exception in an `io::Error`, as Rust code that reads through a Python
/// file object does, then turn that back into a Python exception.
#[pyfunction]
pub fn through_io_error(error: Bound<'_, PyBaseException>) -> PyResult<()> {
    let io_error = std::io::Error::from(PyErr::from_value(error.into_any()));
    Err(PyErr::from(io_error))
}
// ANCHOR_END: io-kinds

// ANCHOR: parse-numbers
/// Parse a whole string as a 64-bit integer, the Rust way (no spaces, no underscores).
#[pyfunction]
pub fn parse_int(text: &str) -> PyResult<i64> {
    Ok(text.parse::<i64>()?)
}

/// Parse a whole string as a float, the Rust way.
#[pyfunction]
pub fn parse_float(text: &str) -> PyResult<f64> {
    Ok(text.parse::<f64>()?)
}
// ANCHOR_END: parse-numbers
