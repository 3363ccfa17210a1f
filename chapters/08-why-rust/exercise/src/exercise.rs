//! Chapter 8's exercise: three functions that C extensions often get wrong, in PyO3.
//! Replace each `todo!` with your code, then run `just exercise 8`. `just hint 8 K` gives a
//! hint for task K.

use pyo3::prelude::*;
use pyo3::types::PyList;

// ANCHOR: task1
/// The product of a list of 64-bit integers (1 for an empty list). An item that is not an
/// int raises TypeError, and a product that does not fit in 64 bits raises
/// OverflowError("the product does not fit in 64 bits").
#[pyfunction]
pub fn product(values: &Bound<'_, PyList>) -> PyResult<i64> {
    let _ = values;
    todo!("task 1: multiply the items, with both errors")
}
// ANCHOR_END: task1

// ANCHOR: task2
/// How many items of `values` are `target` itself (`is`, not `==`), leaving every reference
/// count as it found it.
#[pyfunction]
pub fn count_identical(values: &Bound<'_, PyList>, target: &Bound<'_, PyAny>) -> usize {
    let _ = (values, target);
    todo!("task 2: count the items that are `target`")
}
// ANCHOR_END: task2

// ANCHOR: task3
/// The items of any iterable, as a list of 64-bit integers. An error raised by the iterable
/// itself (a generator that fails halfway, say) reaches the caller unchanged.
#[pyfunction]
pub fn collect_ints(iterable: &Bound<'_, PyAny>) -> PyResult<Vec<i64>> {
    let _ = iterable;
    todo!("task 3: collect the items as ints")
}
// ANCHOR_END: task3
