"""Resolving many distinct references in several processes, when the caller asks for them.

The references are cut into buckets by how they end (the district and province of an
address), so that every address of one district is read in one process: its memos and
lazily built indexes are not duplicated. Then ``workers - 1`` children are forked: they
share the registers, the indexes and the references copy-on-write (the fork hands them over;
nothing is pickled on the way in), and the parent works too. Every process claims the next
bucket from a shared counter, so a slow bucket never leaves a core idle. Children send plain
values back, each distinct unit part once (see :class:`_Bases`).

A child dies with its parent (``PR_SET_PDEATHSIG`` on Linux, and a check of the parent's pid
right after the fork), so a killed run leaves no worker behind holding its pipes open.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import pickle
import signal
import sys
import threading
import traceback
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from admin_merge.errors import WorkerError
from admin_merge.matching.address import Interpretation, address_reader
from admin_merge.matching.model import Reference, Resolution
from admin_merge.matching.resolver import Resolver
from admin_merge.runtime.gc import frozen_for_fork
from admin_merge.runtime.policy import current

PARALLEL_MIN = 20_000  # below this, starting workers costs more than it saves
CHUNK = 1_000  # references per bucket, about (and per progress step when serial)
BUCKETS_PER_WORKER = 6  # at least, so that the last buckets to finish are small
LOCALITY = 24  # characters at the end of an address that decide its bucket
PR_SET_PDEATHSIG = 1  # prctl option (linux/prctl.h): a signal for the child when its parent dies


def _read(
    resolver: Resolver, bucket: list[int], refs: Sequence[Reference]
) -> Iterator[tuple[Interpretation, str | None] | Resolution]:
    """Per reference of a bucket: an address given alone (the bulk case) as the cached
    interpretation of its unit part and its street, anything else as its full resolution.
    Either is what ``resolver.resolve`` gives: the same reading (OCR checks included)."""
    numbered = resolver.numbered  # ``located``, shared by addresses that differ only in their house number
    for i in bucket:
        r = refs[i]
        located = numbered.located(r.address) if r.address and not r.has_columns() else None
        if located is None:
            yield resolver.resolve(r)
        elif resolver.unread(located[0].resolution, located[1]):
            # The full path, which also reads the registers before 2025, from the reading made
            # (kept for the addresses that differ only in their house number).
            res = numbered.answer(str(r.address))
            if res is None:
                res = resolver.resolve_read(r, located[0].resolution.with_street(located[1]))
                numbered.keep(str(r.address), res)
            yield res
        else:
            yield located


@dataclass(frozen=True, slots=True)
class Readings:
    """The resolutions of references as columns: entry ``k`` is reference ``positions[k]``'s
    (``k`` itself when ``positions`` is None), and it resolves to ``bases[which[k]]`` with the
    street ``streets[k]``. The addresses read with one unit part share one base (the reading's
    resolution): no resolution is built per reference unless asked for (:meth:`resolutions`),
    and what depends on the unit only is computed once per base."""

    bases: list[Resolution]
    which: list[int]
    streets: list[str | None]
    positions: list[int] | None = None

    def __len__(self) -> int:
        return len(self.which)

    def resolutions(self) -> list[Resolution]:
        """One Resolution per reference, in their order (what ``Resolver.resolve`` gives)."""
        bases = self.bases
        entries = [
            b if s is b.street else b.with_street(s)
            for b, s in zip(map(bases.__getitem__, self.which), self.streets, strict=True)
        ]
        if self.positions is None:
            return entries
        ordered: list[Resolution | None] = [None] * len(entries)
        for position, res in zip(self.positions, entries, strict=True):
            ordered[position] = res
        return ordered  # type: ignore[return-value]  # every position is filled: a permutation

    @classmethod
    def of(cls, resolutions: list[Resolution]) -> Readings:
        """Every resolution its own base, in reference order."""
        return cls(resolutions, list(range(len(resolutions))), [r.street for r in resolutions])


class _Bases:
    """Numbers the bases one process reads: a reading's resolution once, however many
    references share it (by identity: the list holds them alive, so no id is reused), and a
    whole resolution (not an address alone) as a base of its own."""

    def __init__(self) -> None:
        self.bases: list[Resolution] = []
        self.numbers: dict[int, int] = {}  # id(resolution) -> its number

    def bucket(
        self, resolver: Resolver, bucket: list[int], refs: Sequence[Reference]
    ) -> tuple[list[int], list[str | None]]:
        """Per reference of the bucket, the number of its base and its street."""
        bases, numbers = self.bases, self.numbers
        which: list[int] = []
        streets: list[str | None] = []
        for item in _read(resolver, bucket, refs):
            if isinstance(item, tuple):
                res, street = item[0].resolution, item[1]
                number = numbers.get(id(res))
                if number is None:
                    number = numbers[id(res)] = len(bases)
                    bases.append(res)
            else:
                res, street, number = item, item.street, len(bases)
                bases.append(res)
            which.append(number)
            streets.append(street)
        return which, streets

    def message(self, resolver: Resolver, bucket: list[int], refs: Sequence[Reference]) -> tuple[Any, ...]:
        """What a child sends for one bucket: the bases first read in it (plain tuples), then
        per reference the number of its base and its street: far fewer bytes than a whole
        resolution per reference, and the parent builds one object per base, not per reference."""
        start = len(self.bases)
        which, streets = self.bucket(resolver, bucket, refs)
        return [r.as_tuple() for r in self.bases[start:]], which, streets


def _locality_key(r: Reference) -> str:
    """What decides a reference's bucket: the end of an address (its district and province),
    or the names it gives."""
    if r.address:
        return r.address[-LOCALITY:]
    return "\x1f".join(x or "" for x in (r.province, r.district, r.province_code, r.district_code))


def _buckets(refs: Sequence[Reference], count: int) -> list[list[int]]:
    buckets: list[list[int]] = [[] for _ in range(count)]
    # ``_locality_key`` written in line for an address: no call per reference.
    for i, r in enumerate(refs):
        a = r.address
        buckets[hash(a[-LOCALITY:] if a else _locality_key(r)) % count].append(i)
    # Largest first, so that the last ones to be claimed are small.
    return sorted((b for b in buckets if b), key=len, reverse=True)


class _Counter:
    """The next bucket to claim, shared by the parent and its forked children."""

    def __init__(self, ctx: Any, limit: int) -> None:
        self._value = ctx.Value("l", 0)
        self._limit = limit

    def claim(self) -> int | None:
        with self._value.get_lock():
            n = self._value.value
            if n >= self._limit:
                return None
            self._value.value = n + 1
        return int(n)


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when its parent dies; if the parent is already
    gone (it died between the fork and this call), end now."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def _failure(exc: BaseException) -> bytes:
    """A worker's exception for the parent: its text, and itself pickled when it can be."""
    text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    try:
        pickled = pickle.dumps(exc, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that does not pickle (say it holds a lock)
        pickled = b""
    return pickle.dumps(("error", text, pickled), protocol=pickle.HIGHEST_PROTOCOL)


def _cause(text: str, pickled: bytes) -> BaseException:
    """The worker's exception, or a RuntimeError with its text when it cannot be rebuilt."""
    try:
        exc = pickle.loads(pickled) if pickled else None
    except Exception:  # an exception class whose pickle does not load back
        exc = None
    return exc if isinstance(exc, BaseException) else RuntimeError(text)


_CHILD_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def _start(child: Any) -> None:
    """Fork ``child`` with SIGINT and SIGTERM blocked: a Ctrl-C that reaches the process group
    right after the fork waits in the child until it has set its own handlers, instead of
    raising the program's KeyboardInterrupt there (a traceback from a worker). In the parent
    the signal waits only for the fork, and is then handled as before."""
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _CHILD_SIGNALS)
    try:
        child.start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def _child(
    conn: Connection,
    counter: _Counter,
    parent: int,
    resolver: Resolver,
    refs: Sequence[Reference],
    buckets: list[list[int]],
) -> None:
    """A forked worker: claim buckets until none is left, send each one's results back."""
    _die_with_parent(parent)
    # Interruptions are the parent's to handle: Ctrl-C reaches the whole process group, and
    # the parent then terminates its children, which should end quietly, not with a traceback
    # from a handler inherited from the program (such as the CLI's SIGTERM -> KeyboardInterrupt).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # Blocked by the parent across the fork (see _start): a signal that came before the two
    # lines above is delivered now, to them, not to the program's handlers.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _CHILD_SIGNALS)
    numbering = _Bases()
    try:
        while (b := counter.claim()) is not None:
            message = (b, *numbering.message(resolver, buckets[b], refs))
            conn.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
        conn.send_bytes(pickle.dumps(None))
    except BaseException as exc:  # reported by the parent, which raises it
        with contextlib.suppress(OSError):  # the parent may be gone
            conn.send_bytes(_failure(exc))
    finally:
        conn.close()


