"""Count the words of a text, in Rust: the package chapter 12 ships.

The compiled half is `shipping._core`; this package re-exports it and adds `top_words`,
which is plain Python.
"""

# ANCHOR: init
from shipping._core import NoWordsError, Tally, count_words
from shipping.report import top_words

__all__ = ["NoWordsError", "Tally", "count_words", "top_words"]
# ANCHOR_END: init
