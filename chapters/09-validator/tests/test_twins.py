"""The same cases against the Rust validator and its pure-Python twin: the results, the error
lists and the messages must be identical, and each is checked against the answer written here."""

import pytest
import validator
import validator_reference
from twin_answers import typed

TWINS = [validator, validator_reference]

ORDER = {
    "type": "object",
    "fields": {
        "id": {"type": "int", "min": 1},
        "items": {
            "type": "list",
            "max_length": 3,
            "items": {
                "type": "object",
                "fields": {
                    "sku": {"type": "str", "min_length": 1},
                    "price": {"type": "float", "min": 0},
                },
            },
        },
        "active": {"type": "bool", "default": True},
        "note": {"type": "str", "nullable": True, "required": False},
    },
}


def outcome(module, spec, doc):
    """What validating `doc` gives: ("ok", result) or ("error", errors, message)."""
    schema = module.Schema(spec)
    try:
        return ("ok", typed(schema.validate(doc)))
    except module.ValidationError as error:
        return ("error", error.errors(), str(error))


def same_outcome(spec, doc):
    rust, python = (outcome(module, spec, doc) for module in TWINS)
    assert rust == python
    return rust


# ANCHOR: valid
@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (
            {"id": 1, "items": [{"sku": "a", "price": 2}]},
            {"id": 1, "items": [{"sku": "a", "price": 2.0}], "active": True},
        ),
        (
            {"id": 7, "items": [], "active": False, "note": None, "extra": [1, 2]},
            {"id": 7, "items": [], "active": False, "note": None},
        ),
        (
            {"note": "hi", "items": [{"price": 0.5, "sku": "b"}], "id": 2},
            {"id": 2, "items": [{"sku": "b", "price": 0.5}], "active": True, "note": "hi"},
        ),
    ],
)
def test_a_valid_document_gives_the_same_data_from_both(doc, expected):
    assert same_outcome(ORDER, doc) == ("ok", typed(expected))


# ANCHOR_END: valid


# ANCHOR: invalid
@pytest.mark.parametrize(
    ("doc", "errors"),
    [
        ({"items": []}, [(("id",), "field required")]),
        ({"id": True, "items": []}, [(("id",), "expected an integer")]),
        ({"id": 0, "items": []}, [(("id",), "must be at least 1")]),
        ({"id": 2**64, "items": []}, [(("id",), "expected an integer that fits in 64 bits")]),
        (
            {"id": 1, "items": [{"sku": "", "price": "1"}, {"sku": 5}]},
            [
                (("items", 0, "sku"), "must have at least 1 character"),
                (("items", 0, "price"), "expected a number"),
                (("items", 1, "sku"), "expected a string"),
                (("items", 1, "price"), "field required"),
            ],
        ),
        ({"id": 1, "items": [{}] * 4}, [(("items",), "must have at most 3 items")]),
        (
            {"id": 1, "items": (), "note": 3},
            [(("items",), "expected a list"), (("note",), "expected a string")],
        ),
        (
            {"id": 1.0, "items": [], "active": 1},
            [(("id",), "expected an integer"), (("active",), "expected a boolean")],
        ),
        (
            {"id": 1, "items": [{"sku": "a", "price": float("inf")}]},
            [(("items", 0, "price"), "expected a finite number")],
        ),
        (
            {"id": 1, "items": [], 3: "x", (1,): "y"},
            [
                ((), "keys must be strings, found a key of type 'int'"),
                ((), "keys must be strings, found a key of type 'tuple'"),
            ],
        ),
        ([1, 2], [((), "expected a dict")]),
    ],
)
def test_an_invalid_document_gives_the_same_errors_from_both(doc, errors):
    kind, found, _ = same_outcome(ORDER, doc)
    assert kind == "error"
    assert [(error["loc"], error["msg"]) for error in found] == errors


# ANCHOR_END: invalid


