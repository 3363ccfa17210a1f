//! Chapter 10's exercise. Your work goes in `exercise.rs`; this file only builds the module.

use pyo3::prelude::*;

// With the `solution` feature, the module is built from the solution instead of your file.
#[cfg_attr(feature = "solution", path = "../solution/exercise.rs")]
mod exercise;

#[pymodule]
mod arrays_exercise {
    #[pymodule_export]
    use super::exercise::{clip, moving_sum, scaled};
}
