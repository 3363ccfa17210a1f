//! Finding `capsule_provider._C_API` and reading its table, one check at a time, each with an
//! exception that says what was wrong.

use pyo3::create_exception;
use pyo3::exceptions::PyImportError;
use pyo3::prelude::*;
use pyo3::types::PyCapsule;

use crate::table::{API_NAME, ApiVersion, MAJOR, MINOR, MathApi};

// ANCHOR: error
create_exception!(
    capsules,
    IncompatibleApiError,
    PyImportError,
    "capsule_provider is installed, but its C API is not one this build of capsules can use."
);
// ANCHOR_END: error

// ANCHOR: find-capsule
/// `capsule_provider._C_API`, checked to be a capsule with the right name. All safe code: an
/// import, an attribute, and PyO3's checks.
pub fn find_capsule(py: Python<'_>) -> PyResult<Bound<'_, PyCapsule>> {
    let found = py.import("capsule_provider")?.getattr("_C_API")?;
    let capsule = match found.cast_into::<PyCapsule>() {
        Ok(capsule) => capsule,
        Err(error) => {
            let kind = error.into_inner().get_type().name()?;
            return Err(IncompatibleApiError::new_err(format!(
                "capsule_provider._C_API is a {kind}, not a capsule"
            )));
        }
    };
    if !capsule.is_valid_checked(Some(API_NAME)) {
        return Err(IncompatibleApiError::new_err(format!(
            "capsule_provider._C_API is {}, not the capsule '{}'",
            describe(&capsule)?,
            API_NAME.to_string_lossy()
        )));
    }
    Ok(capsule)
}
// ANCHOR_END: find-capsule

// ANCHOR: describe
/// "the capsule 'name'", or "a capsule without a name".
fn describe(capsule: &Bound<'_, PyCapsule>) -> PyResult<String> {
    let Some(name) = capsule.name()? else {
        return Ok("a capsule without a name".to_owned());
    };
    // SAFETY: the name stays valid while the capsule lives and nobody renames it. `capsule`
    // keeps it alive, and we copy the name into a `String` before any Python code can run.
    let name = unsafe { name.as_cstr() };
    Ok(format!("the capsule '{}'", name.to_string_lossy()))
}
// ANCHOR_END: describe

// ANCHOR: read-table
/// The table in `capsule`, if its version is one this crate can use. The reference lives no
/// longer than the borrow of `capsule`, which keeps the capsule, and so the table, alive.
pub fn read_table<'a>(capsule: &'a Bound<'_, PyCapsule>) -> PyResult<&'a MathApi> {
    let pointer = capsule.pointer_checked(Some(API_NAME))?;
    // SAFETY: the capsule's name is `API_NAME`, and every capsule with that name holds an
    // aligned table that starts with an `ApiVersion`, whatever its version. The table lives as
    // long as the capsule, which `capsule` keeps alive for 'a; nothing writes to it.
    let version = unsafe { pointer.cast::<ApiVersion>().as_ref() };
    if version.major != MAJOR || version.minor < MINOR {
        return Err(IncompatibleApiError::new_err(format!(
            "capsule_provider._C_API is version {}.{}; \
             capsules needs {MAJOR}.{MINOR} or a later {MAJOR}.x",
            version.major, version.minor
        )));
    }
    // SAFETY: as above; and a table of version 1.1 or a later 1.x starts with every field of a
    // `MathApi`, so the whole struct is there to read.
    Ok(unsafe { pointer.cast::<MathApi>().as_ref() })
}
// ANCHOR_END: read-table
