//! A fixed amount of CPU work, attached and detached, for the chapter's benchmark.

use std::hint::black_box;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

// ANCHOR: crunch
/// The most rounds one call accepts. Like `MAX_SECONDS`, it keeps a typo from
/// freezing a session that cannot be interrupted.
const MAX_ROUNDS: u64 = 1_000_000_000;

/// Stand-in for CPU-heavy work: `rounds` steps of arithmetic on `x`, and the result.
pub(crate) fn crunch_from(mut x: u64, rounds: u64) -> u64 {
    for _ in 0..rounds {
        // `black_box` keeps the compiler from skipping work whose result nobody reads.
        x = black_box(x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1));
    }
    x
}

fn checked_rounds(rounds: u64) -> PyResult<u64> {
    if rounds > MAX_ROUNDS {
        return Err(PyValueError::new_err(format!(
            "rounds must be at most {MAX_ROUNDS}"
        )));
    }
    Ok(rounds)
}

/// Do `rounds` steps of work while attached, and return the result.
#[pyfunction]
pub fn crunch_attached(rounds: u64) -> PyResult<u64> {
    Ok(crunch_from(1, checked_rounds(rounds)?))
}

/// Do the same work detached, so that other Python threads run meanwhile.
#[pyfunction]
pub fn crunch_detached(py: Python<'_>, rounds: u64) -> PyResult<u64> {
    let rounds = checked_rounds(rounds)?;
    Ok(py.detach(|| crunch_from(1, rounds)))
}
// ANCHOR_END: crunch
