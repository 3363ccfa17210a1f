//! Chapter 5's exercise: errors with the right type, the right message and a cause.
//! Replace each `todo!` with your code, then run `just exercise 5`. `just hint 5 K` gives a
//! hint for task K.

use std::collections::HashMap;

use pyo3::create_exception;
use pyo3::exceptions::PyException;
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
    todo!("task 1: the port in {text:?}, or ValueError")
}
// ANCHOR_END: task1

// ANCHOR: task2
/// Read lines of `name = port` into a dict, skipping blank lines. A line with no `=`
/// raises ConfigError("line N: no '=' in '<line>'"). A bad port raises
/// ConfigError("line N: bad port for '<name>'"), whose `__cause__` is `parse_port`'s error.
#[pyfunction]
pub fn load_ports(py: Python<'_>, text: &str) -> PyResult<HashMap<String, u16>> {
    let _ = py;
    todo!("task 2: read the ports in {text:?}, or raise ConfigError")
}
// ANCHOR_END: task2
