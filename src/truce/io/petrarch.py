"""Readers for the PETRARCH2 dictionaries (Open Event Data Alliance, MIT).

* the CAMEO verb dictionary (``CAMEO.2.0.txt``): synonym sets, verb blocks
  with a block code, verbs with their own codes, and patterns;
* Phoenix actor dictionaries (``Phoenix.*.actors.txt``): a primary phrase,
  synonym phrases (``+``) and codes, optionally restricted to dates;
* the Phoenix agent dictionary (``Phoenix.agents.txt``): agent nouns with
  the code they add to an actor (``[~GOV]``).

Formats as documented in PETRARCH2's ``dictionaries.rst``.  Phrases are
returned in lower case with words separated by single spaces.  The readers
keep only what a dependency-based coder uses: verb lemmas (the primary form;
regular and irregular inflections are left to a lemmatiser), pattern nouns
and prepositions, actor phrases with dated codes, and agent nouns with
their plurals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from truce.errors import NewsInputError

__all__ = [
    "ActorRecord",
    "AgentRecord",
    "DatedCode",
    "VerbBlock",
    "VerbPattern",
    "read_actor_dictionary",
    "read_agent_dictionary",
    "read_verb_dictionary",
]


@dataclass(frozen=True)
class VerbPattern:
    """One pattern: nouns before the verb, noun phrases and prepositional phrases after it.

    A noun phrase is a tuple of words with its head last; a prepositional
    phrase is ``(preposition, noun phrase)`` (the noun phrase may be empty).
    A word starting with ``&`` names a synonym set.  ``owner`` is the verb of the block the
    pattern was written for (the dictionary's comment names it); None where the comment names no
    verb of the block, and the pattern then serves every verb of it.
    """

    before: tuple[tuple[str, ...], ...]
    after: tuple[tuple[str, ...], ...]
    preps: tuple[tuple[str, tuple[str, ...]], ...]
    code: str | None
    owner: str | None = None


@dataclass(frozen=True)
class VerbBlock:
    """A verb synonym block: its verbs (lemma phrase -> own code) and shared patterns."""

    name: str
    code: str | None
    verbs: tuple[tuple[str, str | None], ...]
    patterns: tuple[VerbPattern, ...]


@dataclass(frozen=True)
class DatedCode:
    """An actor code, valid from ``start`` to ``end`` (``YYYYMMDD`` strings, inclusive; None = open)."""

    code: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class ActorRecord:
    """One actor: primary phrase, synonym phrases, dated codes (the undated one is the default)."""

    name: str
    phrases: tuple[str, ...]
    codes: tuple[DatedCode, ...]


@dataclass(frozen=True)
class AgentRecord:
    """An agent noun (with its plurals) and its code; ``prefix`` codes go before the actor code."""

    phrases: tuple[str, ...]
    code: str
    prefix: bool


_CODE = re.compile(r"\[([^\]]*)\]")


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise NewsInputError(f"cannot read dictionary: {exc.strerror}", file=path) from None
    yield from enumerate(text.splitlines(), 1)


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _phrase(raw: str) -> str:
    words = raw.replace("_", " ").replace("+", " ").split()
    return " ".join(w.lower() for w in words)


def _event_code(raw: str) -> str | None:
    """``[042:043]`` -> ``042``, ``[:173]`` -> ``173``, ``[---]`` -> None."""
    for part in raw.split(":"):
        part = part.strip()
        if part and part != "---" and part.isdigit():
            return part
    return None


def _pattern_items(text: str) -> list[str]:
    """Split a pattern half into words, ``{noun phrases}`` and ``(prepositional phrases)``."""
    items, depth, current = [], 0, ""
    for ch in text:
        if ch in "{(":
            depth += 1
        elif ch in "})":
            depth -= 1
        if ch.isspace() and depth == 0:
            if current:
                items.append(current)
            current = ""
        else:
            current += ch
    if current:
        items.append(current)
    return items


def _noun(item: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in item.strip("{}").replace("_", " ").split() if w not in "$+%^")


def _pattern(line: str, verbs: list[str]) -> VerbPattern | None:
    body = _strip_comment(line)[1:]
    codes = _CODE.findall(body)
    if not codes or "*" not in body:
        return None
    body = body[: body.rfind("[")]
    left, _, right = body.partition("*")
    before = tuple(n for n in (_noun(i) for i in _pattern_items(left) if not i.startswith("(")) if n)
    after: list[tuple[str, ...]] = []
    preps: list[tuple[str, tuple[str, ...]]] = []
    for item in _pattern_items(right):
        if item.startswith("("):
            words = _pattern_items(item[1:-1])
            if words:
                preps.append((words[0].lower(), _noun(" ".join(words[1:]))))
        elif item not in "$+%^" and (noun := _noun(item)):
            after.append(noun)
    owner = _phrase(line.partition("#")[2]) if "#" in line else None
    return VerbPattern(before, tuple(after), tuple(preps), _event_code(codes[-1]),
                       owner if owner in verbs else None)


def read_verb_dictionary(path: str | Path) -> tuple[dict[str, tuple[str, ...]], tuple[VerbBlock, ...]]:
    """Synonym sets (``&NAME`` -> phrases) and verb blocks of ``CAMEO.2.0.txt``."""
    source = Path(path)
    synsets: dict[str, list[str]] = {}
    blocks: list[VerbBlock] = []
    current_set: str | None = None
    block: tuple[str, str | None] | None = None
    verbs: list[tuple[str, str | None]] = []
    patterns: list[VerbPattern] = []

    def close() -> None:
        if block is not None:
            blocks.append(VerbBlock(block[0], block[1], tuple(verbs), tuple(patterns)))

    for _, raw in _lines(source):
        if raw.startswith("~") or raw.startswith("######## TRANSFORMATIONS"):
            break
        if raw.startswith("---"):
            close()
            name = raw.strip("- ").split("[")[0].strip()
            match = _CODE.search(raw)
            block, verbs, patterns, current_set = (
                (_phrase(name), _event_code(match.group(1)) if match else None),
                [],
                [],
                None,
            )
            continue
        line = _strip_comment(raw).strip()
        if not line:
            continue
        if line.startswith("&"):
            current_set = line.rstrip("_").lower()
            synsets[current_set] = []
        elif block is None and current_set is not None and line.startswith("+"):
            synsets[current_set].append(_phrase(line))
        elif block is not None and line.startswith("-"):
            if (pattern := _pattern(raw.strip(), [v for v, _ in verbs])) is not None:
                patterns.append(pattern)
        elif block is not None:
            head = line.split("{")[0].split("[")[0]
            match = _CODE.search(line.split("}")[-1])
            verbs.append((_phrase(head), _event_code(match.group(1)) if match else block[1]))
    close()
    if not blocks:
        raise NewsInputError("no verb blocks ('--- NAME [code] ---') found", file=source)
    return {k: tuple(v) for k, v in synsets.items()}, tuple(blocks)


def _date(raw: str) -> str:
    """``YYMMDD`` or ``YYYYMMDD`` -> ``YYYYMMDD`` (two-digit years: 00-29 are 20xx, else 19xx)."""
    if len(raw) == 6:
        return ("20" if int(raw[:2]) < 30 else "19") + raw
    return raw


def _dated(raw: str) -> DatedCode:
    parts = raw.split()
    code = parts[0]
    if len(parts) == 1:
        return DatedCode(code)
    span = parts[1]
    if span.startswith("<"):
        return DatedCode(code, None, _date(span[1:]))
    if span.startswith(">"):
        return DatedCode(code, _date(span[1:]), None)
    start, _, end = span.partition("-")
    return DatedCode(code, _date(start), _date(end))


def read_actor_dictionary(path: str | Path) -> tuple[ActorRecord, ...]:
    """The records of a Phoenix ``.actors.txt`` file, in file order."""
    source = Path(path)
    records: list[ActorRecord] = []
    phrases: list[str] = []
    codes: list[DatedCode] = []

    def close() -> None:
        if phrases:
            records.append(ActorRecord(phrases[0], tuple(dict.fromkeys(phrases)), tuple(codes)))

    for _, raw in _lines(source):
        line = _strip_comment(raw)
        if not line.strip():
            continue
        if raw[0] in " \t" and line.strip().startswith("["):
            codes.extend(_dated(c) for c in _CODE.findall(line))
        elif line.startswith("+"):
            phrases.append(_phrase(line.split("[")[0]))
            codes.extend(DatedCode(c.split()[0]) for c in _CODE.findall(line))
        elif raw[0] not in " \t":
            if codes or not phrases:  # a record ends where a new primary phrase follows its codes
                close()
                phrases, codes = [], []
            phrases.append(_phrase(line.split("[")[0]))
            codes.extend(_dated(c) for c in _CODE.findall(line))
    close()
    return tuple(r for r in records if r.codes and r.phrases[0])


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("ss", "sh", "ch", "x")) else "s")


def read_agent_dictionary(path: str | Path) -> tuple[AgentRecord, ...]:
    """Agent nouns of ``Phoenix.agents.txt`` with their plurals and codes."""
    source = Path(path)
    substitutions: dict[str, list[str]] = {}
    out: list[AgentRecord] = []
    for _, raw in _lines(source):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            name, _, values = line.partition("=")
            substitutions[name.strip()] = [v.strip().lower() for v in values.split(",")]
            continue
        match = re.search(r"\[([^\]}]*)[\]}]", line)
        if match is None:
            continue
        code = match.group(1).strip()
        head = line[: match.start()]
        plural_spec = re.search(r"\{([^}]*)\}", head)
        stem = head[: plural_spec.start()] if plural_spec else head
        for form in _expand(stem.strip(), substitutions):
            singular = _phrase(form)
            if not singular or "!" in singular:
                continue
            if plural_spec is None:
                plurals: Iterable[str] = [_plural(singular)]
            else:
                plurals = [_phrase(p) for p in plural_spec.group(1).split()]
            out.append(AgentRecord((singular, *plurals), code.strip("~"), code.endswith("~")))
    return tuple(out)


def _expand(stem: str, substitutions: dict[str, list[str]]) -> list[str]:
    for marker, values in substitutions.items():
        if marker in stem:
            return [
                form for v in values for form in _expand(stem.replace(marker, v.upper(), 1), substitutions)
            ]
    return [stem]


ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)


def write_lexicon(source_dir: str | Path, out_dir: str | Path) -> list[Path]:
    """Convert the PETRARCH2 dictionaries in ``source_dir`` to the JSON files truce ships.

    Writes ``verbs.json`` (synonym sets and verb blocks), ``actors.json``
    (name, phrases, dated codes) and ``agents.json`` (nouns, code, prefix),
    plus the MIT ``LICENSE`` that must travel with them.
    """
    import gzip
    import json

    src, out = Path(source_dir), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    synsets, blocks = read_verb_dictionary(src / "CAMEO.2.0.txt")
    verbs = {
        "synsets": synsets,
        "blocks": [
            {
                "name": b.name,
                "code": b.code,
                "verbs": b.verbs,
                "patterns": [[p.before, p.after, p.preps, p.code, p.owner] for p in b.patterns],
            }
            for b in blocks
        ],
    }
    actors = [
        [r.name, r.phrases, [[c.code, c.start, c.end] for c in r.codes]]
        for name in ACTOR_FILES
        for r in read_actor_dictionary(src / name)
    ]
    agents = [[a.phrases, a.code, a.prefix] for a in read_agent_dictionary(src / "Phoenix.agents.txt")]
    written = []
    for name, data in (("verbs", verbs), ("actors", actors), ("agents", agents)):
        path = out / f"{name}.json.gz"
        payload = json.dumps(data, separators=(",", ":"), sort_keys=True).encode("utf-8")
        path.write_bytes(gzip.compress(payload, mtime=0))
        written.append(path)
    try:
        licence = (src / "LICENSE").read_text(encoding="utf-8")
    except OSError as exc:
        raise NewsInputError(
            f"cannot read the dictionaries' licence: {exc.strerror}", file=src / "LICENSE"
        ) from None
    (out / "LICENSE").write_text(licence, encoding="utf-8")
    return [*written, out / "LICENSE"]


if __name__ == "__main__":  # python -m truce.io.petrarch SOURCE_DIR OUT_DIR
    import sys

    for written_path in write_lexicon(sys.argv[1], sys.argv[2]):
        print(written_path)
