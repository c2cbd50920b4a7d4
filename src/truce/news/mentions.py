"""Actor mentions in a sentence, and what earlier sentences said.

Mentions are the longest phrases of the lexicon (Phoenix actors, hand
additions, scenario parties and aliases) starting at a capitalised token
(lower-case only for the few phrases listed so).  Office holders take the
code valid on the article date.  The actor an argument stands for is
resolved by :mod:`truce.news.arguments`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from truce.news.dates import CALENDAR_NAMES
from truce.news.lexicon import STATE_AGENTS, ActorEntry, Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from truce.news.arguments import SentenceActors

__all__ = ["ActorRef", "Discourse", "MentionFinder"]

_MAX_WORDS = 8
# Two spellings of a name word are one name when difflib's similarity is at least this: one or two
# letters differ in a long name (Sergei/Sergey 0.83, Zelenskiy/Zelensky 0.94; Tony/Antony, 0.80, is a
# nickname).
_SPELLING_RATIO = 0.82
_NAME_JOINS = frozenset({"of", "for", "and", "in", "the"})  # inside a body's name
# Words that end the names of groups and bodies, or head them before "of" ("the Government of National
# Accord"): a run of capitalised words with one is a body's name.  Names of agreements ("the Dayton
# Accord") are no bodies.
_GROUP_ENDS = frozenset({"front", "movement", "movements", "army", "party", "council", "union", "alliance",
                         "coalition", "forces", "brigade", "brigades", "organisation", "organization",
                         "committee", "league", "federation", "government", "command",
                         "coordination", "group", "militia", "tribunal", "court", "commission"})
# Lower-case particles inside Arabic, Dutch, French, German and Spanish names ("Omar al-Bashir", "Abu
# Mohammed al-Julani", "Ursula von der Leyen", "Charles de Gaulle"): a word before one is no surname alone,
# and one before a capitalised word starts a name as a capital does ("al-Hayya", "van Rompuy").
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "ould", "ag", "van", "von", "de", "del", "da",
                             "der", "la", "le"})


@dataclass(frozen=True)
class ActorRef:
    """An actor as coded: display name, CAMEO actor code, and the token span that names it."""

    name: str
    code: str | None
    person: bool
    start: int
    end: int
    kind: str = "name"


@dataclass
class Discourse:
    """What earlier sentences of the article said: the last person and the last other actor."""

    person: ActorRef | None = None
    other: ActorRef | None = None
    local_person: ActorRef | None = None
    local_other: ActorRef | None = None
    state: ActorRef | None = None
    local_state: ActorRef | None = None
    local_group: ActorRef | None = None

    def remember(self, ref: ActorRef) -> None:
        """Keep an actor named as a subject for later pronouns (a person's office names a state
        for a later "the cabinet")."""
        if ref.person:
            self.person = ref
            self.state = _state_of(ref) or self.state
        elif ref.kind != "agent":
            self.other = ref
            self.state = _state_of(ref) or self.state

    def remember_local(self, ref: ActorRef) -> None:
        """Keep a subject of the current sentence (preferred by pronouns in the same sentence)."""
        if ref.person:
            self.local_person = ref
            self.local_state = _state_of(ref) or self.local_state
        elif ref.kind != "agent":
            self.local_other = ref
            state = _state_of(ref)
            self.local_state = state or self.local_state
        else:  # "The separatists said they had withdrawn": a group, for a plural pronoun of its sentence
            self.local_group = ref

    def reporting_group(self, token: Token) -> ActorRef | None:
        """"The separatists said they had withdrawn": *they*, subject of what a group says, is that
        group (a group named by an agent noun is otherwise no antecedent)."""
        group, said = self.local_group, token.head.head
        if group is None or token.lower_ != "they" or token.dep_ != "nsubj" or token.head.dep_ != "ccomp":
            return None
        return group if any(c.dep_ == "nsubj" and group.start <= c.i < group.end for c in said.children) \
            else None

    def local_antecedent(self, pronoun: Token, found: dict[int, ActorRef], person: bool) -> ActorRef | None:
        """The subject of this sentence that a pronoun refers to.  The antecedent of "it" is a subject before
        it ("Although Hamas stayed away, it was briefed by Egypt": not Egypt, the last subject) when there
        is one ("Announcing that it was ready, Hamas said ...": it looks ahead), and that of "he" or "she"
        is none of a pair named as subject ("A and B threatened to quit if he signed": agreement in
        number); "it" charged with something is never its own clause's subject ("Hezbollah denied a role
        after Israel accused it": Hezbollah; Chomsky 1981, *Lectures on Government and Binding*, principle
        B)."""
        doc = pronoun.doc
        local = self.local_person if person else self.local_other
        if local is not None and _bound_by_subject(pronoun, local):
            return next((r for k, r in sorted(found.items(), reverse=True) if k < pronoun.i and
                         not r.person and r.kind != "agent" and r.name != local.name and
                         doc[r.end - 1].dep_ == "nsubj"), None)
        later = local is not None and local.start > pronoun.i and pronoun.lower_ in ("it", "its")  # "they"
        if local is None or not (later or (person and _paired(local, doc))):  # may be people no actor names
            return local
        return next((r for k, r in sorted(found.items(), reverse=True) if k < pronoun.i and r.person == person
                     and r.kind != "agent" and not _paired(r, doc) and (
                         person or doc[r.end - 1].dep_ in ("nsubj", "nsubjpass"))), None if person else local)

    def end_sentence(self) -> None:
        """Forget the current sentence's subjects (what later sentences remember stays)."""
        self.local_person = self.local_other = self.local_state = self.local_group = None


