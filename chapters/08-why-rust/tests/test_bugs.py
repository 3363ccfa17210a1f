"""Chapter 8: two C mistakes the compiler lets through, what Python sees of them, and their
PyO3 counterparts. `buggy` is bindings/c/buggy.c; `why_rust_c` is the same code done right."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import why_rust

# Python 3.10 reworded both messages below.
SYSTEM_ERROR = "exception set" if sys.version_info >= (3, 10) else "error set"
NOT_AN_INT = (
    "'str' object cannot be interpreted as an integer"
    if sys.version_info >= (3, 10)
    else "an integer is required (got type str)"
)


# ANCHOR: unchecked
def test_an_unchecked_error_becomes_a_system_error(buggy):
    with pytest.raises(SystemError) as caught:
        buggy.sum_ints_unchecked([1, "2", 3])
    assert str(caught.value) == (
        f"<built-in function sum_ints_unchecked> returned a result with an {SYSTEM_ERROR}"
    )
    # The exception that nothing checked is still there, as the cause.
    assert type(caught.value.__cause__) is TypeError
    assert str(caught.value.__cause__) == NOT_AN_INT


# ANCHOR_END: unchecked


def test_the_unchecked_version_works_on_valid_input(buggy):
    assert buggy.sum_ints_unchecked([1, 2, 3]) == 6


def test_with_the_check_the_same_input_is_a_type_error(why_rust_c):
    with pytest.raises(TypeError) as caught:
        why_rust_c.sum_ints([1, "2", 3])
    assert str(caught.value) == NOT_AN_INT


# ANCHOR: leak
CALLS = 100


def test_the_leaky_c_version_keeps_one_reference_per_call(buggy, refcount_delta):
    big = int("1000000000000000")
    assert refcount_delta(big, lambda: buggy.sum_ints_leaky([big]), CALLS) == CALLS


def test_the_leaky_c_version_also_adds_without_a_check(buggy, why_rust_c):
    # `total += value` may overflow, which C leaves undefined; the correct version checks.
    with pytest.raises(OverflowError):
        why_rust_c.sum_ints([2**62, 2**62])
    assert buggy.sum_ints_leaky([2**62, 2**62]) != 2**63  # no error, and not the sum


def test_the_correct_c_and_pyo3_versions_keep_none(why_rust_c, refcount_delta):
    big = int("1000000000000000")
    assert refcount_delta(big, lambda: why_rust_c.sum_ints([big]), CALLS) == 0
    assert refcount_delta(big, lambda: why_rust.sum_ints([big]), CALLS) == 0


def test_pyo3_leaks_too_when_told_to_forget(refcount_delta):
    big = int("1000000000000000")
    assert refcount_delta(big, lambda: why_rust.sum_ints_forgetting([big]), CALLS) == CALLS


# ANCHOR_END: leak


def test_a_leaked_small_int_goes_unseen_from_python_3_12(buggy, refcount_delta):
    # Small ints are immortal from 3.12 on: their count is fixed, so no test can see a leak.
    expected = 0 if sys.version_info >= (3, 12) else CALLS
    assert refcount_delta(5, lambda: buggy.sum_ints_leaky([5]), CALLS) == expected


def test_the_leaky_version_still_reports_bad_input(buggy):
    with pytest.raises(TypeError) as caught:
        buggy.sum_ints_leaky([1, "2"])
    assert str(caught.value) == NOT_AN_INT
    with pytest.raises(OverflowError) as caught:
        why_rust.sum_ints_forgetting([2**64])
    assert str(caught.value) == "Python int too large to convert to C long"


# ANCHOR: use-after-free
EMPTIES_THE_LIST = """
import sys
binding = __import__(sys.argv[1])

class EmptiesTheList:
    def __init__(self, values):
        self.values = values

    def __index__(self):  # what pybind11 asks an item for
        self.values.clear()
        return 10

    __int__ = __index__  # what CFFI asks for

values = [1, None, 10**15, 10**16]
values[1] = EmptiesTheList(values)
print(binding.sum_ints(values))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="the crash is checked on Linux only")
@pytest.mark.parametrize("name", ["why_rust_cpp", "why_rust_cffi"])
def test_the_list_loop_reads_freed_memory_when_an_item_empties_the_list(name, request):
    module = request.getfixturevalue(name)
    # The folders of the binding and of what it imports (CFFI's wrapper imports its C part).
    folders = {str(Path(m.__file__).parent) for m in (module, sys.modules.get("_" + name))
               if m is not None}  # fmt: skip
    # -X dev fills freed memory with a pattern, so reading it crashes at once.
    command = [sys.executable, "-X", "dev", "-c", EMPTIES_THE_LIST, name]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sorted(folders))}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    # Killed by SIGSEGV, or by SIGBUS where the pattern makes an address the CPU refuses.
    crashes = {-signal.SIGSEGV: "Segmentation fault", -signal.SIGBUS: "Bus error"}
    assert done.returncode in crashes, done.stdout + done.stderr
    assert f"Fatal Python error: {crashes[done.returncode]}" in done.stderr


# ANCHOR_END: use-after-free
