//! Conversions the derive macros write for you.

use pyo3::exceptions::PyOverflowError;
use pyo3::prelude::*;

// ANCHOR: point
/// A point read from the `x` and `y` attributes of any Python object.
#[derive(FromPyObject)]
pub struct Point {
    x: f64,
    y: f64,
}

/// The distance of `point` from the origin. `point` is any object with `x` and `y` attributes.
#[pyfunction]
pub fn norm(point: Point) -> f64 {
    point.x.hypot(point.y)
}
// ANCHOR_END: point

// ANCHOR: server
/// Server settings read from the items of a dict, and given back as a new dict.
#[derive(FromPyObject, IntoPyObject)]
pub struct Server {
    #[pyo3(item)]
    host: String,
    #[pyo3(item)]
    port: u16,
    #[pyo3(item, default)]
    tls: bool,
}

/// The URL of a server described by a dict with keys `host`, `port` and, optionally, `tls`.
#[pyfunction]
pub fn server_url(server: Server) -> String {
    let scheme = if server.tls { "https" } else { "http" };
    format!("{scheme}://{}:{}", server.host, server.port)
}

/// Read a server dict into Rust and give it back, with `tls` filled in when it was missing.
#[pyfunction]
pub fn echo_server(server: Server) -> Server {
    server
}
// ANCHOR_END: server

// ANCHOR: span
/// A span of integers, accepted in three Python shapes.
#[derive(FromPyObject)]
pub enum Span {
    /// `5` means 0 up to 5, like `range(5)`.
    #[pyo3(annotation = "int")]
    Stop(i64),
    /// `(2, 5)` means 2 up to 5.
    #[pyo3(annotation = "tuple[int, int]")]
    Pair(i64, i64),
    /// Any object with `start` and `stop` attributes, such as `range(2, 5)`.
    #[pyo3(annotation = "range")]
    Fields { start: i64, stop: i64 },
}

/// The `(start, stop)` of a span given as an int, a pair of ints, or a `range` (its step is ignored).
#[pyfunction]
pub fn bounds(span: Span) -> (i64, i64) {
    match span {
        Span::Stop(stop) => (0, stop),
        Span::Pair(start, stop) | Span::Fields { start, stop } => (start, stop),
    }
}
// ANCHOR_END: span

// ANCHOR: summary
/// Facts about a list of numbers; Python gets it as a dict.
#[derive(IntoPyObject)]
pub struct Summary {
    count: usize,
    total: i64,
    smallest: Option<i64>,
    largest: Option<i64>,
}

/// Count, add up and find the extremes of a list of integers.
#[pyfunction]
pub fn summarize(numbers: Vec<i64>) -> PyResult<Summary> {
    let mut total: i64 = 0;
    for &number in &numbers {
        total = total
            .checked_add(number)
            .ok_or_else(|| PyOverflowError::new_err("the total is too big for an i64"))?;
    }
    Ok(Summary {
        count: numbers.len(),
        total,
        smallest: numbers.iter().min().copied(),
        largest: numbers.iter().max().copied(),
    })
}
// ANCHOR_END: summary
