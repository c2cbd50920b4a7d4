"""Writing output files: atomically, and never over an existing file unless asked.

Every file truce writes goes through :func:`write_text_file`: the text is
written to a temporary file with a unique name in the target's folder and then
renamed over the target (``os.replace``), so a reader sees the old file or the
whole new one, never a half-written file, and an error leaves nothing behind.
"""

from __future__ import annotations

import os
from pathlib import Path

from truce.errors import TruceError

__all__ = ["write_text_file"]


def write_text_file(path: str | Path, text: str, *, overwrite: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically and return the path.

    Raises
    ------
    TruceError
        When ``path`` exists and ``overwrite`` is false, is a folder, or cannot be written.
    """
    target = Path(path)
    if target.is_dir():
        raise TruceError(f"{target} is a folder", file=target, hint="give a file name to write to")
    if target.exists() and not overwrite:
        raise TruceError(
            f"{target} already exists", file=target, hint="choose another output file or pass --force"
        )
    folder = target.parent
    if not folder.is_dir():
        raise TruceError(f"folder {folder} does not exist", file=target, hint="create it first")
    import secrets

    # a unique name in the same folder (so the rename stays on one file system), created
    # exclusively with the permissions the umask gives ordinary files
    temporary = folder / f".{target.name}.{secrets.token_hex(6)}.tmp"
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise TruceError(f"cannot write to folder {folder}: {exc.strerror}", file=target) from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise TruceError(f"cannot write {target}: {exc.strerror}", file=target) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target
