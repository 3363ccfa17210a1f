"""Chapter 5: a Rust panic reaches Python as PanicException, on purpose, once."""

import pytest
from errors import first_byte, first_byte_or_panic

PANIC_MESSAGE = "index out of bounds: the len is 0 but the index is 0"


def test_first_byte_or_panic_works_while_there_is_a_byte():
    assert first_byte_or_panic(b"abc") == ord("a")


# ANCHOR: panic
def test_a_panic_becomes_a_panic_exception(capfd):
    with pytest.raises(BaseException) as caught:
        first_byte_or_panic(b"")
    kind = type(caught.value)
    assert (kind.__module__, kind.__qualname__) == ("pyo3_runtime", "PanicException")
    assert str(caught.value) == PANIC_MESSAGE
    # Rust's panic hook also printed the message, and where it happened, to stderr.
    stderr = capfd.readouterr().err
    assert "panicked at" in stderr
    assert PANIC_MESSAGE in stderr


def test_except_exception_does_not_catch_a_panic(capfd):
    def catch_exceptions():
        try:
            first_byte_or_panic(b"")
        except Exception:
            return "caught"
        return "no panic"

    with pytest.raises(BaseException) as caught:
        catch_exceptions()
    assert not isinstance(caught.value, Exception)
    assert type(caught.value).__bases__ == (BaseException,)


# ANCHOR_END: panic


def test_the_module_still_works_after_a_panic(capfd):
    with pytest.raises(BaseException) as caught:
        first_byte_or_panic(b"")
    assert type(caught.value).__name__ == "PanicException"
    assert first_byte_or_panic(b"z") == ord("z")


# ANCHOR: no-panic
def test_first_byte_raises_index_error_instead_of_panicking():
    with pytest.raises(IndexError) as caught:
        first_byte(b"")
    assert str(caught.value) == "the data is empty, so it has no first byte"


# ANCHOR_END: no-panic


def test_first_byte_returns_the_first_byte():
    assert first_byte(b"\xff\x00") == 255
    assert first_byte(bytes(10_000_000)) == 0


def test_first_byte_rejects_str_and_bytearray():
    for data in ("abc", bytearray(b"abc")):
        with pytest.raises(TypeError) as caught:
            first_byte(data)
        assert str(caught.value) == f"'{type(data).__name__}' object is not an instance of 'bytes'"


def test_first_byte_or_panic_rejects_a_str():
    with pytest.raises(TypeError) as caught:
        first_byte_or_panic("abc")
    assert str(caught.value) == "'str' object is not an instance of 'bytes'"
