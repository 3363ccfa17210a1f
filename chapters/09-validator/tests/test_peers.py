"""The benchmark's peers, pydantic-core and msgspec (benches/peers.py), hold the chapter's rules:
on the benchmark's orders and on edge cases they accept and refuse what the chapter's
validator does, with the same answers. Where they still differ, a test says how."""

import json
import math

import msgspec
import pydantic_core
import pytest
import validator
from orders import ORDER, orders
from peers import (
    ORDER_VALIDATOR,
    msgspec_dict,
    msgspec_json,
    pydantic_core_json,
)
from pydantic_core import CoreConfig, SchemaValidator
from pydantic_core import core_schema as cs

RUST = validator.Schema(ORDER)
DOCS = orders(2_000)


def outcome(call, doc):
    """The answer, or None for a document refused with the validator's own error."""
    try:
        return call(doc)
    except (validator.ValidationError, pydantic_core.ValidationError, msgspec.DecodeError):
        return None


DICT_PEERS = {
    "pydantic-core": ORDER_VALIDATOR.validate_python,
    "msgspec": lambda doc: msgspec.to_builtins(msgspec_dict(doc)),
}
JSON_PEERS = {"pydantic-core": pydantic_core_json, "msgspec": msgspec_json}


# ANCHOR: same-job
@pytest.mark.parametrize("peer", DICT_PEERS)
def test_on_the_benchmarks_orders_a_peer_gives_the_same_answers(peer):
    for doc in DOCS:
        assert outcome(DICT_PEERS[peer], doc) == outcome(RUST.validate, doc), doc


@pytest.mark.parametrize("peer", JSON_PEERS)
def test_on_the_benchmarks_orders_a_peer_writes_the_same_bytes(peer):
    for doc in DOCS:
        data = json.dumps(doc).encode()
        assert outcome(JSON_PEERS[peer], data) == outcome(RUST.validate_json, data), data


# ANCHOR_END: same-job


def an_order(**changes):
    doc = {
        "id": 1,
        "customer": {"name": "Ada", "email": "ada@example.com"},
        "items": [{"sku": "SKU-1", "quantity": 1, "price": 1.5}],
        "paid": True,
    }
    for path, value in changes.items():
        place, *keys = path.split("__")
        target = doc
        for key in [place, *keys][:-1]:
            target = target[key] if not isinstance(target, list) else target[int(key)]
        last = [place, *keys][-1]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value
    return doc


EDGES = {
    "a bool for an int": an_order(id=True),
    "a str for a float": an_order(items__0__price="12.50"),
    "an int past 64 bits": an_order(id=2**63),
    "an int at the 64-bit end": an_order(id=2**63 - 1),
    "inf": an_order(items__0__price=math.inf),
    "nan": an_order(items__0__price=math.nan),
    "an int for a float": an_order(items__0__price=10),
    "an empty name": an_order(customer__name=""),
    "100 two-byte characters": an_order(customer__name="é" * 100),
    "101 characters": an_order(customer__name="é" * 101),
    "no items": an_order(items=[]),
    "a null note": an_order(note=None),
    "an unknown key": an_order(source="web"),
    "a missing field": {k: v for k, v in an_order().items() if k != "paid"},
}


@pytest.mark.parametrize("peer", DICT_PEERS)
@pytest.mark.parametrize("edge", EDGES)
def test_on_edge_cases_a_peer_gives_the_same_answer(peer, edge):
    doc = EDGES[edge]
    assert outcome(DICT_PEERS[peer], doc) == outcome(RUST.validate, doc)


WHOLE = json.dumps(an_order()).encode()
JSON_EDGES = {
    "1e400, which parses to inf": WHOLE.replace(b'"price": 1.5', b'"price": 1e400'),
    "an int past 64 bits": WHOLE.replace(b'"id": 1', b'"id": 18446744073709551616'),
    "a key given twice": WHOLE.replace(b'"id": 1', b'"id": 2, "id": 1'),
    "a list, not an object": b"[" + WHOLE + b"]",
    "malformed": WHOLE[:-1],
}


@pytest.mark.parametrize("peer", JSON_PEERS)
@pytest.mark.parametrize("edge", JSON_EDGES)
def test_on_json_edge_cases_a_peer_gives_the_same_answer(peer, edge):
    data = JSON_EDGES[edge]
    assert outcome(JSON_PEERS[peer], data) == outcome(RUST.validate_json, data)


# ANCHOR: differ
def test_where_the_peers_still_differ():
    big_price = an_order(items__0__price=2**64)  # an int past 64 bits, for a float
    int_key = {1: "one", **an_order()}  # a key that is not a str
    lone_surrogate = an_order(customer__name="\ud800")
    a_tuple = an_order(items=({"sku": "S", "quantity": 1, "price": 1.0},))
    refused = {
        "validator": [d for d in (big_price, int_key, lone_surrogate, a_tuple)
                      if outcome(RUST.validate, d) is None],
        "pydantic-core": [d for d in (big_price, int_key, lone_surrogate, a_tuple)
                          if outcome(DICT_PEERS["pydantic-core"], d) is None],
        "msgspec": [d for d in (big_price, int_key, lone_surrogate, a_tuple)
                    if outcome(DICT_PEERS["msgspec"], d) is None],
    }  # fmt: skip
    assert refused["validator"] == [big_price, int_key, lone_surrogate, a_tuple]
    # Both convert any int to a float, and pydantic-core ignores a key that is not a str.
    assert refused["pydantic-core"] == [lone_surrogate, a_tuple]
    # msgspec takes a str as Python holds it, and a tuple where a list is asked for.
    assert refused["msgspec"] == [int_key]
    # A key given twice: the last counts, as in `json.loads`; msgspec also checks the first.
    twice = WHOLE.replace(b'"id": 1', b'"id": 0, "id": 1')
    assert outcome(RUST.validate_json, twice) == outcome(pydantic_core_json, twice) is not None
    assert outcome(msgspec_json, twice) is None


def test_a_schema_wide_strict_does_not_reach_a_nested_typed_dict():
    # Why peers.py sets `strict=True` on every leaf.
    inner = cs.typed_dict_schema({"price": cs.typed_dict_field(cs.float_schema())})
    outer = cs.typed_dict_schema({"item": cs.typed_dict_field(inner)})
    lax = SchemaValidator(outer, config=CoreConfig(strict=True))
    assert lax.validate_python({"item": {"price": "12.50"}}) == {"item": {"price": 12.5}}


# ANCHOR_END: differ
