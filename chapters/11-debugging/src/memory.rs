//! Memory that Python's `tracemalloc` cannot see, and an allocator that counts it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::exceptions::PyMemoryError;
use pyo3::prelude::*;

// ANCHOR: allocator
/// The system's allocator, keeping count of the bytes this module holds.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every method hands the request to `System` unchanged and returns what it returns;
// the counter is only arithmetic beside it.
unsafe impl GlobalAlloc for Counting {
    // SAFETY: the caller keeps `GlobalAlloc::alloc`'s contract, and this passes the request on.
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller keeps `alloc`'s contract, which is also `System.alloc`'s.
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            HELD.fetch_add(layout.size(), Ordering::Relaxed);
        }
        pointer
    }

    // SAFETY: the caller keeps `GlobalAlloc::alloc_zeroed`'s contract, and this passes it on.
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let pointer = unsafe { System.alloc_zeroed(layout) };
        if !pointer.is_null() {
            HELD.fetch_add(layout.size(), Ordering::Relaxed);
        }
        pointer
    }

    // SAFETY: the caller keeps `GlobalAlloc::dealloc`'s contract, and this passes it on.
    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: `pointer` came from this allocator, which is `System`, with this layout.
        unsafe { System.dealloc(pointer, layout) };
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    // SAFETY: the caller keeps `GlobalAlloc::realloc`'s contract, and this passes it on.
    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `dealloc`, and the caller keeps `realloc`'s rules for `new_size`.
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            HELD.fetch_add(new_size, Ordering::Relaxed);
            HELD.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// How many bytes this module's Rust code holds from the allocator right now.
#[pyfunction]
pub fn rust_bytes_held() -> usize {
    HELD.load(Ordering::Relaxed)
}
// ANCHOR_END: allocator

// ANCHOR: block
/// `size` bytes of Rust memory, each set to 1, held for as long as the object lives.
#[pyclass(frozen)]
pub struct Block {
    bytes: Vec<u8>,
}

#[pymethods]
impl Block {
    #[new]
    fn new(size: usize) -> PyResult<Self> {
        let mut bytes = Vec::new();
        bytes
            .try_reserve_exact(size)
            .map_err(|_| PyMemoryError::new_err(format!("cannot hold {size} bytes")))?;
        bytes.resize(size, 1);
        Ok(Block { bytes })
    }

    fn __len__(&self) -> usize {
        self.bytes.len()
    }
}
// ANCHOR_END: block
