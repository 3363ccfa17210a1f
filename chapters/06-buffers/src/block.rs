//! Offering Rust memory to Python: a `Block` of bytes that `memoryview`, `bytes` and NumPy
//! can read and write in place.

use std::ffi::c_int;

use pyo3::exceptions::{PyBufferError, PyMemoryError};
use pyo3::ffi;
use pyo3::prelude::*;

// ANCHOR: block
/// A block of zeroed bytes, owned by Rust and shared with Python through the buffer protocol.
#[pyclass(module = "buffers")]
pub struct Block {
    data: Vec<u8>,
    readonly: bool,
    /// How many buffers of `data` are exported now; while any is, `data` must not move.
    exports: usize,
}
// ANCHOR_END: block

// ANCHOR: methods
#[pymethods]
impl Block {
    #[new]
    #[pyo3(signature = (size, *, readonly = false))]
    fn new(size: usize, readonly: bool) -> PyResult<Self> {
        let data = zeroed(size)?;
        Ok(Block {
            data,
            readonly,
            exports: 0,
        })
    }

    fn __len__(&self) -> usize {
        self.data.len()
    }

    /// How many views of the block are alive.
    #[getter]
    fn exports(&self) -> usize {
        self.exports
    }

    /// Change the size of the block, keeping the bytes that fit and zeroing the new ones.
    fn resize(&mut self, size: usize) -> PyResult<()> {
        if self.exports > 0 {
            return Err(PyBufferError::new_err(format!(
                "cannot resize a Block while {} view(s) of it are alive",
                self.exports
            )));
        }
        let mut data = zeroed(size)?;
        let kept = size.min(self.data.len());
        data[..kept].copy_from_slice(&self.data[..kept]);
        self.data = data;
        Ok(())
    }

    /// Called by `memoryview(block)`, `numpy.asarray(block)` and every other consumer.
    // SAFETY: PyO3 requires this slot to be an `unsafe fn`; CPython is its only caller, and it
    // passes a `Py_buffer` of its own for us to fill, which is what `export` needs.
    unsafe fn __getbuffer__(
        slf: Bound<'_, Self>,
        view: *mut ffi::Py_buffer,
        flags: c_int,
    ) -> PyResult<()> {
        // SAFETY: `view` is the Py_buffer CPython handed to this slot, as `export` needs.
        unsafe { export(slf, view, flags) }
    }

    /// Called once for each view when its consumer is done with it.
    // SAFETY: PyO3 requires this slot to be an `unsafe fn`; it only counts, and never reads
    // `_view`.
    unsafe fn __releasebuffer__(mut slf: PyRefMut<'_, Self>, _view: *mut ffi::Py_buffer) {
        slf.exports -= 1;
    }
}
// ANCHOR_END: methods

// ANCHOR: getbuffer
/// Fill `view` with the block's bytes, and count the export.
///
/// # Safety
///
/// `view` must point to a `Py_buffer` that the caller owns and that nothing else fills.
unsafe fn export(slf: Bound<'_, Block>, view: *mut ffi::Py_buffer, flags: c_int) -> PyResult<()> {
    let mut block = slf.borrow_mut();
    let bytes = block.data.as_mut_ptr();
    // A Vec never holds more than isize::MAX bytes, so this cannot fail.
    let len = isize::try_from(block.data.len()).expect("a Vec fits in isize");
    let readonly = c_int::from(block.readonly);
    let owner = slf.as_ptr();
    // SAFETY: our caller gives us `view` to fill. `PyBuffer_FillInfo` stores `bytes` and
    // `len`, which describe `block.data` exactly, and a new reference to the block in
    // `view.obj`, so the block (and its Vec) lives until the consumer releases the view.
    // The Vec does not move meanwhile: `exports` stays above zero until `__releasebuffer__`,
    // and `resize`, the one method that replaces the Vec, refuses to run while it is.
    // `PyBuffer_FillInfo` refuses a writable view of a read-only block.
    let status = unsafe { ffi::PyBuffer_FillInfo(view, owner, bytes.cast(), len, readonly, flags) };
    if status == -1 {
        return Err(PyErr::fetch(slf.py()));
    }
    block.exports += 1;
    Ok(())
}
// ANCHOR_END: getbuffer

/// `size` zero bytes, or a `MemoryError` when there is not enough memory for them.
fn zeroed(size: usize) -> PyResult<Vec<u8>> {
    let mut data = Vec::new();
    data.try_reserve_exact(size)
        .map_err(|_| PyMemoryError::new_err(format!("cannot allocate a Block of {size} bytes")))?;
    data.resize(size, 0);
    Ok(data)
}
