//! A tiny `key = value` parser with its own exception hierarchy.

use std::fmt;
use std::num::ParseIntError;

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::PyDict;

// ANCHOR: hierarchy
create_exception!(
    errors,
    ParseError,
    PyException,
    "A settings line could not be parsed."
);
create_exception!(
    errors,
    MissingEqualsError,
    ParseError,
    "A settings line has no '='."
);
create_exception!(
    errors,
    EmptyKeyError,
    ParseError,
    "A settings line has nothing before its '='."
);
create_exception!(
    errors,
    BadValueError,
    ParseError,
    "A setting's value is not an integer."
);
// ANCHOR_END: hierarchy

// ANCHOR: error-enum
/// Everything that can go wrong with one line, as plain Rust.
#[derive(Debug)]
pub enum SettingError {
    MissingEquals,
    EmptyKey,
    BadValue { key: String, source: ParseIntError },
}

impl fmt::Display for SettingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingError::MissingEquals => write!(f, "expected 'key = value' but found no '='"),
            SettingError::EmptyKey => write!(f, "the line has no key before its '='"),
            SettingError::BadValue { key, .. } => {
                write!(f, "the value of {key:?} is not an integer")
            }
        }
    }
}
// ANCHOR_END: error-enum

// ANCHOR: from-impl
impl From<SettingError> for PyErr {
    fn from(error: SettingError) -> PyErr {
        let message = error.to_string();
        match error {
            SettingError::MissingEquals => MissingEqualsError::new_err(message),
            SettingError::EmptyKey => EmptyKeyError::new_err(message),
            SettingError::BadValue { source, .. } => {
                with_cause(BadValueError::new_err(message), PyErr::from(source))
            }
        }
    }
}
// ANCHOR_END: from-impl

// ANCHOR: cause
/// Chain `cause` to `err`, as Python's `raise err from cause` does.
fn with_cause(err: PyErr, cause: PyErr) -> PyErr {
    // `From` gets no `py` token, so borrow the caller's with `Python::attach`.
    Python::attach(|py| err.set_cause(py, Some(cause)));
    err
}
// ANCHOR_END: cause

// ANCHOR: parse-setting
/// Parse one `key = value` line, where the value is an integer.
#[pyfunction]
pub fn parse_setting(line: &str) -> Result<(String, i64), SettingError> {
    let (key, value) = line.split_once('=').ok_or(SettingError::MissingEquals)?;
    let key = key.trim();
    if key.is_empty() {
        return Err(SettingError::EmptyKey);
    }
    let value = value
        .trim()
        .parse()
        .map_err(|source| SettingError::BadValue {
            key: key.to_owned(),
            source,
        })?;
    Ok((key.to_owned(), value))
}
// ANCHOR_END: parse-setting

// ANCHOR: parse-settings
/// Parse `key = value` lines into a dict. Blank lines and `#` comments are skipped,
/// and a key that appears twice keeps its last value.
#[pyfunction]
pub fn parse_settings<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyDict>> {
    let settings = PyDict::new(py);
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match parse_setting(line) {
            Ok((key, value)) => settings.set_item(key, value)?,
            Err(error) => {
                let err = PyErr::from(error);
                add_line_note(py, &err, index + 1)?;
                return Err(err);
            }
        }
    }
    Ok(settings)
}
// ANCHOR_END: parse-settings

// ANCHOR: note
/// Say which line failed, in a note that Python prints under the message.
#[cfg(Py_3_11)]
fn add_line_note(py: Python<'_>, err: &PyErr, number: usize) -> PyResult<()> {
    err.add_note(py, format!("on line {number}"))
}

/// Python 3.9 and 3.10 have no exception notes, so the line number is dropped.
#[cfg(not(Py_3_11))]
fn add_line_note(_py: Python<'_>, _err: &PyErr, _number: usize) -> PyResult<()> {
    Ok(())
}
// ANCHOR_END: note
