"""Where the shipped mapping set lives: inside the installed package, or in the source checkout."""

from __future__ import annotations

import os
from pathlib import Path

from admin_merge.errors import MappingError, option
from admin_merge.memo import memoize

ENV_VAR = "ADMIN_MERGE_MAPPINGS"
_PACKAGE = Path(__file__).resolve().parents[1]


def shipped_mappings_dir() -> Path:
    """The mapping directory used when no ``--mappings DIR`` is given.

    Order: ``$ADMIN_MERGE_MAPPINGS``; the copy bundled in the wheel (``admin_merge/_mappings``);
    the ``mappings/`` folder of a source checkout (editable installs).
    """
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    return _bundled()


@memoize(1)  # where the package is installed does not change
def _bundled() -> Path:
    for candidate in (_PACKAGE / "_mappings", _PACKAGE.parent / "mappings"):
        if (candidate / "registers").is_dir():
            return candidate.resolve()
    raise MappingError(
        f"the shipped mappings were not found in the installation; pass {option('directory', 'DIR')} or set {ENV_VAR}"
    )
