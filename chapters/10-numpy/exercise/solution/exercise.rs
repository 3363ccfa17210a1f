//! Chapter 10's exercise, solved. `just solution 10` shows it.

use numpy::ndarray::Zip;
use numpy::{IntoPyArray, PyArray1, PyReadonlyArray1, PyReadwriteArray1};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

// ANCHOR: task1
/// Each value times `factor`, as a new array. Any float64 array of one dimension works,
/// a strided view too; the input is left as it was.
#[pyfunction]
pub fn scaled<'py>(values: PyReadonlyArray1<'py, f64>, factor: f64) -> Bound<'py, PyArray1<f64>> {
    let result = values.as_array().mapv(|value| value * factor);
    result.into_pyarray(values.py())
}
// ANCHOR_END: task1

// ANCHOR: task2
/// Clip each value of the array to the range from `low` to `high`, in place. NaN stays NaN.
/// A `low` above `high` raises ValueError("low (3.0) is above high (1.0)"), with the two values.
#[pyfunction]
pub fn clip(mut values: PyReadwriteArray1<'_, f64>, low: f64, high: f64) -> PyResult<()> {
    if low > high {
        return Err(PyValueError::new_err(format!(
            "low ({low:?}) is above high ({high:?})"
        )));
    }
    Zip::from(values.as_array_mut()).for_each(|value| *value = value.clamp(low, high));
    Ok(())
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
    let view = values.as_array();
    if window == 0 {
        return Err(PyValueError::new_err("window must be at least 1"));
    }
    if window > view.len() {
        return Err(PyValueError::new_err(format!(
            "window {window} is longer than the array, which has {} values",
            view.len()
        )));
    }
    let sums: Vec<f64> = view
        .windows(window)
        .into_iter()
        .map(|run| run.sum())
        .collect();
    Ok(sums.into_pyarray(values.py()))
}
// ANCHOR_END: task3
