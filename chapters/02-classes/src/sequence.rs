//! A class that behaves like a sequence: `len()`, `[]`, `in`, and a `for` loop.

use pyo3::exceptions::PyIndexError;
use pyo3::prelude::*;

// ANCHOR: sentence
/// Where `index` points in a sequence of `len` items, counting from the end when it is
/// negative, as a list does; `None` when it points past either end.
pub(crate) fn position(len: usize, index: isize) -> Option<usize> {
    let position = if index < 0 {
        len.checked_sub(index.unsigned_abs())
    } else {
        usize::try_from(index).ok()
    };
    position.filter(|&position| position < len)
}

/// The words of a text, split on whitespace: `Sentence("the quick fox")`.
#[pyclass(module = "classes")]
pub struct Sentence {
    words: Vec<String>,
}

#[pymethods]
impl Sentence {
    #[new]
    fn new(text: &str) -> Self {
        let words = text.split_whitespace().map(str::to_owned).collect();
        Sentence { words }
    }

    /// `len(sentence)`: the number of words.
    fn __len__(&self) -> usize {
        self.words.len()
    }

    /// `sentence[i]`: a word; negative indexes count from the end, like a list's.
    fn __getitem__(&self, index: isize) -> PyResult<String> {
        position(self.words.len(), index)
            .map(|position| self.words[position].clone())
            .ok_or_else(|| PyIndexError::new_err("sentence index out of range"))
    }

    /// `word in sentence`. Like a list, answer False for something that is not a str.
    fn __contains__(&self, word: &Bound<'_, PyAny>) -> bool {
        match word.extract::<&str>() {
            Ok(word) => self.words.iter().any(|w| w == word),
            Err(_) => false,
        }
    }
}
// ANCHOR_END: sentence

// ANCHOR: index-echo
/// Three items, each of them its own index: `IndexEcho()[i]` hands back `i` as it arrived.
#[pyclass(sequence, module = "classes")]
pub struct IndexEcho;

#[pymethods]
impl IndexEcho {
    #[new]
    fn new() -> Self {
        IndexEcho
    }

    fn __len__(&self) -> usize {
        3
    }

    fn __getitem__(&self, index: isize) -> isize {
        index
    }
}
// ANCHOR_END: index-echo
