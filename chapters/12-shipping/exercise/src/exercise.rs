//! Chapter 12's exercise: a package ready to ship. Task 1 is in `shipping_exercise.pyi`, task 2
//! in `pyproject.toml`, and task 3 here: replace each `todo!` with your work, then run
//! `just exercise 12`. `just hint 12 K` gives a hint for task K.

use std::collections::HashMap;

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

// ANCHOR: given
create_exception!(
    shipping_exercise,
    EmptyTextError,
    PyValueError,
    "A text with no words in it."
);

/// The words of `text`, lower-cased: runs of letters and digits.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
}

/// How many words `text` has (runs of letters and digits). A text with none raises
/// EmptyTextError("no words in '<text>'").
#[pyfunction]
pub fn count_or_raise(text: &str) -> PyResult<usize> {
    match words(text).count() {
        0 => Err(EmptyTextError::new_err(format!("no words in '{text}'"))),
        count => Ok(count),
    }
}

/// The `n` most common lower-cased words of `text` with their counts: most common first,
/// equal counts in alphabetical order.
#[pyfunction]
pub fn most_common(text: &str, n: usize) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for word in words(text) {
        *counts.entry(word).or_insert(0) += 1;
    }
    let mut pairs: Vec<(String, usize)> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    pairs.truncate(n);
    pairs
}
// ANCHOR_END: given

// ANCHOR: task3
/// The package's version: the one in its `Cargo.toml`, which the installed package's
/// metadata carries too.
#[pyfunction]
pub fn version() -> &'static str {
    todo!("task 3: the version from Cargo.toml")
}
// ANCHOR_END: task3
