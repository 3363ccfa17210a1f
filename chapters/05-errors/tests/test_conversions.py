"""Chapter 5: the standard Rust errors that `?` turns into Python exceptions."""

import math

import pytest
from errors import parse_float, parse_int, raise_io_error, read_text, through_io_error

I64_MIN, I64_MAX = -(2**63), 2**63 - 1


def test_read_text_returns_the_file_contents(tmp_path):
    path = tmp_path / "greeting.txt"
    path.write_text("héllo\n", encoding="utf-8")
    assert read_text(str(path)) == "héllo\n"


def test_read_text_accepts_a_pathlib_path(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read_text(path) == ""


def test_read_text_reads_a_large_file(tmp_path):
    path = tmp_path / "large.txt"
    path.write_text("x" * 5_000_000, encoding="utf-8")
    assert len(read_text(path)) == 5_000_000


# ANCHOR: io-errors
def test_a_missing_file_raises_file_not_found_error(tmp_path):
    with pytest.raises(FileNotFoundError) as caught:
        read_text(tmp_path / "missing.txt")
    assert str(caught.value) == "No such file or directory (os error 2)"


def test_the_os_error_carries_only_a_message(tmp_path):
    with pytest.raises(OSError) as caught:
        read_text(tmp_path / "missing.txt")
    assert caught.value.args == ("No such file or directory (os error 2)",)
    assert caught.value.errno is None
    assert caught.value.filename is None


def test_a_directory_raises_is_a_directory_error(tmp_path):
    with pytest.raises(IsADirectoryError) as caught:
        read_text(tmp_path)
    assert str(caught.value) == "Is a directory (os error 21)"


def test_a_file_that_is_not_utf8_raises_plain_os_error(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("café".encode("latin-1"))
    with pytest.raises(OSError) as caught:
        read_text(path)
    assert type(caught.value) is OSError
    assert str(caught.value) == "stream did not contain valid UTF-8"


# ANCHOR_END: io-errors


# ANCHOR: io-kinds
@pytest.mark.parametrize(
    ("kind", "exception"),
    [("not found", FileNotFoundError), ("timed out", TimeoutError), ("other", OSError)],
)
def test_an_io_error_becomes_the_os_error_of_its_kind(kind, exception):
    with pytest.raises(OSError) as caught:
        raise_io_error(kind)
    assert type(caught.value) is exception
    assert str(caught.value) == "raised from Rust"


def test_out_of_memory_becomes_memory_error_which_is_not_an_os_error():
    with pytest.raises(MemoryError) as caught:
        raise_io_error("out of memory")
    assert not isinstance(caught.value, OSError)
    assert str(caught.value) == "raised from Rust"


def test_an_io_error_that_wraps_a_python_exception_gives_that_exception_back():
    original = KeyError("the original")
    with pytest.raises(KeyError) as caught:
        through_io_error(original)
    assert caught.value is original


# ANCHOR_END: io-kinds


def test_an_unknown_kind_raises_value_error():
    with pytest.raises(ValueError) as caught:
        raise_io_error("")
    assert str(caught.value) == 'no io::Error kind "" here'


def test_through_io_error_takes_only_an_exception():
    with pytest.raises(TypeError) as caught:
        through_io_error("not an exception")
    assert str(caught.value) == "'str' object is not an instance of 'BaseException'"


def test_a_nul_byte_in_the_path_raises_os_error():
    with pytest.raises(OSError) as caught:
        read_text("bad\0name.txt")
    assert type(caught.value) is OSError
    assert str(caught.value) == "file name contained an unexpected NUL byte"


def test_read_text_rejects_a_non_path():
    with pytest.raises(TypeError) as caught:
        read_text(42)
    assert str(caught.value) == "expected str, bytes or os.PathLike object, not int"


def test_read_text_rejects_a_bytes_path():
    with pytest.raises(TypeError) as caught:
        read_text(b"greeting.txt")
    assert str(caught.value) == "'bytes' object is not an instance of 'str'"


def test_parse_int_accepts_signs_and_the_i64_extremes():
    assert parse_int("42") == 42
    assert parse_int("+7") == 7
    assert parse_int(str(I64_MIN)) == I64_MIN
    assert parse_int(str(I64_MAX)) == I64_MAX


# ANCHOR: parse-errors
def test_parse_int_of_an_empty_string_raises_value_error():
    with pytest.raises(ValueError) as caught:
        parse_int("")
    assert str(caught.value) == "cannot parse integer from empty string"


def test_parse_int_rejects_what_python_int_accepts():
    assert (int(" 42"), int("1_000")) == (42, 1000)
    for text in (" 42", "1_000"):
        with pytest.raises(ValueError) as caught:
            parse_int(text)
        assert str(caught.value) == "invalid digit found in string"


def test_parse_int_rejects_non_digits():
    for text in ("12 apples", "4.0", "-"):
        with pytest.raises(ValueError) as caught:
            parse_int(text)
        assert str(caught.value) == "invalid digit found in string"


def test_parse_int_outside_i64_raises_value_error():
    with pytest.raises(ValueError) as caught:
        parse_int(str(I64_MAX + 1))
    assert str(caught.value) == "number too large to fit in target type"
    with pytest.raises(ValueError) as caught:
        parse_int(str(I64_MIN - 1))
    assert str(caught.value) == "number too small to fit in target type"


def test_parse_float_errors_have_two_messages():
    with pytest.raises(ValueError) as caught:
        parse_float("")
    assert str(caught.value) == "cannot parse float from empty string"
    for text in ("one half", " 1.5", "1_0.5"):
        with pytest.raises(ValueError) as caught:
            parse_float(text)
        assert str(caught.value) == "invalid float literal"


# ANCHOR_END: parse-errors


def test_parse_float_reads_what_rust_reads():
    assert parse_float("1.5") == 1.5
    assert parse_float("-2e3") == -2000.0
    assert parse_float("inf") == math.inf
    assert math.isnan(parse_float("NaN"))


def test_parse_float_overflows_to_infinity_without_an_error():
    assert parse_float("1e400") == math.inf


def test_parse_int_rejects_a_non_str():
    with pytest.raises(TypeError) as caught:
        parse_int(42)
    assert str(caught.value) == "'int' object is not an instance of 'str'"


def test_parse_float_rejects_a_non_str():
    with pytest.raises(TypeError) as caught:
        parse_float(1.5)
    assert str(caught.value) == "'float' object is not an instance of 'str'"


def test_parse_int_of_a_huge_string_raises_value_error():
    with pytest.raises(ValueError) as caught:
        parse_int("9" * 1_000_000)
    assert str(caught.value) == "number too large to fit in target type"
