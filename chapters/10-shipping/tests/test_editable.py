"""`maturin develop`, which `just build` runs, installs the package in place."""

from pathlib import Path

import shipping


def test_the_development_install_is_the_source_folder():
    # `maturin develop` (which `just build` runs) installs the mixed layout in place: Python
    # imports python/shipping/ itself, so an edit to report.py needs no rebuild.
    source = Path(__file__).parents[1] / "python" / "shipping"
    assert Path(shipping.__file__).parent == source
    assert Path(shipping._core.__file__).parent == source
