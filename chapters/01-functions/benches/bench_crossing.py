"""Chapter 1's benchmarks: what one call into Rust costs, and why to cross the boundary rarely.

`just bench 1` times them on a release build and writes `results.json`, which the page shows;
`just test` runs each once as a plain test. Each row says what it is (`row`), one row per
group is the `baseline` the others are compared with, and a `floor` is a speed-up over the
baseline that `just bench` requires.
"""

import pytest
from functions import floor_divmod, list_total, total


# ANCHOR: one-call
def floor_divmod_in_python(a, b):
    return a // b, a % b


@pytest.mark.benchmark(group="one-call")
def test_a_python_def(benchmark):
    benchmark.extra_info.update(row="a Python `def`")
    benchmark.extra_info.update(baseline=True)
    assert benchmark(floor_divmod_in_python, 7, 2) == (3, 1)


@pytest.mark.benchmark(group="one-call")
def test_a_rust_pyfunction(benchmark):
    benchmark.extra_info.update(row="`floor_divmod`, a `#[pyfunction]`")
    assert benchmark(floor_divmod, 7, 2) == (3, 1)


@pytest.mark.benchmark(group="one-call")
def test_a_c_builtin(benchmark):
    benchmark.extra_info.update(row="`divmod`, built into Python (C)")
    assert benchmark(divmod, 7, 2) == (3, 1)


# ANCHOR_END: one-call


# ANCHOR: looping
NUMBERS = list(range(100_000))
EXPECTED = sum(NUMBERS)


def add_in_python(numbers):
    result = 0
    for number in numbers:
        result += number
    return result


def add_calling_rust_per_number(numbers):
    result = 0
    for number in numbers:
        result = total(result, number)
    return result


@pytest.mark.benchmark(group="looping")
def test_a_python_loop_calling_rust_per_number(benchmark):
    benchmark.extra_info.update(row="a Python loop, `total(result, n)` per number")
    benchmark.extra_info.update(baseline=True)
    assert benchmark(add_calling_rust_per_number, NUMBERS) == EXPECTED


@pytest.mark.benchmark(group="looping")
def test_a_python_loop(benchmark):
    benchmark.extra_info.update(row="a Python loop, `result += n`")
    benchmark.extra_info.update(floor=1)
    assert benchmark(add_in_python, NUMBERS) == EXPECTED


@pytest.mark.benchmark(group="looping")
def test_one_rust_call_over_the_list(benchmark):
    benchmark.extra_info.update(row="one Rust call, `list_total(numbers)`")
    benchmark.extra_info.update(floor=10)
    assert benchmark(list_total, NUMBERS) == EXPECTED


# `*numbers` first copies the list into a tuple of 100,000 arguments, so this single call
# gains less over the per-number calls; the floor says how much less is still expected.
@pytest.mark.benchmark(group="looping")
def test_one_rust_call_with_star_args(benchmark):
    benchmark.extra_info.update(row="one Rust call, `total(*numbers)`")
    benchmark.extra_info.update(floor=3)
    assert benchmark(lambda: total(*NUMBERS)) == EXPECTED


@pytest.mark.benchmark(group="looping")
def test_pythons_sum(benchmark):
    benchmark.extra_info.update(row="`sum(numbers)`, built into Python (C)")
    benchmark.extra_info.update(floor=1)
    assert benchmark(sum, NUMBERS) == EXPECTED


# ANCHOR_END: looping
