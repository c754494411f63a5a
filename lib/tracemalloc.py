"""Trace memory blocks allocated by Python (slotlab: by the modelled CPython).

The figures are those of the CPython version chosen with --python: every
block is sized and timed by slotlab's model of CPython's allocations.
Snapshots are not available; get_traced_memory() and friends are.
"""
from _tracemalloc import (start, stop, is_tracing, clear_traces, get_traced_memory,
                          get_tracemalloc_memory, get_traceback_limit)
import sys as _sys

if _sys.version_info >= (3, 9):
    from _tracemalloc import reset_peak


def take_snapshot():
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    raise RuntimeError("slotlab: tracemalloc snapshots are not supported; "
                       "use tracemalloc.get_traced_memory()")


def get_object_traceback(obj):
    """Where obj was allocated: slotlab keeps no tracebacks of allocations,
    so this is None (as CPython returns for untraced objects)."""
    return None
