"""Chapter 2: `#[pyclass(subclass)]` lets Python subclass a Rust class; without it, it cannot."""

import pytest
from classes import Counter, Greeter


class Shouter(Greeter):
    def greet(self, name):
        return super().greet(name).upper()


# ANCHOR: subclass
def test_a_python_subclass_overrides_a_rust_method():
    assert Shouter().greet("Ada") == "HELLO, ADA!"


def test_rust_calling_through_python_sees_the_override():
    assert Shouter("Hi").greet_all(["Ada", "Grace"]) == ["HI, ADA!", "HI, GRACE!"]


def test_the_subclass_is_still_a_greeter():
    assert isinstance(Shouter(), Greeter)


# ANCHOR_END: subclass


# ANCHOR: no-subclass
def test_a_class_without_the_subclass_option_cannot_be_subclassed():
    with pytest.raises(TypeError) as caught:

        class LoudCounter(Counter):
            pass

    assert str(caught.value) == "type 'classes.Counter' is not an acceptable base type"


# ANCHOR_END: no-subclass


def test_greet_uses_the_default_greeting():
    assert Greeter().greet("Ada") == "Hello, Ada!"


def test_greet_handles_empty_and_huge_names():
    assert Greeter("").greet("") == ", !"
    name = "x" * 1_000_000
    assert Greeter().greet(name) == f"Hello, {name}!"


def test_greet_rejects_a_non_str_name():
    with pytest.raises(TypeError) as caught:
        Greeter().greet(None)
    assert str(caught.value) == "'None' is not an instance of 'str'"


def test_greet_all_of_no_names_is_empty():
    assert Greeter().greet_all([]) == []


def test_greet_all_accepts_any_sequence_of_str():
    assert Greeter().greet_all(("Ada",)) == ["Hello, Ada!"]


def test_greet_all_rejects_a_bare_str():
    with pytest.raises(TypeError) as caught:
        Greeter().greet_all("Ada")
    assert str(caught.value) == "Can't extract `str` to `Vec`"


def test_greet_all_rejects_a_non_str_name():
    with pytest.raises(TypeError) as caught:
        Greeter().greet_all(["Ada", 42])
    assert str(caught.value) == "'int' object is not an instance of 'str'"


def test_greet_all_reports_a_bad_result_from_an_override():
    class Broken(Greeter):
        def greet(self, name):
            return len(name)

    with pytest.raises(TypeError) as caught:
        Broken().greet_all(["Ada"])
    assert str(caught.value) == "'int' object is not an instance of 'str'"


def test_the_greeting_must_be_a_str():
    with pytest.raises(TypeError) as caught:
        Greeter(1)
    assert str(caught.value) == "'int' object is not an instance of 'str'"
