"""Chapter 5: an exception hierarchy made with `create_exception!`, raised through a Rust enum."""

import sys

import errors
import pytest
from errors import (
    BadValueError,
    EmptyKeyError,
    MissingEqualsError,
    ParseError,
    parse_setting,
    parse_settings,
)

I64_MIN, I64_MAX = -(2**63), 2**63 - 1
SUBCLASSES = (MissingEqualsError, EmptyKeyError, BadValueError)


def test_parse_setting_returns_the_key_and_an_integer():
    assert parse_setting("port = 8080") == ("port", 8080)
    assert parse_setting("  offset=-3  ") == ("offset", -3)


def test_parse_setting_accepts_the_i64_extremes():
    assert parse_setting(f"low = {I64_MIN}") == ("low", I64_MIN)
    assert parse_setting(f"high = {I64_MAX}") == ("high", I64_MAX)


# ANCHOR: hierarchy
def test_every_parse_error_is_a_subclass_of_parse_error():
    assert issubclass(ParseError, Exception)
    for subclass in SUBCLASSES:
        assert issubclass(subclass, ParseError)


def test_except_parse_error_catches_every_subclass():
    caught = []
    for line in ("port 8080", " = 8080", "port = eighty"):
        try:
            parse_setting(line)
        except ParseError as err:
            caught.append(type(err))
    assert caught == [MissingEqualsError, EmptyKeyError, BadValueError]


def test_the_exceptions_live_in_the_errors_module():
    for exception in (ParseError, *SUBCLASSES):
        assert exception.__module__ == "errors"
        assert getattr(errors, exception.__name__) is exception
    assert repr(ParseError) == "<class 'errors.ParseError'>"


# ANCHOR_END: hierarchy


def test_the_create_exception_docstring_becomes_the_class_docstring():
    assert ParseError.__doc__ == "A settings line could not be parsed."
    assert MissingEqualsError.__doc__ == "A settings line has no '='."


def test_python_code_can_raise_and_repr_them_too():
    with pytest.raises(ParseError) as caught:
        raise BadValueError("made in Python")
    assert repr(caught.value) == "BadValueError('made in Python')"


def test_a_line_without_equals_raises_missing_equals_error():
    for line in ("port 8080", "", " " * 10):
        with pytest.raises(MissingEqualsError) as caught:
            parse_setting(line)
        assert str(caught.value) == "expected 'key = value' but found no '='"


def test_a_line_without_a_key_raises_empty_key_error():
    for line in ("= 8080", "   = 8080", "="):
        with pytest.raises(EmptyKeyError) as caught:
            parse_setting(line)
        assert str(caught.value) == "the line has no key before its '='"


# ANCHOR: cause
def test_a_bad_value_is_caused_by_rusts_value_error():
    with pytest.raises(BadValueError) as caught:
        parse_setting("port = eighty")
    assert str(caught.value) == 'the value of "port" is not an integer'
    cause = caught.value.__cause__
    assert type(cause) is ValueError
    assert str(cause) == "invalid digit found in string"


def test_only_bad_values_have_a_cause():
    for line in ("port 8080", "= 8080"):
        with pytest.raises(ParseError) as caught:
            parse_setting(line)
        assert caught.value.__cause__ is None


# ANCHOR_END: cause


def test_setting_a_cause_suppresses_the_context_like_raise_from():
    with pytest.raises(BadValueError) as caught:
        parse_setting("port = eighty")
    assert caught.value.__suppress_context__ is True


def test_an_empty_value_names_the_empty_string_in_the_cause():
    with pytest.raises(BadValueError) as caught:
        parse_setting("port =")
    assert str(caught.value.__cause__) == "cannot parse integer from empty string"


def test_a_value_too_big_for_i64_names_the_overflow_in_the_cause():
    with pytest.raises(BadValueError) as caught:
        parse_setting(f"n = {I64_MAX + 1}")
    assert str(caught.value.__cause__) == "number too large to fit in target type"


def test_parse_setting_rejects_a_non_str():
    with pytest.raises(TypeError) as caught:
        parse_setting(8080)
    assert str(caught.value) == "'int' object is not an instance of 'str'"


def test_parse_setting_handles_a_huge_key():
    key = "k" * 1_000_000
    assert parse_setting(f"{key} = 1") == (key, 1)


def test_parse_settings_skips_blank_lines_and_comments():
    text = "# server\nhost_id = 7\n\n   \nport = 8080\n"
    assert parse_settings(text) == {"host_id": 7, "port": 8080}


def test_parse_settings_of_empty_text_is_an_empty_dict():
    assert parse_settings("") == {}


def test_a_repeated_key_keeps_its_last_value():
    assert parse_settings("a = 1\na = 2") == {"a": 2}


def test_parse_settings_handles_many_lines():
    text = "\n".join(f"k{i} = {i}" for i in range(10_000))
    assert parse_settings(text) == {f"k{i}": i for i in range(10_000)}


def test_parse_settings_raises_the_same_exceptions_as_parse_setting():
    with pytest.raises(BadValueError) as caught:
        parse_settings("a = 1\nb = two")
    assert str(caught.value) == 'the value of "b" is not an integer'
    assert str(caught.value.__cause__) == "invalid digit found in string"


# ANCHOR: notes
@pytest.mark.skipif(sys.version_info < (3, 11), reason="exception notes arrived in Python 3.11")
def test_the_failing_line_number_is_a_note():
    with pytest.raises(MissingEqualsError) as caught:
        parse_settings("a = 1\n\nb = 2\nthree\n")
    assert caught.value.__notes__ == ["on line 4"]


@pytest.mark.skipif(sys.version_info >= (3, 11), reason="Python 3.11+ has exception notes")
def test_before_python_3_11_there_is_no_note():
    with pytest.raises(MissingEqualsError) as caught:
        parse_settings("a = 1\n\nb = 2\nthree\n")
    assert not hasattr(caught.value, "__notes__")


# ANCHOR_END: notes


def test_parse_settings_rejects_bytes():
    with pytest.raises(TypeError) as caught:
        parse_settings(b"a = 1")
    assert str(caught.value) == "'bytes' object is not an instance of 'str'"
