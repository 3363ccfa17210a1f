"""Every Rust listing's file shows its `use` lines on the page (tools/book/imports.py)."""

import html
import re

from tools.book import imports as show_imports
from tools.tests.bookcopy import ROOT

SOURCE = """\
use pyo3::prelude::*;
use pyo3::types::PyDict;

// ANCHOR: one
fn one() {}
// ANCHOR_END: one

// ANCHOR: two
fn two(_: &Bound<'_, PyDict>) {}
// ANCHOR_END: two
"""


def page_with(tmp_path, *anchors):
    (tmp_path / "lib.rs").write_text(SOURCE)
    blocks = [f"```rust\n{{{{#include lib.rs:{anchor}}}}}\n```\n" for anchor in anchors]
    page = tmp_path / "page.md"
    page.write_text("text\n\n" + "\ntext\n\n".join(blocks))
    return page


def test_the_imports_go_above_the_first_listing_of_the_file(tmp_path):
    page = page_with(tmp_path, "one", "two")
    shown = show_imports.show_imports(page.read_text(), page)
    first, second = shown.split("{{#include lib.rs:one}}")
    assert first.endswith("```rust\nuse pyo3::prelude::*;\nuse pyo3::types::PyDict;\n\n")
    assert "use pyo3" not in second


def test_imports_a_listing_already_shows_are_not_repeated(tmp_path):
    (tmp_path / "lib.rs").write_text("// ANCHOR: all\n" + SOURCE + "// ANCHOR_END: all\n")
    page = tmp_path / "page.md"
    page.write_text("```rust\n{{#include lib.rs:all}}\n```\n")
    assert show_imports.show_imports(page.read_text(), page) == page.read_text()


def test_a_page_without_the_imports_is_what_the_check_finds(tmp_path):
    page = page_with(tmp_path, "two")
    assert show_imports.missing_imports(page.read_text(), page) == {
        (tmp_path / "lib.rs").resolve(): ["use pyo3::prelude::*;", "use pyo3::types::PyDict;"]
    }


def test_every_built_page_shows_the_imports_of_every_rust_file_it_lists(built_book):
    include = re.compile(r"\{\{#include\s+([^}\s:]+\.rs)(?::[\w-]+)?\s*\}\}")
    checked = 0
    for source in sorted((ROOT / "book" / "src").glob("[0-9i]*.md")):
        built = (built_book / "build" / source.with_suffix(".html").name).read_text()
        for target in set(include.findall(source.read_text())):
            for use in show_imports.USE.findall((source.parent / target).read_text()):
                assert html.escape(use, quote=False) in built, f"{source.name}: no {use}"
                checked += 1
    assert checked > 50
