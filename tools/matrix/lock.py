"""The lock files: every Python package the tools and tests use, with hashes, for every
supported Python.

    python tools/matrix/lock.py [--upgrade PKG ...]   (`just lock`) write both lock files
    python tools/matrix/lock.py check                 say whether they match pyproject.toml's groups

Each is a PEP 751 lock file that uv writes from one dependency group of `pyproject.toml`
(`dev`: everything `just` uses; `test`: what a chapter's tests need, for `just test-matrix`),
resolved once for all Pythons from 3.9 on. A new lock keeps every version the old one holds
unless pyproject.toml asks for another, or `--upgrade PKG` names a package to move. Its first
line records a hash of the `[dependency-groups]` table it was made from, so
`tools/bootstrap.py` can refuse a lock that is older than the groups. Bootstrap imports this
before any package is installed, so what it calls uses the standard library alone (the lock
files' few fields it reads are read with regular expressions, as Python 3.9 has no tomllib).
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

if not __package__:  # run by its path: the repository's folder holds `tools`
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from tools import base

ROOT = base.ROOT
GROUPS = ("dev", "test")
OLDEST = "{}.{}".format(*base.OLDEST)
HEADER = "# dependency-groups sha256: "


def path(group: str) -> Path:
    return ROOT / f"pylock.{group}.toml"


def groups_digest() -> str:
    """A hash of the `[dependency-groups]` table of pyproject.toml, as it is written."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r"^\[dependency-groups\]\s*$(.*?)(?=^\[)", text, re.M | re.S)
    if match is None:
        raise SystemExit("lock: pyproject.toml has no [dependency-groups] table")
    return hashlib.sha256(match.group(1).strip().encode()).hexdigest()


def stale() -> list[str]:
    """The lock files that are missing or were made from other dependency groups."""
    wanted = HEADER + groups_digest()
    found = []
    for group in GROUPS:
        lock = path(group)
        first = lock.read_text(encoding="utf-8").split("\n", 1)[0] if lock.is_file() else ""
        if first != wanted:
            found.append(lock.name)
    return found


def locked_wheels(group: str, package: str) -> tuple[str, list[str]]:
    """The locked version of `package`, and the sha256 of each of its wheels."""
    text = path(group).read_text(encoding="utf-8")
    name = re.escape(package)
    pattern = rf'^\[\[packages\]\]\nname = "{name}"\nversion = "([^"]+)"\n(.*?)(?=^\[\[|\Z)'
    block = re.search(pattern, text, re.M | re.S)
    if block is None:
        raise SystemExit(f"lock: {path(group).name} has no {package}")
    return block.group(1), re.findall(r'sha256 = "([0-9a-f]{64})"', block.group(2))


def install_uv(python: Path) -> Path:
    """Install into the environment of `python` the uv that pylock.dev.toml locks, each wheel
    checked against its hash by pip; return that uv."""
    version, hashes = locked_wheels("dev", "uv")
    with tempfile.TemporaryDirectory() as scratch:
        wanted = Path(scratch) / "uv.txt"
        wanted.write_text(f"uv=={version} " + " ".join(f"--hash=sha256:{h}" for h in hashes))
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        pip += ["--require-hashes", "--no-deps", "-r", str(wanted)]
        subprocess.run(pip, cwd=ROOT, check=True)
    return python.parent / ("uv.exe" if os.name == "nt" else "uv")


def uv_to_lock_with() -> str:
    """A uv to write the locks with: bootstrap's, or one on PATH, or else the one the current
    lock pins, installed into a new .venv. Bootstrap refuses a stale lock, so on a new clone
    whose pyproject.toml has just changed (a dependency bot's pull request) there is no
    bootstrap's uv yet."""
    found = base.find_uv()
    if found:
        return found
    venv_dir = ROOT / ".venv"
    python = venv_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    print("lock: no uv found; installing the one pylock.dev.toml pins into .venv", flush=True)
    if not python.exists():
        venv.EnvBuilder(with_pip=True).create(venv_dir)
    return str(install_uv(python))


def constraints(group: str) -> str:
    """The versions `group`'s lock holds, as constraints for pip or uv (`name==version ;
    marker`, a line each): what installs a few of its packages, and their dependencies,
    exactly as the lock has them."""
    packages = base.read_toml(path(group))["packages"]
    lines = []
    for package in packages:
        pin, marker = f"{package['name']}=={package['version']}", package.get("marker")
        lines.append(f"{pin} ; {marker}" if marker else pin)
    return "\n".join(lines) + "\n"


def compile_command(group: str, upgrade: list[str], uv: str = "uv") -> list[str]:
    """uv's command that writes `group`'s lock. It writes into the lock file itself, because
    uv then keeps every version the old lock holds unless pyproject.toml, or `upgrade` (the
    packages to move to their newest), asks for another."""
    command = [uv, "pip", "compile", "--quiet", "--no-header", "--group", group,
               "--universal", "--python-version", OLDEST, "--format", "pylock.toml",
               "--output-file", str(path(group))]  # fmt: skip
    for package in upgrade:
        command += ["--upgrade-package", package]
    return command


def write(upgrade: list[str]) -> int:
    header = HEADER + groups_digest()
    note = "# Written by `just lock` (tools/matrix/lock.py) from pyproject.toml; do not edit."
    uv = uv_to_lock_with()
    for group in GROUPS:
        command = compile_command(group, upgrade, uv)
        done = subprocess.run(command, cwd=ROOT, env=base.uv_env(), capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return done.returncode
        written = path(group).read_text(encoding="utf-8")
        body = "\n".join(line for line in written.split("\n") if line not in (header, note))
        body = re.sub(rf"^{re.escape(HEADER)}.*\n", "", body.lstrip("\n"), flags=re.M)
        path(group).write_text(f"{header}\n{note}\n{body}", encoding="utf-8")
        print(f"lock: wrote {path(group).name}")
    return 0


def main(argv: list[str]) -> int:
    if argv == ["check"]:
        old = stale()
        for name in old:
            print(
                f"lock: {name} does not match pyproject.toml's [dependency-groups]; run `just lock`"
            )
        return 1 if old else 0
    upgrade = []
    while argv[:1] == ["--upgrade"] and len(argv) > 1:
        upgrade.append(argv[1])
        argv = argv[2:]
    if argv:
        print(__doc__)
        return 2
    return write(upgrade)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
