"""Chapter 3: attached and detached calls, state shared between threads, and bad input.

No test here measures time. Where a test needs to know whether another thread ran during a
call, the threads hand each other `Flag`s, and every wait has a bound of seconds that a
passing run never comes near.
"""

import contextlib
import sys
import threading

import pytest
from gil import (
    Counter,
    Flag,
    WordTally,
    busy_attached,
    busy_detached,
    call_in_rust_thread,
)

U64_MAX = 2**64 - 1
# Free-threaded Python (3.13t and newer) may run without a GIL; then attached threads run
# side by side and "attached" no longer keeps other threads out.
GIL_ENABLED = getattr(sys, "_is_gil_enabled", lambda: True)()
BAD_SECONDS = [-1, -0.001, 60.001, 2**70, float("nan"), float("inf"), float("-inf")]


# ANCHOR: attach-detach
def set_stop_once_started(started, stop):
    """The other Python thread: wait until the Rust call has begun, then ask it to stop."""
    if started.wait(10):
        stop.set()


def run_beside_helper(busy, seconds):
    """Call `busy` while a helper thread waits to set `stop`; return what `busy` returned."""
    started, stop = Flag(), Flag()
    helper = threading.Thread(target=set_stop_once_started, args=(started, stop))
    helper.start()
    try:
        return busy(started, stop, seconds), stop
    finally:
        started.set()  # never leave the helper waiting, even when `busy` raised
        helper.join()


def test_another_thread_runs_while_a_call_is_detached():
    # Normally the helper sets `stop` within milliseconds; 10 s is only a bound.
    saw_stop, _ = run_beside_helper(busy_detached, 10)
    assert saw_stop is True


@pytest.mark.skipif(not GIL_ENABLED, reason="without a GIL, attached threads run side by side")
def test_no_other_thread_runs_while_a_call_is_attached():
    saw_stop, stop = run_beside_helper(busy_attached, 0.2)
    assert saw_stop is False
    # The helper was not stuck: it set `stop` as soon as the call let go of the interpreter.
    assert stop.is_set()


# ANCHOR_END: attach-detach


@pytest.mark.parametrize("busy", [busy_attached, busy_detached])
def test_busy_sets_started(busy):
    started = Flag()
    busy(started, Flag(), 0)
    assert started.is_set()


@pytest.mark.parametrize("busy", [busy_attached, busy_detached])
def test_busy_returns_true_at_once_when_stop_is_already_set(busy):
    stop = Flag()
    stop.set()
    assert busy(Flag(), stop, 0) is True


@pytest.mark.parametrize("busy", [busy_attached, busy_detached])
def test_busy_returns_false_when_time_runs_out(busy):
    assert busy(Flag(), Flag(), 0) is False


@pytest.mark.parametrize("busy", [busy_attached, busy_detached])
@pytest.mark.parametrize("seconds", BAD_SECONDS)
def test_busy_rejects_a_wait_outside_0_to_60_seconds(busy, seconds):
    started = Flag()
    with pytest.raises(ValueError) as caught:
        busy(started, Flag(), seconds)
    assert str(caught.value) == "seconds must be from 0 to 60"
    assert not started.is_set()


@pytest.mark.parametrize("busy", [busy_attached, busy_detached])
def test_busy_rejects_seconds_that_are_not_a_number(busy):
    with pytest.raises(TypeError) as caught:
        busy(Flag(), Flag(), "1")
    assert str(caught.value) == "must be real number, not str"


@pytest.mark.parametrize("busy", [busy_attached, busy_detached])
def test_busy_rejects_something_that_is_not_a_flag(busy):
    with pytest.raises(TypeError) as caught:
        busy(Flag(), threading.Event(), 1)
    assert str(caught.value) == "'Event' object is not an instance of 'Flag'"
    with pytest.raises(TypeError) as caught:
        busy(None, Flag(), 1)
    assert str(caught.value) == "'None' is not an instance of 'Flag'"


# ANCHOR: rust-thread
def test_call_in_rust_thread_returns_what_the_callback_returns():
    assert call_in_rust_thread(lambda: 42) == 42


