//! A borrowed item that outlives the tuple that owns it: the C API's use-after-free,
//! which the borrow checker refuses.

use pyo3::prelude::*;
use pyo3::types::PyTuple;

// ANCHOR: outlives
/// The first of three numbers, borrowed from a tuple that is gone when the function returns.
#[pyfunction]
pub fn first<'py>(py: Python<'py>) -> PyResult<Borrowed<'_, 'py, PyAny>> {
    let numbers = PyTuple::new(py, [1, 2, 3])?;
    Ok(numbers.get_borrowed_item(0)?)
}
// ANCHOR_END: outlives
