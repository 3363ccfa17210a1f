//! Chapter 9: a schema validator in the spirit of pydantic-core.
//!
//! The `ANCHOR` comments mark the pieces the book shows.

// The modules are layered, each using only those of the layers before its own: errors and
// input (plain data), schema, check, convert and json (reading and writing), compile, and
// last this file. tests/test_layers.py checks it.
mod check;
mod compile;
mod convert;
mod errors;
mod input;
mod json;
mod schema;

use pyo3::PyTypeCheck;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList};

use check::{Mismatch, check};
use compile::compile;
use convert::{read, to_python};
use errors::{Errors, Step, ValidationError};
use input::Input;
use json::{parse, write_json};
use schema::Node;

// ANCHOR: allocator
/// Every Rust allocation in this module goes to mimalloc, as in pydantic-core.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
// ANCHOR_END: allocator

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
        let docs = taking::<PyList>(docs, "validate_many() takes a list of documents")?;
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

    // ANCHOR: validate-json
    /// Validate one JSON document (UTF-8 bytes); return the validated data as compact JSON
    /// bytes, with defaults filled in and keys the schema does not name left out.
    /// Raise `ValidationError` listing every error (malformed JSON is one error).
    fn validate_json<'py>(&self, data: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyBytes>> {
        let py = data.py();
        let data = taking::<PyBytes>(data, "validate_json() takes bytes")?;
        // The slice borrows the bytes object, which `data` keeps alive, and bytes never
        // change: so the slice may go where Python objects may not, into `detach`.
        let bytes = data.as_bytes();
        let (answers, errors) = py.detach(|| self.json_all(&[bytes], false));
        let answers = answers?;
        if !errors.items.is_empty() {
            return Err(ValidationError::new_err(py, errors));
        }
        // One document: its answer is the whole buffer.
        Ok(PyBytes::new(py, &answers.text))
    }
    // ANCHOR_END: validate-json

    // ANCHOR: validate-json-many
    /// Validate a list of JSON documents (bytes); return the list of validated documents as
    /// JSON bytes. The errors of all of them are raised together, each location starting
    /// with its document's index.
    fn validate_json_many<'py>(&self, docs: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let py = docs.py();
        // 1. Attached: hold each bytes object, so that a change to the list cannot free one.
        let held = holding_bytes(docs, "validate_json_many")?;
        let slices: Vec<&[u8]> = held.iter().map(|doc| doc.as_bytes()).collect();
        // 2. Detached: parse, check and write every document.
        let (answers, errors) = py.detach(|| self.json_all(&slices, true));
        // 3. Attached again: one bytes object per answer.
        let answers = answers?;
        if !errors.items.is_empty() {
            return Err(ValidationError::new_err(py, errors));
        }
        PyList::new(py, answers.iter().map(|answer| PyBytes::new(py, answer)))
    }
    // ANCHOR_END: validate-json-many

    // ANCHOR: validate-each
    /// How many documents `validate_each` reads before it checks them and builds their
    /// answers: the inputs of a whole batch are never held at once.
    const CHUNK: usize = 256;

    /// Validate a list of documents in one pass; return a list with, in each document's
    /// place, its validated data or the `ValidationError` that `validate` would raise for
    /// it, returned rather than raised. The garbage collector is paused while it runs.
    fn validate_each<'py>(&self, docs: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let py = docs.py();
        let docs = taking::<PyList>(docs, "validate_each() takes a list of documents")?;
        // Every object made from here on is held until the list is returned, so none of it
        // can be garbage yet: a collection now would walk it and find nothing.
        let _paused = CollectorPaused::new(py)?;
        let mut results = Vec::with_capacity(docs.len());
        let mut docs = docs.iter();
        loop {
            // 1. Attached: read the next chunk.
            let inputs = docs
                .by_ref()
                .take(Self::CHUNK)
                .map(|doc| read(&self.root, &doc))
                .collect::<PyResult<Vec<_>>>()?;
            if inputs.is_empty() {
                break;
            }
            // 2. Detached: check each of its documents on its own.
            let errors = py.detach(|| self.check_each(&inputs));
            // 3. Attached again: an answer, or a `ValidationError`, for each.
            for (input, errors) in inputs.into_iter().zip(errors) {
                results.push(if errors.items.is_empty() {
                    to_python(py, &self.root, input)?
                } else {
                    returned(py, errors)
                });
            }
        }
        PyList::new(py, results)
    }
    // ANCHOR_END: validate-each

    /// Validate a list of JSON documents (bytes) in one pass; return a list with, in each
    /// document's place, its validated JSON bytes or the `ValidationError` that
    /// `validate_json` would raise for it, returned rather than raised.
    fn validate_json_each<'py>(&self, docs: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let py = docs.py();
        let held = holding_bytes(docs, "validate_json_each")?;
        let slices: Vec<&[u8]> = held.iter().map(|doc| doc.as_bytes()).collect();
        let (answers, errors) = py.detach(|| self.json_each(&slices, Through::Write))?;
        let results = answers.iter().zip(errors).map(|(answer, errors)| {
            if errors.items.is_empty() {
                PyBytes::new(py, answer).into_any()
            } else {
                returned(py, errors)
            }
        });
        PyList::new(py, results)
    }
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

    /// Check each input on its own: the errors of each, located within it.
    fn check_each(&self, inputs: &[Input]) -> Vec<Errors> {
        let mut loc = Vec::new();
        let check_one = |input: &Input| {
            let mut errors = Errors::default();
            check(&self.root, input, &mut loc, &mut errors);
            errors
        };
        inputs.iter().map(check_one).collect()
    }

    /// Parse, check and write each document on its own: the answers (an empty one for a
    /// document with errors), and the errors of each. With `through` short of `Write`, each
    /// document stops after that step, and its answer stays empty.
    fn json_each(
        &self,
        docs: &[&[u8]],
        through: Through,
    ) -> Result<(Answers, Vec<Errors>), Mismatch> {
        let mut answers = Answers::default();
        // A compact answer is rarely longer than the document it came from.
        let total = docs.iter().map(|data| data.len()).sum();
        answers.text.reserve(total);
        answers.ends.reserve(docs.len());
        let mut all = Vec::with_capacity(docs.len());
        let mut loc = Vec::new();
        for data in docs {
            let mut errors = Errors::default();
            let input = parse(&self.root, data, &loc, &mut errors);
            let input = input.filter(|input| {
                through == Through::Parse || check(&self.root, input, &mut loc, &mut errors)
            });
            if let Some(input) = input.filter(|_| through == Through::Write) {
                write_json(&mut answers.text, &self.root, &input)?;
            }
            answers.ends.push(answers.text.len());
            all.push(errors);
        }
        Ok((answers, all))
    }

    // ANCHOR: json-all
    /// Parse and check every document; if all of them pass, write their answers one after
    /// another into one buffer. With `indexed`, each location starts with the document's
    /// index.
    fn json_all(&self, docs: &[&[u8]], indexed: bool) -> (Result<Answers, Mismatch>, Errors) {
        let mut errors = Errors::default();
        let mut loc = Vec::new();
        let mut inputs = Vec::with_capacity(docs.len());
        for (index, data) in docs.iter().enumerate() {
            if indexed {
                loc.push(Step::Index(index));
            }
            if let Some(input) = parse(&self.root, data, &loc, &mut errors) {
                // Once one document fails, no answer is written: keep no more inputs.
                if check(&self.root, &input, &mut loc, &mut errors) && errors.items.is_empty() {
                    inputs.push(input);
                }
            }
            loc.clear();
        }
        let mut answers = Answers::default();
        if errors.items.is_empty() {
            // A compact answer is rarely longer than the document it came from.
            answers
                .text
                .reserve(docs.iter().map(|data| data.len()).sum());
            for input in &inputs {
                if let Err(mismatch) = write_json(&mut answers.text, &self.root, input) {
                    return (Err(mismatch), errors);
                }
                answers.ends.push(answers.text.len());
            }
        }
        (Ok(answers), errors)
    }
    // ANCHOR_END: json-all
}

