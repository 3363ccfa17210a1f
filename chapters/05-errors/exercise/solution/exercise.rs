//! Chapter 5's exercise, solved. `just solution 5` shows this file.

use std::collections::HashMap;

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;

// ANCHOR: config-error
create_exception!(
    errors_exercise,
    ConfigError,
    PyException,
    "A line of a port list that cannot be read."
);
// ANCHOR_END: config-error

// ANCHOR: task1
/// A TCP port number from text such as `" 8080 "`. Anything that is not a whole number
/// from 0 to 65535 raises ValueError("not a port: '<text>'"); port 0 raises
/// ValueError("port 0 is reserved").
#[pyfunction]
pub fn parse_port(text: &str) -> PyResult<u16> {
    // Our own message, not Rust's "invalid digit found in string": say what was wrong.
    let port: u16 = text
        .trim()
        .parse()
        .map_err(|_| PyValueError::new_err(format!("not a port: '{text}'")))?;
    if port == 0 {
        return Err(PyValueError::new_err("port 0 is reserved"));
    }
    Ok(port)
}
// ANCHOR_END: task1

// ANCHOR: task2
/// Read lines of `name = port` into a dict, skipping blank lines. A line with no `=`
/// raises ConfigError("line N: no '=' in '<line>'"). A bad port raises
/// ConfigError("line N: bad port for '<name>'"), whose `__cause__` is `parse_port`'s error.
#[pyfunction]
pub fn load_ports(py: Python<'_>, text: &str) -> PyResult<HashMap<String, u16>> {
    let mut ports = HashMap::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let Some((name, port)) = line.split_once('=') else {
            return Err(ConfigError::new_err(format!(
                "line {number}: no '=' in '{line}'"
            )));
        };
        let name = name.trim();
        let port = parse_port(port).map_err(|cause| {
            let error = ConfigError::new_err(format!("line {number}: bad port for '{name}'"));
            error.set_cause(py, Some(cause));
            error
        })?;
        ports.insert(name.to_owned(), port);
    }
    Ok(ports)
}
// ANCHOR_END: task2