def test_call_in_rust_thread_runs_the_callback_on_another_thread():
    assert call_in_rust_thread(threading.get_ident) != threading.get_ident()


# ANCHOR_END: rust-thread


def test_call_in_rust_thread_raises_what_the_callback_raises():
    def fail():
        raise KeyError("missing")

    with pytest.raises(KeyError) as caught:
        call_in_rust_thread(fail)
    assert str(caught.value) == "'missing'"


def test_call_in_rust_thread_hands_back_a_large_result_whole():
    assert len(call_in_rust_thread(lambda: "x" * 10_000_000)) == 10_000_000


def test_call_in_rust_thread_rejects_something_that_is_not_callable():
    with pytest.raises(TypeError) as caught:
        call_in_rust_thread(42)
    assert str(caught.value) == "'int' object is not callable"


def needs_an_argument(x):
    return x


def test_call_in_rust_thread_calls_with_no_arguments():
    with pytest.raises(TypeError) as caught:
        call_in_rust_thread(needs_an_argument)
    assert str(caught.value) == "needs_an_argument() missing 1 required positional argument: 'x'"


def test_call_in_rust_thread_needs_a_callback():
    with pytest.raises(TypeError) as caught:
        call_in_rust_thread()
    assert str(caught.value) == (
        "call_in_rust_thread() missing 1 required positional argument: 'callback'"
    )


def test_a_new_flag_is_not_set():
    assert Flag().is_set() is False


def test_setting_a_flag_twice_keeps_it_set():
    flag = Flag()
    flag.set()
    flag.set()
    assert flag.is_set() is True


def test_wait_returns_false_when_time_runs_out():
    assert Flag().wait(0) is False


def test_wait_returns_true_once_another_thread_sets_the_flag():
    flag = Flag()
    setter = threading.Thread(target=flag.set)
    setter.start()
    assert flag.wait(10) is True
    setter.join()


@pytest.mark.parametrize("seconds", BAD_SECONDS)
def test_wait_rejects_a_wait_outside_0_to_60_seconds(seconds):
    with pytest.raises(ValueError) as caught:
        Flag().wait(seconds)
    assert str(caught.value) == "seconds must be from 0 to 60"


def test_wait_rejects_seconds_that_are_not_a_number():
    with pytest.raises(TypeError) as caught:
        Flag().wait(None)
    assert str(caught.value) == "must be real number, not NoneType"


def test_a_flag_takes_no_arguments():
    with pytest.raises(TypeError) as caught:
        Flag(True)
    assert str(caught.value) == "Flag.__new__() takes 0 positional arguments but 1 was given"


def test_add_returns_the_number_of_words():
    assert WordTally().add("the cat and the hat") == 5


def test_count_adds_up_every_add():
    tally = WordTally()
    tally.add("red green")
    tally.add("red\tblue\n red")
    assert [tally.count(w) for w in ("red", "green", "blue")] == [3, 1, 1]


def test_count_of_a_word_never_added_is_zero():
    assert WordTally().count("anything") == 0
    assert WordTally().count("") == 0


def test_adding_empty_or_blank_text_adds_nothing():
    tally = WordTally()
    assert tally.add("") == 0
    assert tally.add(" \n\t ") == 0
    assert tally.count("") == 0


def test_add_handles_a_million_words():
    tally = WordTally()
    assert tally.add("word " * 1_000_000) == 1_000_000
    assert tally.count("word") == 1_000_000


def test_add_rejects_text_that_is_not_a_str():
    with pytest.raises(TypeError) as caught:
        WordTally().add(b"the cat")
    assert str(caught.value) == "'bytes' object is not an instance of 'str'"
    with pytest.raises(TypeError) as caught:
        WordTally().add(None)
    assert str(caught.value) == "'None' is not an instance of 'str'"


def test_count_rejects_a_word_that_is_not_a_str():
    with pytest.raises(TypeError) as caught:
        WordTally().count(1)
    assert str(caught.value) == "'int' object is not an instance of 'str'"


