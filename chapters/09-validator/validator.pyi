"""A schema validator in the spirit of pydantic-core: compile once, validate many."""

from typing import Any, Final, Literal, TypedDict, final, type_check_only

from typing_extensions import Never, Self

__all__ = ["Schema", "SchemaError", "ValidationError", "MAX_DEPTH", "MAX_ERRORS", "json_steps"]

# How deep a schema may nest (documents are read no deeper than their schema).
MAX_DEPTH: Final = 32
# The most errors one `ValidationError` lists.
MAX_ERRORS: Final = 1000

def json_steps(
    schema: Schema, docs: list[bytes], through: Literal["parse", "check", "write"]
) -> int:
    """`validate_json_each` through the step named `through` ("parse", "check" or "write") and
    no further: how many documents passed it. `just bench 9` times each step with it.
    """

# What validation returns depends on the schema, which only the running program knows: `Any`.

@final
class Schema:
    """A schema, compiled once from plain Python data, that validates documents (dicts)."""

    # `spec` is a dict such as `{"type": "object", "fields": {"id": {"type": "int"}}}`.
    def __new__(cls, spec: dict[str, Any]) -> Self: ...
    def validate(self, doc: object) -> Any:
        """Validate one document; return the validated data, with defaults filled in.
        Raise `ValidationError` listing every error.
        """

    def validate_many(self, docs: list[Any]) -> list[Any]:
        """Validate a list of documents; return the list of validated data. The errors of all
        of them are raised together, each location starting with its document's index.
        """
    def validate_json(self, data: bytes) -> bytes:
        """Validate one JSON document (UTF-8 bytes); return the validated data as compact JSON
        bytes, with defaults filled in and keys the schema does not name left out.
        Raise `ValidationError` listing every error (malformed JSON is one error).
        """
    def validate_json_many(self, docs: list[bytes]) -> list[bytes]:
        """Validate a list of JSON documents (bytes); return the list of validated documents as
        JSON bytes. The errors of all of them are raised together, each location starting
        with its document's index.
        """
    def validate_each(self, docs: list[Any]) -> list[Any | ValidationError]:
        """Validate a list of documents in one pass; return a list with, in each document's
        place, its validated data or the `ValidationError` that `validate` would raise for
        it, returned rather than raised. The garbage collector is paused while it runs.
        """
    def validate_json_each(self, docs: list[bytes]) -> list[bytes | ValidationError]:
        """Validate a list of JSON documents (bytes) in one pass; return a list with, in each
        document's place, its validated JSON bytes or the `ValidationError` that
        `validate_json` would raise for it, returned rather than raised.
        """

class SchemaError(ValueError):
    """The schema itself is wrong: raised by Schema(...), never by validate."""

# What `errors()` returns each error as. Only type checkers see it: the module has no such class.
@type_check_only
class _ErrorDetails(TypedDict):
    loc: tuple[str | int, ...]
    msg: str

@final
class ValidationError(ValueError):
    """The data did not fit the schema. `str()` lists every error; `errors()` returns them as
    a list of dicts, each with a `loc` tuple and a `msg`.
    """

    # It has no `#[new]`: only the module makes one, and `ValidationError(...)` raises TypeError.
    # `Never` refuses every argument; the return type stays `Self`, because a `__new__` that
    # returns `NoReturn` makes type checkers reject `except ValidationError:` itself.
    def __new__(cls, *args: Never, **kwargs: Never) -> Self: ...
    def errors(self) -> list[_ErrorDetails]:
        """Every error, as `[{"loc": ("items", 3, "price"), "msg": "expected a number"}, ...]`."""
