"""The model's attribute rules and lemmas applied as a table, with the same result as spaCy's.

The English pipeline's ``attribute_ruler`` gives each token its universal
part of speech and morphological features from its Penn Treebank tag (the
tag map of Marcus et al. 1993 to Universal Dependencies, de Marneffe et al.
2021), with about 120 word-specific exceptions (pronoun case, auxiliaries,
"there is").  spaCy runs them through its general ``Matcher`` and sets the
attributes match by match, which costs about as much per sentence as the
dependency parser.

Every rule of one token reads only the token's lower-case form, tag,
dependency label and whether it is a space, and the rule lemmatiser that
follows reads the word, its part of speech and its features, so what the
two give a token is a function of its word, tag, dependency label and
whether it is a space.  :class:`AttributeTable` works that out once for each
combination it meets and keeps it; rules that span two tokens ("gon na",
"there is") are checked only where a token matched their first position.
Matches apply in the rules' order, later rules overriding earlier ones, as
spaCy's ruler does, and the lemmatiser gives the lemmas the rules did not;
``tests/news/test_attribute_table.py`` checks the two token by token.
:func:`tabulable` says whether a ruler's patterns use only what the table
reads; the pipeline keeps spaCy's components otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["ATTRIBUTE_TABLE", "AttributeTable", "tabulable"]

ATTRIBUTE_TABLE = "truce_attribute_table"  # the spaCy factory name

_READ = ("LOWER", "TAG", "DEP", "IS_SPACE")  # what the rules read, in this order
_KEPT = 500_000  # entries kept before the table starts afresh (a bound on memory in long runs)
_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "IN": lambda have, values: have in values,
    "NOT_IN": lambda have, values: have not in values,
    "REGEX": lambda have, pattern: re.search(pattern, have) is not None,
}

Spec = Mapping[str, Any]  # one token of a Matcher pattern
Rule = tuple[int, dict[int, int]]  # (order, normalised attributes)
Values = tuple[str, str, str, bool]  # what the rules read of a token (``_READ``)


def tabulable(patterns: Iterable[Mapping[str, Any]]) -> bool:
    """Whether every pattern of an ``AttributeRuler`` reads only what the table reads."""
    return all(
        set(spec) <= set(_READ)
        and all(not isinstance(want, dict) or set(want) <= set(_OPERATORS) for want in spec.values())
        for pattern in patterns for tokens in pattern["patterns"] for spec in tokens
    )


def _holds(spec: Spec, values: Values) -> bool:
    for attr, want in spec.items():
        have = values[_READ.index(attr)]
        if isinstance(want, dict):
            if not all(_OPERATORS[op](have, arg) for op, arg in want.items()):
                return False
        elif have != want:
            return False
    return True


class _Entry:
    """What the one-token rules (and, once seen, the lemmatiser) give a key, and which longer rules may
    start there."""

    __slots__ = ("attrs", "rules", "starts", "values")

    def __init__(self, values: Values, rules: list[Rule], starts: tuple[int, ...]) -> None:
        self.values = values
        self.rules = rules
        self.starts = starts
        self.attrs = _composed(rules)


def _composed(rules: Iterable[Rule]) -> dict[int, int]:
    attrs: dict[int, int] = {}
    for _, assigned in sorted(rules, key=lambda rule: rule[0]):
        attrs.update(assigned)
    return attrs


class AttributeTable:
    """The rules of an ``AttributeRuler`` and a lemmatiser (see the module docstring), as one component.

    Parameters
    ----------
    vocab
        The pipeline's vocabulary.
    patterns
        The ruler's patterns (``AttributeRuler.patterns``), in order.
    lemmatize
        The lemma of a token whose part of speech and features are set (the first of spaCy's
        ``Lemmatizer.lemmatize``), for tokens the rules gave none; ``None`` leaves lemmas alone.
    """

    def __init__(self, vocab: Any, patterns: Sequence[Mapping[str, Any]],
                 lemmatize: Callable[[Token], str] | None = None) -> None:
        from spacy.attrs import LEMMA
        from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs

        self.vocab = vocab
        self._set_token_attrs = set_token_attrs
        self.lemmatize = lemmatize
        self._lemma_id = LEMMA
        self._single: list[tuple[int, Spec, dict[int, int]]] = []
        self._longer: list[tuple[int, Sequence[Spec], int, dict[int, int]]] = []
        for order, pattern in enumerate(patterns):
            attrs = normalize_token_attrs(vocab, pattern["attrs"])
            for tokens in pattern["patterns"]:
                if len(tokens) == 1:
                    self._single.append((order, tokens[0], attrs))
                else:
                    self._longer.append((order, tokens, pattern.get("index", 0), attrs))
        self._entries: dict[tuple[int, ...], _Entry] = {}

    def _entry(self, key: tuple[int, ...]) -> _Entry:
        if len(self._entries) >= _KEPT:
            self._entries.clear()
        strings = self.vocab.strings
        values = (strings[key[0]].lower(), strings[key[1]], strings[key[2]], bool(key[3]))
        rules = [(order, attrs) for order, spec, attrs in self._single if _holds(spec, values)]
        starts = tuple(k for k, (_, tokens, _, _) in enumerate(self._longer) if _holds(tokens[0], values))
        entry = self._entries[key] = _Entry(values, rules, starts)
        return entry

    def __call__(self, doc: Doc) -> Doc:
        """Set part of speech, morphology and lemma on ``doc``'s tokens."""
        from spacy.attrs import DEP, IS_SPACE, ORTH, TAG

        entries = [self._entries.get(key) or self._entry(key)
                   for key in map(tuple, doc.to_array([ORTH, TAG, DEP, IS_SPACE]).tolist())]
        longer: dict[int, list[Rule]] = {}
        for i, entry in enumerate(entries):
            for k in entry.starts:
                order, tokens, index, attrs = self._longer[k]
                if i + len(tokens) <= len(entries) and all(
                    _holds(spec, entries[i + j].values) for j, spec in enumerate(tokens[1:], 1)
                ):
                    longer.setdefault(i + index if index >= 0 else i + len(tokens) + index, []).append(
                        (order, attrs))
        set_token_attrs, lemma, lemmatize = self._set_token_attrs, self._lemma_id, self.lemmatize
        for i, entry in enumerate(entries):
            if i in longer:
                self._set(doc[i], _composed(entry.rules + longer[i]))
            elif entry.attrs and (lemma in entry.attrs or lemmatize is None):  # seen before: what _set does,
                set_token_attrs(doc[i], entry.attrs)  # without its call
            else:  # on first sight the lemmatiser's lemma joins the entry
                entry.attrs = self._set(doc[i], entry.attrs)
        return doc

    def _set(self, token: Token, attrs: dict[int, int]) -> dict[int, int]:
        """Set ``attrs`` on ``token``, then its lemma if they hold none; the attributes set."""
        from spacy.tokens._retokenize import set_token_attrs

        if attrs:
            set_token_attrs(token, attrs)
        if self.lemmatize is not None and self._lemma_id not in attrs:
            attrs = {**attrs, self._lemma_id: self.vocab.strings.add(self.lemmatize(token))}
            set_token_attrs(token, {self._lemma_id: attrs[self._lemma_id]})
        return attrs


def _register() -> None:
    """Register :class:`AttributeTable` as the spaCy factory ``truce_attribute_table``.

    The factory reads the patterns of the pipeline's ``attribute_ruler`` and its ``lemmatizer``
    (add the table before removing them).
    """
    from spacy.language import Language

    if Language.has_factory(ATTRIBUTE_TABLE):
        return

    @Language.factory(ATTRIBUTE_TABLE)
    def make(nlp: Any, name: str) -> AttributeTable:
        lemmatizer = nlp.get_pipe("lemmatizer")
        return AttributeTable(nlp.vocab, nlp.get_pipe("attribute_ruler").patterns,
                              lambda token: lemmatizer.lemmatize(token)[0])


_register()
