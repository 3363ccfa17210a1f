//! A `&Bound` used inside `detach`: the compiler refuses it.

use pyo3::prelude::*;

// ANCHOR: bound-in-detach
/// How many items `items` has, counted while detached. It does not compile.
#[pyfunction]
pub fn len_detached(py: Python<'_>, items: &Bound<'_, PyAny>) -> PyResult<usize> {
    py.detach(|| items.len())
}
// ANCHOR_END: bound-in-detach
