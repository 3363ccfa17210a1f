"""What both validators answered, in a form that tells 1, 1.0 and True apart: the twins are
compared on this, so that an int where the other gives a float is a difference."""

MALFORMED = "invalid JSON: "


def typed(value):
    """`value` with the type of every part spelled out, so that 1, 1.0 and True differ."""
    if isinstance(value, dict):
        return {key: typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [typed(item) for item in value]
    return (type(value).__name__, value)


# ANCHOR: normalized
def normalized(errors):
    """The errors, with a malformed document's message cut to what both parsers agree on."""
    return [{**e, "msg": "invalid JSON"} if e["msg"].startswith(MALFORMED) else e for e in errors]


# ANCHOR_END: normalized


def outcome(module, spec, docs, json=False):
    """What validating the batch `docs` gives: the schema's error, the answers, or the errors
    and their text. For JSON, malformed documents' errors are `normalized`, and the text,
    which would quote each parser's words, is left out."""
    try:
        schema = module.Schema(spec)
    except module.SchemaError as error:
        return ("schema error", str(error))
    try:
        if json:
            return ("ok", schema.validate_json_many(docs))
        return ("ok", typed(schema.validate_many(docs)))
    except module.ValidationError as error:
        if json:
            return ("error", normalized(error.errors()))
        return ("error", error.errors(), str(error))
