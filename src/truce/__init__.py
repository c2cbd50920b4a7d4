"""truce: a workbench for preparing, mediating and studying real negotiations."""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
