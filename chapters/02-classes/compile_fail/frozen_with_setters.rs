//! A frozen class that asks for setters: `frozen` forbids them.

use pyo3::prelude::*;

// ANCHOR: frozen-with-setters
#[pyclass(frozen, get_all, set_all)]
pub struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}
// ANCHOR_END: frozen-with-setters
