//! Chapter 3's exercise, solved. `just solution 3` shows this file.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

// ANCHOR: task1
/// A gate that starts closed and, once opened, stays open. It is frozen, so any thread
/// may use it at once: its state is an atomic.
#[pyclass(frozen, module = "gil_exercise")]
pub struct Gate {
    open: AtomicBool,
}

#[pymethods]
impl Gate {
    #[new]
    fn new() -> Self {
        Gate {
            open: AtomicBool::new(false),
        }
    }

    /// Open the gate.
    pub fn open(&self) {
        self.open.store(true, Ordering::SeqCst);
    }

    /// Whether the gate is open.
    pub fn is_open(&self) -> bool {
        self.open.load(Ordering::SeqCst)
    }
}
// ANCHOR_END: task1

// ANCHOR: task2
/// Wait until `gate` is open, for at most `seconds` (0 to 60, else ValueError("seconds
/// must be from 0 to 60")). Returns whether it opened. Other Python threads must be able
/// to run meanwhile: one of them is the thread that opens the gate.
#[pyfunction]
pub fn wait_open(py: Python<'_>, gate: Py<Gate>, seconds: f64) -> PyResult<bool> {
    if !(0.0..=60.0).contains(&seconds) {
        return Err(PyValueError::new_err("seconds must be from 0 to 60"));
    }
    let deadline = Instant::now() + Duration::from_secs_f64(seconds);
    // `Py::get` reads a frozen class without a token, so the whole wait can be detached.
    Ok(py.detach(|| {
        while !gate.get().is_open() {
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        true
    }))
}
// ANCHOR_END: task2

// ANCHOR: task3
/// How many primes are below `limit`, counted while detached. A `limit` above 10 million
/// raises ValueError("limit must be at most 10000000").
#[pyfunction]
pub fn count_primes(py: Python<'_>, limit: u64) -> PyResult<u64> {
    if limit > 10_000_000 {
        return Err(PyValueError::new_err("limit must be at most 10000000"));
    }
    Ok(py.detach(|| (2..limit).filter(|&n| is_prime(n)).count() as u64))
}

/// Trial division by odd numbers up to the square root: plain Rust, no Python in sight.
fn is_prime(n: u64) -> bool {
    if n < 4 {
        return n >= 2;
    }
    if n.is_multiple_of(2) {
        return false;
    }
    (3..)
        .step_by(2)
        .take_while(|d| d * d <= n)
        .all(|d| !n.is_multiple_of(d))
}
// ANCHOR_END: task3
