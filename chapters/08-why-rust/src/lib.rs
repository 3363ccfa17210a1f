//! Chapter 8: `add` and `sum_ints` in PyO3, the fourth way to write the extension that
//! `bindings/` writes with the C API, pybind11 and CFFI.
//!
//! The `ANCHOR` comments mark the pieces the book shows.

mod forget;
mod sum;

use pyo3::prelude::*;

// ANCHOR: module
/// add and sum_ints, written in Rust with PyO3.
#[pymodule]
mod why_rust {
    #[pymodule_export]
    use super::forget::sum_ints_forgetting;
    #[pymodule_export]
    use super::sum::{add, sum_ints};
}
// ANCHOR_END: module
