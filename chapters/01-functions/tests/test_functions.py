"""Chapter 1: what each function returns, and what Python raises for bad input."""

import inspect
import sys

import functions
import pytest
from functions import (
    check_port,
    describe,
    floor_divmod,
    greet,
    initial,
    list_total,
    shout,
    sum_as_string,
    total,
    truncate,
)
from hypothesis import given
from hypothesis import strategies as st

USIZE_MAX = 2**64 - 1 if sys.maxsize > 2**32 else 2**32 - 1
I64_MIN, I64_MAX = -(2**63), 2**63 - 1


# ANCHOR: sum-as-string
def test_sum_as_string_returns_a_str():
    assert sum_as_string(5, 10) == "15"


def test_sum_as_string_accepts_the_largest_usize():
    assert sum_as_string(USIZE_MAX, 0) == str(USIZE_MAX)


# ANCHOR_END: sum-as-string


# ANCHOR: bad-arguments
def test_a_str_raises_type_error():
    with pytest.raises(TypeError) as caught:
        sum_as_string("5", 10)
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"


def test_a_float_raises_type_error():
    with pytest.raises(TypeError) as caught:
        sum_as_string(1.5, 10)
    assert str(caught.value) == "'float' object cannot be interpreted as an integer"


def test_a_negative_number_raises_overflow_error():
    with pytest.raises(OverflowError) as caught:
        sum_as_string(-1, 10)
    assert str(caught.value) == "can't convert negative int to unsigned"


def test_a_number_too_big_for_usize_raises_overflow_error():
    with pytest.raises(OverflowError) as caught:
        sum_as_string(USIZE_MAX + 1, 0)
    assert str(caught.value) == "int too big to convert"


def test_too_many_arguments_raise_type_error():
    with pytest.raises(TypeError) as caught:
        sum_as_string(1, 2, 3)
    assert str(caught.value) == "sum_as_string() takes 2 positional arguments but 3 were given"


def test_too_few_arguments_raise_type_error():
    with pytest.raises(TypeError) as caught:
        sum_as_string(1)
    assert str(caught.value) == "sum_as_string() missing 1 required positional argument: 'b'"


# ANCHOR_END: bad-arguments


# ANCHOR: notes
@pytest.mark.skipif(sys.version_info < (3, 11), reason="exception notes arrived in Python 3.11")
def test_the_failing_argument_is_named_in_a_note():
    with pytest.raises(OverflowError) as caught:
        sum_as_string(5, -1)
    assert caught.value.__notes__ == ["while processing 'b'"]


# ANCHOR_END: notes


def test_a_sum_too_big_for_usize_raises_overflow_error():
    with pytest.raises(OverflowError) as caught:
        sum_as_string(USIZE_MAX, 1)
    assert str(caught.value) == "the sum is too big for a usize"


def test_keyword_arguments_work_for_positional_parameters():
    assert sum_as_string(b=2, a=1) == "3"


def test_an_unknown_keyword_raises_type_error():
    with pytest.raises(TypeError) as caught:
        sum_as_string(1, 2, c=3)
    assert str(caught.value) == "sum_as_string() got an unexpected keyword argument 'c'"


# ANCHOR: docstrings
def test_doc_comments_become_docstrings():
    assert sum_as_string.__doc__ == "Add two non-negative integers and return the sum as a string."
    assert functions.__doc__ == "Functions written in Rust, called from Python."


def test_signatures_are_visible_to_python():
    assert sum_as_string.__text_signature__ == "(a, b)"
    assert str(inspect.signature(greet)) == "(name, greeting='Hello', *, punctuation='!')"


# ANCHOR_END: docstrings


def test_greet_uses_its_defaults():
    assert greet("Ada") == "Hello, Ada!"


def test_greet_takes_greeting_by_position_or_keyword():
    assert greet("Ada", "Hi") == "Hi, Ada!"
    assert greet("Ada", greeting="Hi") == "Hi, Ada!"


def test_punctuation_is_keyword_only():
    assert greet("Ada", punctuation="?") == "Hello, Ada?"
    with pytest.raises(TypeError) as caught:
        greet("Ada", "Hi", "?")
    assert str(caught.value) == "greet() takes from 1 to 2 positional arguments but 3 were given"


def test_greet_handles_empty_and_huge_names():
    assert greet("") == "Hello, !"
    name = "x" * 1_000_000
    assert greet(name) == f"Hello, {name}!"


def test_greet_rejects_a_non_str_name():
    with pytest.raises(TypeError) as caught:
        greet(42)
    assert str(caught.value) == "'int' object is not an instance of 'str'"


def test_total_adds_any_number_of_arguments():
    assert total() == 0
    assert total(1, 2, 3) == 6
    assert total(*range(100_000)) == sum(range(100_000))


def test_total_rejects_a_non_integer():
    with pytest.raises(TypeError) as caught:
        total(1, "2")
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"


def test_total_rejects_keywords():
    with pytest.raises(TypeError) as caught:
        total(1, start=2)
    assert str(caught.value) == "total() got an unexpected keyword argument 'start'"


def test_total_raises_overflow_error_past_i64():
    with pytest.raises(OverflowError) as caught:
        total(I64_MAX, 1)
    assert str(caught.value) == "the total is too big for an i64"
    with pytest.raises(OverflowError):
        total(2**64)


