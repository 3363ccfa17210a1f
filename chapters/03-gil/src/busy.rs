//! The same busy work twice: once holding the interpreter, once letting go of it.

use std::time::Instant;

use pyo3::prelude::*;

use crate::crunch::crunch_from;
use crate::deadline_after;
use crate::flag::Flag;

// ANCHOR: spin
/// Stand-in for CPU-heavy work: crunch numbers until `stop` is set or `deadline` passes,
/// and return whether `stop` was set. Plain Rust: no Python object, no `py` token.
fn spin(stop: &Flag, deadline: Instant) -> bool {
    let mut x: u64 = 1;
    loop {
        // Ten thousand steps of arithmetic between checks (`crunch_from`, further down).
        x = crunch_from(x, 10_000);
        if stop.is_set() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
    }
}
// ANCHOR_END: spin

// ANCHOR: busy-attached
/// Set `started`, then work until `stop` is set or `seconds` pass, attached all along.
/// Returns True if it saw `stop` set.
#[pyfunction]
pub fn busy_attached(
    started: &Bound<'_, Flag>,
    stop: &Bound<'_, Flag>,
    seconds: f64,
) -> PyResult<bool> {
    let deadline = deadline_after(seconds)?;
    started.get().set();
    Ok(spin(stop.get(), deadline))
}
// ANCHOR_END: busy-attached

// ANCHOR: busy-detached
/// Set `started`, then work until `stop` is set or `seconds` pass, detached meanwhile.
/// Returns True if it saw `stop` set.
#[pyfunction]
pub fn busy_detached(
    py: Python<'_>,
    started: Py<Flag>,
    stop: Py<Flag>,
    seconds: f64,
) -> PyResult<bool> {
    let deadline = deadline_after(seconds)?;
    started.get().set();
    Ok(py.detach(|| spin(stop.get(), deadline)))
}
// ANCHOR_END: busy-detached
