"""The package itself: the compiled core and the Python helper, good input and bad.

These tests need nothing but the installed package and pytest: the release workflow runs
them against each built wheel (and test_wheel.py does the same here)."""

import sys
from pathlib import Path

import pytest
import shipping
from shipping import NoWordsError, Tally, count_words, top_words


def test_the_package_re_exports_the_core_and_adds_a_python_helper():
    assert shipping.__all__ == ["NoWordsError", "Tally", "count_words", "top_words"]
    assert shipping._core.__name__ == "shipping._core"
    assert count_words is shipping._core.count_words
    assert top_words.__module__ == "shipping.report"  # plain Python, not compiled


def test_the_core_is_the_stable_abi_build():
    # The file name says which ABI the extension was built for: `_core.abi3.so`, not
    # `_core.cpython-311-x86_64-linux-gnu.so`. (Windows names every extension `_core.pyd`.)
    name = Path(shipping._core.__file__).name
    assert name == ("_core.pyd" if sys.platform == "win32" else "_core.abi3.so")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello, world!", 2),
        ("one  two\tthree\nfour", 4),
        ("don't", 2),  # the apostrophe splits, as any character that is not a letter or digit
        ("café au lait", 3),
        ("π ≈ 3.14", 3),
        ("", 0),
        (" \n\t ", 0),
        ("¿¡!?", 0),
    ],
)
def test_count_words(text, expected):
    assert count_words(text) == expected


def test_count_words_on_a_huge_text():
    assert count_words("word " * 1_000_000) == 1_000_000


def test_a_tally_counts_lower_cased_words_across_adds():
    tally = Tally()
    tally.add("The cat and the hat.")
    tally.add("THE END")
    assert tally.most_common() == [("the", 3), ("and", 1), ("cat", 1)]
    assert tally.most_common(10) == [("the", 3), ("and", 1), ("cat", 1), ("end", 1), ("hat", 1)]
    assert tally.most_common(0) == []
    assert len(tally) == 5


def test_top_words_is_the_python_helper_over_a_tally():
    assert top_words("b a b c a b") == [("b", 3), ("a", 2), ("c", 1)]
    assert top_words("b a b c a b", n=1) == [("b", 3)]


def test_no_words_is_its_own_error_and_a_value_error():
    with pytest.raises(NoWordsError) as caught:
        top_words(" ... ")
    assert str(caught.value) == "the tally has no words yet"
    assert issubclass(NoWordsError, ValueError)
    assert NoWordsError.__module__ == "shipping"
    assert NoWordsError.__doc__ == "Raised when a text or a tally has no words to count."


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: count_words(None), TypeError, "'None' is not an instance of 'str'"),
        (lambda: count_words(b"x"), TypeError, "'bytes' object is not an instance of 'str'"),
        (lambda: count_words(["a"]), TypeError, "'list' object is not an instance of 'str'"),
        (lambda: Tally().add(3), TypeError, "'int' object is not an instance of 'str'"),
        (lambda: top_words("a", n=-1), OverflowError, "can't convert negative int to unsigned"),
        (lambda: top_words("a", n=2**64), OverflowError, "int too big to convert"),
        (
            lambda: top_words("a", n="2"),
            TypeError,
            "'str' object cannot be interpreted as an integer",
        ),
        (
            lambda: Tally("a"),
            TypeError,
            "Tally.__new__() takes 0 positional arguments but 1 was given",
        ),
    ],
)
def test_bad_input(call, error, message):
    with pytest.raises(error) as caught:
        call()
    assert type(caught.value) is error
    assert str(caught.value) == message


def test_a_tally_cannot_be_subclassed():
    # The stub marks it `@final`, because the class does not allow it.
    with pytest.raises(TypeError) as caught:
        type("Mine", (Tally,), {})
    assert str(caught.value) == "type 'shipping.Tally' is not an acceptable base type"


def test_docstrings_come_from_the_rust_comments_but_not_for_dunder_methods():
    assert count_words.__doc__ == "Count the words in `text`: runs of letters and digits."
    assert Tally.add.__doc__ == "Count the words of `text` into the tally."
    # `__len__` fills a slot of the type; Python gives the slot's wrapper its own text.
    assert Tally.__len__.__doc__ == "Return len(self)."
