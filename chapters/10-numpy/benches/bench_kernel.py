"""Chapter 10's benchmarks: the distance kernel against NumPy, on one thread and two, and a
result handed to NumPy against one made into a list.

`just bench 10` times them on a release build of 10 million points and writes
`results.json`, which the page shows; `just test` runs each once, on fewer points. Each
row also measures, in a new Python process, how far one call raises the peak memory. The
memory limits are fractions of the result's size, 8 bytes per point.
"""

import numpy as np
import pytest
from arrays import distance, distance_detached, distance_in_vec, ramp, ramp_list

from tools.bench import peak_growth, timing

# ANCHOR: data
SIZE = 10_000_000 if timing() else 100_000
MAKE_POINTS = (
    "import numpy as np, arrays; "
    f"x1, y1, x2, y2 = (np.random.default_rng(seed).random({SIZE}) for seed in range(4))"
)
X1, Y1, X2, Y2 = (np.random.default_rng(seed).random(SIZE) for seed in range(4))
RESULT_BYTES = SIZE * 8
# ANCHOR_END: data
# A row that takes well under a second is timed at least this many times: its median then
# moves less when the machine is briefly busy with something else. The kernel's rows take a
# few milliseconds, and the two-thread row needs both cores, so they are timed for longer.
ROUNDS = 25
KERNEL_ROUNDS = 100
# Rows that other rows' limits compare with (`than`).
ATTACHED = "Rust `distance`: one pass, into an array NumPy allocates"
ONE_THREAD = "Rust `distance_detached(..., threads=1)`"
RAMP = "`ramp(n)`: the `Vec` handed to NumPy as it is"


# ANCHOR: with-numpy
def with_numpy(x1, y1, x2, y2):
    return np.sqrt((x1 - x2) ** 2 + (y1 - y2) ** 2)


# ANCHOR_END: with-numpy


def with_numpy_in_place(x1, y1, x2, y2):
    """NumPy as its experts write it when memory matters: two temporaries, each reused."""
    out = np.subtract(x1, x2)
    np.square(out, out=out)
    dy = np.subtract(y1, y2)
    np.square(dy, out=dy)
    np.add(out, dy, out=out)
    return np.sqrt(out, out=out)


EXPECTED = with_numpy(X1, Y1, X2, Y2)


def measure(benchmark, kernel, *, call, **limits):
    """Time `kernel` on the points, and measure the peak memory of `call` in a new process."""
    growth = peak_growth(MAKE_POINTS, call)
    benchmark.extra_info.update(bytes=RESULT_BYTES, peak_growth=growth, **limits)
    result = benchmark(kernel, X1, Y1, X2, Y2)
    np.testing.assert_array_equal(result, EXPECTED)


# ANCHOR: kernel
@pytest.mark.benchmark(group="kernel", min_rounds=KERNEL_ROUNDS)
def test_numpy(benchmark):
    row = "NumPy `np.sqrt((x1 - x2) ** 2 + (y1 - y2) ** 2)`"
    benchmark.extra_info.update(row=row, baseline=True)
    call = "np.sqrt((x1 - x2) ** 2 + (y1 - y2) ** 2)"
    measure(benchmark, with_numpy, call=call, growth_at_least=2.0)


@pytest.mark.benchmark(group="kernel", min_rounds=KERNEL_ROUNDS)
def test_numpy_in_place(benchmark):
    row = "NumPy, two temporaries reused through `out=`"
    benchmark.extra_info.update(row=row)
    call = (
        "out = np.subtract(x1, x2); np.square(out, out=out); dy = np.subtract(y1, y2); "
        "np.square(dy, out=dy); np.add(out, dy, out=out); np.sqrt(out, out=out)"
    )
    measure(benchmark, with_numpy_in_place, call=call)


@pytest.mark.benchmark(group="kernel", min_rounds=KERNEL_ROUNDS)
def test_rust_attached(benchmark):
    benchmark.extra_info.update(row=ATTACHED, floor=1.5)
    call = "arrays.distance(x1, y1, x2, y2)"
    measure(benchmark, distance, call=call, growth_at_most=1.1)


@pytest.mark.benchmark(group="kernel", min_rounds=KERNEL_ROUNDS)
def test_rust_into_a_vec(benchmark):
    # The same pass, its result in memory that Rust allocates: at most 0.7 times as fast.
    row = "Rust `distance_in_vec`: one pass, into a `Vec` handed to NumPy"
    benchmark.extra_info.update(row=row, ceiling=0.7, than=ATTACHED)
    call = "arrays.distance_in_vec(x1, y1, x2, y2)"
    measure(benchmark, distance_in_vec, call=call, growth_at_most=1.1)


@pytest.mark.benchmark(group="kernel", min_rounds=KERNEL_ROUNDS)
def test_rust_one_thread(benchmark):
    benchmark.extra_info.update(row=ONE_THREAD)
    call = "arrays.distance_detached(x1, y1, x2, y2, threads=1)"

    def kernel(*points):
        return distance_detached(*points, threads=1)

    measure(benchmark, kernel, call=call, growth_at_most=1.1)


@pytest.mark.benchmark(group="kernel", min_rounds=KERNEL_ROUNDS)
def test_rust_two_threads(benchmark):
    row = "Rust `distance_detached(..., threads=2)`"
    benchmark.extra_info.update(row=row, floor=1.5, than=ONE_THREAD)
    call = "arrays.distance_detached(x1, y1, x2, y2, threads=2)"

    def kernel(*points):
        return distance_detached(*points, threads=2)

    measure(benchmark, kernel, call=call, growth_at_most=1.1)


# ANCHOR_END: kernel


# ANCHOR: returning
def returned(benchmark, make, *, call, **limits):
    growth = peak_growth("import arrays, numpy as np", call)
    benchmark.extra_info.update(bytes=RESULT_BYTES, peak_growth=growth, **limits)
    result = benchmark(make, SIZE)
    assert len(result) == SIZE
    assert result[-1] == SIZE - 1


@pytest.mark.benchmark(group="returning", min_rounds=ROUNDS)
def test_a_list(benchmark):
    row = "`ramp_list(n)`: the `Vec` converted to a list of floats"
    benchmark.extra_info.update(row=row, baseline=True)
    returned(benchmark, ramp_list, call=f"arrays.ramp_list({SIZE})", growth_at_least=3.0)


@pytest.mark.benchmark(group="returning", min_rounds=ROUNDS)
def test_an_array(benchmark):
    benchmark.extra_info.update(row=RAMP, floor=5)
    returned(benchmark, ramp, call=f"arrays.ramp({SIZE})", growth_at_most=1.1)


@pytest.mark.benchmark(group="returning", min_rounds=ROUNDS)
def test_numpy_arange(benchmark):
    # The same array made in memory that NumPy allocates: at least 1.5 times as fast.
    row = "NumPy's own `np.arange(n, dtype=np.float64)`"
    benchmark.extra_info.update(row=row, floor=1.5, than=RAMP)

    def arange(n):
        return np.arange(n, dtype=np.float64)

    returned(benchmark, arange, call=f"np.arange({SIZE}, dtype=np.float64)")


# ANCHOR_END: returning
