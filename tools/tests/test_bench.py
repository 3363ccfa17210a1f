"""Benchmark results: checked, rendered on their pages, and made from pytest-benchmark's report."""

import copy
import json
import sys

import pytest

from tools import bench, chapters
from tools.bench import run as bench_run
from tools.book import bench_tables
from tools.tests.bookcopy import ROOT, build_book, replace_in

RESULTS = sorted((ROOT / "chapters").glob("*/benches/results.json"))


def test_every_chapter_with_benchmarks_has_results():
    assert [p.parent.parent.name for p in RESULTS] == [c.name for c in bench_run.benched()]


@pytest.mark.parametrize("path", RESULTS, ids=lambda p: p.parent.parent.name)
def test_every_results_file_is_well_formed_and_meets_its_floors(path):
    data = bench_tables.load(path)
    assert data["chapter"] == path.parent.parent.name
    assert bench_tables.missed_floors(data) == []


@pytest.fixture
def results():
    return json.loads(RESULTS[0].read_text())


def refused(tmp_path, data, match):
    """`data`, written as a results file, is refused by `load` with a message that matches."""
    path = tmp_path / "results.json"
    path.write_text(json.dumps(data))
    with pytest.raises(bench_tables.ResultsError, match=match):
        bench_tables.load(path)


def a_root_with(tmp_path, data):
    """A repository root whose only chapter has `data` as its results."""
    folder = tmp_path / "chapters" / data["chapter"] / "benches"
    folder.mkdir(parents=True)
    (folder / "results.json").write_text(json.dumps(data))
    return tmp_path


def a_book(chapter, content):
    return {"items": [{"Chapter": {"source_path": f"{chapter}.md", "content": content}}]}


def markers(data):
    return "\n".join(f"{{{{#bench {g['name']}}}}}" for g in data["groups"])


def test_a_page_shows_each_group_as_a_table(tmp_path, results):
    book = a_book(results["chapter"], markers(results))
    page = bench_tables.preprocess(book, a_root_with(tmp_path, results))
    content = page["items"][0]["Chapter"]["content"]
    assert "{{#bench" not in content
    for group in results["groups"]:
        for row in group["rows"]:
            assert f"| {row['row']} |" in content
    assert f"*Measured by `just bench` on {results['date']}" in content


@pytest.mark.parametrize(
    "remove", ["date", "machine.cpu", "versions.rustc", "groups.0.rows.0.median_s"]
)
def test_a_results_file_with_a_missing_field_fails(tmp_path, results, remove):
    broken = copy.deepcopy(results)
    *path, last = remove.split(".")
    place = broken
    for key in path:
        place = place[int(key)] if key.isdigit() else place[key]
    del place[last]
    with pytest.raises(bench_tables.ResultsError, match=f"'{last}' is a required property"):
        bench_tables.preprocess(a_book(results["chapter"], ""), a_root_with(tmp_path, broken))


def test_a_ratio_that_disagrees_with_the_medians_fails(tmp_path, results):
    broken = copy.deepcopy(results)
    broken["groups"][0]["rows"][1]["ratio"] *= 2
    with pytest.raises(bench_tables.ResultsError, match="has ratio"):
        bench_tables.preprocess(a_book(results["chapter"], ""), a_root_with(tmp_path, broken))


def test_a_group_the_page_does_not_show_fails(tmp_path, results):
    first = results["groups"][0]["name"]
    book = a_book(results["chapter"], f"{{{{#bench {first}}}}}")
    if len(results["groups"]) == 1:
        book = a_book(results["chapter"], "")
    with pytest.raises(bench_tables.ResultsError, match=r"shows the benchmark group\(s\)"):
        bench_tables.preprocess(book, a_root_with(tmp_path, results))


def test_a_group_may_be_shown_on_a_page_nested_under_the_chapters(tmp_path, results):
    first, *others = results["groups"]
    chapter = results["chapter"]
    book = a_book(chapter, f"{{{{#bench {first['name']}}}}}")
    nested = "\n".join(f"{{{{#bench {g['name']}}}}}" for g in others)
    book["items"].append({"Chapter": {"source_path": f"{chapter}-more.md", "content": nested}})
    pages = bench_tables.preprocess(book, a_root_with(tmp_path, results))["items"]
    for page, groups in zip(pages, [[first], others]):
        for row in (row for group in groups for row in group["rows"]):
            assert f"| {row['row']} |" in page["Chapter"]["content"]


def test_a_group_the_results_do_not_have_fails(tmp_path, results):
    book = a_book(results["chapter"], markers(results) + "\n{{#bench no-such-group}}")
    with pytest.raises(bench_tables.ResultsError, match="no group 'no-such-group'"):
        bench_tables.preprocess(book, a_root_with(tmp_path, results))


