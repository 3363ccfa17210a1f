"""The steps chapter 1 gives for starting an extension of your own still work.

The test follows the page: `maturin new`, `cargo add pyo3@0.30`, a virtual environment of
the project's own, `maturin develop`, then Python imports the module. Two things differ, for
speed only: the maturin that runs is this repository's (the same pinned version the reader
installs), and the build and the environment live under target/ (one per Python), where later
runs reuse them.
"""

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
EXPECTED = Path(__file__).parent / "starter"
TOOLS = Path(sys.executable).parent
# One per Python, so that the version matrix never makes one Python's build evict another's.
WORK = ROOT / "target" / "starter-py{}.{}".format(*sys.version_info[:2])


@pytest.fixture(scope="module")
def reader_env():
    """A virtual environment like the reader's, and the environment variables of its shell."""
    environment = WORK / "venv"
    if not (environment / "bin" / "python").exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(environment)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYO3_", "CONDA_"))}
    env.update(
        VIRTUAL_ENV=str(environment),
        PATH=os.pathsep.join([str(environment / "bin"), str(TOOLS), env.get("PATH", "")]),
        # Its own target dir: pyo3 built for another Python must not evict the chapters' build.
        CARGO_TARGET_DIR=str(WORK / "target"),
        # pyo3 0.30 is already in cargo's cache, since the chapters use it.
        CARGO_NET_OFFLINE="true",
    )
    return env


def run(command, cwd, env):
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_a_new_extension_builds_and_imports(tmp_path, reader_env):
    run(["maturin", "new", "--bindings", "pyo3", "my_extension"], tmp_path, reader_env)
    project = tmp_path / "my_extension"
    assert (project / "src" / "lib.rs").read_text() == (EXPECTED / "expected-lib.rs").read_text()
    # What the page says of the other files maturin writes.
    assert (project / ".gitignore").is_file()
    assert list((project / ".github" / "workflows").glob("*.yml"))
    pyproject = (project / "pyproject.toml").read_text()
    assert 'requires-python = ">=3.8"' in pyproject
    (project / "pyproject.toml").write_text(pyproject.replace('">=3.8"', '">=3.9"'))

    run(["cargo", "add", "pyo3@0.30"], project, reader_env)
    expected_manifest = (EXPECTED / "expected-Cargo.toml").read_text()
    assert (project / "Cargo.toml").read_text() == expected_manifest

    run(["maturin", "develop"], project, reader_env)
    script = "import my_extension; print(my_extension.sum_as_string(5, 20))"
    assert run(["python", "-c", script], project, reader_env) == "25\n"

    forget_to_export(project, reader_env)


def forget_to_export(project, env):
    """The page's warning: a `#[pyfunction]` outside the `mod` is built, but not exported."""
    lib = project / "src" / "lib.rs"
    lib.write_text(lib.read_text() + "\n" + (EXPECTED / "power.rs").read_text())
    done = subprocess.run(
        ["maturin", "develop"], cwd=project, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert first_warning(done.stderr) == (EXPECTED / "forgot-export.warning").read_text()
    script = "import my_extension; my_extension.power(2, 10)"
    failed = subprocess.run(
        ["python", "-c", script], cwd=project, env=env, capture_output=True, text=True
    )
    error = failed.stderr.strip().splitlines()[-1]
    assert error == "AttributeError: module 'my_extension' has no attribute 'power'"

    # The fix the page gives: list it inside the `mod`.
    template_mod = "mod my_extension {\n    use pyo3::prelude::*;\n"
    exported = template_mod + "\n    #[pymodule_export]\n    use super::power;\n"
    lib.write_text(lib.read_text().replace(template_mod, exported))
    run(["maturin", "develop"], project, env)
    script = "import my_extension; print(my_extension.power(2, 10))"
    assert run(["python", "-c", script], project, env) == "1024\n"


def first_warning(output):
    """The compiler's first warning block, as the page shows it."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("warning: "))
    block = []
    for line in lines[start:]:
        if block and not line.strip():
            break
        block.append(line.rstrip())
    return "\n".join(block) + "\n"
