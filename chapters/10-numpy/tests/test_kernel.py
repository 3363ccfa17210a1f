"""Chapter 10: the fused distance kernel, on one thread and on rayon's threads."""

import resource
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from arrays import distance, distance_detached, distance_in_vec, ramp
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

NUMPY = tuple(int(part) for part in np.__version__.split(".")[:2])
HUGE_PAGES = Path("/sys/kernel/mm/transparent_hugepage/enabled")
ROUTES = [
    pytest.param(distance, id="attached"),
    pytest.param(lambda *arrays: distance_detached(*arrays, threads=1), id="one-thread"),
    pytest.param(lambda *arrays: distance_detached(*arrays, threads=2), id="two-threads"),
    pytest.param(distance_in_vec, id="in-vec"),
]


def with_numpy(x1, y1, x2, y2):
    return np.sqrt((x1 - x2) ** 2 + (y1 - y2) ** 2)


@st.composite
def four_arrays(draw):
    length = draw(st.integers(0, 200))
    elements = st.floats(allow_nan=True, allow_infinity=True)
    return [draw(hnp.arrays(np.float64, length, elements=elements)) for _ in range(4)]


@pytest.mark.parametrize("route", ROUTES)
@given(arrays=four_arrays())
def test_every_route_agrees_with_numpy_to_the_bit(route, arrays):
    got = route(*arrays)
    with np.errstate(all="ignore"):
        expected = with_numpy(*arrays)
    assert got.dtype == np.float64
    np.testing.assert_array_equal(got, expected, strict=True)


@pytest.mark.parametrize("route", ROUTES)
def test_strided_and_big_inputs(route):
    points = np.arange(40_000.0).reshape(4, 10_000)
    got = route(points[0], points[1], points[2][::-1], points[3][::-1])
    np.testing.assert_array_equal(
        got, with_numpy(points[0], points[1], points[2][::-1], points[3][::-1])
    )


def test_nan_propagates_and_empty_arrays_give_an_empty_one():
    empty = np.array([])
    assert distance(empty, empty, empty, empty).shape == (0,)
    got = distance(np.array([np.nan, 3.0]), np.zeros(2), np.zeros(2), np.array([0.0, 4.0]))
    assert np.isnan(got[0])
    assert got[1] == 5.0


@pytest.mark.parametrize("route", ROUTES)
def test_mismatched_lengths_are_refused(route):
    with pytest.raises(ValueError) as caught:
        route(np.zeros(2), np.zeros(2), np.ones(2), np.ones(3))
    assert str(caught.value) == "x1, y1, x2 and y2 must have one length, got [2, 2, 2, 3]"


def test_wrong_types_are_refused():
    with pytest.raises(TypeError) as caught:
        distance(np.zeros(2), np.zeros(2), np.ones(2), [1.0, 1.0])
    assert str(caught.value) == "'list' object is not an instance of 'ndarray'"
    with pytest.raises(TypeError) as caught:
        distance(np.zeros(2), np.zeros(2, dtype=np.int64), np.ones(2), np.ones(2))
    assert str(caught.value) == "type mismatch:\n from=int64, to=float64"


@pytest.mark.parametrize(("threads", "shown"), [(0, "0"), (65, "65")])
def test_the_thread_count_is_checked(threads, shown):
    ones = np.ones(2)
    with pytest.raises(ValueError) as caught:
        distance_detached(ones, ones, ones, ones, threads=threads)
    assert str(caught.value) == f"threads must be from 1 to 64, got {shown}"
    with pytest.raises(TypeError):
        distance_detached(ones, ones, ones, ones, 2)
    with pytest.raises(OverflowError):
        distance_detached(ones, ones, ones, ones, threads=-1)


@pytest.mark.parametrize(
    ("route", "runs_meanwhile"),
    [
        # Not `distance`: NumPy lets go of the GIL for a moment while it allocates the zeroed
        # result. `distance_in_vec` allocates in Rust, and holds the GIL from start to end.
        pytest.param(distance_in_vec, False, id="attached"),
        pytest.param(lambda *arrays: distance_detached(*arrays, threads=1), True, id="detached"),
    ],
)
def test_other_python_threads_run_only_while_it_is_detached(route, runs_meanwhile):
    points = [np.random.default_rng(seed).random(1_000_000) for seed in range(4)]
    ticks = [0]
    started, done = threading.Event(), threading.Event()

    def count():
        started.set()
        while not done.is_set():
            ticks[0] += 1
            time.sleep(0)  # gives the GIL back at once, so the caller never waits for it

    interval = sys.getswitchinterval()
    # No forced switch: this thread lets the counter run only when it detaches.
    sys.setswitchinterval(100)
    counter = threading.Thread(target=count)
    counter.start()
    try:
        started.wait()
        progress = []
        for _ in range(3):
            before = ticks[0]
            route(*points)
            progress.append(ticks[0] - before)
    finally:
        done.set()
        counter.join()
        sys.setswitchinterval(interval)
    assert (max(progress) > 0) == runs_meanwhile, f"the counter ticked {progress} during calls"


# ANCHOR: page-faults
def page_faults(call):
    """How many times the kernel had to map in a page of memory during `call()`."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    call()
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


@pytest.mark.skipif(
    not HUGE_PAGES.is_file() or "[never]" in HUGE_PAGES.read_text(),
    reason=f"this kernel gives no huge pages ({HUGE_PAGES})",
)
def test_numpys_memory_takes_fewer_page_faults_than_a_vecs():
    # 36 MiB of result, above the size (32 MiB at most) from which glibc's malloc always maps
    # new memory.
    size = 36 * 1024 * 1024 // 8
    in_vec = page_faults(lambda: ramp(size))
    in_numpy = page_faults(lambda: np.arange(size, dtype=np.float64))
    assert in_vec >= 9_000, f"{in_vec} page faults: 36 MiB in 4 KiB pages is 9,216"
    assert in_numpy * 10 < in_vec, f"NumPy's arange took {in_numpy}, ramp's Vec {in_vec}"
    ones = np.ones(size)
    in_vec = page_faults(lambda: distance_in_vec(ones, ones, ones, ones))
    in_numpy = page_faults(lambda: distance(ones, ones, ones, ones))
    assert in_vec >= 9_000, f"{in_vec} page faults: 36 MiB in 4 KiB pages is 9,216"
    if NUMPY >= (2, 2):
        assert in_numpy * 10 < in_vec, f"NumPy's zeros took {in_numpy}, the Vec {in_vec}"
    else:  # NumPy 2.0 asks for huge pages for np.empty's memory, but not for np.zeros'.
        assert in_numpy >= 9_000, f"NumPy {np.__version__}'s zeros took {in_numpy}"


# ANCHOR_END: page-faults
