"""Chapter 10: reading arrays in place, with the dtype and dimensions in the signature."""

import numpy as np
import pytest
from arrays import column_means, mean, sum_contiguous
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

FLOATS = hnp.arrays(np.float64, st.integers(1, 50), elements=st.floats(-1e6, 1e6, allow_nan=False))


@given(FLOATS)
def test_mean_agrees_with_numpy(values):
    assert mean(values) == pytest.approx(np.mean(values), rel=1e-12, abs=1e-9)


def test_a_strided_view_is_read_in_place_with_its_strides():
    values = np.arange(10.0)
    assert mean(values[::2]) == 4.0
    assert mean(values[::-1]) == 4.5
    assert mean(np.arange(12.0).reshape(3, 4)[:, 1]) == 5.0


def test_a_subclass_of_ndarray_is_an_array():
    class Prices(np.ndarray):
        pass

    assert mean(np.arange(3.0).view(Prices)) == 1.0


def test_a_transposed_matrix_needs_no_copy():
    matrix = np.arange(6.0).reshape(2, 3)
    assert not matrix.T.flags.c_contiguous
    assert column_means(matrix).tolist() == [1.5, 2.5, 3.5]
    assert column_means(matrix.T).tolist() == [1.0, 4.0]


def test_a_fortran_ordered_matrix_is_read_column_by_column():
    # The page's "something to try": columns one after another in memory.
    matrix = np.asfortranarray(np.arange(6.0).reshape(2, 3))
    assert column_means(matrix).tolist() == [1.5, 2.5, 3.5]
    assert matrix[:, 0].flags.c_contiguous
    assert sum_contiguous(matrix[:, 0]) == 3.0
    with pytest.raises(TypeError) as caught:
        sum_contiguous(matrix[0])
    assert str(caught.value) == "The given array is not contiguous or is misaligned."


def test_the_slice_route_refuses_what_is_not_contiguous():
    values = np.arange(6.0)
    assert sum_contiguous(values) == 15.0
    assert sum_contiguous(values[1:4]) == 6.0
    with pytest.raises(TypeError) as caught:
        sum_contiguous(values[::2])
    assert str(caught.value) == "The given array is not contiguous or is misaligned."
    assert mean(values[::2]) == 2.0


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (np.arange(3), "type mismatch:\n from=int64, to=float64"),
        (np.ones(3, dtype=np.float32), "type mismatch:\n from=float32, to=float64"),
        (np.array(["a"]), "type mismatch:\n from=<U1, to=float64"),
        (np.ones(3, dtype=">f8"), "type mismatch:\n from=>f8, to=float64"),
        (np.array(3.0), "dimensionality mismatch:\n from=0, to=1"),
        (np.ones((2, 2)), "dimensionality mismatch:\n from=2, to=1"),
        ([1.0, 2.0], "'list' object is not an instance of 'ndarray'"),
        (np.float64(3.0), "'float64' object is not an instance of 'ndarray'"),
    ],
    ids=["int64", "float32", "str", "big-endian", "0-d", "2-d", "list", "numpy-scalar"],
)
def test_a_wrong_array_is_refused_before_the_body_runs(given, message):
    with pytest.raises(TypeError) as caught:
        mean(given)
    assert str(caught.value) == message


def test_a_converted_array_is_accepted():
    assert mean(np.arange(3).astype(np.float64)) == 1.0
    assert mean(np.asarray([1.0, 2.0])) == 1.5
    big_endian = np.array([1.0, 2.0], dtype=">f8")
    assert mean(big_endian.astype(np.float64)) == 1.5


def test_empty_input_raises_a_value_error():
    with pytest.raises(ValueError) as caught:
        mean(np.array([]))
    assert str(caught.value) == "the mean of an empty array is undefined"
    with pytest.raises(ValueError) as caught:
        column_means(np.zeros((0, 3)))
    assert str(caught.value) == "a matrix with no rows has no column means"
    assert column_means(np.zeros((2, 0))).shape == (0,)
    assert sum_contiguous(np.array([])) == 0.0


def test_nan_and_infinity_propagate():
    assert np.isnan(mean(np.array([1.0, np.nan])))
    assert mean(np.array([1.0, np.inf])) == np.inf
    assert np.isnan(mean(np.array([-np.inf, np.inf])))
    assert np.isnan(column_means(np.array([[1.0, np.nan]]))[1])


def test_a_huge_view_is_read_without_a_copy():
    # A million-element view of one float: stride 0, 8 bytes of memory behind it.
    values = np.broadcast_to(np.float64(2.5), (1_000_000,))
    assert values.strides == (0,)
    assert mean(values) == 2.5
