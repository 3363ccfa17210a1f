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
