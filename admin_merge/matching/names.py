"""Matching one written unit name against a set of units of one level.

Tiers, cheapest and surest first: the exact name key (diacritics kept, tone placement,
case and punctuation ignored, spelling aliases included) -> the diacritic-free key (only
when the text itself has no diacritics, or with a lower score when its diacritics are
wrong) -> a rapidfuzz ratio on the diacritic-free key. The type word (``Xã``/``Thị trấn``)
narrows the set when written. More than one equally good unit means ``ambiguous``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Final, Generic, Protocol, TypeVar

from rapidfuzz import fuzz, process

from admin_merge.memo import memo
from admin_merge.text.normalize import ascii_key, has_diacritics, name_key
from admin_merge.text.unit_names import TYPE_WORDS_ASCII, Level, split_type

FUZZY_CUTOFF = 84.0
NAME_MATCHES = 200_000  # memo size, per index and kind of match (with or without fuzzy)
FUZZY_MARGIN = 6.0
ASCII_SCORE = 96.0
# The lowest score still called exact: the right name written without diacritics.
EXACT_MIN_SCORE = ASCII_SCORE
WRONG_DIACRITICS_SCORE = 88.0


class Named(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def short_name(self) -> str: ...


U = TypeVar("U", bound=Named)


class MatchKind(StrEnum):
    EXACT = "exact"
    FUZZY = "fuzzy"
    AMBIGUOUS = "ambiguous"
    NONE = "none"


class NameMatch(Generic[U]):
    """What one written name matched. A plain class with what a frozen dataclass would give
    (equality, hash, repr): mypyc cannot compile a generic dataclass (mypyc issue 827), and
    compiled, a plain class is a native one."""

    __slots__ = ("kind", "score", "units")

    def __init__(self, kind: MatchKind, units: tuple[U, ...], score: float) -> None:
        self.kind: Final = kind
        self.units: Final = units
        self.score: Final = score

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NameMatch) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.kind, self.units, self.score) == (other.kind, other.units, other.score)

    def __hash__(self) -> int:
        return hash((self.kind, self.units, self.score))

    def __repr__(self) -> str:
        return f"NameMatch(kind={self.kind!r}, units={self.units!r}, score={self.score!r})"

    @property
    def unit(self) -> U | None:
        return self.units[0] if len(self.units) == 1 else None


class NameIndex(Generic[U]):
    """Keys of a fixed set of units (say the communes of one district)."""

    def __init__(
        self,
        units: Iterable[U],
        level: Level,
        aliases: dict[str, list[str]] | None = None,
        other_types: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self.level = level
        # Type words a unit carried at other dates (Xã Long Thành became Phường Long Thành on
        # 2026-04-30, keeping its code): a written type word matches any of them.
        self.other_types = other_types or {}
        self.units: list[U] = list(units)
        self.by_key: dict[str, list[U]] = defaultdict(list)
        self.by_ascii: dict[str, list[U]] = defaultdict(list)
        self.choices: list[str] = []
        self._matches = memo(self._match_fuzzy, NAME_MATCHES)
        self._exact_matches = memo(self._match_exact, NAME_MATCHES)
        self.choice_units: list[U] = []
        aliases = aliases or {}
        for unit in self.units:
            cores = {unit.short_name}
            for alias in aliases.get(unit.code, []):
                cores.add(split_type(alias, level).core)
            for core in cores:
                self._add(self.by_key, name_key(core), unit)
                self._add(self.by_ascii, ascii_key(core), unit)
                self._add(self.by_ascii, ascii_key(core).replace(" ", ""), unit)
            self.choices.append(ascii_key(unit.short_name))
            self.choice_units.append(unit)

    @staticmethod
    def _add(table: dict[str, list[U]], key: str, unit: U) -> None:
        if unit not in table[key]:
            table[key].append(unit)

    def match(self, text: str, *, fuzzy: bool = True) -> NameMatch[U]:
        """Memoised: registers repeat the same few thousand unit names millions of times."""
        return self._matches(text) if fuzzy else self._exact_matches(text)

    def _match_fuzzy(self, text: str) -> NameMatch[U]:
        return self._match(text, True)

    def _match_exact(self, text: str) -> NameMatch[U]:
        return self._match(text, False)

    def _match(self, text: str, fuzzy: bool) -> NameMatch[U]:
        parsed = split_type(text, self.level)
        if not parsed.core:
            return NameMatch(MatchKind.NONE, (), 0.0)

        type_word = parsed.type
        exact: Sequence[U] = self.by_key.get(name_key(parsed.core), ())
        hits = exact if type_word is None else [u for u in exact if self._typed(u, type_word)]
        if hits:
            return self._result(hits, 100.0)
        folded = ascii_key(parsed.core)
        near: Sequence[U] = self.by_ascii.get(folded) or self.by_ascii.get(folded.replace(" ", "")) or ()
        ascii_hits = near if type_word is None else [u for u in near if self._typed(u, type_word)]
        if ascii_hits:
            plain = not has_diacritics(parsed.core)
            return self._result(ascii_hits, ASCII_SCORE if plain else WRONG_DIACRITICS_SCORE)
        if exact:
            # The name is right but the type word is not (``Phường Mường Tè`` for a Thị trấn).
            return self._result(exact, WRONG_DIACRITICS_SCORE, fuzzy_kind=True)
        # Numbers, short texts and bare type words are never names, whatever a fuzzy score says.
        if not fuzzy or any(ch.isdigit() for ch in folded) or len(folded) < 3 or folded in TYPE_WORDS_ASCII:
            return NameMatch(MatchKind.NONE, (), 0.0)
        return self._fuzzy(folded, parsed.type)

    def _typed(self, unit: U, type_word: str) -> bool:
        return unit.type == type_word or type_word in self.other_types.get(unit.code, ())

    def _result(self, units: Sequence[U], score: float, *, fuzzy_kind: bool = False) -> NameMatch[U]:
        if len(units) > 1:
            return NameMatch(MatchKind.AMBIGUOUS, tuple(units), score)
        kind = MatchKind.FUZZY if fuzzy_kind or score < EXACT_MIN_SCORE else MatchKind.EXACT
        return NameMatch(kind, (units[0],), score)

    def _fuzzy(self, folded: str, type_word: str | None) -> NameMatch[U]:
        found = process.extract(folded, self.choices, scorer=fuzz.ratio, limit=5, score_cutoff=FUZZY_CUTOFF)
        ranked = [(score, self.choice_units[i]) for _, score, i in found]
        if type_word is not None:
            ranked = [(s, u) for s, u in ranked if self._typed(u, type_word)] or ranked
        if not ranked:
            return NameMatch(MatchKind.NONE, (), 0.0)
        best = ranked[0][0]
        close = [u for s, u in ranked if s >= best - FUZZY_MARGIN]
        unique = list(dict.fromkeys(close))
        if len(unique) > 1:
            return NameMatch(MatchKind.AMBIGUOUS, tuple(unique), float(best))
        return NameMatch(MatchKind.FUZZY, (unique[0],), float(best))
