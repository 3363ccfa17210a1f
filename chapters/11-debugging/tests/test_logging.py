"""Chapter 11: log records from Rust reach Python's `logging` through pyo3-log, and the
logger's cache of Python's levels: what it saves, and what it misses until it is reset."""

import logging

import pytest
from diagnose import (
    busy,
    busy_logging,
    busy_logging_uncached,
    busy_tracing,
    mean,
    reset_logging_cache,
)

# ANCHOR: records
LOGGER = "diagnose.means"  # the Rust module path `diagnose::means`, with `::` made `.`


def test_a_debug_record_reaches_python_logging(caplog):
    caplog.set_level(logging.DEBUG, logger="diagnose")
    assert mean([1, 2, 3]) == 2
    logged = [(r.name, r.levelname, r.getMessage()) for r in caplog.records]
    assert logged == [(LOGGER, "DEBUG", "mean of 3 values")]


def test_the_record_says_where_in_the_rust_it_was_made(caplog):
    caplog.set_level(logging.DEBUG, logger="diagnose")
    mean([1])
    (record,) = caplog.records
    assert (record.pathname, record.funcName) == ("chapters/11-debugging/src/means.rs", None)
    assert record.lineno > 0


# ANCHOR_END: records


# ANCHOR: cache
def test_the_level_is_read_once_then_kept_until_reset(caplog):
    caplog.set_level(logging.WARNING, logger="diagnose")
    mean([1])  # Python says no; the logger keeps the answer
    caplog.set_level(logging.DEBUG, logger="diagnose")
    mean([1, 2])  # refused in Rust, from what was kept: Python is not asked
    assert caplog.records == []
    reset_logging_cache()
    mean([1, 2, 3])
    assert [r.getMessage() for r in caplog.records] == ["mean of 3 values"]


# ANCHOR_END: cache


def test_a_kept_level_that_lets_records_through_lets_python_decide(caplog):
    caplog.set_level(logging.DEBUG)  # caplog's handler takes every record it is given
    logger = logging.getLogger("diagnose")
    logger.setLevel(logging.DEBUG)
    try:
        mean([1])
        logger.setLevel(logging.WARNING)  # the logger's own level, not the handler's
        mean([1, 2])  # sent to Python, whose logger refuses it (isEnabledFor)
        assert [r.getMessage() for r in caplog.records] == ["mean of 1 values"]
    finally:
        logger.setLevel(logging.NOTSET)


# ANCHOR: trace
def test_trace_records_never_reach_python(caplog):
    caplog.set_level(1, logger="diagnose")  # below every level, TRACE's 5 included
    assert busy_tracing(3) == busy(3)
    assert caplog.records == []
    assert busy_logging(3) == busy(3)
    assert [r.getMessage() for r in caplog.records] == ["step 0", "step 1", "step 2"]


# ANCHOR_END: trace


@pytest.mark.parametrize("steps", [0, 1, 10])
def test_the_loops_agree(steps):
    assert busy(steps) == busy_logging(steps) == busy_tracing(steps)
    assert busy_logging_uncached(steps) == busy(steps)


def test_with_the_cache_reset_every_record_asks_python(caplog):
    caplog.set_level(logging.WARNING, logger="diagnose")
    busy_logging(1)
    caplog.set_level(logging.DEBUG, logger="diagnose")
    busy_logging(2)
    assert caplog.records == []  # the kept WARNING turned both away
    busy_logging_uncached(2)
    assert [r.getMessage() for r in caplog.records] == ["step 0", "step 1"]


def test_the_loops_refuse_a_negative_count():
    with pytest.raises(OverflowError) as caught:
        busy(-1)
    assert str(caught.value) == "can't convert negative int to unsigned"
