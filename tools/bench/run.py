"""Measure the chapters' benchmarks on release builds, and write the results the book shows.

    python tools/bench/run.py [CH ...]      (`just bench [CH]`; every chapter with benches/ if none)

Each chapter's `benches/bench_*.py` are pytest-benchmark tests. This builds the chapter with
`--release` into an environment and cargo target of their own (`.bench/release/`,
`target/bench-release/`), and with the debug profile into another pair (`.bench/debug/`,
`target/bench-debug/`) for the rows that compare the two, so the `.venv` and `target/` that
`just test` uses stay as they are. A chapter whose `benches/variants.json` names variants
(`{"system-allocator": ["--no-default-features"]}`: a name, and the extra `maturin develop`
arguments) also gets a release build of each, in `.bench/variant-NAME/`, for rows that take
one thing out of the build and measure what changes. Then it runs the benchmarks, writes
`benches/results.json` (the rows' medians, spreads and ratios to their group's baseline, the
date, the machine and the versions), prints each table, and says for each floor whether it
was met. It exits non-zero when a floor is missed.

A benchmark marks its row with `benchmark.extra_info`: `row` (what the table calls it),
`baseline=True` (once per group), and `floor=N` (the row must be at least N times as fast as
the baseline) or `ceiling=N` (at most N times); with `than="another row"`, the limit compares
with that row, in any group of the chapter, instead. Compare rows measured side by side, as
ratios: this machine is noisy. A row that processes data gives its size, `bytes=N`, and the
table shows its throughput. `peak_growth(...)` (tools/bench/__init__.py) measures how much a call
raises the process's peak memory; a row records it as `peak_growth=N` with
`growth_at_most=F` or `growth_at_least=F`, fractions of `bytes`.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

if not __package__:  # run by its path: the repository's folder holds `tools`
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from tools import base, chapters
from tools.bench import DEBUG_SITE, TIMING, variant_variable, variants
from tools.book import bench_tables, versions
from tools.matrix import interpreters

ROOT = chapters.ROOT
ENVS = ROOT / ".bench"


def benched() -> list[Path]:
    return [c for c in chapters.all_chapters() if list(c.glob("benches/bench_*.py"))]


def environment(name: str) -> tuple[Path, dict[str, str]]:
    """A virtual environment of this Python's own version, and the variables to build in it."""
    base = Path(getattr(sys, "_base_executable", sys.executable))
    here = interpreters.Interpreter(base, tuple(sys.version_info[:3]))
    venv = interpreters.prepare(here, ENVS / name)
    env = {
        **os.environ,
        "VIRTUAL_ENV": str(venv),
        "PATH": os.pathsep.join([str(venv / "bin"), os.environ.get("PATH", "")]),
        "CARGO_TARGET_DIR": str(ROOT / "target" / f"bench-{name}"),
    }
    return venv, env


def site_packages(venv: Path) -> Path:
    return next((venv / "lib").glob("python3.*/site-packages"))


def cpu_model(machine_info: dict) -> str:
    brand = (machine_info.get("cpu") or {}).get("brand_raw")
    return brand or platform.processor() or machine_info.get("machine", "unknown CPU")


