//! Plain Rust, with no PyO3 in it: `cargo test` checks this file without starting Python.

// ANCHOR: mean
/// The mean of `values`, rounded toward zero, or `None` when there are none.
pub fn mean(values: &[i64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    // An i128 holds the sum of any 2**64 i64 values, so adding cannot overflow.
    let total: i128 = values.iter().map(|&value| i128::from(value)).sum();
    // A mean lies between the smallest and the largest value, so it fits in an i64.
    Some((total / values.len() as i128) as i64)
}
// ANCHOR_END: mean

// ANCHOR: mean_unchecked
/// The first version: it divides by zero on an empty slice, and its sum may overflow.
pub fn mean_unchecked(values: &[i64]) -> i64 {
    let total: i64 = values.iter().sum();
    total / values.len() as i64
}
// ANCHOR_END: mean_unchecked

// ANCHOR: tests
#[cfg(test)]
mod tests {
    use super::{mean, mean_unchecked};

    #[test]
    fn the_mean_rounds_toward_zero() {
        assert_eq!(mean(&[1, 2]), Some(1));
        assert_eq!(mean(&[-1, -2]), Some(-1));
    }

    #[test]
    fn nothing_has_no_mean() {
        assert_eq!(mean(&[]), None);
    }

    #[test]
    fn a_sum_past_i64_still_has_a_mean() {
        assert_eq!(mean(&[i64::MAX, i64::MAX]), Some(i64::MAX));
        assert_eq!(mean(&[i64::MIN, i64::MIN]), Some(i64::MIN));
    }

    #[test]
    #[should_panic(expected = "attempt to divide by zero")]
    fn the_first_version_panics_on_nothing() {
        mean_unchecked(&[]);
    }
}
// ANCHOR_END: tests
