//! Every kind of handle to a Python object, and how to get from one to another. The book's
//! cheat sheet shows these functions; each line of each one is a conversion it names.

use pyo3::exceptions::PyOverflowError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

// ANCHOR: classes
/// A name that never changes: a frozen class, so `Py<Tag>::get()` works without attaching.
#[pyclass(frozen, module = "gil")]
pub struct Tag {
    #[pyo3(get)]
    name: String,
}

#[pymethods]
impl Tag {
    #[new]
    fn new(name: String) -> Self {
        Tag { name }
    }
}

/// A score that changes: not frozen, so it is borrowed through `PyRef` and `PyRefMut`.
#[pyclass(module = "gil")]
pub struct Score {
    #[pyo3(get)]
    points: u32,
}

#[pymethods]
impl Score {
    #[new]
    fn new(points: u32) -> Self {
        Score { points }
    }
}
// ANCHOR_END: classes

// ANCHOR: bound-and-py
/// Keep `obj` past the call as a `Py`, then use it again as a `Bound`, twice over.
#[pyfunction]
pub fn kept_and_back<'py>(
    py: Python<'py>,
    obj: Bound<'py, PyAny>,
) -> (Bound<'py, PyAny>, Bound<'py, PyAny>) {
    let kept: Py<PyAny> = obj.unbind(); // no token inside: it may be stored anywhere
    let lent: &Bound<'py, PyAny> = kept.bind(py); // lent for this call's token
    let copy: Bound<'py, PyAny> = lent.clone(); // a reference of your own to the same object
    let owned: Bound<'py, PyAny> = kept.into_bound(py); // gives up the `Py` itself
    (copy, owned)
}
// ANCHOR_END: bound-and-py

// ANCHOR: borrowed
/// A tuple's first item and its type's name. The name is read through `Borrowed`s, with no
/// new reference; the item is returned, so it needs a reference of its own.
#[pyfunction]
pub fn first_item<'py>(items: &Bound<'py, PyTuple>) -> PyResult<(String, Bound<'py, PyAny>)> {
    let whole: Borrowed<'_, 'py, PyTuple> = items.as_borrowed();
    let first: Borrowed<'_, 'py, PyAny> = whole.get_borrowed_item(0)?;
    let name = first.get_type().name()?.to_string(); // `Borrowed` has `Bound`'s methods
    let owned: Bound<'py, PyAny> = first.to_owned(); // outlives the borrow: returned below
    Ok((name, owned))
}
// ANCHOR_END: borrowed

// ANCHOR: pyref
/// Read a `Score` through a `PyRef`, which derefs to `&Score`.
#[pyfunction]
pub fn points_of(score: &Bound<'_, Score>) -> u32 {
    let borrowed: PyRef<'_, Score> = score.borrow();
    let plain: &Score = &borrowed;
    plain.points
}

/// Add to a `Score` through a `PyRefMut`; `RuntimeError` if it is already borrowed.
#[pyfunction]
pub fn add_points(score: &Bound<'_, Score>, more: u32) -> PyResult<u32> {
    let mut borrowed: PyRefMut<'_, Score> = score.try_borrow_mut()?;
    borrowed.points = borrowed
        .points
        .checked_add(more)
        .ok_or_else(|| PyOverflowError::new_err("the score is too big for a u32"))?;
    Ok(borrowed.points)
}

/// A `PyRef` parameter, turned back into the `Bound` it borrows from.
#[pyfunction]
pub fn same_score<'py>(score: PyRef<'py, Score>) -> Bound<'py, Score> {
    let py = score.py();
    // The conversion cannot fail (its error type is `Infallible`), so `let Ok` needs no else.
    let Ok(bound) = score.into_pyobject(py);
    bound
}
// ANCHOR_END: pyref

// ANCHOR: get
/// The length of a `Tag`'s name, read while detached: `Py::get` needs no token.
#[pyfunction]
pub fn tag_length(py: Python<'_>, tag: Py<Tag>) -> usize {
    py.detach(|| {
        let plain: &Tag = tag.get(); // only for a frozen class
        plain.name.len()
    })
}
// ANCHOR_END: get
