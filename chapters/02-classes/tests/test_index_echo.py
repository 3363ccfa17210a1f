"""Chapter 2: what `__getitem__` receives for a negative index, with and without C's help."""

# ANCHOR: index-echo
import ctypes

from classes import IndexEcho

# The C function that C extensions call to index a sequence. Python code never calls it.
PySequence_GetItem = ctypes.pythonapi.PySequence_GetItem
PySequence_GetItem.argtypes = [ctypes.py_object, ctypes.c_ssize_t]
PySequence_GetItem.restype = ctypes.py_object


def test_subscription_passes_a_negative_index_as_written_even_with_sequence():
    assert IndexEcho()[-1] == -1
    assert IndexEcho()[-5] == -5


def test_only_c_level_pysequence_getitem_adds_the_length():
    assert PySequence_GetItem(IndexEcho(), -1) == 2  # -1 + len 3
    assert PySequence_GetItem(IndexEcho(), 1) == 1


# ANCHOR_END: index-echo
