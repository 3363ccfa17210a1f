//! A class Python code may subclass.

use pyo3::prelude::*;

// ANCHOR: greeter
/// Greet people: `Greeter("Hello").greet("Ada")` returns `"Hello, Ada!"`.
#[pyclass(subclass, module = "classes")]
pub struct Greeter {
    greeting: String,
}

#[pymethods]
impl Greeter {
    #[new]
    #[pyo3(signature = (greeting = "Hello"))]
    fn new(greeting: &str) -> Self {
        Greeter {
            greeting: greeting.to_owned(),
        }
    }

    fn greet(&self, name: &str) -> String {
        format!("{}, {name}!", self.greeting)
    }

    /// Greet each name through `self.greet`, so that a subclass's `greet` is the one used.
    fn greet_all(slf: &Bound<'_, Self>, names: Vec<String>) -> PyResult<Vec<String>> {
        names
            .iter()
            .map(|name| slf.call_method1("greet", (name,))?.extract())
            .collect()
    }
}
// ANCHOR_END: greeter
