"""Chapter 7: calling `capsule_provider`'s C functions from `capsules`, through the capsule."""

import capsule_provider
import pytest
from capsules import add, multiply, provider_version
from hypothesis import given
from hypothesis import strategies as st

I64_MIN, I64_MAX = -(2**63), 2**63 - 1
i64s = st.integers(I64_MIN, I64_MAX)


# ANCHOR: calls
def test_add_and_multiply_call_the_provider():
    assert add(2, 3) == 5
    assert multiply(6, -7) == -42


def test_provider_version_reads_the_installed_version():
    assert provider_version() == (1, 1)


@given(i64s, i64s)
def test_add_is_python_addition_or_overflow_error(a, b):
    if I64_MIN <= a + b <= I64_MAX:
        assert add(a, b) == a + b
    else:
        with pytest.raises(OverflowError) as caught:
            add(a, b)
        assert str(caught.value) == f"{a} + {b} does not fit in 64 bits"


@given(i64s, i64s)
def test_multiply_is_python_multiplication_or_overflow_error(a, b):
    if I64_MIN <= a * b <= I64_MAX:
        assert multiply(a, b) == a * b
    else:
        with pytest.raises(OverflowError) as caught:
            multiply(a, b)
        assert str(caught.value) == f"{a} * {b} does not fit in 64 bits"


# ANCHOR_END: calls


def test_the_edges_of_i64_add_up():
    assert add(I64_MAX, 0) == I64_MAX
    assert add(I64_MIN, I64_MAX) == -1
    assert multiply(I64_MIN, 1) == I64_MIN


def test_one_past_the_edge_overflows():
    with pytest.raises(OverflowError) as caught:
        add(I64_MAX, 1)
    assert str(caught.value) == f"{I64_MAX} + 1 does not fit in 64 bits"
    with pytest.raises(OverflowError) as caught:
        multiply(I64_MIN, -1)
    assert str(caught.value) == f"{I64_MIN} * -1 does not fit in 64 bits"


def test_an_int_too_large_for_i64_is_refused_before_the_call():
    with pytest.raises(OverflowError) as caught:
        add(2**63, 0)
    assert str(caught.value) == "Python int too large to convert to C long"


def test_the_capsule_is_a_pycapsule_named_after_its_place():
    capsule = capsule_provider._C_API
    assert type(capsule).__name__ == "PyCapsule"
    assert repr(capsule).startswith('<capsule object "capsule_provider._C_API" at 0x')
