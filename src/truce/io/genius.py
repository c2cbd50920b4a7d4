"""Import GENIUS / ANAC negotiation domains (domain XML + utility-space XML files).

A GENIUS domain file lists the issues (``<issue>`` with ``<item value=...>``
children) under ``<objective>``; each profile ("utility space") file gives the
issue weights (``<weight index= value=>``), per-value evaluations, a
``<reservation value=>`` and a ``<discount_factor value=>``.  The utility of an
outcome is GENIUS's additive utility

    u(o) = sum_i w_i * e_i(o_i) / max_v e_i(v)         (discrete issues)
    u(o) = sum_i w_i * clip(offset_i + slope_i * (o_i - lower_i), 0, 1)   (integer)

(Hindriks, Jonker & Tykhonov, GENIUS, 2011; Baarslag et al., ANAC).

Mapping to :class:`~truce.model.scenario.Scenario`:

* issue ids and option ids are the GENIUS issue names and value names, exactly
  (spaces included); integer issues become ``numeric`` issues with one option
  per integer (id ``"7"``, level 7.0); real-valued issues are rejected;
* one party per profile, in the order given; the party id is the profile file
  name without ``.xml`` (``Camera-C-prof1.xml`` -> ``Camera-C-prof1``);
* the scenario id is the domain file name without ``.xml`` and without a
  trailing ``-domain`` / ``_domain``;
* the discount factor becomes the party's ``discount_factor`` (also returned
  in :attr:`GeniusImport.discount_factors`);
* numbers are kept exact: a decimal attribute is the decimal it writes, and
  ``e_i(v) / max_v e_i(v)`` is a fraction (written as ``p/q`` in the YAML
  when it is not a short decimal), so the analysis decides ties exactly as
  GENIUS's definition does;
* weights are used as in the file, as GENIUS does, also when they do not sum
  to 1 (the preference is then marked ``normalised: false`` and a warning
  says so); with ``normalize_weights=True`` they are divided by their sum
  ``s`` and so is the reservation value, so every utility becomes the file's
  utility divided by ``s`` (same preference order, same acceptable outcomes).

XML is parsed with :mod:`defusedxml` with DTDs forbidden, so entity expansion
("billion laughs") and external entities are refused.  Every problem raises
:class:`~truce.errors.ImportFormatError` naming the file and the element.
The files are read by :mod:`truce.io.genius_xml`; this module assembles the
scenario from what they hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from truce.errors import ImportFormatError, TruceError
from truce.io.genius_xml import genius_file_kind, read_domain, read_profile
from truce.model.elements import Party, Preference, Source
from truce.model.scenario import Scenario

__all__ = ["GeniusImport", "genius_file_kind", "read_genius", "read_genius_folder"]


@dataclass(frozen=True)
class GeniusImport:
    """The result of a GENIUS import.

    Attributes
    ----------
    scenario
        The imported scenario.
    warnings
        Every place where the import changed or could not keep GENIUS's meaning.
    discount_factors
        GENIUS discount factor per party id (GENIUS discounts utility by d**t,
        t the normalised time in [0, 1]; the model has no field for it).
    """

    scenario: Scenario
    warnings: tuple[str, ...] = ()
    discount_factors: dict[str, float] = field(default_factory=dict)


def read_genius(
    domain: str | Path, profiles: Sequence[str | Path], *, normalize_weights: bool = False
) -> GeniusImport:
    """Read a GENIUS domain file and its profile files into a scenario.

    Parameters
    ----------
    domain
        The domain XML (issues and values).
    profiles
        Profile (utility space) XML files, one per party, in party order.
    normalize_weights
        Divide weights that do not sum to 1 (and the reservation value) by
        their sum; by default they are kept as in the file, as GENIUS does.

    Returns
    -------
    GeniusImport
        The scenario, warnings and discount factors.

    Raises
    ------
    ImportFormatError
        If a file is unreadable, hostile, malformed or inconsistent.
    """
    domain = Path(domain)
    if len(profiles) < 2:
        raise ImportFormatError(f"{len(profiles)} profile file(s) given; a negotiation needs "
                                "at least two", file=domain,
                                hint="give one GENIUS profile (utility space) file per party")
    issues = read_domain(domain)
    warnings: list[str] = []
    parties: list[Party] = []
    preferences: list[Preference] = []
    discounts: dict[str, float] = {}
    for profile in map(Path, profiles):
        party, preference, discount = read_profile(profile, issues, warnings, normalize_weights)
        if party.id in discounts:
            raise ImportFormatError(f"profile {profile.name} is given twice", file=profile,
                                    hint="give every party's profile once")
        parties.append(party)
        preferences.append(preference)
        discounts[party.id] = discount
    scenario_id = domain.name.removesuffix(".xml").removesuffix(".XML")
    for suffix in ("-domain", "_domain", "-Domain", "_Domain"):
        scenario_id = scenario_id.removesuffix(suffix)
    try:
        scenario = Scenario.assemble(
            id=scenario_id or "genius",
            description="Imported from GENIUS XML with truce.io.genius.",
            parties=tuple(parties),
            issues=tuple(d.issue for d in issues),
            preferences=tuple(preferences),
            sources=(Source.model_construct(title=f"GENIUS domain {domain.name}", note="profiles: "
                                            + ", ".join(Path(p).name for p in profiles)),),
        )
    except TruceError as exc:
        raise ImportFormatError(exc.message, file=domain, field=exc.field, hint=exc.hint) from None
    return GeniusImport(scenario, tuple(warnings), discounts)


def read_genius_folder(folder: str | Path, *, normalize_weights: bool = False) -> GeniusImport:
    """Read the one domain file and the profile files of a GENIUS folder.

    Profiles are taken in sorted file-name order; a file is a profile when its
    objective has ``<weight>`` elements, otherwise a domain.  See
    :func:`read_genius` for ``normalize_weights``.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ImportFormatError("not a folder", file=folder, hint="give a GENIUS domain folder")
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".xml" and p.is_file())
    domains = [p for p in files if genius_file_kind(p) == "domain"]
    profiles = [p for p in files if p not in domains]
    if len(domains) != 1:
        raise ImportFormatError(
            f"found {len(domains)} domain files ({', '.join(p.name for p in domains) or 'none'})",
            file=folder, hint="a GENIUS folder holds exactly one domain XML (without <weight>)",
        )
    return read_genius(domains[0], profiles, normalize_weights=normalize_weights)
