"""Reading GENIUS XML files: the domain's issues and a profile's weights, evaluations and limits.

The safe parser and the element readers behind :mod:`truce.io.genius`, which
documents the format, how it maps to the model, and assembles the scenario.
XML is parsed with :mod:`defusedxml` with DTDs forbidden; every problem raises
:class:`~truce.errors.ImportFormatError` naming the file and the element.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Literal
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from truce.errors import ImportFormatError
from truce.model.elements import Issue, Option, Party, Preference, Source
from truce.model.estimate import Estimate, exact_number
from truce.model.frozen import FrozenDict

__all__ = ["DomainIssue", "genius_file_kind", "read_domain", "read_profile"]

MAX_FILE_BYTES = 20_000_000
MAX_INTEGER_OPTIONS = 100_000


@dataclass(frozen=True)
class DomainIssue:
    """An issue of a GENIUS domain, with its index and, for an integer issue, its bounds."""

    index: int
    issue: Issue
    integer_bounds: tuple[int, int] | None = None


# -- XML helpers --------------------------------------------------------------


def _parse(path: Path) -> Element:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFormatError(
                f"file is {size} bytes, more than the {MAX_FILE_BYTES} a GENIUS file may have",
                file=path, hint="check that this is a GENIUS domain or profile file",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"cannot read file: {exc.strerror}", file=path) from None
    try:
        root: Element = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise ImportFormatError(
            f"refused XML with a DTD, entity or external reference ({type(exc).__name__})",
            file=path, hint="GENIUS files need no DTD or entities; remove the <!DOCTYPE ...> part",
        ) from None
    except ParseError as exc:
        line = exc.position[0] if exc.position else None
        raise ImportFormatError(f"not well-formed XML: {exc}", file=path, line=line,
                                hint="fix the XML syntax near that line") from None
    return root


def _attr(element: Element, name: str, path: Path, where: str) -> str:
    value = element.get(name)
    if value is None or not value.strip():
        raise ImportFormatError(f"<{element.tag}> has no {name!r} attribute", file=path,
                                field=where, hint=f"add {name}=\"...\" to the element")
    return value


def _number(element: Element, name: str, path: Path, where: str) -> Fraction:
    """The attribute's decimal number, exactly."""
    text = _attr(element, name, path, where)
    try:
        return exact_number(text)
    except ValueError:
        raise ImportFormatError(f"{name}={text!r} of <{element.tag}> is not a finite number",
                                file=path, field=where,
                                hint=f"write {name} as a decimal number") from None


def _integer(element: Element, name: str, path: Path, where: str) -> int:
    text = _attr(element, name, path, where)
    try:
        return int(text.strip())
    except ValueError:
        raise ImportFormatError(f"{name}={text!r} of <{element.tag}> is not an integer",
                                file=path, field=where, hint=f"write {name} as a whole number")\
            from None


def _objective(root: Element, path: Path) -> Element:
    space = root if root.tag == "utility_space" else root.find("utility_space")
    objective = space.find("objective") if space is not None else None
    if objective is None:
        raise ImportFormatError(
            f"no <utility_space><objective> element (root element is <{root.tag}>)", file=path,
            hint="give a GENIUS domain or profile file",
        )
    if objective.find("objective") is not None:
        raise ImportFormatError("nested objectives are not supported", file=path,
                                field="objective.objective",
                                hint="flatten the issues under the root objective")
    return objective


def _issue_type(element: Element) -> str:
    for key in ("type", "etype", "vtype"):
        value = element.get(key)
        if value and value != "objective":
            return value.strip().lower()
    return "discrete"


def genius_file_kind(path: str | Path) -> Literal["domain", "profile"]:
    """Whether a GENIUS file is a domain or a profile (it has ``<weight>`` elements)."""
    path = Path(path)
    objective = _objective(_parse(path), path)
    return "profile" if objective.find("weight") is not None else "domain"

# -- domain -------------------------------------------------------------------


