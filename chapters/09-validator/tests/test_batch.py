"""`validate_many`: one call for a list of documents, detached while it checks them."""

import gc
import sys
import threading

import pytest
import validator
import validator_reference

TWINS = [validator, validator_reference]
POINT = {"type": "object", "fields": {"x": {"type": "int"}, "y": {"type": "int", "default": 0}}}


# ANCHOR: batch
@pytest.mark.parametrize("module", TWINS)
def test_a_batch_returns_every_document_validated(module):
    schema = module.Schema(POINT)
    assert schema.validate_many([{"x": 1}, {"x": 2, "y": 3}]) == [
        {"x": 1, "y": 0},
        {"x": 2, "y": 3},
    ]
    assert schema.validate_many([]) == []


@pytest.mark.parametrize("module", TWINS)
def test_a_batch_error_starts_its_location_with_the_documents_index(module):
    schema = module.Schema(POINT)
    with pytest.raises(module.ValidationError) as caught:
        schema.validate_many([{"x": 1}, {"y": "a"}, {"x": 1}, 7])
    assert caught.value.errors() == [
        {"loc": (1, "x"), "msg": "field required"},
        {"loc": (1, "y"), "msg": "expected an integer"},
        {"loc": (3,), "msg": "expected a dict"},
    ]
    assert str(caught.value) == (
        "3 validation errors\n"
        "  1.x: field required\n"
        "  1.y: expected an integer\n"
        "  3: expected a dict"
    )


# ANCHOR_END: batch


@pytest.mark.parametrize("module", TWINS)
def test_a_batch_must_be_a_list(module):
    with pytest.raises(TypeError) as caught:
        module.Schema(POINT).validate_many(({"x": 1},))
    assert str(caught.value) == "validate_many() takes a list of documents, not tuple"


def test_a_batch_gives_what_one_call_per_document_gives():
    schema = validator.Schema(POINT)
    docs = [{"x": n, "y": -n} for n in range(100)]
    assert schema.validate_many(docs) == [schema.validate(doc) for doc in docs]


