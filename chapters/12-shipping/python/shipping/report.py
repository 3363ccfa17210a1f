"""The pure-Python half of `shipping`: helpers built on the compiled core."""

from __future__ import annotations

from shipping._core import Tally


# ANCHOR: top-words
def top_words(text: str, n: int = 3) -> list[tuple[str, int]]:
    """The `n` most common words of `text` with their counts, most common first."""
    tally = Tally()
    tally.add(text)
    return tally.most_common(n)


# ANCHOR_END: top-words
