//! The two exceptions: `SchemaError` for a bad schema, `ValidationError` for bad data.

use std::sync::Arc;

use pyo3::IntoPyObjectExt;
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};

// ANCHOR: schema-error
create_exception!(
    validator,
    SchemaError,
    PyValueError,
    "The schema itself is wrong: raised by Schema(...), never by validate."
);
// ANCHOR_END: schema-error

// ANCHOR: error-item
/// The most errors one call collects. Past it, validation goes on but keeps no more of them,
/// so a huge invalid document cannot make the error list huge too.
pub const MAX_ERRORS: usize = 1000;

/// One step of a location: a key of an object, or an index into a list (or a batch).
#[derive(Clone, Debug)]
pub enum LocItem {
    Key(Arc<str>),
    Index(usize),
}

/// The same step on the stack that validation keeps of where it is. A key is borrowed from
/// the schema, so a step costs nothing to push; only an error copies the stack into
/// `LocItem`s.
#[derive(Clone, Copy)]
pub enum Step<'a> {
    Key(&'a Arc<str>),
    Index(usize),
}

/// One error: where it is, and what is wrong there.
#[derive(Debug)]
pub struct ErrorItem {
    pub loc: Vec<LocItem>,
    pub msg: String,
}

/// The errors of one call, in the order validation met them, at most `MAX_ERRORS`.
#[derive(Debug, Default)]
pub struct Errors {
    pub items: Vec<ErrorItem>,
    pub more: bool,
}

impl Errors {
    pub fn push(&mut self, loc: &[Step<'_>], msg: String) {
        if self.items.len() < MAX_ERRORS {
            let loc = loc.iter().map(|step| match *step {
                Step::Key(key) => LocItem::Key(Arc::clone(key)),
                Step::Index(index) => LocItem::Index(index),
            });
            self.items.push(ErrorItem {
                loc: loc.collect(),
                msg,
            });
        } else {
            self.more = true;
        }
    }
}
// ANCHOR_END: error-item

/// `items.3.price`: a location as text. The empty location (the document itself) is "".
pub fn loc_text(loc: &[LocItem]) -> String {
    let parts: Vec<String> = loc
        .iter()
        .map(|item| match item {
            LocItem::Key(key) => key.to_string(),
            LocItem::Index(index) => index.to_string(),
        })
        .collect();
    parts.join(".")
}

/// One line of a report: `items.3.price: expected a number`, or only the message when the
/// error is about the whole document.
pub fn error_line(error: &ErrorItem) -> String {
    if error.loc.is_empty() {
        error.msg.clone()
    } else {
        format!("{}: {}", loc_text(&error.loc), error.msg)
    }
}

// ANCHOR: validation-error
/// The data did not fit the schema. `str()` lists every error; `errors()` returns them as
/// a list of dicts, each with a `loc` tuple and a `msg`.
#[pyclass(extends = PyValueError, module = "validator", frozen)]
pub struct ValidationError {
    errors: Vec<ErrorItem>,
    more: bool,
}

#[pymethods]
impl ValidationError {
    /// Every error, as `[{"loc": ("items", 3, "price"), "msg": "expected a number"}, ...]`.
    fn errors<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        for error in &self.errors {
            let loc = error.loc.iter().map(|item| match item {
                LocItem::Key(key) => (**key).into_bound_py_any(py),
                LocItem::Index(index) => index.into_bound_py_any(py),
            });
            let dict = PyDict::new(py);
            dict.set_item("loc", PyTuple::new(py, loc.collect::<PyResult<Vec<_>>>()?)?)?;
            dict.set_item("msg", &error.msg)?;
            list.append(dict)?;
        }
        Ok(list)
    }

    fn __str__(&self) -> String {
        let count = self.errors.len();
        let mut text = match (count, self.more) {
            (1, _) => "1 validation error".to_owned(),
            (_, false) => format!("{count} validation errors"),
            (_, true) => format!("more than {count} validation errors; the first {count}"),
        };
        for error in &self.errors {
            text.push_str("\n  ");
            text.push_str(&error_line(error));
        }
        text
    }
}

impl ValidationError {
    /// The exception to raise for these errors.
    pub fn new_err(py: Python<'_>, errors: Errors) -> PyErr {
        let error = ValidationError {
            errors: errors.items,
            more: errors.more,
        };
        match Bound::new(py, error) {
            Ok(exception) => PyErr::from_value(exception.into_any()),
            Err(err) => err,
        }
    }
}
// ANCHOR_END: validation-error