def read_domain(path: Path) -> list[DomainIssue]:
    """The issues of a GENIUS domain file, in file order."""
    objective = _objective(_parse(path), path)
    issues: list[DomainIssue] = []
    seen_index: set[int] = set()
    seen_name: set[str] = set()
    for k, element in enumerate(objective.findall("issue")):
        where = f"issue[{k + 1}]"
        name = _attr(element, "name", path, where)
        index = _integer(element, "index", path, where)
        if index in seen_index or name in seen_name:
            raise ImportFormatError(f"issue {name!r} (index {index}) is defined twice",
                                    file=path, field=where, hint="give every issue its own "
                                    "name and index")
        seen_index.add(index)
        seen_name.add(name)
        kind = _issue_type(element)
        where = f"issue {name!r}"
        if kind == "discrete":
            options = []
            for j, item in enumerate(element.findall("item")):
                value = _attr(item, "value", path, f"{where}.item[{j + 1}]")
                description = item.get("description")
                options.append(Option.model_construct(
                    id=value, description=description if description and description != value else None))
            if not options:
                raise ImportFormatError(f"discrete issue {name!r} has no <item> values",
                                        file=path, field=where, hint="list its values as <item>")
            if len({o.id for o in options}) != len(options):
                raise ImportFormatError(f"issue {name!r} lists a value twice", file=path,
                                        field=where, hint="give every value its own name")
            issues.append(DomainIssue(index, Issue.model_construct(id=name, options=tuple(options))))
        elif kind == "integer":
            low = _integer(element, "lowerbound", path, where)
            high = _integer(element, "upperbound", path, where)
            if not 0 <= high - low < MAX_INTEGER_OPTIONS:
                raise ImportFormatError(
                    f"integer issue {name!r} has bounds [{low}, {high}]", file=path, field=where,
                    hint=f"need lowerbound <= upperbound and at most {MAX_INTEGER_OPTIONS} values",
                )
            options = [Option.model_construct(id=str(v), level=float(v)) for v in range(low, high + 1)]
            issue = Issue.model_construct(id=name, kind="numeric", options=tuple(options))
            issues.append(DomainIssue(index, issue, (low, high)))
        elif kind == "real":
            raise ImportFormatError(
                f"issue {name!r} is real-valued, which truce does not support", file=path,
                field=where, hint="discretise it into an integer or discrete issue in GENIUS",
            )
        else:
            raise ImportFormatError(f"issue {name!r} has unknown type {kind!r}", file=path,
                                    field=where, hint="use discrete or integer")
    if not issues:
        raise ImportFormatError("the domain has no issues", file=path, field="objective",
                                hint="is this the domain file? It should list <issue> elements")
    return issues

# -- profile ------------------------------------------------------------------


def _evaluations(element: Element, issue: DomainIssue, path: Path) -> dict[str, Fraction]:
    name = issue.issue.id
    where = f"issue {name!r}"
    if issue.integer_bounds is not None:
        evaluator = element.find("evaluator")
        if evaluator is None:
            raise ImportFormatError(f"integer issue {name!r} has no <evaluator>", file=path,
                                    field=where, hint='add <evaluator ftype="linear" slope= '
                                    "offset=/>")
        low = (_integer(element, "lowerbound", path, where) if element.get("lowerbound")
               else issue.integer_bounds[0])
        slope = _number(evaluator, "slope", path, where)
        offset = _number(evaluator, "offset", path, where)
        return {o.id: min(Fraction(1), max(Fraction(0), offset + slope * (int(o.id) - low)))
                for o in issue.issue.options}
    raw: dict[str, Fraction] = {}
    for j, item in enumerate(element.findall("item")):
        item_where = f"{where}.item[{j + 1}]"
        value = _attr(item, "value", path, item_where)
        if value not in issue.issue.option_ids:
            raise ImportFormatError(f"value {value!r} is not a value of issue {name!r} in the "
                                    "domain", file=path, field=item_where,
                                    hint=f"use one of {', '.join(issue.issue.option_ids)}")
        evaluation = _number(item, "evaluation", path, item_where)
        if evaluation < 0:
            raise ImportFormatError(f"value {value!r} has a negative evaluation {evaluation}",
                                    file=path, field=item_where,
                                    hint="GENIUS evaluations are >= 0")
        raw[value] = evaluation
    missing = [v for v in issue.issue.option_ids if v not in raw]
    if missing:
        raise ImportFormatError(f"values {missing} of issue {name!r} have no evaluation",
                                file=path, field=where, hint="give every <item> an evaluation")
    best = max(raw.values())
    if best <= 0:
        raise ImportFormatError(f"every value of issue {name!r} is evaluated 0", file=path,
                                field=where, hint="give the best value a positive evaluation")
    return {v: e / best for v, e in raw.items()}


def _profile_weights(
    objective: Element, by_index: dict[int, DomainIssue], path: Path
) -> dict[str, Fraction]:
    weights: dict[str, Fraction] = {}
    for k, element in enumerate(objective.findall("weight")):
        where = f"weight[{k + 1}]"
        index = _integer(element, "index", path, where)
        if index not in by_index:
            raise ImportFormatError(f"weight for unknown issue index {index}", file=path,
                                    field=where, hint=f"the domain's issue indices are "
                                    f"{sorted(by_index)}")
        weight = _number(element, "value", path, where)
        if weight < 0:
            raise ImportFormatError(f"negative weight {weight}", file=path, field=where,
                                    hint="weights are >= 0")
        weights[by_index[index].issue.id] = weight
    return weights


