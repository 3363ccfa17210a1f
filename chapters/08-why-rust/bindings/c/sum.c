/* Chapter 8: `add` and `sum_ints` written against CPython's C API, by hand, done right. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>

/* Whether a + b would overflow a long long. (Signed overflow is undefined behaviour in C,
   so the check must come before the addition.) */
static int
add_overflows(long long a, long long b)
{
    return (b > 0 && a > LLONG_MAX - b) || (b < 0 && a < LLONG_MIN - b);
}

// ANCHOR: add
static PyObject *
add(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "add() takes exactly 2 arguments (%zd given)", nargs);
        return NULL;
    }
    long long a = PyLong_AsLongLong(args[0]);
    if (a == -1 && PyErr_Occurred()) {
        return NULL;
    }
    long long b = PyLong_AsLongLong(args[1]);
    if (b == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (add_overflows(a, b)) {
        PyErr_SetString(PyExc_OverflowError, "the sum does not fit in 64 bits");
        return NULL;
    }
    return PyLong_FromLongLong(a + b);
}
// ANCHOR_END: add

// ANCHOR: sum-ints
static PyObject *
sum_ints(PyObject *Py_UNUSED(module), PyObject *values)
{
    if (!PyList_Check(values)) {
        PyErr_Format(PyExc_TypeError, "sum_ints() argument must be a list, not '%.200s'",
                     Py_TYPE(values)->tp_name);
        return NULL;
    }
    long long total = 0;
    /* The length is read again on every turn: converting an item can run Python code
       (its __index__), and that code may shorten the list. */
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(values); i++) {
        /* A borrowed reference: the list owns the item, and we only use it right now. */
        PyObject *item = PyList_GET_ITEM(values, i);
        long long value = PyLong_AsLongLong(item);
        if (value == -1 && PyErr_Occurred()) {
            return NULL;
        }
        if (add_overflows(total, value)) {
            PyErr_SetString(PyExc_OverflowError, "the sum does not fit in 64 bits");
            return NULL;
        }
        total += value;
    }
    return PyLong_FromLongLong(total);
}
// ANCHOR_END: sum-ints

// ANCHOR: module
static PyMethodDef methods[] = {
    {"add", (PyCFunction)(void (*)(void))add, METH_FASTCALL, "Add two 64-bit integers."},
    {"sum_ints", sum_ints, METH_O, "The sum of a list of 64-bit integers."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "why_rust_c",
    .m_doc = "add and sum_ints, written with the CPython C API.",
    .m_size = 0,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_why_rust_c(void)
{
    return PyModule_Create(&module);
}
// ANCHOR_END: module
