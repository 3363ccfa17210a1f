//! Chapter 9's exercise, solved. `just solution 9` shows this file.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyInt, PyList};

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
        if low > high {
            let message = format!("low {low} is greater than high {high}");
            return Err(PyValueError::new_err(message));
        }
        Ok(Range { low, high })
    }
}
// ANCHOR_END: task1

// ANCHOR: task2
/// Check every item of `values`; raise one ValueError that lists each bad item with its index,
/// joined by "; ", e.g. "0: expected an integer; 2: 9 is outside 1 to 5".
#[pyfunction]
pub fn check(range: &Bound<'_, Range>, values: &Bound<'_, PyList>) -> PyResult<()> {
    let Range { low, high } = *range.get();
    let mut errors = Vec::new();
    for (index, value) in values.iter().enumerate() {
        let number = if value.is_instance_of::<PyBool>() || !value.is_instance_of::<PyInt>() {
            None
        } else {
            value.extract::<i64>().ok()
        };
        match number {
            None => errors.push(format!("{index}: expected an integer")),
            Some(n) if n < low || n > high => {
                errors.push(format!("{index}: {n} is outside {low} to {high}"));
            }
            Some(_) => {}
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(PyValueError::new_err(errors.join("; ")))
    }
}
// ANCHOR_END: task2

// ANCHOR: task3
/// How many of `values` are inside the range: converted attached, counted detached.
#[pyfunction]
pub fn count_inside(py: Python<'_>, range: &Bound<'_, Range>, values: Vec<i64>) -> usize {
    let Range { low, high } = *range.get();
    py.detach(|| values.iter().filter(|&&n| low <= n && n <= high).count())
}
// ANCHOR_END: task3
