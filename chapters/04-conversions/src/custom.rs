//! Conversions written by hand, for a type whose Python form is a string like `"#ff8800"`.

use std::convert::Infallible;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

// ANCHOR: colour
/// A colour with 8-bit red, green and blue channels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colour {
    red: u8,
    green: u8,
    blue: u8,
}

impl Colour {
    /// Parse `#rrggbb` (either case); `None` for anything else.
    fn from_hex(text: &str) -> Option<Self> {
        let digits = text.strip_prefix('#')?;
        if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&digits[i..i + 2], 16).ok();
        Some(Colour {
            red: channel(0)?,
            green: channel(2)?,
            blue: channel(4)?,
        })
    }
}
// ANCHOR_END: colour

// ANCHOR: from-py-object
impl<'a, 'py> FromPyObject<'a, 'py> for Colour {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
        if let Ok(text) = obj.cast::<PyString>() {
            return match Colour::from_hex(&text.to_cow()?) {
                Some(colour) => Ok(colour),
                None => Err(PyValueError::new_err(format!(
                    "expected a colour like '#ff8800', got {}",
                    text.repr()?
                ))),
            };
        }
        if obj.is_instance_of::<PyTuple>() {
            // Let the tuple's own errors (wrong length, a channel over 255) reach the caller.
            let (red, green, blue) = obj.extract::<(u8, u8, u8)>()?;
            return Ok(Colour { red, green, blue });
        }
        let type_name = obj.get_type().name()?;
        Err(PyTypeError::new_err(format!(
            "expected a '#rrggbb' string or an (r, g, b) tuple, not '{type_name}'"
        )))
    }
}
// ANCHOR_END: from-py-object

// ANCHOR: into-py-object
impl<'py> IntoPyObject<'py> for Colour {
    type Target = PyString;
    type Output = Bound<'py, PyString>;
    type Error = Infallible;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        let Colour { red, green, blue } = self;
        Ok(PyString::new(
            py,
            &format!("#{red:02x}{green:02x}{blue:02x}"),
        ))
    }
}
// ANCHOR_END: into-py-object

// ANCHOR: colour-functions
/// Read a colour and give it back in its standard form, `#rrggbb` in lower case.
#[pyfunction]
pub fn echo_colour(colour: Colour) -> Colour {
    colour
}

/// Mix two colours half and half, rounding each channel down.
#[pyfunction]
pub fn mix(first: Colour, second: Colour) -> Colour {
    // The mean of two u8s always fits a u8, and computing it in u16 cannot overflow.
    let half = |a: u8, b: u8| ((u16::from(a) + u16::from(b)) / 2) as u8;
    Colour {
        red: half(first.red, second.red),
        green: half(first.green, second.green),
        blue: half(first.blue, second.blue),
    }
}
// ANCHOR_END: colour-functions
