"""Chapter 2: the first class, `Counter`, and its `#[new]` constructor."""

import inspect

import pytest
from classes import Counter

I64_MAX = 2**63 - 1


# ANCHOR: counter
def test_a_new_counter_starts_at_zero():
    assert Counter().value() == 0


def test_increment_adds_one_step():
    counter = Counter()
    counter.increment()
    counter.increment()
    assert counter.value() == 2


def test_each_counter_keeps_its_own_count():
    first, second = Counter(), Counter()
    first.increment()
    assert (first.value(), second.value()) == (1, 0)


# ANCHOR_END: counter


def test_the_doc_comment_becomes_the_class_docstring():
    assert Counter.__doc__ == "Count up (or down) in steps: `Counter(start=0, step=1)`."


def test_the_module_option_sets_the_class_module():
    assert Counter.__module__ == "classes"


# ANCHOR: default-repr
def test_without_repr_or_str_python_shows_the_type_and_address():
    counter = Counter()
    assert repr(counter) == f"<classes.Counter object at {id(counter):#x}>"
    assert str(counter) == repr(counter)


# ANCHOR_END: default-repr


# ANCHOR: new
def test_start_and_step_can_be_passed_by_position_or_keyword():
    for counter in (Counter(10, 5), Counter(start=10, step=5), Counter(10, step=5)):
        counter.increment()
        assert counter.value() == 15


def test_a_negative_step_counts_down():
    counter = Counter(step=-3)
    counter.increment()
    assert counter.value() == -3


def test_the_class_signature_comes_from_new():
    assert str(inspect.signature(Counter)) == "(start=0, step=1)"


def test_a_float_start_raises_type_error():
    with pytest.raises(TypeError) as caught:
        Counter(1.5)
    assert str(caught.value) == "'float' object cannot be interpreted as an integer"


# ANCHOR_END: new


def test_a_str_step_raises_type_error():
    with pytest.raises(TypeError) as caught:
        Counter(step="1")
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"


def test_a_start_too_big_for_i64_raises_overflow_error():
    for start in (I64_MAX + 1, -(2**63) - 1):
        with pytest.raises(OverflowError) as caught:
            Counter(start)
        assert str(caught.value) == "Python int too large to convert to C long"


def test_too_many_arguments_raise_type_error():
    with pytest.raises(TypeError) as caught:
        Counter(1, 2, 3)
    assert str(caught.value) == (
        "Counter.__new__() takes from 0 to 2 positional arguments but 3 were given"
    )


def test_an_unknown_keyword_raises_type_error():
    with pytest.raises(TypeError) as caught:
        Counter(stop=10)
    assert str(caught.value) == "Counter.__new__() got an unexpected keyword argument 'stop'"


def test_increment_past_i64_raises_overflow_error_and_keeps_the_count():
    counter = Counter(I64_MAX)
    with pytest.raises(OverflowError) as caught:
        counter.increment()
    assert str(caught.value) == "the count is too big for an i64"
    assert counter.value() == I64_MAX


def test_increment_takes_no_arguments():
    with pytest.raises(TypeError) as caught:
        Counter().increment(5)
    assert str(caught.value) == "Counter.increment() takes no arguments (1 given)"


def test_a_zero_step_leaves_the_count_alone():
    counter = Counter(4, step=0)
    counter.increment()
    assert counter.value() == 4