def test_list_total_adds_the_numbers_of_one_list():
    assert list_total([]) == 0
    assert list_total([1, 2, 3]) == 6
    assert list_total(list(range(100_000))) == sum(range(100_000))
    assert list_total(numbers=[4, -4]) == 0


def test_list_total_takes_a_list_and_nothing_else():
    with pytest.raises(TypeError) as caught:
        list_total((1, 2))
    assert str(caught.value) == "'tuple' object is not an instance of 'list'"
    with pytest.raises(TypeError) as caught:
        list_total(None)
    assert str(caught.value) == "'None' is not an instance of 'list'"


def test_list_total_checks_every_item_like_total():
    with pytest.raises(TypeError) as caught:
        list_total([1, "2"])
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"
    with pytest.raises(OverflowError) as caught:
        list_total([I64_MAX, 1])
    assert str(caught.value) == "the total is too big for an i64"


def test_describe_lists_keywords_sorted_by_name():
    assert describe() == ""
    assert describe(size=3, colour="red") == "colour='red', size=3"


def test_describe_handles_many_keywords():
    fields = {f"k{i:05}": i for i in range(10_000)}
    assert describe(**fields).count(", ") == 9_999


def test_describe_rejects_positional_arguments():
    with pytest.raises(TypeError) as caught:
        describe(1)
    assert str(caught.value) == "describe() takes 0 positional arguments but 1 was given"


def test_describe_propagates_an_exception_from_repr():
    class Broken:
        def __repr__(self):
            raise RuntimeError("no repr for you")

    with pytest.raises(RuntimeError) as caught:
        describe(x=Broken())
    assert str(caught.value) == "no repr for you"


# ANCHOR: rename
def test_the_python_name_comes_from_the_name_option():
    assert shout("hello") == "HELLO!"
    assert shout.__name__ == "shout"
    assert not hasattr(functions, "to_shouted")


# ANCHOR_END: rename


def test_shout_handles_empty_text_and_rejects_bytes():
    assert shout("") == "!"
    with pytest.raises(TypeError) as caught:
        shout(b"hello")
    assert str(caught.value) == "'bytes' object is not an instance of 'str'"


# ANCHOR: options
def test_an_option_parameter_without_a_default_is_required():
    assert initial("Ada") == "A"
    assert initial(None) is None
    with pytest.raises(TypeError) as caught:
        initial()
    assert str(caught.value) == "initial() missing 1 required positional argument: 'name'"


def test_an_option_parameter_with_a_default_is_optional():
    assert truncate("hello") == "hello"
    assert truncate("hello", 2) == "he"
    assert truncate("hello", None) == "hello"


# ANCHOR_END: options


def test_initial_of_an_empty_name_is_none():
    assert initial("") is None


def test_truncate_counts_characters_not_bytes():
    assert truncate("héllo", 2) == "hé"
    assert truncate("", 3) == ""
    assert truncate("abc", 10**6) == "abc"


def test_truncate_rejects_a_negative_limit():
    with pytest.raises(OverflowError) as caught:
        truncate("abc", -1)
    assert str(caught.value) == "can't convert negative int to unsigned"


# ANCHOR: check-port
def test_returning_unit_gives_none():
    assert check_port(8080) is None


def test_an_out_of_range_port_raises_overflow_error():
    for port in (-1, 65536):
        with pytest.raises(OverflowError) as caught:
            check_port(port)
        assert str(caught.value) == "out of range integral type conversion attempted"


def test_port_zero_raises_value_error():
    with pytest.raises(ValueError) as caught:
        check_port(0)
    assert str(caught.value) == "port 0 means 'any port'; pick one from 1 to 65535"


# ANCHOR_END: check-port


def test_check_port_rejects_a_str():
    with pytest.raises(TypeError) as caught:
        check_port("80")
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"


# ANCHOR: floor-divmod
def test_floor_divmod_returns_a_tuple():
    assert floor_divmod(7, 2) == (3, 1)
    assert floor_divmod(-7, 2) == (-4, 1)


def test_floor_divmod_by_zero_raises_zero_division_error():
    with pytest.raises(ZeroDivisionError) as caught:
        floor_divmod(1, 0)
    assert str(caught.value) == "integer division or modulo by zero"


@given(st.integers(I64_MIN, I64_MAX), st.integers(I64_MIN, I64_MAX).filter(bool))
def test_floor_divmod_matches_python_divmod(a, b):
    if (a, b) != (I64_MIN, -1):
        assert floor_divmod(a, b) == divmod(a, b)


# ANCHOR_END: floor-divmod


def test_floor_divmod_reports_the_one_overflowing_quotient():
    with pytest.raises(OverflowError) as caught:
        floor_divmod(I64_MIN, -1)
    assert str(caught.value) == "the quotient is too big for an i64"


def test_floor_divmod_rejects_floats():
    with pytest.raises(TypeError) as caught:
        floor_divmod(7.0, 2)
    assert str(caught.value) == "'float' object cannot be interpreted as an integer"


def test_reloading_the_extension_hands_back_the_module_already_loaded():
    # Why the page says to restart Python after a rebuild: reload runs none of the new code.
    import importlib

    extension = sys.modules[functions.sum_as_string.__module__]
    before = extension.sum_as_string
    assert importlib.reload(extension) is extension
    assert extension.sum_as_string is before
