// Chapter 8: `add` and `sum_ints` in C++, with pybind11.

#include <pybind11/pybind11.h>

#include <cstdint>
#include <limits>
#include <stdexcept>

namespace py = pybind11;

// ANCHOR: sum
// pybind11 turns std::overflow_error into Python's OverflowError.
static std::int64_t checked_add(std::int64_t a, std::int64_t b) {
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    constexpr auto min = std::numeric_limits<std::int64_t>::min();
    if ((b > 0 && a > max - b) || (b < 0 && a < min - b)) {
        throw std::overflow_error("the sum does not fit in 64 bits");
    }
    return a + b;
}

std::int64_t add(std::int64_t a, std::int64_t b) { return checked_add(a, b); }

std::int64_t sum_ints(const py::list &values) {
    std::int64_t total = 0;
    // Each `item` is a `py::handle`: a borrowed pointer into the list, with no reference held.
    for (py::handle item : values) {
        total = checked_add(total, item.cast<std::int64_t>());
    }
    return total;
}

PYBIND11_MODULE(why_rust_cpp, m) {
    m.doc() = "add and sum_ints, written in C++ with pybind11.";
    m.def("add", &add, "Add two 64-bit integers.");
    m.def("sum_ints", &sum_ints, "The sum of a list of 64-bit integers.");
}
// ANCHOR_END: sum
