"""Chapter 9's tests and benchmarks run the Rust `validator` beside its pure-Python twin,
`python/validator_reference.py`, and the benchmarks read their data from `benches/orders.py`:
this puts both folders on the import path."""

import sys
from pathlib import Path

HERE = Path(__file__).parent
for folder in ("python", "benches"):
    if str(HERE / folder) not in sys.path:
        sys.path.insert(0, str(HERE / folder))
