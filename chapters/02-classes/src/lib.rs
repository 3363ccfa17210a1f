//! Chapter 2: Python classes written in Rust.
//!
//! Each file holds one idea; the `ANCHOR` comments mark the pieces the book shows.

mod compare;
mod counter;
mod iterator;
mod money;
mod nodes;
mod point;
mod reentrancy;
mod sequence;
mod shapes;
mod subclass;
mod temperature;
mod unsendable;
mod words;

use pyo3::prelude::*;

// ANCHOR: module
/// Classes written in Rust, used from Python.
#[pymodule]
mod classes {
    #[pymodule_export]
    use super::compare::{UnfrozenVersion, Version};
    #[pymodule_export]
    use super::counter::Counter;
    #[pymodule_export]
    use super::iterator::Countdown;
    #[pymodule_export]
    use super::money::Money;
    #[pymodule_export]
    use super::nodes::{Node, UntracedNode};
    #[pymodule_export]
    use super::point::Point;
    #[pymodule_export]
    use super::reentrancy::{AtomicTally, Tally};
    #[pymodule_export]
    use super::sequence::{IndexEcho, Sentence};
    #[pymodule_export]
    use super::shapes::{Shape, Square};
    #[pymodule_export]
    use super::subclass::Greeter;
    #[pymodule_export]
    use super::temperature::Temperature;
    #[pymodule_export]
    use super::unsendable::LocalCounter;
    #[pymodule_export]
    use super::words::Words;
}
// ANCHOR_END: module
