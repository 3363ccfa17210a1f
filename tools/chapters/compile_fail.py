"""Code that must not compile, and the error the compiler gives: checked, so pages can show it.

A chapter keeps such snippets in `compile_fail/NAME.rs`, each a whole library crate that
uses PyO3, with the compiler's first error beside it in `compile_fail/NAME.stderr`. This
pytest plugin makes each snippet a test: it runs `cargo check` on it and compares the first
error (paths relative to the repository) with the `.stderr` file. So a page that shows a
compiler error includes the `.stderr` file, and a new rustc or PyO3 that words the error
differently fails the test instead of leaving the page wrong.

A line `// python: 3.X [3.Y ...]` in a snippet builds it for the first of those Pythons that
tools/matrix/interpreters.py finds, in the chapters' target folder with a PyO3 of that
Python's own beside theirs (`chapters.own_pyo3_build`), so that switching between them rebuilds
nothing. Without it, the snippet is built for the Python that
runs the tests, as maturin builds the chapters for it and in their target folder: PyO3's
macros and build scripts, compiled for the chapters, serve the snippets as they are.
A line `// pyo3-features: F [G ...]` turns on those PyO3 features (`abi3-py39`, say), and a
line `// crates: C [D ...]` adds those crates beside PyO3, at the versions Cargo.lock holds
(`numpy`, say).
To take the compiler's current words after you checked them by eye:

    python tools/chapters/compile_fail.py --bless [SNIPPET ...]
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

if not __package__:  # run by its path: the repository's folder holds `tools`
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from tools import base, chapters
from tools.book import versions
from tools.matrix import interpreters

ROOT = base.ROOT
WORK = ROOT / "target" / "compile-fail"
PYTHON = re.compile(r"^// python: (3\.\d+(?: 3\.\d+)*)\s*$", re.M)
FEATURES = re.compile(r"^// pyo3-features: ([\w-]+(?: [\w-]+)*)\s*$", re.M)
CRATES = re.compile(r"^// crates: ([\w-]+(?: [\w-]+)*)\s*$", re.M)


class CompileFailError(Exception):
    pass


def python_for(snippet: Path) -> tuple[str, str] | None:
    """The interpreter a snippet with a `// python:` line is built for, and its version
    (`3.X`); None for a snippet without one."""
    wanted = PYTHON.search(snippet.read_text(encoding="utf-8"))
    if wanted is None:
        return None
    found = {interpreter.minor: interpreter for interpreter in interpreters.discover()}
    for version in wanted.group(1).split():
        if version in found:
            return str(found[version].path), version
    pytest.skip(f"{snippet.name} is built for Python {wanted.group(1)}, and none is here")


def crate_for(snippet: Path) -> Path:
    """A crate outside the workspace whose library is the snippet, pinned like the chapters."""
    name = f"snippet-{snippet.parent.parent.name}-{snippet.stem}".replace("_", "-")
    crate = WORK / name
    crate.mkdir(parents=True, exist_ok=True)
    pyo3 = versions.locked_version(ROOT, "pyo3")
    text = snippet.read_text(encoding="utf-8")
    wanted = FEATURES.search(text)
    features = ", ".join(f'"{f}"' for f in wanted.group(1).split()) if wanted else ""
    crates = CRATES.search(text)
    others = "".join(
        f'{crate} = "={versions.locked_version(ROOT, crate)}"\n'
        for crate in (crates.group(1).split() if crates else [])
    )
    manifest = (
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
        f'[lib]\npath = "{snippet}"\n\n[dependencies]\n'
        f'pyo3 = {{ version = "={pyo3}", features = [{features}] }}\n{others}\n[workspace]\n'
    )
    (crate / "Cargo.toml").write_text(manifest)
    lock = (ROOT / "Cargo.lock").read_text()
    if not (crate / "Cargo.lock").is_file():
        (crate / "Cargo.lock").write_text(lock)
    return crate


def first_error(output: str) -> str:
    """The compiler's first error: its message, where it is, and its help lines, with the
    repository's path made relative. The `note:` lines after it are left out: they trace
    the reason through PyO3's and the standard library's sources, by paths on this machine."""
    lines = output.replace(str(ROOT) + os.sep, "").splitlines()
    starts = [i for i, line in enumerate(lines) if re.match(r"error(\[E\d+\])?: ", line)]
    if not starts:
        raise CompileFailError("it compiled, or failed with no error:\n" + output)
    block = []
    for line in lines[starts[0] :]:
        if block and (not line.strip() or line.startswith(("note:", "error", "warning"))):
            break
        block.append(line.rstrip())
    while block and block[-1].strip() == "|":
        block.pop()
    return "\n".join(block) + "\n"


def build_env(other: tuple[str, str] | None) -> dict[str, str]:
    """The environment cargo checks a snippet in: the one maturin gives the chapters' builds,
    or for another Python (`python_for`), that Python. Both use the chapters' target folder."""
    if other is None:
        env = chapters.cargo_env()
    else:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYO3_", "CARGO_"))}
        if "CARGO_HOME" in os.environ:  # where cargo keeps what it downloads
            env["CARGO_HOME"] = os.environ["CARGO_HOME"]
        env.update(PYO3_PYTHON=other[0])
    env.setdefault("CARGO_TARGET_DIR", os.environ.get("CARGO_TARGET_DIR") or str(ROOT / "target"))
    env.update(CARGO_TERM_COLOR="never")
    return env


def compile_error(snippet: Path) -> str:
    other = python_for(snippet)
    env = build_env(other)
    # PyO3 for another Python is kept beside the chapters' (`own_pyo3_build`).
    own = chapters.own_pyo3_build(f"python-{other[1]}") if other else []
    done = subprocess.run(
        ["cargo", "check", "--quiet", *own, "--manifest-path",
         str(crate_for(snippet) / "Cargo.toml")],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    if done.returncode == 0:
        raise CompileFailError(f"{snippet.name} compiled, but it is kept to show an error")
    error = first_error(done.stderr)
    if str(snippet.relative_to(ROOT)) not in error:
        raise CompileFailError(f"the first error is not in {snippet.name}:\n{done.stderr}")
    return error


class SnippetFile(pytest.File):
    def collect(self):
        yield SnippetItem.from_parent(self, name=self.path.name)


class SnippetItem(pytest.Item):
    def runtest(self) -> None:
        expected_path = self.path.with_suffix(".stderr")
        got = compile_error(self.path)
        expected = expected_path.read_text() if expected_path.is_file() else "(no .stderr file)"
        if got != expected:
            raise CompileFailError(
                f"{self.path.name}: the compiler's first error is not {expected_path.name}'s.\n"
                f"expected:\n{expected}\ngot:\n{got}\n"
                "If the new words are right: "
                f"python tools/chapters/compile_fail.py --bless {self.path}"
            )

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, CompileFailError):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, 0, f"does not compile: {self.path.name}"


def pytest_collect_file(file_path: Path, parent):
    if file_path.suffix == ".rs" and file_path.parent.name == "compile_fail":
        return SnippetFile.from_parent(parent, path=file_path)
    return None


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "--bless":
        print(__doc__)
        return 2
    snippets = [Path(a).resolve() for a in argv[1:]]
    snippets = snippets or sorted(ROOT.glob("chapters/*/compile_fail/*.rs"))
    for snippet in snippets:
        snippet.with_suffix(".stderr").write_text(compile_error(snippet))
        print(f"wrote {snippet.with_suffix('.stderr').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
