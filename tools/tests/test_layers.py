"""tools/ is layered, and grouped by concern into packages (`book`, `chapters`, `bench`,
`exercises`, `matrix`). At the bottom, `base` imports no other tools module; the libraries
in the packages import only each other and `base`; the orchestrators that `just` and CI run
import the rest, and no tools module imports an orchestrator."""

import re
import subprocess
import sys

import pytest

from tools import base

MODULES = sorted(
    path
    for path in base.TOOLS.rglob("*.py")
    if "tests" not in path.relative_to(base.TOOLS).parts and path.name != "__main__.py"
)
# Run by `just` or CI to drive the others; a library that needs what one does takes it from
# the module the orchestrator takes it from.
ORCHESTRATORS = {"tools.bootstrap", "tools.chapters.testall", "tools.matrix.run", "tools.bench.run"}
PACKAGES = {"book", "chapters", "bench", "exercises", "matrix"}


def dotted(path) -> str:
    name = ".".join(path.relative_to(base.ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def imports(module) -> set[str]:
    found = base.imported_by(module, scripts=False)
    return {dotted(p) for p in found if p.is_relative_to(base.TOOLS) and p.suffix == ".py"}


def test_the_orchestrators_are_modules_here():
    assert ORCHESTRATORS <= {dotted(module) for module in MODULES}


def test_every_module_but_the_base_and_bootstrap_sits_in_a_package_of_one_concern():
    loose = {dotted(m) for m in MODULES if m.parent == base.TOOLS}
    assert loose == {"tools", "tools.base", "tools.bootstrap"}
    assert {m.parent.name for m in MODULES if m.parent != base.TOOLS} == PACKAGES


def test_the_base_imports_no_other_tools_module():
    assert imports(base.TOOLS / "base.py") == set()


@pytest.mark.parametrize("module", MODULES, ids=dotted)
def test_no_tools_module_imports_an_orchestrator(module):
    assert imports(module) & ORCHESTRATORS == set()


def test_the_import_reader_sees_absolute_imports_and_the_package_they_come_through():
    assert "tools.base" in imports(base.TOOLS / "chapters" / "__init__.py")
    found = imports(base.TOOLS / "chapters" / "compile_fail.py")
    assert {"tools.matrix.interpreters", "tools.book.versions", "tools.matrix"} <= found


def test_every_module_imports_as_part_of_the_tools_package():
    names = [dotted(module) for module in MODULES]
    code = f"for n in {names!r}: __import__(n)"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=base.ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def scripts_run_by_path():
    """The tools files the justfile, book.toml and CI run by their paths."""
    runners = [base.ROOT / "justfile", base.ROOT / "book" / "book.toml", base.ROOT / ".ci" / "run"]
    found = set()
    for runner in runners:
        for name in re.findall(r"\btools/[\w/]+\.py\b", runner.read_text(encoding="utf-8")):
            found.add(base.ROOT / name)
    return sorted(found)


def test_the_runners_name_scripts_here():
    names = {dotted(path) for path in scripts_run_by_path()}
    assert {"tools.bootstrap", "tools.chapters.testall", "tools.book.versions"} <= names


@pytest.mark.parametrize("script", scripts_run_by_path(), ids=dotted)
def test_a_script_run_by_its_path_finds_the_tools_package(script, tmp_path):
    # As `python tools/book/tidy.py` runs it: its own folder first on the import path, and
    # from another folder (mdBook runs its preprocessors from book/). The main guard is not
    # run, so nothing is built or installed.
    code = (
        "import runpy, sys; "
        f"sys.path[0] = {str(script.parent)!r}; "
        f"runpy.run_path({str(script)!r}, run_name='imported')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
