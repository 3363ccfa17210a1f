"""Chapter 10's exercise. Do not edit these tests: make them pass by editing src/exercise.rs.

Run them with `just exercise 10`.
"""

import re
from pathlib import Path

import pytest
from shipping_exercise import EmptyTextError, count_or_raise, most_common, version

CARGO_TOML = Path(__file__).parents[1] / "Cargo.toml"


# ANCHOR: task1
@pytest.mark.task(1)
def test_version_is_the_one_in_cargo_toml():
    expected = re.search(r'^version = "(.+)"$', CARGO_TOML.read_text(), re.M).group(1)
    got = version()
    assert got == expected, f"version() returned {got!r}; Cargo.toml says {expected!r}"


# ANCHOR_END: task1


# ANCHOR: task2
@pytest.mark.task(2)
@pytest.mark.parametrize(("text", "count"), [("one", 1), ("Hello, world!", 2), ("a b  c\nd", 4)])
def test_count_or_raise_counts_words(text, count):
    got = count_or_raise(text)
    assert got == count, f"count_or_raise({text!r}) returned {got!r}, expected {count}"


@pytest.mark.task(2)
@pytest.mark.parametrize("text", ["", "   ", "?!", "-- . --"])
def test_no_words_raise_the_packages_own_error(text):
    with pytest.raises(EmptyTextError) as caught:
        count_or_raise(text)
    assert str(caught.value) == f"no words in '{text}'"
    assert isinstance(caught.value, ValueError)  # so `except ValueError` catches it too
    assert type(caught.value).__module__ == "shipping_exercise"


# ANCHOR_END: task2


# ANCHOR: task3
@pytest.mark.task(3)
def test_most_common_orders_by_count_then_alphabet():
    got = most_common("b a B c a b", 2)
    assert got == [("b", 3), ("a", 2)], f"got {got!r}"
    got = most_common("the cat and the hat", 5)
    assert got == [("the", 2), ("and", 1), ("cat", 1), ("hat", 1)], f"got {got!r}"


@pytest.mark.task(3)
def test_most_common_gives_what_a_stub_would_promise():
    got = most_common("x y x", 3)
    assert type(got) is list, f"got a {type(got).__name__}, a stub would say list"
    assert all(type(p) is tuple and len(p) == 2 for p in got), f"got {got!r}"
    assert all(type(w) is str and type(c) is int for w, c in got), f"got {got!r}"
    # `n: int` in a stub, but a negative one never reaches the Rust code: `usize` refuses it.
    with pytest.raises(OverflowError) as caught:
        most_common("a", -1)
    assert str(caught.value) == "can't convert negative int to unsigned"


@pytest.mark.task(3)
@pytest.mark.parametrize(("text", "n"), [("", 3), ("...", 1), ("a b", 0)])
def test_most_common_of_nothing_is_empty(text, n):
    got = most_common(text, n)
    assert got == [], f"most_common({text!r}, {n}) returned {got!r}, expected []"


# ANCHOR_END: task3
