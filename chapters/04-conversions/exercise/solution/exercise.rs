//! Chapter 4's exercise, solved. `just solution 4` shows this file.

use std::collections::HashMap;

use pyo3::prelude::*;

// ANCHOR: task1
/// The distance between two points given as `(x, y)` tuples: `distance((0, 0), (3, 4))`
/// returns 5.0.
#[pyfunction]
pub fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    (a.0 - b.0).hypot(a.1 - b.1)
}
// ANCHOR_END: task1

// ANCHOR: task2
/// Each word's length, as a dict: `word_lengths(["a", "bcd"])` returns `{"a": 1, "bcd": 3}`.
/// Length is in characters, not bytes: `"café"` has 4.
#[pyfunction]
pub fn word_lengths(words: Vec<String>) -> HashMap<String, usize> {
    words
        .into_iter()
        .map(|word| {
            let length = word.chars().count();
            (word, length)
        })
        .collect()
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
    let count = numbers.len();
    let total: f64 = numbers.iter().sum();
    // `as f64` is exact for any count that fits in memory.
    let mean = (count > 0).then(|| total / count as f64);
    Summary { count, total, mean }
}
// ANCHOR_END: task3
