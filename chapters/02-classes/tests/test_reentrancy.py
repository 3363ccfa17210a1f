"""Chapter 2: PyO3 checks borrows at run time; a frozen class with an atomic never conflicts."""

import pytest
from classes import AtomicTally, Tally

I64_MAX = 2**63 - 1


# ANCHOR: reentrancy
def test_a_callback_may_run_other_code():
    tally = Tally()
    seen = []
    tally.add_and_notify(1, lambda: seen.append("called"))
    assert (seen, tally.total()) == (["called"], 1)


def test_a_mut_method_reentered_from_a_callback_raises_runtime_error():
    tally = Tally()
    with pytest.raises(RuntimeError) as caught:
        tally.add_and_notify(1, lambda: tally.add(1))
    assert str(caught.value) == "Already borrowed"
    assert tally.total() == 1  # the outer add happened, the inner one did not


def test_reading_during_a_mut_method_raises_runtime_error():
    tally = Tally()
    with pytest.raises(RuntimeError) as caught:
        tally.add_and_notify(1, tally.total)
    assert str(caught.value) == "Already mutably borrowed"


# ANCHOR_END: reentrancy


# ANCHOR: atomic
def test_a_frozen_tally_can_be_reentered_from_a_callback():
    tally = AtomicTally()
    tally.add_and_notify(1, lambda: tally.add(1))
    assert tally.total() == 2


def test_a_frozen_tally_can_be_read_from_a_callback():
    tally = AtomicTally()
    seen = []
    tally.add_and_notify(5, lambda: seen.append(tally.total()))
    assert seen == [5]


# ANCHOR_END: atomic


@pytest.mark.parametrize("kind", [Tally, AtomicTally])
def test_a_callback_that_is_not_callable_raises_type_error_and_adds_nothing(kind):
    tally = kind()
    with pytest.raises(TypeError) as caught:
        tally.add_and_notify(1, 42)
    assert str(caught.value) == "callback must be callable"
    assert tally.total() == 0


@pytest.mark.parametrize("kind", [Tally, AtomicTally])
def test_an_exception_from_the_callback_reaches_the_caller(kind):
    tally = kind()
    with pytest.raises(ZeroDivisionError):
        tally.add_and_notify(1, lambda: 1 / 0)
    assert tally.total() == 1


@pytest.mark.parametrize("kind", [Tally, AtomicTally])
def test_a_total_past_i64_raises_overflow_error_and_keeps_the_total(kind):
    tally = kind()
    tally.add(I64_MAX)
    with pytest.raises(OverflowError) as caught:
        tally.add(1)
    assert str(caught.value) == "the total is too big for an i64"
    assert tally.total() == I64_MAX


@pytest.mark.parametrize("kind", [Tally, AtomicTally])
def test_negative_amounts_subtract(kind):
    tally = kind()
    tally.add(-(2**63))
    assert tally.total() == -(2**63)


@pytest.mark.parametrize("kind", [Tally, AtomicTally])
def test_an_amount_too_big_for_i64_raises_overflow_error(kind):
    with pytest.raises(OverflowError) as caught:
        kind().add(I64_MAX + 1)
    assert str(caught.value) == "Python int too large to convert to C long"


@pytest.mark.parametrize("kind", [Tally, AtomicTally])
def test_a_float_amount_raises_type_error(kind):
    with pytest.raises(TypeError) as caught:
        kind().add(1.0)
    assert str(caught.value) == "'float' object cannot be interpreted as an integer"
