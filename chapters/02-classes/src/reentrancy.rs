//! What happens when Python calls back into an object that Rust is still changing.

use std::sync::atomic::{AtomicI64, Ordering};

use pyo3::exceptions::{PyOverflowError, PyTypeError};
use pyo3::prelude::*;

fn require_callable(callback: &Bound<'_, PyAny>) -> PyResult<()> {
    if callback.is_callable() {
        Ok(())
    } else {
        Err(PyTypeError::new_err("callback must be callable"))
    }
}

fn too_big() -> PyErr {
    PyOverflowError::new_err("the total is too big for an i64")
}

// ANCHOR: tally
/// A running total whose methods take `&mut self`.
#[pyclass(module = "classes")]
pub struct Tally {
    total: i64,
}

#[pymethods]
impl Tally {
    #[new]
    fn new() -> Self {
        Tally { total: 0 }
    }

    fn add(&mut self, amount: i64) -> PyResult<()> {
        self.total = self.total.checked_add(amount).ok_or_else(too_big)?;
        Ok(())
    }

    fn total(&self) -> i64 {
        self.total
    }

    /// Add `amount`, then call `callback()` while this method still holds `&mut self`.
    fn add_and_notify(&mut self, amount: i64, callback: &Bound<'_, PyAny>) -> PyResult<()> {
        require_callable(callback)?;
        self.add(amount)?;
        callback.call0()?;
        Ok(())
    }
}
// ANCHOR_END: tally

// ANCHOR: atomic-tally
/// The same running total, frozen: every method takes `&self` and the total is an atomic.
#[pyclass(frozen, module = "classes")]
pub struct AtomicTally {
    total: AtomicI64,
}

#[pymethods]
impl AtomicTally {
    #[new]
    fn new() -> Self {
        AtomicTally {
            total: AtomicI64::new(0),
        }
    }

    fn add(&self, amount: i64) -> PyResult<()> {
        // One counter on its own orders nothing else, so `Relaxed` is enough.
        self.total
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |total| {
                total.checked_add(amount)
            })
            .map_err(|_| too_big())?;
        Ok(())
    }

    fn total(&self) -> i64 {
        self.total.load(Ordering::Relaxed)
    }

    fn add_and_notify(&self, amount: i64, callback: &Bound<'_, PyAny>) -> PyResult<()> {
        require_callable(callback)?;
        self.add(amount)?;
        callback.call0()?;
        Ok(())
    }
}
// ANCHOR_END: atomic-tally
