"""A deliberate type error: mypy must reject it, because the stub says what `count_words`
returns."""

# ANCHOR: wrong
from shipping import Tally, count_words

total: str = count_words("one two three")
Tally().add(42)
# ANCHOR_END: wrong
