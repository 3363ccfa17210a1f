//! Chapter 11's exercise: an error where there was a panic, log records for Python, and a
//! recursion with a limit. Replace each `todo!` with your code, then run `just exercise 11`.
//! `just hint 11 K` gives a hint for task K.

use pyo3::prelude::*;
use pyo3::types::PyList;

// ANCHOR: task1
/// `part` as a whole percentage of `whole`, rounded toward zero: `percent(1, 3) == 33`.
/// A `whole` of 0 raises ZeroDivisionError("whole is zero"), and a `part` too large to
/// multiply by 100 raises OverflowError("part * 100 does not fit in 64 bits"). No panic.
#[pyfunction]
pub fn percent(part: i64, whole: i64) -> PyResult<i64> {
    todo!("task 1: {part} * 100 / {whole}, with errors instead of panics")
}
// ANCHOR_END: task1

// ANCHOR: task2
/// The ints in `text`, which are separated by whitespace. A word that is not an int is left
/// out, with a warning logged for it: `skipped "x1"`. Before returning, log at debug level
/// how many were read: `read 2 ints`.
#[pyfunction]
pub fn parse_ints(text: &str) -> Vec<i64> {
    todo!("task 2: parse the words of {text:?}, and log what was skipped")
}
// ANCHOR_END: task2

// ANCHOR: task3
/// Every item of `value` that is not a list, in order, however deeply the lists nest, as one
/// list: `flatten([1, [2, [3]]], 5) == [1, 2, 3]`. Lists nested more than `max_depth` deep
/// raise RecursionError("lists nested more than 5 deep"), before the stack runs out.
#[pyfunction]
pub fn flatten<'py>(value: &Bound<'py, PyList>, max_depth: usize) -> PyResult<Bound<'py, PyList>> {
    todo!("task 3: flatten {value}, at most {max_depth} lists deep")
}
// ANCHOR_END: task3
