"""What Hypothesis draws for the twins' tests: schemas a few levels deep (some invalid),
documents that fit a schema, and values of any shape at all."""

import math

from hypothesis import strategies as st

NAMES = st.sampled_from(["a", "b", "c", "d"])
SMALL = st.integers(-5, 5)


def with_options(kind, **options):
    """A schema dict of `kind` with any of `options`, and perhaps `nullable`."""
    options["nullable"] = st.booleans()
    return st.fixed_dictionaries({"type": st.just(kind)}, optional=options)


# Types and keys that no schema knows, some of them near misses: both twins must refuse each
# in the same words, so a rule that one twin learns and the other does not shows up.
UNKNOWN = st.fixed_dictionaries(
    {"type": st.sampled_from(["tuple", "integer", "Int", "set", "dict", ""])}
) | st.fixed_dictionaries(
    {"type": st.sampled_from(["int", "str", "list"])},
    optional={"mni": SMALL, "max_len": SMALL, "itmes": st.just({"type": "int"})},
).filter(lambda spec: len(spec) > 1)
LEAVES = st.one_of(
    UNKNOWN,
    with_options("int", min=SMALL, max=SMALL),
    with_options("float", min=SMALL | st.floats(-5, 5), max=SMALL | st.floats(-5, 5)),
    with_options("str", min_length=st.integers(0, 3), max_length=st.integers(0, 3)),
    with_options("bool"),
    with_options("none"),
)
# Values a document may hold anywhere: every type, and the awkward numbers.
ANYTHING = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(2**63 - 2, 2**64)
    | st.floats()
    | st.text(max_size=4),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(NAMES | st.integers(0, 2), inner, max_size=4)
    ),
    max_leaves=10,
)


def containers(children):
    fields = st.dictionaries(
        NAMES,
        children.flatmap(
            lambda child: st.fixed_dictionaries(
                {}, optional={"required": st.booleans(), "default": ANYTHING}
            ).map(lambda extra: {**child, **extra})
        ),
        max_size=4,
    )
    lengths = {"min_length": st.integers(0, 3), "max_length": st.integers(0, 3)}
    return with_options("list", items=children, **lengths).filter(lambda spec: "items" in spec) | (
        st.fixed_dictionaries({"type": st.just("object"), "fields": fields})
    )


# Schemas up to a few levels deep; some are invalid (min > max, a default that doesn't fit).
SCHEMAS = st.recursive(LEAVES, containers, max_leaves=6)


def fitting(spec):
    """Documents that fit `spec`: ints within 64 bits, strings and lists within their lengths."""
    kind, nullable = spec["type"], spec.get("nullable", False)
    low, high = spec.get("min"), spec.get("max")
    shortest, longest = spec.get("min_length", 0), spec.get("max_length", 4)
    if kind == "int":
        found = st.integers(-(2**63) if low is None else low, 2**63 - 1 if high is None else high)
    elif kind == "float" and low is not None and low == high:
        # One number, perhaps written as 0 and -0.0, where `floats` would see an empty range.
        found = st.sampled_from([float(low), float(high)])
    elif kind == "float":
        found = st.floats(low, high, allow_nan=False, allow_infinity=False)
        whole = (
            -(2**63) if low is None else math.ceil(low),
            2**63 - 1 if high is None else math.floor(high),
        )
        if whole[0] <= whole[1]:
            found |= st.integers(*whole)
    elif kind == "str":
        found = st.text(min_size=shortest, max_size=longest)
    elif kind == "bool":
        found = st.booleans()
    elif kind == "none":
        found = st.none()
    elif kind == "list":
        found = st.lists(fitting(spec["items"]), min_size=shortest, max_size=longest)
    else:
        fields = spec["fields"].items()
        required = {n: fitting(f) for n, f in fields if f.get("required", "default" not in f)}
        optional = {n: fitting(f) for n, f in fields if n not in required}
        found = st.fixed_dictionaries(required, optional=optional)
    return found | st.none() if nullable else found
