//! The older way to build a subclass: `#[new]` returns `(Self, Base)`. PyO3 0.30 deprecates it;
//! `deny` turns the warning into an error, so that the check sees it.
#![deny(deprecated)]

use pyo3::prelude::*;

#[pyclass(subclass)]
pub struct Shape {}

// ANCHOR: tuple-new
#[pyclass(extends = Shape)]
pub struct Square {}

#[pymethods]
impl Square {
    #[new]
    fn new() -> (Self, Shape) {
        (Square {}, Shape {})
    }
}
// ANCHOR_END: tuple-new
