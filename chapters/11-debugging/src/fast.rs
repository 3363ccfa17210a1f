//! Chapter 8's `sum_ints`, with the one change its profile asks for, and a variant that tells
//! where the time went.

use pyo3::exceptions::PyOverflowError;
use pyo3::prelude::*;
use pyo3::types::{PyInt, PyList};

// ANCHOR: sum_ints_fast
/// The sum of a list of 64-bit integers, as chapter 8's `sum_ints`, reading each `int` with
/// one call to CPython's `PyLong_AsLongLong`.
#[pyfunction]
pub fn sum_ints_fast(values: &Bound<'_, PyList>) -> PyResult<i64> {
    sum_each(values, |item| {
        if !item.is_instance_of::<PyInt>() {
            return item.extract(); // anything else that may act as an int: PyO3's way
        }
        // SAFETY: `item` is a strong reference to a live `int`, held until this turn ends,
        // and the thread is attached.
        let value = unsafe { pyo3::ffi::PyLong_AsLongLong(item.as_ptr()) };
        // -1 is a value, or the sign of an error that CPython has set.
        if value == -1
            && let Some(error) = PyErr::take(item.py())
        {
            return Err(error);
        }
        Ok(value)
    })
}

/// Add up the list's items, each read by `read`, with chapter 8's overflow check.
fn sum_each(
    values: &Bound<'_, PyList>,
    read: impl Fn(&Bound<'_, PyAny>) -> PyResult<i64>,
) -> PyResult<i64> {
    let mut total: i64 = 0;
    for item in values {
        total = total
            .checked_add(read(&item)?)
            .ok_or_else(|| PyOverflowError::new_err("the sum does not fit in 64 bits"))?;
    }
    Ok(total)
}
// ANCHOR_END: sum_ints_fast

// ANCHOR: sum_ints_as_long
/// `sum_ints_fast`, with `PyLong_AsLong`, the function PyO3's `extract` calls, in place of
/// `PyLong_AsLongLong`.
#[pyfunction]
pub fn sum_ints_as_long(values: &Bound<'_, PyList>) -> PyResult<i64> {
    sum_each(values, |item| {
        if !item.is_instance_of::<PyInt>() {
            return item.extract();
        }
        // SAFETY: as in `sum_ints_fast`.
        let value = unsafe { pyo3::ffi::PyLong_AsLong(item.as_ptr()) };
        if value == -1
            && let Some(error) = PyErr::take(item.py())
        {
            return Err(error);
        }
        // A C `long` is 64 bits on Linux and macOS, where this conversion does nothing, but
        // 32 bits on Windows.
        #[allow(clippy::useless_conversion)]
        Ok(i64::from(value))
    })
}
// ANCHOR_END: sum_ints_as_long
