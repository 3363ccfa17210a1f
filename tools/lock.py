"""The lock files: every Python package the tools and tests use, with hashes, for every
supported Python.

    python tools/lock.py           (`just lock`) write pylock.dev.toml and pylock.test.toml
    python tools/lock.py check     say whether they match pyproject.toml's dependency groups

Each is a PEP 751 lock file that uv writes from one dependency group of `pyproject.toml`
(`dev`: everything `just` uses; `test`: what a chapter's tests need, for `just test-matrix`),
resolved once for all Pythons from 3.9 on. Its first line records a hash of the
`[dependency-groups]` table it was made from, so `tools/bootstrap.py` can refuse a lock
that is older than the groups. Standard library only: bootstrap imports this before any
package is installed.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GROUPS = ("dev", "test")
OLDEST = "3.9"
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


def constraints(group: str) -> str:
    """The versions `group`'s lock holds, as constraints for pip or uv (`name==version ;
    marker`, a line each): what installs a few of its packages, and their dependencies,
    exactly as the lock has them."""
    try:
        import tomllib
    except ImportError:  # Python 3.10 and older, where pytest brings tomli
        import tomli as tomllib
    packages = tomllib.loads(path(group).read_text(encoding="utf-8"))["packages"]
    lines = []
    for package in packages:
        pin, marker = f"{package['name']}=={package['version']}", package.get("marker")
        lines.append(f"{pin} ; {marker}" if marker else pin)
    return "\n".join(lines) + "\n"


def uv_command() -> str:
    for folder in (ROOT / ".venv" / "bin", None):
        found = shutil.which("uv", path=str(folder) if folder else None)
        if found:
            return found
    raise SystemExit("lock: uv is not installed; `python3 -m pip install uv` first")


def write() -> int:
    header = HEADER + groups_digest()
    env = {"UV_NATIVE_TLS": "1", **os.environ}
    for group in GROUPS:
        done = subprocess.run(
            [uv_command(), "pip", "compile", "--quiet", "--no-header", "--group", group,
             "--universal", "--python-version", OLDEST, "--format", "pylock.toml"],
            cwd=ROOT, env=env, capture_output=True, text=True,
        )  # fmt: skip
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return done.returncode
        note = "# Written by `just lock` (tools/lock.py) from pyproject.toml; do not edit."
        path(group).write_text(f"{header}\n{note}\n{done.stdout}", encoding="utf-8")
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
    if argv:
        print(__doc__)
        return 2
    return write()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
