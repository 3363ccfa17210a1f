//! Calling back into Python, and handling what it raises.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

// ANCHOR: call-or-default
/// Return `func(value)`, or `default` if that raises ValueError.
/// Any other exception propagates unchanged.
#[pyfunction]
pub fn call_or_default<'py>(
    py: Python<'py>,
    func: &Bound<'py, PyAny>,
    value: &Bound<'py, PyAny>,
    default: Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    match func.call1((value,)) {
        Ok(result) => Ok(result),
        Err(err) if err.is_instance_of::<PyValueError>(py) => Ok(default),
        Err(err) => Err(err),
    }
}
// ANCHOR_END: call-or-default
