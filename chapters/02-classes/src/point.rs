//! Fields Python can read and write, and how an object prints itself.

// ANCHOR: point
use pyo3::prelude::*;

/// A point on a grid of whole numbers.
#[pyclass(module = "classes")]
pub struct Point {
    #[pyo3(get, set)]
    x: i64,
    #[pyo3(get, set)]
    y: i64,
}

#[pymethods]
impl Point {
    #[new]
    fn new(x: i64, y: i64) -> Self {
        Point { x, y }
    }

    // ANCHOR: repr
    /// What the prompt and `repr()` show: code that would make this point.
    fn __repr__(&self) -> String {
        format!("Point(x={}, y={})", self.x, self.y)
    }

    /// What `print()` and `str()` show: a friendlier form.
    fn __str__(&self) -> String {
        format!("({}, {})", self.x, self.y)
    }
    // ANCHOR_END: repr
}
// ANCHOR_END: point
