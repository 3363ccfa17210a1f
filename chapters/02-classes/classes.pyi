"""Classes written in Rust, used from Python."""

from collections.abc import Callable, Sequence
from typing import ClassVar, Final, final, overload

from typing_extensions import Self, disjoint_base

__all__ = [
    "UnfrozenVersion",
    "Version",
    "Counter",
    "Countdown",
    "Money",
    "Node",
    "UntracedNode",
    "Point",
    "AtomicTally",
    "Tally",
    "IndexEcho",
    "Sentence",
    "Shape",
    "Square",
    "Greeter",
    "Temperature",
    "LocalCounter",
    "Words",
]

# A class is `@final` unless its `#[pyclass]` says `subclass`: Python cannot extend it. One
# that says `subclass` is a `@disjoint_base`: its instances hold Rust data, so no class can
# inherit from it and from another such base at once.

@final
class Version:
    """A version number such as 1.4.2, compared part by part."""

    def __new__(cls, major: int, minor: int = 0, patch: int = 0) -> Self: ...
    @property
    def major(self) -> int: ...
    @property
    def minor(self) -> int: ...
    @property
    def patch(self) -> int: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __lt__(self, other: Version, /) -> bool: ...
    def __le__(self, other: Version, /) -> bool: ...
    def __gt__(self, other: Version, /) -> bool: ...
    def __ge__(self, other: Version, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class UnfrozenVersion:
    """`Version` without `frozen` (and so without `hash`, which needs it): `get_all` alone."""

    def __new__(cls, major: int, minor: int = 0, patch: int = 0) -> Self: ...
    @property
    def major(self) -> int: ...
    @property
    def minor(self) -> int: ...
    @property
    def patch(self) -> int: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __lt__(self, other: UnfrozenVersion, /) -> bool: ...
    def __le__(self, other: UnfrozenVersion, /) -> bool: ...
    def __gt__(self, other: UnfrozenVersion, /) -> bool: ...
    def __ge__(self, other: UnfrozenVersion, /) -> bool: ...
    # `eq` without `hash`: like a Python class that defines `__eq__`, it is unhashable.
    __hash__: ClassVar[None]  # type: ignore[assignment]

@final
class Counter:
    """Count up (or down) in steps: `Counter(start=0, step=1)`."""

    def __new__(cls, start: int = 0, step: int = 1) -> Self: ...
    def increment(self) -> None:
        """Add one step to the count."""

    def value(self) -> int:
        """The current count."""

@final
class Countdown:
    """Count down to 1: `list(Countdown(3))` is `[3, 2, 1]`."""

    def __new__(cls, start: int) -> Self: ...
    def __iter__(self) -> Self: ...
    def __next__(self) -> int: ...

@final
class Money:
    """An amount of money in cents: `Money(1050, "EUR")`."""

    def __new__(cls, cents: int, currency: str) -> Self: ...
    @property
    def cents(self) -> int: ...
    @property
    def currency(self) -> str: ...
    def __getnewargs__(self) -> tuple[int, str]:
        """What `pickle` stores, and passes to `Money(...)` to make the object again."""

    def __eq__(self, other: object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

@final
class Node:
    """A link in a chain: `next` may hold any Python object, this node itself included."""

    next: object | None
    def __new__(cls, next: object | None = None) -> Self: ...

@final
class UntracedNode:
    """The same link, with no `__traverse__` or `__clear__`: the collector cannot see `next`."""

    next: object | None
    def __new__(cls, next: object | None = None) -> Self: ...

@final
class Point:
    """A point on a grid of whole numbers."""

    x: int
    y: int
    def __new__(cls, x: int, y: int) -> Self: ...

@final
class Tally:
    """A running total whose methods take `&mut self`."""

    def __new__(cls) -> Self: ...
    def add(self, amount: int) -> None: ...
    def total(self) -> int: ...
    def add_and_notify(self, amount: int, callback: Callable[[], object]) -> None:
        """Add `amount`, then call `callback()` while this method still holds `&mut self`."""

@final
class AtomicTally:
    """The same running total, frozen: every method takes `&self` and the total is an atomic."""

    def __new__(cls) -> Self: ...
    def add(self, amount: int) -> None: ...
    def total(self) -> int: ...
    def add_and_notify(self, amount: int, callback: Callable[[], object]) -> None: ...

@final
class Sentence:
    """The words of a text, split on whitespace: `Sentence("the quick fox")`."""

    def __new__(cls, text: str) -> Self: ...
    def __len__(self) -> int: ...
    def __getitem__(self, index: int, /) -> str: ...
    def __contains__(self, word: object, /) -> bool: ...

@final
class IndexEcho:
    """Three items, each of them its own index: `IndexEcho()[i]` hands back `i` as it arrived."""

    def __new__(cls) -> Self: ...
    def __len__(self) -> int: ...
    def __getitem__(self, index: int, /) -> int: ...

@disjoint_base
class Shape:
    """Any shape. `subclass` lets other classes, in Rust or in Python, extend it."""

    def __new__(cls, name: str) -> Self: ...
    @property
    def name(self) -> str: ...
    def area(self) -> float:
        """A shape in general has no area; subclasses say what theirs is."""

    def describe(self) -> str:
        """Calls `area` the Python way, so a subclass's own `area` is the one that runs."""

@final
class Square(Shape):
    """A square: a `Shape` whose Rust value sits beside the base class's."""

    def __new__(cls, side: float) -> Self: ...
    @property
    def side(self) -> float: ...
    def area(self) -> float: ...
    def base_name(self) -> str:
        """The base class's value, reached with `as_super`."""

@disjoint_base
class Greeter:
    """Greet people: `Greeter("Hello").greet("Ada")` returns `"Hello, Ada!"`."""

    def __new__(cls, greeting: str = "Hello") -> Self: ...
    def greet(self, name: str) -> str: ...
    def greet_all(self, names: Sequence[str]) -> list[str]:
        """Greet each name through `self.greet`, so that a subclass's `greet` is the one used."""

@disjoint_base
class Temperature:
    """A temperature that is never below absolute zero: `Temperature(celsius)`."""

    # The lowest temperature there is, in °C.
    ABSOLUTE_ZERO: Final = -273.15
    def __new__(cls, celsius: float) -> Self: ...
    @property
    def celsius(self) -> float:
        """Degrees Celsius."""

    @celsius.setter
    def celsius(self, celsius: float) -> None: ...
    @property
    def fahrenheit(self) -> float:
        """Degrees Fahrenheit, worked out from the Celsius value."""

    @fahrenheit.setter
    def fahrenheit(self, fahrenheit: float) -> None: ...
    @staticmethod
    def celsius_from_fahrenheit(fahrenheit: float) -> float:
        """Convert °F to °C. Needs neither an instance nor the class."""

    @classmethod
    def from_fahrenheit(cls, fahrenheit: float) -> Self:
        """Make a temperature from °F. Called on a subclass, it makes an instance of that subclass."""

@final
class LocalCounter:
    """A counter that keeps its count in an `Rc<Cell<u64>>`, which is neither `Send` nor `Sync`.
    `unsendable` lets it compile; PyO3 then refuses any other thread that touches it.
    """

    def __new__(cls) -> Self: ...
    def increment(self) -> int:
        """Add one and return the new count (saturating at the largest u64)."""

@final
class Words:
    """Like `Sentence`, but `words[1:3]` works too, and gives `Words`, as a list's slice is a list."""

    def __new__(cls, text: str) -> Self: ...
    def __len__(self) -> int: ...
    @overload
    def __getitem__(self, index: int, /) -> str: ...
    @overload
    def __getitem__(self, index: slice, /) -> Words: ...
