"""Chapter 4: a type with hand-written `FromPyObject` and `IntoPyObject` implementations."""

import sys

import pytest
from conversions import echo_colour, mix
from hypothesis import given
from hypothesis import strategies as st

channels = st.integers(0, 255)
rgb = st.tuples(channels, channels, channels)


def hex_of(colour):
    return "#{:02x}{:02x}{:02x}".format(*colour)


# ANCHOR: colour-round-trips
@given(rgb)
def test_a_hex_string_round_trips(colour):
    assert echo_colour(hex_of(colour)) == hex_of(colour)


@given(rgb)
def test_an_rgb_tuple_comes_back_as_its_hex_string(colour):
    assert echo_colour(colour) == hex_of(colour)


@given(rgb)
def test_upper_case_hex_comes_back_in_lower_case(colour):
    assert echo_colour(hex_of(colour).upper()) == hex_of(colour)


# ANCHOR_END: colour-round-trips


@given(rgb)
def test_mixing_a_colour_with_itself_changes_nothing(colour):
    assert mix(colour, colour) == hex_of(colour)


@given(rgb, rgb)
def test_mix_takes_the_floor_of_each_channels_mean(first, second):
    expected = tuple((a + b) // 2 for a, b in zip(first, second))
    assert mix(first, second) == hex_of(expected)


def test_mix_accepts_either_form_for_either_argument():
    assert mix("#ff0000", (0, 0, 255)) == "#7f007f"


@pytest.mark.parametrize(
    "text",
    ["", "#", "ff8800", "#ff880", "#ff88000", "#ff88zz", "#ff88+0", "orange"],
)
def test_a_malformed_string_raises_value_error(text):
    with pytest.raises(ValueError) as caught:
        echo_colour(text)
    assert str(caught.value) == f"expected a colour like '#ff8800', got {text!r}"


def test_six_bytes_of_non_ascii_text_raise_value_error_not_a_panic():
    # Two fullwidth letters are six UTF-8 bytes, the length of "ff8800". The parser checks
    # for ASCII before slicing, because slicing inside a character would panic.
    text = "#" + "\uff46" * 2
    assert len(text[1:].encode()) == 6
    with pytest.raises(ValueError) as caught:
        echo_colour(text)
    assert str(caught.value) == f"expected a colour like '#ff8800', got {text!r}"


def test_a_huge_string_raises_value_error():
    with pytest.raises(ValueError) as caught:
        echo_colour("#" + "f" * 1_000_000)
    assert str(caught.value).startswith("expected a colour like '#ff8800', got '#fff")


def test_a_lone_surrogate_raises_unicode_encode_error():
    with pytest.raises(UnicodeEncodeError) as caught:
        echo_colour("#\ud800")
    assert str(caught.value) == (
        "'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed"
    )


def test_a_channel_over_255_raises_overflow_error():
    with pytest.raises(OverflowError) as caught:
        echo_colour((300, 0, 0))
    assert str(caught.value) == "out of range integral type conversion attempted"


def test_a_negative_channel_raises_overflow_error():
    with pytest.raises(OverflowError) as caught:
        echo_colour((0, -1, 0))
    assert str(caught.value) == "out of range integral type conversion attempted"


def test_a_tuple_of_the_wrong_length_raises_value_error():
    for colour in ((), (255, 136), (255, 136, 0, 255)):
        with pytest.raises(ValueError) as caught:
            echo_colour(colour)
        assert str(caught.value) == (
            f"expected tuple of length 3, but got tuple of length {len(colour)}"
        )


@pytest.mark.parametrize(
    ("colour", "type_name"),
    [(0xFF8800, "int"), ([255, 136, 0], "list"), (None, "NoneType"), (b"#ff8800", "bytes")],
)
def test_any_other_type_raises_type_error(colour, type_name):
    with pytest.raises(TypeError) as caught:
        echo_colour(colour)
    assert str(caught.value) == (
        f"expected a '#rrggbb' string or an (r, g, b) tuple, not '{type_name}'"
    )


def test_mix_rejects_a_bad_second_colour():
    with pytest.raises(ValueError) as caught:
        mix("#000000", "black")
    assert str(caught.value) == "expected a colour like '#ff8800', got 'black'"


# ANCHOR: note
@pytest.mark.skipif(sys.version_info < (3, 11), reason="exception notes arrived in Python 3.11")
def test_the_failing_parameter_is_named_in_a_note():
    with pytest.raises(ValueError) as caught:
        mix("#000000", "black")
    assert caught.value.__notes__ == ["while processing 'second'"]


# ANCHOR_END: note
