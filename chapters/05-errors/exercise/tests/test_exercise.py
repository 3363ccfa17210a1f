"""Chapter 5's exercise. Do not edit these tests: make them pass by editing src/exercise.rs.

Run them with `just exercise 5`.
"""

import pytest
from errors_exercise import ConfigError, load_ports, parse_port


# ANCHOR: task1
@pytest.mark.task(1)
@pytest.mark.parametrize(("text", "port"), [("8080", 8080), (" 443 ", 443), ("65535", 65535)])
def test_parse_port(text, port):
    got = parse_port(text)
    assert got == port, f"called parse_port({text!r}), got {got!r}, expected {port}"


@pytest.mark.task(1)
@pytest.mark.parametrize("text", ["http", "", "-1", "65536", "80.5"])
def test_text_that_is_not_a_port_raises_value_error(text):
    with pytest.raises(ValueError) as caught:
        parse_port(text)
    assert str(caught.value) == f"not a port: '{text}'"


@pytest.mark.task(1)
def test_port_zero_raises_value_error():
    with pytest.raises(ValueError) as caught:
        parse_port("0")
    assert str(caught.value) == "port 0 is reserved"


# ANCHOR_END: task1


# ANCHOR: task2
@pytest.mark.task(2)
def test_load_ports_reads_every_line():
    got = load_ports("web = 8080\n\ndb=5432\n")
    assert got == {"web": 8080, "db": 5432}, f"got {got!r}"


@pytest.mark.task(2)
def test_a_line_without_equals_raises_config_error():
    with pytest.raises(ConfigError) as caught:
        load_ports("web = 8080\ndb 5432")
    assert str(caught.value) == "line 2: no '=' in 'db 5432'"


@pytest.mark.task(2)
def test_a_bad_port_raises_config_error_caused_by_value_error():
    with pytest.raises(ConfigError) as caught:
        load_ports("web = http")
    assert str(caught.value) == "line 1: bad port for 'web'"
    cause = caught.value.__cause__
    assert isinstance(cause, ValueError), f"__cause__ is {cause!r}, expected a ValueError"
    assert str(cause) == "not a port: ' http'"


# ANCHOR_END: task2
