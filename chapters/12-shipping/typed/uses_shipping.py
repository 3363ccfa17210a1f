"""Code that uses `shipping` with types: mypy --strict must accept it, using the stub."""

from __future__ import annotations

# ANCHOR: typed
from shipping import NoWordsError, Tally, count_words, top_words


def summary(text: str) -> str:
    tally = Tally()
    tally.add(text)
    try:
        word, count = tally.most_common(1)[0]
    except NoWordsError:
        return "no words"
    return f"{count_words(text)} words; the most common is {word!r} ({count} times)"


best: list[tuple[str, int]] = top_words("to be or not to be", n=2)
distinct: int = len(Tally())
# ANCHOR_END: typed
