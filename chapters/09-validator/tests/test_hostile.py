"""Input built to hurt: deep nesting, huge lists, odd keys, and more errors than anyone reads.
Each gets a ValidationError, the same from both twins, and no crash."""

import pytest
import validator
import validator_reference

TWINS = [validator, validator_reference]
LIST_OF_INTS = {"type": "list", "items": {"type": "int"}}


def errors_of(module, spec, doc, many=False):
    schema = module.Schema(spec)
    with pytest.raises(module.ValidationError) as caught:
        schema.validate_many(doc) if many else schema.validate(doc)
    return caught.value.errors(), str(caught.value)


def deep(depth):
    """A list nested `depth` levels deep, built without recursion."""
    doc = []
    for _ in range(depth):
        doc = [doc]
    return doc


# ANCHOR: deep
@pytest.mark.parametrize("module", TWINS)
def test_a_document_is_read_no_deeper_than_its_schema(module):
    # A hundred thousand levels: a hundred times Python's recursion limit.
    errors, _ = errors_of(module, LIST_OF_INTS, deep(100_000))
    assert errors == [{"loc": (0,), "msg": "expected an integer"}]


@pytest.mark.parametrize("module", TWINS)
def test_deep_data_under_an_extra_key_is_never_read(module):
    schema = module.Schema({"type": "object", "fields": {"a": {"type": "int"}}})
    assert schema.validate({"a": 1, "junk": deep(100_000)}) == {"a": 1}


# ANCHOR_END: deep


# ANCHOR: huge
@pytest.mark.parametrize("module", TWINS)
def test_a_list_too_long_is_refused_before_its_items_are_read(module):
    spec = {**LIST_OF_INTS, "max_length": 10}
    errors, _ = errors_of(module, spec, [None] * 10_000_000)
    assert errors == [{"loc": (), "msg": "must have at most 10 items"}]


@pytest.mark.parametrize("module", TWINS)
def test_errors_stop_being_collected_at_max_errors(module):
    errors, message = errors_of(module, LIST_OF_INTS, ["x"] * 100_000)
    assert module.MAX_ERRORS == 1000
    assert len(errors) == 1000
    assert errors[-1] == {"loc": (999,), "msg": "expected an integer"}
    assert message.startswith("more than 1000 validation errors; the first 1000\n  0: expected")


# ANCHOR_END: huge


def test_max_errors_counts_the_whole_batch():
    found = [errors_of(m, LIST_OF_INTS, [["x"] * 600] * 2, many=True) for m in TWINS]
    assert found[0] == found[1]
    errors, _ = found[0]
    assert len(errors) == 1000
    assert errors[599:601] == [
        {"loc": (0, 599), "msg": "expected an integer"},
        {"loc": (1, 0), "msg": "expected an integer"},
    ]


class Key:
    """A key that is not a string."""

    def __hash__(self):
        return 1


@pytest.mark.parametrize(
    "doc",
    [
        {1: 1, "a": 1},
        {None: 1, Key(): 2, "a": 1, 2.5: 3},
        {b"a": 1},
    ],
)
def test_non_string_keys_are_reported_in_dict_order(doc):
    spec = {"type": "object", "fields": {"a": {"type": "int"}}}
    found = [errors_of(m, spec, doc) for m in TWINS]
    assert found[0] == found[1]
    names = [type(key).__name__ for key in doc if not isinstance(key, str)]
    expected = [f"keys must be strings, found a key of type '{name}'" for name in names]
    assert [error["msg"] for error in found[0][0]][: len(names)] == expected


@pytest.mark.parametrize("doc", [{1, 2}, object(), b"bytes", (1,), range(3), 1j])
def test_unsupported_types_are_plain_errors(doc):
    found = [errors_of(m, {"type": "object", "fields": {}}, doc) for m in TWINS]
    assert (
        found[0]
        == found[1]
        == ([{"loc": (), "msg": "expected a dict"}], "1 validation error\n  expected a dict")
    )


@pytest.mark.parametrize("module", TWINS)
def test_a_key_whose_comparison_raises_propagates_its_exception(module):
    class Rude(str):
        def __hash__(self):
            return hash("a")

        def __eq__(self, other):
            raise KeyError("no comparing")

    schema = module.Schema({"type": "object", "fields": {"a": {"type": "int"}}})
    with pytest.raises(KeyError):
        schema.validate({Rude("b"): 1})


# ANCHOR: subclasses
class Loud(int):
    """An int that answers every question about itself with another number."""

    def __int__(self):
        return 99

    def __index__(self):
        return 99

    def __float__(self):
        return 99.0

    def __lt__(self, other):
        return False

    def __gt__(self, other):
        return False


class Sinking(float):
    def __float__(self):
        return 99.0

    def __lt__(self, other):
        return False


class Shifty(list):
    def __iter__(self):
        return iter([99])

    def __len__(self):
        return 99


class Forged(dict):
    def __getitem__(self, key):
        return 99

    def __contains__(self, key):
        return True

    def __iter__(self):
        return iter(["forged"])

    def __len__(self):
        return 99


class Padded(str):
    def __len__(self):
        return 99

    def encode(self, *args, **kwargs):
        raise UnicodeEncodeError("utf-8", "", 0, 1, "refused")


class NamedId:
    """A key that is not a str, but hashes and compares equal to "id"."""

    def __hash__(self):
        return hash("id")

    def __eq__(self, other):
        return other == "id"


ID = {"type": "object", "fields": {"id": {"type": "int"}}}


@pytest.mark.parametrize("module", TWINS)
@pytest.mark.parametrize(
    ("spec", "doc", "answer"),
    [
        ({"type": "int", "max": 10}, Loud(7), 7),
        ({"type": "float", "max": 10}, Loud(7), 7.0),
        ({"type": "float", "max": 10}, Sinking(2.5), 2.5),
        ({"type": "list", "items": {"type": "int"}, "max_length": 2}, Shifty([1, 2]), [1, 2]),
        (ID, Forged({"id": 1}), {"id": 1}),
        ({"type": "str", "max_length": 3}, Padded("abc"), "abc"),
        (ID, {NamedId(): 1}, {"id": 1}),
    ],
    ids=["int", "int-as-float", "float", "list", "dict", "str", "key-equal-to-a-field"],
)
def test_a_subclass_is_read_as_the_value_it_holds(module, spec, doc, answer):
    got = module.Schema(spec).validate(doc)
    assert got == answer
    assert type(got) is type(answer)


@pytest.mark.parametrize("module", TWINS)
def test_past_the_fields_found_every_key_must_be_a_str(module):
    errors, _ = errors_of(module, ID, {NamedId(): 1, 2: 3})
    assert errors == [
        {"loc": (), "msg": "keys must be strings, found a key of type 'NamedId'"},
        {"loc": (), "msg": "keys must be strings, found a key of type 'int'"},
    ]


@pytest.mark.parametrize("module", TWINS)
def test_an_overridden_comparison_does_not_pass_a_bound(module):
    errors, _ = errors_of(module, {"type": "int", "max": 10}, Loud(11))
    assert errors == [{"loc": (), "msg": "must be at most 10"}]


# ANCHOR_END: subclasses
