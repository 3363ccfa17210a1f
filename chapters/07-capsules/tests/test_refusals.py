"""Chapter 7: what `capsules` does when the capsule it needs is missing, misnamed, not a
capsule at all, or of a version it cannot use: a Python exception that says so, never a crash.

`provider_with(...)` and `provider_missing` (in the chapter's conftest.py) stand in for the
installed `capsule_provider` until the test ends.
"""

import datetime

import capsule_provider
import numpy
import pytest
from capsule_provider import future_api, newer_minor_api, old_api
from capsules import IncompatibleApiError, add, multiply, provider_version

NOT_VALID = 'PyCapsule_Import "capsule_provider._C_API" is not valid'


def test_incompatible_api_error_is_an_import_error():
    assert issubclass(IncompatibleApiError, ImportError)


# ANCHOR: missing
def test_without_the_provider_add_raises_module_not_found_error(provider_missing):
    with pytest.raises(ModuleNotFoundError) as caught:
        add(1, 2)
    assert str(caught.value) == "import of capsule_provider halted; None in sys.modules"


def test_a_provider_without_the_capsule_raises_attribute_error(provider_with):
    provider_with()
    with pytest.raises(AttributeError) as caught:
        add(1, 2)
    assert str(caught.value) == "module 'capsule_provider' has no attribute '_C_API'"


# ANCHOR_END: missing


# ANCHOR: not-capsule
@pytest.mark.parametrize(
    ("value", "kind"), [(42, "int"), (None, "NoneType"), (b"\0" * 16, "bytes")]
)
def test_an_attribute_that_is_not_a_capsule_is_refused(provider_with, value, kind):
    provider_with(_C_API=value)
    with pytest.raises(IncompatibleApiError) as caught:
        add(1, 2)
    assert str(caught.value) == f"capsule_provider._C_API is a {kind}, not a capsule"


# ANCHOR_END: not-capsule


# ANCHOR: misnamed
def test_a_capsule_with_another_name_is_refused(provider_with):
    provider_with(_C_API=datetime.datetime_CAPI)
    with pytest.raises(IncompatibleApiError) as caught:
        add(1, 2)
    assert str(caught.value) == (
        "capsule_provider._C_API is the capsule 'datetime.datetime_CAPI', "
        "not the capsule 'capsule_provider._C_API'"
    )


def test_numpys_unnamed_capsule_is_refused(provider_with):
    provider_with(_C_API=numpy._core._multiarray_umath._ARRAY_API)
    with pytest.raises(IncompatibleApiError) as caught:
        multiply(1, 2)
    assert str(caught.value) == (
        "capsule_provider._C_API is a capsule without a name, "
        "not the capsule 'capsule_provider._C_API'"
    )


# ANCHOR_END: misnamed


# ANCHOR: versions
def test_an_older_minor_version_is_refused(provider_with):
    provider_with(_C_API=old_api())
    with pytest.raises(IncompatibleApiError) as caught:
        add(1, 2)
    assert str(caught.value) == (
        "capsule_provider._C_API is version 1.0; capsules needs 1.1 or a later 1.x"
    )


def test_another_major_version_is_refused(provider_with):
    provider_with(_C_API=future_api())
    with pytest.raises(IncompatibleApiError) as caught:
        multiply(1, 2)
    assert str(caught.value) == (
        "capsule_provider._C_API is version 2.0; capsules needs 1.1 or a later 1.x"
    )


def test_every_version_can_say_which_it_is(provider_with):
    provider_with(_C_API=old_api())
    assert provider_version() == (1, 0)
    provider_with(_C_API=future_api())
    assert provider_version() == (2, 0)


# ANCHOR_END: versions


# ANCHOR: unknown-status
def test_a_status_from_a_newer_provider_is_a_runtime_error(provider_with):
    provider_with(_C_API=newer_minor_api())
    assert provider_version() == (1, 2)
    with pytest.raises(RuntimeError) as caught:
        add(1, 2)
    assert str(caught.value) == "capsule_provider returned the unknown status 2"


# ANCHOR_END: unknown-status


def test_the_real_capsule_in_a_stand_in_module_still_works(provider_with):
    provider_with(_C_API=capsule_provider._C_API)
    assert add(40, 2) == 42


# ANCHOR: import-messages
def test_import_without_the_provider_raises_import_error(provider_missing):
    with pytest.raises(ImportError) as caught:
        provider_version()
    assert type(caught.value) is ImportError
    assert str(caught.value) == 'PyCapsule_Import could not import module "capsule_provider"'


def test_import_gives_one_message_for_not_a_capsule_and_misnamed(provider_with):
    for value in (42, datetime.datetime_CAPI):
        provider_with(_C_API=value)
        with pytest.raises(AttributeError) as caught:
            provider_version()
        assert str(caught.value) == NOT_VALID


# ANCHOR_END: import-messages


def test_import_without_the_attribute_raises_attribute_error(provider_with):
    provider_with()
    with pytest.raises(AttributeError) as caught:
        provider_version()
    assert str(caught.value) == "module 'capsule_provider' has no attribute '_C_API'"
