//! Writing into an array that Python passed in: rust-numpy checks at run time that no other
//! borrow of the same memory is alive.

use numpy::{PyReadonlyArray1, PyReadwriteArray1};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

// ANCHOR: add-into
/// Add `addend` into `total` element by element, in place.
#[pyfunction]
pub fn add_into(
    mut total: PyReadwriteArray1<'_, f64>,
    addend: PyReadonlyArray1<'_, f64>,
) -> PyResult<()> {
    let mut total = total.as_array_mut();
    let addend = addend.as_array();
    if total.len() != addend.len() {
        return Err(PyValueError::new_err(format!(
            "total has {} elements and addend {}; they must have the same length",
            total.len(),
            addend.len()
        )));
    }
    total += &addend;
    Ok(())
}
// ANCHOR_END: add-into
