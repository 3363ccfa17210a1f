"""Chapter 2: validating `#[getter]`/`#[setter]`, `#[classattr]`, `#[staticmethod]`,
`#[classmethod]`."""

import math

import pytest
from classes import Temperature
from hypothesis import given
from hypothesis import strategies as st

BELOW_ZERO = "a temperature cannot be below absolute zero (-273.15 °C)"
NOT_FINITE = "a temperature must be a finite number"
real_celsius = st.floats(min_value=-273.15, max_value=1e300)


# ANCHOR: validate
def test_a_temperature_below_absolute_zero_is_rejected_and_nothing_changes():
    temperature = Temperature(20)
    with pytest.raises(ValueError) as caught:
        temperature.celsius = -300
    assert str(caught.value) == BELOW_ZERO
    assert temperature.celsius == 20


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_a_temperature_that_is_not_finite_is_rejected_and_nothing_changes(value):
    temperature = Temperature(20)
    with pytest.raises(ValueError) as caught:
        temperature.celsius = value
    assert str(caught.value) == NOT_FINITE
    assert temperature.celsius == 20


def test_the_fahrenheit_setter_checks_too():
    temperature = Temperature(20)
    with pytest.raises(ValueError) as caught:
        temperature.fahrenheit = -500
    assert str(caught.value) == BELOW_ZERO
    assert temperature.celsius == 20


# ANCHOR_END: validate


def test_setting_fahrenheit_changes_celsius():
    temperature = Temperature(20)
    temperature.fahrenheit = 212
    assert temperature.celsius == 100


@given(real_celsius)
def test_fahrenheit_is_worked_out_from_celsius(celsius):
    assert Temperature(celsius).fahrenheit == celsius * 9 / 5 + 32


def test_absolute_zero_itself_is_allowed_in_both_scales():
    temperature = Temperature(-273.15)
    temperature.fahrenheit = -459.67
    assert temperature.celsius == -273.15


def test_setting_a_str_raises_type_error_and_nothing_changes():
    temperature = Temperature(20)
    with pytest.raises(TypeError) as caught:
        temperature.celsius = "hot"
    assert str(caught.value) == "must be real number, not str"
    assert temperature.celsius == 20


def test_deleting_a_property_raises_attribute_error():
    temperature = Temperature(20)
    with pytest.raises(AttributeError) as caught:
        del temperature.celsius
    assert str(caught.value) == "property has no deleter"


def test_the_getter_doc_comment_becomes_the_property_docstring():
    assert Temperature.celsius.__doc__ == "Degrees Celsius."


def test_the_constructor_validates_like_the_setter():
    with pytest.raises(ValueError) as caught:
        Temperature(-273.16)
    assert str(caught.value) == BELOW_ZERO


def test_the_constructor_accepts_an_int_and_a_huge_float():
    assert Temperature(37).celsius == 37.0
    assert Temperature(1e308).celsius == 1e308


def test_an_int_too_big_for_a_float_raises_overflow_error():
    with pytest.raises(OverflowError) as caught:
        Temperature(10**400)
    assert str(caught.value) == "int too large to convert to float"


def test_the_constructor_rejects_none():
    with pytest.raises(TypeError) as caught:
        Temperature(None)
    assert str(caught.value) == "must be real number, not NoneType"


def test_a_fahrenheit_too_big_to_convert_is_rejected_and_nothing_changes():
    temperature = Temperature(20)
    with pytest.raises(ValueError) as caught:
        temperature.fahrenheit = 1e308
    assert str(caught.value) == NOT_FINITE
    assert temperature.celsius == 20


# ANCHOR: class-level
def test_a_classattr_is_read_from_the_class_or_an_instance():
    assert Temperature.ABSOLUTE_ZERO == -273.15
    assert Temperature(0).ABSOLUTE_ZERO == -273.15


def test_a_staticmethod_is_called_on_the_class():
    assert Temperature.celsius_from_fahrenheit(212) == 100.0


def test_a_classmethod_builds_an_instance_of_the_class():
    temperature = Temperature.from_fahrenheit(32)
    assert type(temperature) is Temperature
    assert temperature.celsius == 0.0


# ANCHOR_END: class-level


# ANCHOR: rebind
def test_rebinding_the_classattr_does_not_change_the_rust_check(monkeypatch):
    monkeypatch.setattr(Temperature, "ABSOLUTE_ZERO", 0.0)
    assert Temperature(-10).celsius == -10


# ANCHOR_END: rebind


@given(st.floats(allow_nan=False))
def test_the_staticmethod_matches_the_python_formula(fahrenheit):
    assert Temperature.celsius_from_fahrenheit(fahrenheit) == (fahrenheit - 32) * 5 / 9


def test_the_staticmethod_rejects_a_str():
    with pytest.raises(TypeError) as caught:
        Temperature.celsius_from_fahrenheit("212")
    assert str(caught.value) == "must be real number, not str"


def test_the_classmethod_validates_through_the_constructor():
    with pytest.raises(ValueError) as caught:
        Temperature.from_fahrenheit(-1000)
    assert str(caught.value) == BELOW_ZERO


def test_the_classmethod_rejects_a_str():
    with pytest.raises(TypeError) as caught:
        Temperature.from_fahrenheit("32")
    assert str(caught.value) == "must be real number, not str"


# ANCHOR: subclass-classmethod
def test_the_classmethod_called_on_a_subclass_builds_the_subclass():
    class Oven(Temperature):
        pass

    assert type(Oven.from_fahrenheit(350)) is Oven


# ANCHOR_END: subclass-classmethod
