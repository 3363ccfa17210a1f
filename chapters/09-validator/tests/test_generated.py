"""Hypothesis writes schemas, documents that fit them and documents that don't; the Rust
validator and its twin must give the same answer to every pair."""

import validator
import validator_reference
from hypothesis import given
from hypothesis import strategies as st
from strategies import ANYTHING, SCHEMAS, fitting
from twin_answers import outcome


# ANCHOR: generated
@given(SCHEMAS, st.data())
def test_fitting_documents_give_the_same_data_from_both(spec, data):
    rust = outcome(validator, spec, [])
    if rust[0] == "ok":
        docs = data.draw(st.lists(fitting(spec), max_size=3))
        rust = outcome(validator, spec, docs)
        assert rust[0] == "ok"
    else:
        docs = []
    assert rust == outcome(validator_reference, spec, docs)


@given(SCHEMAS, st.lists(ANYTHING, max_size=3))
def test_any_documents_give_the_same_answer_from_both(spec, docs):
    assert outcome(validator, spec, docs) == outcome(validator_reference, spec, docs)


# ANCHOR_END: generated


# Found by `just fuzz 9`: the bounds 0 and -0.0 are one number, and both zeros fit.
@given(fitting({"type": "float", "min": 0, "max": -0.0}))
def test_a_float_bounded_by_both_zeros_fits_either_zero(doc):
    spec = {"type": "float", "min": 0, "max": -0.0}
    rust = outcome(validator, spec, [doc])
    assert rust[0] == "ok"
    assert rust == outcome(validator_reference, spec, [doc])
