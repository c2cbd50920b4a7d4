"""The web app (``truce serve``): server-rendered pages over the workspace, each also as JSON."""

from truce.web.app import create_app

__all__ = ["create_app"]
