"""Chapter 9's benchmarks: 10,000 orders validated by the pure-Python twin, by the Rust
validator one call per document and in one batch, by pydantic-core and msgspec (its peers,
benches/peers.py) and by pydantic's model layer, first as Python dicts, then as JSON bytes; one
batch on one thread beside the same work in two batches on two; and msgspec's lead on JSON,
taken apart step by step.

`just bench 9` times them on a release build and writes `results.json`, which the page shows;
`just test` runs each once as a plain test, on a tenth of the orders. Every row must find the
same invalid orders.
"""

import gc
import json
import threading

import msgspec
import pydantic
import pydantic_core
import pytest
import validator
import validator_reference
from orders import ORDER, Order, orders
from peers import (
    MSGSPEC_DECODER,
    MSGSPEC_ENCODER,
    ORDER_VALIDATOR,
    msgspec_dict,
    msgspec_json,
    pydantic_core_json,
)

from tools.bench import timing, variant_build

DOCS = orders(10_000 if timing() else 1_000)
# ANCHOR: json-docs
# The same orders as they arrive over the wire: one JSON document each.
JSON_DOCS = [json.dumps(doc).encode() for doc in DOCS]
# ANCHOR_END: json-docs
RUST = validator.Schema(ORDER)
TWIN = validator_reference.Schema(ORDER)


# ANCHOR: rows
def keep_the_valid(validate_many, docs):
    """The realistic job: the validated orders, and the indexes of the invalid ones. A batch
    passes whole or raises, so after an error the valid orders are validated again."""
    try:
        return validate_many(docs), set()
    except (ValueError, pydantic.ValidationError) as error:
        invalid = {error["loc"][0] for error in error.errors()}
    valid = [doc for index, doc in enumerate(docs) if index not in invalid]
    return validate_many(valid), invalid


def one_call_per_order(validate, docs):
    results, invalid = [], set()
    for index, doc in enumerate(docs):
        try:
            results.append(validate(doc))
        # msgspec 0.19, the last for Python 3.9, does not derive its error from ValueError.
        except (ValueError, msgspec.ValidationError):
            invalid.add(index)
    return results, invalid


def each(validate_each, docs):
    """The same job in one pass: each document's answer, or its error returned in its place."""
    results, invalid = [], set()
    for index, result in enumerate(validate_each(docs)):
        if isinstance(result, ValueError):
            invalid.add(index)
        else:
            results.append(result)
    # `validate_each` pauses the garbage collector. The collection its new objects made due
    # waits for the next object made, which could fall outside the round: run it here.
    if gc.isenabled():
        gc.collect(0)
    return results, invalid


