"""Chapter 7's fixture: a stand-in for the installed `capsule_provider`, so that a test can
hand `capsules` a missing, misnamed or wrongly versioned capsule without uninstalling anything.

Python imports a module once and keeps it in `sys.modules`; `capsules` imports
`capsule_provider` by name, so whatever object `sys.modules["capsule_provider"]` holds is what
it finds. The `.pycon` sessions do the same by hand, each at a prompt of its own.
"""

from __future__ import annotations

import sys
import types

import pytest


@pytest.fixture
def provider_with(monkeypatch):
    """Make `capsule_provider` a module with just these attributes, until the test ends."""

    def install(**attributes):
        module = types.ModuleType("capsule_provider")
        module.__dict__.update(attributes)
        monkeypatch.setitem(sys.modules, "capsule_provider", module)
        return module

    return install


@pytest.fixture
def provider_missing(monkeypatch):
    """Make `import capsule_provider` fail, as if it were not installed, until the test ends."""
    monkeypatch.setitem(sys.modules, "capsule_provider", None)
