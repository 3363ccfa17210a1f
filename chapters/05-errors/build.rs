// ANCHOR: build-script
// Turn on `#[cfg(Py_3_11)]` and friends for the Python this crate is built against.
fn main() {
    pyo3_build_config::use_pyo3_cfgs();
}
// ANCHOR_END: build-script
