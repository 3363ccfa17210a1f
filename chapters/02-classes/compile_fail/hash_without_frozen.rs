//! `Version` with `frozen` taken out: `hash` needs it.

use pyo3::prelude::*;

// ANCHOR: hash-without-frozen
#[pyclass(eq, ord, hash, get_all)]
#[derive(PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}
// ANCHOR_END: hash-without-frozen
