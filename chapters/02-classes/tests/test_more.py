"""Chapter 2, more on classes: slicing, a Rust subclass, pickling, and the garbage collector."""

import copy
import gc
import pickle
import weakref

import pytest
from classes import Counter, Money, Node, Sentence, Shape, Square, UntracedNode, Words


# ANCHOR: slicing
def test_an_isize_index_cannot_take_a_slice():
    with pytest.raises(TypeError) as caught:
        Sentence("a b c")[0:2]
    assert str(caught.value) == "'slice' object cannot be interpreted as an integer"


def test_a_slice_gives_words_as_a_lists_slice_gives_a_list():
    words = Words("the quick brown fox")
    assert repr(words[1:3]) == "Words('quick brown')"
    assert repr(words[::-1]) == "Words('fox brown quick the')"
    assert repr(words[10:]) == "Words('')"
    assert words[-1] == "fox"


@pytest.mark.parametrize("index", ["1", 1.0, None])
def test_an_index_that_is_neither_int_nor_slice_raises_type_error(index):
    with pytest.raises(TypeError) as caught:
        Words("a b")[index]
    kind = type(index).__name__
    assert str(caught.value) == f"Words indices must be integers or slices, not {kind}"


# ANCHOR_END: slicing


def test_a_slice_step_of_zero_raises_value_error():
    with pytest.raises(ValueError) as caught:
        Words("a b")[::0]
    assert str(caught.value) == "slice step cannot be zero"


@pytest.mark.parametrize("index", [2, -3])
def test_an_index_past_either_end_raises_index_error(index):
    with pytest.raises(IndexError) as caught:
        Words("a b")[index]
    assert str(caught.value) == "Words index out of range"


def test_an_index_past_isize_raises_overflow_error():
    with pytest.raises(OverflowError) as caught:
        Words("a b")[2**70]
    assert str(caught.value) == "Python int too large to convert to C long"


# ANCHOR: extends
def test_a_square_is_a_shape_with_its_own_area():
    square = Square(2)
    assert isinstance(square, Shape)
    assert square.name == "square"
    assert square.area() == 4.0
    assert square.describe() == "square of area 4"
    assert Shape("blob").describe() == "blob of area 0"
    assert square.base_name() == "square"


def test_square_cannot_be_subclassed_without_the_subclass_option():
    with pytest.raises(TypeError) as caught:
        type("Bigger", (Square,), {})
    assert str(caught.value) == "type 'classes.Square' is not an acceptable base type"


# ANCHOR_END: extends


@pytest.mark.parametrize("side", [-1.0, float("nan"), float("inf")])
def test_a_side_that_cannot_be_raises_value_error(side):
    with pytest.raises(ValueError) as caught:
        Square(side)
    assert str(caught.value) == "a side must be a finite number, 0 or more"


# ANCHOR: pickling
def test_money_survives_pickle_and_copy():
    money = Money(1050, "EUR")
    assert pickle.loads(pickle.dumps(money)) == money
    assert copy.deepcopy(money) == money
    assert money.__getnewargs__() == (1050, "EUR")


def test_a_class_without_getnewargs_cannot_be_pickled():
    with pytest.raises(TypeError) as caught:
        pickle.dumps(Counter())
    assert str(caught.value) == "cannot pickle 'classes.Counter' object"


# ANCHOR_END: pickling


@pytest.mark.parametrize("currency", ["eur", "EURO", "", "E1R"])
def test_a_currency_that_is_not_three_capitals_raises_value_error(currency):
    with pytest.raises(ValueError) as caught:
        Money(1, currency)
    assert str(caught.value) == "a currency is three capital letters, such as 'EUR'"


def test_a_pickle_of_bad_money_is_refused_when_loaded():
    # `__getnewargs__` sends the values through `#[new]` again, checks and all.
    tampered = pickle.dumps(Money(1, "EUR")).replace(b"EUR", b"eur")
    with pytest.raises(ValueError) as caught:
        pickle.loads(tampered)
    assert str(caught.value) == "a currency is three capital letters, such as 'EUR'"


# ANCHOR: gc
def cycle_of(kind):
    """A node that holds itself, and a weak reference to watch it with."""
    node = kind()
    node.next = node
    return weakref.ref(node)


def test_a_cycle_through_a_traced_node_is_collected():
    watch = cycle_of(Node)
    gc.collect()
    assert watch() is None


def test_a_cycle_through_an_untraced_node_is_never_collected():
    watch = cycle_of(UntracedNode)
    gc.collect()
    assert watch() is not None  # the collector cannot see `next`, so the cycle stays
    watch().next = None  # breaking the cycle by hand frees it at once
    assert watch() is None


# ANCHOR_END: gc
