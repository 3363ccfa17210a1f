//! `mean` and `mean_unchecked` for Python: thin wrappers over `stats.rs`, and the log
//! records that `mean` sends to Python's `logging`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::stats;

// ANCHOR: mean_unchecked
/// The mean of a list of ints, rounded toward zero. It panics on an empty list.
#[pyfunction]
pub fn mean_unchecked(values: Vec<i64>) -> i64 {
    stats::mean_unchecked(&values)
}
// ANCHOR_END: mean_unchecked

// ANCHOR: mean
/// The mean of a list of ints, rounded toward zero.
#[pyfunction]
pub fn mean(values: Vec<i64>) -> PyResult<i64> {
    log::debug!("mean of {} values", values.len());
    stats::mean(&values).ok_or_else(|| PyValueError::new_err("mean of an empty list"))
}
// ANCHOR_END: mean
