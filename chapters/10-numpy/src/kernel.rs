//! A fused kernel: the distance between pairs of points, one pass over four arrays, with no
//! temporary array. Once attached on one thread, once detached on rayon's threads.

use numpy::ndarray::{ArrayView1, ArrayViewMut1, Zip};
use numpy::{IntoPyArray, PyArray1, PyArrayMethods, PyReadonlyArray1};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;

/// The most threads `distance_detached` starts.
const MOST_THREADS: usize = 64;

// ANCHOR: formula
/// The distance from (x1, y1) to (x2, y2): the same operations, in the same order, as
/// NumPy's `np.sqrt((x1 - x2) ** 2 + (y1 - y2) ** 2)`, so the results agree to the bit.
fn distance_between(x1: f64, y1: f64, x2: f64, y2: f64) -> f64 {
    let (dx, dy) = (x1 - x2, y1 - y2);
    (dx * dx + dy * dy).sqrt()
}
// ANCHOR_END: formula

// ANCHOR: points-struct
/// Four coordinate arrays of one length, read in place. Plain Rust: no Python in here.
pub struct Points<'a> {
    x1: ArrayView1<'a, f64>,
    y1: ArrayView1<'a, f64>,
    x2: ArrayView1<'a, f64>,
    y2: ArrayView1<'a, f64>,
}
// ANCHOR_END: points-struct

impl<'a> Points<'a> {
    // ANCHOR: points
    /// The four views, if they have one length.
    fn new(
        x1: ArrayView1<'a, f64>,
        y1: ArrayView1<'a, f64>,
        x2: ArrayView1<'a, f64>,
        y2: ArrayView1<'a, f64>,
    ) -> PyResult<Self> {
        let lengths = [x1.len(), y1.len(), x2.len(), y2.len()];
        if lengths.iter().any(|&length| length != lengths[0]) {
            return Err(PyValueError::new_err(format!(
                "x1, y1, x2 and y2 must have one length, got {lengths:?}"
            )));
        }
        Ok(Points { x1, y1, x2, y2 })
    }
    // ANCHOR_END: points

    /// How many pairs of points there are.
    fn len(&self) -> usize {
        self.x1.len()
    }

    // ANCHOR: distances
    /// Write every distance into `out`, in one pass on this thread.
    fn distances_into(&self, out: ArrayViewMut1<'_, f64>) {
        Zip::from(out)
            .and(&self.x1)
            .and(&self.y1)
            .and(&self.x2)
            .and(&self.y2)
            .for_each(|out, &x1, &y1, &x2, &y2| *out = distance_between(x1, y1, x2, y2));
    }
    // ANCHOR_END: distances

    // ANCHOR: par-distances
    /// Write every distance into `out`, the work split over the threads of rayon's current pool.
    fn par_distances_into(&self, out: ArrayViewMut1<'_, f64>) {
        Zip::from(out)
            .and(&self.x1)
            .and(&self.y1)
            .and(&self.x2)
            .and(&self.y2)
            .par_for_each(|out, &x1, &y1, &x2, &y2| *out = distance_between(x1, y1, x2, y2));
    }
    // ANCHOR_END: par-distances

    /// Every distance, in a new `Vec`.
    fn distances_in_vec(&self) -> Vec<f64> {
        Zip::from(&self.x1)
            .and(&self.y1)
            .and(&self.x2)
            .and(&self.y2)
            .map_collect(|&x1, &y1, &x2, &y2| distance_between(x1, y1, x2, y2))
            .into_raw_vec_and_offset()
            .0
    }
}

// ANCHOR: output
/// A new float64 array of `length` zeros, in memory that NumPy allocates.
fn numpy_zeros(py: Python<'_>, length: usize) -> Bound<'_, PyArray1<f64>> {
    PyArray1::zeros(py, length, false)
}
// ANCHOR_END: output

// ANCHOR: distance
/// The distance from each (x1, y1) to its (x2, y2), computed in one pass.
#[pyfunction]
pub fn distance<'py>(
    x1: PyReadonlyArray1<'py, f64>,
    y1: PyReadonlyArray1<'py, f64>,
    x2: PyReadonlyArray1<'py, f64>,
    y2: PyReadonlyArray1<'py, f64>,
) -> PyResult<Bound<'py, PyArray1<f64>>> {
    let points = Points::new(x1.as_array(), y1.as_array(), x2.as_array(), y2.as_array())?;
    let out = numpy_zeros(x1.py(), points.len());
    points.distances_into(out.readwrite().as_array_mut());
    Ok(out)
}
// ANCHOR_END: distance

// ANCHOR: distance-detached
/// `distance`, computed on `threads` threads while this thread is detached from Python.
#[pyfunction]
#[pyo3(signature = (x1, y1, x2, y2, *, threads))]
pub fn distance_detached<'py>(
    py: Python<'py>,
    x1: PyReadonlyArray1<'py, f64>,
    y1: PyReadonlyArray1<'py, f64>,
    x2: PyReadonlyArray1<'py, f64>,
    y2: PyReadonlyArray1<'py, f64>,
    threads: usize,
) -> PyResult<Bound<'py, PyArray1<f64>>> {
    if !(1..=MOST_THREADS).contains(&threads) {
        return Err(PyValueError::new_err(format!(
            "threads must be from 1 to {MOST_THREADS}, got {threads}"
        )));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|error| PyRuntimeError::new_err(error.to_string()))?;
    let points = Points::new(x1.as_array(), y1.as_array(), x2.as_array(), y2.as_array())?;
    let out = numpy_zeros(py, points.len());
    let mut writable = out.readwrite();
    let view = writable.as_array_mut();
    py.detach(|| pool.install(|| points.par_distances_into(view)));
    drop(writable);
    Ok(out)
}
// ANCHOR_END: distance-detached

// ANCHOR: distance-in-vec
/// `distance`, its result made in a Rust `Vec` and handed to NumPy.
#[pyfunction]
pub fn distance_in_vec<'py>(
    x1: PyReadonlyArray1<'py, f64>,
    y1: PyReadonlyArray1<'py, f64>,
    x2: PyReadonlyArray1<'py, f64>,
    y2: PyReadonlyArray1<'py, f64>,
) -> PyResult<Bound<'py, PyArray1<f64>>> {
    let points = Points::new(x1.as_array(), y1.as_array(), x2.as_array(), y2.as_array())?;
    Ok(points.distances_in_vec().into_pyarray(x1.py()))
}
// ANCHOR_END: distance-in-vec
