"""Build hook: the wheel carries the address reader's hot modules compiled with mypyc.

hatch-mypyc compiles the modules listed under ``[tool.hatch.build.targets.wheel.hooks.custom]``
in ``pyproject.toml``; this subclass adds three things to it:

- an editable install (``pip install -e .``) stays pure Python: it imports the source tree;
- hatch-mypyc builds the extension modules next to their sources (``build_ext --inplace``); they
  are removed from the checkout once the wheel holds them, so that a checkout keeps importing
  its ``.py`` files (``python -m pytest`` tests the source, never a stale compiled copy);
- a missing C compiler or missing Python headers stop the build with one clear message.

Pure Python everywhere (same results, slower): ``HATCH_BUILD_NO_HOOKS=true pip install .``
"""

from __future__ import annotations

import os
import shlex
import shutil
import sysconfig
from pathlib import Path
from typing import Any

from hatch_mypyc import plugin

PURE = "HATCH_BUILD_NO_HOOKS=true pip install ."


def _hint(problem: str) -> str:
    return (
        f"admin-merge: the wheel compiles the address reader with mypyc, and {problem}. "
        "Install a C compiler and the Python headers (Debian/Ubuntu: apt-get install gcc python3-dev), "
        f"or build pure Python (identical results, slower): {PURE}"
    )


def _toolchain_problem() -> str | None:
    compiler = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    command = shlex.split(compiler)[0] if compiler.strip() else "cc"
    if shutil.which(command) is None:
        return f"no C compiler was found (looked for {command!r})"
    include = sysconfig.get_paths()["include"]
    if not (Path(include) / "Python.h").is_file():
        return f"the Python headers are missing (no Python.h in {include})"
    return None


class CompileHotModules(plugin.MypycBuildHook):
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        problem = _toolchain_problem()
        if problem is not None:
            raise RuntimeError(_hint(problem))
        try:
            super().initialize(version, build_data)
        except Exception as exc:
            raise RuntimeError(f"{exc}\n\n{_hint('compiling failed (output above)')}") from exc

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self.target_name == "wheel" and version != "editable":
            self.clean([version])
