//! Chapter 11's exercise. Your work goes in `exercise.rs`; this file only builds the module.

use pyo3::prelude::*;

// With the `solution` feature, the module is built from the solution instead of your file.
#[cfg_attr(feature = "solution", path = "../solution/exercise.rs")]
mod exercise;

#[pymodule]
mod diagnose_exercise {
    use pyo3::prelude::*;

    #[pymodule_export]
    use super::exercise::{flatten, parse_ints, percent};

    // Records from `log::warn!` and friends go to Python's `logging`. The logger keeps the
    // Python loggers it finds, but asks for their level on every record, so a test may
    // change the level between calls.
    #[pymodule_init]
    fn init(module: &Bound<'_, PyModule>) -> PyResult<()> {
        let logger = pyo3_log::Logger::new(module.py(), pyo3_log::Caching::Loggers)?;
        let _ = logger.install();
        Ok(())
    }
}
