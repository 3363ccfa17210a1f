"""JSON straight in and out: `validate_json` and `validate_json_many` against the twin, which
parses with Python's `json` module and writes with `json.dumps`. The answers must be the same
bytes; where the JSON itself is malformed, each names its own parser's complaint."""

import functools
import json
import math
import random
import struct
import sys
import threading

import pytest
import validator
import validator_reference
from hypothesis import example, given
from hypothesis import strategies as st
from strategies import ANYTHING, SCHEMAS, fitting
from twin_answers import normalized, outcome

TWINS = [validator, validator_reference]
DUMPS = functools.partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
ORDER = {
    "type": "object",
    "fields": {
        "id": {"type": "int", "min": 1},
        "price": {"type": "float", "min": 0},
        "tags": {"type": "list", "items": {"type": "str"}, "default": ["new"]},
    },
}


def json_errors(module, spec, data):
    with pytest.raises(module.ValidationError) as caught:
        module.Schema(spec).validate_json(data)
    return caught.value.errors()


# ANCHOR: same-bytes
@pytest.mark.parametrize("module", TWINS)
def test_the_answer_is_compact_json_with_defaults_and_without_extra_keys(module):
    data = b'{"price": 2, "id": 7, "junk": [1, {"deep": null}]}'
    answer = module.Schema(ORDER).validate_json(data)
    assert answer == b'{"id":7,"price":2.0,"tags":["new"]}'


# ANCHOR_END: same-bytes


@pytest.mark.parametrize("module", TWINS)
@pytest.mark.parametrize(
    "data",
    [
        b'{"id": 7, "price": 2, "tags": []}',
        b'{"tags": [], "price": 2, "id": 7}',
        b'{"price": 2, "x": 0, "tags": [], "id": 7}',
        b'{"id": 1, "price": 2, "id": 7, "tags": []}',
        b'{"id": 7, "id": 1, "tags": [], "price": 2, "id": 7}',
    ],
    ids=["in-order", "reversed", "shuffled", "repeated", "repeated-out-of-order"],
)
def test_keys_in_any_order_give_the_same_answer(module, data):
    assert module.Schema(ORDER).validate_json(data) == b'{"id":7,"price":2.0,"tags":[]}'


# ANCHOR: read-errors
@pytest.mark.parametrize("module", TWINS)
def test_json_errors_are_the_errors_of_the_parsed_document(module):
    data = b'{"id": 0, "price": "12.50", "tags": ["a", 3]}'
    assert json_errors(module, ORDER, data) == [
        {"loc": ("id",), "msg": "must be at least 1"},
        {"loc": ("price",), "msg": "expected a number"},
        {"loc": ("tags", 1), "msg": "expected a string"},
    ]


# ANCHOR_END: read-errors


# ANCHOR: malformed
# Python 3.13 names a trailing comma; earlier versions ask for the key they expected.
if sys.version_info >= (3, 13):
    TRAILING_COMMA = "Illegal trailing comma before end of object at line 1 column 9"
else:
    TRAILING_COMMA = "Expecting property name enclosed in double quotes at line 1 column 10"


@pytest.mark.parametrize(
    ("data", "rust", "python"),
    [
        (b"", "EOF while parsing a value at line 1 column 0", "Expecting value at line 1 column 1"),
        (b'{"id": 1,}', "trailing comma at line 1 column 10", TRAILING_COMMA),
        (
            b'{"id": 1} x',
            "trailing characters at line 1 column 11",
            "Extra data at line 1 column 11",
        ),
        (b'{"id": NaN}', "expected value at line 1 column 8", "NaN is not JSON"),
        (b'{"id": 1, "\xff": 2}', "not UTF-8 at byte 11", "not UTF-8 at byte 11"),
        (b'{"tags": ["\\ud800"]}', "unexpected end of hex escape at line 1 column 18", None),
        (
            b'{"id": "a\tb"}',
            "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 10",
            "Invalid control character at line 1 column 10",
        ),
    ],
)
def test_malformed_json_is_one_error_in_each_parsers_words(data, rust, python):
    assert json_errors(validator, ORDER, data) == [{"loc": (), "msg": f"invalid JSON: {rust}"}]
    if python is None:
        # Python's parser accepts a lone surrogate; the twin then refuses the string.
        expected = [{"loc": ("tags", 0), "msg": "expected a string without lone surrogates"}]
        assert json_errors(validator_reference, ORDER, data)[-1:] == expected
    else:
        msg = f"invalid JSON: {python}"
        assert json_errors(validator_reference, ORDER, data) == [{"loc": (), "msg": msg}]


# ANCHOR_END: malformed


