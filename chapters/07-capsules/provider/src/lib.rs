//! Chapter 7's provider: a table of C functions that other extensions call, shared through a
//! capsule. The `capsules` module (the chapter's own crate) is the extension that calls them.
//!
//! The `ANCHOR` comments mark the pieces the book shows.

mod versions;

use std::ffi::{CStr, c_int, c_void};
use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::prelude::*;
use pyo3::types::PyCapsule;

// ANCHOR: table
/// The capsule's name: the promise a consumer checks before it reads anything. Every capsule
/// with this name holds an aligned `#[repr(C)]` table that starts with an `ApiVersion`, and
/// nothing writes to it. With major version 1, the table is a `MathApi`, and each 1.x table
/// starts with the whole 1.(x-1) table. The module keeps its `_C_API` for as long as it lives.
pub const API_NAME: &CStr = c"capsule_provider._C_API";

/// The table's first field, in every version, so that a consumer can read it first.
#[repr(C)]
pub struct ApiVersion {
    /// Changes when a field of the table moves or changes meaning.
    pub major: u32,
    /// Grows when a field is added at the end.
    pub minor: u32,
}

/// The version this provider exports.
pub const VERSION: ApiVersion = ApiVersion { major: 1, minor: 1 };

/// The status codes the functions return.
pub const OK: c_int = 0;
pub const OVERFLOW: c_int = 1;

/// A function of the table: the result of `a` and `b` into `*out`, and `OK`; or `OVERFLOW`,
/// and `*out` is left alone. `out` must be valid for writing one `i64`.
pub type Operation = unsafe extern "C" fn(a: i64, b: i64, out: *mut i64) -> c_int;

/// The table, version 1.1.
#[repr(C)]
pub struct MathApi {
    pub version: ApiVersion,
    /// Since 1.0.
    pub checked_add: Operation,
    /// Since 1.1.
    pub checked_mul: Operation,
}
// ANCHOR_END: table

// ANCHOR: functions
/// `a + b`, for C callers: see `Operation`.
///
/// # Safety
///
/// `out` must be valid for writing one `i64`.
unsafe extern "C" fn checked_add(a: i64, b: i64, out: *mut i64) -> c_int {
    // SAFETY: our caller promises what `report` needs: `out` is valid for writes.
    unsafe { report(a.checked_add(b), out) }
}

/// `a * b`, for C callers: see `Operation`.
///
/// # Safety
///
/// `out` must be valid for writing one `i64`.
unsafe extern "C" fn checked_mul(a: i64, b: i64, out: *mut i64) -> c_int {
    // SAFETY: our caller promises what `report` needs: `out` is valid for writes.
    unsafe { report(a.checked_mul(b), out) }
}

/// Write `result` to `*out` and say `OK`, or say `OVERFLOW` for `None`.
///
/// # Safety
///
/// `out` must be valid for writing one `i64`.
unsafe fn report(result: Option<i64>, out: *mut i64) -> c_int {
    match result {
        Some(value) => {
            // SAFETY: our caller promises that `out` is valid for writes.
            unsafe { out.write(value) };
            OK
        }
        None => OVERFLOW,
    }
}
// ANCHOR_END: functions

// ANCHOR: capsule
/// How many tables this provider made that Python has freed since.
static TABLES_FREED: AtomicUsize = AtomicUsize::new(0);

/// A capsule named `API_NAME` that owns `table`. PyO3 moves the table into a `Box`; when Python
/// frees the capsule, PyO3 calls the closure with the table, which is then dropped.
fn table_capsule<T: Send + 'static>(py: Python<'_>, table: T) -> PyResult<Bound<'_, PyCapsule>> {
    let freed = |table: T, _context: *mut c_void| {
        drop(table);
        TABLES_FREED.fetch_add(1, Ordering::Relaxed);
    };
    PyCapsule::new_with_value_and_destructor(py, table, API_NAME, freed)
}
// ANCHOR_END: capsule

/// How many of the tables this module made Python has freed so far.
#[pyfunction]
fn tables_freed() -> usize {
    TABLES_FREED.load(Ordering::Relaxed)
}

// ANCHOR: module
/// A C API for other extensions: `_C_API` is a capsule that holds a table of functions.
#[pymodule]
mod capsule_provider {
    use super::{MathApi, VERSION, checked_add, checked_mul, table_capsule};
    use pyo3::prelude::*;

    #[pymodule_export]
    use super::tables_freed;

    #[pymodule_export]
    use super::versions::{future_api, newer_minor_api, old_api};

    #[pymodule_init]
    fn init(module: &Bound<'_, PyModule>) -> PyResult<()> {
        let table = MathApi {
            version: VERSION,
            checked_add,
            checked_mul,
        };
        module.add("_C_API", table_capsule(module.py(), table)?)
    }
}
// ANCHOR_END: module
