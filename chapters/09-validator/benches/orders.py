"""The benchmark's data: 10,000 orders, a few of them invalid, and one schema for them
written three ways (plain data for both twins, and a pydantic model)."""

from __future__ import annotations

import random
from typing import Annotated, Optional

from pydantic import BaseModel, ConfigDict, Field

# ANCHOR: schema
ORDER = {
    "type": "object",
    "fields": {
        "id": {"type": "int", "min": 1},
        "customer": {
            "type": "object",
            "fields": {
                "name": {"type": "str", "min_length": 1, "max_length": 100},
                "email": {"type": "str", "max_length": 200},
                "vip": {"type": "bool", "default": False},
            },
        },
        "items": {
            "type": "list",
            "min_length": 1,
            "max_length": 50,
            "items": {
                "type": "object",
                "fields": {
                    "sku": {"type": "str", "min_length": 1, "max_length": 20},
                    "quantity": {"type": "int", "min": 1, "max": 1000},
                    "price": {"type": "float", "min": 0},
                },
            },
        },
        "tags": {"type": "list", "items": {"type": "str", "max_length": 20}, "default": []},
        "note": {"type": "str", "nullable": True, "required": False},
        "paid": {"type": "bool"},
    },
}
# ANCHOR_END: schema


# ANCHOR: model
# The same schema for pydantic. `strict=True` refuses a bool for an int and a str for a
# number, as the schema does; an int is still accepted for a float, as it is here.
class Customer(BaseModel):
    model_config = ConfigDict(strict=True)
    name: Annotated[str, Field(min_length=1, max_length=100)]
    email: Annotated[str, Field(max_length=200)]
    vip: bool = False


class Item(BaseModel):
    model_config = ConfigDict(strict=True)
    sku: Annotated[str, Field(min_length=1, max_length=20)]
    quantity: Annotated[int, Field(ge=1, le=1000)]
    price: Annotated[float, Field(ge=0)]


class Order(BaseModel):
    model_config = ConfigDict(strict=True)
    id: Annotated[int, Field(ge=1)]
    customer: Customer
    items: Annotated[list[Item], Field(min_length=1, max_length=50)]
    tags: list[Annotated[str, Field(max_length=20)]] = []
    note: Optional[str] = None  # noqa: UP045 (pydantic reads it at run time, on 3.9 too)
    paid: bool


# ANCHOR_END: model

WORDS = ["red", "blue", "gift", "urgent", "bulk", "fragile", "eu", "us"]


def order(rng: random.Random, number: int) -> dict:
    """One valid order, about 1.5 kB as JSON, with 1 to 8 items."""
    doc = {
        "id": number,
        "customer": {"name": f"Customer {rng.randrange(10**6)}", "email": f"c{number}@example.com"},
        "items": [
            {
                "sku": f"SKU-{rng.randrange(10**5):05}",
                "quantity": rng.randint(1, 20),
                "price": round(rng.uniform(0.5, 200), 2) if rng.random() < 0.9 else 10,
            }
            for _ in range(rng.randint(1, 8))
        ],
        "tags": rng.sample(WORDS, rng.randint(0, 3)),
        "paid": rng.random() < 0.8,
    }
    if rng.random() < 0.3:
        doc["customer"]["vip"] = True
    if rng.random() < 0.3:
        doc["note"] = None if rng.random() < 0.5 else "leave at the door"
    if rng.random() < 0.2:
        doc["source"] = "web"  # an extra key: ignored
    return doc


def spoil(rng: random.Random, doc: dict) -> None:
    """Make one thing wrong in `doc`, the way real data goes wrong."""
    fault = rng.randrange(5)
    item = rng.choice(doc["items"])
    if fault == 0:
        item["price"] = "12.50"
    elif fault == 1:
        item["quantity"] = 0
    elif fault == 2:
        del doc["paid"]
    elif fault == 3:
        doc["customer"]["name"] = ""
    else:
        doc["id"] = True


def orders(count: int = 10_000, invalid_every: int = 40, seed: int = 9) -> list[dict]:
    """`count` orders; every `invalid_every`-th has one fault."""
    rng = random.Random(seed)
    docs = [order(rng, number) for number in range(1, count + 1)]
    for doc in docs[invalid_every - 1 :: invalid_every]:
        spoil(rng, doc)
    return docs
