# The front door: `just --list` shows every recipe.
# CH is a chapter's number (`1`, `01`), its folder name (`01-functions`) or its module (`functions`).
# Every recipe first runs tools/bootstrap.py, which makes .venv and installs the pinned
# tools on first use and returns at once after that.

set shell := ["bash", "-euo", "pipefail", "-c"]

export PATH := justfile_directory() / ".venv/bin" + ":" + env("PATH")

# List the recipes.
[private]
default:
    @just --list --unsorted

# Build one chapter's module (or all of them) into .venv; `just build 6 --release` builds
# it optimized, as the benchmarks time it.
[positional-arguments]
build *ARGS: setup
    python -m tools.chapters build "$@"

# With no CH, `just test` runs everything: the book and its links, every chapter, the tools,
# the linters. Parts whose inputs are unchanged since they last passed are not run again
# (tools/chapters/testall.py says which); `just test --rerun` runs them all. Options after CH go to
# pytest: `just test 2 -k repr`.

# Test one chapter (CH [PYTEST_ARGS]), or everything.
[positional-arguments]
test *ARGS: setup
    python tools/chapters/testall.py "$@"

# Run every chapter's tests on each CPython 3.9+ this machine has, one venv and target each;
# `just test-matrix --python 3.12 9` runs chapter 9 on Python 3.12 alone.
[positional-arguments]
test-matrix *ARGS: setup
    python tools/matrix/run.py "$@"

# Run the Hypothesis tests of CH (or of every chapter) on fresh random examples, ten thousand
# each, and print the seed; `just fuzz 9 --seed N` repeats a run. Each failure it finds
# becomes an `@example` on its test.
[positional-arguments]
fuzz *ARGS: setup
    python -m tools.chapters fuzz "$@"

# Time the chapters' benchmarks on release builds, and rewrite their results and tables.
bench *CH: setup
    python tools/bench/run.py {{ CH }}

# Build your solution to chapter CH's exercise and report each task.
exercise CH: setup
    python -m tools.exercises run {{ CH }}

# Print the hint for task TASK of chapter CH's exercise.
hint CH TASK: setup
    python -m tools.exercises hint {{ CH }} {{ TASK }}

# Put back the starter of chapter CH's exercise (asks first).
reset CH: setup
    python -m tools.exercises reset {{ CH }}

# Say where the solution to chapter CH's exercise is (and show it, if you say so).
solution CH: setup
    python -m tools.exercises solution {{ CH }}

# Prove every exercise: each test fails on the starter and passes on the solution.
check-exercises: setup
    python -m tools.exercises check

# Lock every Python package the tools and tests use (pylock.dev.toml, pylock.test.toml),
# keeping each version already locked unless pyproject.toml moved it; `just lock --upgrade
# numpy` moves numpy (and what it needs) to the newest it may have.
[positional-arguments]
lock *ARGS:
    python3 tools/matrix/lock.py "$@"

# Check formatting and lints: cargo fmt, clippy, ruff.
lint: setup
    python -m tools.chapters lint
    ruff check
    ruff format --check

# Format the Rust and Python code in place (an exercise's starter is left as you wrote it).
fmt: setup
    python -m tools.chapters fmt
    ruff check --fix --quiet
    ruff format

# Build the book as static HTML into book/build/, and check its links.
book: setup
    python tools/book/build.py
    python tools/book/links.py

# Build every chapter, then serve the book at http://localhost:3000 and rebuild on change.
serve: setup build
    mdbook serve book

# A Python prompt where every chapter's module imports.
python: setup build
    python

# Delete what builds and tests wrote: target/ (every cargo build), .matrix/, .bench/ and the
# built book. .venv stays; the next `just test` builds everything again.
clean:
    rm -rf target .matrix .bench book/build .pytest_cache .ruff_cache
    rm -rf .venv/.chapter-builds .venv/.tests-passed .venv/.native-builds

# Create .venv and install the pinned tools if needed (every recipe runs this first).
[private]
setup:
    @python3 tools/bootstrap.py
