//! Chapter 12: the compiled half of the `shipping` package, `shipping._core`.
//!
//! The Rust here is deliberately small: the chapter is about what happens after it compiles.
//! The `ANCHOR` comments mark the pieces the book shows.

use std::collections::HashMap;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

// ANCHOR: exception
pyo3::create_exception!(
    shipping,
    NoWordsError,
    PyValueError,
    "Raised when a text or a tally has no words to count."
);
// ANCHOR_END: exception

/// The words of `text`, lower-cased: runs of letters and digits.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
}

// ANCHOR: count-words
/// Count the words in `text`: runs of letters and digits.
#[pyfunction]
fn count_words(text: &str) -> usize {
    words(text).count()
}
// ANCHOR_END: count-words

// ANCHOR: tally
/// Word counts that grow as you add text.
#[pyclass(module = "shipping")]
#[derive(Default)]
struct Tally {
    counts: HashMap<String, usize>,
}

#[pymethods]
impl Tally {
    #[new]
    fn new() -> Self {
        Self::default()
    }

    /// Count the words of `text` into the tally.
    fn add(&mut self, text: &str) {
        for word in words(text) {
            *self.counts.entry(word).or_insert(0) += 1;
        }
    }

    /// The `n` most common words with their counts, most common first, ties alphabetical.
    #[pyo3(signature = (n=3))]
    fn most_common(&self, n: usize) -> PyResult<Vec<(String, usize)>> {
        if self.counts.is_empty() {
            return Err(NoWordsError::new_err("the tally has no words yet"));
        }
        let mut pairs: Vec<(String, usize)> = self
            .counts
            .iter()
            .map(|(word, count)| (word.clone(), *count))
            .collect();
        pairs.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        pairs.truncate(n);
        Ok(pairs)
    }

    /// The number of different words counted so far.
    fn __len__(&self) -> usize {
        self.counts.len()
    }
}
// ANCHOR_END: tally

// ANCHOR: module
/// Count the words of a text, in Rust.
#[pymodule]
mod _core {
    #[pymodule_export]
    use super::{NoWordsError, Tally, count_words};
}
// ANCHOR_END: module
