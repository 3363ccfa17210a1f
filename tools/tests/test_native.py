"""tools/chapters/native.py: C extensions built for tests, cached, and skipped or failed without a
compiler."""

import sys

import pytest

from tools.chapters import native

PROBE = """
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
answer(PyObject *Py_UNUSED(module), PyObject *Py_UNUSED(args))
{
    return PyLong_FromLong(ANSWER);
}

static PyMethodDef methods[] = {{"answer", answer, METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, .m_name = "NAME", .m_methods = methods};

PyMODINIT_FUNC
PyInit_NAME(void)
{
    return PyModule_Create(&module);
}
"""


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setattr(native, "CACHE", tmp_path / "cache")
    return tmp_path / "cache"


def probe(tmp_path, name, answer):
    source = tmp_path / f"{name}.c"
    source.write_text(PROBE.replace("NAME", name).replace("ANSWER", str(answer)))
    return source


def forget(name):
    sys.modules.pop(name, None)


def test_a_module_is_built_once_and_reused(tmp_path, cache, monkeypatch):
    try:
        native.compiler("c")
    except native.Unavailable as missing:
        native.skip_or_fail(str(missing))
    name = "native_probe_reused"
    source = probe(tmp_path, name, 42)
    try:
        assert native.extension(name, [source]).answer() == 42
        forget(name)

        def no_second_build(*args):
            raise AssertionError("built again, although nothing changed")

        monkeypatch.setattr(native, "setuptools_build", no_second_build)
        assert native.extension(name, [source]).answer() == 42
        assert len(list(cache.glob(f"{name}-*"))) == 1
    finally:
        forget(name)


def test_a_changed_source_is_built_again_and_the_old_build_removed(tmp_path, cache):
    try:
        native.compiler("c")
    except native.Unavailable as missing:
        native.skip_or_fail(str(missing))
    name = "native_probe_changed"
    try:
        native.extension(name, [probe(tmp_path, name, 1)])
        first = list(cache.glob(f"{name}-*"))
        forget(name)
        native.extension(name, [probe(tmp_path, name, 2)])
        second = list(cache.glob(f"{name}-*"))
        assert len(first) == len(second) == 1
        assert first != second
    finally:
        forget(name)


def test_the_fingerprint_follows_sources_python_and_options(tmp_path):
    source = tmp_path / "a.c"
    source.write_text("int a;")
    key = native.fingerprint("a", [source], "gcc 12")
    assert native.fingerprint("a", [source], "gcc 12") == key
    assert native.fingerprint("a", [source], "gcc 13") != key
    source.write_text("int b;")
    assert native.fingerprint("a", [source], "gcc 12") != key


def test_a_failed_build_leaves_nothing_that_looks_finished(cache):
    def broken(into):
        (into / "half.so").write_text("")
        raise RuntimeError("the compiler failed")

    with pytest.raises(RuntimeError, match="the compiler failed"):
        native.cached("broken", "0123456789abcdef", broken)
    assert list(cache.iterdir()) == []


@pytest.mark.parametrize(("language", "variable"), [("c", "CC"), ("c++", "CXX")])
def test_a_missing_compiler_is_unavailable_with_a_reason(monkeypatch, language, variable):
    monkeypatch.setenv(variable, "no-such-compiler-here --flag")
    with pytest.raises(native.Unavailable) as caught:
        native.compiler(language)
    assert f"no {language.upper()} compiler (no-such-compiler-here)" in str(caught.value)


def test_without_ci_a_missing_tool_skips(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no C compiler"):
        native.skip_or_fail("no C compiler")


def test_under_ci_a_missing_tool_fails(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"no C compiler .*CI is set"):
        native.skip_or_fail("no C compiler")
