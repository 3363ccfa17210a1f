"""The pure-Python twin of chapter 9's `validator`: the same schemas, results and errors.

The tests run every case against both and require identical answers, so this file is the
specification in a form anyone can read; the benchmark measures what Rust gains over it.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import json
import math

MAX_DEPTH = 32
MAX_ERRORS = 1000
TYPES = ("int", "float", "str", "bool", "none", "list", "object")
OPTIONS = {
    "int": ("min", "max"),
    "float": ("min", "max"),
    "str": ("min_length", "max_length"),
    "list": ("items", "min_length", "max_length"),
    "object": ("fields",),
    "bool": (),
    "none": (),
}
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def fits_in_64_bits(value: int) -> bool:
    # A comparison, not `value in range(...)`: for an int subclass, `in` scans the range.
    return INT64_MIN <= value <= INT64_MAX


@contextlib.contextmanager
def _collector_paused():
    """The garbage collector off while the block runs, then back as it was."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class SchemaError(ValueError):
    """The schema itself is wrong: raised by Schema(...), never by validate."""


class ValidationError(ValueError):
    """The data did not fit the schema. `str()` lists every error; `errors()` returns them."""

    def __init__(self, errors: list[tuple[tuple, str]], more: bool) -> None:
        super().__init__()
        self._errors = errors
        self._more = more

    def errors(self) -> list[dict]:
        return [{"loc": loc, "msg": msg} for loc, msg in self._errors]

    def __str__(self) -> str:
        count = len(self._errors)
        if count == 1:
            lines = ["1 validation error"]
        elif self._more:
            lines = [f"more than {count} validation errors; the first {count}"]
        else:
            lines = [f"{count} validation errors"]
        for loc, msg in self._errors:
            where = ".".join(str(part) for part in loc)
            lines.append(f"  {where}: {msg}" if loc else f"  {msg}")
        return "\n".join(lines)


class _Errors:
    def __init__(self) -> None:
        self.items: list[tuple[tuple, str]] = []
        self.more = False

    def push(self, loc: tuple, msg: str) -> None:
        if len(self.items) < MAX_ERRORS:
            self.items.append((loc, msg))
        else:
            self.more = True


_MISSING = object()


# Schema compilation: a node is a dict with "type", "nullable" and the type's options.


def _fail(path: list[str], message: str) -> SchemaError:
    return SchemaError(f"{'.'.join(path)}: {message}")


def _compile(spec, path: list[str], depth: int, in_object: bool) -> dict:
    if depth > MAX_DEPTH:
        raise _fail(path, f"the schema nests more than {MAX_DEPTH} levels deep")
    if not isinstance(spec, dict):
        raise _fail(path, f"expected a dict, got {type(spec).__name__}")
    for key in spec:
        if not isinstance(key, str):
            found = type(key).__name__
            raise _fail(path, f"keys must be strings, found a key of type '{found}'")
    if "type" not in spec:
        raise _fail(path, "missing key 'type'")
    kind = spec["type"]
    if not (isinstance(kind, str) and kind in TYPES):
        raise _fail([*path, "type"], f"unknown type {kind!r}")
    kind = str.__str__(kind)
    common = ("type", "nullable", "required", "default") if in_object else ("type", "nullable")
    for key in spec:
        if key not in common and key not in OPTIONS[kind]:
            raise _fail(path, f"unknown key {key!r} for type '{kind}'")
    node = {"type": kind, "nullable": _flag(spec, "nullable", False, path)}
    required = _flag(spec, "required", True, path)
    if "default" in spec and "required" in spec and required:
        raise _fail(path, "a field with a default cannot be required")
    if kind == "int":
        node["min"], node["max"] = _integer(spec, "min", path), _integer(spec, "max", path)
        low, high = node["min"], node["max"]
        if low is not None and high is not None and low > high:
            raise _fail(path, f"min {low} is greater than max {high}")
    elif kind == "float":
        node["min"], node["max"] = _number(spec, "min", path), _number(spec, "max", path)
        low, high = node["min"], node["max"]
        if low is not None and high is not None and low[0] > high[0]:
            raise _fail(path, f"min {low[1]} is greater than max {high[1]}")
    elif kind == "str":
        node["length"] = _lengths(spec, path)
    elif kind == "list":
        node["length"] = _lengths(spec, path)
        if "items" not in spec:
            raise _fail(path, "missing key 'items'")
        node["items"] = _compile(spec["items"], [*path, "items"], depth + 1, False)["node"]
    elif kind == "object":
        node["fields"] = _fields(spec, path, depth)
    default = _MISSING
    if "default" in spec:
        errors = _Errors()
        value = _check(node, spec["default"], (), errors)
        if errors.items:
            loc, msg = errors.items[0]
            reason = f"{'.'.join(str(p) for p in loc)}: {msg}" if loc else msg
            raise _fail([*path, "default"], f"not valid: {reason}")
        default = value
    return {"node": node, "required": required and default is _MISSING, "default": default}


