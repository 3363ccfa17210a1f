//! The everyday conversions: each function hands its argument straight back, so what Python
//! gets is exactly what the conversion in, then the conversion out, made of it.

use std::collections::{HashMap, HashSet};

use pyo3::prelude::*;

// ANCHOR: text
/// Return the text unchanged: a `str` goes in as a Rust `String` and comes back as a `str`.
#[pyfunction]
pub fn echo_str(text: String) -> String {
    text
}

/// Return the bytes unchanged: `bytes`, `bytearray` or a list of ints in, `bytes` out.
#[pyfunction]
pub fn echo_bytes(data: Vec<u8>) -> Vec<u8> {
    data
}
// ANCHOR_END: text

// ANCHOR: numbers
/// Return the integer unchanged, if it fits a Rust `i64`.
#[pyfunction]
pub fn echo_i64(number: i64) -> i64 {
    number
}

/// Return the integer unchanged, if it fits a Rust `u8` (0 to 255).
#[pyfunction]
pub fn echo_u8(number: u8) -> u8 {
    number
}

/// Return the number unchanged, as a `float`.
#[pyfunction]
pub fn echo_f64(number: f64) -> f64 {
    number
}
// ANCHOR_END: numbers

// ANCHOR: sequences
/// Return the integers unchanged, as a new list.
#[pyfunction]
pub fn echo_list(numbers: Vec<i64>) -> Vec<i64> {
    numbers
}

/// Return a `(name, number)` pair unchanged.
#[pyfunction]
pub fn echo_tuple(pair: (String, i64)) -> (String, i64) {
    pair
}
// ANCHOR_END: sequences

// ANCHOR: mappings
/// Return a dict of `str` to `int` unchanged, as a new dict.
#[pyfunction]
pub fn echo_dict(scores: HashMap<String, i64>) -> HashMap<String, i64> {
    scores
}

/// Return a set of integers unchanged, as a new set.
#[pyfunction]
pub fn echo_set(numbers: HashSet<i64>) -> HashSet<i64> {
    numbers
}

/// Return the integer or None unchanged.
#[pyfunction]
pub fn echo_optional(number: Option<i64>) -> Option<i64> {
    number
}
// ANCHOR_END: mappings
