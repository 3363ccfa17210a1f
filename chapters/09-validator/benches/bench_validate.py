"""Chapter 9's benchmarks: 10,000 orders validated by the pure-Python twin, by the Rust
validator one call per document, in one batch, in two batches on two threads, and by pydantic.

`just bench 9` times them on a release build and writes `results.json`, which the page shows;
`just test` runs each once as a plain test. Every row must find the same invalid orders.
"""

import gc
import threading

import pydantic
import pytest
import validator
import validator_reference
from orders import ORDER, Order, orders

DOCS = orders()
RUST = validator.Schema(ORDER)
TWIN = validator_reference.Schema(ORDER)


# ANCHOR: rows
def keep_the_valid(schema, docs):
    """The realistic job: the validated orders, and the indexes of the invalid ones. A batch
    passes whole or raises, so after an error the valid orders are validated again."""
    try:
        return schema.validate_many(docs), set()
    except (ValueError, pydantic.ValidationError) as error:
        invalid = {error["loc"][0] for error in error.errors()}
    valid = [doc for index, doc in enumerate(docs) if index not in invalid]
    return schema.validate_many(valid), invalid


def one_call_per_order(schema, docs):
    results, invalid = [], set()
    for index, doc in enumerate(docs):
        try:
            results.append(schema.validate(doc))
        except ValueError:
            invalid.add(index)
    return results, invalid


def on_two_threads(schema, docs):
    """Each thread does the job for half of the orders."""
    half = len(docs) // 2
    found = [None, None]

    def work(slot):
        found[slot] = keep_the_valid(schema, docs[slot * half : (slot + 1) * half])

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

    def validate(self, doc):
        return Order.model_validate(doc)


# ANCHOR_END: rows

EXPECTED = set(range(39, len(DOCS), 40))
RESULTS = keep_the_valid(TWIN, DOCS)[0]


def check(found):
    """Every row finds the same invalid orders, and keeps as many valid ones."""
    results, invalid = found
    assert invalid == EXPECTED
    assert len(results) == len(RESULTS)


def test_the_twins_keep_the_same_orders():
    assert keep_the_valid(RUST, DOCS) == (RESULTS, EXPECTED)
    assert on_two_threads(RUST, DOCS) == (RESULTS, EXPECTED)
    assert one_call_per_order(RUST, DOCS) == (RESULTS, EXPECTED)


# ANCHOR: benches
@pytest.mark.benchmark(group="validators")
def test_the_python_twin(benchmark):
    benchmark.extra_info.update(row="pure-Python twin, `validate_many`", baseline=True)
    check(benchmark(keep_the_valid, TWIN, DOCS))


@pytest.mark.benchmark(group="validators")
def test_rust_one_call_per_order(benchmark):
    benchmark.extra_info.update(row="Rust, one `validate` call per order")
    check(benchmark(one_call_per_order, RUST, DOCS))


@pytest.mark.benchmark(group="validators")
def test_rust_one_batch(benchmark):
    benchmark.extra_info.update(row="Rust, `validate_many`", floor=3)
    check(benchmark(keep_the_valid, RUST, DOCS))


@pytest.mark.benchmark(group="validators")
def test_rust_two_threads(benchmark):
    benchmark.extra_info.update(row="Rust, `validate_many` on 2 threads")
    check(benchmark(on_two_threads, RUST, DOCS))


@pytest.mark.benchmark(group="validators")
def test_pydantic(benchmark):
    benchmark.extra_info.update(row=f"pydantic {pydantic.VERSION}, `TypeAdapter(list[Order])`")
    check(benchmark(keep_the_valid, WithPydantic(), DOCS))


@pytest.mark.benchmark(group="threads")
def test_one_thread(benchmark):
    benchmark.extra_info.update(row="Rust, `validate_many` on 1 thread", baseline=True)
    check(benchmark(keep_the_valid, RUST, DOCS))


@pytest.mark.benchmark(group="threads")
def test_two_threads(benchmark):
    benchmark.extra_info.update(row="Rust, `validate_many` on 2 threads")
    check(benchmark(on_two_threads, RUST, DOCS))


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
    check(benchmark(without_gc, keep_the_valid, TWIN, DOCS))


@pytest.mark.benchmark(group="why")
def test_rust_one_batch_without_gc(benchmark):
    benchmark.extra_info.update(row="Rust `validate_many`, garbage collector off")
    check(benchmark(without_gc, keep_the_valid, RUST, DOCS))


@pytest.mark.benchmark(group="why")
def test_rust_one_pass_over_valid_orders(benchmark):
    benchmark.extra_info.update(row="Rust `validate_many`, the valid orders only: one pass")
    assert len(benchmark(RUST.validate_many, VALID)) == len(RESULTS)


@pytest.mark.benchmark(group="why")
def test_rust_one_pass_without_gc(benchmark):
    benchmark.extra_info.update(row="the same one pass, garbage collector off")
    assert len(benchmark(without_gc, RUST.validate_many, VALID)) == len(RESULTS)


# ANCHOR_END: benches
