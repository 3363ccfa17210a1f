//! Chapter 11: testing, debugging and profiling an extension. `stats.rs` is plain Rust that
//! `cargo test` checks; the rest is the module `diagnose`, whose functions each give the page
//! something to test, crash, profile, log or measure.
//!
//! The `ANCHOR` comments mark the pieces the book shows.

mod fast;
mod logs;
mod means;
mod memory;
mod nesting;
mod stats;

// ANCHOR: chapter_8
// Chapter 8's `sum_ints`, compiled from chapter 8's own file, to profile beside the fast one.
#[path = "../../08-why-rust/src/sum.rs"]
#[allow(dead_code)] // this chapter profiles chapter 8's `sum_ints`, not its `add`
mod chapter_8;
// ANCHOR_END: chapter_8

use pyo3::prelude::*;

// ANCHOR: module
/// Functions to test, crash, profile, log from and measure.
#[pymodule]
mod diagnose {
    use pyo3::prelude::*;

    #[pymodule_export]
    use super::chapter_8::sum_ints;
    #[pymodule_export]
    use super::fast::{sum_ints_as_long, sum_ints_fast};
    #[pymodule_export]
    use super::logs::{
        busy, busy_logging, busy_logging_uncached, busy_tracing, reset_logging_cache,
    };
    #[pymodule_export]
    use super::means::{mean, mean_unchecked};
    #[pymodule_export]
    use super::memory::{Block, rust_bytes_held};
    #[pymodule_export]
    use super::nesting::{depth, depth_unlimited};

    #[pymodule_init]
    fn init(module: &Bound<'_, PyModule>) -> PyResult<()> {
        module.add("MAX_DEPTH", super::nesting::MAX_DEPTH)?;
        super::logs::install(module.py())
    }
}
// ANCHOR_END: module
