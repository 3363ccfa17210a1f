//! Slices of bytes objects that are let go before `detach`: the compiler refuses it.

use pyo3::prelude::*;
use pyo3::types::PyBytes;

// ANCHOR: dropped
/// The total length of `docs`, counted while detached. It does not compile.
pub fn total_length(py: Python<'_>, docs: Vec<Bound<'_, PyBytes>>) -> usize {
    let slices: Vec<&[u8]> = docs.iter().map(|doc| doc.as_bytes()).collect();
    drop(docs);
    py.detach(|| slices.iter().map(|slice| slice.len()).sum())
}
// ANCHOR_END: dropped
