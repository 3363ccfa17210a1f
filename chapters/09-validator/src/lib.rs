//! Chapter 9: a schema validator in the spirit of pydantic-core.
//!
//! The `ANCHOR` comments mark the pieces the book shows.

mod check;
mod convert;
mod errors;
mod schema;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyList;

use check::{Input, check};
use convert::{read, to_python};
use errors::{Errors, Step, ValidationError};
use schema::{Node, compile};

// ANCHOR: schema
/// A schema, compiled once from plain Python data, that validates documents (dicts).
#[pyclass(frozen, module = "validator")]
struct Schema {
    root: Node,
}
// ANCHOR_END: schema

#[pymethods]
impl Schema {
    // ANCHOR: new
    /// Compile `spec`, e.g. `{"type": "object", "fields": {"id": {"type": "int"}}}`.
    /// A mistake in it raises `SchemaError`, naming where it is.
    #[new]
    fn new(spec: &Bound<'_, PyAny>) -> PyResult<Self> {
        let root = compile(spec, &mut vec!["schema".to_owned()], 1, false)?.node;
        Ok(Schema { root })
    }
    // ANCHOR_END: new

    // ANCHOR: validate
    /// Validate one document; return the validated data, with defaults filled in.
    /// Raise `ValidationError` listing every error.
    fn validate<'py>(&self, doc: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let py = doc.py();
        let input = read(&self.root, doc)?;
        let mut errors = Errors::default();
        if check(&self.root, &input, &mut Vec::new(), &mut errors) {
            to_python(py, &self.root, input)
        } else {
            Err(ValidationError::new_err(py, errors))
        }
    }
    // ANCHOR_END: validate

    // ANCHOR: validate-many
    /// Validate a list of documents; return the list of validated data. The errors of all
    /// of them are raised together, each location starting with its document's index.
    fn validate_many<'py>(&self, docs: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let py = docs.py();
        let Ok(docs) = docs.cast::<PyList>() else {
            let found = docs.get_type().name()?;
            let message = format!("validate_many() takes a list of documents, not {found}");
            return Err(PyTypeError::new_err(message));
        };
        // 1. Attached: find what the schema needs in the Python objects.
        let inputs = docs
            .iter()
            .map(|doc| read(&self.root, &doc))
            .collect::<PyResult<Vec<_>>>()?;
        // 2. Detached: check the inputs while other Python threads run. The closure only
        //    borrows them, so no handle they hold is cloned or dropped while detached.
        let errors = py.detach(|| self.check_all(&inputs));
        // 3. Attached again: build the results as Python objects.
        if !errors.items.is_empty() {
            return Err(ValidationError::new_err(py, errors));
        }
        let objects = inputs
            .into_iter()
            .map(|input| to_python(py, &self.root, input));
        PyList::new(py, objects.collect::<PyResult<Vec<_>>>()?)
    }
    // ANCHOR_END: validate-many
}

impl Schema {
    // ANCHOR: check-all
    fn check_all(&self, inputs: &[Input]) -> Errors {
        let mut errors = Errors::default();
        let mut loc = Vec::new();
        for (index, input) in inputs.iter().enumerate() {
            loc.push(Step::Index(index));
            check(&self.root, input, &mut loc, &mut errors);
            loc.pop();
        }
        errors
    }
    // ANCHOR_END: check-all
}

// ANCHOR: module
/// A schema validator in the spirit of pydantic-core: compile once, validate many.
#[pymodule]
mod validator {
    #[pymodule_export]
    use super::Schema;
    #[pymodule_export]
    use super::errors::{SchemaError, ValidationError};

    /// How deep a schema may nest (documents are read no deeper than their schema).
    #[pymodule_export]
    const MAX_DEPTH: usize = super::schema::MAX_DEPTH;
    /// The most errors one `ValidationError` lists.
    #[pymodule_export]
    const MAX_ERRORS: usize = super::errors::MAX_ERRORS;
}
// ANCHOR_END: module
