"""tools/ is layered: `base` at the bottom imports no other tools module; the libraries above
it import only each other and `base`; the orchestrators that `just` and CI run import the
rest, and no tools module imports an orchestrator."""

import subprocess
import sys

import pytest

from tools import base

MODULES = sorted(path for path in base.TOOLS.glob("*.py") if path.name != "__init__.py")
# Run by `just` or CI to drive the others; a library that needs what one does takes it from
# the module the orchestrator takes it from.
ORCHESTRATORS = {"testall", "matrix", "bench_run", "bootstrap"}


def imports(module) -> set[str]:
    found = base.imported_by(module, scripts=False)
    return {p.stem for p in found if p.parent == base.TOOLS and p.name != "__init__.py"}


def test_the_orchestrators_are_modules_here():
    assert ORCHESTRATORS <= {module.stem for module in MODULES}


def test_the_base_imports_no_other_tools_module():
    assert imports(base.TOOLS / "base.py") == set()


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.stem)
def test_no_tools_module_imports_an_orchestrator(module):
    assert imports(module) & ORCHESTRATORS == set()


def test_the_import_reader_sees_a_module_run_as_a_script_and_one_in_a_package():
    # Both spellings of an import, as the modules here write them.
    assert "base" in imports(base.TOOLS / "chapters.py")
    assert {"interpreters", "versions"} <= imports(base.TOOLS / "compile_fail.py")


def test_every_module_imports_the_way_a_script_imports_it():
    # `python tools/matrix.py` puts tools/ first on sys.path, and its imports are top-level.
    names = [module.stem for module in MODULES]
    code = f"import sys; sys.path.insert(0, {str(base.TOOLS)!r})\nfor n in {names!r}: __import__(n)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
