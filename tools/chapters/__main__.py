"""`python -m tools.chapters ...`, as the justfile runs it (tools/chapters/__init__.py says
what it takes)."""

import sys

from tools.chapters import main

sys.exit(main(sys.argv[1:]))
