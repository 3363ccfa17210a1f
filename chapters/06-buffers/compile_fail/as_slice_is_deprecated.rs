//! The zero-copy slice of PyO3 before 0.30: deprecated as unsound, so with warnings denied
//! it does not compile.
#![deny(deprecated)]

use pyo3::buffer::PyBuffer;
use pyo3::prelude::*;

// ANCHOR: as-slice
/// Add up the bytes through the old, safe-looking slice.
#[pyfunction]
pub fn byte_sum_old(py: Python<'_>, data: PyBuffer<u8>) -> u64 {
    match data.as_slice(py) {
        Some(cells) => cells.iter().map(|cell| u64::from(cell.get())).sum(),
        None => 0,
    }
}
// ANCHOR_END: as-slice