def on_two_threads(validate_many, docs):
    """Each thread does the job for half of the orders."""
    half = len(docs) // 2
    found = [None, None]

    def work(slot):
        found[slot] = keep_the_valid(validate_many, docs[slot * half : (slot + 1) * half])

    threads = [threading.Thread(target=work, args=(slot,)) for slot in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    (first, bad_first), (second, bad_second) = found
    return first + second, bad_first | {half + index for index in bad_second}


class WithPydantic:
    """pydantic's `TypeAdapter` for a list of `Order` models, called like the twins."""

    adapter = pydantic.TypeAdapter(list[Order])

    def validate_many(self, docs):
        return self.adapter.validate_python(docs)


# ANCHOR_END: rows


# ANCHOR: json-rows
def pydantic_json_many(docs):
    """Each document validated from JSON and written back as JSON by pydantic, in a loop:
    pydantic has no call for a list of separate JSON documents."""
    answers, errors = [], []
    for index, doc in enumerate(docs):
        try:
            answers.append(Order.model_validate_json(doc).model_dump_json())
        except pydantic.ValidationError as error:
            errors += [{"loc": (index, *error["loc"])} for error in error.errors()]
    if errors:
        raise BatchErrors(errors)
    return answers


class BatchErrors(ValueError):
    """pydantic's errors of a batch of JSON documents, shaped as the twins' are."""

    def errors(self):
        return self.args[0]


# ANCHOR_END: json-rows

EXPECTED = set(range(39, len(DOCS), 40))
RESULTS = keep_the_valid(TWIN.validate_many, DOCS)[0]
JSON_RESULTS = keep_the_valid(TWIN.validate_json_many, JSON_DOCS)[0]


def check(found):
    """Every row finds the same invalid orders, and keeps as many valid ones."""
    results, invalid = found
    assert invalid == EXPECTED
    assert len(results) == len(RESULTS)


def test_the_twins_keep_the_same_orders():
    assert keep_the_valid(RUST.validate_many, DOCS) == (RESULTS, EXPECTED)
    assert on_two_threads(RUST.validate_many, DOCS) == (RESULTS, EXPECTED)
    assert one_call_per_order(RUST.validate, DOCS) == (RESULTS, EXPECTED)
    assert each(RUST.validate_each, DOCS) == (RESULTS, EXPECTED)
    assert each(TWIN.validate_each, DOCS) == (RESULTS, EXPECTED)


def test_the_twins_write_the_same_json():
    assert [json.loads(answer) for answer in JSON_RESULTS] == RESULTS
    assert keep_the_valid(RUST.validate_json_many, JSON_DOCS) == (JSON_RESULTS, EXPECTED)
    assert on_two_threads(RUST.validate_json_many, JSON_DOCS) == (JSON_RESULTS, EXPECTED)
    assert one_call_per_order(RUST.validate_json, JSON_DOCS) == (JSON_RESULTS, EXPECTED)
    assert each(RUST.validate_json_each, JSON_DOCS) == (JSON_RESULTS, EXPECTED)
    assert each(TWIN.validate_json_each, JSON_DOCS) == (JSON_RESULTS, EXPECTED)
    assert keep_the_valid(pydantic_json_many, JSON_DOCS)[1] == EXPECTED


# ANCHOR: benches
# A row that takes well under a second is timed at least this many times: its median then
# moves less when the machine is briefly busy with something else.
ROUNDS = 25
# Rows that other rows' limits compare with (`than`): a `floor` is then a ratio to that row.
BATCH = "Rust, `validate_many`"
PYDANTIC_CORE = f"pydantic-core {pydantic_core.__version__}, one `validate_python` call per order"


@pytest.mark.benchmark(group="validators")
def test_the_python_twin(benchmark):
    benchmark.extra_info.update(row="pure-Python twin, `validate_many`", baseline=True)
    check(benchmark(keep_the_valid, TWIN.validate_many, DOCS))


@pytest.mark.benchmark(group="validators", min_rounds=ROUNDS)
def test_rust_one_call_per_order(benchmark):
    # One pass per order, where the batch validates the good orders twice.
    benchmark.extra_info.update(row="Rust, one `validate` call per order", floor=1.05, than=BATCH)
    check(benchmark(one_call_per_order, RUST.validate, DOCS))


@pytest.mark.benchmark(group="validators", min_rounds=ROUNDS)
def test_rust_one_batch(benchmark):
    benchmark.extra_info.update(row=BATCH, floor=3)
    check(benchmark(keep_the_valid, RUST.validate_many, DOCS))


@pytest.mark.benchmark(group="validators", min_rounds=ROUNDS)
def test_rust_each(benchmark):
    row = "Rust, `validate_each`: one pass, errors returned"
    benchmark.extra_info.update(row=row, floor=1.5, than=PYDANTIC_CORE)
    check(benchmark(each, RUST.validate_each, DOCS))


@pytest.mark.benchmark(group="validators", min_rounds=ROUNDS)
def test_pydantic_core(benchmark):
    benchmark.extra_info.update(row=PYDANTIC_CORE)
    check(benchmark(one_call_per_order, ORDER_VALIDATOR.validate_python, DOCS))


@pytest.mark.benchmark(group="validators", min_rounds=ROUNDS)
def test_msgspec(benchmark):
    row = f"msgspec {msgspec.__version__}, one `convert` call per order (Structs out)"
    benchmark.extra_info.update(row=row)
    check(benchmark(one_call_per_order, msgspec_dict, DOCS))


@pytest.mark.benchmark(group="validators")
def test_pydantic(benchmark):
    row = f"pydantic {pydantic.VERSION}'s model layer, `TypeAdapter(list[Order])` (models out)"
    benchmark.extra_info.update(row=row)
    check(benchmark(keep_the_valid, WithPydantic().validate_many, DOCS))


@pytest.mark.benchmark(group="threads", min_rounds=ROUNDS)
def test_one_thread(benchmark):
    benchmark.extra_info.update(row="Rust, `validate_many` on 1 thread", baseline=True)
    check(benchmark(keep_the_valid, RUST.validate_many, DOCS))


@pytest.mark.benchmark(group="threads", min_rounds=ROUNDS)
def test_two_threads(benchmark):
    benchmark.extra_info.update(row="Rust, `validate_many` on 2 threads", ceiling=1.3)
    check(benchmark(on_two_threads, RUST.validate_many, DOCS))


def without_gc(job, *arguments):
    """`job` with CPython's cyclic garbage collector switched off while it runs."""
    gc.disable()
    try:
        return job(*arguments)
    finally:
        gc.enable()


VALID = [doc for index, doc in enumerate(DOCS) if index not in EXPECTED]


@pytest.mark.benchmark(group="why")
def test_the_python_twin_without_gc(benchmark):
    benchmark.extra_info.update(row="twin, garbage collector off", baseline=True)
    check(benchmark(without_gc, keep_the_valid, TWIN.validate_many, DOCS))


@pytest.mark.benchmark(group="why", min_rounds=ROUNDS)
def test_rust_one_batch_without_gc(benchmark):
    # The collector's share of the batch's time is at least a fifth.
    row = "Rust `validate_many`, garbage collector off"
    benchmark.extra_info.update(row=row, floor=1.25, than=BATCH)
    check(benchmark(without_gc, keep_the_valid, RUST.validate_many, DOCS))


@pytest.mark.benchmark(group="why", min_rounds=ROUNDS)
def test_rust_one_pass_over_valid_orders(benchmark):
    benchmark.extra_info.update(row="Rust `validate_many`, the valid orders only: one pass")
    assert len(benchmark(RUST.validate_many, VALID)) == len(RESULTS)


@pytest.mark.benchmark(group="why", min_rounds=ROUNDS)
def test_rust_one_pass_without_gc(benchmark):
    benchmark.extra_info.update(row="the same one pass, garbage collector off")
    assert len(benchmark(without_gc, RUST.validate_many, VALID)) == len(RESULTS)


PYDANTIC_CORE_NO_GC = "pydantic-core, one call per order, garbage collector off"


@pytest.mark.benchmark(group="why", min_rounds=ROUNDS)
def test_pydantic_core_without_gc(benchmark):
    benchmark.extra_info.update(row=PYDANTIC_CORE_NO_GC)
    check(benchmark(without_gc, one_call_per_order, ORDER_VALIDATOR.validate_python, DOCS))


@pytest.mark.benchmark(group="why", min_rounds=ROUNDS)
def test_rust_each_without_gc(benchmark):
    # The same work as pydantic-core's: without the collector, neither is far ahead.
    row = "Rust `validate_each`, garbage collector off"
    benchmark.extra_info.update(row=row, floor=0.85, ceiling=1.2, than=PYDANTIC_CORE_NO_GC)
    check(benchmark(without_gc, each, RUST.validate_each, DOCS))


# ANCHOR_END: benches


# ANCHOR: json-benches
# The rows that limits compare with (`than`): a `floor` is then a ratio to that row.
JSON_BATCH = "Rust, `validate_json_many`"
JSON_EACH = "Rust, `validate_json_each`: one pass, errors returned"
PYDANTIC_CORE_JSON = (
    f"pydantic-core {pydantic_core.__version__}, `validate_json` and `to_json` per order"
)


@pytest.mark.benchmark(group="json")
def test_json_python_twin(benchmark):
    benchmark.extra_info.update(row="pure-Python twin (`json` module), batch", baseline=True)
    check(benchmark(keep_the_valid, TWIN.validate_json_many, JSON_DOCS))


@pytest.mark.benchmark(group="json", min_rounds=ROUNDS)
def test_json_rust_one_call_per_order(benchmark):
    row = "Rust, one `validate_json` call per order"
    benchmark.extra_info.update(row=row, floor=1.2, than=JSON_BATCH)
    check(benchmark(one_call_per_order, RUST.validate_json, JSON_DOCS))


@pytest.mark.benchmark(group="json", min_rounds=ROUNDS)
def test_json_rust_one_batch(benchmark):
    benchmark.extra_info.update(row=JSON_BATCH, floor=10)
    check(benchmark(keep_the_valid, RUST.validate_json_many, JSON_DOCS))


@pytest.mark.benchmark(group="json", min_rounds=ROUNDS)
def test_json_rust_each(benchmark):
    benchmark.extra_info.update(row=JSON_EACH, floor=1.5, than=PYDANTIC_CORE_JSON)
    check(benchmark(each, RUST.validate_json_each, JSON_DOCS))


@pytest.mark.benchmark(group="json", min_rounds=ROUNDS)
def test_json_pydantic_core(benchmark):
    benchmark.extra_info.update(row=PYDANTIC_CORE_JSON)
    check(benchmark(one_call_per_order, pydantic_core_json, JSON_DOCS))


@pytest.mark.benchmark(group="json", min_rounds=ROUNDS)
def test_json_msgspec(benchmark):
    row = f"msgspec {msgspec.__version__}, `decode` and `encode` per order"
    benchmark.extra_info.update(row=row)
    check(benchmark(one_call_per_order, msgspec_json, JSON_DOCS))


@pytest.mark.benchmark(group="json")
def test_json_pydantic(benchmark):
    row = f"pydantic {pydantic.VERSION}'s model layer, `model_validate_json`, `model_dump_json`"
    benchmark.extra_info.update(row=row)
    check(benchmark(keep_the_valid, pydantic_json_many, JSON_DOCS))


VALID_JSON = [doc for index, doc in enumerate(JSON_DOCS) if index not in EXPECTED]


@pytest.mark.benchmark(group="json", min_rounds=ROUNDS)
def test_json_rust_one_pass_over_valid_orders(benchmark):
    benchmark.extra_info.update(row="Rust `validate_json_many`, the valid orders only: one pass")
    assert len(benchmark(RUST.validate_json_many, VALID_JSON)) == len(RESULTS)


@pytest.mark.benchmark(group="json-threads", min_rounds=ROUNDS)
def test_json_one_thread(benchmark):
    benchmark.extra_info.update(row="Rust, `validate_json_many` on 1 thread", baseline=True)
    check(benchmark(keep_the_valid, RUST.validate_json_many, JSON_DOCS))


@pytest.mark.benchmark(group="json-threads", min_rounds=ROUNDS)
def test_json_two_threads(benchmark):
    benchmark.extra_info.update(row="Rust, `validate_json_many` on 2 threads", floor=1.25)
    check(benchmark(on_two_threads, RUST.validate_json_many, JSON_DOCS))


# ANCHOR_END: json-benches


# ANCHOR: allocator-benches
# The same module built without the `mimalloc` feature: Rust's default, the system allocator.
SYSTEM = variant_build("validator", "system-allocator").Schema(ORDER)


@pytest.mark.benchmark(group="allocator", min_rounds=ROUNDS)
def test_system_allocator_one_thread(benchmark):
    benchmark.extra_info.update(row="system allocator, 1 thread", baseline=True)
    check(benchmark(keep_the_valid, SYSTEM.validate_json_many, JSON_DOCS))


@pytest.mark.benchmark(group="allocator", min_rounds=ROUNDS)
def test_system_allocator_two_threads(benchmark):
    benchmark.extra_info.update(row="system allocator, 2 threads")
    check(benchmark(on_two_threads, SYSTEM.validate_json_many, JSON_DOCS))


@pytest.mark.benchmark(group="allocator", min_rounds=ROUNDS)
def test_mimalloc_one_thread(benchmark):
    benchmark.extra_info.update(row="mimalloc, 1 thread")
    check(benchmark(keep_the_valid, RUST.validate_json_many, JSON_DOCS))


@pytest.mark.benchmark(group="allocator", min_rounds=ROUNDS)
def test_mimalloc_two_threads(benchmark):
    benchmark.extra_info.update(row="mimalloc, 2 threads")
    check(benchmark(on_two_threads, RUST.validate_json_many, JSON_DOCS))


# ANCHOR_END: allocator-benches


# ANCHOR: gap-benches
# msgspec's lead on the JSON job, taken apart: both sides on the valid orders only, then each
# side's steps alone. `json_steps` runs `validate_json_each` through one step and no further.
# The `default-profile` variant (benches/variants.json) is this module built without the
# crate's release settings (pyproject.toml): Cargo's default release profile.
MSGSPEC_GAP = "msgspec, `decode` and `encode`"
RUST_GAP = "Rust, `validate_json_each`"
MSGSPEC_DECODE = "msgspec, `decode` alone (into `Struct`s)"
MSGSPEC_NOTHING = "msgspec, a `Struct` with no field: the same"
DEFAULT_PROFILE = variant_build("validator", "default-profile").Schema(ORDER)
NOTHING = validator.Schema({"type": "object", "fields": {}})


class MsgNothing(msgspec.Struct):
    """No field: a document decoded into one is read through, every key skipped."""


NOTHING_DECODER = msgspec.json.Decoder(MsgNothing)


def decoded(decode, docs):
    """How many documents `decode` took. Each answer is let go at once, as in msgspec's whole
    job and as `parse` lets go of its `Input`s: kept, they would wake the garbage collector."""
    count = 0
    for doc in docs:
        decode(doc)
        count += 1
    return count


def valid_only(rows):
    """Every valid order passes, and only those were given."""
    assert (rows if isinstance(rows, int) else len(rows)) == len(VALID_JSON)


@pytest.mark.benchmark(group="json-gap", min_rounds=ROUNDS)
def test_gap_msgspec(benchmark):
    benchmark.extra_info.update(row=MSGSPEC_GAP, baseline=True)
    valid_only(benchmark(lambda: [msgspec_json(doc) for doc in VALID_JSON]))


@pytest.mark.benchmark(group="json-gap", min_rounds=ROUNDS)
def test_gap_rust(benchmark):
    # Within 1.25 times msgspec's time.
    benchmark.extra_info.update(row=RUST_GAP, floor=0.8)
    valid_only(benchmark(RUST.validate_json_each, VALID_JSON))


@pytest.mark.benchmark(group="json-gap", min_rounds=ROUNDS)
def test_gap_rust_default_profile(benchmark):
    row = "Rust, the same, built with Cargo's default release profile"
    benchmark.extra_info.update(row=row, ceiling=0.99, than=RUST_GAP)
    valid_only(benchmark(DEFAULT_PROFILE.validate_json_each, VALID_JSON))


@pytest.mark.benchmark(group="json-gap", min_rounds=ROUNDS)
def test_gap_msgspec_decode(benchmark):
    benchmark.extra_info.update(row=MSGSPEC_DECODE)
    valid_only(benchmark(decoded, MSGSPEC_DECODER.decode, VALID_JSON))


@pytest.mark.benchmark(group="json-gap", min_rounds=ROUNDS)
def test_gap_rust_parse(benchmark):
    row = "Rust, `parse` alone (into `Input`s)"
    benchmark.extra_info.update(row=row, floor=0.9, than=MSGSPEC_DECODE)
    valid_only(benchmark(validator.json_steps, RUST, VALID_JSON, "parse"))


@pytest.mark.benchmark(group="json-gap", min_rounds=ROUNDS)
def test_gap_rust_check(benchmark):
    benchmark.extra_info.update(row="Rust, `parse` and `check`, nothing written")
    valid_only(benchmark(validator.json_steps, RUST, VALID_JSON, "check"))


@pytest.mark.benchmark(group="json-gap", min_rounds=ROUNDS)
def test_gap_msgspec_encode(benchmark):
    # The Structs are made here, not kept by the module: alive, they would be walked by every
    # full collection the other rows of this file trigger.
    orders = [MSGSPEC_DECODER.decode(doc) for doc in VALID_JSON]
    benchmark.extra_info.update(row="msgspec, `encode` alone (from the `Struct`s)")
    valid_only(benchmark(lambda: [MSGSPEC_ENCODER.encode(order) for order in orders]))


@pytest.mark.benchmark(group="json-gap", min_rounds=ROUNDS)
def test_gap_rust_nothing(benchmark):
    row = "Rust, a schema with no field: the bytes read through"
    benchmark.extra_info.update(row=row, ceiling=0.95, than=MSGSPEC_NOTHING)
    valid_only(benchmark(NOTHING.validate_json_each, VALID_JSON))


@pytest.mark.benchmark(group="json-gap", min_rounds=ROUNDS)
def test_gap_msgspec_nothing(benchmark):
    benchmark.extra_info.update(row=MSGSPEC_NOTHING)
    decode, encode = NOTHING_DECODER.decode, MSGSPEC_ENCODER.encode
    valid_only(benchmark(lambda: [encode(decode(doc)) for doc in VALID_JSON]))


# ANCHOR_END: gap-benches
