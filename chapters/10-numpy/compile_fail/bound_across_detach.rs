// crates: numpy
//! Reading the arrays inside `detach`: a `PyReadonlyArray` holds a `Bound`, which is tied to
//! the attached thread, so the compiler refuses to let the closure take it along.

use numpy::{PyReadonlyArray1, PyUntypedArrayMethods};
use pyo3::prelude::*;

// ANCHOR: snippet
/// The length of an array, asked for while detached.
#[pyfunction]
pub fn length_detached(py: Python<'_>, values: PyReadonlyArray1<'_, f64>) -> usize {
    py.detach(|| values.len())
}
// ANCHOR_END: snippet
