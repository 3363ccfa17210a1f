"""Find, build and test the chapter crates. The justfile's recipes call this.

    python -m tools.chapters build [--release] [CH ...] [-- MATURIN_ARGS]
                                                           build chapters (all if none)
    python -m tools.chapters test [CH ...] [PYTEST_ARGS]   build, then run their tests
    python -m tools.chapters fuzz [CH ...] [--seed N] [PYTEST_ARGS]
                                                           Hypothesis tests, fresh examples
    python -m tools.chapters cargo ARGS ...                run cargo as maturin does
    python -m tools.chapters lint [CH ...]                 cargo fmt --check and clippy
    python -m tools.chapters fmt                           cargo fmt, exercise starters aside
    python -m tools.chapters check-oldest-rust             cargo check with the declared Rust

CH is a chapter's number (`1`, `01`), its folder name (`01-functions`) or its module
(`functions`). Arguments after the chapters go to pytest (`test 1 -k greet`); so does
everything after `--`. `test` with no CH tests every chapter.

Chapters are built into the virtual environment of the Python that runs this script
(`.venv` for the justfile's recipes; the version matrix runs it with one per interpreter).
A chapter is rebuilt only when its sources changed since it was last installed, so
re-testing an unchanged chapter costs no cargo or maturin call at all. The fingerprint
of each installed chapter is kept inside that environment, so a new one starts clean, and
`stale` tells pytest which installed chapters no longer match their sources.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import random
import re
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

from tools import base

ROOT = base.ROOT
CHAPTERS = ROOT / "chapters"
VENV = base.VENV
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMPS = VENV / ".chapter-builds"
# pytest-xdist's option that spreads a run's tests over every core; tools/chapters/plugin.py says
# which tests go together to one worker.
ON_EVERY_CORE = ["--numprocesses=auto"]
# Files outside a chapter that change what it compiles to.
SHARED_INPUTS = ("Cargo.toml", "Cargo.lock")


class UsageError(Exception):
    pass


def all_chapters() -> list[Path]:
    return sorted(p for p in CHAPTERS.iterdir() if re.match(r"\d\d-", p.name) and p.is_dir())


def resolve(name: str) -> Path:
    """Turn `1`, `01`, `01-functions`, `chapters/01-functions` or `functions` into the
    chapter's folder."""
    wanted = Path(name.rstrip("/")).name
    for chapter in all_chapters():
        number = chapter.name[:2]
        if wanted == chapter.name or (wanted.isdigit() and int(wanted) == int(number)):
            return chapter
        if wanted and wanted == module_name(chapter):
            return chapter
    known = ", ".join(c.name for c in all_chapters())
    raise UsageError(f"no chapter {name!r}; the chapters are: {known}")


def crates(chapter: Path) -> list[Path]:
    """The crates a chapter builds: its own, then any in a subfolder (chapter 7 has a second
    extension that its own imports). The exercise is not one of them: `just exercise` builds it."""
    extra = sorted(p.parent for p in chapter.glob("*/Cargo.toml") if p.parent.name != "exercise")
    return [chapter, *extra]


