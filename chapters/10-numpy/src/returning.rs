//! Handing a result to NumPy: the `Vec` becomes the array's memory, with no copy.

use numpy::{IntoPyArray, PyArray1};
use pyo3::exceptions::PyMemoryError;
use pyo3::prelude::*;

// ANCHOR: values
/// The floats 0, 1, ..., n - 1, in a `Vec` allocated once; a size that cannot be allocated
/// is a `MemoryError`, not an abort.
fn counting_up(n: usize) -> PyResult<Vec<f64>> {
    let mut values = Vec::new();
    values
        .try_reserve_exact(n)
        .map_err(|_| PyMemoryError::new_err(format!("cannot allocate {n} float64 values")))?;
    values.extend((0..n).map(|i| i as f64));
    Ok(values)
}
// ANCHOR_END: values

// ANCHOR: ramp
/// The floats 0, 1, ..., n - 1 as a NumPy array, which takes over the `Vec`'s memory.
#[pyfunction]
pub fn ramp(py: Python<'_>, n: usize) -> PyResult<Bound<'_, PyArray1<f64>>> {
    Ok(counting_up(n)?.into_pyarray(py))
}

/// The same floats as a Python list: one float object per value.
#[pyfunction]
pub fn ramp_list(n: usize) -> PyResult<Vec<f64>> {
    counting_up(n)
}
// ANCHOR_END: ramp

// ANCHOR: address
/// `ramp(n)`, and the address of the `Vec`'s memory before NumPy took it over.
#[pyfunction]
pub fn ramp_and_address(py: Python<'_>, n: usize) -> PyResult<(Bound<'_, PyArray1<f64>>, usize)> {
    let values = counting_up(n)?;
    let address = values.as_ptr() as usize;
    Ok((values.into_pyarray(py), address))
}
// ANCHOR_END: address
