//! `PyCapsule::import` outside an `unsafe` block: it is an `unsafe fn`, so the compiler refuses.

use pyo3::prelude::*;
use pyo3::types::PyCapsule;

#[repr(C)]
pub struct ApiVersion {
    pub major: u32,
    pub minor: u32,
}

// ANCHOR: no-unsafe
pub fn provider_version(py: Python<'_>) -> PyResult<(u32, u32)> {
    let version: &ApiVersion = PyCapsule::import(py, c"capsule_provider._C_API")?;
    Ok((version.major, version.minor))
}
// ANCHOR_END: no-unsafe
