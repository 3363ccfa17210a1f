//! Compiling a schema written as plain Python data into the tree of schema.rs, checking it
//! as it goes; each field's default is read and checked like a document.

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyString};

use crate::check::check;
use crate::convert::read;
use crate::errors::{Errors, SchemaError, error_line};
use crate::input::{FromJson, FromPython, Input};
use crate::schema::{Field, Kind, Lengths, Limit, MAX_DEPTH, Node};

const TYPES: [&str; 7] = ["int", "float", "str", "bool", "none", "list", "object"];

fn allowed_keys(kind: &str) -> &'static [&'static str] {
    match kind {
        "int" | "float" => &["min", "max"],
        "str" => &["min_length", "max_length"],
        "list" => &["items", "min_length", "max_length"],
        "object" => &["fields"],
        _ => &[],
    }
}

/// Where we are in the schema, as text: `schema.fields.items.items`.
fn at(path: &[String]) -> String {
    path.join(".")
}

fn schema_error(path: &[String], message: impl std::fmt::Display) -> PyErr {
    SchemaError::new_err(format!("{}: {message}", at(path)))
}

fn type_name(value: &Bound<'_, PyAny>) -> PyResult<String> {
    Ok(value.get_type().name()?.to_str()?.to_owned())
}

fn repr(value: &Bound<'_, PyAny>) -> PyResult<String> {
    Ok(value.repr()?.to_str()?.to_owned())
}

// ANCHOR: compile
/// What `compile` finds in one schema dict: the node, and what only a field uses.
pub struct Compiled {
    pub node: Node,
    pub required: bool,
    pub default: Option<Input>,
}

/// Compile the schema `spec` found at `path`, `depth` levels deep; `in_object` says whether it
/// describes a field of an object (only a field may have `required` and `default`).
pub fn compile(
    spec: &Bound<'_, PyAny>,
    path: &mut Vec<String>,
    depth: usize,
    in_object: bool,
) -> PyResult<Compiled> {
    if depth > MAX_DEPTH {
        let message = format!("the schema nests more than {MAX_DEPTH} levels deep");
        return Err(schema_error(path, message));
    }
    let Ok(spec) = spec.cast::<PyDict>() else {
        return Err(schema_error(
            path,
            format!("expected a dict, got {}", type_name(spec)?),
        ));
    };
    for key in spec.keys() {
        if !key.is_instance_of::<PyString>() {
            let found = type_name(&key)?;
            let message = format!("keys must be strings, found a key of type '{found}'");
            return Err(schema_error(path, message));
        }
    }
    let Some(kind) = spec.get_item("type")? else {
        return Err(schema_error(path, "missing key 'type'"));
    };
    let kind_name: String = match kind.cast::<PyString>() {
        Ok(name) if TYPES.contains(&&*name.to_string_lossy()) => name.to_string_lossy().into(),
        _ => {
            path.push("type".to_owned());
            return Err(schema_error(path, format!("unknown type {}", repr(&kind)?)));
        }
    };
    let field_keys: &[&str] = if in_object {
        &["type", "nullable", "required", "default"]
    } else {
        &["type", "nullable"]
    };
    for key in spec.keys() {
        let name = key.cast::<PyString>()?.to_string_lossy();
        if !field_keys.contains(&&*name) && !allowed_keys(&kind_name).contains(&&*name) {
            let message = format!("unknown key {} for type '{kind_name}'", repr(&key)?);
            return Err(schema_error(path, message));
        }
    }
    let nullable = flag(spec, "nullable", false, path)?;
    let required = flag(spec, "required", true, path)?;
    let default = spec.get_item("default")?;
    if default.is_some() && spec.contains("required")? && required {
        return Err(schema_error(
            path,
            "a field with a default cannot be required",
        ));
    }
    let kind = match kind_name.as_str() {
        "int" => compile_int(spec, path)?,
        "float" => compile_float(spec, path)?,
        "str" => Kind::Str {
            length: lengths(spec, path)?,
        },
        "bool" => Kind::Bool,
        "none" => Kind::None,
        "list" => compile_list(spec, path, depth)?,
        _ => compile_object(spec, path, depth)?,
    };
    let node = Node { kind, nullable };
    let default = match default {
        Some(value) => Some(valid_default(&node, &value, path)?),
        None => None,
    };
    Ok(Compiled {
        required: required && default.is_none(),
        node,
        default,
    })
}
// ANCHOR_END: compile

