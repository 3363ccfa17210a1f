//! Chapter 9's exercise: a one-rule schema. Replace each `todo!` with your code, then run
//! `just exercise 9`. `just hint 9 K` gives a hint for task K.

use pyo3::prelude::*;
use pyo3::types::PyList;

// ANCHOR: task1
/// The whole numbers from `low` to `high`, both included: a schema of one rule.
#[pyclass(frozen, get_all, module = "validator_exercise")]
pub struct Range {
    low: i64,
    high: i64,
}

#[pymethods]
impl Range {
    /// Refuse a range that is empty, when it is made: `Range(5, 1)` raises ValueError.
    #[new]
    fn new(low: i64, high: i64) -> PyResult<Self> {
        todo!("task 1: refuse low > high, or make Range {{ low: {low}, high: {high} }}")
    }
}
// ANCHOR_END: task1

// ANCHOR: task2
/// Check every item of `values`; raise one ValueError that lists each bad item with its index,
/// joined by "; ", e.g. "0: expected an integer; 2: 9 is outside 1 to 5".
#[pyfunction]
pub fn check(range: &Bound<'_, Range>, values: &Bound<'_, PyList>) -> PyResult<()> {
    todo!(
        "task 2: check {} items against {}",
        values.len(),
        range.get().low
    )
}
// ANCHOR_END: task2

// ANCHOR: task3
/// How many of `values` are inside the range: converted attached, counted detached.
#[pyfunction]
pub fn count_inside(py: Python<'_>, range: &Bound<'_, Range>, values: Vec<i64>) -> usize {
    let _ = (py, range);
    todo!("task 3: count {} values, detached", values.len())
}
// ANCHOR_END: task3
