//! JSON straight in and out: bytes into `Input` with jiter (pydantic-core's parser), and a
//! checked `Input` back into JSON text. No Python object is touched here, so all of it can
//! run while the thread is detached.

use std::io::Write;

use jiter::{Jiter, JiterResult, Peek};

use crate::check::Mismatch;
use crate::errors::{Errors, Step};
use crate::input::{FromJson, Input};
use crate::schema::{Kind, Node, wrong_length};

// ANCHOR: parse
/// Parse one JSON document into an `Input` for `node`. Malformed JSON is one error at `loc`.
pub fn parse(
    node: &Node,
    data: &[u8],
    loc: &[Step<'_>],
    errors: &mut Errors,
) -> Option<Input<FromJson>> {
    // jiter checks the UTF-8 of the strings it reads, but not of the values it skips.
    if let Err(error) = std::str::from_utf8(data) {
        let at = error.valid_up_to();
        errors.push(loc, format!("invalid JSON: not UTF-8 at byte {at}"));
        return None;
    }
    let mut jiter = Jiter::new(data);
    let parsed = jiter
        .peek()
        .and_then(|peek| read_json(node, &mut jiter, peek))
        .and_then(|input| jiter.finish().map(|()| input));
    match parsed {
        Ok(input) => Some(input),
        Err(error) => {
            let at = jiter.error_position(error.index);
            let kind = &error.error_type;
            errors.push(loc, format!("invalid JSON: {kind} at {at}"));
            None
        }
    }
}
// ANCHOR_END: parse

// ANCHOR: read-json
/// Read the value at `peek` as `read` reads a Python object: lists and objects only where the
/// schema has them, anything else skipped and marked `Other`.
fn read_json(node: &Node, jiter: &mut Jiter<'_>, peek: Peek) -> JiterResult<Input<FromJson>> {
    Ok(match (peek, &node.kind) {
        (Peek::Null, _) => {
            jiter.known_null()?;
            Input::None
        }
        (Peek::True | Peek::False, _) => Input::Bool(jiter.known_bool(peek)?),
        (Peek::String, _) => {
            let text = jiter.known_str()?;
            Input::Str(text.chars().count(), text.into())
        }
        (Peek::Array, Kind::List { items, length }) => {
            let mut inputs = Vec::new();
            let mut next = jiter.known_array()?;
            while let Some(peek) = next {
                inputs.push(read_json(items, jiter, peek)?);
                next = jiter.array_step()?;
            }
            match wrong_length(inputs.len(), length) {
                Some(_) => Input::Unread(inputs.len()),
                None => Input::List(inputs.into()),
            }
        }
        (Peek::Object, Kind::Object { fields }) => {
            let mut inputs: Vec<Option<Input<FromJson>>> = fields.iter().map(|_| None).collect();
            // Which field a key names, looked up while jiter still lends us the key. Keys
            // mostly come in the schema's order, so the field after the last one found is
            // tried first.
            let mut next = 0;
            let mut field = |name: &str| {
                let found = match fields.get(next) {
                    Some(field) if *field.name == *name => Some(next),
                    _ => fields.iter().position(|field| *field.name == *name),
                };
                next = found.map_or(next, |i| i + 1);
                found
            };
            let mut key = jiter.known_object()?.map(&mut field);
            while let Some(found) = key {
                match found {
                    // A repeated key: the last one counts, as in Python's `json.loads`.
                    Some(i) => {
                        let peek = jiter.peek()?;
                        inputs[i] = Some(read_json(&fields[i].node, jiter, peek)?);
                    }
                    None => jiter.next_skip()?,
                }
                key = jiter.next_key()?.map(&mut field);
            }
            Input::Object {
                bad_keys: Box::default(),
                fields: inputs.into(),
            }
        }
        (peek, _) if peek.is_num() => number(jiter.known_number_bytes(peek)?),
        (peek, _) => {
            jiter.known_skip(peek)?;
            Input::Other
        }
    })
}

/// A JSON number is an int if it has no fraction and no exponent, as in Python.
fn number(bytes: &[u8]) -> Input<FromJson> {
    // jiter has checked the syntax, so the bytes are ASCII and parse.
    let text = std::str::from_utf8(bytes).unwrap_or_default();
    if text.contains(['.', 'e', 'E']) {
        return Input::Float(text.parse().unwrap_or(f64::NAN), ());
    }
    match text.parse() {
        Ok(n) => Input::Int(n, ()),
        Err(_) => Input::BigInt,
    }
}
// ANCHOR_END: read-json

// ANCHOR: write-json
/// Write an input that `check` passed against `node` as compact JSON, in the same form as
/// Python's `json.dumps(value, ensure_ascii=False, separators=(",", ":"))`.
pub fn write_json(out: &mut Vec<u8>, node: &Node, input: &Input<FromJson>) -> Result<(), Mismatch> {
    match (input, &node.kind) {
        (Input::None, _) => out.extend_from_slice(b"null"),
        (Input::Bool(b), _) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        (Input::Int(n, _), Kind::Float { .. }) => write_float(out, *n as f64),
        (Input::Int(n, _), _) => {
            let _ = write!(out, "{n}");
        }
        (Input::Float(x, _), _) => write_float(out, *x),
        (Input::Str(_, text), _) => write_str(out, text),
        (Input::List(inputs), Kind::List { items, .. }) => {
            out.push(b'[');
            for (i, input) in inputs.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_json(out, items, input)?;
            }
            out.push(b']');
        }
        (Input::Object { fields: inputs, .. }, Kind::Object { fields }) => {
            out.push(b'{');
            let mut first = true;
            for (field, input) in fields.iter().zip(inputs) {
                let Some(input) = input.as_ref().or(field.json_default.as_ref()) else {
                    continue;
                };
                if !first {
                    out.push(b',');
                }
                first = false;
                write_str(out, &field.name);
                out.push(b':');
                write_json(out, &field.node, input)?;
            }
            out.push(b'}');
        }
        // `check` passes only inputs that match their node.
        _ => return Err(Mismatch),
    }
    Ok(())
}
// ANCHOR_END: write-json

