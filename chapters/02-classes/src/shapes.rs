//! A Rust class that extends another Rust class.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

// ANCHOR: shapes
/// Any shape. `subclass` lets other classes, in Rust or in Python, extend it.
#[pyclass(subclass, module = "classes")]
pub struct Shape {
    #[pyo3(get)]
    name: String,
}

#[pymethods]
impl Shape {
    #[new]
    fn new(name: String) -> Self {
        Shape { name }
    }

    /// A shape in general has no area; subclasses say what theirs is.
    fn area(&self) -> f64 {
        0.0
    }

    /// Calls `area` the Python way, so a subclass's own `area` is the one that runs.
    fn describe(slf: &Bound<'_, Self>) -> PyResult<String> {
        let area: f64 = slf.call_method0("area")?.extract()?;
        Ok(format!("{} of area {area}", slf.borrow().name))
    }
}

/// A square: a `Shape` whose Rust value sits beside the base class's.
#[pyclass(extends = Shape, module = "classes")]
pub struct Square {
    #[pyo3(get)]
    side: f64,
}

#[pymethods]
impl Square {
    /// Builds both values, base first: PyO3 puts them together in one object.
    #[new]
    fn new(side: f64) -> PyResult<PyClassInitializer<Self>> {
        if !(side.is_finite() && side >= 0.0) {
            let message = "a side must be a finite number, 0 or more";
            return Err(PyValueError::new_err(message));
        }
        let base = PyClassInitializer::from(Shape::new("square".to_owned()));
        Ok(base.add_subclass(Square { side }))
    }

    fn area(&self) -> f64 {
        self.side * self.side
    }

    /// The base class's value, reached with `as_super`.
    fn base_name(slf: PyRef<'_, Self>) -> String {
        slf.as_super().name.clone()
    }
}
// ANCHOR_END: shapes
