"""Reading articles: encodings, HTML, metadata dates and bad input."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest

from truce.errors import NewsInputError
from truce.io.news_text import MAX_ARTICLE_BYTES, read_article


def test_utf8_with_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Blinken’s visit.".encode())
    assert read_article(path).text == "Blinken’s visit."


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Hamas accepted.", encoding="utf-16")
    assert read_article(path).text == "Hamas accepted."


def test_wrong_encoding_names_the_fix(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Hamas’ reply".encode("cp1252"))
    with pytest.raises(NewsInputError, match="--encoding"):
        read_article(path)
    assert read_article(path, encoding="cp1252").text == "Hamas’ reply"


@pytest.mark.parametrize("data", [b"", b"   \n\t "])
def test_empty(tmp_path, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    with pytest.raises(NewsInputError, match="empty"):
        read_article(path)


def test_binary(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4\x00\x01\x02binary")
    with pytest.raises(NewsInputError, match="binary"):
        read_article(path)


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Talks went on. " * (MAX_ARTICLE_BYTES // 15 + 10))
    with pytest.raises(NewsInputError, match="MB"):
        read_article(path)


def test_missing_file(tmp_path):
    with pytest.raises(NewsInputError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_html_text_and_published_time(tmp_path):
    html = """<!doctype html><html><head>
    <meta property="article:published_time" content="2024-08-19T09:30:00Z">
    <script>var x = "Hamas accused Israel.";</script><style>p {}</style></head>
    <body><nav>Home | World</nav><h1>Blinken in Israel</h1>
    <p>Blinken met Netanyahu &amp; Herzog on Monday.</p><p>Hamas   rejected
    the proposal.</p></body></html>"""
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    article = read_article(path)
    assert article.published == dt.date(2024, 8, 19)
    assert article.text == (
        "Blinken in Israel\n\nBlinken met Netanyahu & Herzog on Monday.\n\nHamas rejected the proposal."
    )


def test_html_json_ld_date(tmp_path):
    html = ('<html><head><script type="application/ld+json">{"datePublished": "2024-09-02"}</script>'
            "</head><body><p>Strike.</p></body></html>")
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    assert read_article(path).published == dt.date(2024, 9, 2)
