"""Chapter 4: the everyday conversions, in and back out, and what bad input raises."""

import math
import types
from collections import OrderedDict

import pytest
from conversions import (
    echo_bytes,
    echo_dict,
    echo_f64,
    echo_i64,
    echo_list,
    echo_optional,
    echo_set,
    echo_str,
    echo_tuple,
    echo_u8,
)
from hypothesis import given
from hypothesis import strategies as st

I64_MIN, I64_MAX = -(2**63), 2**63 - 1
i64s = st.integers(I64_MIN, I64_MAX)


# ANCHOR: round-trips
@given(st.text())
def test_str_round_trips(text):
    assert echo_str(text) == text


@given(st.binary())
def test_bytes_round_trip(data):
    assert echo_bytes(data) == data


@given(i64s)
def test_i64_round_trips(number):
    assert echo_i64(number) == number


@given(st.floats(allow_nan=False))
def test_f64_round_trips(number):
    assert echo_f64(number) == number


@given(st.lists(i64s))
def test_list_round_trips(numbers):
    assert echo_list(numbers) == numbers


@given(st.tuples(st.text(), i64s))
def test_tuple_round_trips(pair):
    assert echo_tuple(pair) == pair


@given(st.dictionaries(st.text(), i64s))
def test_dict_round_trips(scores):
    assert echo_dict(scores) == scores


@given(st.sets(i64s))
def test_set_round_trips(numbers):
    assert echo_set(numbers) == numbers


@given(st.none() | i64s)
def test_optional_round_trips(number):
    assert echo_optional(number) == number


# ANCHOR_END: round-trips


# str
def test_echo_str_handles_empty_and_huge_text():
    assert echo_str("") == ""
    text = "é" * 1_000_000
    assert echo_str(text) == text


def test_echo_str_rejects_bytes():
    with pytest.raises(TypeError) as caught:
        echo_str(b"abc")
    assert str(caught.value) == "'bytes' object is not an instance of 'str'"


def test_echo_str_rejects_none():
    with pytest.raises(TypeError) as caught:
        echo_str(None)
    assert str(caught.value) == "'None' is not an instance of 'str'"


def test_echo_str_rejects_a_lone_surrogate_with_unicode_encode_error():
    with pytest.raises(UnicodeEncodeError) as caught:
        echo_str("\ud800")
    assert str(caught.value) == (
        "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed"
    )


# bytes
def test_vec_u8_comes_back_as_bytes():
    assert type(echo_bytes([1, 2, 3])) is bytes


def test_echo_bytes_accepts_any_sequence_of_small_ints():
    assert echo_bytes(bytearray(b"abc")) == b"abc"
    assert echo_bytes((97, 98, 99)) == b"abc"
    assert echo_bytes(memoryview(b"abc")) == b"abc"


def test_echo_bytes_handles_empty_and_huge_data():
    assert echo_bytes(b"") == b""
    data = bytes(range(256)) * 4096
    assert echo_bytes(data) == data


def test_echo_bytes_rejects_a_str():
    with pytest.raises(TypeError) as caught:
        echo_bytes("abc")
    assert str(caught.value) == "Can't extract `str` to `Vec`"


def test_echo_bytes_rejects_an_item_over_255():
    with pytest.raises(OverflowError) as caught:
        echo_bytes([1, 256])
    assert str(caught.value) == "out of range integral type conversion attempted"


def test_echo_bytes_rejects_a_non_integer_item():
    with pytest.raises(TypeError) as caught:
        echo_bytes(["a"])
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"


def test_echo_bytes_rejects_an_int():
    with pytest.raises(TypeError) as caught:
        echo_bytes(5)
    assert str(caught.value) == "'int' object is not an instance of 'Sequence'"


# integers
def test_echo_i64_accepts_both_ends_of_its_range():
    assert echo_i64(I64_MIN) == I64_MIN
    assert echo_i64(I64_MAX) == I64_MAX


def test_echo_i64_rejects_one_past_either_end():
    for number in (I64_MIN - 1, I64_MAX + 1):
        with pytest.raises(OverflowError) as caught:
            echo_i64(number)
        assert str(caught.value) == "Python int too large to convert to C long"


def test_echo_i64_turns_a_bool_into_an_int():
    result = echo_i64(True)
    assert result == 1
    assert type(result) is int


def test_echo_i64_rejects_a_float_and_a_str():
    with pytest.raises(TypeError) as caught:
        echo_i64(1.0)
    assert str(caught.value) == "'float' object cannot be interpreted as an integer"
    with pytest.raises(TypeError) as caught:
        echo_i64("1")
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"


def test_echo_u8_accepts_0_to_255():
    assert [echo_u8(n) for n in range(256)] == list(range(256))


def test_echo_u8_rejects_256_and_minus_1():
    for number in (256, -1):
        with pytest.raises(OverflowError) as caught:
            echo_u8(number)
        assert str(caught.value) == "out of range integral type conversion attempted"


def test_echo_u8_reports_a_huge_int_as_too_big_for_a_c_long():
    # A u8 is read as a C long first, then narrowed, so a huge int fails at the first step.
    with pytest.raises(OverflowError) as caught:
        echo_u8(2**70)
    assert str(caught.value) == "Python int too large to convert to C long"


# floats
def test_echo_f64_turns_an_int_into_a_float():
    result = echo_f64(2)
    assert result == 2.0
    assert type(result) is float


def test_echo_f64_keeps_nan_and_infinity():
    assert math.isnan(echo_f64(math.nan))
    assert echo_f64(-math.inf) == -math.inf


