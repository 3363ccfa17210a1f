//! The older way to build a subclass: `#[new]` returns `(Self, Base)`. PyO3 0.29 deprecated it;
//! `deny` turns the warning into an error, so that the check sees it.
// ANCHOR: tuple-new
#![deny(deprecated)]

use pyo3::prelude::*;

#[pyclass(subclass)]
pub struct Shape {}

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
