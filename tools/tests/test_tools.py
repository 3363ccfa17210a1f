"""The repository's own tooling: chapter lookup, `.pycon` replay, and the book build."""

import re

import pytest

from tools import chapters
from tools.chapters import sessions
from tools.tests.bookcopy import ROOT, build_book, replace_in

PAGE = "01-functions.md"


@pytest.mark.parametrize("name", ["1", "01", "01-functions", "chapters/01-functions/", "functions"])
def test_a_chapter_is_found_by_number_folder_or_module(name):
    assert chapters.resolve(name) == ROOT / "chapters" / "01-functions"


@pytest.mark.parametrize(
    ("args", "names", "pytest_args"),
    [
        (["1", "-k", "greet"], ["1"], ["-k", "greet"]),
        (["classes", "2", "-x"], ["classes", "2"], ["-x"]),
        (["-v"], [], ["-v"]),
        (["1", "--", "3"], ["1"], ["3"]),
        (["tools/tests"], [], ["tools/tests"]),
    ],
)
def test_leading_chapters_are_split_from_the_pytest_arguments(args, names, pytest_args):
    assert chapters.split_args(args) == (names, pytest_args)


@pytest.mark.parametrize("name", ["99", "function", ""])
def test_an_unknown_chapter_is_a_usage_error(name):
    with pytest.raises(chapters.UsageError, match="the chapters are: 01-functions"):
        chapters.resolve(name)


def test_each_own_pyo3_build_has_a_setting_no_other_build_has():
    names = ["cpython-3.14", "cpython-3.14t", *(f"python-3.{minor}" for minor in range(9, 16))]
    settings = [chapters.own_pyo3_build(name) for name in names]
    assert all(option == "--config" for option, _ in settings)
    distinct = {setting for _, setting in settings}
    assert len(distinct) == len(names)
    # The dev profile's own number of codegen units would share the chapters' build.
    assert "profile.dev.package.pyo3-build-config.codegen-units=256" not in distinct
    assert chapters.own_pyo3_build("python-3.10") == settings[names.index("python-3.10")]


def test_every_chapter_has_its_parts_and_a_page():
    summary = (ROOT / "book" / "src" / "SUMMARY.md").read_text()
    modules = []
    for chapter in chapters.all_chapters():
        for part in ("Cargo.toml", "pyproject.toml", "README.md", "src/lib.rs"):
            assert (chapter / part).is_file(), f"{chapter.name} has no {part}"
        assert list((chapter / "tests").glob("test_*.py")), f"{chapter.name} has no tests"
        for crate in chapters.crates(chapter):
            module = chapters.module_name(crate)
            pyproject = (crate / "pyproject.toml").read_text()
            assert re.search(rf'^name = "{module}"$', pyproject, re.M), f"{crate}: name != crate"
            modules.append(module)
        assert f"({chapter.name}.md)" in summary, f"SUMMARY.md does not list {chapter.name}.md"
        module = chapters.module_name(chapter)
        assert (chapter / "tests" / f"{module}.pycon").is_file(), f"{chapter.name}: no session"
        stubs = [*chapter.glob("*.pyi"), *chapter.glob("python/*/*.pyi")]
        assert stubs, f"{chapter.name} has no type stub"
        assert (chapter / "exercise" / "Cargo.toml").is_file(), f"{chapter.name}: no exercise"
        nested = re.search(rf"\({chapter.name}\.md\)\n((?:    .*\n)*)", summary)
        solution = f"- [Exercise solution]({chapter.name}-solution.md)"
        assert nested is not None
        assert solution in nested.group(1), f"SUMMARY.md: {chapter.name}'s solution"
        assert (ROOT / "book" / "src" / f"{chapter.name}-solution.md").is_file()
        readme = (chapter / "README.md").read_text()
        assert f"just test {int(chapter.name[:2])}" in readme, f"{chapter.name}: README"
    assert len(modules) == len(set(modules)), "two crates build the same Python module"


def test_a_chapter_builds_its_own_crate_first_then_those_in_subfolders(tmp_path):
    for crate in ("", "provider", "exercise"):
        (tmp_path / crate).mkdir(exist_ok=True)
        (tmp_path / crate / "Cargo.toml").write_text("")
    (tmp_path / "src").mkdir()
    assert chapters.crates(tmp_path) == [tmp_path, tmp_path / "provider"]


SESSION = """\
# a comment
>>> 1 + 1
2
>>> def f():
...     raise ValueError("bad")
>>> f()
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
ValueError: bad
"""


def test_a_session_that_matches_passes(tmp_path):
    path = tmp_path / "ok.pycon"
    path.write_text(SESSION)
    sessions.replay(path)


@pytest.mark.parametrize(
    ("before", "after"), [("\n2\n", "\n3\n"), ("ValueError: bad", "ValueError: good")]
)
def test_a_session_with_a_wrong_answer_fails(tmp_path, before, after):
    path = tmp_path / "wrong.pycon"
    path.write_text(SESSION.replace(before, after))
    with pytest.raises(sessions.TranscriptMismatch):
        sessions.replay(path)


