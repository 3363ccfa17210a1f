//! Chapter 4's exercise: values in, values out. Replace each `todo!` with your code, then
//! run `just exercise 4`. `just hint 4 K` gives a hint for task K.

use std::collections::HashMap;

use pyo3::prelude::*;

// ANCHOR: task1
/// The distance between two points given as `(x, y)` tuples: `distance((0, 0), (3, 4))`
/// returns 5.0.
#[pyfunction]
pub fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    todo!("task 1: the distance from {a:?} to {b:?}")
}
// ANCHOR_END: task1

// ANCHOR: task2
/// Each word's length, as a dict: `word_lengths(["a", "bcd"])` returns `{"a": 1, "bcd": 3}`.
/// Length is in characters, not bytes: `"café"` has 4.
#[pyfunction]
pub fn word_lengths(words: Vec<String>) -> HashMap<String, usize> {
    todo!("task 2: the lengths of {words:?}")
}
// ANCHOR_END: task2

// ANCHOR: task3
/// What `summarize` returns. `#[derive(IntoPyObject)]` makes it a dict with these keys.
#[derive(IntoPyObject)]
pub struct Summary {
    count: usize,
    total: f64,
    mean: Option<f64>,
}

/// The count, total and mean of some numbers; the mean is None when there are none.
#[pyfunction]
pub fn summarize(numbers: Vec<f64>) -> Summary {
    todo!("task 3: summarize {numbers:?}")
}
// ANCHOR_END: task3