/// `nullable` or `required`: absent means `absent`, present must be True or False.
fn flag(
    spec: &Bound<'_, PyDict>,
    key: &str,
    absent: bool,
    path: &mut Vec<String>,
) -> PyResult<bool> {
    match spec.get_item(key)? {
        None => Ok(absent),
        Some(value) => match value.cast::<PyBool>() {
            Ok(value) => Ok(value.is_true()),
            Err(_) => {
                path.push(key.to_owned());
                Err(schema_error(path, "expected True or False"))
            }
        },
    }
}

/// An integer bound of the schema: a Python int (not a bool) that fits in 64 bits.
fn integer(spec: &Bound<'_, PyDict>, key: &str, path: &mut Vec<String>) -> PyResult<Option<i64>> {
    let Some(value) = spec.get_item(key)? else {
        return Ok(None);
    };
    path.push(key.to_owned());
    if value.is_instance_of::<PyBool>() || !value.is_instance_of::<PyInt>() {
        return Err(schema_error(path, "expected an integer"));
    }
    let Ok(number) = value.extract::<i64>() else {
        return Err(schema_error(
            path,
            "expected an integer that fits in 64 bits",
        ));
    };
    path.pop();
    Ok(Some(number))
}

fn compile_int(spec: &Bound<'_, PyDict>, path: &mut Vec<String>) -> PyResult<Kind> {
    let min = integer(spec, "min", path)?;
    let max = integer(spec, "max", path)?;
    if let (Some(low), Some(high)) = (min, max)
        && low > high
    {
        return Err(schema_error(
            path,
            format!("min {low} is greater than max {high}"),
        ));
    }
    let limit = |value: i64| Limit {
        value,
        text: value.to_string(),
    };
    Ok(Kind::Int {
        min: min.map(limit),
        max: max.map(limit),
    })
}

/// A float bound of the schema: a finite float, or an int that fits in 64 bits.
fn number(
    spec: &Bound<'_, PyDict>,
    key: &str,
    path: &mut Vec<String>,
) -> PyResult<Option<Limit<f64>>> {
    let Some(value) = spec.get_item(key)? else {
        return Ok(None);
    };
    if value.is_instance_of::<PyBool>()
        || !(value.is_instance_of::<PyFloat>() || value.is_instance_of::<PyInt>())
    {
        path.push(key.to_owned());
        return Err(schema_error(path, "expected a number"));
    }
    let number = if value.is_instance_of::<PyFloat>() {
        let number = value.extract::<f64>()?;
        if !number.is_finite() {
            path.push(key.to_owned());
            return Err(schema_error(path, "expected a finite number"));
        }
        number
    } else {
        integer(spec, key, path)?.unwrap_or_default() as f64
    };
    let text = repr(&value)?;
    Ok(Some(Limit {
        value: number,
        text,
    }))
}

fn compile_float(spec: &Bound<'_, PyDict>, path: &mut Vec<String>) -> PyResult<Kind> {
    let min = number(spec, "min", path)?;
    let max = number(spec, "max", path)?;
    if let (Some(low), Some(high)) = (&min, &max)
        && low.value > high.value
    {
        let message = format!("min {} is greater than max {}", low.text, high.text);
        return Err(schema_error(path, message));
    }
    Ok(Kind::Float { min, max })
}

fn lengths(spec: &Bound<'_, PyDict>, path: &mut Vec<String>) -> PyResult<Lengths> {
    let mut found = [None, None];
    for (slot, key) in found.iter_mut().zip(["min_length", "max_length"]) {
        if let Some(length) = integer(spec, key, path)? {
            let Ok(length) = usize::try_from(length) else {
                path.push(key.to_owned());
                return Err(schema_error(path, "expected an integer of at least 0"));
            };
            *slot = Some(length);
        }
    }
    let [min, max] = found;
    if let (Some(low), Some(high)) = (min, max)
        && low > high
    {
        let message = format!("min_length {low} is greater than max_length {high}");
        return Err(schema_error(path, message));
    }
    Ok(Lengths { min, max })
}

