"""Chapter 3: `crunch_attached` and `crunch_detached`, the fixed work the benchmark measures."""

import threading

import pytest
from gil import crunch_attached, crunch_detached

STEP = 6_364_136_223_846_793_005


def crunch_in_python(rounds):
    x = 1
    for _ in range(rounds):
        x = (x * STEP + 1) % 2**64
    return x


@pytest.mark.parametrize("crunch", [crunch_attached, crunch_detached])
@pytest.mark.parametrize("rounds", [0, 1, 2, 1000])
def test_crunch_does_the_arithmetic_it_says(crunch, rounds):
    assert crunch(rounds) == crunch_in_python(rounds)


def test_detached_threads_get_the_same_answer_as_one_call():
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(crunch_detached(10**5))) for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [crunch_attached(10**5)] * 2


@pytest.mark.parametrize("crunch", [crunch_attached, crunch_detached])
def test_more_than_a_billion_rounds_raises_value_error(crunch):
    with pytest.raises(ValueError) as caught:
        crunch(10**9 + 1)
    assert str(caught.value) == "rounds must be at most 1000000000"


@pytest.mark.parametrize("crunch", [crunch_attached, crunch_detached])
@pytest.mark.parametrize(
    ("rounds", "error", "message"),
    [
        (-1, OverflowError, "can't convert negative int to unsigned"),
        (2**64, OverflowError, "int too big to convert"),
        (1.5, TypeError, "'float' object cannot be interpreted as an integer"),
        ("10", TypeError, "'str' object cannot be interpreted as an integer"),
    ],
)
def test_rounds_that_are_not_a_u64_are_refused(crunch, rounds, error, message):
    with pytest.raises(error) as caught:
        crunch(rounds)
    assert str(caught.value) == message