def _bound_by_subject(pronoun: Token, subject: ActorRef) -> bool:
    """"it" charged with something ("accused it of", "blamed it for", "pinned on it") whose clause has
    ``subject`` as its own subject."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    charged = (pronoun.dep_ == "pobj" and pronoun.head.lower_ in ("on", "at")) or (
        pronoun.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in verb.children))
    return pronoun.lower_ == "it" and charged and any(
        c.dep_ == "nsubj" and subject.start <= c.i < subject.end for c in verb.children)


def _paired(ref: ActorRef, doc: Doc) -> bool:
    """Whether an actor is named as one of coordinated words ("Ben-Gvir and Smotrich threatened ...")."""
    return any(doc[k].conjuncts for k in range(ref.start, ref.end))


def _state_of(ref: ActorRef) -> ActorRef | None:
    """The state an actor belongs to ("Israeli officials": Israel), for a later "the army"."""
    if (
        ref.code
        and len(ref.code) >= 3
        and ref.code[:3].isalpha()
        and ref.kind in ("name", "nominal")
        and not ref.code.startswith(("IGO", "NGO"))
    ):
        return ActorRef(ref.name, ref.code[:3], False, ref.start, ref.end, ref.kind)
    return None


@lru_cache(maxsize=8192)
def _as_written(written: str, name: str, person: bool) -> str:
    """The article's own spelling of the same name: "NATO", another spelling of a full name
    ("Sergei Lavrov", "World Food Programme"), or of a person's surname ("Zelenskiy": "Volodymyr
    Zelenskiy")."""
    if written.lower() == name.lower() or _variant(written, name):  # also "World Food Programme"
        return written
    full = f"{name.rsplit(' ', 1)[0]} {written}"
    return full if person and _variant(full, name) else name


def _variant(written: str, name: str) -> bool:
    """Whether a full name as written is another transliteration of ``name``, word for word
    ("Sergei Lavrov" for "Sergey Lavrov", "Volodymyr Zelenskiy" for "Volodymyr Zelensky")."""
    words, named = written.lower().split(), name.lower().split()
    return len(words) == len(named) > 1 and all(
        SequenceMatcher(None, w, n).ratio() >= _SPELLING_RATIO for w, n in zip(words, named, strict=True))


