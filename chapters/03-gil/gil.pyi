"""The GIL from Rust: attaching, detaching, and state shared between threads."""

from collections.abc import Callable
from typing import TypeVar, final

from typing_extensions import Self

__all__ = [
    "busy_attached",
    "busy_detached",
    "call_in_rust_thread",
    "Counter",
    "crunch_attached",
    "crunch_detached",
    "Flag",
    "Score",
    "Tag",
    "add_points",
    "first_item",
    "kept_and_back",
    "points_of",
    "same_score",
    "tag_length",
    "WordTally",
]

_T = TypeVar("_T")

def busy_attached(started: Flag, stop: Flag, seconds: float) -> bool:
    """Set `started`, then work until `stop` is set or `seconds` pass, attached all along.
    Returns True if it saw `stop` set.
    """

def busy_detached(started: Flag, stop: Flag, seconds: float) -> bool:
    """Set `started`, then work until `stop` is set or `seconds` pass, detached meanwhile.
    Returns True if it saw `stop` set.
    """

def call_in_rust_thread(callback: Callable[[], _T]) -> _T:
    """Call `callback()` on a new thread that Rust starts, and return its result."""

def crunch_attached(rounds: int) -> int:
    """Do `rounds` steps of work while attached, and return the result."""

def crunch_detached(rounds: int) -> int:
    """Do the same work detached, so that other Python threads run meanwhile."""

@final
class Counter:
    """A counter whose methods take `&mut self`: PyO3 checks those borrows at run time."""

    def __new__(cls, value: int = 0) -> Self: ...
    @property
    def value(self) -> int: ...
    def peek(self) -> int:
        """The value, read while detached. `Counter` is not frozen, yet `&self` may cross into
        `detach`: every pyclass is `Sync`, so a shared reference to one is `Send`.
        """

    def increment(self) -> int:
        """Add one and return the new value."""

    def increment_after(self, entered: Flag, release: Flag, seconds: float) -> int:
        """Set `entered`, wait (detached) until `release` is set, then add one. It stands in
        for any `&mut self` method that detaches for a long job.
        """

@final
class Flag:
    """A flag that starts unset. Any thread may set it, check it or wait for it."""

    def __new__(cls) -> Self: ...
    def set(self) -> None:
        """Set the flag. Setting it again changes nothing."""

    def is_set(self) -> bool:
        """Whether the flag is set."""

    def wait(self, seconds: float) -> bool:
        """Wait until the flag is set or `seconds` pass, and return whether it is set.
        Other Python threads run while this one waits.
        """

@final
class Tag:
    """A name that never changes: a frozen class, so `Py<Tag>::get()` works without attaching."""

    def __new__(cls, name: str) -> Self: ...
    @property
    def name(self) -> str: ...

@final
class Score:
    """A score that changes: not frozen, so it is borrowed through `PyRef` and `PyRefMut`."""

    def __new__(cls, points: int) -> Self: ...
    @property
    def points(self) -> int: ...

def kept_and_back(obj: _T) -> tuple[_T, _T]:
    """Keep `obj` past the call as a `Py`, then use it again as a `Bound`, twice over."""

def first_item(items: tuple[object, ...]) -> tuple[str, object]:
    """A tuple's first item and its type's name. The name is read through `Borrowed`s, with no
    new reference; the item is returned, so it needs a reference of its own.
    """

def points_of(score: Score) -> int:
    """Read a `Score` through a `PyRef`, which derefs to `&Score`."""

def add_points(score: Score, more: int) -> int:
    """Add to a `Score` through a `PyRefMut`; `RuntimeError` if it is already borrowed."""

def same_score(score: Score) -> Score:
    """A `PyRef` parameter, turned back into the `Bound` it borrows from."""

def tag_length(tag: Tag) -> int:
    """The length of a `Tag`'s name, read while detached: `Py::get` needs no token."""

@final
class WordTally:
    """Word counts that any number of threads may add to at the same time."""

    def __new__(cls) -> Self: ...
    def add(self, text: str) -> int:
        """Count the words in `text` (split at whitespace), add them to the tally, and return
        how many words `text` had.
        """

    def count(self, word: str) -> int:
        """How many times `word` has been added; 0 for a word never seen."""
