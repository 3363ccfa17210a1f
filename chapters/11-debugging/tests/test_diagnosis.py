"""Chapter 11: a panic and a crash, diagnosed. Each runs in a child Python, so the test run
survives it; what the child prints is checked frame by frame."""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import diagnose
import pytest

SRC = Path(__file__).parent.parent / "src"


def line_of(file: str, text: str) -> int:
    """The number of the line of `src/file` that holds `text`, so no test types one."""
    lines = (SRC / file).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if text in line)


# ANCHOR: frames
def crate_frames(stderr: str) -> list[tuple[str, str | None]]:
    """The backtrace's frames from this crate: each function, and the `at path:line:column`
    line Rust prints under it when the build carries debug information (None when not)."""
    lines = [*stderr.splitlines(), ""]
    frames = []
    for number, line in enumerate(lines[:-1]):
        name = re.fullmatch(r"\s*\d+: (diagnose::\S+)", line)
        if name:
            after = lines[number + 1].strip()
            frames.append((name[1], after if after.startswith("at ") else None))
    return frames


def rust_frames(stderr: str) -> list[tuple[str, str | None]]:
    """Each of this crate's frames with its `file:line`, or None without debug information."""
    frames = []
    for name, at in crate_frames(stderr):
        place = re.fullmatch(r"at (\S+):(\d+):\d+", at or "")
        frames.append((name, f"{Path(place[1]).name}:{place[2]}" if place else None))
    return frames


PANICS = "import diagnose\ndiagnose.mean_unchecked([])"
DIVIDES = line_of("stats.rs", "total / values.len() as i64")
# ANCHOR_END: frames


# ANCHOR: backtrace
def test_a_backtrace_names_the_line_that_panicked(child):
    done = child(PANICS, env={"RUST_BACKTRACE": "1"})
    assert done.returncode == 1
    assert done.stderr.endswith("pyo3_runtime.PanicException: attempt to divide by zero\n")
    calls = line_of("means.rs", "stats::mean_unchecked(&values)")
    attribute = line_of("means.rs", "fn mean_unchecked") - 1
    assert rust_frames(done.stderr)[:3] == [
        ("diagnose::stats::mean_unchecked", f"stats.rs:{DIVIDES}"),
        ("diagnose::means::mean_unchecked", f"means.rs:{calls}"),
        ("diagnose::means::__pyfunction_mean_unchecked", f"means.rs:{attribute}"),
    ]


# ANCHOR_END: backtrace


def this_crates_lines(stderr: str) -> str:
    """The lines of a backtrace about this crate's frames, as Rust prints them, without the
    frame numbers (which count the frames of Rust's own panic machinery above them)."""
    kept = []
    for name, at in crate_frames(stderr):
        kept += [name, "    " + at] if at else [name]
    return "\n".join(kept) + "\n"


def test_the_page_shows_this_crates_part_of_a_real_backtrace(child):
    # backtrace.txt is what the page shows. When a line of the Rust moves, this test fails:
    # put the new lines, which it prints, in the file.
    done = child(PANICS, env={"RUST_BACKTRACE": "1"})
    shown = (Path(__file__).parent / "backtrace.txt").read_text(encoding="utf-8")
    assert this_crates_lines(done.stderr) == shown


# ANCHOR: no-backtrace
def test_without_rust_backtrace_only_the_place_is_printed(child):
    done = child(PANICS, env={"RUST_BACKTRACE": "0"})
    assert f"panicked at chapters/11-debugging/src/stats.rs:{DIVIDES}:5:" in done.stderr
    assert "note: run with `RUST_BACKTRACE=1` environment variable" in done.stderr
    assert rust_frames(done.stderr) == []


# ANCHOR_END: no-backtrace


# ANCHOR: stripped
def test_without_debug_information_frames_keep_their_names_and_lose_their_lines(
    child, objcopy, tmp_path
):
    package = Path(diagnose.__file__).parent
    copy = shutil.copytree(package, tmp_path / "diagnose")
    (built,) = Path(copy).glob("diagnose*.so")
    subprocess.run([objcopy, "--strip-debug", str(built)], check=True)
    done = child(PANICS, env={"RUST_BACKTRACE": "1"}, path=[tmp_path])
    assert done.returncode == 1
    assert rust_frames(done.stderr)[:3] == [
        ("diagnose::stats::mean_unchecked", None),
        ("diagnose::means::mean_unchecked", None),
        ("diagnose::means::__pyfunction_mean_unchecked", None),
    ]
    assert built.stat().st_size < (package / built.name).stat().st_size / 2


# ANCHOR_END: stripped


# ANCHOR: deep
DEEP = """\
import diagnose
value = []
for _ in range(1_000_000):
    value = [value]
print(diagnose.depth_unlimited(value))
"""
# ANCHOR_END: deep

CRASHES = {-signal.SIGSEGV: "Segmentation fault", -signal.SIGBUS: "Bus error"}


# ANCHOR: dev-mode
@pytest.mark.skipif(sys.platform != "linux", reason="the crash is checked on Linux only")
def test_the_deep_recursion_kills_python_and_dev_mode_names_the_python_line(child):
    done = child(DEEP, "-X", "dev")
    assert done.returncode in CRASHES, done.stderr[-2000:]
    assert f"Fatal Python error: {CRASHES[done.returncode]}" in done.stderr
    assert 'File "<string>", line 5 in <module>' in done.stderr
    assert done.stdout == ""


# ANCHOR_END: dev-mode


# ANCHOR: gdb
@pytest.mark.skipif(sys.platform != "linux", reason="the crash is checked on Linux only")
def test_gdb_names_the_rust_function_that_overflowed_the_stack(gdb):
    command = [gdb, "-nx", "-batch", "-iex", "set debuginfod enabled off"]
    command += ["-ex", "run", "-ex", "bt 30", "--args", sys.executable, "-c", DEEP]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert "Program received signal SIGSEGV, Segmentation fault." in done.stdout, done.stdout
    frames = re.findall(r"^#\d+ .*? in (\S+) \(.*\) at (\S+):(\d+)$", done.stdout, re.M)
    assert frames, done.stdout
    ours = [(name, Path(file).name) for name, file, _ in frames if name.startswith("diagnose")]
    # The same function, frame after frame: runaway recursion.
    assert ours.count(("diagnose::nesting::depth_unlimited", "nesting.rs")) >= 3, done.stdout


# ANCHOR_END: gdb


# ANCHOR: depth
def test_depth_refuses_what_would_overflow_the_stack():
    value = []
    for _ in range(1_000_000):
        value = [value]
    with pytest.raises(RecursionError) as caught:
        diagnose.depth(value)
    assert str(caught.value) == "lists nested more than 1000 deep"


def test_depth_counts_up_to_its_limit():
    assert diagnose.depth(5) == 0
    assert diagnose.depth([]) == 1
    assert diagnose.depth([1, [2, [3]], []]) == 3
    value = []
    for _ in range(diagnose.MAX_DEPTH - 1):
        value = [value]
    assert diagnose.depth(value) == diagnose.MAX_DEPTH == 1000
    assert diagnose.depth_unlimited(value) == 1000


# ANCHOR_END: depth
