//! Chapter 6: the buffer protocol, from both sides.
//!
//! The `ANCHOR` comments mark the pieces the book shows.

mod block;
mod consume;

use pyo3::prelude::*;

// ANCHOR: module
/// Memory shared with Python instead of copied. The zero-copy reads rely on the GIL to keep
/// other threads from writing meanwhile, so a free-threaded Python re-enables it on import
/// (unless it was started with PYTHON_GIL=0 or -X gil=0, which gives that safety up).
#[pymodule(gil_used = true)]
mod buffers {
    #[pymodule_export]
    use super::block::Block;
    #[pymodule_export]
    use super::consume::{byte_sum, byte_sum_copied, float_sum, floats_trusting_pyo3};
}
// ANCHOR_END: module
