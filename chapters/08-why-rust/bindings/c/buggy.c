/* Chapter 8: two mistakes that the C compiler accepts without a word. Each function is
   `sum_ints` from sum.c with one bug in it; the chapter's tests show what each does. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>

// ANCHOR: unchecked
/* BUG: PyLong_AsLongLong returns -1 and sets an exception for an item that is not an int,
   and nothing checks. The loop goes on, and the function returns a result while an
   exception is set, which breaks the C API's rule: NULL with an exception, or a result
   without one. */
static PyObject *
sum_ints_unchecked(PyObject *Py_UNUSED(module), PyObject *values)
{
    if (!PyList_Check(values)) {
        PyErr_SetString(PyExc_TypeError, "sum_ints_unchecked() argument must be a list");
        return NULL;
    }
    long long total = 0;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(values); i++) {
        total += PyLong_AsLongLong(PyList_GET_ITEM(values, i));
    }
    return PyLong_FromLongLong(total);
}
// ANCHOR_END: unchecked

// ANCHOR: leaky
/* BUG: PySequence_GetItem returns a new reference, which the caller owns and must give
   back with Py_DECREF. Nothing gives it back, so every item stays alive one count longer,
   each time the function runs. */
static PyObject *
sum_ints_leaky(PyObject *Py_UNUSED(module), PyObject *values)
{
    Py_ssize_t length = PySequence_Size(values);
    if (length < 0) {
        return NULL;
    }
    long long total = 0;
    for (Py_ssize_t i = 0; i < length; i++) {
        PyObject *item = PySequence_GetItem(values, i);
        if (item == NULL) {
            return NULL;
        }
        long long value = PyLong_AsLongLong(item);
        if (value == -1 && PyErr_Occurred()) {
            return NULL;
        }
        total += value;
    }
    return PyLong_FromLongLong(total);
}
// ANCHOR_END: leaky

static PyMethodDef methods[] = {
    {"sum_ints_unchecked", sum_ints_unchecked, METH_O, "sum_ints without its error check."},
    {"sum_ints_leaky", sum_ints_leaky, METH_O, "sum_ints that keeps a reference to each item."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "why_rust_c_buggy",
    .m_doc = "sum_ints with the mistakes a C compiler lets through.",
    .m_size = 0,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit_why_rust_c_buggy(void)
{
    return PyModule_Create(&module);
}
