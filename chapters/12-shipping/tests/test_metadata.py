"""What PyPI reads from the package: `twine check --strict`, the check PyPI's upload runs,
passes on the wheel and the sdist."""

import subprocess

import pytest

from tools import chapters

pytestmark = pytest.mark.packaging


# ANCHOR: twine
def test_pypi_would_accept_the_wheels_and_the_sdists_metadata(wheel, sdist):
    command = [str(chapters.BIN / "twine"), "check", "--strict", str(wheel), str(sdist)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("PASSED") == 2


def test_the_metadata_names_the_licence_and_carries_the_readme(wheel):
    import zipfile

    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(name).decode()
    assert "License-Expression: MIT OR Apache-2.0\n" in metadata
    assert "Description-Content-Type: text/markdown" in metadata


# ANCHOR_END: twine
