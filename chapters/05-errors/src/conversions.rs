//! Rust's standard errors, turned into Python exceptions by `?`.

use std::path::PathBuf;

use pyo3::prelude::*;

// ANCHOR: read-text
/// Read a UTF-8 text file and return its contents.
#[pyfunction]
pub fn read_text(path: PathBuf) -> PyResult<String> {
    // `?` turns the `std::io::Error` into the matching `OSError` subclass.
    Ok(std::fs::read_to_string(path)?)
}
// ANCHOR_END: read-text

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
