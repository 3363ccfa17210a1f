//! Chapter 7: capsules. This module calls C functions that another extension,
//! `capsule_provider`, shares through a capsule.
//!
//! The `ANCHOR` comments mark the pieces the book shows.

mod import;
mod table;

use std::ffi::c_int;

use pyo3::exceptions::{PyOverflowError, PyRuntimeError};
use pyo3::prelude::*;
use pyo3::types::PyCapsule;

use import::{find_capsule, read_table};
use table::{API_NAME, ApiVersion, OK, OVERFLOW, Operation};

// ANCHOR: provider-version
/// The version of the C API that the installed `capsule_provider` exports, as (major, minor).
#[pyfunction]
fn provider_version(py: Python<'_>) -> PyResult<(u32, u32)> {
    // SAFETY: `import` checks that the capsule's name is `API_NAME`, and every capsule with that
    // name holds an aligned table that starts with an `ApiVersion`, in every version. `import`
    // keeps no reference to the capsule, so this relies on the provider's module holding one in
    // its `_C_API` attribute (a module `__getattr__` that made a new capsule on each access
    // would break it), and on no other thread removing it before we copy the two numbers out;
    // the module asks for the GIL (`gil_used = true`), so no Python code runs meanwhile.
    let version: &ApiVersion = unsafe { PyCapsule::import(py, API_NAME)? };
    Ok((version.major, version.minor))
}
// ANCHOR_END: provider-version

// ANCHOR: add
/// `a + b`, computed by `capsule_provider` through its C API. OverflowError when the sum does
/// not fit in 64 bits.
#[pyfunction]
fn add(py: Python<'_>, a: i64, b: i64) -> PyResult<i64> {
    let capsule = find_capsule(py)?;
    let api = read_table(&capsule)?;
    call(api.checked_add, a, b, "+")
}
// ANCHOR_END: add

/// `a * b`, computed by `capsule_provider` through its C API. OverflowError when the product
/// does not fit in 64 bits.
#[pyfunction]
fn multiply(py: Python<'_>, a: i64, b: i64) -> PyResult<i64> {
    let capsule = find_capsule(py)?;
    let api = read_table(&capsule)?;
    call(api.checked_mul, a, b, "*")
}

// ANCHOR: call
/// Call one of the table's functions, and turn its status code into a Python exception.
fn call(function: Operation, a: i64, b: i64, symbol: &str) -> PyResult<i64> {
    let mut result = 0;
    // SAFETY: `function` comes from a table that `read_table` checked, so it is an `Operation`,
    // and an `Operation` needs an `out` valid for writing an `i64`: `&mut result` is one.
    let status: c_int = unsafe { function(a, b, &mut result) };
    match status {
        OK => Ok(result),
        OVERFLOW => Err(PyOverflowError::new_err(format!(
            "{a} {symbol} {b} does not fit in 64 bits"
        ))),
        other => Err(PyRuntimeError::new_err(format!(
            "capsule_provider returned the unknown status {other}"
        ))),
    }
}
// ANCHOR_END: call

// ANCHOR: module
/// Arithmetic done by another extension, `capsule_provider`, called through its C API.
// The reads through capsules rely on the GIL to keep other threads from removing the
// capsule meanwhile, so a free-threaded Python re-enables it on import, unless it was started
// with PYTHON_GIL=0 or -X gil=0: then nothing keeps other threads out, and that is on its user.
#[pymodule(gil_used = true)]
mod capsules {
    #[pymodule_export]
    use super::import::IncompatibleApiError;

    #[pymodule_export]
    use super::{add, multiply, provider_version};
}
// ANCHOR_END: module
