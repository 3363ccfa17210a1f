"""
Count the words of a text, in Rust.
"""

from _typeshed import Incomplete
from typing import SupportsIndex, final

@final
class Tally:
    """
    Word counts that grow as you add text.
    """
    def __len__(self, /) -> int:
        """
        The number of different words counted so far.
        """
    def __new__(cls, /) -> Tally: ...
    def add(self, /, text: str) -> None:
        """
        Count the words of `text` into the tally.
        """
    def most_common(self, /, n: SupportsIndex = 3) -> list[tuple[str, int]]:
        """
        The `n` most common words with their counts, most common first, ties alphabetical.
        """

def count_words(text: str) -> int:
    """
    Count the words in `text`: runs of letters and digits.
    """

def __getattr__(name: str) -> Incomplete: ...
