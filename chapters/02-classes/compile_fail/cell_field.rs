//! A pyclass with a `Cell` field: not `Sync`, so it does not compile.

use std::cell::Cell;

use pyo3::prelude::*;

// ANCHOR: cell-field
#[pyclass]
pub struct Clicks {
    count: Cell<u32>,
}
// ANCHOR_END: cell-field
