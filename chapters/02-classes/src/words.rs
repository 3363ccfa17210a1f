//! `[]` with a whole number or a slice, as Python's own sequences take.

use pyo3::exceptions::{PyIndexError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyInt, PySlice};

use crate::sequence::position;

// ANCHOR: words
/// What it hands back: one word for a number, a new `Words` for a slice.
#[derive(IntoPyObject)]
enum Picked {
    Word(String),
    Words(Words),
}

/// Like `Sentence`, but `words[1:3]` works too, and gives `Words`, as a list's slice is a list.
#[pyclass(module = "classes")]
pub struct Words {
    words: Vec<String>,
}

#[pymethods]
impl Words {
    #[new]
    fn new(text: &str) -> Self {
        let words = text.split_whitespace().map(str::to_owned).collect();
        Words { words }
    }

    fn __len__(&self) -> usize {
        self.words.len()
    }

    /// `words[i]` gives a word; `words[start:stop:step]` gives `Words`.
    fn __getitem__(&self, index: &Bound<'_, PyAny>) -> PyResult<Picked> {
        if let Ok(slice) = index.cast::<PySlice>() {
            // Python works out start, stop and step for this length, as it does for a list.
            let length = isize::try_from(self.words.len())?;
            let picked = slice.indices(length)?;
            // `slicelength` positions, from `start`, `step` apart (`step` may be negative).
            let words = (0..picked.slicelength)
                .filter_map(|i| isize::try_from(i).ok())
                .map(|i| picked.start + i * picked.step)
                .filter_map(|at| usize::try_from(at).ok())
                .filter_map(|at| self.words.get(at).cloned())
                .collect();
            return Ok(Picked::Words(Words { words }));
        }
        if !index.is_instance_of::<PyInt>() {
            let kind = index.get_type().name()?;
            let message = format!("Words indices must be integers or slices, not {kind}");
            return Err(PyTypeError::new_err(message));
        }
        // The same arithmetic as `Sentence`'s.
        position(self.words.len(), index.extract()?)
            .map(|position| Picked::Word(self.words[position].clone()))
            .ok_or_else(|| PyIndexError::new_err("Words index out of range"))
    }

    fn __repr__(&self) -> String {
        format!("Words('{}')", self.words.join(" "))
    }
}
// ANCHOR_END: words
