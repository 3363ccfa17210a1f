"""Build the book, and fail where mdBook would only log a problem.

    python tools/book/build.py [BOOK_DIR] [-- MDBOOK_BUILD_ARGS]

mdBook 0.5 exits 0 after logging some errors (a bad `[output.html]` key, for one), so the
build fails here on any ERROR or WARN line as well as on a non-zero exit. Missing include
files and anchors are stopped earlier, by the include-check preprocessor in book.toml.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOUD = re.compile(r"\b(ERROR|WARN)\b")


def build(book: Path, extra: list[str]) -> int:
    # The pinned mdBook is installed beside the Python that runs this, active venv or not.
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    done = subprocess.run(
        ["mdbook", "build", str(book), *extra],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PATH": path},
    )
    output = done.stdout + done.stderr
    sys.stdout.write(output)
    loud = [line for line in output.splitlines() if LOUD.search(line)]
    if done.returncode != 0:
        print(f"book: mdbook exited with status {done.returncode}", file=sys.stderr)
        return done.returncode
    if loud:
        print("book: mdBook logged errors or warnings; failing the build.", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str]) -> int:
    extra: list[str] = []
    if "--" in argv:
        argv, extra = argv[: argv.index("--")], argv[argv.index("--") + 1 :]
    book = Path(argv[0]) if argv else ROOT / "book"
    return build(book, extra)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
