"""Chapter 11: `cargo test` runs the crate's Rust tests, the plain ones in `stats.rs` and
those in `nesting.rs` that start an interpreter of their own, as part of `just test 11`."""

import os
import re
import subprocess
import sys
from pathlib import Path

CRATE = Path(__file__).parent.parent
ROOT = CRATE.parent.parent


# ANCHOR: cargo-test
def test_cargo_test_passes_the_rust_tests():
    target = Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target") / "cargo-test"
    # PyO3 builds against the Python it is told of; the tests start that Python's library.
    env = {**os.environ, "PYO3_PYTHON": sys.executable, "CARGO_TARGET_DIR": str(target)}
    command = ["cargo", "test", "--manifest-path", str(CRATE / "Cargo.toml")]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    passed = set(re.findall(r"^test (.+?) \.\.\. ok$", done.stdout, re.M))
    assert passed == {
        "stats::tests::the_mean_rounds_toward_zero",
        "stats::tests::nothing_has_no_mean",
        "stats::tests::a_sum_past_i64_still_has_a_mean",
        "stats::tests::the_first_version_panics_on_nothing - should panic",
        "nesting::tests::depth_counts_the_lists_around_the_deepest_item",
        "nesting::tests::depth_refuses_one_level_past_its_limit",
    }


# ANCHOR_END: cargo-test
