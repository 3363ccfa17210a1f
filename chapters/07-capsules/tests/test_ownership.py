"""Chapter 7: who owns the table. The capsule owns it, the provider's module owns the capsule,
and `capsules` only borrows it for the length of one call."""

import gc
import sys

import capsule_provider
import pytest
from capsule_provider import future_api, old_api, tables_freed
from capsules import IncompatibleApiError, add, multiply


# ANCHOR: destructor
def test_freeing_the_capsule_runs_its_destructor_once():
    before = tables_freed()
    capsule = old_api()
    assert tables_freed() == before
    del capsule
    assert tables_freed() == before + 1


def test_each_capsule_frees_its_own_table():
    before = tables_freed()
    capsules = [old_api(), future_api(), old_api()]
    capsules.pop()
    assert tables_freed() == before + 1
    capsules.clear()
    assert tables_freed() == before + 3


# ANCHOR_END: destructor


def test_a_capsule_in_a_cycle_is_freed_by_the_collector():
    before = tables_freed()
    holder = {"capsule": future_api()}
    holder["self"] = holder
    del holder
    assert tables_freed() == before
    gc.collect()
    assert tables_freed() == before + 1


# ANCHOR: borrow
def test_calls_take_no_reference_and_free_nothing():
    capsule = capsule_provider._C_API
    references, freed = sys.getrefcount(capsule), tables_freed()
    for n in range(100):
        assert add(n, 1) == n + 1
        assert multiply(n, 2) == 2 * n
    assert sys.getrefcount(capsule) == references
    assert tables_freed() == freed


def test_a_refused_capsule_is_freed_with_its_module(provider_with):
    before = tables_freed()
    module = provider_with(_C_API=old_api())
    with pytest.raises(IncompatibleApiError):
        add(1, 2)
    module._C_API = None
    assert tables_freed() == before + 1


# ANCHOR_END: borrow