class _Words:
    """A sentence's tokens as plain strings, indexed like its doc: phrases are looked up by joining
    them, without building spaCy spans."""

    def __init__(self, sent: Span) -> None:
        pad = [""] * sent.start
        tokens = list(sent)
        self.lower = pad + [t.lower_ for t in tokens]
        self.written = pad + [t.text for t in tokens]
        self.space = pad + [t.whitespace_ for t in tokens]
        self.upper = [False] * sent.start + [t.text[:1].isupper() or _particle_of_name(tokens, k)
                                             for k, t in enumerate(tokens)]
        self.punct = [False] * sent.start + [t.is_punct for t in tokens]
        self.any_lower = any(t.text.islower() for t in tokens)  # not a line written in capitals

    def text(self, i: int, j: int) -> str:
        """The text of tokens ``i`` to ``j`` as written."""
        return "".join(self.written[k] + self.space[k] for k in range(i, j - 1)) + self.written[j - 1]

    def key(self, i: int, j: int) -> str:
        """The lower-cased text of tokens ``i`` to ``j`` (as ``doc[i:j].text.lower()``)."""
        return "".join(self.lower[k] + self.space[k] for k in range(i, j - 1)) + self.lower[j - 1]


def _particle_of_name(tokens: list[Token], k: int) -> bool:
    """Token ``k`` starts a name's particles ("al-", "von der") before a capitalised word."""
    j = k
    while j < len(tokens) and (tokens[j].lower_ in _NAME_PARTICLES or (j > k and tokens[j].text == "-")):
        j += 1
    return j > k and j < len(tokens) and tokens[j].text[:1].isupper()


