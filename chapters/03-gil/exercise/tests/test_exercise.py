"""Chapter 3's exercise. Do not edit these tests: make them pass by editing src/exercise.rs.

Run them with `just exercise 3`.
"""

import threading

import pytest
from gil_exercise import Gate, count_primes, wait_open


# ANCHOR: task1
@pytest.mark.task(1)
def test_a_gate_starts_closed_and_stays_open():
    gate = Gate()
    assert gate.is_open() is False, "a new gate must be closed"
    gate.open()
    gate.open()
    assert gate.is_open() is True, "called open(), but is_open() is still False"


# ANCHOR_END: task1


# ANCHOR: task2
@pytest.mark.task(2)
def test_another_thread_can_open_the_gate_while_you_wait():
    gate = Gate()
    # In 50 ms another thread calls gate.open(). It needs the interpreter to do so, so it
    # can only run while wait_open is waiting if wait_open has detached.
    opener = threading.Timer(0.05, gate.open)
    opener.start()
    opened = wait_open(gate, 2.0)
    opener.join()
    assert opened is True, "wait_open returned False: did it let other threads run?"


@pytest.mark.task(2)
def test_waiting_for_a_gate_nobody_opens_times_out():
    got = wait_open(Gate(), 0.01)
    assert got is False, f"called wait_open(Gate(), 0.01), got {got!r}, expected False"


@pytest.mark.task(2)
@pytest.mark.parametrize("seconds", [-1.0, 61.0, float("nan")])
def test_a_wait_out_of_range_raises_value_error(seconds):
    with pytest.raises(ValueError) as caught:
        wait_open(Gate(), seconds)
    assert str(caught.value) == "seconds must be from 0 to 60"


# ANCHOR_END: task2


# ANCHOR: task3
@pytest.mark.task(3)
@pytest.mark.parametrize(("limit", "count"), [(0, 0), (2, 0), (3, 1), (10, 4), (100, 25)])
def test_count_primes_below_a_limit(limit, count):
    got = count_primes(limit)
    assert got == count, f"called count_primes({limit}), got {got}, expected {count}"


@pytest.mark.task(3)
def test_a_limit_past_ten_million_raises_value_error():
    with pytest.raises(ValueError) as caught:
        count_primes(10_000_001)
    assert str(caught.value) == "limit must be at most 10000000"


# ANCHOR_END: task3
