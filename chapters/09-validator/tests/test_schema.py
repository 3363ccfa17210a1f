"""A bad schema is refused when it is built, with the same message from both twins."""

import pytest
import validator
import validator_reference

TWINS = [validator, validator_reference]


def refusal(module, spec):
    with pytest.raises(module.SchemaError) as caught:
        module.Schema(spec)
    return str(caught.value)


# ANCHOR: bad-schemas
@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ([], "schema: expected a dict, got list"),
        ({}, "schema: missing key 'type'"),
        ({"type": "flaot"}, "schema.type: unknown type 'flaot'"),
        ({"type": int}, "schema.type: unknown type <class 'int'>"),
        ({"type": "int", "mni": 1}, "schema: unknown key 'mni' for type 'int'"),
        ({"type": "int", 1: 2}, "schema: keys must be strings, found a key of type 'int'"),
        ({"type": "int", "min": 5, "max": 1}, "schema: min 5 is greater than max 1"),
        ({"type": "int", "min": 1.5}, "schema.min: expected an integer"),
        ({"type": "int", "max": 2**63}, "schema.max: expected an integer that fits in 64 bits"),
        ({"type": "float", "min": "0"}, "schema.min: expected a number"),
        ({"type": "float", "max": float("nan")}, "schema.max: expected a finite number"),
        ({"type": "float", "min": 2.5, "max": 1}, "schema: min 2.5 is greater than max 1"),
        ({"type": "str", "min_length": -1}, "schema.min_length: expected an integer of at least 0"),
        (
            {"type": "str", "min_length": 3, "max_length": 1},
            "schema: min_length 3 is greater than max_length 1",
        ),
        ({"type": "str", "nullable": 1}, "schema.nullable: expected True or False"),
        ({"type": "str", "default": "x"}, "schema: unknown key 'default' for type 'str'"),
        ({"type": "list"}, "schema: missing key 'items'"),
        (
            {"type": "list", "items": {"type": "list", "items": "int"}},
            "schema.items.items: expected a dict, got str",
        ),
        ({"type": "object"}, "schema: missing key 'fields'"),
        ({"type": "object", "fields": []}, "schema.fields: expected a dict, got list"),
        (
            {"type": "object", "fields": {1: {}}},
            "schema.fields: keys must be strings, found a key of type 'int'",
        ),
        (
            {"type": "object", "fields": {"a": {"type": "int", "required": "yes"}}},
            "schema.fields.a.required: expected True or False",
        ),
        (
            {"type": "object", "fields": {"a": {"type": "int", "default": 1, "required": True}}},
            "schema.fields.a: a field with a default cannot be required",
        ),
        (
            {"type": "object", "fields": {"a": {"type": "int", "min": 0, "default": -1}}},
            "schema.fields.a.default: not valid: must be at least 0",
        ),
        (
            {
                "type": "object",
                "fields": {"a": {"type": "list", "items": {"type": "int"}, "default": [1, "2"]}},
            },
            "schema.fields.a.default: not valid: 1: expected an integer",
        ),
    ],
)
def test_a_bad_schema_is_refused_with_where_and_why(spec, message):
    assert refusal(validator, spec) == message
    assert refusal(validator_reference, spec) == message


# ANCHOR_END: bad-schemas


def nested(depth):
    """A schema of lists `depth` levels deep, around an int."""
    spec = {"type": "int"}
    for _ in range(depth - 1):
        spec = {"type": "list", "items": spec}
    return spec


@pytest.mark.parametrize("module", TWINS)
def test_a_schema_may_nest_max_depth_levels_and_no_more(module):
    assert module.MAX_DEPTH == 32
    module.Schema(nested(32))
    path = "schema" + ".items" * 32
    assert refusal(module, nested(33)) == f"{path}: the schema nests more than 32 levels deep"


@pytest.mark.parametrize("module", TWINS)
def test_a_schema_that_contains_itself_is_refused_not_followed(module):
    spec = {"type": "list"}
    spec["items"] = spec
    assert refusal(module, spec).endswith(": the schema nests more than 32 levels deep")


def test_the_rust_schema_error_comes_from_the_module():
    assert validator.SchemaError.__module__ == "validator"
    assert validator.ValidationError.__module__ == "validator"
