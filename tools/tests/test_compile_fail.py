"""Snippets that must not compile, checked against the error their page shows."""

import shutil

import pytest

from tools.chapters import compile_fail
from tools.tests.bookcopy import ROOT

OUTPUT = """\
warning: unused import
error[E0599]: no method named `f` found for reference `&T` in the current scope
 --> {root}/chapters/09-x/compile_fail/s.rs:9:9
  |
9 |     t.f()
  |       ^ method not found in `&T`
  |
note: the method is defined in another crate
 --> /home/someone/.cargo/registry/src/pyo3/src/lib.rs:1:1

error: aborting due to 1 previous error
"""


def test_the_first_error_is_kept_without_notes_or_this_machines_paths():
    assert compile_fail.first_error(OUTPUT.format(root=ROOT)) == (
        "error[E0599]: no method named `f` found for reference `&T` in the current scope\n"
        " --> chapters/09-x/compile_fail/s.rs:9:9\n"
        "  |\n"
        "9 |     t.f()\n"
        "  |       ^ method not found in `&T`\n"
    )


def test_output_without_an_error_is_refused():
    with pytest.raises(compile_fail.CompileFailError, match="failed with no error"):
        compile_fail.first_error("warning: unused import\n")


@pytest.fixture
def snippet_dir():
    folder = ROOT / "target" / "compile-fail-tests" / "compile_fail"
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    shutil.rmtree(folder.parent)


def test_a_snippet_that_compiles_fails_its_check(snippet_dir):
    snippet = snippet_dir / "fine.rs"
    snippet.write_text("use pyo3::prelude::*;\n\npub fn f(_py: Python<'_>) {}\n")
    with pytest.raises(compile_fail.CompileFailError, match="compiled, but it is kept"):
        compile_fail.compile_error(snippet)


def test_a_snippet_can_ask_for_pyo3_features(snippet_dir):
    snippet = snippet_dir / "abi3.rs"
    snippet.write_text("// pyo3-features: abi3-py39 macros\nuse pyo3::prelude::*;\n")
    manifest = (compile_fail.crate_for(snippet) / "Cargo.toml").read_text()
    assert 'features = ["abi3-py39", "macros"]' in manifest
    plain = snippet_dir / "plain.rs"
    plain.write_text("use pyo3::prelude::*;\n")
    assert "features = []" in (compile_fail.crate_for(plain) / "Cargo.toml").read_text()


def test_a_snippet_can_ask_for_other_crates_at_their_locked_versions(snippet_dir):
    snippet = snippet_dir / "numpy.rs"
    snippet.write_text("// crates: numpy\nuse pyo3::prelude::*;\n")
    manifest = (compile_fail.crate_for(snippet) / "Cargo.toml").read_text()
    locked = compile_fail.versions.locked_version(ROOT, "numpy")
    assert f'numpy = "={locked}"' in manifest
    plain = snippet_dir / "plain.rs"
    plain.write_text("use pyo3::prelude::*;\n")
    assert "numpy" not in (compile_fail.crate_for(plain) / "Cargo.toml").read_text()


def test_every_snippet_has_the_error_its_page_shows():
    snippets = sorted(ROOT.glob("chapters/*/compile_fail/*.rs"))
    assert snippets, "no compile_fail snippets found"
    for snippet in snippets:
        assert snippet.with_suffix(".stderr").is_file(), f"{snippet.name} has no .stderr"
        stem = snippet.relative_to(ROOT / "chapters").with_suffix(".stderr")
        pages = (ROOT / "book" / "src").glob("*.md")
        assert any(str(stem) in page.read_text() for page in pages), f"no page shows {stem}"