def test_the_real_book_fails_to_build_when_a_table_is_left_off(book_copy):
    replace_in(book_copy / "src" / "03-gil.md", "{{#bench profiles}}", "")
    done = build_book(book_copy)
    assert done.returncode != 0
    assert "shows the benchmark group(s) profiles" in done.stdout + done.stderr


def test_a_missed_floor_or_ceiling_is_named_with_its_figure(results):
    data = copy.deepcopy(results)
    row = data["groups"][0]["rows"][0]
    row["floor"] = row["ratio"] + 1
    data["groups"][0]["rows"][-1]["ceiling"] = 0.001
    missed = bench_tables.missed_floors(data)
    assert len(missed) == 2
    assert f"is {row['ratio']:.2f}x the baseline; the limit is floor {row['floor']}x" in missed[0]
    assert "the limit is ceiling 0.001x" in missed[1]


def test_a_limit_may_compare_with_a_row_of_another_group(tmp_path, results):
    data = copy.deepcopy(results)
    first, last = data["groups"][0]["rows"][0], data["groups"][-1]["rows"][-1]
    ratio = last["median_s"] / first["median_s"]
    first.update(floor=round(ratio * 1.1, 3), than=last["row"])
    assert bench_tables.missed_floors(data) == [
        f"{data['chapter']}, {data['groups'][0]['name']}: {first['row']} is "
        f"{ratio:.2f}x {last['row']}; the limit is floor {first['floor']}x"
    ]
    first["floor"] = round(ratio * 0.9, 3)
    assert bench_tables.missed_floors(data) == []
    path = tmp_path / "results.json"
    path.write_text(json.dumps(data))
    assert bench_tables.load(path) == data
    assert f"vs. {last['row']}: met)" in bench_tables.table(data, data["groups"][0]["name"])


@pytest.mark.parametrize("than", ["no such row", None])
def test_a_limit_against_a_row_that_is_not_there_once_is_refused(tmp_path, results, than):
    data = copy.deepcopy(results)
    first = data["groups"][0]["rows"][0]
    first.update(floor=1, than=than or first["row"])
    if than is None:  # two rows of that name
        data["groups"][-1]["rows"].append(dict(data["groups"][-1]["rows"][-1], row=first["row"]))
    refused(tmp_path, data, r"compares with .* rows are; it needs one")


def test_a_field_the_format_does_not_know_is_refused(tmp_path, results):
    data = copy.deepcopy(results)
    data["groups"][0]["rows"][0]["flor"] = 3
    refused(tmp_path, data, "'flor' was unexpected")


def report(*rows):
    """A pytest-benchmark JSON report with one benchmark per (group, median, extra_info)."""
    return {
        "machine_info": {"python_version": "3.11.7", "cpu": {"brand_raw": "A CPU"}},
        "benchmarks": [
            {
                "group": group,
                "name": f"test_{n}",
                "extra_info": info,
                "stats": {"median": median, "iqr": median / 10, "rounds": 5},
            }
            for n, (group, median, info) in enumerate(rows)
        ],
    }


def test_the_report_becomes_results_with_ratios_to_the_baseline(tmp_path):
    chapter = tmp_path / "09-x"
    data = bench_run.results(
        chapter,
        report(
            ("g", 2.0, {"row": "slow", "baseline": True}),
            ("g", 0.5, {"row": "fast", "floor": 3}),
            ("g", 0.4, {"row": "faster", "floor": 1.2, "than": "fast"}),
        ),
    )
    rows = data["groups"][0]["rows"]
    ratios = [(r["row"], r["ratio"]) for r in rows]
    assert ratios == [("slow", 1.0), ("fast", 4.0), ("faster", 5.0)]
    assert rows[1]["floor"] == 3
    assert (rows[2]["floor"], rows[2]["than"]) == (1.2, "fast")
    assert bench_tables.missed_floors(data) == []
    assert data["machine"]["cpu"] == "A CPU"
    assert data["versions"]["profile"] == "release"
    path = tmp_path / "results.json"
    path.write_text(json.dumps(data))
    assert bench_tables.load(path) == data


def test_a_group_without_exactly_one_baseline_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="needs one baseline row"):
        bench_run.results(tmp_path / "09-x", report(("g", 1.0, {"row": "a"})))


@pytest.mark.parametrize(("seconds", "shown"), [(2.5, "2.5 s"), (0.0123, "12.3 ms"),
                                                (4.2e-6, "4.2 µs"), (6.9e-8, "69 ns")])  # fmt: skip