def test_an_expected_exception_that_is_not_raised_fails(tmp_path):
    path = tmp_path / "no-raise.pycon"
    path.write_text(">>> 1\nTraceback (most recent call last):\n  ...\nValueError: bad\n")
    with pytest.raises(sessions.TranscriptMismatch):
        sessions.replay(path)


def test_notes_are_not_compared(tmp_path):
    path = tmp_path / "notes.pycon"
    path.write_text(
        ">>> e = KeyError('k')\n>>> e.__notes__ = ['while processing']\n>>> raise e\n"
        "Traceback (most recent call last):\n  ...\nKeyError: 'k'\n"
    )
    sessions.replay(path)


def test_a_session_can_define_a_dataclass(tmp_path):
    path = tmp_path / "dataclass.pycon"
    path.write_text(
        ">>> from dataclasses import dataclass\n>>> @dataclass\n... class P:\n...     x: int\n"
        ">>> P(1)\nP(x=1)\n"
    )
    sessions.replay(path)


def test_output_without_a_statement_is_an_error():
    with pytest.raises(ValueError, match="output with no statement"):
        sessions.parse("stray\n")


def test_the_chapter_page_shows_its_real_source_and_tests(built_book):
    page = (built_book / "build" / PAGE.replace(".md", ".html")).read_text()
    assert "fn sum_as_string(a: usize, b: usize) -&gt; PyResult&lt;String&gt; {" in page
    assert "def test_a_negative_number_raises_overflow_error():" in page
    assert "&gt;&gt;&gt; sum_as_string(5, 10)" in page
    assert "ANCHOR" not in page


def test_a_missing_anchor_fails_the_build_book(book_copy):
    replace_in(book_copy / "src" / PAGE, "lib.rs:greet}}", "lib.rs:no-such-anchor}}")
    done = build_book(book_copy)
    assert done.returncode != 0
    assert "no ANCHOR/ANCHOR_END pair named 'no-such-anchor'" in done.stderr + done.stdout


def test_a_missing_include_file_fails_the_build_book(book_copy):
    replace_in(book_copy / "src" / PAGE, "src/lib.rs:greet}}", "src/missing.rs:greet}}")
    done = build_book(book_copy)
    assert done.returncode != 0
    assert "no file" in done.stderr + done.stdout


def test_an_error_mdbook_only_logs_fails_the_build_book(book_copy):
    replace_in(book_copy / "book.toml", "[output.html]\n", "[output.html]\nno-such-key = 1\n")
    done = build_book(book_copy)
    assert done.returncode != 0
    assert "ERROR" in done.stdout + done.stderr


def test_blank_lines_at_the_end_of_a_listing_are_trimmed():
    from tools.book.tidy import tidy

    markdown = "```python\ndef f():\n    pass\n\n\n```\n\ntext\n\n```sh\nls\n```\n"
    assert tidy(markdown) == "```python\ndef f():\n    pass\n```\n\ntext\n\n```sh\nls\n```\n"


def test_the_built_page_has_no_blank_line_before_a_closing_fence(built_book):
    page = (built_book / "build" / PAGE.replace(".md", ".html")).read_text()
    assert "\n\n</code></pre>" not in page


def test_a_rust_listing_that_stops_inside_an_impl_fails_the_build(book_copy, tmp_path):
    # A copy of chapter 2's temperature.rs whose `temperature` anchor ends before the impl does.
    source = (ROOT / "chapters" / "02-classes" / "src" / "temperature.rs").read_text()
    cut = source.replace("// ANCHOR_END: temperature\n", "").replace(
        "    // ANCHOR: class-level\n",
        "    // ANCHOR_END: temperature\n    // ANCHOR: class-level\n",
    )
    (book_copy / "src" / "half.rs").write_text(cut)
    replace_in(
        book_copy / "src" / "02-classes.md",
        "../../chapters/02-classes/src/temperature.rs:temperature}}",
        "half.rs:temperature}}",
    )
    done = build_book(book_copy)
    assert done.returncode != 0
    assert "the listing 'temperature' opens and closes different numbers of blocks" in (
        done.stdout + done.stderr
    )


@pytest.mark.parametrize(
    ("rust", "expected"),
    [
        ("fn f() {\n    g();\n}\n", False),
        ("impl A {\n    fn f() {}\n", True),
        ('fn f() -> &str {\n    "{"\n}\n', False),
        ("fn f() -> char {\n    '{'\n} // }\n", False),
        ('fn f(out: &mut Vec<u8>) {\n    out.push(b\'"\');\n    g("}");\n}\n', False),
        ("fn f<'a>(x: &'a str) -> &'a str {\n    x\n}\n", False),
    ],
)
def test_blocks_are_counted_outside_strings_and_comments(rust, expected):
    from tools.book.includes import unbalanced

    assert unbalanced(rust) is expected
