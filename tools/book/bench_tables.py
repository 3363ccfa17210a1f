"""Benchmark results: their file format, their check, and their tables on the book's pages.

`just bench` (tools/bench/run.py) writes one `chapters/NN-slug/benches/results.json` per chapter
that has benchmarks. This module reads those files. As an mdBook preprocessor, it replaces
`{{#bench GROUP}}` on the page `NN-slug.md`, or a page nested under it (`NN-slug-more.md`), with
the table of that group from the chapter's results file. It stops the build on a results file
that is not well formed, on a group the file does not have, and on a group that no page of the
chapter shows. So no figure is
typed into a page, and none is left off one.

    python tools/book/bench_tables.py check    check every results file and page, print the tables
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

if not __package__:  # run by its path (mdBook runs it): the repository's folder holds `tools`
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from tools import base
from tools.book.preprocessor import PreprocessorError, run
from tools.book.preprocessor import chapters as book_chapters

ROOT = base.ROOT
MARKER = re.compile(r"(?<!\\)\{\{#bench\s+([\w-]+)\s*\}\}")
SCHEMA = ROOT / "tools/bench/results.schema.json"
# The fields of a row that `just bench` copies from a benchmark's `extra_info`.
LIMIT_FIELDS = ("floor", "ceiling", "than")
MEMORY_FIELDS = ("bytes", "peak_growth", "growth_at_most", "growth_at_least")


class ResultsError(PreprocessorError):
    pass


def results_path(chapter: Path) -> Path:
    return chapter / "benches" / "results.json"


def load(path: Path) -> dict:
    """A results file, checked: its shape against bench_results.schema.json, then one
    baseline per group, ratios that agree with the medians, and each `than` naming one row."""
    import jsonschema  # the dev group's; mdBook runs this file with .venv's Python

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ResultsError(f"{path}: {error}") from None
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        at = "/".join(str(step) for step in error.absolute_path) or "the top level"
        raise ResultsError(f"{path}: at {at}: {error.message}")
    labels = [row["row"] for group in data["groups"] for row in group["rows"]]
    for group in data["groups"]:
        name = f"{path}: group {group['name']!r}"
        baselines = [row for row in group["rows"] if row.get("baseline")]
        if len(baselines) != 1:
            raise ResultsError(f"{name} has {len(baselines)} baseline rows; it needs one")
        for row in group["rows"]:
            ratio = baselines[0]["median_s"] / row["median_s"]
            if abs(ratio - row["ratio"]) > 0.005 * ratio + 0.005:
                raise ResultsError(
                    f"{name}: {row['row']!r} has ratio {row['ratio']}, not {ratio:.3f}"
                )
            if "than" in row and labels.count(row["than"]) != 1:
                found = labels.count(row["than"])
                raise ResultsError(
                    f"{name}: {row['row']!r} compares with {row['than']!r}, "
                    f"which {found} rows are; it needs one"
                )
    return data


def limits(row: dict, data: dict) -> list[tuple[str, str, bool]]:
    """A row's limits, where it has them: (the limit, the measured figure, whether it holds).
    A speed limit compares with the group's baseline, or with the row that `than` names."""
    found = []
    ratio, versus = row["ratio"], "the baseline"
    if "than" in row:
        [other] = [r for g in data["groups"] for r in g["rows"] if r["row"] == row["than"]]
        ratio, versus = other["median_s"] / row["median_s"], row["than"]
    measured = f"{ratio:.2f}x {versus}"
    if row.get("floor") is not None:
        found.append((f"floor {row['floor']}x", measured, ratio >= row["floor"]))
    if row.get("ceiling") is not None:
        found.append((f"ceiling {row['ceiling']}x", measured, ratio <= row["ceiling"]))
    if "peak_growth" in row:
        share = row["peak_growth"] / row["bytes"]
        grew = f"peak memory grew by {share:.2f}x the data"
        if row.get("growth_at_most") is not None:
            limit = row["growth_at_most"]
            found.append((f"memory at most +{limit}x the data", grew, share <= limit))
        if row.get("growth_at_least") is not None:
            limit = row["growth_at_least"]
            found.append((f"memory at least +{limit}x the data", grew, share >= limit))
    return found


def missed_floors(data: dict) -> list[str]:
    """Each limit the results miss, naming it and the measured figure."""
    missed = []
    for group in data["groups"]:
        for row in group["rows"]:
            for limit, measured, held in limits(row, data):
                if not held:
                    missed.append(
                        f"{data['chapter']}, {group['name']}: {row['row']} is {measured}; "
                        f"the limit is {limit}"
                    )
    return missed


def size(count: float) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if abs(count) >= scale:
            return f"{count / scale:.3g} {unit}"
    return f"{count:.0f} B"