# ANCHOR: threads
def test_threads_share_one_schema():
    schema = validator.Schema(POINT)
    docs = [{"x": n} for n in range(20_000)]
    results = [None, None]

    def work(slot):
        results[slot] = schema.validate_many(docs)

    threads = [threading.Thread(target=work, args=(slot,)) for slot in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results[0] == results[1] == [{"x": n, "y": 0} for n in range(20_000)]


# ANCHOR_END: threads


# ANCHOR: each
@pytest.mark.parametrize("module", TWINS)
def test_each_document_gets_its_answer_or_its_error_in_one_pass(module):
    schema = module.Schema(POINT)
    docs = [{"x": 1}, {"y": "a"}, {"x": 2, "y": 3}, 7]
    results = schema.validate_each(docs)
    assert results[0] == {"x": 1, "y": 0}
    assert results[2] == {"x": 2, "y": 3}
    assert [type(result) for result in results[1::2]] == [module.ValidationError] * 2
    # Each error is the one `validate` raises for that document, located within it.
    assert results[1].errors() == [
        {"loc": ("x",), "msg": "field required"},
        {"loc": ("y",), "msg": "expected an integer"},
    ]
    assert results[3].errors() == [{"loc": (), "msg": "expected a dict"}]
    valid = [result for result in results if not isinstance(result, module.ValidationError)]
    assert valid == [{"x": 1, "y": 0}, {"x": 2, "y": 3}]


@pytest.mark.parametrize("module", TWINS)
def test_each_json_document_gets_its_bytes_or_its_error_in_one_pass(module):
    schema = module.Schema(POINT)
    results = schema.validate_json_each([b'{"x": 1}', b'{"x": "1"}', b"{", b'{"x": 2}'])
    assert results[0::3] == [b'{"x":1,"y":0}', b'{"x":2,"y":0}']
    assert results[1].errors() == [{"loc": ("x",), "msg": "expected an integer"}]
    assert [error["loc"] for error in results[2].errors()] == [()]


# ANCHOR_END: each


@pytest.mark.parametrize("module", TWINS)
def test_each_takes_what_the_batch_takes(module):
    schema = module.Schema(POINT)
    assert schema.validate_each([]) == []
    assert schema.validate_json_each([]) == []
    with pytest.raises(TypeError) as caught:
        schema.validate_each(({"x": 1},))
    assert str(caught.value) == "validate_each() takes a list of documents, not tuple"
    with pytest.raises(TypeError) as caught:
        schema.validate_json_each([b"{}", "{}"])
    assert str(caught.value) == "validate_json_each() takes a list of bytes, found str at index 1"


def test_each_gives_what_one_call_per_document_gives():
    schema = validator.Schema(POINT)
    # Over a thousand documents, so that they span several of the chunks it reads at a time.
    docs = [{"x": n} if n % 3 else {"x": str(n)} for n in range(1100)]
    for doc, result in zip(docs, schema.validate_each(docs)):
        if isinstance(result, validator.ValidationError):
            with pytest.raises(validator.ValidationError) as caught:
                schema.validate(doc)
            assert result.errors() == caught.value.errors()
        else:
            assert result == schema.validate(doc)


# ANCHOR: paused
def collections_during(call) -> int:
    """How many collections the garbage collector starts while `call()` runs, or as it
    returns: CPython 3.12 and later start one only between two bytecodes, so a collection
    that a call into Rust makes due starts as the call returns."""
    started = []

    def count(phase, info):
        if phase == "start":
            started.append(info["generation"])

    gc.collect()
    gc.callbacks.append(count)
    try:
        call()
    finally:
        gc.callbacks.remove(count)
    return len(started)


TAGGED = {"type": "object", "fields": {"tags": {"type": "list", "items": {"type": "str"}}}}
# Each answer is a new dict holding a new list: 20,000 new objects, where CPython starts a
# collection each time `gc.get_threshold()[0]` more have been made than freed (700 before 3.13).
TAGGED_DOCS = [{"tags": ["a", "b"]} for _ in range(10_000)]


@pytest.mark.parametrize("module", TWINS)
def test_each_runs_no_collection_while_it_builds_its_answers(module):
    schema = module.Schema(TAGGED)
    assert collections_during(lambda: schema.validate_each(TAGGED_DOCS)) <= 1
    assert gc.isenabled()


def test_a_batch_that_does_not_pause_the_collector_collects_as_it_goes_before_3_12():
    assert gc.get_threshold()[0] == (2000 if sys.version_info >= (3, 13) else 700)
    schema = validator.Schema(TAGGED)
    collections = collections_during(lambda: schema.validate_many(TAGGED_DOCS))
    if sys.version_info >= (3, 12):
        assert collections <= 1  # none until the call returns
    else:
        assert collections > 20  # one for every 700 objects made


class EqualsRaises:
    """A key that hashes like "x", so a lookup of "x" must compare it, which raises."""

    def __hash__(self):
        return hash("x")

    def __eq__(self, other):
        raise RuntimeError("deliberate")


@pytest.mark.parametrize("module", TWINS)
def test_each_leaves_the_collector_as_it_found_it(module):
    schema = module.Schema(POINT)
    gc.disable()
    try:
        schema.validate_each([{"x": 1}])
        assert not gc.isenabled()
    finally:
        gc.enable()
    # An error that ends the call early puts it back too.
    with pytest.raises(RuntimeError, match="deliberate"):
        schema.validate_each([{"x": 1}, {EqualsRaises(): 1}])
    assert gc.isenabled()


# ANCHOR_END: paused


def test_json_steps_stops_each_document_after_the_step_it_names():
    schema = validator.Schema(POINT)
    docs = [b'{"x": 1}', b'{"x": "1"}', b"{"]
    # The second parses and fails its check; the third does not parse.
    assert validator.json_steps(schema, docs, "parse") == 2
    assert validator.json_steps(schema, docs, "check") == 1
    assert validator.json_steps(schema, docs, "write") == 1
    assert validator.json_steps(schema, [], "write") == 0
    with pytest.raises(ValueError) as caught:
        validator.json_steps(schema, docs, "read")
    assert str(caught.value) == 'through must be "parse", "check" or "write", not "read"'
    with pytest.raises(TypeError) as caught:
        validator.json_steps(schema, [b"{}", "{}"], "parse")
    assert str(caught.value) == "json_steps() takes a list of bytes, found str at index 1"
