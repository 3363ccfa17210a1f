"""Chapter 5: Rust calls a Python callable and handles the exception it raises."""

import pytest
from errors import MissingEqualsError, call_or_default, parse_int, parse_setting


def test_call_or_default_returns_what_the_callable_returns():
    assert call_or_default(int, "42", 0) == 42
    assert call_or_default(str.upper, "abc", "") == "ABC"


def test_a_callable_that_returns_none_gives_none_not_the_default():
    assert call_or_default(lambda value: None, 1, "default") is None


# ANCHOR: callback
def test_a_value_error_gives_the_default():
    default = object()
    assert call_or_default(int, "forty-two", default) is default


def test_a_subclass_of_value_error_gives_the_default_too():
    assert issubclass(UnicodeDecodeError, ValueError)
    assert call_or_default(bytes.decode, b"\xff", "?") == "?"


def test_any_other_exception_propagates_unchanged():
    original = KeyError("pear")

    def lookup(value):
        raise original

    with pytest.raises(KeyError) as caught:
        call_or_default(lookup, "pear", 0)
    assert caught.value is original


# ANCHOR_END: callback


def test_a_value_error_raised_by_rust_gives_the_default():
    assert call_or_default(parse_int, "12 apples", -1) == -1


def test_a_parse_error_raised_by_rust_propagates():
    with pytest.raises(MissingEqualsError) as caught:
        call_or_default(parse_setting, "port 8080", None)
    assert str(caught.value) == "expected 'key = value' but found no '='"


def test_a_non_callable_raises_type_error():
    with pytest.raises(TypeError) as caught:
        call_or_default(42, "x", 0)
    assert str(caught.value) == "'int' object is not callable"


def test_a_callable_that_takes_no_argument_raises_type_error():
    def no_arguments():
        return 1

    with pytest.raises(TypeError) as caught:
        call_or_default(no_arguments, "x", 0)
    assert str(caught.value).endswith("takes 0 positional arguments but 1 was given")


def test_a_missing_default_raises_type_error():
    with pytest.raises(TypeError) as caught:
        call_or_default(int, "x")
    assert (
        str(caught.value) == "call_or_default() missing 1 required positional argument: 'default'"
    )


def test_call_or_default_passes_a_huge_value_through():
    text = "7" * 4000
    assert call_or_default(len, text, 0) == 4000
