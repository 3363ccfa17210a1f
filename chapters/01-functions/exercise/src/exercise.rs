//! Chapter 1's exercise: three functions. Replace each `todo!` with your code, then run
//! `just exercise 1`. `just hint 1 K` gives a hint for task K.

use pyo3::prelude::*;

// ANCHOR: task1
/// `value` moved into the range from `low` to `high`: `clamp(15, 0, 10)` returns 10.
/// `low` above `high` raises ValueError("low must not be above high").
#[pyfunction]
pub fn clamp(value: i64, low: i64, high: i64) -> PyResult<i64> {
    todo!("task 1: clamp {value} into {low}..={high}, or raise ValueError")
}
// ANCHOR_END: task1

// ANCHOR: task2
/// `text` repeated `times` times (2 unless given), joined by the keyword-only `sep`
/// (" " unless given): `repeat("ho", 3, sep="-")` returns "ho-ho-ho".
#[pyfunction]
#[pyo3(signature = (text, times = 2, *, sep = " "))]
pub fn repeat(text: &str, times: usize, sep: &str) -> String {
    todo!("task 2: repeat {text:?} {times} times, joined by {sep:?}")
}
// ANCHOR_END: task2

// ANCHOR: task3
/// The mean of any number of floats: `mean(1, 2, 4.5)` returns 2.5. With no numbers at
/// all, ValueError("mean() needs at least one number").
#[pyfunction]
#[pyo3(signature = (*numbers))]
pub fn mean(numbers: Vec<f64>) -> PyResult<f64> {
    todo!("task 3: the mean of {numbers:?}, or ValueError when there are none")
}
// ANCHOR_END: task3
