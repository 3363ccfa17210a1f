//! Chapter 5: errors, from Rust to Python and back.
//!
//! The `ANCHOR` comments mark the pieces the book shows.

mod callbacks;
mod conversions;
mod panics;
mod settings;

use pyo3::exceptions::{PyIndexError, PyValueError};
use pyo3::prelude::*;

// ANCHOR: nth-word
/// Return word number `n` (counting from 0) of `text`.
#[pyfunction]
fn nth_word(text: &str, n: usize) -> PyResult<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return Err(PyValueError::new_err("the text has no words"));
    }
    match words.get(n) {
        Some(word) => Ok((*word).to_owned()),
        None => Err(PyIndexError::new_err(format!(
            "no word {n}: the words are numbered 0 to {}",
            words.len() - 1
        ))),
    }
}
// ANCHOR_END: nth-word

// ANCHOR: module
/// Errors raised by Rust, caught by Python, and the other way round.
#[pymodule]
mod errors {
    #[pymodule_export]
    use super::nth_word;

    #[pymodule_export]
    use super::settings::{
        BadValueError, EmptyKeyError, MissingEqualsError, ParseError, parse_setting, parse_settings,
    };

    #[pymodule_export]
    use super::conversions::{parse_float, parse_int, raise_io_error, read_text, through_io_error};

    #[pymodule_export]
    use super::callbacks::call_or_default;

    #[pymodule_export]
    use super::panics::{first_byte, first_byte_or_panic};
}
// ANCHOR_END: module
