//! Chapter 7's exercise: one module that both exports a table of C functions in a capsule and
//! calls through it. Replace each `todo!` with your code, then run `just exercise 7`.
//! `just hint 7 K` gives a hint for task K.

use std::ffi::{CStr, c_int};
use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::prelude::*;
use pyo3::types::PyCapsule;

// ANCHOR: table
/// The capsule's name. Every capsule with this name holds a `DivApi`.
pub const API_NAME: &CStr = c"capsules_exercise._C_API";

/// The only table version `divide` can use.
pub const VERSION: u32 = 1;

pub const OK: c_int = 0;
pub const DIVISION_BY_ZERO: c_int = 1;
pub const OVERFLOW: c_int = 2;

#[repr(C)]
pub struct DivApi {
    pub version: u32,
    pub checked_div: unsafe extern "C" fn(a: i64, b: i64, out: *mut i64) -> c_int,
}

/// `a / b`, rounded toward zero, into `*out`, and `OK`; or `DIVISION_BY_ZERO` or `OVERFLOW`,
/// and `*out` is left alone.
///
/// # Safety
///
/// `out` must be valid for writing one `i64`.
unsafe extern "C" fn checked_div(a: i64, b: i64, out: *mut i64) -> c_int {
    if b == 0 {
        return DIVISION_BY_ZERO;
    }
    match a.checked_div(b) {
        Some(quotient) => {
            // SAFETY: our caller promises that `out` is valid for writes.
            unsafe { out.write(quotient) };
            OK
        }
        None => OVERFLOW,
    }
}

/// A status that version 1 does not define, as a newer provider might return.
const NOT_READY: c_int = 3;

/// A `checked_div` from that newer provider: it answers every call with `NOT_READY`.
extern "C" fn not_ready(_a: i64, _b: i64, _out: *mut i64) -> c_int {
    NOT_READY
}

/// A version 1 table whose `checked_div` returns `NOT_READY`, a status `divide` does not know.
#[pyfunction]
pub fn make_newer_api(py: Python<'_>) -> PyResult<Bound<'_, PyCapsule>> {
    let table = DivApi {
        version: VERSION,
        checked_div: not_ready,
    };
    table_capsule(py, table)
}

/// How many tables Python has freed: `table_capsule`'s destructor counts them here.
static TABLES_FREED: AtomicUsize = AtomicUsize::new(0);

/// How many of `make_api`'s tables Python has freed so far.
#[pyfunction]
pub fn tables_freed() -> usize {
    TABLES_FREED.load(Ordering::Relaxed)
}
// ANCHOR_END: table

// ANCHOR: task1
/// A capsule named `capsules_exercise._C_API` that owns `table`. When Python frees the
/// capsule, `tables_freed()` goes up by one.
fn table_capsule(py: Python<'_>, table: DivApi) -> PyResult<Bound<'_, PyCapsule>> {
    let _ = (py, table);
    todo!("task 1: a capsule named {API_NAME:?} that owns the table")
}

/// A capsule holding a table with this `version` and this module's `checked_div`.
#[pyfunction]
pub fn make_api(py: Python<'_>, version: u32) -> PyResult<Bound<'_, PyCapsule>> {
    let table = DivApi {
        version,
        checked_div,
    };
    table_capsule(py, table)
}
// ANCHOR_END: task1

// ANCHOR: task2
/// The version in the table that the capsule `api` holds. TypeError (PyO3's message) when
/// `api` is not a capsule, ValueError (CPython's message) when its name is not
/// `capsules_exercise._C_API`.
#[pyfunction]
pub fn api_version(api: &Bound<'_, PyAny>) -> PyResult<u32> {
    todo!("task 2: the version in the table of {api}")
}
// ANCHOR_END: task2

// ANCHOR: task3
/// `a / b`, rounded toward zero, computed by the `checked_div` in `api`'s table. Errors as in
/// `api_version`; ImportError("table version N, expected 1") for a version other than 1;
/// ZeroDivisionError("division by zero"); OverflowError("A / B does not fit in 64 bits");
/// RuntimeError("checked_div returned the unknown status N") for any other status.
#[pyfunction]
pub fn divide(api: &Bound<'_, PyAny>, a: i64, b: i64) -> PyResult<i64> {
    todo!("task 3: {a} / {b} through the version {VERSION} table of {api}")
}
// ANCHOR_END: task3