// ANCHOR: as-python-writes

/// A string as Python's `json.dumps` writes it when `ensure_ascii` is off: quotes, backslashes
/// and control characters escaped, everything else as it is.
fn write_str(out: &mut Vec<u8>, text: &str) {
    out.push(b'"');
    let bytes = text.as_bytes();
    // Most strings need no escape. One pass that looks at every byte, with no early exit,
    // is one the compiler turns into wide vector instructions.
    let plain = bytes.iter().fold(true, |plain, &byte| {
        plain & (byte >= 0x20) & (byte != b'"') & (byte != b'\\')
    });
    if plain {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    // Copy the runs between escapes whole; every byte escaped is ASCII, so no run splits a
    // character.
    let mut run = 0;
    for (i, &byte) in bytes.iter().enumerate() {
        let escaped: &[u8] = match byte {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0x00..0x20 => &[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[(byte >> 4) as usize],
                HEX[(byte & 15) as usize],
            ],
            _ => continue,
        };
        out.extend_from_slice(&bytes[run..i]);
        out.extend_from_slice(escaped);
        run = i + 1;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

const HEX: [u8; 16] = *b"0123456789abcdef";

/// A finite float as Python's `repr` writes it: the shortest digits that read back the same,
/// positional from 1e-4 up to 1e16 (`0.0001`, `12.5`, `10.0`) and in exponent form outside
/// (`1e-05`, `1e+16`).
fn write_float(out: &mut Vec<u8>, x: f64) {
    // ryu finds those digits, and where two spellings are equally short and equally near
    // (562949953421312.25 lies halfway between ...312.2 and ...312.3) it takes the even
    // last digit, as Python does. It lays them out its own way ("1e16", "0.00001", "12.5").
    let mut buffer = ryu::Buffer::new();
    let text = buffer.format_finite(x).as_bytes();
    // Where ryu writes no exponent, its layout is Python's, except from 1e-5 up to 1e-4,
    // which ryu writes positional (`0.00001`) and Python does not (`1e-05`).
    if !text.contains(&b'e') && (x == 0.0 || x.abs() >= 1e-4) {
        out.extend_from_slice(text);
        return;
    }
    let (sign, text) = match text.strip_prefix(b"-") {
        Some(rest) => (&b"-"[..], rest),
        None => (&b""[..], text),
    };
    let e = text.iter().position(|&b| b == b'e').unwrap_or(text.len());
    let (mantissa, power) = text.split_at(e);
    let power: i32 = std::str::from_utf8(power.get(1..).unwrap_or_default())
        .ok()
        .and_then(|power| power.parse().ok())
        .unwrap_or(0);
    let point = mantissa
        .iter()
        .position(|&b| b == b'.')
        .unwrap_or(mantissa.len());
    let mut all = [0u8; 24];
    let mut count = 0;
    for &digit in mantissa.iter().filter(|&&b| b != b'.') {
        all[count] = digit;
        count += 1;
    }
    // The digits from the first that is not 0 to the last that is not 0, and the power of
    // ten of the first of them.
    let lead = all[..count].iter().take_while(|&&b| b == b'0').count();
    if lead == count {
        out.extend_from_slice(sign);
        out.extend_from_slice(b"0.0");
        return;
    }
    let end = all[..count]
        .iter()
        .rposition(|&b| b != b'0')
        .map_or(count, |i| i + 1);
    let digits = &all[lead..end];
    let exponent = point as i32 - 1 - lead as i32 + power;
    out.extend_from_slice(sign);
    if !(-4..16).contains(&exponent) {
        out.push(digits[0]);
        if digits.len() > 1 {
            out.push(b'.');
            out.extend_from_slice(&digits[1..]);
        }
        let sign = if exponent < 0 { '-' } else { '+' };
        let _ = write!(out, "e{sign}{:02}", exponent.abs());
    } else if exponent < 0 {
        out.extend_from_slice(b"0.");
        out.extend(std::iter::repeat_n(b'0', (-exponent - 1) as usize));
        out.extend_from_slice(digits);
    } else {
        let point = exponent as usize + 1;
        if digits.len() <= point {
            out.extend_from_slice(digits);
            out.extend(std::iter::repeat_n(b'0', point - digits.len()));
            out.extend_from_slice(b".0");
        } else {
            out.extend_from_slice(&digits[..point]);
            out.push(b'.');
            out.extend_from_slice(&digits[point..]);
        }
    }
}
// ANCHOR_END: as-python-writes