fn compile_list(spec: &Bound<'_, PyDict>, path: &mut Vec<String>, depth: usize) -> PyResult<Kind> {
    let length = lengths(spec, path)?;
    let Some(items) = spec.get_item("items")? else {
        return Err(schema_error(path, "missing key 'items'"));
    };
    path.push("items".to_owned());
    let items = compile(&items, path, depth + 1, false)?.node;
    path.pop();
    Ok(Kind::List {
        items: Box::new(items),
        length,
    })
}

fn compile_object(
    spec: &Bound<'_, PyDict>,
    path: &mut Vec<String>,
    depth: usize,
) -> PyResult<Kind> {
    let Some(fields) = spec.get_item("fields")? else {
        return Err(schema_error(path, "missing key 'fields'"));
    };
    path.push("fields".to_owned());
    let Ok(fields) = fields.cast::<PyDict>() else {
        return Err(schema_error(
            path,
            format!("expected a dict, got {}", type_name(&fields)?),
        ));
    };
    let mut compiled = Vec::with_capacity(fields.len());
    for (name, field) in fields.iter() {
        let Ok(name) = name.cast::<PyString>() else {
            let found = type_name(&name)?;
            let message = format!("keys must be strings, found a key of type '{found}'");
            return Err(schema_error(path, message));
        };
        let Ok(text) = name.to_str() else {
            return Err(schema_error(path, "field names must be valid Unicode"));
        };
        path.push(text.to_owned());
        let field = compile(&field, path, depth + 1, true)?;
        let json_default = field.default.as_ref();
        let json_default = json_default.map(|input| json_copy(spec.py(), input));
        compiled.push(Field {
            name: path.pop().unwrap_or_default().into(),
            key: name.clone().unbind(),
            node: field.node,
            required: field.required,
            default: field.default,
            json_default: json_default.transpose()?,
        });
    }
    path.pop();
    Ok(Kind::Object { fields: compiled })
}

/// A field's default must pass the field's own checks. It is kept as it was read, and a
/// document without the field gets an answer built from it, as if the document had it.
fn valid_default(node: &Node, value: &Bound<'_, PyAny>, path: &mut Vec<String>) -> PyResult<Input> {
    let mut errors = Errors::default();
    let input = read(node, value)?;
    check(node, &input, &mut Vec::new(), &mut errors);
    match errors.items.first() {
        None => Ok(input),
        Some(first) => {
            path.push("default".to_owned());
            Err(schema_error(
                path,
                format!("not valid: {}", error_line(first)),
            ))
        }
    }
}

/// A copy of a default for JSON answers: its strs as Rust text, made once when the schema is
/// compiled, so that writing JSON never needs a Python object.
pub fn json_copy(py: Python<'_>, input: &Input<FromPython>) -> PyResult<Input<FromJson>> {
    Ok(match input {
        Input::None => Input::None,
        Input::Bool(b) => Input::Bool(*b),
        Input::Int(n, _) => Input::Int(*n, ()),
        Input::Float(x, _) => Input::Float(*x, ()),
        Input::Str(len, obj) => Input::Str(*len, obj.bind(py).to_str()?.into()),
        Input::List(items) => Input::List(
            items
                .iter()
                .map(|item| json_copy(py, item))
                .collect::<PyResult<_>>()?,
        ),
        Input::Object { bad_keys, fields } => Input::Object {
            bad_keys: bad_keys.clone(),
            fields: fields
                .iter()
                .map(|field| field.as_ref().map(|input| json_copy(py, input)).transpose())
                .collect::<PyResult<_>>()?,
        },
        Input::BigInt => Input::BigInt,
        Input::BadStr => Input::BadStr,
        Input::Unread(len) => Input::Unread(*len),
        Input::Other => Input::Other,
    })
}
