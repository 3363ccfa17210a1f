"""What both validators answered, in a form that tells 1, 1.0 and True apart: the twins are
compared on this, so that an int where the other gives a float is a difference."""


def typed(value):
    """`value` with the type of every part spelled out, so that 1, 1.0 and True differ."""
    if isinstance(value, dict):
        return {key: typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [typed(item) for item in value]
    return (type(value).__name__, value)
