//! The same two functions as `bindings/c/sum.c`, in PyO3.

use pyo3::exceptions::PyOverflowError;
use pyo3::prelude::*;
use pyo3::types::PyList;

// ANCHOR: sum
fn too_big() -> PyErr {
    PyOverflowError::new_err("the sum does not fit in 64 bits")
}

/// Add two 64-bit integers.
#[pyfunction]
pub fn add(a: i64, b: i64) -> PyResult<i64> {
    a.checked_add(b).ok_or_else(too_big)
}

/// The sum of a list of 64-bit integers.
#[pyfunction]
pub fn sum_ints(values: &Bound<'_, PyList>) -> PyResult<i64> {
    let mut total: i64 = 0;
    for item in values {
        let value: i64 = item.extract()?;
        total = total.checked_add(value).ok_or_else(too_big)?;
    }
    Ok(total)
}
// ANCHOR_END: sum
