//! Reading the buffer's memory in place without saying `unsafe`: the compiler refuses it.

use pyo3::buffer::PyBuffer;
use pyo3::prelude::*;

// ANCHOR: without-unsafe
/// Add up the bytes in place, forgetting the `unsafe` block.
#[pyfunction]
pub fn byte_sum_unchecked(data: PyBuffer<u8>) -> u64 {
    match data.as_slice_ptr() {
        Some(bytes) => bytes.as_ref().iter().map(|&byte| u64::from(byte)).sum(),
        None => 0,
    }
}
// ANCHOR_END: without-unsafe
