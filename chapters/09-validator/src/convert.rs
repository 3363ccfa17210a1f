//! Crossing the boundary: Python objects into `Input`, and a checked `Input` back into Python
//! objects. Both directions touch Python objects, so both run attached.

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString};

use crate::check::Mismatch;
use crate::input::Input;
use crate::schema::{Kind, Node, wrong_length};

// ANCHOR: read
/// Find in `obj` what `node` will check. Lists and dicts are read only where the schema has a
/// list or an object, so a document is never read deeper than its schema goes.
pub fn read(node: &Node, obj: &Bound<'_, PyAny>) -> PyResult<Input> {
    let py = obj.py();
    if obj.is_none() {
        return Ok(Input::None);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Input::Bool(b.is_true()));
    }
    if let Ok(n) = obj.cast::<PyInt>() {
        let Ok(value) = n.extract::<i64>() else {
            return Ok(Input::BigInt);
        };
        // An `int` goes into the answer as it is; an instance of a subclass, as a plain int.
        let answer = match n.cast_exact::<PyInt>() {
            Ok(n) => n.clone(),
            Err(_) => value.into_pyobject(py)?,
        };
        return Ok(Input::Int(value, answer.unbind()));
    }
    if let Ok(x) = obj.cast::<PyFloat>() {
        let value = x.value();
        let answer = match x.cast_exact::<PyFloat>() {
            Ok(x) => x.clone(),
            Err(_) => PyFloat::new(py, value),
        };
        return Ok(Input::Float(value, answer.unbind()));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        // The length is stored in the str, so asking costs nothing. `to_str` is only asked
        // whether the text is valid Unicode (for an ASCII str, the answer is immediate).
        let Ok(text) = s.to_str() else {
            return Ok(Input::BadStr);
        };
        let answer = match s.cast_exact::<PyString>() {
            Ok(s) => s.clone(),
            Err(_) => PyString::new(py, text),
        };
        return Ok(Input::Str(s.code_point_len()?, answer.unbind()));
    }
    match &node.kind {
        Kind::List { items, length } => match obj.cast::<PyList>() {
            Ok(list) if wrong_length(list.len(), length).is_some() => Ok(Input::Unread(list.len())),
            Ok(list) => {
                let mut inputs = Vec::with_capacity(list.len());
                for item in list.iter() {
                    inputs.push(read(items, &item)?);
                }
                Ok(Input::List(inputs.into()))
            }
            Err(_) => Ok(Input::Other),
        },
        Kind::Object { fields } => match obj.cast::<PyDict>() {
            Ok(dict) => {
                let mut inputs = Vec::with_capacity(fields.len());
                for field in fields {
                    let input = match dict.get_item(field.key.bind(py))? {
                        Some(value) => Some(read(&field.node, &value)?),
                        None => None,
                    };
                    inputs.push(input);
                }
                // Only a dict with keys beyond the schema's fields can have a non-string key.
                let mut bad_keys = Vec::new();
                if dict.len() > inputs.iter().flatten().count() {
                    for (key, _) in dict.iter() {
                        if !key.is_instance_of::<PyString>() {
                            bad_keys.push(key.get_type().name()?.to_str()?.to_owned());
                        }
                    }
                }
                Ok(Input::Object {
                    bad_keys: bad_keys.into(),
                    fields: inputs.into(),
                })
            }
            Err(_) => Ok(Input::Other),
        },
        _ => Ok(Input::Other),
    }
}
// ANCHOR_END: read

// ANCHOR: to-python
/// Build the answer for an input that `check` passed against `node`. Ints, floats and strs
/// go in as the objects the input holds, handed over rather than copied; lists and dicts are
/// new, and a missing field gets its default, built afresh each time.
pub fn to_python<'py>(py: Python<'py>, node: &Node, input: Input) -> PyResult<Bound<'py, PyAny>> {
    Ok(match (input, &node.kind) {
        (Input::None, _) => py.None().into_bound(py),
        (Input::Bool(b), _) => PyBool::new(py, b).to_owned().into_any(),
        // An int where a float is wanted becomes a float.
        (Input::Int(n, _), Kind::Float { .. }) => PyFloat::new(py, n as f64).into_any(),
        (Input::Int(_, n), _) => n.into_bound(py).into_any(),
        (Input::Float(_, x), _) => x.into_bound(py).into_any(),
        (Input::Str(_, s), _) => s.into_bound(py).into_any(),
        (Input::List(inputs), Kind::List { items, .. }) => {
            let mut objects = Vec::with_capacity(inputs.len());
            for input in inputs {
                objects.push(to_python(py, items, input)?);
            }
            PyList::new(py, objects)?.into_any()
        }
        (Input::Object { fields: inputs, .. }, Kind::Object { fields }) => {
            let dict = PyDict::new(py);
            for (field, input) in fields.iter().zip(inputs) {
                let input = match (input, &field.default) {
                    (Some(input), _) => input,
                    (None, Some(default)) => clone_ref(py, default),
                    (None, None) => continue,
                };
                dict.set_item(field.key.bind(py), to_python(py, &field.node, input)?)?;
            }
            dict.into_any()
        }
        // `check` passes only inputs that match their node.
        _ => return Err(Mismatch.into()),
    })
}

/// A copy of a default, to build an answer from: new handles to the same Python objects.
fn clone_ref(py: Python<'_>, input: &Input) -> Input {
    match input {
        Input::None => Input::None,
        Input::Bool(b) => Input::Bool(*b),
        Input::Int(n, obj) => Input::Int(*n, obj.clone_ref(py)),
        Input::Float(x, obj) => Input::Float(*x, obj.clone_ref(py)),
        Input::Str(len, obj) => Input::Str(*len, obj.clone_ref(py)),
        Input::List(items) => Input::List(items.iter().map(|item| clone_ref(py, item)).collect()),
        Input::Object { bad_keys, fields } => Input::Object {
            bad_keys: bad_keys.clone(),
            fields: fields
                .iter()
                .map(|field| field.as_ref().map(|input| clone_ref(py, input)))
                .collect(),
        },
        // A default passed its checks, so it is none of these.
        Input::BigInt => Input::BigInt,
        Input::BadStr => Input::BadStr,
        Input::Unread(len) => Input::Unread(*len),
        Input::Other => Input::Other,
    }
}
// ANCHOR_END: to-python
