//! How deeply lists nest: a recursion that crashes on deep input, and one that refuses it.

use pyo3::exceptions::PyRecursionError;
use pyo3::prelude::*;
use pyo3::types::PyList;

// ANCHOR: depth_unlimited
/// How deeply lists nest in `value`: 0 for anything but a list, 1 for a list of no lists.
/// Each level of nesting is one more Rust call on the thread's stack, with no limit.
#[pyfunction]
pub fn depth_unlimited(value: &Bound<'_, PyAny>) -> usize {
    let Ok(list) = value.cast::<PyList>() else {
        return 0;
    };
    let mut deepest = 0;
    for item in list.iter() {
        deepest = deepest.max(depth_unlimited(&item));
    }
    1 + deepest
}
// ANCHOR_END: depth_unlimited

// ANCHOR: depth
/// The deepest nesting `depth` follows, as deep as Python's own default recursion limit.
pub const MAX_DEPTH: usize = 1000;

/// How deeply lists nest in `value`, as `depth_unlimited` says, up to `MAX_DEPTH` levels.
#[pyfunction]
pub fn depth(value: &Bound<'_, PyAny>) -> PyResult<usize> {
    depth_within(value, MAX_DEPTH)
}

fn depth_within(value: &Bound<'_, PyAny>, levels_left: usize) -> PyResult<usize> {
    let Ok(list) = value.cast::<PyList>() else {
        return Ok(0);
    };
    if levels_left == 0 {
        let message = format!("lists nested more than {MAX_DEPTH} deep");
        return Err(PyRecursionError::new_err(message));
    }
    let mut deepest = 0;
    for item in list.iter() {
        deepest = deepest.max(depth_within(&item, levels_left - 1)?);
    }
    Ok(1 + deepest)
}
// ANCHOR_END: depth

// ANCHOR: tests
#[cfg(test)]
mod tests {
    use super::{MAX_DEPTH, depth};
    use pyo3::exceptions::PyRecursionError;
    use pyo3::prelude::*;
    use pyo3::types::PyDict;

    /// A list `levels` deep, made by Python code run in the embedded interpreter.
    fn nested<'py>(py: Python<'py>, levels: usize) -> Bound<'py, PyAny> {
        let names = PyDict::new(py);
        names.set_item("levels", levels).unwrap();
        let code = c"value = []\nfor _ in range(levels - 1): value = [value]";
        py.run(code, None, Some(&names)).unwrap();
        names.get_item("value").unwrap().unwrap()
    }

    #[test]
    fn depth_counts_the_lists_around_the_deepest_item() {
        Python::initialize();
        Python::attach(|py| {
            let value = py.eval(c"[1, [2, [3]], []]", None, None).unwrap();
            assert_eq!(depth(&value).unwrap(), 3);
            let text = py.eval(c"'not a list'", None, None).unwrap();
            assert_eq!(depth(&text).unwrap(), 0);
        });
    }

    #[test]
    fn depth_refuses_one_level_past_its_limit() {
        Python::initialize();
        Python::attach(|py| {
            assert_eq!(depth(&nested(py, MAX_DEPTH)).unwrap(), MAX_DEPTH);
            let error = depth(&nested(py, MAX_DEPTH + 1)).unwrap_err();
            assert!(error.is_instance_of::<PyRecursionError>(py));
            let message = error.value(py).to_string();
            assert_eq!(message, "lists nested more than 1000 deep");
        });
    }
}
// ANCHOR_END: tests
