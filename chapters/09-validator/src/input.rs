//! What validation works on: a document as `read` (convert.rs) or `parse` (json.rs) finds it
//! for its schema, as plain data. Nothing here looks at a schema or at a Python object.

use pyo3::prelude::*;
use pyo3::types::{PyFloat, PyInt, PyString};

// ANCHOR: input
/// A document as `read` finds it: only the parts the schema looks at, each tagged with the
/// Python type it had, as the plain Rust data the checks look at. Beside each int, float and
/// str it keeps what the answer will be built from, which depends on where the document was
/// read from: its `Source`.
pub enum Input<S: Source = FromPython> {
    None,
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64, S::Int),
    /// An int that does not fit in 64 bits.
    BigInt,
    Float(f64, S::Float),
    /// A str: its length in characters.
    Str(usize, S::Str),
    /// A str with a lone surrogate, which no Rust `String` can hold.
    BadStr,
    List(Box<[Input<S>]>),
    /// A list whose length is outside the schema's bounds; its items were not read.
    Unread(usize),
    /// A dict: the type names of its non-string keys, then each schema field's value in
    /// schema order (`None` where the key is missing).
    Object {
        bad_keys: Box<[String]>,
        fields: Box<[Option<Input<S>>]>,
    },
    /// Anything else: a set, a tuple, a list where the schema wants a str, ...
    Other,
}

/// Where documents are read from, and so what an `Input` keeps of each int, float and str to
/// build the answer from. What it keeps must be `Sync`, so that a batch of inputs can be
/// checked while the thread is detached.
pub trait Source {
    type Int: Sync;
    type Float: Sync;
    type Str: Sync;
}

/// Documents that are Python objects: each int, float and str keeps a handle to its object.
pub struct FromPython;

impl Source for FromPython {
    type Int = Py<PyInt>;
    type Float = Py<PyFloat>;
    type Str = Py<PyString>;
}
// ANCHOR_END: input

// ANCHOR: from-json
/// Documents that are JSON text: an int or a float keeps nothing beside its value, and a str
/// keeps its text, to be written into the answer.
pub struct FromJson;

impl Source for FromJson {
    type Int = ();
    type Float = ();
    type Str = Box<str>;
}
// ANCHOR_END: from-json
