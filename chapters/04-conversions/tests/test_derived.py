"""Chapter 4: conversions written by `#[derive(FromPyObject)]` and `#[derive(IntoPyObject)]`."""

import math
from collections import namedtuple
from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from conversions import bounds, echo_server, norm, server_url, summarize
from hypothesis import given
from hypothesis import strategies as st

I64_MIN, I64_MAX = -(2**63), 2**63 - 1
i64s = st.integers(I64_MIN, I64_MAX)
finite = st.floats(-1e150, 1e150)


# A struct read from attributes
@given(finite, finite)
def test_norm_matches_math_hypot(x, y):
    # Rust's hypot and Python's may differ in the last bit, so compare to within 2 ulps.
    assert math.isclose(norm(SimpleNamespace(x=x, y=y)), math.hypot(x, y), rel_tol=4.5e-16)


def test_norm_reads_a_dataclass_and_a_named_tuple_by_attribute():
    @dataclass
    class Point:
        x: float
        y: float

    # The first item is a str: only the attributes are read, never the positions.
    Labelled = namedtuple("Labelled", ["label", "x", "y"])
    assert norm(Point(3, 4)) == 5.0
    assert norm(Labelled("a", 3, 4)) == 5.0


def test_norm_ignores_attributes_it_does_not_need():
    assert norm(SimpleNamespace(x=3, y=4, z=12)) == 5.0


def test_norm_reads_properties_like_any_attribute():
    class Polar:
        def __init__(self, r):
            self.r = r

        @property
        def x(self):
            return self.r

        @property
        def y(self):
            return 0.0

    assert norm(Polar(2.5)) == 2.5


def test_norm_does_not_overflow_for_huge_coordinates():
    assert norm(SimpleNamespace(x=1e308, y=1e308)) == math.hypot(1e308, 1e308)
    assert norm(SimpleNamespace(x=math.inf, y=0)) == math.inf


def test_norm_of_a_missing_attribute_raises_attribute_error():
    with pytest.raises(AttributeError) as caught:
        norm(SimpleNamespace(x=3))
    assert str(caught.value) == "'types.SimpleNamespace' object has no attribute 'y'"


def test_norm_does_not_read_a_tuple_by_position():
    with pytest.raises(AttributeError) as caught:
        norm((3, 4))
    assert str(caught.value) == "'tuple' object has no attribute 'x'"


# ANCHOR: field-error
def test_a_bad_field_names_the_field_and_chains_the_cause():
    with pytest.raises(TypeError) as caught:
        norm(SimpleNamespace(x=3, y="4"))
    assert str(caught.value) == "failed to extract field Point.y"
    assert type(caught.value.__cause__) is TypeError
    assert str(caught.value.__cause__) == "must be real number, not str"


# ANCHOR_END: field-error


# A struct read from dict items, and written back as a dict
servers = st.fixed_dictionaries(
    {"host": st.text(), "port": st.integers(0, 65535), "tls": st.booleans()}
)


# ANCHOR: server-round-trip
@given(servers)
def test_a_server_dict_round_trips(server):
    assert echo_server(server) == server


# ANCHOR_END: server-round-trip


def test_tls_defaults_to_false_when_the_key_is_missing():
    assert server_url({"host": "localhost", "port": 8080}) == "http://localhost:8080"
    assert echo_server({"host": "localhost", "port": 8080})["tls"] is False


def test_tls_true_gives_https():
    assert (
        server_url({"host": "example.com", "port": 443, "tls": True}) == "https://example.com:443"
    )


def test_echo_server_drops_keys_it_does_not_know():
    server = {"host": "h", "port": 1, "tls": True, "colour": "blue"}
    assert echo_server(server) == {"host": "h", "port": 1, "tls": True}


def test_server_url_handles_empty_and_huge_hosts():
    assert server_url({"host": "", "port": 80}) == "http://:80"
    host = "x" * 1_000_000
    assert server_url({"host": host, "port": 80}) == f"http://{host}:80"


def test_a_missing_key_raises_key_error():
    for server in ({}, {"port": 8080}):
        with pytest.raises(KeyError) as caught:
            server_url(server)
        assert caught.value.args == ("host",)


