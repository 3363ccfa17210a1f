//! Chapter 6: the buffer protocol, from both sides.
//!
//! The `ANCHOR` comments mark the pieces the book shows.

mod block;
mod consume;

use pyo3::prelude::*;

// ANCHOR: module
/// Memory shared with Python instead of copied.
#[pymodule]
mod buffers {
    #[pymodule_export]
    use super::block::Block;
    #[pymodule_export]
    use super::consume::{byte_sum, byte_sum_copied, float_sum};
}
// ANCHOR_END: module