def test_echo_f64_rejects_a_str():
    with pytest.raises(TypeError) as caught:
        echo_f64("2.0")
    assert str(caught.value) == "must be real number, not str"


def test_echo_f64_rejects_none():
    with pytest.raises(TypeError) as caught:
        echo_f64(None)
    assert str(caught.value) == "must be real number, not NoneType"


def test_echo_f64_rejects_an_int_too_big_for_a_float():
    with pytest.raises(OverflowError) as caught:
        echo_f64(2**1024)
    assert str(caught.value) == "int too large to convert to float"


# lists
def test_echo_list_accepts_any_sequence_and_returns_a_list():
    assert echo_list((1, 2)) == [1, 2]
    assert echo_list(range(3)) == [0, 1, 2]
    assert echo_list(b"ab") == [97, 98]


def test_echo_list_returns_a_new_list():
    original = [1, 2]
    result = echo_list(original)
    result.append(3)
    assert original == [1, 2]


def test_echo_list_handles_empty_and_huge_lists():
    assert echo_list([]) == []
    numbers = list(range(100_000))
    assert echo_list(numbers) == numbers


def test_echo_list_rejects_a_str():
    with pytest.raises(TypeError) as caught:
        echo_list("123")
    assert str(caught.value) == "Can't extract `str` to `Vec`"


def test_echo_list_rejects_sets_and_iterators():
    with pytest.raises(TypeError) as caught:
        echo_list({1, 2})
    assert str(caught.value) == "'set' object is not an instance of 'Sequence'"
    with pytest.raises(TypeError) as caught:
        echo_list(iter([1, 2]))
    assert str(caught.value) == "'list_iterator' object is not an instance of 'Sequence'"


def test_echo_list_rejects_a_bad_item():
    with pytest.raises(TypeError) as caught:
        echo_list([1, "2"])
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"
    with pytest.raises(OverflowError) as caught:
        echo_list([1, 2**63])
    assert str(caught.value) == "Python int too large to convert to C long"


# tuples
def test_echo_tuple_rejects_a_list():
    with pytest.raises(TypeError) as caught:
        echo_tuple(["Ada", 36])
    assert str(caught.value) == "'list' object is not an instance of 'tuple'"


def test_echo_tuple_rejects_the_wrong_length_with_value_error():
    for pair in ((), ("Ada",), ("Ada", 36, "London")):
        with pytest.raises(ValueError) as caught:
            echo_tuple(pair)
        assert str(caught.value) == (
            f"expected tuple of length 2, but got tuple of length {len(pair)}"
        )


def test_echo_tuple_rejects_items_in_the_wrong_order():
    with pytest.raises(TypeError) as caught:
        echo_tuple((36, "Ada"))
    assert str(caught.value) == "'int' object is not an instance of 'str'"


def test_echo_tuple_handles_empty_and_huge_names():
    assert echo_tuple(("", 0)) == ("", 0)
    name = "x" * 1_000_000
    assert echo_tuple((name, I64_MAX)) == (name, I64_MAX)


# dicts
def test_echo_dict_accepts_a_dict_subclass_and_returns_a_plain_dict():
    result = echo_dict(OrderedDict(a=1))
    assert result == {"a": 1}
    assert type(result) is dict


def test_echo_dict_handles_empty_and_huge_dicts():
    assert echo_dict({}) == {}
    scores = {f"k{i}": i for i in range(10_000)}
    assert echo_dict(scores) == scores


def test_echo_dict_rejects_a_mapping_that_is_not_a_dict():
    with pytest.raises(TypeError) as caught:
        echo_dict(types.MappingProxyType({"a": 1}))
    assert str(caught.value) == "'mappingproxy' object is not an instance of 'dict'"


def test_echo_dict_rejects_a_list_of_pairs():
    with pytest.raises(TypeError) as caught:
        echo_dict([("a", 1)])
    assert str(caught.value) == "'list' object is not an instance of 'dict'"


def test_echo_dict_rejects_a_bad_key_or_value():
    with pytest.raises(TypeError) as caught:
        echo_dict({1: 1})
    assert str(caught.value) == "'int' object is not an instance of 'str'"
    with pytest.raises(TypeError) as caught:
        echo_dict({"a": "1"})
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"


# sets
def test_echo_set_accepts_a_frozenset_and_returns_a_set():
    result = echo_set(frozenset({1, 2}))
    assert result == {1, 2}
    assert type(result) is set


def test_echo_set_handles_empty_and_huge_sets():
    assert echo_set(set()) == set()
    numbers = set(range(100_000))
    assert echo_set(numbers) == numbers


def test_echo_set_rejects_a_list():
    with pytest.raises(TypeError) as caught:
        echo_set([1, 2])
    assert str(caught.value) == "'list' object is not an instance of 'set'"


def test_echo_set_rejects_a_bad_item():
    with pytest.raises(TypeError) as caught:
        echo_set({"a"})
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"


# None and Option
def test_echo_optional_still_requires_its_argument():
    with pytest.raises(TypeError) as caught:
        echo_optional()
    assert str(caught.value) == "echo_optional() missing 1 required positional argument: 'number'"


def test_echo_optional_checks_a_value_that_is_not_none():
    with pytest.raises(TypeError) as caught:
        echo_optional("7")
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"
    with pytest.raises(OverflowError) as caught:
        echo_optional(2**63)
    assert str(caught.value) == "Python int too large to convert to C long"