def duration(seconds: float) -> str:
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def table(data: dict, group_name: str) -> str:
    groups = {group["name"]: group for group in data["groups"]}
    if group_name not in groups:
        raise ResultsError(
            f"results for {data['chapter']} have no group {group_name!r} "
            f"(they have: {', '.join(groups)})"
        )
    rows = groups[group_name]["rows"]
    throughput = any("bytes" in row for row in rows)
    memory = any("peak_growth" in row for row in rows)
    # Every header cell names its column, the first too: a screen reader reads it out with
    # each row's first cell, and an empty header is an accessibility fault (axe's
    # `empty-table-header`).
    head = ["what is timed", "median", "spread (IQR)"]
    head += ["throughput"] if throughput else []
    head += ["peak memory growth"] if memory else []
    head += ["speed vs. baseline"]
    lines = ["| " + " | ".join(head) + " |", "|---" + "|---:" * (len(head) - 1) + "|"]
    for row in rows:
        ratio = "baseline" if row.get("baseline") else f"{row['ratio']:.2f}\N{MULTIPLICATION SIGN}"
        cells = [row["row"], duration(row["median_s"]), duration(row["iqr_s"])]
        if throughput:
            cells.append(f"{size(row['bytes'] / row['median_s'])}/s" if "bytes" in row else "")
        if memory:
            cells.append(size(row["peak_growth"]) if "peak_growth" in row else "")
        for limit, _, held in limits(row, data):
            limit = limit.replace("x", "\N{MULTIPLICATION SIGN}")
            if "than" in row and not limit.startswith("memory"):
                limit += f" vs. {row['than']}"
            note = f" ({limit}: {'met' if held else 'MISSED'})"
            if limit.startswith("memory"):
                cells[-1] += note
            else:
                ratio += note
        lines.append("| " + " | ".join([*cells, ratio]) + " |")
    machine, versions = data["machine"], data["versions"]
    lines += [
        "",
        f"*Measured by `just bench` on {data['date']}: {machine['cpu']}, {machine['cores']} "
        f"cores, {machine['os']}; CPython {versions['python']}, PyO3 {versions['pyo3']}, "
        f"{versions['rustc']}; {versions['profile']} builds, unless a row names another. "
        "Above 1\N{MULTIPLICATION SIGN} is faster than the baseline.*",
    ]
    return "\n".join(lines)


def results_of(chapters_dir: Path) -> dict[str, dict]:
    """Every chapter's checked results, by chapter folder name."""
    found = {}
    for chapter in sorted(chapters_dir.glob("[0-9][0-9]-*")):
        if results_path(chapter).is_file():
            found[chapter.name] = load(results_path(chapter))
    return found


def chapter_of(page: str, folders: set[str]) -> str:
    """The chapter folder a page belongs to: `09-validator` for `09-validator.md` and for the
    pages nested under it (`09-validator-json.md`); the page's own name when none does."""
    parts = page.split("-")
    for end in range(len(parts), 0, -1):
        if "-".join(parts[:end]) in folders:
            return "-".join(parts[:end])
    return page


def preprocess(book: dict, root: Path) -> dict:
    results = results_of(root / "chapters")
    folders = {folder.name for folder in (root / "chapters").glob("[0-9][0-9]-*")}
    shown: dict[str, set[str]] = {name: set() for name in results}
    for page in book_chapters(book.get("items", [])):
        stem = Path(page.get("source_path") or "").stem
        name = chapter_of(stem, folders)

        def render(match: re.Match, name: str = name, stem: str = stem) -> str:
            if name not in results:
                raise ResultsError(f"{stem}.md shows {match.group(0)}, but chapters/{name} "
                                   "has no benches/results.json (run `just bench`)")  # fmt: skip
            shown[name].add(match.group(1))
            return table(results[name], match.group(1))

        page["content"] = MARKER.sub(render, page["content"])
    for name, data in results.items():
        missing = [g["name"] for g in data["groups"] if g["name"] not in shown[name]]
        if missing:
            raise ResultsError(
                f"no page of {name} ({name}.md or a page nested under it) shows the benchmark "
                f"group(s) {', '.join(missing)}; put {{{{#bench {missing[0]}}}}} where a page "
                "discusses it"
            )
    return book


def print_tables() -> None:
    for data in results_of(ROOT / "chapters").values():
        for group in data["groups"]:
            print(f"{data['chapter']}, {group['name']}:\n{table(data, group['name'])}\n")


if __name__ == "__main__":
    sys.exit(
        run(
            "bench-tables",
            sys.argv,
            lambda context, book: preprocess(book, Path(context["root"]).resolve().parent),
            {"check": print_tables},
        )
    )