class _Receiver(threading.Thread):
    """Reads the children's messages as they come (a child must never block on a full pipe
    while the parent is busy resolving); they are unpickled by the parent between buckets."""

    def __init__(self, conns: list[Connection]) -> None:
        super().__init__(daemon=True)
        self.conns = conns
        self.inbox: list[tuple[int, bytes]] = []
        self.lock = threading.Lock()
        self.finished = threading.Event()
        self.failure: str | None = None

    def run(self) -> None:
        from multiprocessing.connection import wait

        open_conns = list(self.conns)
        while open_conns:
            for conn in wait(open_conns):
                assert isinstance(conn, Connection)
                try:
                    data = conn.recv_bytes()
                except (EOFError, OSError):
                    self.failure = self.failure or "a worker process ended without its results"
                    open_conns.remove(conn)
                    continue
                if data == _DONE:
                    open_conns.remove(conn)
                else:
                    with self.lock:
                        self.inbox.append((self.conns.index(conn), data))
        self.finished.set()

    def take(self) -> list[tuple[int, bytes]]:
        with self.lock:
            taken, self.inbox = self.inbox, []
        return taken


_DONE = pickle.dumps(None)


def resolve_all(
    resolver: Resolver,
    refs: Sequence[Reference],
    *,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Resolution]:
    """Resolve ``refs`` in order: in ``workers`` processes (default: the runtime policy's,
    one unless the caller chose more) when there are many references and fork is available."""
    return read_all(resolver, refs, workers=workers, progress=progress).resolutions()


