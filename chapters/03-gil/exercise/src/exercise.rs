//! Chapter 3's exercise: a gate that threads wait for, and work done while detached.
//! Replace each `todo!` with your code, then run `just exercise 3`. `just hint 3 K` gives a
//! hint for task K.

use std::sync::atomic::AtomicBool;

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
        todo!("task 1: open the gate (now {:?})", self.open)
    }

    /// Whether the gate is open.
    pub fn is_open(&self) -> bool {
        todo!("task 1: say whether the gate is open (now {:?})", self.open)
    }
}
// ANCHOR_END: task1

// ANCHOR: task2
/// Wait until `gate` is open, for at most `seconds` (0 to 60, else ValueError("seconds
/// must be from 0 to 60")). Returns whether it opened. Other Python threads must be able
/// to run meanwhile: one of them is the thread that opens the gate.
#[pyfunction]
pub fn wait_open(py: Python<'_>, gate: Py<Gate>, seconds: f64) -> PyResult<bool> {
    let _ = (py, gate);
    todo!("task 2: wait up to {seconds} s for the gate to open, detached")
}
// ANCHOR_END: task2

// ANCHOR: task3
/// How many primes are below `limit`, counted while detached. A `limit` above 10 million
/// raises ValueError("limit must be at most 10000000").
#[pyfunction]
pub fn count_primes(py: Python<'_>, limit: u64) -> PyResult<u64> {
    let _ = py;
    todo!("task 3: count the primes below {limit}, detached")
}
// ANCHOR_END: task3
