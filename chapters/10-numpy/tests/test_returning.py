"""Chapter 10: handing a Rust `Vec` to NumPy without a copy, and who owns it afterwards."""

import gc
import weakref

import numpy as np
import pytest
from arrays import ramp, ramp_and_address, ramp_list


def test_ramp_counts_up():
    assert ramp(4).tolist() == [0.0, 1.0, 2.0, 3.0]
    assert ramp(4).dtype == np.float64
    assert ramp_list(4) == [0.0, 1.0, 2.0, 3.0]
    assert ramp(0).shape == (0,)
    assert ramp_list(0) == []


def test_the_array_uses_the_vecs_memory():
    values, address = ramp_and_address(1000)
    assert values.__array_interface__["data"][0] == address
    assert values.tolist() == list(map(float, range(1000)))


def test_the_vec_is_owned_by_a_python_object_that_lives_as_long_as_the_arrays():
    values = ramp(3)
    assert not values.flags.owndata
    assert type(values.base).__name__ == "PySliceContainer"
    assert values.flags.writeable
    view = values[1:]
    assert view.base is values
    gone = weakref.ref(values)
    del values
    gc.collect()
    assert gone() is not None, "the view keeps the array, and so the Vec, alive"
    assert view.tolist() == [1.0, 2.0]
    del view
    gc.collect()
    assert gone() is None


def test_a_size_that_cannot_be_allocated_is_a_memory_error():
    with pytest.raises(MemoryError) as caught:
        ramp(2**60)
    assert str(caught.value) == "cannot allocate 1152921504606846976 float64 values"
    with pytest.raises(MemoryError):
        ramp_list(2**60)


def test_a_negative_size_is_an_overflow_error():
    with pytest.raises(OverflowError) as caught:
        ramp(-1)
    assert str(caught.value) == "can't convert negative int to unsigned"
    with pytest.raises(TypeError) as caught:
        ramp(3.0)
    assert str(caught.value) == "'float' object cannot be interpreted as an integer"