def test_the_message_lists_every_error_with_a_dotted_location():
    _, _, message = same_outcome(ORDER, {"id": 0, "items": [{"sku": "a", "price": -1}], 5: 0})
    assert message == (
        "3 validation errors\n"
        "  keys must be strings, found a key of type 'int'\n"
        "  id: must be at least 1\n"
        "  items.0.price: must be at least 0"
    )


@pytest.mark.parametrize("module", TWINS)
def test_validation_error_is_a_value_error(module):
    assert issubclass(module.ValidationError, ValueError)
    assert issubclass(module.SchemaError, ValueError)


# ANCHOR: reuse
@pytest.mark.parametrize("module", TWINS)
def test_a_default_is_a_new_object_every_time(module):
    schema = module.Schema(
        {
            "type": "object",
            "fields": {"tags": {"type": "list", "items": {"type": "str"}, "default": ["a"]}},
        }
    )
    first, second = schema.validate({}), schema.validate({})
    first["tags"].append("b")
    assert second == {"tags": ["a"]}
    assert schema.validate({}) == {"tags": ["a"]}


class Text(str):
    pass


class Whole(int):
    pass


class Real(float):
    pass


@pytest.mark.parametrize("module", TWINS)
def test_the_answer_reuses_ints_floats_and_strs(module):
    spec = {
        "type": "list",
        "items": {"type": "object", "fields": {"n": {"type": "int"}, "x": {"type": "float"}}},
    }
    doc = [{"n": 10**9, "x": 2.5}, {"n": 7, "x": 10**9}]
    answer = module.Schema(spec).validate(doc)
    assert answer[0]["n"] is doc[0]["n"]
    assert answer[0]["x"] is doc[0]["x"]
    assert type(answer[1]["x"]) is float  # an int where a float is wanted: a new float
    assert answer is not doc  # lists and dicts are new
    assert answer[0] is not doc[0]
    text = "x" * 100
    assert module.Schema({"type": "str"}).validate(text) is text


@pytest.mark.parametrize("module", TWINS)
def test_an_instance_of_a_subclass_comes_out_as_the_plain_type(module):
    for kind, value in [("str", Text("ab")), ("float", Real(1.5)), ("int", Whole(7))]:
        answer = module.Schema({"type": kind}).validate(value)
        assert type(answer).__name__ == kind
        assert answer == value


# ANCHOR_END: reuse


@pytest.mark.parametrize(
    ("spec", "doc", "expected"),
    [
        ({"type": "float", "min": 0.5, "max": 2}, 3, "must be at most 2"),
        ({"type": "float", "min": 0.5}, 0, "must be at least 0.5"),
        ({"type": "float", "min": 1e20}, 1.0, "must be at least 1e+20"),
        ({"type": "str", "max_length": 1}, "ab", "must have at most 1 character"),
        ({"type": "str", "min_length": 2}, "é", "must have at least 2 characters"),
        ({"type": "none"}, 0, "expected None"),
        ({"type": "int"}, None, "expected an integer"),
        ({"type": "str"}, "\ud800", "expected a string without lone surrogates"),
        (
            {"type": "list", "items": {"type": "int"}, "min_length": 1},
            [],
            "must have at least 1 item",
        ),
    ],
)
def test_messages_quote_the_bounds_as_the_schema_wrote_them(spec, doc, expected):
    _, errors, message = same_outcome(spec, doc)
    assert errors == [{"loc": (), "msg": expected}]
    assert message == f"1 validation error\n  {expected}"


@pytest.mark.parametrize(
    ("spec", "doc"),
    [
        ({"type": "int", "nullable": True}, None),
        ({"type": "float"}, 2**53 + 1),
        ({"type": "float", "max": 1}, 1),
        ({"type": "int", "min": -(2**63), "max": 2**63 - 1}, -(2**63)),
        ({"type": "str", "max_length": 1}, "é"),
        ({"type": "list", "items": {"type": "none"}}, [None, None]),
        ({"type": "object", "fields": {}}, {"anything": {1: 2}}),
    ],
)
def test_edge_cases_agree(spec, doc):
    kind, *_ = same_outcome(spec, doc)
    assert kind == "ok"
