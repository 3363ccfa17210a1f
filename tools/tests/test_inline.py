"""tools/book/includes.py also fails the build on a listing typed into a page."""

import pytest

from tools.book import includes
from tools.tests.bookcopy import build_book, copy_book, replace_in

INCLUDE = "{{#include ../../chapters/01-functions/src/lib.rs:sum-as-string}}"


def add_block(book, block):
    replace_in(book / "src" / "01-functions.md", "\n## ", f"\n{block}\n\n## ")


# What a page must not hold, each with the language its message names. All of them go on
# chapter 1's page, and the book is built once: the build lists every one it finds.
TYPED = {
    **{
        language: (f"```{language}\nlet typed_by_hand_{n} = 1;\n```", language.split(",")[0])
        for n, language in enumerate(["rust", "rs", "python", "py", "toml", "pycon", "rust,ignore"])
    },
    "an include with a line typed beside it": (f"```rust\n{INCLUDE}\n// and one more\n```", "rust"),
    "inside an aside": ("> [!NOTE]\n> ```python\n> print('typed')\n> ```", "python"),
}


@pytest.fixture(scope="module")
def typed_in(tmp_path_factory):
    """Chapter 1's page with every block of `TYPED` added, and the book's build."""
    book = copy_book(tmp_path_factory.mktemp("typed"))
    for block, _ in TYPED.values():
        add_block(book, block)
    return (book / "src" / "01-functions.md").read_text(), build_book(book)


@pytest.mark.parametrize("case", list(TYPED))
def test_a_listing_typed_into_a_page_fails_the_build(typed_in, case):
    page, done = typed_in
    block, language = TYPED[case]
    fence = page.index(block) + block.index("```")
    line = page[:fence].count("\n") + 1
    assert done.returncode != 0
    message = f"01-functions.md:{line}: a ```{language} block must hold exactly one {{{{#include"
    assert message in done.stdout + done.stderr


def test_shell_blocks_and_one_include_per_block_build(book_copy):
    for language in ["sh", "console", "text", ""]:
        add_block(book_copy, f"```{language}\njust test 1\n```")
    add_block(book_copy, f"```rust\n{INCLUDE}\n```\n\n~~~py\n\n{INCLUDE}\n\n~~~")
    done = build_book(book_copy)
    assert done.returncode == 0, done.stderr


def test_a_longer_fence_holds_a_shorter_one():
    page = "````md\n```rust\nfn typed() {}\n```\n````\n\n```toml\n[x]\n```\n"
    blocks = list(includes.fenced_blocks(page))
    assert [(line, language) for line, language, _ in blocks] == [(1, "md"), (7, "toml")]
    assert includes.inline_listings(page, "page.md") == [
        "page.md:7: a ```toml block must hold exactly one {{#include ...}} line; put the code "
        "in the chapter's files, where the tests run it, and include it by anchor"
    ]
