"""The one exception the claim engine raises: bad data files or overrides; and the readers of
those files, which raise it naming the file and the key."""
from __future__ import annotations

import tomllib
from pathlib import Path


class RulesError(ValueError):
    """A rules data file or an operator override is invalid; the message names the key or file."""


def read_toml(path: Path) -> dict:
    """A TOML data file's tables; a file that cannot be read or parsed is a RulesError."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RulesError(f"{path}: cannot read ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{path.name}: invalid TOML: {exc}") from exc


def no_unknown_keys(table: dict, allowed: set, where: str, what: str = "key") -> None:
    """A key outside `allowed` is a RulesError naming it (a typo must not pass as unset)."""
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise RulesError(f"{where}: unknown {what} '{unknown[0]}'")
