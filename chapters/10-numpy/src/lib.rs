//! Chapter 10: NumPy arrays, read and written through rust-numpy and ndarray.
//!
//! The `ANCHOR` comments mark the pieces the book shows.

mod borrows;
mod kernel;
mod returning;
mod views;

use pyo3::prelude::*;

// ANCHOR: module
/// NumPy arrays read in place as ndarray views, written under rust-numpy's borrow checks, and
/// returned without a copy.
#[pymodule]
mod arrays {
    #[pymodule_export]
    use super::borrows::add_into;
    #[pymodule_export]
    use super::kernel::{distance, distance_detached, distance_in_vec};
    #[pymodule_export]
    use super::returning::{ramp, ramp_and_address, ramp_list};
    #[pymodule_export]
    use super::views::{column_means, mean, sum_contiguous};
}
// ANCHOR_END: module
