//! Chapter 8's exercise, solved: three functions that C extensions often get wrong, in PyO3.

use pyo3::exceptions::PyOverflowError;
use pyo3::prelude::*;
use pyo3::types::PyList;

// ANCHOR: task1
/// The product of a list of 64-bit integers (1 for an empty list). An item that is not an
/// int raises TypeError, and a product that does not fit in 64 bits raises
/// OverflowError("the product does not fit in 64 bits").
#[pyfunction]
pub fn product(values: &Bound<'_, PyList>) -> PyResult<i64> {
    let mut result: i64 = 1;
    for item in values {
        let value: i64 = item.extract()?;
        result = result
            .checked_mul(value)
            .ok_or_else(|| PyOverflowError::new_err("the product does not fit in 64 bits"))?;
    }
    Ok(result)
}
// ANCHOR_END: task1

// ANCHOR: task2
/// How many items of `values` are `target` itself (`is`, not `==`), leaving every reference
/// count as it found it.
#[pyfunction]
pub fn count_identical(values: &Bound<'_, PyList>, target: &Bound<'_, PyAny>) -> usize {
    values.iter().filter(|item| item.is(target)).count()
}
// ANCHOR_END: task2

// ANCHOR: task3
/// The items of any iterable, as a list of 64-bit integers. An error raised by the iterable
/// itself (a generator that fails halfway, say) reaches the caller unchanged.
#[pyfunction]
pub fn collect_ints(iterable: &Bound<'_, PyAny>) -> PyResult<Vec<i64>> {
    let mut numbers = Vec::new();
    for item in iterable.try_iter()? {
        numbers.push(item?.extract()?);
    }
    Ok(numbers)
}
// ANCHOR_END: task3
