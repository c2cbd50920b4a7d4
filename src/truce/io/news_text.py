"""Read articles: plain text or HTML, strict about encodings, size and dates.

Offsets of everything the pipeline finds are Python string indices into the
text returned here (for HTML: into the extracted text, blocks separated by a
blank line).  Bad input raises :class:`~truce.errors.NewsInputError` naming
the file and the fix; nothing is guessed silently.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from truce.errors import NewsInputError

__all__ = [
    "MAX_ARTICLE_BYTES",
    "Article",
    "decode_article",
    "html_to_text",
    "parse_date",
    "read_article",
    "read_batch",
    "read_jsonl_line",
    "read_text_file",
]

MAX_ARTICLE_BYTES = 5_000_000
"""Largest article accepted (5 MB, far above any news story)."""

_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article header footer "
    "tr td th table pre figcaption title".split()
)
_SKIP_TAGS = frozenset("script style noscript template svg nav aside form button iframe".split())
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "date",
    "dc.date.issued",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


@dataclass(frozen=True)
class Article:
    """An article's text, with the publication date found in its metadata (if any)."""

    text: str
    name: str
    published: dt.date | None = None
    is_html: bool = False


def parse_date(value: str, *, file: str | None = None, what: str = "date") -> dt.date:
    """Parse ``YYYY-MM-DD`` (or an ISO timestamp starting with it)."""
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    try:
        if match is None:
            raise ValueError(value)
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise NewsInputError(
            f"{what} {value!r} is not a date", file=file, hint="write it as YYYY-MM-DD, e.g. 2024-08-19"
        ) from None


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._skip = 0
        self.jsonld: list[str] = []
        self._in_jsonld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and "content" in values:
                self.meta.setdefault(key, values["content"])
        elif tag == "time" and "datetime" in values:
            self.meta.setdefault("time", values["datetime"])
        if tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self._in_jsonld = True
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skip:
            self._skip -= 1
        if tag == "script":
            self._in_jsonld = False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self.jsonld.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Visible text of an HTML page (blocks separated by blank lines) and its metadata."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts)
    blocks = [re.sub(r"[ \t\r\f\v\n]+", " ", block).strip() for block in re.split(r"\n\s*\n", raw)]
    text = "\n\n".join(b for b in blocks if b)
    meta = dict(parser.meta)
    for chunk in parser.jsonld:
        found = _JSONLD_DATE.search(chunk)
        if found:
            meta.setdefault("datepublished", found[1])
    return unescape(text) if "&" in text else text, meta


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(html|body|article|p|div|head)\b", head)
    )


def decode_article(data: bytes, *, name: str, encoding: str | None = None) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or ``encoding``."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise NewsInputError(
            f"article is {len(data) / 1e6:.1f} MB, more than the {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit",
            file=name,
            hint="split it into articles, or pass only the article's own text",
        )
    if encoding is None and data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    if encoding is None and b"\x00" in data[:8192]:
        raise NewsInputError(
            "file looks binary (it contains NUL bytes), not a text or HTML article",
            file=name,
            hint="give a plain-text or HTML file; convert PDF or Word files to text first",
        )
    try:
        text = data.decode(encoding or "utf-8-sig")
    except LookupError:
        raise NewsInputError(
            f"unknown encoding {encoding!r}",
            file=name,
            hint="use a Python codec name such as utf-8, cp1252, latin-1",
        ) from None
    except UnicodeDecodeError as exc:
        raise NewsInputError(
            f"not valid {encoding or 'UTF-8'} text (byte {exc.start}: {exc.reason})",
            file=name,
            hint="save the article as UTF-8, or pass --encoding (e.g. --encoding cp1252)",
        ) from None
    if "\x00" in text:
        raise NewsInputError(
            "file looks binary (it contains NUL characters)", file=name, hint="give a plain-text or HTML file"
        )
    return text


def read_article(source: str | Path, *, data: bytes | None = None, encoding: str | None = None) -> Article:
    """Read an article file (``data`` gives its bytes directly, e.g. from stdin)."""
    name = str(source)
    if data is None:
        path = Path(source)
        if not path.is_file():
            raise NewsInputError("no such file", file=name, hint="check the path")
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise NewsInputError(
                f"article is {path.stat().st_size / 1e6:.1f} MB, more than the "
                f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB limit",
                file=name,
                hint="split it into articles, or pass only the article's own text",
            )
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise NewsInputError(f"cannot read file: {exc.strerror}", file=name) from None
    text = decode_article(data, name=name, encoding=encoding)
    published: dt.date | None = None
    is_html = _looks_like_html(text)
    if is_html:
        text, meta = html_to_text(text)
        for key in (*_DATE_META, "time"):
            if key in meta and re.match(r"\s*\d{4}-\d{2}-\d{2}", meta[key]):
                published = parse_date(meta[key], file=name, what=f"HTML metadata {key}")
                break
    if not text.strip():
        raise NewsInputError(
            "article is empty (no text to read)",
            file=name,
            hint="check that the file holds the article's text",
        )
    return Article(text=text, name=name, published=published, is_html=is_html)


def read_jsonl_line(line: str, *, file: str, line_number: int) -> dict[str, str]:
    """One ``{"id", "text", "date"}`` record of a batch file, checked."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise NewsInputError(
            f"invalid JSON: {exc.msg}",
            file=file,
            line=line_number,
            hint='write one {"id": ..., "text": ..., "date": "YYYY-MM-DD"} per line',
        ) from None
    if not isinstance(record, dict):
        raise NewsInputError("each line must be a JSON object", file=file, line=line_number)
    for key in ("text", "date"):
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise NewsInputError(
                f"missing or empty {key!r}",
                file=file,
                line=line_number,
                hint='write one {"id": ..., "text": ..., "date": "YYYY-MM-DD"} per line',
            )
    if len(record["text"].encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise NewsInputError("article text is larger than the 5 MB limit", file=file, line=line_number)
    parse_date(record["date"], file=f"{file}:{line_number}")
    return {"id": str(record.get("id", line_number)), "text": record["text"], "date": record["date"]}


def read_batch(path: str | Path) -> list[dict[str, str]]:
    """All records of a batch file (JSONL of ``{"id", "text", "date"}``), checked before any is used."""
    batch = Path(path)
    try:
        lines = batch.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise NewsInputError(f"cannot read batch file: {exc}", file=batch) from None
    records = [
        read_jsonl_line(line, file=str(batch), line_number=n)
        for n, line in enumerate(lines, 1)
        if line.strip()
    ]
    if not records:
        raise NewsInputError("batch file has no articles", file=batch)
    return records


def read_text_file(path: str | Path) -> str:
    """A UTF-8 text file (an article's text given beside its gold annotations)."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NewsInputError(f"cannot read text: {exc}", file=path) from None
