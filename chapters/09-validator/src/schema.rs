//! A compiled schema: the tree of Rust structs that compile.rs builds from plain Python data
//! and that every later step walks. Types only, and the bounds they set.

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::input::{FromJson, Input};

// ANCHOR: node
/// How deep a schema may nest: a list or an object inside another counts one level more.
/// No document is read deeper than its schema, so this bounds the documents' depth too.
pub const MAX_DEPTH: usize = 32;

/// One node of a compiled schema: what a value must be, and whether `None` is allowed too.
pub struct Node {
    pub kind: Kind,
    pub nullable: bool,
}

pub enum Kind {
    Int {
        min: Option<Limit<i64>>,
        max: Option<Limit<i64>>,
    },
    Float {
        min: Option<Limit<f64>>,
        max: Option<Limit<f64>>,
    },
    Str {
        length: Lengths,
    },
    Bool,
    None,
    List {
        items: Box<Node>,
        length: Lengths,
    },
    Object {
        fields: Vec<Field>,
    },
}

/// A bound on a number, with the text the schema wrote it as, for messages.
pub struct Limit<T> {
    pub value: T,
    pub text: String,
}

/// Bounds on a length: characters of a string, items of a list.
#[derive(Default)]
pub struct Lengths {
    pub min: Option<usize>,
    pub max: Option<usize>,
}

/// A field of an object. Its name is kept as a Python string too, made once, for the
/// dictionary lookups and the dictionaries validation builds.
pub struct Field {
    pub name: Arc<str>,
    pub key: Py<PyString>,
    pub node: Node,
    pub required: bool,
    pub default: Option<Input>,
    /// The same default as if read from JSON, for answers written as JSON (the next page).
    pub json_default: Option<Input<FromJson>>,
}
// ANCHOR_END: node

/// A length outside its bounds: which bound it breaks, and the bound.
pub enum WrongLength {
    TooShort(usize),
    TooLong(usize),
}

impl WrongLength {
    /// "at least 1 character", "at most 3 items".
    pub fn of(&self, unit: &str) -> String {
        let (side, n) = match self {
            WrongLength::TooShort(n) => ("at least", n),
            WrongLength::TooLong(n) => ("at most", n),
        };
        let plural = if *n == 1 { "" } else { "s" };
        format!("{side} {n} {unit}{plural}")
    }
}

pub fn wrong_length(len: usize, bounds: &Lengths) -> Option<WrongLength> {
    match (bounds.min, bounds.max) {
        (Some(min), _) if len < min => Some(WrongLength::TooShort(min)),
        (_, Some(max)) if len > max => Some(WrongLength::TooLong(max)),
        _ => None,
    }
}
