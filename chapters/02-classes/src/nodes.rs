//! Python objects held in Rust fields, and the garbage collector that must see them.

use pyo3::PyTraverseError;
use pyo3::gc::PyVisit;
use pyo3::prelude::*;

// ANCHOR: node
/// A link in a chain: `next` may hold any Python object, this node itself included.
#[pyclass(weakref, module = "classes")]
pub struct Node {
    #[pyo3(get, set)]
    next: Option<Py<PyAny>>,
}

#[pymethods]
impl Node {
    #[new]
    #[pyo3(signature = (next = None))]
    fn new(next: Option<Py<PyAny>>) -> Self {
        Node { next }
    }

    /// Tell the garbage collector which Python objects this one holds.
    fn __traverse__(&self, visit: PyVisit<'_>) -> Result<(), PyTraverseError> {
        visit.call(&self.next)?;
        Ok(())
    }

    /// Let go of them, when the collector breaks a cycle.
    fn __clear__(&mut self) {
        self.next = None;
    }
}
// ANCHOR_END: node

// ANCHOR: untraced-node
/// The same link, with no `__traverse__` or `__clear__`: the collector cannot see `next`.
#[pyclass(weakref, module = "classes")]
pub struct UntracedNode {
    #[pyo3(get, set)]
    next: Option<Py<PyAny>>,
}

#[pymethods]
impl UntracedNode {
    #[new]
    #[pyo3(signature = (next = None))]
    fn new(next: Option<Py<PyAny>>) -> Self {
        UntracedNode { next }
    }
}
// ANCHOR_END: untraced-node
