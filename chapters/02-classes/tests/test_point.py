"""Chapter 2: fields exposed with `#[pyo3(get, set)]`, and `__repr__` / `__str__`."""

import sys

import pytest
from classes import Point

I64_MIN, I64_MAX = -(2**63), 2**63 - 1


# ANCHOR: fields
def test_fields_can_be_read_and_written():
    point = Point(1, 2)
    point.x = 10
    assert (point.x, point.y) == (10, 2)


def test_setting_a_field_to_a_str_raises_type_error_and_keeps_the_value():
    point = Point(1, 2)
    with pytest.raises(TypeError) as caught:
        point.x = "ten"
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"
    assert point.x == 1


def test_setting_a_field_past_i64_raises_overflow_error_and_keeps_the_value():
    point = Point(1, 2)
    with pytest.raises(OverflowError) as caught:
        point.y = I64_MAX + 1
    assert str(caught.value) == "Python int too large to convert to C long"
    assert point.y == 2


# ANCHOR_END: fields


def test_deleting_a_field_raises_attribute_error():
    point = Point(1, 2)
    with pytest.raises(AttributeError) as caught:
        del point.x
    assert str(caught.value) == "property has no deleter"


def test_a_new_attribute_raises_attribute_error():
    point = Point(1, 2)
    with pytest.raises(AttributeError) as caught:
        point.z = 3
    message = "'classes.Point' object has no attribute 'z'"
    if sys.version_info >= (3, 13):
        message += " and no __dict__ for setting new attributes"
    assert str(caught.value) == message


def test_point_needs_both_coordinates():
    with pytest.raises(TypeError) as caught:
        Point(1)
    assert str(caught.value) == "Point.__new__() missing 1 required positional argument: 'y'"


def test_point_rejects_a_float_coordinate():
    with pytest.raises(TypeError) as caught:
        Point(1, 2.5)
    assert str(caught.value) == "'float' object cannot be interpreted as an integer"


# ANCHOR: repr
def test_repr_shows_code_that_makes_the_point():
    assert repr(Point(1, -2)) == "Point(x=1, y=-2)"


def test_str_shows_a_friendlier_form():
    assert str(Point(1, -2)) == "(1, -2)"
    assert f"{Point(3, 4)}" == "(3, 4)"


def test_containers_use_repr_for_their_items():
    assert str([Point(1, 2)]) == "[Point(x=1, y=2)]"


# ANCHOR_END: repr


def test_repr_follows_a_changed_field():
    point = Point(1, 2)
    point.x = 5
    assert repr(point) == "Point(x=5, y=2)"


def test_repr_handles_the_extreme_coordinates():
    assert repr(Point(I64_MIN, I64_MAX)) == f"Point(x={I64_MIN}, y={I64_MAX})"
