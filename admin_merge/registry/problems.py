"""Validation findings as data: a stable code, a severity, a place and a one-line message."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


# Stable codes. Never renumber: CI configurations and people refer to them.
CATALOG: dict[str, tuple[Severity, str]] = {
    "AM001": (Severity.ERROR, "YAML syntax error"),
    "AM002": (Severity.ERROR, "file structure is not a mapping file"),
    "AM003": (Severity.ERROR, "file too large for a mapping file"),
    "AM009": (Severity.WARNING, "follow-on problems not shown"),
    "AM101": (Severity.ERROR, "unknown key"),
    "AM102": (Severity.ERROR, "missing key"),
    "AM103": (Severity.ERROR, "code is not a quoted string of digits of the right length"),
    "AM104": (Severity.ERROR, "invalid value"),
    "AM105": (Severity.ERROR, "duplicate key"),
    "AM201": (Severity.ERROR, "new commune code not in the new register"),
    "AM202": (Severity.ERROR, "new commune name does not match its code"),
    "AM203": (Severity.ERROR, "new commune type does not match the register"),
    "AM204": (Severity.ERROR, "new commune belongs to another province"),
    "AM205": (Severity.ERROR, "duplicate new commune code"),
    "AM206": (Severity.ERROR, "new commune of the register missing from the mappings"),
    "AM207": (Severity.ERROR, "new commune has no sources"),
    "AM301": (Severity.ERROR, "source is not in the old register"),
    "AM302": (Severity.ERROR, "source name does not match its code"),
    "AM303": (Severity.ERROR, "source district does not match the register"),
    "AM304": (Severity.ERROR, "old commune goes whole to more than one place"),
    "AM305": (Severity.ERROR, "old commune of the register goes nowhere"),
    "AM306": (Severity.ERROR, "split old commune has no primary successor"),
    "AM307": (Severity.ERROR, "split old commune has several primary successors"),
    "AM308": (Severity.WARNING, "partial source with a single successor"),
    "AM309": (Severity.ERROR, "source listed twice in one commune"),
    "AM310": (Severity.ERROR, "source from an old province not in merged_from"),
    "AM311": (Severity.ERROR, "district source invalid"),
    "AM401": (Severity.ERROR, "province code not in the new register"),
    "AM402": (Severity.ERROR, "province header does not match the register"),
    "AM403": (Severity.ERROR, "merged_from entry inconsistent"),
    "AM404": (Severity.WARNING, "file name does not match the province code"),
    "AM405": (Severity.ERROR, "province mapped by two files"),
    "AM406": (Severity.ERROR, "new province of the register has no mapping file"),
    "AM501": (Severity.ERROR, "national totals differ from the register"),
    "AM601": (Severity.ERROR, "unit of a reform step not in the snapshot it applies to"),
    "AM602": (Severity.ERROR, "unit of a snapshot goes nowhere in the next one"),
    "AM603": (Severity.ERROR, "reform step without legal basis"),
    "AM604": (Severity.ERROR, "dates of the chain out of order"),
    "AM605": (Severity.ERROR, "name or type before a step does not match the snapshot"),
    "AM606": (Severity.ERROR, "totals of a snapshot differ from those the reform states"),
    "AM608": (Severity.ERROR, "type word invalid for the level or not at the start of the name"),
    "AM609": (Severity.WARNING, "reform entry that changes nothing"),
    "AM611": (Severity.ERROR, "history successor not in the register of 30 June 2025"),
    "AM612": (Severity.ERROR, "history state listed twice"),
    "AM613": (Severity.ERROR, "history state without successor"),
    "AM614": (Severity.ERROR, "candidate of an unresolved retired code does not match the register"),
    "AM615": (Severity.ERROR, "count of unresolved retired codes differs from the one the file states"),
}


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    file: str
    line: int
    column: int
    code: str
    message: str

    @property
    def severity(self) -> Severity:
        return CATALOG[self.code][0]

    @property
    def title(self) -> str:
        return CATALOG[self.code][1]

    def format_text(self) -> str:
        """``file:line:column: ...``; a problem of the whole directory (line 0) names the directory only."""
        place = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        return f"{place}: {self.severity.value} {self.code} {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "severity": self.severity.value, "title": self.title}