class MentionFinder:
    """Find mentions in a sentence and resolve arguments to actors.

    Parameters
    ----------
    lexicon
        The actor dictionary.
    extra
        More actors by lower-case name (a scenario's parties and their aliases).
    """

    def __init__(self, lexicon: Lexicon, extra: dict[str, ActorEntry] | None = None) -> None:
        self.lexicon = lexicon
        self.extra = extra or {}
        self.max_words = min(_MAX_WORDS, lexicon.max_phrase_words)
        self.first_words = lexicon.first_words | {k.split()[0] for k in self.extra if k.strip()}
        self.lower_first_words = frozenset(k.split()[0] for k in lexicon.lower_case if k.strip())
        # common nouns that end names ("Islamic Jihad Group"); written in lower case after a name in a text
        # in mixed case, they describe it and are no part of it
        self.descriptors = lexicon.generic_name_words | {"group", "groups"}

    def _entry(self, key: str) -> ActorEntry | None:
        return self.extra.get(key) or self.lexicon.actors.get(key)

    def _ref(self, entry: ActorEntry, start: int, end: int, day: dt.date, phrase: str,
             written: str = "") -> ActorRef:
        code = entry.code_on(day)
        name = entry.name
        words = phrase.removeprefix("the ").split()
        if entry.person and len(words) > 1 and not set(words) & set(name.lower().split()):
            name = " ".join(w[:1].upper() + w[1:] for w in words)  # a person filed under another record
        if entry.state and code is not None:
            name = self.lexicon.code_names.get(code, name)
        elif not entry.person and code is not None and code.startswith("IGO") and \
                code in self.lexicon.named_codes:
            name = self.lexicon.code_names[code]  # "the European Commission": filed under its union's code
        elif not entry.person and code is not None and self._state_body(code):
            # A state body or a seat of government standing for it ("the Kremlin", "the Pentagon",
            # "the State Duma") is the state (annotation rule 6), or the name its code has ("IDF").
            name = self.lexicon.name_of_code(code) or name
        written = written.removeprefix("the ").removeprefix("The ")
        if written[:1].isupper() and not entry.state:  # a state by its name, not "Sri Lankan"
            name = _as_written(written, name, entry.person)
        return ActorRef(name, code, entry.person, start, end)

    def _state_body(self, code: str) -> bool:
        return code[3:] in STATE_AGENTS and code[:3] in self.lexicon.code_names

    def _may_start(self, words: _Words, i: int, stop: int) -> bool:
        """Whether a phrase can start at token ``i``: its first word (the tokens up to the first
        whitespace) must begin some phrase of the dictionary, a lower-case phrase for a lower-case
        token.  One set lookup per token instead of a dictionary lookup per span."""
        firsts = self.first_words if words.upper[i] else self.lower_first_words
        word = ""
        for k in range(i, min(stop, i + self.max_words)):
            word += words.lower[k]
            if word in firsts:
                return True
            if words.space[k]:
                return False
        return False

    def _match(self, words: _Words, i: int, stop: int) -> tuple[int, ActorEntry, str] | None:
        """The longest phrase starting at token ``i``: (end, entry, phrase)."""
        if not self._may_start(words, i, stop):
            return None
        upper = words.upper[i]
        for j in range(min(stop, i + self.max_words), i, -1):
            last = j - 1  # "the Islamic Jihad group": a descriptor after the name
            if last > i and (words.punct[last] or (words.any_lower and words.written[last].islower() and
                                                   words.lower[last] in self.descriptors)):
                continue
            key = words.key(i, j)
            entry = self._entry(key) if upper or key in self.lexicon.lower_case else None
            if entry is not None:
                return j, entry, key
        return None

    def _name_goes_on(self, words: _Words, end: int, stop: int) -> bool:
        """Whether a one-word name is followed, without a comma, by a capitalised word that starts
        no phrase of the dictionary (the rest of a longer, unknown name)."""
        return end < stop and words.upper[end] and words.written[end].isalpha() and \
            words.lower[end] not in CALENDAR_NAMES and bool(words.space[end - 1]) and \
            self._match(words, end, stop) is None

    def _surname(self, words: _Words, i: int, stop: int, first: int, day: dt.date) -> ActorEntry | None:
        """A surname alone ("Modi", "Scholz") names the one office holder of that name in office on the
        article date, when it stands alone (no capitalised word before or after it: not part of
        someone else's name)."""
        written = words.written[i]
        if not (written.istitle() and written.isalpha()) or words.lower[i] in CALENDAR_NAMES:
            return None
        if (i > first and words.upper[i - 1] and words.written[i - 1].isalpha()) or \
                (i + 1 < stop and words.upper[i + 1] and words.written[i + 1].isalpha()) or \
                (i + 1 < stop and words.lower[i + 1] in _NAME_PARTICLES):  # "Omar al-Bashir": a name goes on
            return None
        known = self.lexicon.surnames.get(words.lower[i])
        every = known if isinstance(known, tuple) else (known,) if known is not None else ()
        holders = [e for e in every if e.in_office(day)]
        return holders[0] if len(holders) == 1 else None

    @staticmethod
    def _inside_a_name(words: _Words, i: int, first: int) -> bool:
        """Whether a short one-word phrase written in title case ("Un", not "UN") ends a run of
        capitalised words that matched nothing: part of someone's name, not an acronym."""
        written = words.written[i]
        return len(written) <= 3 and written.isalpha() and written[1:].islower() and i > first and \
            words.upper[i - 1] and words.written[i - 1].isalpha() and bool(words.space[i - 1]) and \
            words.lower[i - 1] not in ("the", "a", "an")

    def mentions(self, sent: Span, day: dt.date, words: _Words | None = None) -> dict[int, ActorRef]:
        """Token index (in the doc) -> the mention covering it; longest match first."""
        out: dict[int, ActorRef] = {}
        words = words or _Words(sent)
        i, stop = sent.start, sent.end
        while i < stop:
            found = self._match(words, i, stop)
            if words.lower[i] == "the" and i + 1 < stop:  # "The Islamic Resistance Movement": skip "the"
                later = self._match(words, i + 1, stop)
                if later is not None and (found is None or later[0] >= found[0]):
                    i += 1
                    found = later
            if found is None and words.written[i] in self.lexicon.acronyms and words.any_lower:
                entry = self.lexicon.acronyms[words.written[i]]  # "US", "WHO"; not in an all-capitals line
                out[i] = self._ref(entry, i, i + 1, day, words.lower[i], entry.name)
                i += 1
                continue
            if found is None:
                surname = self._surname(words, i, stop, sent.start, day)
                if surname is not None:
                    out[i] = self._ref(surname, i, i + 1, day, surname.name.lower(), surname.name)
                i += 1
                continue
            end, entry, key = found
            if end - i == 1 and self._inside_a_name(words, i, sent.start):
                i = end  # "Kim Jong Un": the last word of an unknown name, not the UN
                continue
            if entry.person and end - i == 1 and self._name_goes_on(words, end, stop):
                i = end  # "Hassan Rashad": a first name of the dictionary inside someone else's name
                continue
            while entry.person and end + 1 < stop and words.lower[end] in _NAME_PARTICLES and \
                    words.upper[end + 1]:  # "Sheikh Mohammed bin Abdulrahman Al Thani": the family name
                end += 2  # goes on after the dictionary's phrase
            ref = self._ref(entry, i, end, day, key, words.text(i, end))
            for k in range(i, end):
                out[k] = ref
            i = end
        return out

    def unlisted_bodies(self, sent: Span, found: dict[int, ActorRef], words: _Words) -> dict[int, ActorRef]:
        """Named groups and bodies the dictionary lacks: a run of capitalised words (with *of, for, and,
        in, the* inside) that ends in a word that ends such names ("the Coordination of Azawad
        Movements", "the Front for Change and Concord in Chad", "the Government of National Accord")
        is an actor of that name, with no code; never a run the dictionary matched in part."""
        out: dict[int, ActorRef] = {}
        i, stop = sent.start, sent.end
        while i < stop:
            if not words.upper[i] or i in found or (i == sent.start and words.lower[i] == "the"):
                i += 1
                continue
            j = i
            while j + 1 < stop and (words.upper[j + 1] or (words.lower[j + 1] in _NAME_JOINS and
                                                           j + 2 < stop and words.upper[j + 2])):
                j += 1
            first = found.get(i - 1)  # "the Libyan National Army": a demonym opens the name; "the U.N.
            # General Assembly": a body of an actor found, left to it
            demonym = first is not None and first.start == i - 1 and len(first.code or "") == 3
            start = i - 1 if demonym else i
            named = words.lower[j] in _GROUP_ENDS or any(
                words.lower[k] in _GROUP_ENDS and words.lower[k + 1] in _NAME_JOINS for k in range(i, j))
            unfound = not any(k in found for k in range(i, j + 1))
            if j > i and named and unfound and (first is None or demonym) and words.any_lower:
                ref = ActorRef(words.text(start, j + 1), None, False, start, j + 1)
                out.update({k: ref for k in range(start, j + 1)})
            i = j + 1
        return out

    def in_sentence(self, sent: Span, discourse: Discourse, day: dt.date) -> SentenceActors:
        """The sentence's mentions, ready to resolve its arguments to actors."""
        from truce.news.arguments import SentenceActors
        from truce.news.populations import definite_side

        words = _Words(sent)
        found = self.mentions(sent, day, words)
        found = {**found, **self.unlisted_bodies(sent, found, words)}
        sides = {k: definite_side(sent.doc[k], self.lexicon) for k, r in found.items()
                 if (r.code or "").endswith("CVL") and r.end - r.start == 1}
        found.update({k: side for k, side in sides.items() if side is not None})
        return SentenceActors(self.lexicon, found, discourse, day)