def _profile_values(objective: Element, by_index: dict[int, DomainIssue], path: Path,
                    warnings: list[str]) -> dict[str, dict[str, Fraction]]:
    values: dict[str, dict[str, Fraction]] = {}
    for k, element in enumerate(objective.findall("issue")):
        index = _integer(element, "index", path, f"issue[{k + 1}]")
        if index not in by_index:
            raise ImportFormatError(f"issue index {index} is not in the domain", file=path,
                                    field=f"issue[{k + 1}]",
                                    hint=f"the domain's issue indices are {sorted(by_index)}")
        issue = by_index[index]
        if element.get("name") not in (None, issue.issue.id):
            warnings.append(f"{path.name}: issue index {index} is named {element.get('name')!r}"
                            f" here but {issue.issue.id!r} in the domain; matched by index as "
                            "GENIUS does")
        values[issue.issue.id] = _evaluations(element, issue, path)
    return values


def _reservation_and_discount(root: Element, path: Path, warnings: list[str]) -> tuple[Fraction, float]:
    space = root if root.tag == "utility_space" else root.find("utility_space")
    assert space is not None  # _objective found it
    reservation_element = space.find("reservation")
    reservation = (Fraction(0) if reservation_element is None else
                   _number(reservation_element, "value", path, "reservation"))
    discount_element = space.find("discount_factor")
    discount = (1.0 if discount_element is None else
                float(_number(discount_element, "value", path, "discount_factor")))
    if not 0 < discount <= 1:
        warnings.append(f"{path.name}: discount factor {discount} is outside (0, 1]; "
                        "using 1 (no discounting) as GENIUS does")
        discount = 1.0
    return reservation, discount


def read_profile(path: Path, domain: list[DomainIssue], warnings: list[str],
                 normalize_weights: bool) -> tuple[Party, Preference, float]:
    """A profile file's party, its preference and its discount factor; warnings are appended."""
    root = _parse(path)
    objective = _objective(root, path)
    party_id = path.name.removesuffix(".xml").removesuffix(".XML")
    by_index = {d.index: d for d in domain}
    weights = _profile_weights(objective, by_index, path)
    values = _profile_values(objective, by_index, path, warnings)
    for d in domain:
        if d.issue.id not in weights:
            raise ImportFormatError(f"issue {d.issue.id!r} (index {d.index}) has no weight",
                                    file=path, field="objective.weight",
                                    hint=f'add <weight index="{d.index}" value="..."/>')
        if d.issue.id not in values:
            raise ImportFormatError(f"issue {d.issue.id!r} (index {d.index}) has no evaluations",
                                    file=path, field="objective.issue",
                                    hint="add the issue with an evaluation for every value")
    reservation, discount = _reservation_and_discount(root, path, warnings)
    total = sum(weights.values(), Fraction(0))
    if total <= 0:
        raise ImportFormatError("all weights are 0", file=path, field="objective.weight",
                                hint="give at least one issue a positive weight")
    normalised = total == 1
    if not normalised and normalize_weights:
        warnings.append(
            f"{path.name}: weights sum to {float(total)}, not 1; divided the weights and the "
            f"reservation value by {float(total)}, so every utility of {party_id!r} is the file's "
            "utility divided by that (same preferences, same acceptable outcomes)"
        )
        weights = {i: w / total for i, w in weights.items()}
        reservation /= total
        normalised = True
    elif not normalised:
        warnings.append(
            f"{path.name}: weights sum to {float(total)}, not 1; kept as in the file, as GENIUS "
            f"does (utilities of {party_id!r} may exceed 1 or stay below it); "
            "--normalize-weights divides them by their sum"
        )
    party = Party.model_construct(id=party_id, reservation_value=Estimate.of(reservation),
                                  discount_factor=discount, description=f"GENIUS profile {path.name}")
    preference = Preference.model_construct(
        party=party_id,
        normalised=normalised,
        weights=FrozenDict({i: Estimate.of(w) for i, w in weights.items()}),
        values=FrozenDict({i: FrozenDict({o: Estimate.of(v) for o, v in vs.items()})
                           for i, vs in values.items()}),
        sources=(Source.model_construct(title=f"GENIUS utility space {path.name}"),),
    )
    return party, preference, discount
