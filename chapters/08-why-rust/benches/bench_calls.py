"""Chapter 8's benchmarks: what a call costs through each binding, and a loop over a list.

`just bench 8` times them on release builds (the C, C++ and CFFI modules are always built
with optimisation, as setuptools builds them) and writes `results.json`, which the page
shows; `just test` runs each once as a plain test. Each group's baseline is the C API
version, written by hand: the ratios say how close each other way comes to it.
"""

import operator

import pytest


def add_in_python(a, b):
    return a + b


# ANCHOR: rows
ROWS = [
    ("why_rust_c", "C API, by hand", {"baseline": True}),
    ("why_rust_cpp", "C++, pybind11", {}),
    ("why_rust_cffi", 'CFFI, then Rust `extern "C"`', {"ceiling": 0.5}),
    ("why_rust", "PyO3", {"floor": 0.4}),
]
NUMBERS = list(range(1_000))


@pytest.mark.benchmark(group="add")
@pytest.mark.parametrize(("name", "row", "extra"), ROWS, ids=[r[0] for r in ROWS])
def test_add(benchmark, load, name, row, extra):
    benchmark.extra_info.update(row=f"`add(1, 2)`: {row}", **extra)
    assert benchmark(load(name).add, 1, 2) == 3


@pytest.mark.benchmark(group="sum")
@pytest.mark.parametrize(("name", "row", "extra"), ROWS, ids=[r[0] for r in ROWS])
def test_sum_ints(benchmark, load, name, row, extra):
    benchmark.extra_info.update(row=f"`sum_ints` of 1,000 ints: {row}", **extra)
    assert benchmark(load(name).sum_ints, NUMBERS) == sum(NUMBERS)


# ANCHOR_END: rows


# For scale: what Python itself offers, with no extension at all.
@pytest.mark.benchmark(group="add")
def test_add_operator(benchmark):
    benchmark.extra_info.update(row="`operator.add(1, 2)`, built into Python")
    assert benchmark(operator.add, 1, 2) == 3


@pytest.mark.benchmark(group="add")
def test_add_python_def(benchmark):
    benchmark.extra_info.update(row="a Python `def`")
    assert benchmark(add_in_python, 1, 2) == 3


@pytest.mark.benchmark(group="sum")
def test_sum_builtin(benchmark):
    benchmark.extra_info.update(row="`sum` of 1,000 ints, built into Python")
    assert benchmark(sum, NUMBERS) == sum(NUMBERS)
