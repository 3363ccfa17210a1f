//! Chapter 10's exercise: make a new array, write into one in place, and read one window by
//! window. Replace each `todo!` with your code, then run `just exercise 10`. `just hint 10 K`
//! gives a hint for task K.

use numpy::{PyArray1, PyReadonlyArray1, PyReadwriteArray1};
use pyo3::prelude::*;

// ANCHOR: task1
/// Each value times `factor`, as a new array. Any float64 array of one dimension works,
/// a strided view too; the input is left as it was.
#[pyfunction]
pub fn scaled<'py>(values: PyReadonlyArray1<'py, f64>, factor: f64) -> Bound<'py, PyArray1<f64>> {
    let _ = values;
    todo!("task 1: multiply each value by {factor}, into a new array")
}
// ANCHOR_END: task1

// ANCHOR: task2
/// Clip each value of the array to the range from `low` to `high`, in place. NaN stays NaN.
/// A `low` above `high` raises ValueError("low (3.0) is above high (1.0)"), with the two values.
#[pyfunction]
pub fn clip(mut values: PyReadwriteArray1<'_, f64>, low: f64, high: f64) -> PyResult<()> {
    let _ = values.as_array_mut();
    todo!("task 2: clip each value to {low}..={high}, in place")
}
// ANCHOR_END: task2

// ANCHOR: task3
/// The sum of each run of `window` neighbouring values: `len - window + 1` sums, as a new array.
/// A window of 0 raises ValueError("window must be at least 1"); one longer than the array
/// raises ValueError("window 4 is longer than the array, which has 3 values").
#[pyfunction]
pub fn moving_sum<'py>(
    values: PyReadonlyArray1<'py, f64>,
    window: usize,
) -> PyResult<Bound<'py, PyArray1<f64>>> {
    let _ = values;
    todo!("task 3: the sum of each window of {window} values")
}
// ANCHOR_END: task3
