"""Chapter 8: the four bindings give the same answers on valid input.

`binding` (conftest.py) is each of them in turn: the C API, pybind11, CFFI over Rust, PyO3.
"""

import sys
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

INT64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)


@given(values=st.lists(st.integers(min_value=-(2**40), max_value=2**40), max_size=50))
def test_sum_ints_agrees_with_python(binding, values):
    assert binding.sum_ints(values) == sum(values)


@given(a=INT64, b=INT64)
def test_add_agrees_with_python_or_overflows(binding, a, b):
    if -(2**63) <= a + b < 2**63:
        assert binding.add(a, b) == a + b
    else:
        with pytest.raises(OverflowError) as caught:
            binding.add(a, b)
        assert str(caught.value) == "the sum does not fit in 64 bits"


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], 0),
        ([2**63 - 1], 2**63 - 1),
        ([-(2**63)], -(2**63)),
        ([2**63 - 1, -1, 1], 2**63 - 1),  # the total may pass the edge only at the end
        ([True, 2], 3),  # bool is a subclass of int
    ],
)
def test_sum_ints_at_the_edges(binding, values, expected):
    assert binding.sum_ints(values) == expected


def test_a_sum_past_64_bits_is_an_overflow_error_everywhere(binding):
    with pytest.raises(OverflowError) as caught:
        binding.sum_ints([2**62, 2**62])
    assert str(caught.value) == "the sum does not fit in 64 bits"


def test_no_binding_keeps_a_reference_to_the_items(binding, refcount_delta):
    big = 10**15  # not a small int: those are immortal on Python 3.12+, and never counted
    assert refcount_delta(big, lambda: binding.sum_ints([big, big])) == 0


# ANCHOR: empties
class EmptiesTheList:
    """An int-like item whose conversion runs Python code that empties the list."""

    def __init__(self, values):
        self.values = values

    def __index__(self):
        self.values.clear()
        return 10


def test_an_item_that_empties_the_list_ends_the_loop_safely(binding):
    if binding.__name__ == "why_rust_cpp":
        pytest.skip("reads freed memory: test_bugs.py runs it in a subprocess under -X dev")
    values = [1, None, 10**15, 10**16]
    values[1] = EmptiesTheList(values)
    if binding.__name__ == "why_rust_cffi":
        with pytest.raises(TypeError) as caught:  # CFFI asks for `__int__`, not `__index__`
            binding.sum_ints(values)
        assert str(caught.value) == "an integer is required"
    else:
        assert binding.sum_ints(values) == 11  # 1 + 10, and then the list is empty


# ANCHOR_END: empties


# ANCHOR: truncates
def test_cffi_and_pybind11_cut_to_an_int_what_the_others_refuse(binding):
    values = [1, Decimal("3.7")]
    if binding.__name__ in ("why_rust_cffi", "why_rust_cpp"):
        assert binding.sum_ints(values) == 4  # 1 + 3: Decimal's __int__ cuts 3.7 to 3
    elif binding.__name__ == "why_rust_c" and sys.version_info < (3, 10):
        # Python 3.9's PyLong_AsLongLong still falls back to __int__, with a warning that
        # the tests turn into an error.
        with pytest.raises(DeprecationWarning):
            binding.sum_ints(values)
    else:
        with pytest.raises(TypeError) as caught:
            binding.sum_ints(values)
        assert str(caught.value) == "'decimal.Decimal' object cannot be interpreted as an integer"


# ANCHOR_END: truncates
