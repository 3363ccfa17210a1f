"""`maturin develop`, which `just build` runs, installs the package in place."""

import sysconfig
from pathlib import Path

import shipping

CHAPTER = Path(__file__).resolve().parents[1]


# ANCHOR: editable
def test_the_development_install_is_the_source_folder():
    # `maturin develop` (which `just build` runs) installs the mixed layout in place: a .pth
    # file puts python/ on the path, so Python imports python/shipping/ itself, and an edit
    # to report.py needs no rebuild.
    pth = Path(sysconfig.get_paths()["purelib"]) / "shipping.pth"
    assert pth.read_text().strip() == str(CHAPTER / "python")
    source = CHAPTER / "python" / "shipping"
    assert Path(shipping.__file__).parent == source
    assert Path(shipping._core.__file__).parent == source


# ANCHOR_END: editable
