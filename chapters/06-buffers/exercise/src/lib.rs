//! Chapter 6's exercise. Your work goes in `exercise.rs`; this file only builds the module.

use pyo3::prelude::*;

// With the `solution` feature, the module is built from the solution instead of your file.
#[cfg_attr(feature = "solution", path = "../solution/exercise.rs")]
mod exercise;

// Task 3 reads memory in place and relies on the GIL for it, as chapter 6 explains.
#[pymodule(gil_used = true)]
mod buffers_exercise {
    #[pymodule_export]
    use super::exercise::{count_byte, fill, largest};
}
