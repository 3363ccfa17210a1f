"""Every exception class a chapter exports, caught, narrowed and expected the ways Python code
does it, a buffer class used as one, and NumPy arrays passed and returned as `numpy.typing`
says. The tests run these, and mypy --strict and pyright
(strict, by the comment below) check this file against the chapters' stubs, so a stub that
makes any of them a type error (a `__new__` returning `NoReturn`, say, or a `__buffer__`
declared for some Pythons only) fails here."""
# pyright: strict

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import arrays
import buffers
import capsules
import errors
import numpy as np
import numpy.typing as npt
import pytest
import shipping
import validator

ORDER = {"type": "object", "fields": {"id": {"type": "int"}}}


def test_validation_error_is_caught_narrowed_and_expected() -> None:
    found: validator.ValidationError | validator.SchemaError | None = None
    try:
        validator.Schema(ORDER).validate({"id": "seven"})
    except (validator.ValidationError, validator.SchemaError) as error:
        found = error
    assert isinstance(found, validator.ValidationError)  # narrows the type, too
    details = found.errors()  # a list of TypedDicts, by the stub
    assert details == [{"loc": ("id",), "msg": "expected an integer"}]
    with pytest.raises(validator.ValidationError) as caught:
        validator.Schema(ORDER).validate({})
    assert caught.value.errors()[0]["loc"] == ("id",)


def test_a_returned_validation_error_is_told_apart_by_isinstance() -> None:
    results = validator.Schema(ORDER).validate_each([{"id": 1}, {"id": "one"}])
    errors = [r.errors() for r in results if isinstance(r, validator.ValidationError)]
    assert errors == [[{"loc": ("id",), "msg": "expected an integer"}]]
    answers = validator.Schema(ORDER).validate_json_each([b'{"id": 1}'])
    texts = [a for a in answers if isinstance(a, bytes)]
    assert texts == [b'{"id":1}']


def test_schema_error_is_caught_and_expected() -> None:
    with pytest.raises(validator.SchemaError):
        validator.Schema({"type": "tuple"})
    message = ""
    try:
        validator.Schema({"type": "tuple"})
    except validator.SchemaError as error:
        message = str(error)
    assert message == "schema.type: unknown type 'tuple'"


def test_the_errors_of_chapter_5_are_caught_by_their_base() -> None:
    kinds: list[type[errors.ParseError]] = [
        errors.MissingEqualsError,
        errors.EmptyKeyError,
        errors.BadValueError,
    ]
    for line, kind in zip(["no equals", "= 1", "a = b"], kinds):
        with pytest.raises(kind):
            errors.parse_setting(line)
        found: errors.ParseError | None = None
        try:
            errors.parse_setting(line)
        except errors.ParseError as error:
            found = error
        assert isinstance(found, kind)


def test_incompatible_api_error_is_an_import_error() -> None:
    error: ImportError = capsules.IncompatibleApiError("table version 2, expected 1")
    assert isinstance(error, capsules.IncompatibleApiError)


def test_no_words_error_is_caught_as_a_value_error() -> None:
    with pytest.raises(shipping.NoWordsError):
        shipping.top_words("")
    found: ValueError | None = None
    try:
        shipping.top_words("")
    except ValueError as error:
        found = error
    assert isinstance(found, shipping.NoWordsError)


def test_a_block_is_a_buffer_on_every_python() -> None:
    # Python 3.12 and newer show the buffer slots as `__buffer__`; older ones have them in C
    # only. Either way a `Block` is bytes-like, and a type checker must agree on every Python.
    block = buffers.Block(8)
    assert buffers.byte_sum(block) == 0
    view = memoryview(block)
    assert view.nbytes == 8
    view.release()


def test_arrays_take_and_give_float64_arrays() -> None:
    values: npt.NDArray[np.float64] = np.arange(6.0)
    means: npt.NDArray[np.float64] = arrays.column_means(values.reshape(2, 3))
    middle: float = arrays.mean(values)
    distances = arrays.distance_detached(values, values, values, values, threads=2)
    made, address = arrays.ramp_and_address(3)
    listed: list[float] = arrays.ramp_list(2)
    arrays.add_into(values, values.copy())
    assert means.tolist() == [1.5, 2.5, 3.5]
    assert middle == 2.5
    assert values.tolist() == [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
    assert distances.dtype == np.float64
    assert made.__array_interface__["data"][0] == address
    assert listed == [0.0, 1.0]


def test_mypy_accepts_every_way_of_using_them() -> None:
    # Nothing from tools/ is imported here, so mypy checks this file and the stubs alone.
    cache = Path(sys.prefix) / ".mypy_cache"
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), __file__]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_pyright_accepts_every_way_of_using_them() -> None:
    # The environment's own Python, so pyright reads the stubs installed beside the modules.
    command = [sys.executable, "-m", "pyright", "--pythonpath", sys.executable, __file__]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
