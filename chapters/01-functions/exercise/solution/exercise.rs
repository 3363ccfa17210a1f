//! Chapter 1's exercise, solved. `just solution 1` shows this file.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

// ANCHOR: task1
/// `value` moved into the range from `low` to `high`: `clamp(15, 0, 10)` returns 10.
/// `low` above `high` raises ValueError("low must not be above high").
#[pyfunction]
pub fn clamp(value: i64, low: i64, high: i64) -> PyResult<i64> {
    // Check first: `i64::clamp` would panic when `low > high`, and a panic is not an answer.
    if low > high {
        return Err(PyValueError::new_err("low must not be above high"));
    }
    Ok(value.clamp(low, high))
}
// ANCHOR_END: task1

// ANCHOR: task2
/// `text` repeated `times` times (2 unless given), joined by the keyword-only `sep`
/// (" " unless given): `repeat("ho", 3, sep="-")` returns "ho-ho-ho".
#[pyfunction]
#[pyo3(signature = (text, times = 2, *, sep = " "))]
pub fn repeat(text: &str, times: usize, sep: &str) -> String {
    vec![text; times].join(sep)
}
// ANCHOR_END: task2

// ANCHOR: task3
/// The mean of any number of floats: `mean(1, 2, 4.5)` returns 2.5. With no numbers at
/// all, ValueError("mean() needs at least one number").
#[pyfunction]
#[pyo3(signature = (*numbers))]
pub fn mean(numbers: Vec<f64>) -> PyResult<f64> {
    if numbers.is_empty() {
        return Err(PyValueError::new_err("mean() needs at least one number"));
    }
    // The count of a `Vec` fits in an f64 well past any list that fits in memory.
    Ok(numbers.iter().sum::<f64>() / numbers.len() as f64)
}
// ANCHOR_END: task3
