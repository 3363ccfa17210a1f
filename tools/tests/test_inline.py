"""tools/book/includes.py also fails the build on a listing typed into a page."""

import pytest

from tools.book import includes
from tools.tests.bookcopy import build_book, replace_in

INCLUDE = "{{#include ../../chapters/01-functions/src/lib.rs:sum-as-string}}"


def add_block(book, block):
    replace_in(book / "src" / "01-functions.md", "\n## ", f"\n{block}\n\n## ")


@pytest.mark.parametrize("language", ["rust", "rs", "python", "py", "toml", "pycon", "rust,ignore"])
def test_an_inline_listing_fails_the_build(book_copy, language):
    add_block(book_copy, f"```{language}\nlet typed_by_hand = 1;\n```")
    done = build_book(book_copy)
    assert done.returncode != 0
    shown = language.split(",")[0]
    message = f"a ```{shown} block must hold exactly one {{{{#include ...}}}} line"
    assert message in done.stdout + done.stderr


def test_an_include_with_a_line_typed_beside_it_fails_the_build(book_copy):
    add_block(book_copy, f"```rust\n{INCLUDE}\n// and one more line\n```")
    done = build_book(book_copy)
    assert done.returncode != 0
    assert "01-functions.md:" in done.stdout + done.stderr
    assert "must hold exactly one" in done.stdout + done.stderr


def test_an_inline_listing_inside_an_aside_fails_the_build(book_copy):
    add_block(book_copy, "> [!NOTE]\n> ```python\n> print('typed')\n> ```")
    done = build_book(book_copy)
    assert done.returncode != 0
    assert "a ```python block must hold exactly one" in done.stdout + done.stderr


@pytest.mark.parametrize("language", ["sh", "console", "text", ""])
def test_shell_and_other_blocks_may_be_typed(book_copy, language):
    add_block(book_copy, f"```{language}\njust test 1\n```")
    done = build_book(book_copy)
    assert done.returncode == 0, done.stderr


def test_one_include_per_block_is_what_a_page_shows(book_copy):
    add_block(book_copy, f"```rust\n{INCLUDE}\n```\n\n~~~py\n\n{INCLUDE}\n\n~~~")
    assert build_book(book_copy).returncode == 0


def test_a_longer_fence_holds_a_shorter_one():
    page = "````md\n```rust\nfn typed() {}\n```\n````\n\n```toml\n[x]\n```\n"
    blocks = list(includes.fenced_blocks(page))
    assert [(line, language) for line, language, _ in blocks] == [(1, "md"), (7, "toml")]
    assert includes.inline_listings(page, "page.md") == [
        "page.md:7: a ```toml block must hold exactly one {{#include ...}} line; put the code "
        "in the chapter's files, where the tests run it, and include it by anchor"
    ]
