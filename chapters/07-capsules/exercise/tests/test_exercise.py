"""Chapter 7's exercise. Do not edit these tests: make them pass by editing src/exercise.rs.

Run them with `just exercise 7`.
"""

import datetime

import pytest
from capsules_exercise import api_version, divide, make_api, make_newer_api, tables_freed

I64_MIN = -(2**63)


# ANCHOR: task1
@pytest.mark.task(1)
def test_make_api_returns_a_capsule_with_the_name():
    got = repr(make_api(1))
    expected = '<capsule object "capsules_exercise._C_API" at 0x'
    assert got.startswith(expected), f"make_api(1) is {got}, expected {expected}...>"


@pytest.mark.task(1)
def test_freeing_the_capsule_counts_one_table():
    before = tables_freed()
    capsule = make_api(1)
    assert tables_freed() == before, "the table was freed while its capsule was still alive"
    del capsule
    freed = tables_freed() - before
    assert freed == 1, f"freeing one capsule counted {freed} tables, expected 1"


# ANCHOR_END: task1


# ANCHOR: task2
@pytest.mark.task(2)
def test_api_version_of_a_non_capsule_raises_type_error():
    with pytest.raises(TypeError) as caught:
        api_version(42)
    assert str(caught.value) == "'int' object is not an instance of 'PyCapsule'"


@pytest.mark.task(2)
def test_api_version_of_a_capsule_with_another_name_raises_value_error():
    with pytest.raises(ValueError) as caught:
        api_version(datetime.datetime_CAPI)
    assert str(caught.value) == "PyCapsule_GetPointer called with incorrect name"


@pytest.mark.task(2)
@pytest.mark.parametrize("version", [1, 7])
def test_api_version_reads_the_table(version):
    got = api_version(make_api(version))
    assert got == version, f"api_version(make_api({version})) is {got!r}"


# ANCHOR_END: task2


# ANCHOR: task3
@pytest.mark.task(3)
def test_divide_checks_the_capsule_like_api_version():
    with pytest.raises(ValueError) as caught:
        divide(datetime.datetime_CAPI, 7, 2)
    assert str(caught.value) == "PyCapsule_GetPointer called with incorrect name"


@pytest.mark.task(3)
@pytest.mark.parametrize(("a", "b", "quotient"), [(7, 2, 3), (-7, 2, -3), (0, 5, 0)])
def test_divide_rounds_toward_zero(a, b, quotient):
    got = divide(make_api(1), a, b)
    assert got == quotient, f"divide(api, {a}, {b}) is {got!r}, expected {quotient}"


@pytest.mark.task(3)
def test_divide_refuses_another_version():
    with pytest.raises(ImportError) as caught:
        divide(make_api(2), 7, 2)
    assert str(caught.value) == "table version 2, expected 1"


@pytest.mark.task(3)
def test_divide_by_zero_raises_zero_division_error():
    with pytest.raises(ZeroDivisionError) as caught:
        divide(make_api(1), 7, 0)
    assert str(caught.value) == "division by zero"


@pytest.mark.task(3)
def test_the_one_overflowing_division_raises_overflow_error():
    with pytest.raises(OverflowError) as caught:
        divide(make_api(1), I64_MIN, -1)
    assert str(caught.value) == f"{I64_MIN} / -1 does not fit in 64 bits"


@pytest.mark.task(3)
def test_a_status_divide_does_not_know_raises_runtime_error():
    with pytest.raises(RuntimeError) as caught:
        divide(make_newer_api(), 7, 2)
    assert str(caught.value) == "checked_div returned the unknown status 3"


# ANCHOR_END: task3
