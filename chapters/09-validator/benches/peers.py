"""The benchmark's order schema for the two validators a reader would pick instead of this
chapter's: pydantic-core on its own (the Rust core under pydantic, without its model layer),
and msgspec. Each is written as its own experts would write it for this job, with the
chapter's rules: strict types on every value, no inf or nan, ints in 64 bits, the same bounds
and defaults, unknown keys ignored. tests/test_peers.py shows that they accept and refuse
what the chapter's validator does, and where they still differ.
"""

from __future__ import annotations

import sys
from typing import Annotated, Optional, Union

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType
from pydantic_core import SchemaSerializer, SchemaValidator
from pydantic_core import core_schema as cs

I64_MAX = 2**63 - 1


# ANCHOR: pydantic-core
def text(**bounds) -> cs.StrSchema:
    return cs.str_schema(strict=True, **bounds)


def field(schema: cs.CoreSchema, **options) -> cs.TypedDictField:
    return cs.typed_dict_field(schema, **options)


ITEM = cs.typed_dict_schema(
    {
        "sku": field(text(min_length=1, max_length=20)),
        "quantity": field(cs.int_schema(strict=True, ge=1, le=1000)),
        "price": field(cs.float_schema(strict=True, ge=0, allow_inf_nan=False)),
    }
)
# A TypedDict schema: dicts in and dicts out, the chapter's job. `strict=True` is set on
# every leaf, because a schema-wide `strict` does not reach into nested typed dicts.
ORDER_SCHEMA = cs.typed_dict_schema(
    {
        "id": field(cs.int_schema(strict=True, ge=1, le=I64_MAX)),
        "customer": field(
            cs.typed_dict_schema(
                {
                    "name": field(text(min_length=1, max_length=100)),
                    "email": field(text(max_length=200)),
                    "vip": field(
                        cs.with_default_schema(cs.bool_schema(strict=True), default=False)
                    ),
                }
            )
        ),
        "items": field(cs.list_schema(ITEM, min_length=1, max_length=50, strict=True)),
        "tags": field(
            cs.with_default_schema(
                cs.list_schema(text(max_length=20), strict=True), default_factory=list
            )
        ),
        "note": field(cs.nullable_schema(text()), required=False),
        "paid": field(cs.bool_schema(strict=True)),
    }
)
ORDER_VALIDATOR = SchemaValidator(ORDER_SCHEMA)
ORDER_SERIALIZER = SchemaSerializer(ORDER_SCHEMA)


def pydantic_core_json(data: bytes) -> bytes:
    """One JSON order validated and written back as JSON, by pydantic-core alone."""
    return ORDER_SERIALIZER.to_json(ORDER_VALIDATOR.validate_json(data))


# ANCHOR_END: pydantic-core


# ANCHOR: msgspec
# msgspec decodes into Structs, classes it makes fast to build; `Meta` holds the bounds.
# It has no rule for a finite float, so the largest finite float is the upper bound.
class MsgItem(Struct):
    sku: Annotated[str, Meta(min_length=1, max_length=20)]
    quantity: Annotated[int, Meta(ge=1, le=1000)]
    price: Annotated[float, Meta(ge=0, le=sys.float_info.max)]


class MsgCustomer(Struct):
    name: Annotated[str, Meta(min_length=1, max_length=100)]
    email: Annotated[str, Meta(max_length=200)]
    vip: bool = False


class MsgOrder(Struct, kw_only=True):
    id: Annotated[int, Meta(ge=1, le=I64_MAX)]
    customer: MsgCustomer
    items: Annotated[list[MsgItem], Meta(min_length=1, max_length=50)]
    tags: list[Annotated[str, Meta(max_length=20)]] = []
    # Left out of the answer when the document leaves it out, as in the chapter's.
    note: Union[Optional[str], UnsetType] = UNSET  # noqa: UP007, UP045 (read at run time, on 3.9 too)
    paid: bool


MSGSPEC_DECODER = msgspec.json.Decoder(MsgOrder)
MSGSPEC_ENCODER = msgspec.json.Encoder()


def msgspec_json(data: bytes) -> bytes:
    """One JSON order decoded into a Struct and encoded back, by msgspec."""
    return MSGSPEC_ENCODER.encode(MSGSPEC_DECODER.decode(data))


def msgspec_dict(doc: dict) -> MsgOrder:
    """One order, a dict, converted into a Struct by msgspec (strict, its default)."""
    return msgspec.convert(doc, MsgOrder)


# ANCHOR_END: msgspec
