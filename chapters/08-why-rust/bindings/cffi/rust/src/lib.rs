//! Chapter 8: `add` and `sum_ints` as plain C functions written in Rust, without PyO3.
//! CFFI links this static library into a Python module; `why_rust_cffi.py` converts the
//! Python values by hand. Each function returns 0 and writes its answer through `result`,
//! or returns -1 when the answer does not fit in 64 bits.

// ANCHOR: ffi
/// Adds `a` and `b` into `*result`.
///
/// # Safety
///
/// `result` must point to an `i64` that the function may write.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn why_rust_add(a: i64, b: i64, result: *mut i64) -> i32 {
    match a.checked_add(b) {
        Some(sum) => {
            // SAFETY: the caller promises that `result` points to a writable `i64`.
            unsafe { result.write(sum) };
            0
        }
        None => -1,
    }
}

/// Adds the `length` numbers at `values` into `*result`.
///
/// # Safety
///
/// `values` must point to `length` initialised `i64`s that nothing writes to during the
/// call (it may dangle when `length` is 0), and `result` to an `i64` the function may write.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn why_rust_sum(values: *const i64, length: usize, result: *mut i64) -> i32 {
    let values: &[i64] = if length == 0 {
        &[]
    } else {
        // SAFETY: the caller promises `length` initialised, unchanging `i64`s at `values`.
        unsafe { std::slice::from_raw_parts(values, length) }
    };
    let total = values
        .iter()
        .try_fold(0_i64, |total, &value| total.checked_add(value));
    match total {
        Some(sum) => {
            // SAFETY: the caller promises that `result` points to a writable `i64`.
            unsafe { result.write(sum) };
            0
        }
        None => -1,
    }
}
// ANCHOR_END: ffi