# ANCHOR: as-python-writes
@pytest.mark.parametrize("module", TWINS)
@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("0.0001", "0.0001"),
        ("0.00001", "1e-05"),
        # Below 1e-4, where ryu and Python part ways, and just above it.
        ("0.00009999", "9.999e-05"),
        ("-0.000012", "-1.2e-05"),
        ("0.00012", "0.00012"),
        ("1e16", "1e+16"),
        ("1e15", "1000000000000000.0"),
        ("123456789012345678", "1.2345678901234568e+17"),
        ("-0.0", "-0.0"),
        ("5e-324", "5e-324"),
        ("1.7976931348623157e308", "1.7976931348623157e+308"),
        ("12.50", "12.5"),
        ("3", "3.0"),
        # Halfway between ...312.2 and ...312.3: Python takes the even digit.
        ("562949953421312.25", "562949953421312.2"),
        ("562949953421312.75", "562949953421312.8"),
    ],
)
def test_floats_are_written_as_python_writes_them(module, text, written):
    schema = module.Schema({"type": "float"})
    assert schema.validate_json(text.encode()) == written.encode()


@pytest.mark.parametrize("module", TWINS)
def test_strings_are_escaped_as_json_dumps_escapes_them(module):
    text = 'a"b\\c\n\r\t\x08\x0c\x01\x1f\x7f é ☃ 😀'
    answer = module.Schema({"type": "str"}).validate_json(json.dumps(text).encode())
    assert answer == json.dumps(text, ensure_ascii=False).encode()
    assert (
        answer
        == b'"a\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\x7f \xc3\xa9 \xe2\x98\x83 \xf0\x9f\x98\x80"'
    )


# ANCHOR_END: as-python-writes


def tie_heavy_floats() -> list[float]:
    """Doubles with few bits after the point, from 2**23 to 2**52: where they need 17
    digits, the last is a 5, and two shorter spellings are equally near."""
    found = []
    for power in range(23, 53):
        for k in range(2**power, 2**power + 40):
            found += [k + eighths / 8 for eighths in range(1, 8)]
    return found


def random_floats(count: int) -> list[float]:
    """`count` finite doubles from random bit patterns, the same ones every run."""
    bits = random.Random(2026)
    found = []
    while len(found) < count:
        (x,) = struct.unpack("<d", bits.getrandbits(64).to_bytes(8, "little"))
        if math.isfinite(x):
            found.append(x)
    return found


@pytest.mark.parametrize("module", TWINS)
@pytest.mark.parametrize(
    "floats",
    [tie_heavy_floats(), random_floats(50_000)],
    ids=["ties", "random-bits"],
)
def test_every_float_is_written_as_repr_writes_it(module, floats):
    schema = module.Schema({"type": "list", "items": {"type": "float"}})
    written = schema.validate_json(json.dumps(floats).encode()).decode()[1:-1].split(",")
    differ = [(repr(x), got) for x, got in zip(floats, written) if repr(x) != got]
    assert differ[:5] == []
    assert len(written) == len(floats)


@pytest.mark.parametrize("module", TWINS)
def test_a_float_default_is_written_as_repr_writes_it(module):
    spec = {"type": "object", "fields": {"x": {"type": "float", "default": 562949953421312.25}}}
    assert module.Schema(spec).validate_json(b"{}") == b'{"x":562949953421312.2}'


@pytest.mark.parametrize("module", TWINS)
@pytest.mark.parametrize(
    ("data", "errors"),
    [
        (b'{"id": 1, "price": 1, "id": 0}', [(("id",), "must be at least 1")]),
        (b'{"id": 1e2, "price": 1}', [(("id",), "expected an integer")]),
        (
            b'{"id": 99999999999999999999, "price": 1}',
            [(("id",), "expected an integer that fits in 64 bits")],
        ),
        (b'{"id": 1, "price": 1e400}', [(("price",), "expected a finite number")]),
        (b'{"id": true, "price": 1}', [(("id",), "expected an integer")]),
        (b'[{"id": 1, "price": 1}]', [((), "expected a dict")]),
    ],
)
def test_json_values_meet_the_same_rules(module, data, errors):
    expected = [{"loc": loc, "msg": msg} for loc, msg in errors]
    assert json_errors(module, ORDER, data) == expected


# ANCHOR: json-hostile
@pytest.mark.parametrize("module", TWINS)
def test_json_nested_too_deep_is_malformed_for_both(module):
    data = b'{"id": 1, "price": 1, "junk": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    errors = json_errors(module, ORDER, data)
    assert normalized(errors) == [{"loc": (), "msg": "invalid JSON"}]


@pytest.mark.parametrize("module", TWINS)
def test_a_number_of_more_than_4300_digits_is_malformed_for_both(module):
    # Python refuses to convert such an int (since 3.11, and in security releases before);
    # jiter has the same limit.
    data = b'{"id": 1' + b"0" * 4300 + b', "price": 1}'
    assert normalized(json_errors(module, ORDER, data)) == [{"loc": (), "msg": "invalid JSON"}]


def nested(arrays: int) -> bytes:
    """An order whose unknown key holds `arrays` lists, each inside the one before."""
    return b'{"id": 1, "price": 1, "junk": ' + b"[" * arrays + b"]" * arrays + b"}"


