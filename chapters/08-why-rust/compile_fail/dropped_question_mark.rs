//! `sum_ints` with its error check left out: the `?` after `extract` is missing.

use pyo3::prelude::*;
use pyo3::types::PyList;

// ANCHOR: dropped
/// The sum of a list of 64-bit integers, if it compiled.
#[pyfunction]
pub fn sum_ints(values: &Bound<'_, PyList>) -> PyResult<i64> {
    let mut total: i64 = 0;
    for item in values {
        total += item.extract::<i64>();
    }
    Ok(total)
}
// ANCHOR_END: dropped
