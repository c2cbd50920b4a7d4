"""Forms that cannot be posted from another site, and request bodies of bounded size.

A browser gets a random token in a ``SameSite=Strict`` cookie and the same
token in every form (double-submit). A POST must carry the matching token;
one that comes with no cookie, no ``Origin`` and no ``Sec-Fetch-Site``
header is from a program, not a browser, and cannot be forged by a web page.
A POST whose ``Origin`` is another site is refused either way.
"""

from __future__ import annotations

import hmac
import secrets
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from truce.web.uploads import UploadError

if TYPE_CHECKING:
    from fastapi import Request
    from starlette.datastructures import FormData

__all__ = ["CSRF_FIELD", "check_post", "csrf_token"]

CSRF_FIELD = "csrf_token"
COOKIE = "truce_csrf"
#: Bytes of multipart framing allowed on top of the file itself.
FORM_OVERHEAD = 16 * 1024


def csrf_token(request: Request) -> str:
    """The browser's token (from its cookie), or a new one for a browser without it."""
    token = request.cookies.get(COOKIE)
    if token is None or len(token) != 43:
        token = getattr(request.state, "new_csrf", None) or secrets.token_urlsafe(32)
        request.state.new_csrf = token
    return token


def _same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    if origin is None:
        return True
    return urlsplit(origin).netloc == request.headers.get("host")


async def check_post(request: Request, limit: int) -> FormData:
    """The posted form, once its size, origin and token are checked (4xx otherwise)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit + FORM_OVERHEAD:
        raise UploadError(f"the request has {int(declared):,} bytes, more than the {limit:,} accepted",
                          status=413, hint="upload a smaller file")
    if not _same_origin(request):
        raise UploadError("the form was posted from another site", status=403)
    from starlette.formparsers import MultiPartException

    try:
        form = await request.form(max_files=1, max_fields=8, max_part_size=limit)
    except MultiPartException as exc:
        status = 413 if "size" in exc.message.lower() else 400
        raise UploadError(f"the form could not be read: {exc.message}", status=status) from None
    from_browser = any(h in request.headers for h in ("cookie", "origin", "sec-fetch-site"))
    if from_browser:
        sent, expected = form.get(CSRF_FIELD), request.cookies.get(COOKIE)
        if not isinstance(sent, str) or expected is None or not hmac.compare_digest(sent, expected):
            raise UploadError("the form has expired or did not come from this site", status=403,
                              hint="reload the page and submit the form again")
    return form
