//! The provider's table, as this crate sees it: the same `#[repr(C)]` definitions as in
//! `provider/src/lib.rs`, written out again, the way a C extension includes the provider's
//! header. No compiler compares the two copies; the capsule's name and the version in the
//! table are the whole check, so a change to the table must change one of them.

use std::ffi::{CStr, c_int};

// ANCHOR: table
/// The name of the capsule this crate can read, and where it lives.
pub const API_NAME: &CStr = c"capsule_provider._C_API";

/// The version this crate was built for: any 1.x from 1.1 on will do.
pub const MAJOR: u32 = 1;
pub const MINOR: u32 = 1;

#[repr(C)]
pub struct ApiVersion {
    pub major: u32,
    pub minor: u32,
}

pub const OK: c_int = 0;
pub const OVERFLOW: c_int = 1;

pub type Operation = unsafe extern "C" fn(a: i64, b: i64, out: *mut i64) -> c_int;

/// Version 1.1 of the table. A later 1.x table starts with these fields.
#[repr(C)]
pub struct MathApi {
    pub version: ApiVersion,
    pub checked_add: Operation,
    pub checked_mul: Operation,
}
// ANCHOR_END: table
