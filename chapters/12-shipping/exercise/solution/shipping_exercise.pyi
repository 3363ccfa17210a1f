"""Chapter 12's exercise: word counts, in a package ready to ship."""

__all__ = ["EmptyTextError", "count_or_raise", "most_common", "version"]

class EmptyTextError(ValueError):
    """A text with no words in it."""

# ANCHOR: task1
def count_or_raise(text: str) -> int:
    """How many words `text` has (runs of letters and digits). A text with none raises
    EmptyTextError("no words in '<text>'").
    """

def most_common(text: str, n: int) -> list[tuple[str, int]]:
    """The `n` most common lower-cased words of `text` with their counts: most common first,
    equal counts in alphabetical order.
    """

def version() -> str:
    """The package's version: the one in its `Cargo.toml`, which the installed package's
    metadata carries too.
    """

# ANCHOR_END: task1
