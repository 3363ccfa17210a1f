//! A class with `&mut self` methods, and what happens when two threads want it at once.

use pyo3::exceptions::{PyOverflowError, PyTimeoutError};
use pyo3::prelude::*;

use crate::deadline_after;
use crate::flag::Flag;

// ANCHOR: counter
/// A counter whose methods take `&mut self`: PyO3 checks those borrows at run time.
#[pyclass(module = "gil")]
pub struct Counter {
    value: u64,
}

#[pymethods]
impl Counter {
    #[new]
    #[pyo3(signature = (value = 0))]
    fn new(value: u64) -> Self {
        Counter { value }
    }

    #[getter]
    fn value(&self) -> u64 {
        self.value
    }

    /// The value, read while detached. `Counter` is not frozen, yet `&self` may cross into
    /// `detach`: every pyclass is `Sync`, so a shared reference to one is `Send`.
    fn peek(&self, py: Python<'_>) -> u64 {
        py.detach(|| self.value)
    }

    /// Add one and return the new value.
    fn increment(&mut self) -> PyResult<u64> {
        self.value = self
            .value
            .checked_add(1)
            .ok_or_else(|| PyOverflowError::new_err("the counter is at its maximum"))?;
        Ok(self.value)
    }

    /// Set `entered`, wait (detached) until `release` is set, then add one. It stands in
    /// for any `&mut self` method that detaches for a long job.
    fn increment_after(
        &mut self,
        py: Python<'_>,
        entered: Py<Flag>,
        release: Py<Flag>,
        seconds: f64,
    ) -> PyResult<u64> {
        let deadline = deadline_after(seconds)?;
        entered.get().set();
        // `self` stays mutably borrowed all through the wait, detached or not.
        if !py.detach(|| release.get().wait_until(deadline)) {
            return Err(PyTimeoutError::new_err("release was not set in time"));
        }
        self.increment()
    }
}
// ANCHOR_END: counter
