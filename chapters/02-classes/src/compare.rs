//! `==`, `<` and `hash()` from Rust's derived traits, switched on by class options.

use pyo3::prelude::*;

// ANCHOR: version
/// A version number such as 1.4.2, compared part by part.
#[pyclass(eq, ord, hash, frozen, get_all, module = "classes")]
#[derive(PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

#[pymethods]
impl Version {
    #[new]
    #[pyo3(signature = (major, minor = 0, patch = 0))]
    fn new(major: u32, minor: u32, patch: u32) -> Self {
        Version {
            major,
            minor,
            patch,
        }
    }

    fn __repr__(&self) -> String {
        format!("Version({}, {}, {})", self.major, self.minor, self.patch)
    }
}
// ANCHOR_END: version

// ANCHOR: unfrozen
/// `Version` without `frozen` (and so without `hash`, which needs it): `get_all` alone.
#[pyclass(eq, ord, get_all, module = "classes")]
#[derive(PartialEq, Eq, PartialOrd, Ord)]
pub struct UnfrozenVersion {
    major: u32,
    minor: u32,
    patch: u32,
}

#[pymethods]
impl UnfrozenVersion {
    #[new]
    #[pyo3(signature = (major, minor = 0, patch = 0))]
    fn new(major: u32, minor: u32, patch: u32) -> Self {
        UnfrozenVersion {
            major,
            minor,
            patch,
        }
    }
}
// ANCHOR_END: unfrozen
