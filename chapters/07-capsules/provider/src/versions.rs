//! Tables of other versions, with the same capsule name, for the tests: what a consumer finds
//! when the `capsule_provider` installed beside it is older or newer than the one it was
//! built for.

use pyo3::prelude::*;
use pyo3::types::PyCapsule;

use std::ffi::c_int;

use super::{ApiVersion, MathApi, Operation, checked_add, table_capsule};

// ANCHOR: old-table
/// The table as version 1.0 had it: `checked_mul` did not exist yet.
#[repr(C)]
struct MathApiV1_0 {
    version: ApiVersion,
    checked_add: Operation,
}
// ANCHOR_END: old-table

/// For tests: a capsule like `_C_API`, holding the table of version 1.0.
#[pyfunction]
pub fn old_api(py: Python<'_>) -> PyResult<Bound<'_, PyCapsule>> {
    let version = ApiVersion { major: 1, minor: 0 };
    table_capsule(
        py,
        MathApiV1_0 {
            version,
            checked_add,
        },
    )
}

/// For tests: a capsule like `_C_API` from a version 2.0 that has not been written: only its
/// version is known, because every version starts with one.
#[pyfunction]
pub fn future_api(py: Python<'_>) -> PyResult<Bound<'_, PyCapsule>> {
    table_capsule(py, ApiVersion { major: 2, minor: 0 })
}

/// A status that version 1.1 does not define: a later 1.x may add one, say for "the answer is
/// not ready yet".
const NOT_READY: c_int = 2;

/// An `Operation` from that later 1.x, which answers every call with `NOT_READY`.
///
/// # Safety
///
/// None needed: it never touches `out`.
unsafe extern "C" fn not_ready(_a: i64, _b: i64, _out: *mut i64) -> c_int {
    NOT_READY
}

/// For tests: a capsule like `_C_API` from a version 1.2 whose functions return a status that
/// version 1.1 does not know.
#[pyfunction]
pub fn newer_minor_api(py: Python<'_>) -> PyResult<Bound<'_, PyCapsule>> {
    let version = ApiVersion { major: 1, minor: 2 };
    table_capsule(
        py,
        MathApi {
            version,
            checked_add: not_ready,
            checked_mul: not_ready,
        },
    )
}
