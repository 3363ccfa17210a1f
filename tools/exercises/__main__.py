"""`python -m tools.exercises ...`, as the justfile runs it (tools/exercises/__init__.py says
what it takes)."""

import sys

from tools.exercises import main

sys.exit(main(sys.argv[1:]))
