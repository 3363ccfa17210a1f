"""Chapter 12's exercise: word counts, in a package ready to ship."""

__all__ = ["EmptyTextError"]

class EmptyTextError(ValueError):
    """A text with no words in it."""

# ANCHOR: task1
# todo!("task 1: declare count_or_raise, most_common and version as Python sees them, in __all__ too")
# ANCHOR_END: task1
