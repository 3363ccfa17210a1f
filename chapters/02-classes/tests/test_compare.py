"""Chapter 2: `==`, `<` and `hash()` through the `eq`, `ord`, `hash` and `frozen` options."""

import pytest
from classes import Point, UnfrozenVersion, Version


# ANCHOR: identity
def test_without_eq_objects_are_equal_only_to_themselves():
    point = Point(1, 2)
    assert point == point
    assert Point(1, 2) != Point(1, 2)


def test_without_ord_ordering_raises_type_error():
    with pytest.raises(TypeError) as caught:
        Point(1, 2) < Point(3, 4)  # noqa: B015
    assert str(caught.value) == (
        "'<' not supported between instances of 'classes.Point' and 'classes.Point'"
    )


# ANCHOR_END: identity


# ANCHOR: version
def test_eq_compares_the_fields():
    assert Version(1, 2, 3) == Version(1, 2, 3)
    assert Version(1, 2, 3) != Version(1, 2, 4)


def test_ord_compares_fields_in_declaration_order():
    assert Version(1, 10) > Version(1, 9, 9)
    assert Version(2) > Version(1, 99, 99)
    assert Version(1, 2) <= Version(1, 2)


def test_hash_lets_equal_versions_share_a_set_slot():
    assert hash(Version(1)) == hash(Version(1, 0, 0))
    assert len({Version(1), Version(1, 0, 0), Version(1, 0, 1)}) == 2


def test_the_fields_are_read_only():
    version = Version(1, 2, 3)
    with pytest.raises(AttributeError) as caught:
        version.major = 2
    assert str(caught.value) == "attribute 'major' of 'classes.Version' objects is not writable"
    assert version.major == 1


# ANCHOR_END: version


# ANCHOR: unfrozen
def test_without_frozen_the_fields_are_still_read_only():
    # `get_all` makes getters and no setters; `frozen` is not what stops the assignment.
    version = UnfrozenVersion(1, 2, 3)
    with pytest.raises(AttributeError) as caught:
        version.major = 2
    message = "attribute 'major' of 'classes.UnfrozenVersion' objects is not writable"
    assert str(caught.value) == message


def test_without_frozen_there_is_no_hash():
    # `eq` without `hash` sets `__hash__` to None, as Python does for a class with `__eq__`.
    with pytest.raises(TypeError) as caught:
        hash(UnfrozenVersion(1))
    assert str(caught.value) == "unhashable type: 'classes.UnfrozenVersion'"


# ANCHOR_END: unfrozen


def test_sorting_uses_ord():
    versions = [Version(2), Version(1, 10), Version(1, 9)]
    assert sorted(versions) == [Version(1, 9), Version(1, 10), Version(2)]


def test_a_version_is_not_equal_to_a_tuple():
    assert Version(1) != (1, 0, 0)


def test_ordering_against_another_type_raises_type_error():
    with pytest.raises(TypeError) as caught:
        Version(1) < (1, 0, 0)  # noqa: B015
    assert str(caught.value) == (
        "'<' not supported between instances of 'classes.Version' and 'tuple'"
    )


def test_repr_shows_all_three_parts():
    assert repr(Version(1)) == "Version(1, 0, 0)"


def test_the_largest_u32_parts_work():
    big = 2**32 - 1
    assert Version(big, big, big) > Version(big, big, big - 1)


@pytest.mark.parametrize("part", [-1, 2**32])
def test_a_part_outside_u32_raises_overflow_error(part):
    with pytest.raises(OverflowError) as caught:
        Version(1, part)
    assert str(caught.value) == "out of range integral type conversion attempted"


def test_a_huge_part_raises_overflow_error():
    with pytest.raises(OverflowError) as caught:
        Version(2**64)
    assert str(caught.value) == "Python int too large to convert to C long"


def test_a_str_part_raises_type_error():
    with pytest.raises(TypeError) as caught:
        Version("1")
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"


def test_major_is_required():
    with pytest.raises(TypeError) as caught:
        Version()
    assert str(caught.value) == "Version.__new__() missing 1 required positional argument: 'major'"
