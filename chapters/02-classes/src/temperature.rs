//! Properties that check what they are given, and things that belong to the class itself.

// ANCHOR: temperature
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyType;

const ABSOLUTE_ZERO: f64 = -273.15;

/// Accept a temperature in °C only if it could exist.
fn checked(celsius: f64) -> PyResult<f64> {
    if !celsius.is_finite() {
        return Err(PyValueError::new_err(
            "a temperature must be a finite number",
        ));
    }
    if celsius < ABSOLUTE_ZERO {
        return Err(PyValueError::new_err(
            "a temperature cannot be below absolute zero (-273.15 °C)",
        ));
    }
    Ok(celsius)
}

/// A temperature that is never below absolute zero: `Temperature(celsius)`.
#[pyclass(subclass, module = "classes")]
pub struct Temperature {
    celsius: f64,
}

#[pymethods]
impl Temperature {
    #[new]
    fn new(celsius: f64) -> PyResult<Self> {
        Ok(Temperature {
            celsius: checked(celsius)?,
        })
    }

    /// Degrees Celsius.
    #[getter]
    fn celsius(&self) -> f64 {
        self.celsius
    }

    #[setter]
    fn set_celsius(&mut self, celsius: f64) -> PyResult<()> {
        // Check first, assign second: a rejected value leaves the object as it was.
        self.celsius = checked(celsius)?;
        Ok(())
    }

    /// Degrees Fahrenheit, worked out from the Celsius value.
    #[getter]
    fn fahrenheit(&self) -> f64 {
        self.celsius * 9.0 / 5.0 + 32.0
    }

    #[setter]
    fn set_fahrenheit(&mut self, fahrenheit: f64) -> PyResult<()> {
        self.celsius = checked(Self::celsius_from_fahrenheit(fahrenheit))?;
        Ok(())
    }

    // ANCHOR: class-level
    /// The lowest temperature there is, in °C: the module's constant, as a class attribute.
    #[classattr]
    const ABSOLUTE_ZERO: f64 = ABSOLUTE_ZERO;

    /// Convert °F to °C. Needs neither an instance nor the class.
    #[staticmethod]
    fn celsius_from_fahrenheit(fahrenheit: f64) -> f64 {
        (fahrenheit - 32.0) * 5.0 / 9.0
    }

    /// Make a temperature from °F. Called on a subclass, it makes an instance of that subclass.
    #[classmethod]
    fn from_fahrenheit<'py>(
        cls: &Bound<'py, PyType>,
        fahrenheit: f64,
    ) -> PyResult<Bound<'py, PyAny>> {
        cls.call1((Self::celsius_from_fahrenheit(fahrenheit),))
    }
    // ANCHOR_END: class-level
}
// ANCHOR_END: temperature
