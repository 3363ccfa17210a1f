# ANCHOR: stub
"""Count the words of a text, in Rust."""

from typing import final

__all__ = ["NoWordsError", "Tally", "count_words"]

class NoWordsError(ValueError):
    """Raised when a text or a tally has no words to count."""

def count_words(text: str) -> int:
    """Count the words in `text`: runs of letters and digits."""

@final
class Tally:
    """Word counts that grow as you add text."""

    def __new__(cls) -> Tally: ...
    def add(self, text: str) -> None:
        """Count the words of `text` into the tally."""

    def most_common(self, n: int = 3) -> list[tuple[str, int]]:
        """The `n` most common words with their counts, most common first, ties alphabetical."""

    # The number of different words counted so far. (Not a docstring: `__len__` fills a slot
    # of the type, and Python shows the slot's own "Return len(self).")
    def __len__(self) -> int: ...

# ANCHOR_END: stub
