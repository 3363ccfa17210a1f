//! Log records from Rust into Python's `logging`, through pyo3-log.

use std::hint::black_box;
use std::sync::OnceLock;

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3_log::{Caching, Logger, ResetHandle};

// ANCHOR: install
/// What clears the logger's cache of Python's levels, once the logger is installed.
static RESET: OnceLock<ResetHandle> = OnceLock::new();

/// Send this module's `log` records to Python's `logging` (the module's init calls this).
pub fn install(py: Python<'_>) -> PyResult<()> {
    let logger = Logger::new(py, Caching::LoggersAndLevels)?;
    let reset = logger
        .install()
        .map_err(|error| PyRuntimeError::new_err(error.to_string()))?;
    let _ = RESET.set(reset);
    Ok(())
}

/// Forget the levels the logger read from Python, so the next record reads them again.
#[pyfunction]
pub fn reset_logging_cache() {
    if let Some(reset) = RESET.get() {
        reset.reset();
    }
}
// ANCHOR_END: install

// ANCHOR: busy
/// A loop of `steps` turns with no logging in it, as a yardstick.
#[pyfunction]
pub fn busy(steps: u64) -> u64 {
    let mut state: u64 = 0;
    for step in 0..steps {
        state = black_box(state.wrapping_mul(31).wrapping_add(step));
    }
    state
}

/// The same loop, with a `debug!` record on every turn.
#[pyfunction]
pub fn busy_logging(steps: u64) -> u64 {
    let mut state: u64 = 0;
    for step in 0..steps {
        log::debug!("step {step}");
        state = black_box(state.wrapping_mul(31).wrapping_add(step));
    }
    state
}

/// The same loop, with a `debug!` record on every turn and the cache reset before each, so
/// that every record asks Python whether it is wanted.
#[pyfunction]
pub fn busy_logging_uncached(steps: u64) -> u64 {
    let mut state: u64 = 0;
    for step in 0..steps {
        reset_logging_cache();
        log::debug!("step {step}");
        state = black_box(state.wrapping_mul(31).wrapping_add(step));
    }
    state
}

/// The same loop, with a `trace!` record on every turn.
#[pyfunction]
pub fn busy_tracing(steps: u64) -> u64 {
    let mut state: u64 = 0;
    for step in 0..steps {
        log::trace!("step {step}");
        state = black_box(state.wrapping_mul(31).wrapping_add(step));
    }
    state
}
// ANCHOR_END: busy