def results(chapter: Path, report: dict) -> dict:
    """pytest-benchmark's JSON report, as the results file the book shows."""
    groups: dict[str, list[dict]] = {}
    for bench in report["benchmarks"]:
        info = bench.get("extra_info", {})
        row = {
            "row": info.get("row", bench["name"]),
            "median_s": bench["stats"]["median"],
            "iqr_s": bench["stats"]["iqr"],
            "rounds": bench["stats"]["rounds"],
        }
        if info.get("baseline"):
            row["baseline"] = True
        for field in (*bench_tables.LIMIT_FIELDS, *bench_tables.MEMORY_FIELDS):
            if info.get(field) is not None:
                row[field] = info[field]
        groups.setdefault(bench["group"] or "default", []).append(row)
    for name, rows in groups.items():
        baselines = [row for row in rows if row.get("baseline")]
        if len(baselines) != 1:
            raise SystemExit(f"bench: group {name!r} of {chapter.name} needs one baseline row")
        for row in rows:
            row["ratio"] = round(baselines[0]["median_s"] / row["median_s"], 4)
    info = report["machine_info"]
    return {
        "chapter": chapter.name,
        "date": datetime.date.today().isoformat(),
        "machine": {
            "cpu": cpu_model(info),
            "cores": os.cpu_count() or 1,
            "os": f"{platform.system()} {platform.release()} {platform.machine()}",
        },
        "versions": {
            "python": info["python_version"],
            "pyo3": versions.locked_version(ROOT, "pyo3"),
            "rustc": f"rustc {base.rustc_version()}",
            "profile": "release",
        },
        "groups": [{"name": name, "rows": rows} for name, rows in groups.items()],
    }


def run(chapter: Path, release: tuple[Path, dict], debug: tuple[Path, dict]) -> dict:
    (venv, env), (debug_venv, _) = release, debug
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "benchmarks.json"
        command = [str(venv / "bin" / "python"), "-m", "pytest", str(chapter / "benches")]
        command += ["-q", "--benchmark-enable", f"--benchmark-json={report}"]
        command += ["--benchmark-columns=median,iqr,rounds", "--benchmark-sort=name"]
        env = {**env, DEBUG_SITE: str(site_packages(debug_venv)), TIMING: "1"}
        for variant in variants(chapter):
            venv = environment(f"variant-{variant}")[0]
            env[variant_variable(variant)] = str(site_packages(venv))
        code = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
        if code != 0:
            raise SystemExit(f"bench: the benchmarks of {chapter.name} failed")
        return results(chapter, json.loads(report.read_text()))


def build(chapter_list: list[Path], venv: Path, env: dict, release: bool, extra=()) -> None:
    command = [str(venv / "bin" / "python"), "-m", "tools.chapters", "build"]
    command += ["--release"] if release else []
    command += [c.name for c in chapter_list]
    command += ["--", *extra] if extra else []
    if subprocess.run(command, cwd=ROOT, env=env, check=False).returncode != 0:
        raise SystemExit("bench: a build failed")


def main(argv: list[str]) -> int:
    try:
        wanted = [chapters.resolve(name) for name in argv] if argv else benched()
    except chapters.UsageError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 2
    missing = [c.name for c in wanted if c not in benched()]
    if missing:
        print(f"bench: {', '.join(missing)} has no benches/bench_*.py", file=sys.stderr)
        return 2
    print("bench: building the chapters (release and debug) in .bench/", flush=True)
    release, debug = environment("release"), environment("debug")
    build(wanted, *release, release=True)
    build(wanted, *debug, release=False)
    for chapter in wanted:
        for variant, extra in variants(chapter).items():
            build([chapter], *environment(f"variant-{variant}"), release=True, extra=extra)
    missed = []
    for number, chapter in enumerate(wanted, 1):
        print(f"\nbench: [{number}/{len(wanted)}] {chapter.name}", flush=True)
        data = run(chapter, release, debug)
        path = bench_tables.results_path(chapter)
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        bench_tables.load(path)  # what the book will read must pass its own check
        for group in data["groups"]:
            print(f"\n{chapter.name}, {group['name']}:\n{bench_tables.table(data, group['name'])}")
        missed += bench_tables.missed_floors(data)
    print("\nbench: floors and ceilings", flush=True)
    for chapter in wanted:
        data = bench_tables.load(bench_tables.results_path(chapter))
        for group in data["groups"]:
            for row in group["rows"]:
                for limit, measured, held in bench_tables.limits(row, data):
                    state = "met   " if held else "MISSED"
                    where = f"{chapter.name}, {group['name']}: {row['row']}"
                    print(f"  {state} {where}: {measured} ({limit})", flush=True)
    if missed:
        print("bench: missed " + "; ".join(missed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
