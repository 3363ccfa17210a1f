"""tools/book/links.py: the built book's internal links and #fragments all resolve."""

import subprocess
import sys

import pytest

from tools.book import links
from tools.tests.bookcopy import ROOT, build_book, copy_book, replace_in

PAGE = "01-functions.md"
# (Markdown added to chapter 1's page, what the link checker says about it)
BROKEN = {
    "dead page link": ("[gone](no-such-page.md)", "'no-such-page.html': no file no-such-page.html"),
    "bad fragment on another page": (
        "[gone](introduction.md#no-such-heading)",
        "'introduction.html#no-such-heading': introduction.html has no id 'no-such-heading'",
    ),
    "bad fragment on the same page": (
        "[gone](#no-such-section)",
        "'#no-such-section': 01-functions.html has no id 'no-such-section'",
    ),
    "missing image": ("![gone](missing.png)", "'missing.png': no file missing.png"),
    "absolute path": (
        "[gone](/introduction.html)",
        "'/introduction.html' is an absolute path, which breaks when the book is opened from disk",
    ),
}


def check(build):
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "book" / "links.py"), str(build)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_real_book_has_no_broken_links(built_book):
    done = check(built_book / "build")
    assert done.returncode == 0, done.stderr
    assert "every internal link and #fragment" in done.stdout


@pytest.fixture(scope="module")
def broken_book(tmp_path_factory):
    """A copy of the book with every broken link above on chapter 1's page, built once, and
    the link check's report on it."""
    book = copy_book(tmp_path_factory.mktemp("broken"))
    for markdown, _ in BROKEN.values():
        replace_in(book / "src" / PAGE, "\n## ", f"\nSee {markdown}.\n\n## ")
    assert build_book(book).returncode == 0, "mdBook itself lets broken links through"
    return check(book / "build")


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_link_fails_the_check(broken_book, case):
    assert broken_book.returncode == 1
    on_the_page = [
        line
        for line in broken_book.stderr.splitlines()
        if line.strip().startswith("01-functions.html:") and BROKEN[case][1] in line
    ]
    assert on_the_page, broken_book.stderr


def test_a_redirect_to_a_missing_page_fails_the_check(tmp_path):
    (tmp_path / "index.html").write_text("<h1>Book</h1>")
    refresh = '<meta http-equiv="refresh" content="0; URL={}">'
    (tmp_path / "old.html").write_text(refresh.format("index.html"))
    assert links.check(tmp_path) == []
    (tmp_path / "old.html").write_text(refresh.format("gone.html"))
    assert links.check(tmp_path) == ["old.html:1: 'gone.html': no file gone.html"]


def test_a_broken_fragment_in_the_404_page_is_resolved_against_its_base(tmp_path):
    (tmp_path / "index.html").write_text('<h1 id="top">Book</h1>')
    (tmp_path / "404.html").write_text(
        '<base href="/pyo3-tutorial/"><a href="index.html#top">ok</a>'
        '<a href="index.html#gone">bad</a><a href="/elsewhere/x.html">out</a>'
    )
    assert links.check(tmp_path) == [
        "404.html:1: 'index.html#gone': index.html has no id 'gone'",
        "404.html:1: '/elsewhere/x.html' leaves the site '/pyo3-tutorial/'",
    ]


def test_an_unbuilt_book_is_an_error(tmp_path):
    assert "build the book first" in links.check(tmp_path)[0]
