// ANCHOR: build-script
// `cargo test` links its test program to Python's library, so that the tests can start an
// interpreter; this records that library's folder in the program, so the program finds it
// when it runs. When maturin builds the extension, nothing is linked, and this does nothing.
fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
}
// ANCHOR_END: build-script