def read_all(
    resolver: Resolver,
    refs: Sequence[Reference],
    *,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Readings:
    """What :func:`resolve_all` gives, as :class:`Readings`: in several processes, the
    addresses read with one unit part share its resolution instead of a copy each."""
    total = len(refs)
    workers = current().workers if workers is None else workers
    if total < PARALLEL_MIN or workers < 2 or "fork" not in mp.get_all_start_methods():
        results: list[Resolution] = []
        for chunk in (refs[i : i + CHUNK] for i in range(0, total, CHUNK)):
            results.extend(resolver.resolve(r) for r in chunk)
            if progress:
                progress(len(results), total)
        return Readings.of(results)
    return _resolve_parallel(resolver, refs, workers, progress)


def _resolve_parallel(
    resolver: Resolver,
    refs: Sequence[Reference],
    workers: int,
    progress: Callable[[int, int], None] | None,
) -> Readings:
    total = len(refs)
    buckets = _buckets(refs, max(workers * BUCKETS_PER_WORKER, -(-total // CHUNK)))
    # Each bucket's results are appended as they come, with the references they belong to.
    positions: list[int] = []
    which: list[int] = []
    streets: list[str | None] = []
    own = _Bases()
    bases = own.bases

    def place(bucket: int, numbers: list[int], part: list[str | None]) -> None:
        if len(numbers) != len(buckets[bucket]) or len(part) != len(numbers):
            raise WorkerError(f"a bucket of {len(buckets[bucket]):,} references came back with {len(numbers):,}")
        positions.extend(buckets[bucket])
        which.extend(numbers)
        streets.extend(part)
        if progress:
            progress(len(which), total)

    known: list[list[int]] = [[] for _ in range(workers - 1)]  # per child: its numbers -> bases

    def unpack(messages: list[tuple[int, bytes]]) -> None:
        for child, data in messages:
            message = pickle.loads(data)
            if message[0] == "error":
                _, text, pickled = message
                raise WorkerError(f"a worker process failed: {text}") from _cause(text, pickled)
            bucket, new, numbers, part = message
            table = known[child]
            table.extend(range(len(bases), len(bases) + len(new)))
            bases.extend(map(Resolution.from_tuple, new))
            place(bucket, list(map(table.__getitem__, numbers)), part)

    address_reader(resolver)  # its name look-ups are built once here, shared with the children
    resolver.numbered  # noqa: B018 (built here too: the numbers named by units, found once)
    ctx = mp.get_context("fork")
    counter = _Counter(ctx, len(buckets))
    parent = os.getpid()
    children: list[Any] = []
    try:
        with frozen_for_fork():
            conns = []
            with warnings.catch_warnings():
                # polars warns about fork; the children run no polars code.
                warnings.simplefilter("ignore", RuntimeWarning)
                for _ in range(workers - 1):
                    receive, send = ctx.Pipe(duplex=False)
                    # With fork, the arguments reach the child in its copy of memory: not pickled.
                    args = (send, counter, parent, resolver, refs, buckets)
                    child = ctx.Process(target=_child, args=args, daemon=True)
                    _start(child)
                    send.close()
                    children.append(child)
                    conns.append(receive)
            receiver = _Receiver(conns)
            receiver.start()
            while (b := counter.claim()) is not None:
                place(b, *own.bucket(resolver, buckets[b], refs))
                unpack(receiver.take())
            receiver.finished.wait()
            unpack(receiver.take())
            if receiver.failure:
                raise WorkerError(receiver.failure)
    finally:
        for child in children:
            if child.is_alive():
                child.terminate()
            child.join()
    if len(which) != total:
        raise WorkerError(f"{total - len(which):,} references came back unresolved from the workers")
    return Readings(bases, which, streets, positions)
