//! A class that `pickle` and `copy` can take apart and put back together.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

// ANCHOR: money
/// An amount of money in cents: `Money(1050, "EUR")`.
#[pyclass(frozen, eq, module = "classes")]
#[derive(PartialEq)]
pub struct Money {
    #[pyo3(get)]
    cents: i64,
    #[pyo3(get)]
    currency: String,
}

#[pymethods]
impl Money {
    #[new]
    fn new(cents: i64, currency: String) -> PyResult<Self> {
        if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(PyValueError::new_err(
                "a currency is three capital letters, such as 'EUR'",
            ));
        }
        Ok(Money { cents, currency })
    }

    /// What `pickle` stores, and passes to `Money(...)` to make the object again.
    fn __getnewargs__(&self) -> (i64, String) {
        (self.cents, self.currency.clone())
    }

    fn __repr__(&self) -> String {
        // The currency is three capital letters, so it needs no escaping inside the quotes.
        format!("Money({}, '{}')", self.cents, self.currency)
    }
}
// ANCHOR_END: money
