//! Validation proper: an `Input` and the schema in, errors out. Nothing in this file touches
//! a Python object (not even the handles an `Input` keeps), so it can run while the thread is
//! detached.

use pyo3::PyErr;
use pyo3::exceptions::PyRuntimeError;

use crate::errors::{Errors, Step};
use crate::input::{Input, Source};
use crate::schema::{Field, Kind, Limit, Node, wrong_length};

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

// ANCHOR: mismatch
/// An input that does not match its schema node: `check` lets none through.
#[derive(Debug)]
pub struct Mismatch;

/// Such an input would be a bug: `?` raises it as a `RuntimeError`, never a panic.
impl From<Mismatch> for PyErr {
    fn from(Mismatch: Mismatch) -> PyErr {
        PyRuntimeError::new_err("an input does not match its schema node")
    }
}
// ANCHOR_END: mismatch
