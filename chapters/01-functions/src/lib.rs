//! Chapter 1: Python functions written in Rust.
//!
//! The `ANCHOR` comments mark the pieces the book shows.

use pyo3::exceptions::{PyOverflowError, PyValueError, PyZeroDivisionError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};

// ANCHOR: sum-as-string
/// Add two non-negative integers and return the sum as a string.
#[pyfunction]
fn sum_as_string(a: usize, b: usize) -> PyResult<String> {
    // `a + b` would panic in a debug build when the sum overflows; say so in Python instead.
    let sum = a
        .checked_add(b)
        .ok_or_else(|| PyOverflowError::new_err("the sum is too big for a usize"))?;
    Ok(sum.to_string())
}
// ANCHOR_END: sum-as-string

// ANCHOR: greet
/// Greet someone: `greet("Ada")` returns `"Hello, Ada!"`.
#[pyfunction]
#[pyo3(signature = (name, greeting = "Hello", *, punctuation = "!"))]
fn greet(name: &str, greeting: &str, punctuation: &str) -> String {
    format!("{greeting}, {name}{punctuation}")
}
// ANCHOR_END: greet

// ANCHOR: total
/// Add up any number of integers: `total(1, 2, 3)` returns `6`.
#[pyfunction]
#[pyo3(signature = (*numbers))]
fn total(numbers: &Bound<'_, PyTuple>) -> PyResult<i64> {
    add_up(numbers.iter())
}

/// Add up the integers in one list: `list_total([1, 2, 3])` returns `6`.
#[pyfunction]
fn list_total(numbers: &Bound<'_, PyList>) -> PyResult<i64> {
    add_up(numbers.iter())
}

/// The loop both functions share: each item becomes an `i64`, and the sum may not overflow.
fn add_up<'py>(numbers: impl Iterator<Item = Bound<'py, PyAny>>) -> PyResult<i64> {
    let mut sum: i64 = 0;
    for number in numbers {
        let number: i64 = number.extract()?;
        sum = sum
            .checked_add(number)
            .ok_or_else(|| PyOverflowError::new_err("the total is too big for an i64"))?;
    }
    Ok(sum)
}
// ANCHOR_END: total

// ANCHOR: describe
/// Describe keyword arguments, sorted by name: `describe(b=2, a="x")` returns `"a='x', b=2"`.
#[pyfunction]
#[pyo3(signature = (**fields))]
fn describe(fields: Option<&Bound<'_, PyDict>>) -> PyResult<String> {
    let Some(fields) = fields else {
        return Ok(String::new());
    };
    let mut parts = Vec::with_capacity(fields.len());
    for (key, value) in fields {
        parts.push(format!("{key}={}", value.repr()?));
    }
    parts.sort();
    Ok(parts.join(", "))
}
// ANCHOR_END: describe

// ANCHOR: shout
/// Return the text in capitals, with an exclamation mark.
#[pyfunction(name = "shout")]
fn to_shouted(text: &str) -> String {
    format!("{}!", text.to_uppercase())
}
// ANCHOR_END: shout

// ANCHOR: options
/// The first letter of a name, or None for None or an empty name.
#[pyfunction]
fn initial(name: Option<&str>) -> Option<char> {
    name?.chars().next()
}

/// Keep the first `limit` characters of `text`; keep all of it when `limit` is None.
#[pyfunction]
#[pyo3(signature = (text, limit = None))]
fn truncate(text: &str, limit: Option<usize>) -> String {
    match limit {
        Some(limit) => text.chars().take(limit).collect(),
        None => text.to_owned(),
    }
}
// ANCHOR_END: options

// ANCHOR: check-port
/// Raise ValueError unless `port` can be listened on; return None when it can.
#[pyfunction]
fn check_port(port: u16) -> PyResult<()> {
    if port == 0 {
        return Err(PyValueError::new_err(
            "port 0 means 'any port'; pick one from 1 to 65535",
        ));
    }
    Ok(())
}
// ANCHOR_END: check-port

// ANCHOR: floor-divmod
/// Floor division and remainder, like Python's `divmod` on integers.
#[pyfunction]
fn floor_divmod(a: i64, b: i64) -> PyResult<(i64, i64)> {
    if b == 0 {
        return Err(PyZeroDivisionError::new_err(
            "integer division or modulo by zero",
        ));
    }
    // i64::MIN / -1 is the one quotient an i64 cannot hold.
    let (Some(mut quotient), Some(mut remainder)) = (a.checked_div(b), a.checked_rem(b)) else {
        return Err(PyOverflowError::new_err(
            "the quotient is too big for an i64",
        ));
    };
    // Rust rounds toward zero; Python rounds toward negative infinity.
    if remainder != 0 && (remainder < 0) != (b < 0) {
        quotient -= 1;
        remainder += b;
    }
    Ok((quotient, remainder))
}
// ANCHOR_END: floor-divmod

// ANCHOR: module
/// Functions written in Rust, called from Python.
#[pymodule]
mod functions {
    #[pymodule_export]
    use super::{
        check_port, describe, floor_divmod, greet, initial, list_total, sum_as_string, to_shouted,
        total, truncate,
    };
}
// ANCHOR_END: module