def with_junk(number: bytes) -> bytes:
    return b'{"id": 1, "price": 1, "junk": ' + number + b"}"


def test_where_the_parsers_differ():
    answer = b'{"id":1,"price":1.0,"tags":["new"]}'
    # jiter takes 202 levels (the order and 201 lists) and stops at the 203rd, wherever it
    # is; Python's parser goes on to its recursion limit.
    assert validator.Schema(ORDER).validate_json(nested(201)) == answer
    assert json_errors(validator, ORDER, nested(202)) == [
        {"loc": (), "msg": "invalid JSON: recursion limit exceeded at line 1 column 232"}
    ]
    assert validator_reference.Schema(ORDER).validate_json(nested(300)) == answer
    # jiter counts the digits before the point, of an int or a float alike: 4300 pass and
    # 4301 do not. Python limits ints alone, and neither limits the digits after the point.
    assert validator.Schema(ORDER).validate_json(with_junk(b"1" + b"0" * 4299)) == answer
    big_int, big_float = b"1" + b"0" * 4300, b"1" + b"0" * 4300 + b".5"
    for number in [big_int, big_float]:
        assert json_errors(validator, ORDER, with_junk(number)) == [
            {"loc": (), "msg": "invalid JSON: number out of range at line 1 column 4332"}
        ]
    assert validator_reference.Schema(ORDER).validate_json(with_junk(big_float)) == answer
    for module in TWINS:
        assert module.Schema(ORDER).validate_json(with_junk(b"1." + b"1" * 4400)) == answer


@pytest.mark.parametrize("module", TWINS)
def test_a_huge_json_list_is_checked_for_its_length(module):
    spec = {"type": "list", "items": {"type": "int"}, "max_length": 10}
    data = b"[" + b"0," * 1_000_000 + b"0]"
    assert json_errors(module, spec, data) == [{"loc": (), "msg": "must have at most 10 items"}]


# ANCHOR_END: json-hostile


@pytest.mark.parametrize("module", TWINS)
def test_validate_json_takes_bytes(module):
    schema = module.Schema(ORDER)
    with pytest.raises(TypeError, match=r"^validate_json\(\) takes bytes, not str$"):
        schema.validate_json('{"id": 1, "price": 1}')
    with pytest.raises(
        TypeError, match=r"^validate_json_many\(\) takes a list of bytes, not tuple$"
    ):
        schema.validate_json_many((b"{}",))
    message = r"^validate_json_many\(\) takes a list of bytes, found bytearray at index 1$"
    with pytest.raises(TypeError, match=message):
        schema.validate_json_many([b"{}", bytearray(b"{}")])


@pytest.mark.parametrize("module", TWINS)
def test_a_json_batch_locates_errors_by_index(module):
    docs = [b'{"id": 1, "price": 1}', b"{", b'{"id": 2}']
    with pytest.raises(module.ValidationError) as caught:
        module.Schema(ORDER).validate_json_many(docs)
    assert normalized(caught.value.errors()) == [
        {"loc": (1,), "msg": "invalid JSON"},
        {"loc": (2, "price"), "msg": "field required"},
    ]


def test_threads_share_one_schema_for_json():
    schema = validator.Schema(ORDER)
    docs = [json.dumps({"id": n, "price": n / 2}).encode() for n in range(1, 5001)]
    found = [None, None]

    def work(slot):
        found[slot] = schema.validate_json_many(docs[slot::2])

    threads = [threading.Thread(target=work, args=(slot,)) for slot in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert found == [schema.validate_json_many(docs[slot::2]) for slot in (0, 1)]


# ANCHOR: json-generated
@given(SCHEMAS, st.data())
def test_fitting_json_gives_the_same_bytes_from_both(spec, data):
    docs = []
    if outcome(validator, spec, [], json=True)[0] == "ok":
        docs = data.draw(st.lists(fitting(spec), max_size=3))
    encoded = [json.dumps(doc).encode() for doc in docs]
    rust = outcome(validator, spec, encoded, json=True)
    assert rust == outcome(validator_reference, spec, encoded, json=True)
    if docs:
        # What `validate_many` answers for the same documents, written as JSON.
        answers = validator.Schema(spec).validate_many(docs)
        assert rust == ("ok", [DUMPS(answer).encode() for answer in answers])


@given(SCHEMAS, st.lists(ANYTHING, max_size=3))
# Found by Hypothesis: a float halfway between two shortest spellings.
@example(
    {"type": "list", "items": {"type": "list", "items": {"type": "float"}}},
    [[[], [], [562949953421312.25]]],
)
def test_any_json_gives_the_same_answer_from_both(spec, docs):
    docs = [json.dumps(doc).encode() for doc in docs]
    assert outcome(validator, spec, docs, json=True) == outcome(
        validator_reference, spec, docs, json=True
    )


# ANCHOR_END: json-generated
