//! Chapter 11's exercise, solved: an error where there was a panic, log records for Python,
//! and a recursion with a limit.

use pyo3::exceptions::{PyOverflowError, PyRecursionError, PyZeroDivisionError};
use pyo3::prelude::*;
use pyo3::types::PyList;

// ANCHOR: task1
/// `part` as a whole percentage of `whole`, rounded toward zero: `percent(1, 3) == 33`.
/// A `whole` of 0 raises ZeroDivisionError("whole is zero"), and a `part` too large to
/// multiply by 100 raises OverflowError("part * 100 does not fit in 64 bits"). No panic.
#[pyfunction]
pub fn percent(part: i64, whole: i64) -> PyResult<i64> {
    if whole == 0 {
        return Err(PyZeroDivisionError::new_err("whole is zero"));
    }
    let hundred_times = part
        .checked_mul(100)
        .ok_or_else(|| PyOverflowError::new_err("part * 100 does not fit in 64 bits"))?;
    // Only i64::MIN / -1 overflows a division, and i64::MIN is not a multiple of 100.
    Ok(hundred_times / whole)
}
// ANCHOR_END: task1

// ANCHOR: task2
/// The ints in `text`, which are separated by whitespace. A word that is not an int is left
/// out, with a warning logged for it: `skipped "x1"`. Before returning, log at debug level
/// how many were read: `read 2 ints`.
#[pyfunction]
pub fn parse_ints(text: &str) -> Vec<i64> {
    let mut found = Vec::new();
    for word in text.split_whitespace() {
        match word.parse::<i64>() {
            Ok(number) => found.push(number),
            Err(_) => log::warn!("skipped {word:?}"),
        }
    }
    log::debug!("read {} ints", found.len());
    found
}
// ANCHOR_END: task2

// ANCHOR: task3
/// Every item of `value` that is not a list, in order, however deeply the lists nest, as one
/// list: `flatten([1, [2, [3]]], 5) == [1, 2, 3]`. Lists nested more than `max_depth` deep
/// raise RecursionError("lists nested more than 5 deep"), before the stack runs out.
#[pyfunction]
pub fn flatten<'py>(value: &Bound<'py, PyList>, max_depth: usize) -> PyResult<Bound<'py, PyList>> {
    let flat = PyList::empty(value.py());
    flatten_into(value, &flat, max_depth, max_depth)?;
    Ok(flat)
}

fn flatten_into(
    list: &Bound<'_, PyList>,
    flat: &Bound<'_, PyList>,
    levels_left: usize,
    max_depth: usize,
) -> PyResult<()> {
    if levels_left == 0 {
        let message = format!("lists nested more than {max_depth} deep");
        return Err(PyRecursionError::new_err(message));
    }
    for item in list.iter() {
        match item.cast::<PyList>() {
            Ok(inner) => flatten_into(inner, flat, levels_left - 1, max_depth)?,
            Err(_) => flat.append(item)?,
        }
    }
    Ok(())
}
// ANCHOR_END: task3
