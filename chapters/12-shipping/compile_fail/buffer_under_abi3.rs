// pyo3-features: abi3-py39
//! Chapter 6's buffer protocol, in a crate built for the stable ABI from Python 3.9.
// ANCHOR: snippet
use pyo3::buffer::PyBuffer;
use pyo3::prelude::*;

/// How many bytes a buffer holds.
#[pyfunction]
fn byte_count(data: PyBuffer<u8>) -> usize {
    data.item_count()
}
// ANCHOR_END: snippet