def test_a_port_out_of_range_names_the_field():
    with pytest.raises(TypeError) as caught:
        server_url({"host": "h", "port": 70000})
    assert str(caught.value) == "failed to extract field Server.port"
    assert type(caught.value.__cause__) is OverflowError


def test_a_port_given_as_a_str_names_the_field():
    with pytest.raises(TypeError) as caught:
        server_url({"host": "h", "port": "80"})
    assert str(caught.value) == "failed to extract field Server.port"
    assert str(caught.value.__cause__) == "'str' object cannot be interpreted as an integer"


def test_an_object_with_attributes_is_not_a_dict():
    with pytest.raises(TypeError) as caught:
        server_url(SimpleNamespace(host="h", port=1))
    assert str(caught.value) == "'types.SimpleNamespace' object is not subscriptable"


# An enum that accepts several shapes
@given(i64s)
def test_an_int_is_a_stop(stop):
    assert bounds(stop) == (0, stop)


@given(i64s, i64s)
def test_a_pair_round_trips(start, stop):
    assert bounds((start, stop)) == (start, stop)


@given(i64s, i64s)
def test_a_range_gives_its_start_and_stop(start, stop):
    assert bounds(range(start, stop)) == (start, stop)


def test_any_object_with_start_and_stop_works():
    assert bounds(slice(2, 5)) == (2, 5)
    assert bounds(SimpleNamespace(start=-1, stop=1)) == (-1, 1)


# ANCHOR: enum-error
def test_no_matching_variant_lists_every_attempt():
    with pytest.raises(TypeError) as caught:
        bounds("2:5")
    assert str(caught.value) == (
        "failed to extract enum Span ('int | tuple[int, int] | range')\n"
        "- variant Stop (int): TypeError: failed to extract field Span::Stop.0, "
        "caused by TypeError: 'str' object cannot be interpreted as an integer\n"
        "- variant Pair (tuple[int, int]): TypeError: 'str' object is not an instance of 'tuple'\n"
        "- variant Fields (range): AttributeError: 'str' object has no attribute 'start'"
    )


# ANCHOR_END: enum-error


def test_a_triple_fails_every_variant_for_its_own_reason():
    with pytest.raises(TypeError) as caught:
        bounds((1, 2, 3))
    assert str(caught.value).splitlines()[1:] == [
        "- variant Stop (int): TypeError: failed to extract field Span::Stop.0, "
        "caused by TypeError: 'tuple' object cannot be interpreted as an integer",
        "- variant Pair (tuple[int, int]): ValueError: expected tuple of length 2, "
        "but got tuple of length 3",
        "- variant Fields (range): AttributeError: 'tuple' object has no attribute 'start'",
    ]


def test_an_int_past_i64_fails_every_variant():
    with pytest.raises(TypeError) as caught:
        bounds(2**63)
    assert str(caught.value).splitlines()[1] == (
        "- variant Stop (int): TypeError: failed to extract field Span::Stop.0, "
        "caused by OverflowError: Python int too large to convert to C long"
    )


def test_a_slice_without_a_start_fails():
    with pytest.raises(TypeError) as caught:
        bounds(slice(5))
    assert str(caught.value).splitlines()[3] == (
        "- variant Fields (range): TypeError: failed to extract field Span::Fields.start, "
        "caused by TypeError: 'NoneType' object cannot be interpreted as an integer"
    )


# A struct given to Python as a dict
@given(st.lists(st.integers(-(2**32), 2**32)))
def test_summarize_matches_python(numbers):
    assert summarize(numbers) == {
        "count": len(numbers),
        "total": sum(numbers),
        "smallest": min(numbers, default=None),
        "largest": max(numbers, default=None),
    }


def test_summarize_of_nothing_has_no_extremes():
    assert summarize([]) == {"count": 0, "total": 0, "smallest": None, "largest": None}


def test_summarize_handles_a_huge_list():
    assert summarize(list(range(100_000)))["total"] == sum(range(100_000))


def test_summarize_raises_overflow_error_when_the_total_does_not_fit():
    with pytest.raises(OverflowError) as caught:
        summarize([I64_MAX, 1])
    assert str(caught.value) == "the total is too big for an i64"


def test_summarize_rejects_a_float_item():
    with pytest.raises(TypeError) as caught:
        summarize([1, 2.5])
    assert str(caught.value) == "'float' object cannot be interpreted as an integer"
