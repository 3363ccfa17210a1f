"""What a chapter's benchmarks call: which build they time, and how much memory a call takes.

`just bench` (tools/bench/run.py) runs the benchmarks on release builds and tells them so
through the environment; `just test` runs them once each as plain tests against the
installed module. So `timing()` says which it is, `debug_build(module)` and
`variant_build(module, name)` return the build a row compares with (the installed module
under `just test`), and `peak_growth(setup, call)` measures how far one call raises a new
process's peak memory.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

from tools import base

ROOT = base.ROOT
DEBUG_SITE = "BENCH_DEBUG_SITE"
VARIANT_SITE = "BENCH_VARIANT_SITE_"
TIMING = "BENCH_TIMING"


def timing() -> bool:
    """Whether `just bench` is timing this run; if not, `just test` is running the benchmarks
    once each as plain tests, and a benchmark may use less data to keep the tests quick."""
    return os.environ.get(TIMING) == "1"


def debug_build(module: str):
    """The chapter's module as `just bench` built it with the debug profile; when `just test`
    runs the benchmarks as plain tests, the module it installed."""
    return other_build(module, os.environ.get(DEBUG_SITE), "debug_build")


def variant_build(module: str, variant: str):
    """The chapter's module as `just bench` built it for the variant `variant` of its
    `benches/variants.json`; when `just test` runs the benchmarks, the module it installed."""
    site = os.environ.get(variant_variable(variant))
    return other_build(module, site, "variant_" + variant.replace("-", "_"))


def variant_variable(variant: str) -> str:
    return VARIANT_SITE + variant.upper().replace("-", "_")


def variants(chapter: Path) -> dict[str, list[str]]:
    path = chapter / "benches" / "variants.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def other_build(module: str, site: str | None, package: str):
    """`module` as built into the site-packages `site`, loaded beside the installed one as
    `package.module`; the installed one itself where there is no such site."""
    if not site:
        return importlib.import_module(module)
    library = next(Path(site, module).glob(f"{module}.*"), None)
    if library is None:
        raise RuntimeError(f"no {package} of {module} in {site}")
    # The same extension under another package name: the name's last part picks its init.
    spec = importlib.util.spec_from_file_location(f"{package}.{module}", library)
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


# Run in a fresh interpreter, so the peak it reports belongs to this one call. On Linux the
# peak is reset just before the call; elsewhere the peak of the interpreter's start-up may
# hide part of the call's.
PEAK_GROWTH = """
import resource, sys
setup, call = sys.argv[1:]
scope = {}
exec(setup, scope)
def peak():
    if sys.platform.startswith("linux"):
        with open("/proc/self/status") as status:
            fields = dict(line.split(":", 1) for line in status)
        return int(fields["VmHWM"].split()[0]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # bytes on macOS
if sys.platform.startswith("linux"):
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")  # the peak starts again from the memory in use now
before = peak()
exec(call, scope)
print(peak() - before)
"""


def peak_growth(setup: str, call: str) -> int:
    """How many bytes `call` adds to the peak memory (resident set) of a new Python process
    that ran `setup` first. It counts memory from any allocator, which tracemalloc does not:
    Rust's `Vec` does not allocate through Python."""
    command = [sys.executable, "-c", PEAK_GROWTH, setup, call]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"peak_growth failed:\n{done.stderr}")
    return int(done.stdout)
