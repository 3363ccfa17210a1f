//! The first class: a counter that remembers a number between calls.

use pyo3::exceptions::PyOverflowError;
use pyo3::prelude::*;

// ANCHOR: counter
/// Count up (or down) in steps: `Counter(start=0, step=1)`.
#[pyclass(module = "classes")]
pub struct Counter {
    value: i64,
    step: i64,
}

#[pymethods]
impl Counter {
    // ANCHOR: new
    #[new]
    #[pyo3(signature = (start = 0, step = 1))]
    fn new(start: i64, step: i64) -> Self {
        Counter { value: start, step }
    }
    // ANCHOR_END: new

    /// Add one step to the count.
    fn increment(&mut self) -> PyResult<()> {
        self.value = self
            .value
            .checked_add(self.step)
            .ok_or_else(|| PyOverflowError::new_err("the count is too big for an i64"))?;
        Ok(())
    }

    /// The current count.
    fn value(&self) -> i64 {
        self.value
    }
}
// ANCHOR_END: counter
