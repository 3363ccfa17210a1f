//! Reading arrays in place: the dtype and the number of dimensions are in the signature, and
//! `as_array` gives an ndarray view that follows the array's strides.

use numpy::ndarray::Axis;
use numpy::{IntoPyArray, PyArray1, PyReadonlyArray1, PyReadonlyArray2};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

// ANCHOR: mean
/// The mean of a one-dimensional float64 array, read in place, whatever its strides.
#[pyfunction]
pub fn mean(values: PyReadonlyArray1<'_, f64>) -> PyResult<f64> {
    values
        .as_array()
        .mean()
        .ok_or_else(|| PyValueError::new_err("the mean of an empty array is undefined"))
}
// ANCHOR_END: mean

// ANCHOR: column-means
/// The mean of each column of a two-dimensional float64 array, as a new array.
#[pyfunction]
pub fn column_means<'py>(
    matrix: PyReadonlyArray2<'py, f64>,
) -> PyResult<Bound<'py, PyArray1<f64>>> {
    let means = matrix
        .as_array()
        .mean_axis(Axis(0))
        .ok_or_else(|| PyValueError::new_err("a matrix with no rows has no column means"))?;
    Ok(means.into_pyarray(matrix.py()))
}
// ANCHOR_END: column-means

// ANCHOR: sum-contiguous
/// The sum of a one-dimensional float64 array, read as a Rust slice: contiguous arrays only.
#[pyfunction]
pub fn sum_contiguous(values: PyReadonlyArray1<'_, f64>) -> PyResult<f64> {
    let slice = values.as_slice()?;
    Ok(slice.iter().sum())
}
// ANCHOR_END: sum-contiguous
