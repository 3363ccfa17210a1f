"""Functions written in Rust, called from Python."""

__all__ = [
    "check_port",
    "describe",
    "floor_divmod",
    "greet",
    "initial",
    "list_total",
    "sum_as_string",
    "shout",
    "total",
    "truncate",
]

def sum_as_string(a: int, b: int) -> str:
    """Add two non-negative integers and return the sum as a string."""

# ANCHOR: greet
def greet(name: str, greeting: str = "Hello", *, punctuation: str = "!") -> str:
    """Greet someone: `greet("Ada")` returns `"Hello, Ada!"`."""

# ANCHOR_END: greet

def total(*numbers: int) -> int:
    """Add up any number of integers: `total(1, 2, 3)` returns `6`."""

def list_total(numbers: list[int]) -> int:
    """Add up the integers in one list: `list_total([1, 2, 3])` returns `6`."""

def describe(**fields: object) -> str:
    """Describe keyword arguments, sorted by name: `describe(b=2, a="x")` returns `"a='x', b=2"`."""

def shout(text: str) -> str:
    """Return the text in capitals, with an exclamation mark."""

def initial(name: str | None) -> str | None:
    """The first letter of a name, or None for None or an empty name."""

def truncate(text: str, limit: int | None = None) -> str:
    """Keep the first `limit` characters of `text`; keep all of it when `limit` is None."""

def check_port(port: int) -> None:
    """Raise ValueError unless `port` can be listened on; return None when it can."""

def floor_divmod(a: int, b: int) -> tuple[int, int]:
    """Floor division and remainder, like Python's `divmod` on integers."""