/// The last step `json_each` takes for each document. Only `json_steps` stops short of
/// `Write`.
#[derive(Clone, Copy, PartialEq)]
enum Through {
    Parse,
    Check,
    Write,
}

/// `validate_json_each` through the step named `through` ("parse", "check" or "write") and
/// no further: how many documents passed it. `just bench 9` times each step with it.
#[pyfunction]
fn json_steps(schema: &Schema, docs: &Bound<'_, PyAny>, through: &str) -> PyResult<usize> {
    let through = match through {
        "parse" => Through::Parse,
        "check" => Through::Check,
        "write" => Through::Write,
        _ => {
            let message =
                format!("through must be \"parse\", \"check\" or \"write\", not {through:?}");
            return Err(PyValueError::new_err(message));
        }
    };
    let held = holding_bytes(docs, "json_steps")?;
    let slices: Vec<&[u8]> = held.iter().map(|doc| doc.as_bytes()).collect();
    let (_, errors) = docs.py().detach(|| schema.json_each(&slices, through))?;
    Ok(errors
        .iter()
        .filter(|errors| errors.items.is_empty())
        .count())
}

// ANCHOR: holding-bytes
/// Each bytes object of the list `docs`, held (a new reference to each), or a `TypeError`
/// that says what `method` takes and what it found.
fn holding_bytes<'py>(
    docs: &Bound<'py, PyAny>,
    method: &str,
) -> PyResult<Vec<Bound<'py, PyBytes>>> {
    let takes = format!("{method}() takes a list of bytes");
    let docs = taking::<PyList>(docs, &takes)?;
    let mut held = Vec::with_capacity(docs.len());
    for (index, doc) in docs.iter().enumerate() {
        let Ok(bytes) = doc.cast::<PyBytes>() else {
            let found = doc.get_type().name()?;
            let message = format!("{takes}, found {found} at index {index}");
            return Err(PyTypeError::new_err(message));
        };
        held.push(bytes.clone());
    }
    Ok(held)
}
// ANCHOR_END: holding-bytes