def lint_packages(exercises: bool = False) -> list[list[str]]:
    """Every package in the workspace but the exercises: the chapters' crates, and the plain
    Rust crates a chapter builds some other way (chapter 8's library for CFFI). They come in
    groups that cargo may check together: packages checked in one cargo call share one build
    of each dependency, with the features all of them ask for, so a crate that asks for
    pyo3's `abi3` (chapter 12) is checked apart from those that use what abi3 leaves out."""
    command = ["cargo", "metadata", "--no-deps", "--format-version", "1"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    members = json.loads(done.stdout)["packages"]
    groups: dict[tuple[str, ...], list[str]] = {}
    for package in members:
        if "exercise" in Path(package["manifest_path"]).parts and not exercises:
            continue
        pyo3 = [d for d in package["dependencies"] if d["name"] == "pyo3" and d["kind"] is None]
        features = tuple(sorted(f for d in pyo3 for f in d["features"]))
        groups.setdefault(features, []).append(package["name"])
    return [sorted(groups[key]) for key in sorted(groups)]


def module_name(chapter: Path) -> str:
    """The Python module a chapter builds: its Cargo package name (the repo keeps them equal)."""
    match = re.search(r'^name\s*=\s*"([^"]+)"', (chapter / "Cargo.toml").read_text(), re.M)
    if match is None:
        raise UsageError(f"{chapter / 'Cargo.toml'} has no package name")
    return match.group(1).replace("-", "_")


def is_chapter(name: str) -> bool:
    try:
        resolve(name)
    except UsageError:
        return False
    return True


def fingerprint(crate: Path) -> str:
    digest = hashlib.sha256(sys.version.encode())
    inputs = [ROOT / name for name in SHARED_INPUTS]
    inputs += [crate / name for name in ("Cargo.toml", "pyproject.toml", "build.rs")]
    inputs += sorted((crate / "src").rglob("*"))
    # maturin installs the crate's stub (`<module>.pyi`) with the module, so a new stub
    # needs a new build before its test can see it.
    inputs += sorted(crate.glob("*.pyi"))
    for path in inputs:
        if path.is_file():
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def cargo_env() -> dict[str, str]:
    """The environment maturin gives cargo. Running cargo (clippy, say) in any other one makes
    pyo3's build script run again, and the next `maturin develop` compile pyo3 again."""
    env = {k: v for k, v in os.environ.items() if k != "CONDA_PREFIX"}
    python = str(BIN / "python")
    implementation = sys.implementation.name
    bits = 64 if sys.maxsize > 2**32 else 32
    env.update(
        VIRTUAL_ENV=str(VENV),
        PYO3_PYTHON=python,
        PYTHON_SYS_EXECUTABLE=python,
        PYO3_BUILD_EXTENSION_MODULE="1",
        PYO3_ENVIRONMENT_SIGNATURE=f"{implementation}-{sys.version_info[0]}.{sys.version_info[1]}-{bits}bit",
    )
    return env


def own_pyo3_build(name: str) -> list[str]:
    """Cargo options that keep a build of PyO3 for another Python (a config file, another
    interpreter), named `name`, beside the chapters' in the shared target folder.

    pyo3-build-config, the crate that reads which Python to build for, gets a profile setting
    of its own: a number of codegen units, which a crate that small never notices. With a
    different profile cargo keeps a build of it, and of PyO3 above it, for each name. Every
    other crate, the macros' build above all, is shared, and no build redoes another's."""
    units = 257 + zlib.crc32(name.encode()) % 10_000  # never the dev profile's 256
    return ["--config", f"profile.dev.package.pyo3-build-config.codegen-units={units}"]


def run(args: list[str], **kwargs) -> int:
    return subprocess.run(args, cwd=ROOT, **kwargs).returncode


def up_to_date(chapter: Path, release: bool = False, extra: tuple[str, ...] = ()) -> bool:
    """Whether the installed module was built from the chapter's sources as they are now
    (and with the profile and the extra maturin arguments asked for)."""
    stamp = STAMPS / stamp_name(chapter)
    installed = importlib.util.find_spec(module_name(chapter)) is not None
    wanted = stamp_for(chapter, release, extra)
    return installed and stamp.exists() and stamp.read_text() == wanted


def stamp_name(crate: Path) -> str:
    """Where a crate's fingerprint is kept: `01-functions`, or `01-functions--exercise`."""
    return "--".join(crate.relative_to(CHAPTERS).parts)


def stamp_for(chapter: Path, release: bool, extra: tuple[str, ...] = ()) -> str:
    return " ".join([fingerprint(chapter), *(["release"] if release else []), *extra])


def stale(chapters: list[Path]) -> list[Path]:
    """The chapters (or exercises) with a crate whose installed module (of either profile) is
    missing or older than its sources."""
    return [c for c in chapters if not all(current(crate) for crate in crates(c))]


def current(crate: Path) -> bool:
    return up_to_date(crate) or up_to_date(crate, release=True)


def python_source(crate: Path) -> Path | None:
    """The folder of a mixed crate's Python package (`[tool.maturin] python-source`), where
    `maturin develop` also puts the compiled module; None for a crate that is only Rust."""
    pyproject = crate / "pyproject.toml"
    if not pyproject.is_file():
        return None
    found = base.read_toml(pyproject).get("tool", {}).get("maturin", {}).get("python-source")
    return crate / found if found else None


def python_folders() -> list[Path]:
    """The chapters' `python/` folders of plain Python modules (chapter 9's twin), which a
    page imports at the prompt; a `python/` that maturin packages with the crate (its
    `python-source`, as in chapter 12) is not one of them."""
    found = []
    for chapter in all_chapters():
        if (chapter / "python").is_dir() and python_source(chapter) is None:
            found.append(chapter / "python")
    return found


# The marker of tests that build for the machine (wheels, an sdist, checks for other Pythons).
PACKAGING = "packaging"
# The mark of a test that asks the package index (PyPI) and waits for its answers.
NETWORK = "network"


def marks(test_file: Path, mark: str) -> bool:
    """Whether a test file marks its tests, or some of them, `mark`."""
    return (
        test_file.suffix == ".py"
        and test_file.is_file()
        and (f"pytest.mark.{mark}" in test_file.read_text(encoding="utf-8"))
    )


def build(chapters: list[Path], release: bool = False, extra: tuple[str, ...] = ()) -> int:
    """Build each chapter's crates that changed into this environment (`--release` for
    `release`), passing `extra` to maturin (`--no-default-features`, say), and put the
    chapters' plain Python modules on its import path."""
    STAMPS.mkdir(parents=True, exist_ok=True)
    base.put_on_path("tutorial-chapters", python_folders())
    # maturin installs what it built with uv when uv is on the PATH (as `just` puts .venv's),
    # a second faster than pip for each crate, and with pip otherwise.
    env = cargo_env()
    installer = ["--uv"] if shutil.which("uv", path=env.get("PATH")) else []
    for chapter in (crate for c in chapters for crate in crates(c)):
        if up_to_date(chapter, release, extra):
            continue
        where = VENV.relative_to(ROOT) if VENV.is_relative_to(ROOT) else VENV
        profile = " (release)" if release else ""
        name = chapter.relative_to(CHAPTERS)
        print(f"building {name} into {where}{profile}", flush=True)
        stamp = STAMPS / stamp_name(chapter)
        command = [str(BIN / "maturin"), "develop", "--manifest-path", str(chapter / "Cargo.toml")]
        command += installer
        code = run(command + (["--release"] if release else []) + [*extra], env=env)
        if code != 0:
            stamp.unlink(missing_ok=True)
            return code
        stamp.write_text(stamp_for(chapter, release, extra))
    importlib.invalidate_caches()
    return 0


def test(names: list[str], pytest_args: list[str]) -> int:
    chapters = [resolve(n) for n in names] if names else all_chapters()
    code = build(chapters)
    if code != 0:
        return code
    paths = [str(c) for c in chapters]
    return run([str(BIN / "python"), "-m", "pytest", *paths, *pytest_args])


def fuzz(names: list[str], pytest_args: list[str]) -> int:
    """The chapters' Hypothesis tests with fresh examples, ten thousand each (the `fuzz`
    profile of tools/chapters/plugin.py), from a random seed that is printed first so that a
    failure can be repeated: `--seed N` runs the same examples again."""
    seed = random.randrange(2**32)
    if "--seed" in pytest_args:
        at = pytest_args.index("--seed")
        seed = int(pytest_args[at + 1])
        del pytest_args[at : at + 2]
    chapters = [resolve(n) for n in names] if names else all_chapters()
    code = build(chapters)
    if code != 0:
        return code
    numbers = [str(int(c.name[:2])) for c in chapters] if names else []
    again = " ".join(["just fuzz", *numbers, "--seed", str(seed)])
    print(f"fuzz: seed {seed}; `{again}` repeats this run", flush=True)
    options = ["-m", "hypothesis", "-v", "--hypothesis-profile=fuzz"]
    options += [f"--hypothesis-seed={seed}", "--hypothesis-show-statistics"]
    code = run([str(BIN / "python"), "-m", "pytest", *map(str, chapters), *options, *pytest_args])
    print(f"fuzz: seed {seed}; `{again}` repeats this run", flush=True)
    return code


def package_flags(names: list[str]) -> list[str]:
    """`-p NAME` for each package, as cargo takes them."""
    return [arg for name in names for arg in ("-p", name)]


def lint(only: list[Path]) -> int:
    """cargo fmt --check and clippy -D warnings on the chapters' crates (`only` those of the
    chapters given, if any). Not the exercises: a starter is the learner's to edit, and
    `just check-exercises` lints the solutions."""
    wanted = {module_name(crate) for chapter in only for crate in crates(chapter)}
    groups = [[n for n in group if not only or n in wanted] for group in lint_packages()]
    groups = [package_flags(group) for group in groups if group]
    code = run(["cargo", "fmt", "--check", *(arg for group in groups for arg in group)])
    for packages in groups:
        clippy = ["cargo", "clippy", *packages, "--all-targets", "--quiet"]
        code = code or run([*clippy, "--", "-D", "warnings"], env=cargo_env())
    return code


def oldest_rust() -> str:
    """The workspace's `rust-version`: the oldest Rust the book says it builds with."""
    return base.read_toml(ROOT / "Cargo.toml")["workspace"]["package"]["rust-version"]


def check_oldest_rust() -> int:
    """Install the declared oldest Rust with rustup (the minimal profile), then `cargo check`
    every crate with it, exercises too, in the groups that `lint` checks together. It keeps
    a target folder of its own, so the usual builds are left as they were."""
    version = oldest_rust()
    install = ["rustup", "toolchain", "install", version, "--profile", "minimal"]
    code = run([*install, "--no-self-update"])
    env = {**cargo_env(), "CARGO_TARGET_DIR": str(ROOT / "target" / f"rust-{version}")}
    for group in lint_packages(exercises=True):
        check = ["cargo", f"+{version}", "check", "--all-targets", *package_flags(group)]
        code = code or run(check, env=env)
    if code == 0:
        print(f"chapters: every crate builds with Rust {version}, the declared oldest")
    return code


def split_args(args: list[str]) -> tuple[list[str], list[str]]:
    """Leading chapter names, and the pytest arguments after them (or after `--`)."""
    if "--" in args:
        cut = args.index("--")
        return args[:cut], args[cut + 1 :]
    names = []
    for arg in args:
        if arg.startswith("-") or not is_chapter(arg):
            break
        names.append(arg)
    return names, args[len(names) :]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "cargo":
        return run(["cargo", *rest], env=cargo_env())
    if command == "fmt":
        # Not the exercises: a starter is the learner's, and a solution keeps its layout.
        every = [name for group in lint_packages() for name in group]
        return run(["cargo", "fmt", *package_flags(every)])
    if command == "check-oldest-rust":
        return check_oldest_rust()
    try:
        if command == "lint":
            return lint([resolve(n) for n in rest])
        if command == "build":
            rest, extra = split_args(rest) if "--" in rest else (rest, [])
            release = "--release" in rest
            names = [n for n in rest if n != "--release"]
            chosen = [resolve(n) for n in names] if names else all_chapters()
            return build(chosen, release, tuple(extra))
        if command == "test":
            return test(*split_args(rest))
        if command == "fuzz":
            return fuzz(*split_args(rest))
        raise UsageError(f"unknown command {command!r}")
    except UsageError as error:
        print(f"chapters: {error}", file=sys.stderr)
        return 2
