"""The coder's fast paths against brute force: the pattern index and the phrase prefilter.

Both are exact shortcuts (they skip only what cannot match), so they must give what a plain
scan of every pattern or every span gives.  The oracles here share no code with the fast paths.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import yaml

from truce.news.lexicon import Lexicon, VerbSense
from truce.news.mentions import _NAME_PARTICLES, MentionFinder
from truce.news.patterns import ArgumentWords, choose_code

DATA = Path(__file__).parent / "data"


def _has(words: frozenset[str], word: str, lexicon: Lexicon) -> bool:
    if word.startswith("&"):
        return bool(words & lexicon.synsets.get(word[1:], frozenset()))
    return word in words


def _scan_code(sense: VerbSense, args: ArgumentWords, lexicon: Lexicon) -> str | None:
    """Every pattern of the block; the verb's own patterns first, then the largest matching one (the
    earliest on a tie); another verb's pattern of denial (016) never."""
    best: tuple[bool, int, str | None] | None = None
    for before, after, preps, code, owner in lexicon.patterns[sense.block]:
        denial = (code or "").startswith("016") and not (sense.code or "").startswith("016")
        if not (before or after or preps) or (denial and owner not in (None, sense.phrase)):
            continue
        ok = all(_has(args.before, w, lexicon) for phrase in before for w in phrase)
        ok = ok and all(_has(args.after, w, lexicon) for phrase in after for w in phrase)
        ok = ok and all(
            any(p == prep and all(_has(words, w, lexicon) for w in noun) for p, words in args.preps)
            for prep, noun in preps
        )
        if ok:
            size = sum(map(len, before)) + sum(map(len, after)) + sum(1 + len(n) for _, n in preps)
            rank = (owner in (None, sense.phrase), size)
            if best is None or rank > best[:2]:
                best = (*rank, code)
    return best[2] if best is not None else sense.code


def test_pattern_index_chooses_what_a_full_scan_chooses() -> None:
    lexicon = Lexicon.shipped()
    rng = random.Random(11)
    vocabulary = sorted({w for block in lexicon.patterns for pattern in block
                         for phrase in (*pattern[0], *pattern[1], *(n for _, n in pattern[2]))
                         for w in phrase if not w.startswith("&")})
    vocabulary += sorted({w for members in lexicon.synsets.values() for w in members})[:400]
    preps = ["to", "with", "on", "against", "of", "for", "from", "over", "into"]
    checked = matched = 0
    for lemma, senses in sorted(lexicon.verbs.items()):
        for sense in senses:
            if sense.block < 0:
                continue
            for _ in range(3):
                # Words of the block's own patterns make matches likely; random ones test misses.
                block = lexicon.patterns[sense.block]
                own = [w for p in rng.sample(block, min(2, len(block)))
                       for phrase in (*p[0], *p[1], *(n for _, n in p[2])) for w in phrase]
                own = [rng.choice(sorted(lexicon.synsets.get(w[1:], {w}))) if w.startswith("&") else w
                       for w in own]
                words = own + rng.sample(vocabulary, 4)
                args = ArgumentWords(rng.sample(words, len(words) // 2), words,
                                     [(rng.choice(preps), rng.sample(words, min(3, len(words))))
                                      for _ in range(2)])
                got = choose_code(sense, args, lexicon)
                assert got == _scan_code(sense, args, lexicon), (lemma, args.present)
                checked += 1
                matched += got != sense.code
    assert checked > 3000 and matched > 300  # the sample exercises matches, not only misses


def _before_a_name(doc, k: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """Lower-case name particles ("al-", "von der") from token ``k`` up to a capitalised word."""
    j = k
    while j < end and (doc[j].lower_ in _NAME_PARTICLES or (j > k and doc[j].text == "-")):
        j += 1
    return k < j < end and doc[j].text[:1].isupper()


def _spans_oracle(finder: MentionFinder, sent, lexicon: Lexicon) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """Longest dictionary phrase at each token by trying every span (no prefilter)."""
    doc, out, i = sent.doc, [], sent.start

    def longest(k: int) -> int | None:
        for j in range(min(sent.end, k + finder.max_words), k, -1):
            if doc[j - 1].is_punct and j - 1 > k:
                continue
            key = doc[k:j].text.lower()
            may = doc[k].text[:1].isupper() or key in lexicon.lower_case or _before_a_name(doc, k, sent.end)
            if may and (key in finder.extra or key in lexicon.actors):
                return j
        return None

    while i < sent.end:
        end = longest(i)
        if doc[i].lower_ == "the" and i + 1 < sent.end:
            later = longest(i + 1)
            if later is not None and (end is None or later >= end):
                i, end = i + 1, later
        if end is None:
            i += 1
            continue
        out.append((i, end, doc[i:end].text.lower()))
        i = end
    return out


def test_mentions_equal_a_scan_of_every_span(pipeline) -> None:  # type: ignore[no-untyped-def]
    texts = [item["text"] for name in ("dev_patterns.yaml", "varied_events.yaml")
             for item in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))]
    texts += ["the IDF and the U.S. State Department met al-Hayya's aides and Hamas's chief in Doha."]
    lexicon, finder = pipeline.lexicon, pipeline.finder
    seen = 0
    for doc in pipeline.nlp.pipe(texts):
        sent = doc[:]
        found = finder.mentions(sent, dt.date(2024, 8, 19))
        spans = sorted({(r.start, r.end) for r in found.values()})
        assert spans == [(a, b) for a, b, _ in _spans_oracle(finder, sent, lexicon)], sent.text
        seen += len(spans)
    assert seen > 100
