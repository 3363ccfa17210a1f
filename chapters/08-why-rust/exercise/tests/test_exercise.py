"""Chapter 8's exercise. Do not edit these tests: make them pass by editing src/exercise.rs.

Run them with `just exercise 8`.
"""

import sys

import pytest
from why_rust_exercise import collect_ints, count_identical, product


# ANCHOR: task1
@pytest.mark.task(1)
@pytest.mark.parametrize(
    ("values", "expected"), [([2, 3, 7], 42), ([], 1), ([-4, 5], -20), ([2**62, 1], 2**62)]
)
def test_product_multiplies_the_items(values, expected):
    got = product(values)
    assert got == expected, f"called product({values!r}), got {got!r}, expected {expected!r}"


@pytest.mark.task(1)
def test_product_refuses_an_item_that_is_not_an_int():
    assert product([2]) == 2
    with pytest.raises(TypeError) as caught:
        product([2, "3"])
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"


@pytest.mark.task(1)
def test_product_past_64_bits_is_an_overflow_error():
    assert product([2**31, 2**31]) == 2**62
    with pytest.raises(OverflowError) as caught:
        product([2**32, 2**32])
    assert str(caught.value) == "the product does not fit in 64 bits"


# ANCHOR_END: task1


# ANCHOR: task2
@pytest.mark.task(2)
def test_count_identical_counts_the_object_itself_not_equal_ones():
    target = [1]
    values = [target, [1], target, None]
    got = count_identical(values, target)
    assert got == 2, f"called count_identical(values, target), got {got!r}, expected 2"


@pytest.mark.task(2)
def test_count_identical_leaves_every_reference_count_as_it_was():
    target, other = object(), object()
    values = [target, other, target]
    assert count_identical(values, target) == 2
    before = sys.getrefcount(target), sys.getrefcount(other)
    for _ in range(100):
        count_identical(values, target)
    after = sys.getrefcount(target), sys.getrefcount(other)
    assert after == before, f"100 calls changed the counts from {before} to {after}"


# ANCHOR_END: task2


# ANCHOR: task3
def failing_halfway():
    yield 1
    yield 2
    raise ValueError("the source ran dry")


@pytest.mark.task(3)
def test_collect_ints_reads_any_iterable():
    assert collect_ints(range(4)) == [0, 1, 2, 3]
    assert collect_ints(iter((5, 6))) == [5, 6]
    assert collect_ints([]) == []


@pytest.mark.task(3)
def test_collect_ints_passes_on_the_iterables_own_error():
    assert collect_ints(x for x in (1, 2)) == [1, 2]
    with pytest.raises(ValueError) as caught:
        collect_ints(failing_halfway())
    assert str(caught.value) == "the source ran dry"


@pytest.mark.task(3)
def test_collect_ints_refuses_what_is_not_iterable_or_not_an_int():
    assert collect_ints((7,)) == [7]
    with pytest.raises(TypeError) as caught:
        collect_ints(7)
    assert str(caught.value) == "'int' object is not iterable"
    with pytest.raises(TypeError) as caught:
        collect_ints([1, 2.5])
    assert str(caught.value) == "'float' object cannot be interpreted as an integer"


# ANCHOR_END: task3
