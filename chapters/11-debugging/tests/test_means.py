"""Chapter 11: `mean`, the tested version, and `mean_unchecked`, whose panic the page
diagnoses; both over `stats.rs`, which `cargo test` also checks."""

import pytest
from diagnose import mean, mean_unchecked
from hypothesis import given
from hypothesis import strategies as st

I64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)


def python_mean(values):
    """The mean rounded toward zero, as Rust's integer division rounds."""
    total = sum(values)
    quotient = abs(total) // len(values)
    return quotient if total >= 0 else -quotient


@given(st.lists(I64, min_size=1))
def test_mean_agrees_with_python(values):
    assert mean(values) == python_mean(values)


def test_mean_of_sums_past_64_bits():
    assert mean([2**63 - 1, 2**63 - 1]) == 2**63 - 1
    assert mean([-(2**63)] * 3) == -(2**63)


# ANCHOR: bad-input
def test_mean_of_an_empty_list_is_a_value_error():
    with pytest.raises(ValueError) as caught:
        mean([])
    assert str(caught.value) == "mean of an empty list"


def test_mean_refuses_what_is_not_a_list_of_64_bit_ints():
    with pytest.raises(TypeError) as caught:
        mean([1, "2"])
    # PyO3 asks for `__index__` itself, so this is the message on every Python.
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"
    with pytest.raises(TypeError) as caught:
        mean("12")
    assert str(caught.value) == "Can't extract `str` to `Vec`"
    with pytest.raises(OverflowError) as caught:
        mean([2**63])
    assert str(caught.value) == "Python int too large to convert to C long"


# ANCHOR_END: bad-input


# ANCHOR: panic
def test_the_unchecked_mean_panics_on_an_empty_list():
    assert mean_unchecked([1, 2]) == 1
    with pytest.raises(BaseException) as caught:
        mean_unchecked([])
    kind = type(caught.value)
    assert (kind.__module__, kind.__qualname__) == ("pyo3_runtime", "PanicException")
    assert not issubclass(kind, Exception), "`except Exception` does not catch a panic"
    assert str(caught.value) == "attempt to divide by zero"


# ANCHOR_END: panic
