"""Fixtures shared by the tooling's tests."""

import pytest

from tools.tests.bookcopy import build_book, copy_book


@pytest.fixture
def book_copy(tmp_path):
    """The real book, copied into tmp_path beside links to the real chapters and tools."""
    return copy_book(tmp_path)


@pytest.fixture(scope="session")
def built_book(tmp_path_factory):
    """The real book, copied and built once as `just test` builds it, for the tests that only
    read the build; a test that edits the book builds a copy of its own."""
    book = copy_book(tmp_path_factory.mktemp("built"))
    done = build_book(book)
    assert done.returncode == 0, done.stdout + done.stderr
    return book
