//! A class that opts out of `Send + Sync`, and what that costs.

use std::cell::Cell;
use std::rc::Rc;

use pyo3::prelude::*;

// ANCHOR: unsendable
/// A counter that keeps its count in an `Rc<Cell<u64>>`, which is neither `Send` nor `Sync`.
/// `unsendable` lets it compile; PyO3 then refuses any other thread that touches it.
#[pyclass(unsendable, module = "classes")]
pub struct LocalCounter {
    count: Rc<Cell<u64>>,
}

#[pymethods]
impl LocalCounter {
    #[new]
    fn new() -> Self {
        LocalCounter {
            count: Rc::new(Cell::new(0)),
        }
    }

    /// Add one and return the new count (saturating at the largest u64).
    fn increment(&self) -> u64 {
        self.count.set(self.count.get().saturating_add(1));
        self.count.get()
    }
}
// ANCHOR_END: unsendable
