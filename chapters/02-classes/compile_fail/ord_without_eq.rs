//! `Version` with `eq` taken out: `ord` needs it.

use pyo3::prelude::*;

// ANCHOR: ord-without-eq
#[pyclass(ord, frozen, get_all)]
#[derive(PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}
// ANCHOR_END: ord-without-eq
