"""The Rust modules are layered: each uses only modules of the layers before its own, so no
two of them use each other, and each type sits with its concern (the chapter's README lists
them in this order)."""

import re
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
# From the bottom up; the modules of one layer do not use each other.
LAYERS = [{"errors", "input"}, {"schema"}, {"check"}, {"convert", "json"}, {"compile"}, {"lib"}]
MODULES = set().union(*LAYERS)


def uses(module: str, text: str) -> set[str]:
    """The modules of this crate that the source `text` of `module` names."""
    names = set(re.findall(r"\bcrate::(\w+)", text))
    if module == "lib":  # the crate root names its modules without `crate::`
        names |= set(re.findall(r"^use (\w+)::", text, re.M))
    return names & MODULES


def upward(sources: dict[str, str]) -> list[str]:
    """Each use of a module that is not in a layer below the user's own."""
    found = []
    for number, layer in enumerate(LAYERS):
        below = set().union(*LAYERS[:number])
        for module in sorted(layer):
            found += [
                f"{module} uses {used}" for used in sorted(uses(module, sources[module]) - below)
            ]
    return found


def sources() -> dict[str, str]:
    return {path.stem: path.read_text() for path in SRC.glob("*.rs")}


def test_every_module_is_in_a_layer():
    assert set(sources()) == MODULES


def test_every_module_uses_only_the_layers_below_its_own():
    assert upward(sources()) == []


def test_a_use_of_a_layer_above_is_found():
    # The cycle this layering removed: the schema read its defaults with `read` and `check`.
    found = sources()
    found["schema"] += "\nuse crate::check::check;\nuse crate::convert::read;\n"
    found["json"] += "\nuse crate::convert::read;\n"
    assert upward(found) == ["schema uses check", "schema uses convert", "json uses convert"]
