//! Chapter 10's exercise: what a published package promises its users.
//! Replace each `todo!` with your code, then run `just exercise 10`. `just hint 10 K` gives a
//! hint for task K.

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

// ANCHOR: empty-text-error
create_exception!(
    shipping_exercise,
    EmptyTextError,
    PyValueError,
    "A text with no words in it."
);
// ANCHOR_END: empty-text-error

// ANCHOR: task1
/// The package's version: the one in its `Cargo.toml`, which its wheel's name carries too.
#[pyfunction]
pub fn version() -> &'static str {
    todo!("task 1: the version from Cargo.toml")
}
// ANCHOR_END: task1

// ANCHOR: task2
/// How many words `text` has (runs of letters and digits). A text with none raises
/// EmptyTextError("no words in '<text>'"), which users can catch by name.
#[pyfunction]
pub fn count_or_raise(text: &str) -> PyResult<usize> {
    todo!("task 2: count the words of {text:?}, or raise EmptyTextError")
}
// ANCHOR_END: task2

// ANCHOR: task3
/// The `n` most common lower-cased words of `text` with their counts: most common first,
/// equal counts in alphabetical order. A stub would promise `list[tuple[str, int]]`.
#[pyfunction]
pub fn most_common(text: &str, n: usize) -> Vec<(String, usize)> {
    todo!("task 3: the {n} most common words of {text:?}")
}
// ANCHOR_END: task3
