//! Chapter 12's exercise. Your Rust goes in `exercise.rs`; this file only builds the module.

use pyo3::prelude::*;

// With the `solution` feature, the module is built from the solution instead of your file.
#[cfg_attr(feature = "solution", path = "../solution/exercise.rs")]
mod exercise;

/// Chapter 12's exercise: word counts, in a package ready to ship.
#[pymodule]
mod shipping_exercise {
    #[pymodule_export]
    use super::exercise::{EmptyTextError, count_or_raise, most_common, version};
}
