// ANCHOR: power
/// `base` to the power `exponent`. Written outside the `mod` and never exported.
#[pyfunction]
fn power(base: i64, exponent: u32) -> i64 {
    base.pow(exponent)
}
// ANCHOR_END: power
