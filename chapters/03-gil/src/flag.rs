//! A flag that threads set and wait for: a frozen class around an atomic.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use pyo3::prelude::*;

use crate::deadline_after;

// ANCHOR: flag
/// A flag that starts unset. Any thread may set it, check it or wait for it.
#[pyclass(frozen, module = "gil")]
pub struct Flag {
    // An atomic can change behind a shared `&self`, so the class needs no `&mut self`.
    is_set: AtomicBool,
}

#[pymethods]
impl Flag {
    #[new]
    fn new() -> Self {
        Flag {
            is_set: AtomicBool::new(false),
        }
    }

    /// Set the flag. Setting it again changes nothing.
    pub fn set(&self) {
        // SeqCst: the strictest ordering, and the simplest to reason about.
        self.is_set.store(true, Ordering::SeqCst);
    }

    /// Whether the flag is set.
    pub fn is_set(&self) -> bool {
        self.is_set.load(Ordering::SeqCst)
    }

    /// Wait until the flag is set or `seconds` pass, and return whether it is set.
    /// Other Python threads run while this one waits.
    fn wait(&self, py: Python<'_>, seconds: f64) -> PyResult<bool> {
        let deadline = deadline_after(seconds)?;
        Ok(py.detach(|| self.wait_until(deadline)))
    }
}
// ANCHOR_END: flag

impl Flag {
    /// Check the flag every tenth of a millisecond until it is set or `deadline` passes.
    pub fn wait_until(&self, deadline: Instant) -> bool {
        while !self.is_set() {
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_micros(100));
        }
        true
    }
}
