"""Chapter 9's tests and benchmarks run the Rust `validator` beside its pure-Python twin,
`python/validator_reference.py`, the benchmarks read their data from `benches/orders.py`, and
the twins' tests share `tests/twin_answers.py`: this puts the three folders on the import
path."""

import sys
from pathlib import Path

HERE = Path(__file__).parent
for folder in ("python", "benches", "tests"):
    if str(HERE / folder) not in sys.path:
        sys.path.insert(0, str(HERE / folder))
