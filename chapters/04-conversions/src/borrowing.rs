//! Borrowing the data inside a Python object instead of copying it out.

use std::borrow::Cow;

use pyo3::prelude::*;

// ANCHOR: count-chars
/// Count the characters (code points) in the text, without copying it.
#[pyfunction]
pub fn count_chars(text: &str) -> usize {
    text.chars().count()
}
// ANCHOR_END: count-chars

// ANCHOR: byte-sum
/// Add up the bytes of a `bytes` object, without copying it.
#[pyfunction]
pub fn byte_sum(data: &[u8]) -> u64 {
    data.iter().copied().map(u64::from).sum()
}
// ANCHOR_END: byte-sum

// ANCHOR: describe-bytes
/// Say whether the bytes were borrowed from Python or copied into Rust, and how many there were.
#[pyfunction]
pub fn describe_bytes(data: Cow<'_, [u8]>) -> String {
    let how = match data {
        Cow::Borrowed(_) => "borrowed",
        Cow::Owned(_) => "copied",
    };
    format!("{how} {} bytes", data.len())
}
// ANCHOR_END: describe-bytes
