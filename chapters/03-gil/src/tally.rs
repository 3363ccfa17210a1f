//! Shared state done right: a frozen class with a `Mutex` inside.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::sync::MutexExt;

// ANCHOR: word-tally
/// Word counts that any number of threads may add to at the same time.
#[pyclass(frozen, module = "gil")]
pub struct WordTally {
    counts: Mutex<HashMap<String, u64>>,
}

#[pymethods]
impl WordTally {
    #[new]
    fn new() -> Self {
        WordTally {
            counts: Mutex::new(HashMap::new()),
        }
    }

    /// Count the words in `text` (split at whitespace), add them to the tally, and return
    /// how many words `text` had.
    fn add(&self, py: Python<'_>, text: &str) -> PyResult<u64> {
        // Counting touches no Python object, so let other threads run meanwhile.
        let counted = py.detach(|| count_words(text));
        // Attached again: lock without blocking the interpreter while we wait.
        let mut counts = self.counts.lock_py_attached(py).map_err(poisoned)?;
        let mut words: u64 = 0;
        for (word, n) in counted {
            words += n;
            let total = counts.entry(word).or_insert(0);
            // 2**64 words would take centuries to add; saturate rather than panic.
            *total = total.saturating_add(n);
        }
        Ok(words)
    }

    /// How many times `word` has been added; 0 for a word never seen.
    fn count(&self, py: Python<'_>, word: &str) -> PyResult<u64> {
        let counts = self.counts.lock_py_attached(py).map_err(poisoned)?;
        Ok(counts.get(word).copied().unwrap_or(0))
    }
}
// ANCHOR_END: word-tally

/// Count each word of `text`: plain Rust, safe to run while detached.
fn count_words(text: &str) -> HashMap<String, u64> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        // No overflow: a str cannot hold 2**64 words.
        *counts.entry(word.to_owned()).or_insert(0) += 1;
    }
    counts
}

/// A thread panicked while holding the lock, so the counts may be half updated.
fn poisoned<T>(_: PoisonError<T>) -> PyErr {
    PyRuntimeError::new_err("a thread failed while updating the tally")
}
