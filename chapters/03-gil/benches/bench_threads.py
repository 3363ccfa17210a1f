"""Chapter 3's benchmarks: the same fixed work on one thread and split over two, attached and
detached; and the same work from a debug build and a release build.

`just bench 3` times them and writes `results.json`, which the page shows; `just test` runs
each once as a plain test (then both "builds" are the one `just test` installed).
"""

import threading

import pytest
from gil import crunch_attached, crunch_detached

from tools.bench import debug_build

ROUNDS = 10_000_000


# ANCHOR: threads
def on_threads(crunch, count):
    """Split ROUNDS of work over `count` Python threads, and wait for all of them."""
    share = ROUNDS // count
    threads = [threading.Thread(target=crunch, args=(share,)) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


@pytest.mark.benchmark(group="threads")
def test_one_thread(benchmark):
    benchmark.extra_info.update(row="1 thread, detached")
    benchmark.extra_info.update(baseline=True)
    benchmark(on_threads, crunch_detached, 1)


@pytest.mark.benchmark(group="threads")
def test_two_threads_attached(benchmark):
    # Taking turns on the GIL, two threads gain nothing over one.
    benchmark.extra_info.update(row="2 threads, attached")
    benchmark.extra_info.update(ceiling=1.2)
    benchmark(on_threads, crunch_attached, 2)


@pytest.mark.benchmark(group="threads")
def test_two_threads_detached(benchmark):
    benchmark.extra_info.update(row="2 threads, detached")
    benchmark.extra_info.update(floor=1.8)
    benchmark(on_threads, crunch_detached, 2)


# ANCHOR_END: threads


# ANCHOR: profiles
@pytest.mark.benchmark(group="profiles")
def test_a_debug_build(benchmark):
    debug = debug_build("gil")
    benchmark.extra_info.update(row="debug build (`maturin develop`)")
    benchmark.extra_info.update(baseline=True)
    assert benchmark(debug.crunch_attached, ROUNDS) == crunch_attached(ROUNDS)


@pytest.mark.benchmark(group="profiles")
def test_a_release_build(benchmark):
    benchmark.extra_info.update(row="release build (`maturin develop --release`)")
    benchmark.extra_info.update(floor=3)
    benchmark(crunch_attached, ROUNDS)


# ANCHOR_END: profiles
