//! A leak in safe Rust: possible, but only when you ask for it.

use pyo3::exceptions::PyOverflowError;
use pyo3::prelude::*;
use pyo3::types::PyList;

// ANCHOR: forget
/// sum_ints, but it never gives back its reference to each item: a deliberate leak.
#[pyfunction]
pub fn sum_ints_forgetting(values: &Bound<'_, PyList>) -> PyResult<i64> {
    let mut total: i64 = 0;
    for item in values {
        let value: i64 = item.extract()?;
        // `item` owns a reference. Dropping it would give the reference back; `forget`
        // skips the drop, so the item's count stays one higher for ever.
        std::mem::forget(item);
        total = total
            .checked_add(value)
            .ok_or_else(|| PyOverflowError::new_err("the sum does not fit in 64 bits"))?;
    }
    Ok(total)
}
// ANCHOR_END: forget
