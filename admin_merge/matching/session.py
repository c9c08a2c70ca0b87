"""A session: the loaded state of one mapping directory, held by the caller.

A :class:`Session` owns the compiled crosswalk (with its registers), the resolver and the
resolver's memos. Nothing of it is kept at module level: two sessions on two directories
(or on one directory before and after an edit) never share an answer. Engines and analyses
receive a session (or its resolver) as a parameter.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from admin_merge.matching.model import Reference, Resolution
from admin_merge.matching.resolver import Resolver
from admin_merge.registry.cache import Stamp, cache_key, compiled_crosswalk, fingerprint, unchanged
from admin_merge.registry.crosswalk import Crosswalk
from admin_merge.registry.paths import shipped_mappings_dir
from admin_merge.registry.registers import Registers


def mappings_dir(directory: str | Path | None) -> Path:
    """The mapping directory named, or the shipped one."""
    return Path(directory) if directory is not None else shipped_mappings_dir()


class Session:
    """The crosswalk, registers and resolver of one mapping directory, loaded on first use.

    >>> import admin_merge as am
    >>> session = am.Session()  # the shipped mappings
    >>> session.resolve("Phường Bến Nghé, Quận 1, TP.HCM").new_commune_code
    '26740'

    ``as_of`` (a date): the date whose names and types ``migrate`` and ``explain`` write
    (default: today); the codes resolved do not depend on it.
    """

    def __init__(self, mappings: str | Path | None = None, as_of: dt.date | str | None = None) -> None:
        self.directory = mappings_dir(mappings).resolve()
        self.as_of = dt.date.fromisoformat(as_of) if isinstance(as_of, str) else as_of
        self._crosswalk: Crosswalk | None = None
        self._resolver: Resolver | None = None
        self._fingerprint: tuple[Stamp, ...] = ()
        self._digest = ""

    def __repr__(self) -> str:
        return f"Session(mappings={str(self.directory)!r}, as_of={self.as_of!r})"

    @property
    def crosswalk(self) -> Crosswalk:
        """The compiled crosswalk (MappingError naming the first problem of a mapping set with errors)."""
        if self._crosswalk is None:
            stamp = fingerprint(self.directory)  # before reading: an edit meanwhile shows as a change
            digest = cache_key(self.directory)
            self._crosswalk = compiled_crosswalk(self.directory, digest)
            self._fingerprint, self._digest = stamp, digest
        return self._crosswalk

    @property
    def registers(self) -> Registers:
        return self.crosswalk.registers

    @property
    def resolver(self) -> Resolver:
        """The resolver (with its memos), built once per session."""
        if self._resolver is None:
            self._resolver = Resolver(self.crosswalk)
        return self._resolver

    @property
    def digest(self) -> str:
        """Content digest of the mapping and register files loaded ("" before loading)."""
        return self._digest

    def is_current(self) -> bool:
        """False when a mapping or register file has changed (in content) since it was loaded.

        Costs a ``stat`` of each file; the files are read again only when one of them was
        written, added or removed (a file saved with the same content leaves the session current).
        """
        if self._crosswalk is None or unchanged(self._fingerprint):
            return True
        stamp = fingerprint(self.directory)
        if cache_key(self.directory) != self._digest:
            return False
        self._fingerprint = stamp
        return True

    def resolve(self, reference: Reference | str) -> Resolution:
        """Resolve one reference; a plain string is read as a free-text address."""
        ref = Reference(address=reference) if isinstance(reference, str) else reference
        return self.resolver.resolve(ref)
