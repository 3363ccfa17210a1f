"""Chapter 6's benchmarks: add up 128 MiB of bytes in place, from a copy, and with NumPy.

`just bench 6` times them on a release build and writes `results.json`, which the page
shows; `just test` runs each once as a plain test. Each row also measures, in a new Python
process, how far one call raises the peak memory, and says how far it may.
"""

import numpy as np
import pytest
from buffers import byte_sum, byte_sum_copied

from tools.bench import peak_growth

# ANCHOR: summing
SIZE = 128 * 1024 * 1024
MAKE_DATA = f"data = bytes(range(256)) * {SIZE // 256}"
DATA = bytes(range(256)) * (SIZE // 256)
EXPECTED = sum(range(256)) * (SIZE // 256)


def memory_of(call):
    setup = f"import buffers, numpy; {MAKE_DATA}; array = numpy.frombuffer(data, numpy.uint8)"
    return peak_growth(setup, call)


@pytest.mark.benchmark(group="summing")
def test_the_copying_route(benchmark):
    benchmark.extra_info.update(row="`byte_sum_copied(data)`: `to_vec`, then sum", bytes=SIZE)
    benchmark.extra_info.update(baseline=True)
    growth = memory_of("buffers.byte_sum_copied(data)")
    benchmark.extra_info.update(peak_growth=growth, growth_at_least=0.9)
    assert benchmark(byte_sum_copied, DATA) == EXPECTED


@pytest.mark.benchmark(group="summing")
def test_the_zero_copy_route(benchmark):
    benchmark.extra_info.update(row="`byte_sum(data)`: a slice of the bytes in place", bytes=SIZE)
    benchmark.extra_info.update(floor=1.5)
    growth = memory_of("buffers.byte_sum(data)")
    benchmark.extra_info.update(peak_growth=growth, growth_at_most=0.05)
    assert benchmark(byte_sum, DATA) == EXPECTED


@pytest.mark.benchmark(group="summing")
def test_numpy_sum(benchmark):
    benchmark.extra_info.update(row="`numpy.sum(array)`, on a view of the same bytes", bytes=SIZE)
    growth = memory_of("numpy.sum(array)")
    benchmark.extra_info.update(peak_growth=growth)
    array = np.frombuffer(DATA, dtype=np.uint8)
    assert benchmark(np.sum, array) == EXPECTED


# ANCHOR_END: summing
