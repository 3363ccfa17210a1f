"""One wheel for every Python: what `maturin build --release` makes, and the same file
installed and run on every CPython 3.9+ this machine has."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging
RECORDED = Path(__file__).parent / "wheel.txt"
# A wheel's file name: {name}-{version}-{python tag}-{abi tag}-{platform tag}.whl
WHEEL_NAME = re.compile(
    r"(?P<name>[^-]+)-(?P<version>[^-]+)-(?P<python>[^-]+)-(?P<abi>[^-]+)-(?P<platform>[^-]+)\.whl"
)


def parse_wheel_name(path: Path) -> dict[str, str]:
    match = WHEEL_NAME.fullmatch(path.name)
    assert match, path.name
    return match.groupdict()


def describe(wheel: Path) -> str:
    """A wheel's name, the files in it and its WHEEL metadata, as the page shows them."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/WHEEL")))
    lines = [wheel.name, *(f"    {name}" for name in names), ""]
    lines += ["WHEEL:", *(f"    {line}" for line in metadata.decode().splitlines() if line)]
    return "\n".join(lines) + "\n"


def newest_glibc_needed(wheel: Path) -> int:
    """The newest glibc 2.N whose symbols the extension uses, from the versions it names."""
    with zipfile.ZipFile(wheel) as archive:
        binary = archive.read(next(n for n in archive.namelist() if n.endswith(".so")))
    return max(int(minor) for minor in re.findall(rb"GLIBC_2\.(\d+)", binary))


def test_the_wheel_is_abi3_for_cpython_3_9_and_newer(wheel):
    tags = parse_wheel_name(wheel)
    assert (tags["name"], tags["version"]) == ("shipping", "0.1.0")
    assert (tags["python"], tags["abi"]) == ("cp39", "abi3")


# ANCHOR: glibc
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="manylinux tags are Linux's")
def test_the_manylinux_tag_names_the_newest_glibc_the_extension_needs(wheel):
    platform = parse_wheel_name(wheel)["platform"]
    match = re.fullmatch(r"manylinux_2_(\d+)_x86_64", platform)
    assert match, platform
    assert int(match.group(1)) == newest_glibc_needed(wheel)
    # ... and it is no newer than the glibc of the machine that built it.
    machine = os.confstr("CS_GNU_LIBC_VERSION")  # "glibc 2.36"
    assert int(match.group(1)) <= int(machine.rsplit(".", 1)[1])


# ANCHOR_END: glibc


def any_glibc(text: str) -> str:
    """The glibc in a manylinux tag depends on the machine that builds the wheel."""
    return re.sub(r"manylinux_2_\d+", "manylinux_2_NN", text)


def test_the_page_shows_what_this_build_makes(wheel):
    # The recorded listing came from this machine (glibc 2.36); elsewhere only the glibc
    # version in the platform tag may differ.
    assert any_glibc(describe(wheel)) == any_glibc(RECORDED.read_text())


# ANCHOR: one-wheel
def test_one_wheel_installs_and_runs_on_every_python(wheel, fresh_venv, interpreter):
    python = fresh_venv(interpreter.path, wheel)
    code = (
        "import sys, shipping; "
        "print(sys.version_info[:2], shipping.top_words('to be or not to be'), "
        "shipping._core.__file__.rsplit('/', 1)[-1])"
    )
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True)
    major, minor = interpreter.version[:2]
    expected = f"({major}, {minor}) [('be', 2), ('to', 2), ('not', 1)] _core.abi3.so\n"
    assert done.stdout == expected


# ANCHOR_END: one-wheel


# ANCHOR: tags
ACCEPTS = (
    "import sys; from pip._vendor.packaging.tags import sys_tags; "
    "print(sys.argv[1] in {str(tag) for tag in sys_tags()})"
)


def wheel_tag(wheel: Path) -> str:
    tags = parse_wheel_name(wheel)
    return f"{tags['python']}-{tags['abi']}-{tags['platform'].split('.')[0]}"


def test_every_python_from_3_9_accepts_the_tag(wheel, interpreter):
    # pip installs a wheel only if its tag is among the interpreter's `sys_tags()`.
    done = subprocess.run(
        [str(interpreter.path), "-m", "pip", "--version"], capture_output=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"Python {interpreter.name} has no pip")
    accepts = [str(interpreter.path), "-c", ACCEPTS, wheel_tag(wheel)]
    assert subprocess.run(accepts, capture_output=True, text=True).stdout == "True\n"


def test_an_older_python_does_not_accept_it(wheel, old_interpreter):
    accepts = [str(old_interpreter.path), "-c", ACCEPTS, wheel_tag(wheel)]
    done = subprocess.run(accepts, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"Python {old_interpreter.name}'s pip cannot list its tags:\n{done.stderr}")
    assert done.stdout == "False\n"


# ANCHOR_END: tags


# ANCHOR: zig
@pytest.mark.oldest_only  # the same abi3 file for all; one wheel's test covers them all
def test_zig_links_against_glibc_2_17_for_manylinux2014(zig_wheel, fresh_venv, interpreter):
    assert parse_wheel_name(zig_wheel)["platform"] == "manylinux2014_x86_64.manylinux_2_17_x86_64"
    assert newest_glibc_needed(zig_wheel) <= 17
    python = fresh_venv(interpreter.path, zig_wheel)
    code = "import shipping; print(shipping.count_words('old glibc, new Python'))"
    assert subprocess.run([str(python), "-c", code], capture_output=True, text=True).stdout == "4\n"


# ANCHOR_END: zig


# ANCHOR: refused
def test_without_zig_the_older_tag_is_refused(maturin, tmp_path):
    # This machine's glibc is newer than manylinux2014's 2.17, and so are the symbols that
    # the extension links against: maturin's own check (auditwheel) refuses the tag.
    older = ["--compatibility", "manylinux2014"]
    done = maturin("build", "--release", *older, "--out", tmp_path, check=False)
    assert done.returncode != 0
    assert (
        "Your library is not manylinux_2_17 (aka manylinux2014) compliant because of the "
        "presence of too-recent versioned symbols"
    ) in done.stderr


# ANCHOR_END: refused


# ANCHOR: one-python
def test_without_abi3_a_wheel_serves_one_python(maturin, tmp_path):
    # Chapter 1's crate does not ask for abi3: its wheel is for this Python's version alone.
    maturin("build", "--manifest-path", "../01-functions/Cargo.toml", "--out", tmp_path)
    [built] = tmp_path.glob("*.whl")
    tags = parse_wheel_name(built)
    version = f"cp{sys.version_info[0]}{sys.version_info[1]}"
    assert (tags["name"], tags["python"], tags["abi"]) == ("functions", version, version)


# ANCHOR_END: one-python


@pytest.mark.oldest_only  # the workflow's oldest Python; test_one_wheel covers the rest
def test_the_package_tests_pass_against_the_installed_wheel(
    wheel, fresh_venv, interpreter, tmp_path
):
    # What the release workflow's test job does: the package's own tests, in a folder of
    # their own, against the wheel alone, with no access to the source tree.
    python = fresh_venv(interpreter.path, wheel, "pytest")
    tests = Path(__file__).parent / "test_shipping.py"
    (tmp_path / tests.name).write_bytes(tests.read_bytes())
    command = [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", tests.name]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert " passed" in done.stdout
