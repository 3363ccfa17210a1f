"""Chapter 11's benchmarks: chapter 8's `sum_ints` against its C version and against the
version its profile suggested, what a log call costs when Python's level turns it away, and
the profile itself.

`just bench 11` times them on a release build, writes `results.json`, and records the flame
graph the page shows (`book/src/figures/11-sum-ints.svg`) with py-spy; `just test` runs each
once as a plain test, and records the profile into a scratch folder.
"""

import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest
from diagnose import (
    busy,
    busy_logging,
    busy_logging_uncached,
    busy_tracing,
    sum_ints,
    sum_ints_as_long,
    sum_ints_fast,
)

from tools.bench import timing
from tools.chapters import native

ROOT = Path(__file__).resolve().parents[3]
# Chapter 8's C version, built from chapter 8's own file.
C_SOURCE = ROOT / "chapters" / "08-why-rust/bindings/c/sum.c"
FLAME_GRAPH = ROOT / "book" / "src" / "figures" / "11-sum-ints.svg"
NUMBERS = list(range(1_000))
STEPS = 100_000
# Each row is timed for seconds, over many rounds. This machine is now and then slower for a
# few tenths of a second at a time; spread over seconds, such moments hold a few of a row's
# rounds, not half of them, and the median stays. A sum takes microseconds, so each of its
# rounds runs it 40 times, and its rows take about six seconds each.
SUM_TIMING = {"rounds": 40_000, "iterations": 40}
SUM = "`sum_ints` of 1,000 ints: "
C_ROW = SUM + "C API, by hand (chapter 8)"


@pytest.fixture(scope="module")
def why_rust_c():
    try:
        return native.extension("why_rust_c", [C_SOURCE])
    except native.Unavailable as missing:
        native.skip_or_fail(f"why_rust_c: {missing}")


# ANCHOR: rows
FAST = "PyO3, `sum_ints_fast`: `PyLong_AsLongLong` on each item"
AS_LONG = "PyO3, `sum_ints_as_long`: `PyLong_AsLong` on each item"
SUM_ROWS = [
    # Chapter 8's version pays for two things the fast one leaves out; each ceiling shows one.
    (
        "chapter_8",
        "PyO3, chapter 8's `extract` on each item",
        {"ceiling": 0.95, "than": SUM + AS_LONG},
    ),
    ("fast", FAST, {"floor": 0.84}),
    ("as_long", AS_LONG, {"ceiling": 0.9, "than": SUM + FAST}),
]
FUNCTIONS = {"chapter_8": sum_ints, "fast": sum_ints_fast, "as_long": sum_ints_as_long}


@pytest.mark.benchmark(group="sum")
def test_sum_in_c(benchmark, why_rust_c):
    benchmark.extra_info.update(row=C_ROW, baseline=True)
    assert benchmark.pedantic(why_rust_c.sum_ints, (NUMBERS,), **SUM_TIMING) == sum(NUMBERS)


@pytest.mark.benchmark(group="sum")
@pytest.mark.parametrize(("name", "row", "extra"), SUM_ROWS, ids=[r[0] for r in SUM_ROWS])
def test_sum_in_pyo3(benchmark, name, row, extra):
    function = FUNCTIONS[name]
    benchmark.extra_info.update(row=SUM + row, **extra)
    assert benchmark.pedantic(function, (NUMBERS,), **SUM_TIMING) == sum(NUMBERS)


# ANCHOR_END: rows


# ANCHOR: logging
UNCACHED = f"{STEPS:,} turns: `debug!` on every turn, the cache reset before each"
DEBUG = f"{STEPS:,} turns: `debug!` on every turn, Python's level at WARNING"
LOG_ROWS = [
    ("busy", busy, "no log call in the loop", {"baseline": True}),
    (
        "trace",
        busy_tracing,
        "`trace!` on every turn, below pyo3-log's filter",
        {"floor": 20, "than": DEBUG},
    ),
    ("debug", busy_logging, DEBUG.split(": ", 1)[1], {"floor": 10, "than": UNCACHED}),
    ("uncached", busy_logging_uncached, UNCACHED.split(": ", 1)[1], {}),
]
# Rounds per row, for two to three seconds each (see SUM_TIMING).
LOG_ROUNDS = {"busy": 20_000, "trace": 20_000, "debug": 250, "uncached": 10}


@pytest.mark.benchmark(group="logging")
@pytest.mark.parametrize(
    ("name", "function", "row", "extra"), LOG_ROWS, ids=[r[0] for r in LOG_ROWS]
)
def test_a_loop_with_a_log_call_turned_away(benchmark, caplog, name, function, row, extra):
    caplog.set_level(logging.WARNING, logger="diagnose")
    benchmark.extra_info.update(row=f"{STEPS:,} turns: {row}", **extra)
    expected = busy(STEPS)
    assert benchmark.pedantic(function, (STEPS,), rounds=LOG_ROUNDS[name]) == expected
    assert caplog.records == []


# ANCHOR_END: logging


# ANCHOR: profile
PROFILED = """\
import diagnose
numbers = list(range(1_000))
for _ in range({calls}):
    diagnose.sum_ints(numbers)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="py-spy needs root to profile on macOS")
def test_the_profile_of_chapter_8s_sum(tmp_path, py_spy):
    """Record where chapter 8's `sum_ints` spends its time, native frames included."""
    svg = FLAME_GRAPH if timing() else tmp_path / "sum_ints.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    # Outside `just bench`, enough calls for a few hundred samples even on a busy machine.
    calls = 200_000 if timing() else 20_000
    command = [py_spy, "record", "--native", "--rate", "1000"]
    command += ["--format", "flamegraph", "--output", str(svg), "--"]
    command += [sys.executable, "-c", PROFILED.format(calls=calls)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    # Each box's title: its frame's name, then how many samples it holds.
    boxes = re.findall(r"<title>(.*?) \((?:[^()]*\) \()?([\d,]+) samples", svg.read_text())
    samples = {name: int(count.replace(",", "")) for name, count in boxes}
    assert any("diagnose::chapter_8::" in name for name in samples), "no native frame"
    if timing():  # a release build, as the page shows it: the widest native box is `extract`
        extract = max(n for name, n in samples.items() if "FromPyObject" in name)
        assert extract == max(n for name, n in samples.items() if "::" in name)


# ANCHOR_END: profile
