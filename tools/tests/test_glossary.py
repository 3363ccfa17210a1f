"""Every term the glossary explains is linked to it on the page that first uses the term."""

import re

import pytest

from tools.book.includes import fenced_blocks
from tools.tests.bookcopy import ROOT

SOURCE = ROOT / "book" / "src"
FIRST_USE = re.compile(r"^## (?P<term>.+)\n<!-- first use: (?P<phrase>.+?) -->$", re.M)


def anchor(heading: str) -> str:
    """The id mdBook gives a heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def reading_order(summary: str) -> list[str]:
    return [page for page in re.findall(r"\]\(([^)]+\.md)\)", summary) if page != "glossary.md"]


def prose(text: str) -> str:
    """A page without its code blocks, headings, directives and comments."""
    inside = {
        n for start, _, body in fenced_blocks(text) for n in range(start, start + len(body) + 2)
    }
    lines = text.splitlines()
    kept = [
        line
        for n, line in enumerate(lines, 1)
        if n not in inside and not line.startswith(("#", "<!--")) and "{{#" not in line
    ]
    return "\n".join(kept)


def unlinked(glossary: str, pages: dict[str, str]) -> list[str]:
    """Each term whose first page in reading order does not link to the term's entry."""
    problems = []
    for entry in FIRST_USE.finditer(glossary):
        phrase, target = entry["phrase"], f"glossary.md#{anchor(entry['term'])}"
        first = next((name for name, text in pages.items() if phrase in prose(text)), None)
        if first is None:
            problems.append(f"{entry['term']}: no page uses {phrase!r}")
        elif target not in pages[first]:
            problems.append(f"{entry['term']}: {first} uses {phrase!r} first, with no link to it")
    return problems


def the_book() -> tuple[str, dict[str, str]]:
    order = reading_order((SOURCE / "SUMMARY.md").read_text())
    pages = {name: (SOURCE / name).read_text() for name in order}
    return (SOURCE / "glossary.md").read_text(), pages


def test_the_glossary_is_in_the_table_of_contents():
    assert "[Glossary](glossary.md)" in (SOURCE / "SUMMARY.md").read_text()


def test_every_term_is_linked_where_the_book_first_uses_it():
    glossary, pages = the_book()
    assert len(FIRST_USE.findall(glossary)) >= 30
    assert unlinked(glossary, pages) == []


def test_a_page_that_uses_a_term_first_without_the_link_is_found():
    glossary, pages = the_book()
    entry = next(FIRST_USE.finditer(glossary))
    target = f"glossary.md#{anchor(entry['term'])}"
    first = next(name for name, text in pages.items() if entry["phrase"] in prose(text))
    broken = dict(pages, **{first: pages[first].replace(target, "elsewhere.md")})
    assert unlinked(glossary, broken) == [
        f"{entry['term']}: {first} uses {entry['phrase']!r} first, with no link to it"
    ]


@pytest.mark.parametrize(
    ("heading", "id_"),
    [("`Bound<'py, T>`", "boundpy-t"), ("Attached and detached", "attached-and-detached")],
)
def test_anchors_are_the_ids_mdbook_gives(heading, id_):
    assert anchor(heading) == id_


def test_every_glossary_link_lands_on_an_entry():
    glossary, pages = the_book()
    ids = {anchor(term) for term in re.findall(r"^## (.+)$", glossary, re.M)}
    for name, text in {**pages, "glossary.md": glossary}.items():
        for target in re.findall(r"glossary\.md#([\w-]+)", text):
            assert target in ids, f"{name} links to glossary.md#{target}, which is no entry"


def sort_key(heading: str) -> str:
    """A heading as the glossary sorts it: letters and digits, case and marks set aside."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", heading.lower()).split())


def test_the_glossary_is_in_alphabetical_order():
    headings = re.findall(r"^## (.+)$", (SOURCE / "glossary.md").read_text(), re.M)
    assert headings == sorted(headings, key=sort_key)