# ANCHOR: shared-tally
def test_word_tally_loses_no_count_when_threads_add_at_once():
    tally = WordTally()
    threads, calls = 8, 500
    everyone_ready = threading.Barrier(threads)

    def add_many():
        everyone_ready.wait()
        for _ in range(calls):
            tally.add("red green red")

    workers = [threading.Thread(target=add_many) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert tally.count("red") == threads * calls * 2
    assert tally.count("green") == threads * calls


# ANCHOR_END: shared-tally


def test_a_class_that_is_not_frozen_reads_self_while_detached():
    # `peek` uses `&self` inside `py.detach`; that it builds at all is half the proof.
    counter = Counter(41)
    counter.increment()
    assert counter.peek() == 42


def test_a_counter_starts_at_zero_or_the_given_value():
    assert Counter().value == 0
    assert Counter(U64_MAX).value == U64_MAX


def test_increment_returns_the_new_value():
    counter = Counter(41)
    assert counter.increment() == 42
    assert counter.value == 42


def test_increment_past_the_maximum_raises_overflow_error():
    counter = Counter(U64_MAX)
    with pytest.raises(OverflowError) as caught:
        counter.increment()
    assert str(caught.value) == "the counter is at its maximum"
    assert counter.value == U64_MAX


def test_a_counter_rejects_a_start_outside_u64():
    with pytest.raises(OverflowError) as caught:
        Counter(-1)
    assert str(caught.value) == "can't convert negative int to unsigned"
    with pytest.raises(OverflowError) as caught:
        Counter(U64_MAX + 1)
    assert str(caught.value) == "int too big to convert"


def test_a_counter_rejects_a_start_that_is_not_an_int():
    with pytest.raises(TypeError) as caught:
        Counter("1")
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"


def test_value_is_read_only():
    with pytest.raises(AttributeError) as caught:
        Counter().value = 5
    assert str(caught.value) == "attribute 'value' of 'gil.Counter' objects is not writable"


def test_increment_after_adds_one_once_released():
    counter, entered, release = Counter(), Flag(), Flag()
    release.set()
    assert counter.increment_after(entered, release, 0) == 1
    assert entered.is_set()


def test_increment_after_raises_timeout_error_when_never_released():
    counter = Counter()
    with pytest.raises(TimeoutError) as caught:
        counter.increment_after(Flag(), Flag(), 0)
    assert str(caught.value) == "release was not set in time"
    assert counter.value == 0


@pytest.mark.parametrize("seconds", BAD_SECONDS)
def test_increment_after_rejects_a_wait_outside_0_to_60_seconds(seconds):
    counter, entered = Counter(), Flag()
    with pytest.raises(ValueError) as caught:
        counter.increment_after(entered, Flag(), seconds)
    assert str(caught.value) == "seconds must be from 0 to 60"
    assert not entered.is_set()


def test_increment_after_rejects_something_that_is_not_a_flag():
    with pytest.raises(TypeError) as caught:
        Counter().increment_after(Flag(), "release", 1)
    assert str(caught.value) == "'str' object is not an instance of 'Flag'"


# ANCHOR: already-borrowed
@contextlib.contextmanager
def held_by_another_thread(counter):
    """Run `counter.increment_after` on a worker thread and return while it holds `&mut self`."""
    entered, release = Flag(), Flag()
    worker = threading.Thread(target=counter.increment_after, args=(entered, release, 10))
    worker.start()
    try:
        assert entered.wait(10)
        yield
    finally:
        release.set()
        worker.join()


def test_a_second_mutable_borrow_raises_already_borrowed():
    counter = Counter()
    with held_by_another_thread(counter), pytest.raises(RuntimeError) as caught:
        counter.increment()
    assert str(caught.value) == "Already borrowed"
    assert counter.value == 1  # only the worker's increment happened


def test_reading_during_a_mutable_borrow_raises_already_mutably_borrowed():
    counter = Counter()
    with held_by_another_thread(counter), pytest.raises(RuntimeError) as caught:
        _ = counter.value
    assert str(caught.value) == "Already mutably borrowed"


# ANCHOR_END: already-borrowed