// ANCHOR: taking
/// `arg` as a `T`, or a `TypeError` that says what the method `takes`, and what it got.
fn taking<'a, 'py, T: PyTypeCheck>(
    arg: &'a Bound<'py, PyAny>,
    takes: &str,
) -> PyResult<&'a Bound<'py, T>> {
    match arg.cast::<T>() {
        Ok(arg) => Ok(arg),
        Err(_) => {
            let found = arg.get_type().name()?;
            Err(PyTypeError::new_err(format!("{takes}, not {found}")))
        }
    }
}
// ANCHOR_END: taking

// ANCHOR: collector-paused
/// While this lives, CPython's cyclic garbage collector does not run (if it was on, it is
/// switched off); dropped, it is put back as it was, also when an error ends the call early.
struct CollectorPaused<'py> {
    /// The `gc` module, if the collector was on and is to be switched back on.
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> CollectorPaused<'py> {
    fn new(py: Python<'py>) -> PyResult<Self> {
        let gc = py.import("gc")?;
        if !gc.call_method0("isenabled")?.is_truthy()? {
            return Ok(CollectorPaused { gc: None });
        }
        gc.call_method0("disable")?;
        Ok(CollectorPaused { gc: Some(gc) })
    }
}

impl Drop for CollectorPaused<'_> {
    fn drop(&mut self) {
        let Some(gc) = &self.gc else { return };
        if let Err(error) = gc.call_method0("enable") {
            // A destructor cannot raise: Python prints the error as an unraisable one.
            error.write_unraisable(gc.py(), Some(gc.as_any()));
        }
    }
}
// ANCHOR_END: collector-paused

/// The `ValidationError` for `errors`, as an object to return rather than raise.
fn returned(py: Python<'_>, errors: Errors) -> Bound<'_, PyAny> {
    let error = ValidationError::new_err(py, errors);
    error.into_value(py).into_bound(py).into_any()
}

// ANCHOR: answers
/// The JSON answers of a batch: all their text in one buffer, and where each one ends.
#[derive(Default)]
struct Answers {
    text: Vec<u8>,
    ends: Vec<usize>,
}

impl Answers {
    fn iter(&self) -> impl Iterator<Item = &[u8]> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(start, &end)| &self.text[start..end])
    }
}
// ANCHOR_END: answers

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
    #[pymodule_export]
    use super::json_steps;
}
// ANCHOR_END: module
