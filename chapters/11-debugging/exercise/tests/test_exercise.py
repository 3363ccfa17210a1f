"""Chapter 11's exercise. Do not edit these tests: make them pass by editing src/exercise.rs.

Run them with `just exercise 11`.
"""

import logging

import pytest
from diagnose_exercise import flatten, parse_ints, percent

LOGGER = "diagnose_exercise.exercise"  # the Rust module path, with `::` made `.`


# ANCHOR: task1
@pytest.mark.task(1)
def test_percent_rounds_toward_zero():
    assert percent(1, 3) == 33, f"called percent(1, 3), got {percent(1, 3)!r}"
    assert percent(-1, 3) == -33
    assert percent(50, 50) == 100
    assert percent(0, -7) == 0


@pytest.mark.task(1)
def test_percent_of_a_zero_whole_is_an_error_not_a_panic():
    assert percent(3, 4) == 75
    with pytest.raises(ZeroDivisionError) as caught:
        percent(1, 0)
    assert str(caught.value) == "whole is zero"


@pytest.mark.task(1)
def test_percent_of_a_huge_part_is_an_error_not_a_panic():
    assert percent(2**63 // 100, 2**63 // 100) == 100
    with pytest.raises(OverflowError) as caught:
        percent(2**63 // 100 + 1, 1)
    assert str(caught.value) == "part * 100 does not fit in 64 bits"
    with pytest.raises(OverflowError):
        percent(-(2**63), 1)


# ANCHOR_END: task1


# ANCHOR: task2
@pytest.mark.task(2)
def test_parse_ints_reads_the_ints():
    assert parse_ints(" 1  -2\n30 ") == [1, -2, 30]
    assert parse_ints("") == []


@pytest.mark.task(2)
def test_parse_ints_logs_each_word_it_skips(caplog):
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    got = parse_ints("1 x1 2 2.5")
    assert got == [1, 2], f'called parse_ints("1 x1 2 2.5"), got {got!r}'
    logged = [(r.name, r.levelname, r.getMessage()) for r in caplog.records]
    assert logged == [
        (LOGGER, "WARNING", 'skipped "x1"'),
        (LOGGER, "WARNING", 'skipped "2.5"'),
        (LOGGER, "DEBUG", "read 2 ints"),
    ], f"logged {logged!r}"


@pytest.mark.task(2)
def test_parse_ints_is_quiet_about_good_input_above_debug(caplog):
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    parse_ints("7")
    assert [r.levelname for r in caplog.records] == ["DEBUG"], caplog.text


# ANCHOR_END: task2


# ANCHOR: task3
@pytest.mark.task(3)
def test_flatten_keeps_the_order():
    assert flatten([1, [2, [3]], [], 4], 5) == [1, 2, 3, 4]
    assert flatten([], 1) == []
    assert flatten(["a", ("b", ["c"])], 1) == ["a", ("b", ["c"])], "only lists are opened"


@pytest.mark.task(3)
def test_flatten_allows_exactly_max_depth():
    assert flatten([[[1]]], 3) == [1]
    with pytest.raises(RecursionError) as caught:
        flatten([[[1]]], 2)
    assert str(caught.value) == "lists nested more than 2 deep"


@pytest.mark.task(3)
def test_flatten_refuses_a_deep_list_without_crashing():
    value = []
    for _ in range(200_000):
        value = [value]
    with pytest.raises(RecursionError) as caught:
        flatten(value, 1000)
    assert str(caught.value) == "lists nested more than 1000 deep"


# ANCHOR_END: task3
