"""Resolving many distinct references on every core.

Workers are forked after the resolver is built, so they share its registers and indexes
copy-on-write and start at once; each keeps its own caches. Results come back in order.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import warnings
from collections.abc import Callable, Sequence
from typing import Any

from admin_merge.gcpause import gc_paused
from admin_merge.matching.address import address_reader
from admin_merge.matching.model import Reference, Resolution, Status
from admin_merge.matching.resolver import Resolver

PARALLEL_MIN = 20_000  # below this, starting workers costs more than it saves
CHUNK = 4_000

_worker_resolver: Resolver | None = None


# References and resolutions cross the process boundary as plain tuples: pickling frozen
# slotted dataclasses cost more than resolving them (measured 0.75 s per 20,000 round trip).
RefTuple = tuple[str | None, str | None, str | None, str | None, str | None, str | None, str | None]


_EMPTY = Resolution(Status.EMPTY).as_tuple()


def _resolve_chunk(refs: Sequence[RefTuple]) -> list[tuple[Any, ...]]:
    assert _worker_resolver is not None
    resolver = _worker_resolver
    reader = address_reader(resolver)
    out = []
    for r in refs:
        address = r[6]
        if address and not any(r[:6]) and not address.isspace():
            # Address only (the common bulk case): straight from the cached interpretation
            # to the tuple, without building the intermediate objects.
            located = reader.locate(address)
            out.append(located[0].as_tuple(located[1]) if located is not None else _EMPTY)
        else:
            out.append(resolver.resolve(Reference(*r)).as_tuple())
    return out


def astuple_ref(r: Reference) -> RefTuple:
    return (r.province_code, r.district_code, r.commune_code, r.province, r.district, r.commune, r.address)


def _locality_key(r: Reference) -> str:
    """References are handed out sorted by how they end (the unit part of an address)."""
    if r.address:
        return r.address[-40:]
    return "\x1f".join(x or "" for x in (r.province, r.district, r.commune, r.commune_code))


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def resolve_all(
    resolver: Resolver,
    refs: Sequence[Reference],
    *,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Resolution]:
    """Resolve ``refs`` in order, in parallel when there are many and more than one core."""
    with gc_paused():
        return _resolve_all(resolver, refs, workers, progress)


def _resolve_all(
    resolver: Resolver,
    refs: Sequence[Reference],
    workers: int | None,
    progress: Callable[[int, int], None] | None,
) -> list[Resolution]:
    global _worker_resolver
    total = len(refs)
    workers = default_workers() if workers is None else workers
    results: list[Resolution] = []
    if total < PARALLEL_MIN or workers < 2 or "fork" not in mp.get_all_start_methods():
        for chunk in (refs[i : i + CHUNK] for i in range(0, total, CHUNK)):
            results.extend(resolver.resolve(r) for r in chunk)
            if progress:
                progress(len(results), total)
        return results
    _worker_resolver = resolver
    gc.freeze()  # keep the shared heap out of the children's collector (and their copy-on-write pages)
    try:
        with warnings.catch_warnings():
            # polars warns about fork; the workers run no polars code.
            warnings.simplefilter("ignore", RuntimeWarning)
            # Work is handed out sorted by the end of the text, so that references sharing their
            # unit part (the end of an address, and its province and district) land in the same
            # chunk and hit one worker's caches (grouping identical endings only was slower).
            order = sorted(range(total), key=lambda i: _locality_key(refs[i]))
            chunks = [[astuple_ref(refs[i]) for i in order[j : j + CHUNK]] for j in range(0, total, CHUNK)]
            ordered: list[Resolution] = []
            with mp.get_context("fork").Pool(workers) as pool:
                for part in pool.imap(_resolve_chunk, chunks):
                    ordered.extend(Resolution.from_tuple(t) for t in part)
                    if progress:
                        progress(len(ordered), total)
            results = [ordered[0]] * total if total else []
            for position, i in enumerate(order):
                results[i] = ordered[position]
    finally:
        _worker_resolver = None
        gc.unfreeze()
    return results
