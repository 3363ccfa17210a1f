//! Validation proper: an `Input` and the schema in, errors out. Nothing in this file touches
//! a Python object (not even the handles an `Input` keeps), so it can run while the thread is
//! detached.

use pyo3::prelude::*;
use pyo3::types::{PyFloat, PyInt, PyString};

use crate::errors::{Errors, Step};
use crate::schema::{Field, Kind, Lengths, Limit, Node};

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

// ANCHOR: check
/// Check `input` against `node`, and say whether it fits. Errors go into `errors` with their
/// location (`loc`, which is the same when this returns). The input is only looked at, never
/// changed or dropped: what fits is built into Python objects later, from the input itself.
pub fn check<'s, S: Source>(
    node: &'s Node,
    input: &Input<S>,
    loc: &mut Vec<Step<'s>>,
    errors: &mut Errors,
) -> bool {
    if node.nullable && matches!(input, Input::None) {
        return true;
    }
    let mut fail = |msg: String| {
        errors.push(loc, msg);
        false
    };
    match (&node.kind, input) {
        (Kind::Int { min, max }, Input::Int(n, _)) => match out_of_range(*n, min, max) {
            Some(msg) => fail(msg),
            None => true,
        },
        (Kind::Float { min, max }, Input::Int(n, _)) => float(*n as f64, min, max, fail),
        (Kind::Float { min, max }, Input::Float(x, _)) => float(*x, min, max, fail),
        (Kind::Int { .. } | Kind::Float { .. }, Input::BigInt) => {
            fail("expected an integer that fits in 64 bits".into())
        }
        (Kind::Int { .. }, _) => fail("expected an integer".into()),
        (Kind::Float { .. }, _) => fail("expected a number".into()),
        (Kind::Str { length }, Input::Str(len, _)) => match wrong_length(*len, length) {
            Some(problem) => fail(format!(
                "must have {problem}",
                problem = problem.of("character")
            )),
            None => true,
        },
        (Kind::Str { .. }, Input::BadStr) => {
            fail("expected a string without lone surrogates".into())
        }
        (Kind::Str { .. }, _) => fail("expected a string".into()),
        (Kind::Bool, Input::Bool(_)) => true,
        (Kind::Bool, _) => fail("expected a boolean".into()),
        (Kind::None, Input::None) => true,
        (Kind::None, _) => fail("expected None".into()),
        (Kind::List { length, .. }, Input::Unread(len)) => {
            let problem = wrong_length(*len, length).map(|p| p.of("item"));
            fail(format!("must have {}", problem.unwrap_or_default()))
        }
        (Kind::List { items, .. }, Input::List(inputs)) => check_list(items, inputs, loc, errors),
        (Kind::List { .. }, _) => fail("expected a list".into()),
        (
            Kind::Object { fields },
            Input::Object {
                bad_keys,
                fields: inputs,
            },
        ) => check_object(fields, bad_keys, inputs, loc, errors),
        (Kind::Object { .. }, _) => fail("expected a dict".into()),
    }
}
// ANCHOR_END: check

// ANCHOR: check-object
fn check_object<'s, S: Source>(
    fields: &'s [Field],
    bad_keys: &[String],
    inputs: &[Option<Input<S>>],
    loc: &mut Vec<Step<'s>>,
    errors: &mut Errors,
) -> bool {
    let mut ok = bad_keys.is_empty();
    for found in bad_keys {
        errors.push(
            loc,
            format!("keys must be strings, found a key of type '{found}'"),
        );
    }
    for (field, input) in fields.iter().zip(inputs) {
        loc.push(Step::Key(&field.name));
        match input {
            Some(input) => ok &= check(&field.node, input, loc, errors),
            // A missing field is filled in from its default when the answer is built.
            None if field.required => {
                errors.push(loc, "field required".into());
                ok = false;
            }
            None => {}
        }
        loc.pop();
    }
    ok
}
// ANCHOR_END: check-object

fn check_list<'s, S: Source>(
    items: &'s Node,
    inputs: &[Input<S>],
    loc: &mut Vec<Step<'s>>,
    errors: &mut Errors,
) -> bool {
    let mut ok = true;
    for (index, input) in inputs.iter().enumerate() {
        loc.push(Step::Index(index));
        ok &= check(items, input, loc, errors);
        loc.pop();
    }
    ok
}

fn out_of_range<T: PartialOrd>(
    value: T,
    min: &Option<Limit<T>>,
    max: &Option<Limit<T>>,
) -> Option<String> {
    match (min, max) {
        (Some(min), _) if value < min.value => Some(format!("must be at least {}", min.text)),
        (_, Some(max)) if value > max.value => Some(format!("must be at most {}", max.text)),
        _ => None,
    }
}

fn float(
    x: f64,
    min: &Option<Limit<f64>>,
    max: &Option<Limit<f64>>,
    mut fail: impl FnMut(String) -> bool,
) -> bool {
    if !x.is_finite() {
        return fail("expected a finite number".into());
    }
    match out_of_range(x, min, max) {
        Some(msg) => fail(msg),
        None => true,
    }
}

/// A length outside its bounds: which bound it breaks, and the bound.
pub enum WrongLength {
    TooShort(usize),
    TooLong(usize),
}

impl WrongLength {
    /// "at least 1 character", "at most 3 items".
    fn of(&self, unit: &str) -> String {
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
