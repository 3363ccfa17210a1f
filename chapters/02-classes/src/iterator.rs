//! An iterator: a class with `__iter__` and `__next__`.

use pyo3::prelude::*;

// ANCHOR: countdown
/// Count down to 1: `list(Countdown(3))` is `[3, 2, 1]`.
#[pyclass(module = "classes")]
pub struct Countdown {
    remaining: u64,
}

#[pymethods]
impl Countdown {
    #[new]
    fn new(start: u64) -> Self {
        Countdown { remaining: start }
    }

    /// An iterator is its own iterator: `iter(countdown)` returns the same object.
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// The next number, or `None` to tell Python the iteration is over.
    fn __next__(&mut self) -> Option<u64> {
        let current = self.remaining;
        // At zero, `checked_sub` gives None and `?` returns it: the countdown is over.
        self.remaining = current.checked_sub(1)?;
        Some(current)
    }
}
// ANCHOR_END: countdown
