//! `sum_ints_fast` with the `unsafe` block left out around its call into CPython.

use pyo3::prelude::*;
use pyo3::types::PyList;

// ANCHOR: no-unsafe
/// The sum of a list of 64-bit integers, if it compiled.
#[pyfunction]
pub fn sum_ints_fast(values: &Bound<'_, PyList>) -> PyResult<i64> {
    let mut total: i64 = 0;
    for item in values {
        total += pyo3::ffi::PyLong_AsLongLong(item.as_ptr());
    }
    Ok(total)
}
// ANCHOR_END: no-unsafe