def test_durations_read_in_their_own_unit(seconds, shown):
    assert bench_tables.duration(seconds) == shown


def test_the_debug_build_loads_beside_the_installed_module(monkeypatch):
    import functions

    installed = sys.modules[functions.sum_as_string.__module__]
    site = installed.__file__.rsplit("/functions/", 1)[0]
    monkeypatch.setenv(bench.DEBUG_SITE, site)
    second = bench.debug_build("functions")
    assert second is not installed
    assert second.__name__ == "debug_build.functions"
    assert second.sum_as_string(5, 10) == "15"


def test_a_variant_build_loads_beside_the_installed_module(monkeypatch):
    import functions

    installed = sys.modules[functions.sum_as_string.__module__]
    assert bench.variant_build("functions", "no-extras") is functions
    site = installed.__file__.rsplit("/functions/", 1)[0]
    monkeypatch.setenv("BENCH_VARIANT_SITE_NO_EXTRAS", site)
    variant = bench.variant_build("functions", "no-extras")
    assert variant is not installed
    assert variant.__name__ == "variant_no_extras.functions"
    assert variant.sum_as_string(5, 10) == "15"


def test_variants_are_named_in_the_chapters_benches(tmp_path):
    assert bench.variants(tmp_path) == {}
    (tmp_path / "benches").mkdir()
    (tmp_path / "benches" / "variants.json").write_text('{"plain": ["--no-default-features"]}')
    assert bench.variants(tmp_path) == {"plain": ["--no-default-features"]}
    chapter_9 = bench.variants(bench.ROOT / "chapters" / "09-validator")
    assert chapter_9["system-allocator"] == ["--no-default-features"]
    assert chapter_9["default-profile"] == [
        "--config",
        "profile.release.lto = false",
        "--config",
        "profile.release.codegen-units = 16",
    ]


def test_timing_is_what_just_bench_says(monkeypatch):
    monkeypatch.delenv(bench.TIMING, raising=False)
    assert not bench.timing()
    monkeypatch.setenv(bench.TIMING, "1")
    assert bench.timing()


def test_a_build_with_other_maturin_arguments_is_another_build():
    chapter = bench.ROOT / "chapters" / "01-functions"
    plain = chapters.stamp_for(chapter, True)
    assert chapters.stamp_for(chapter, True, ("--no-default-features",)) != plain
    assert chapters.stamp_for(chapter, True, ()) == plain


def test_throughput_and_memory_growth_get_columns_and_limits(tmp_path):
    data = bench_run.results(
        tmp_path / "09-x",
        report(
            ("g", 0.2, {"row": "copy", "baseline": True, "bytes": 10**8,
                        "peak_growth": 10**8, "growth_at_least": 0.9}),
            ("g", 0.1, {"row": "in place", "bytes": 10**8,
                        "peak_growth": 2 * 10**6, "growth_at_most": 0.1}),
        ),
    )  # fmt: skip
    lines = bench_tables.table(data, "g").splitlines()
    head = (
        "| what is timed | median | spread (IQR) | throughput | peak memory growth "
        "| speed vs. baseline |"
    )
    assert lines[0] == head
    assert lines[2].startswith("| copy | 200 ms | 20 ms | 500 MB/s | 100 MB (memory at least")
    limit = "memory at most +0.1\N{MULTIPLICATION SIGN} the data: met"
    assert f"| in place | 100 ms | 10 ms | 1 GB/s | 2 MB ({limit}) |" in lines[3]
    assert bench_tables.missed_floors(data) == []
    data["groups"][0]["rows"][1]["peak_growth"] = 10**8
    [missed] = bench_tables.missed_floors(data)
    grew = "in place is peak memory grew by 1.00x the data"
    assert missed.endswith(f"{grew}; the limit is memory at most +0.1x the data")


def test_a_memory_limit_without_its_measurement_is_refused(tmp_path, results):
    data = copy.deepcopy(results)
    data["groups"][0]["rows"][0]["growth_at_most"] = 0.1
    refused(tmp_path, data, "'bytes' is a dependency of")


def test_peak_growth_sees_memory_that_python_did_not_allocate():
    # An anonymous mmap, touched page by page, is memory Python's allocator never sees, as
    # Rust's Vec is.
    setup = "import mmap; size = 50_000_000; memory = mmap.mmap(-1, size)"
    touch = "for i in range(0, size, 4096): memory[i] = 1"
    assert bench.peak_growth(setup, touch) > 45_000_000
    assert bench.peak_growth(setup, "n = size + 1") < 5_000_000
