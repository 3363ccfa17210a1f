//! Chapter 4: how Python values become Rust values, and back.
//!
//! The `ANCHOR` comments mark the pieces the book shows.

mod borrowing;
mod builtins;
mod custom;
mod derived;

use pyo3::prelude::*;

// ANCHOR: module
/// Conversions between Python and Rust values.
#[pymodule]
mod conversions {
    #[pymodule_export]
    use super::borrowing::{byte_sum, count_chars, describe_bytes};
    #[pymodule_export]
    use super::builtins::{
        echo_bytes, echo_dict, echo_f64, echo_i64, echo_list, echo_optional, echo_set, echo_str,
        echo_tuple, echo_u8,
    };
    #[pymodule_export]
    use super::custom::{echo_colour, mix};
    #[pymodule_export]
    use super::derived::{bounds, echo_server, norm, server_url, summarize};
}
// ANCHOR_END: module
