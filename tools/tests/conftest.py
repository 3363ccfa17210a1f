"""Fixtures shared by the tooling's tests."""

import pytest

from tools.tests.bookcopy import copy_book


@pytest.fixture
def book_copy(tmp_path):
    """The real book, copied into tmp_path beside links to the real chapters and tools."""
    return copy_book(tmp_path)