def _fields(spec: dict, path: list[str], depth: int) -> list:
    if "fields" not in spec:
        raise _fail(path, "missing key 'fields'")
    fields = spec["fields"]
    path = [*path, "fields"]
    if not isinstance(fields, dict):
        raise _fail(path, f"expected a dict, got {type(fields).__name__}")
    compiled = []
    for name, field in fields.items():
        if not isinstance(name, str):
            found = type(name).__name__
            raise _fail(path, f"keys must be strings, found a key of type '{found}'")
        if not _valid_unicode(name):
            raise _fail(path, "field names must be valid Unicode")
        compiled.append((name, _compile(field, [*path, name], depth + 1, True)))
    return compiled


def _flag(spec: dict, key: str, absent: bool, path: list[str]) -> bool:
    if key not in spec:
        return absent
    if not isinstance(spec[key], bool):
        raise _fail([*path, key], "expected True or False")
    return spec[key]


def _integer(spec: dict, key: str, path: list[str]):
    if key not in spec:
        return None
    value = spec[key]
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail([*path, key], "expected an integer")
    if not fits_in_64_bits(value):
        raise _fail([*path, key], "expected an integer that fits in 64 bits")
    return int(value)


def _number(spec: dict, key: str, path: list[str]):
    """A float bound: (its value as a float, the text the schema wrote it as)."""
    if key not in spec:
        return None
    value = spec[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail([*path, key], "expected a number")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail([*path, key], "expected a finite number")
        return (float(value), repr(value))
    return (float(_integer(spec, key, path)), repr(value))


def _lengths(spec: dict, path: list[str]) -> tuple:
    found = []
    for key in ("min_length", "max_length"):
        length = _integer(spec, key, path)
        if length is not None and length < 0:
            raise _fail([*path, key], "expected an integer of at least 0")
        found.append(length)
    low, high = found
    if low is not None and high is not None and low > high:
        raise _fail(path, f"min_length {low} is greater than max_length {high}")
    return (low, high)


def _valid_unicode(text: str) -> bool:
    try:
        str.encode(text, "utf-8")
    except UnicodeEncodeError:
        return False
    return True


# Validation: the same checks in the same order as the Rust `check`.


def _wrong_length(length: int, bounds: tuple, unit: str):
    low, high = bounds
    if low is not None and length < low:
        side, n = "at least", low
    elif high is not None and length > high:
        side, n = "at most", high
    else:
        return None
    return f"must have {side} {n} {unit}{'' if n == 1 else 's'}"


def _out_of_range(value, low, high):
    if low is not None and value < low[0]:
        return f"must be at least {low[1]}"
    if high is not None and value > high[0]:
        return f"must be at most {high[1]}"
    return None


def _check(node: dict, value, loc: tuple, errors: _Errors):
    """The validated value, or _MISSING after pushing the errors found at `loc`."""
    kind = node["type"]
    if value is None and node["nullable"]:
        return None
    problem = None
    is_int = isinstance(value, int) and not isinstance(value, bool)
    # An instance of a subclass is read as the value it holds, as the Rust side reads it
    # through the C API: methods the subclass overrides (`__int__`, `__lt__`, `__len__`,
    # `__iter__`, `__getitem__`, ...) are never called, so each read goes through the base
    # type's own method.
    if is_int:
        value = int.__int__(value)
    if kind in ("int", "float") and is_int and not fits_in_64_bits(value):
        problem = "expected an integer that fits in 64 bits"
    elif kind == "int":
        if not is_int:
            problem = "expected an integer"
        else:
            low, high = node["min"], node["max"]
            problem = _out_of_range(
                value,
                None if low is None else (low, str(low)),
                None if high is None else (high, str(high)),
            )
    elif kind == "float":
        if not (is_int or isinstance(value, float)):
            problem = "expected a number"
        else:
            value = float(value) if is_int else float.__float__(value)
            if not math.isfinite(value):
                problem = "expected a finite number"
            else:
                problem = _out_of_range(value, node["min"], node["max"])
    elif kind == "str":
        if not isinstance(value, str):
            problem = "expected a string"
        elif not _valid_unicode(value):
            problem = "expected a string without lone surrogates"
        else:
            problem = _wrong_length(str.__len__(value), node["length"], "character")
            value = str.__str__(value)
    elif kind == "bool":
        if not isinstance(value, bool):
            problem = "expected a boolean"
    elif kind == "none":
        if value is not None:
            problem = "expected None"
    elif kind == "list":
        if not isinstance(value, list):
            problem = "expected a list"
        else:
            problem = _wrong_length(list.__len__(value), node["length"], "item")
            if problem is None:
                return _check_list(node["items"], value, loc, errors)
    elif not isinstance(value, dict):
        problem = "expected a dict"
    else:
        return _check_object(node["fields"], value, loc, errors)
    if problem is not None:
        errors.push(loc, problem)
        return _MISSING
    return value


def _check_list(items: dict, values: list, loc: tuple, errors: _Errors):
    values = list.__iter__(values)
    checked = [_check(items, value, (*loc, index), errors) for index, value in enumerate(values)]
    return _MISSING if any(value is _MISSING for value in checked) else checked


def _check_object(fields: list, value: dict, loc: tuple, errors: _Errors):
    ok = True
    # A key equal to a field's name is that field, whatever its type. Any other key must be
    # a str; a dict with no key beyond the fields found has no other key to look at.
    found = [name for name, _ in fields if dict.__contains__(value, name)]
    if dict.__len__(value) > len(found):
        for key in dict.__iter__(value):
            if not isinstance(key, str):
                kind = type(key).__name__
                errors.push(loc, f"keys must be strings, found a key of type '{kind}'")
                ok = False
    result = {}
    for name, field in fields:
        if dict.__contains__(value, name):
            checked = _check(field["node"], dict.__getitem__(value, name), (*loc, name), errors)
            if checked is _MISSING:
                ok = False
            else:
                result[name] = checked
        elif field["default"] is not _MISSING:
            result[name] = copy.deepcopy(field["default"])
        elif field["required"]:
            errors.push((*loc, name), "field required")
            ok = False
    return result if ok else _MISSING


class Schema:
    """A schema, compiled once from plain Python data, that validates documents (dicts)."""

    def __init__(self, spec) -> None:
        self._root = _compile(spec, ["schema"], 1, False)["node"]

    def validate(self, doc):
        errors = _Errors()
        value = _check(self._root, doc, (), errors)
        if errors.items:
            raise ValidationError(errors.items, errors.more)
        return value

    def validate_many(self, docs):
        if not isinstance(docs, list):
            found = type(docs).__name__
            raise TypeError(f"validate_many() takes a list of documents, not {found}")
        errors = _Errors()
        values = [_check(self._root, doc, (index,), errors) for index, doc in enumerate(docs)]
        if errors.items:
            raise ValidationError(errors.items, errors.more)
        return values

    def validate_each(self, docs):
        if not isinstance(docs, list):
            found = type(docs).__name__
            raise TypeError(f"validate_each() takes a list of documents, not {found}")
        results = []
        with _collector_paused():
            for doc in docs:
                errors = _Errors()
                value = _check(self._root, doc, (), errors)
                results.append(
                    ValidationError(errors.items, errors.more) if errors.items else value
                )
        return results

    # ANCHOR: twin-json
    def validate_json(self, data):
        if not isinstance(data, bytes):
            raise TypeError(f"validate_json() takes bytes, not {type(data).__name__}")
        errors = _Errors()
        value = self._json(data, (), errors)
        if errors.items:
            raise ValidationError(errors.items, errors.more)
        return _dump(value)

    def _json(self, data: bytes, loc: tuple, errors: _Errors):
        try:
            doc = _parse(data)
        except _InvalidJson as error:
            errors.push(loc, f"invalid JSON: {error}")
            return _MISSING
        return _check(self._root, doc, loc, errors)

    # ANCHOR_END: twin-json

    def validate_json_many(self, docs):
        _json_docs(docs, "validate_json_many")
        errors = _Errors()
        values = [self._json(doc, (index,), errors) for index, doc in enumerate(docs)]
        if errors.items:
            raise ValidationError(errors.items, errors.more)
        return [_dump(value) for value in values]

    def validate_json_each(self, docs):
        _json_docs(docs, "validate_json_each")
        results = []
        for doc in docs:
            errors = _Errors()
            value = self._json(doc, (), errors)
            error = ValidationError(errors.items, errors.more) if errors.items else None
            results.append(error if error is not None else _dump(value))
        return results


# JSON in and out: the standard library's parser, held to the rules of the Rust one.


# ANCHOR: twin-parse
class _InvalidJson(Exception):
    pass


def _refuse(constant: str):
    raise _InvalidJson(f"{constant} is not JSON")


def _parse(data: bytes):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _InvalidJson(f"not UTF-8 at byte {error.start}") from None
    try:
        return json.loads(text, parse_constant=_refuse)
    except json.JSONDecodeError as error:
        # One message ends in "at" already ("Invalid control character at"): say it once.
        message = error.msg.removesuffix(" at")
        raise _InvalidJson(f"{message} at line {error.lineno} column {error.colno}") from None
    except RecursionError:
        raise _InvalidJson("nested too deep") from None
    except ValueError as error:  # an int of more than 4300 digits
        raise _InvalidJson(str(error)) from None


def _json_docs(docs, method: str) -> None:
    """Refuse anything but a list of bytes, in the words of `method`."""
    takes = f"{method}() takes a list of bytes"
    if not isinstance(docs, list):
        raise TypeError(f"{takes}, not {type(docs).__name__}")
    for index, doc in enumerate(docs):
        if not isinstance(doc, bytes):
            raise TypeError(f"{takes}, found {type(doc).__name__} at index {index}")


def _dump(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


# ANCHOR_END: twin-parse
