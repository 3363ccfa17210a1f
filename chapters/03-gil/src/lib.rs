//! Chapter 3: the GIL. When your Rust code holds the interpreter, when it lets go of it,
//! and what that means for Python threads.
//!
//! The `ANCHOR` comments mark the pieces the book shows.

use std::time::{Duration, Instant};

use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;

mod busy;
mod counter;
mod crunch;
mod flag;
mod handles;
mod tally;

// ANCHOR: deadline
/// The longest wait any function here accepts. Python notices Ctrl-C only between
/// bytecodes, never inside your Rust loop, so a typo such as `3600` must not hang a session.
const MAX_SECONDS: f64 = 60.0;

/// The moment `seconds` from now; ValueError for a negative, NaN or too long wait.
fn deadline_after(seconds: f64) -> PyResult<Instant> {
    if !(0.0..=MAX_SECONDS).contains(&seconds) {
        return Err(PyValueError::new_err("seconds must be from 0 to 60"));
    }
    Ok(Instant::now() + Duration::from_secs_f64(seconds))
}
// ANCHOR_END: deadline

// ANCHOR: call-in-rust-thread
/// Call `callback()` on a new thread that Rust starts, and return its result.
#[pyfunction]
fn call_in_rust_thread(py: Python<'_>, callback: Py<PyAny>) -> PyResult<Py<PyAny>> {
    // This thread detaches while it waits: the new thread must attach before it can call
    // into Python, and with the GIL only one thread is attached at a time.
    let joined = py.detach(|| {
        std::thread::scope(|scope| {
            let rust_thread = scope.spawn(|| Python::attach(|py| callback.call0(py)));
            rust_thread.join()
        })
    });
    joined.map_err(|_| PyRuntimeError::new_err("the Rust thread panicked"))?
}
// ANCHOR_END: call-in-rust-thread

// ANCHOR: module
/// The GIL from Rust: attaching, detaching, and state shared between threads.
#[pymodule]
mod gil {
    #[pymodule_export]
    use super::busy::{busy_attached, busy_detached};
    #[pymodule_export]
    use super::call_in_rust_thread;
    #[pymodule_export]
    use super::counter::Counter;
    #[pymodule_export]
    use super::crunch::{crunch_attached, crunch_detached};
    #[pymodule_export]
    use super::flag::Flag;
    #[pymodule_export]
    use super::handles::{
        Score, Tag, add_points, first_item, kept_and_back, points_of, same_score, tag_length,
    };
    #[pymodule_export]
    use super::tally::WordTally;
}
// ANCHOR_END: module
