"""What the report says first: findings merged into distinct problems, ranked by impact,
the short "needs attention" list, one verdict per outlet, and the names and places a
reader uses instead of file names and character offsets.

Everything here works on the finished AuditResult and keys on rule codes, never on
message wording, so a rule whose message or severity changes still lands in the right
row. Nothing here imports openpyxl; the workbook, CSV and HTML writers all read the same
problems, so the formats agree.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from quoteaudit.models import SPOKEN_KINDS, AuditResult, Finding, Severity
from quoteaudit.report.tables import outlet_names

# How much a problem misleads a reader, at equal severity (higher first): words credited
# to the wrong person, then a claim made to read as fact, then words changed inside
# quote marks, then copied reporting, then counts and descriptions of sources, then style.
IMPACT: dict[str, int] = {
    "DR06": 90,  # misattributed
    "DR08": 88,  # a negation, number, date or condition changed: the meaning may be reversed
    "DR09": 87,  # a quote that no source holds
    "AN07": 85,  # attribution dropped: the claim now reads as fact
    "DR03": 80,  # paraphrase inside quote marks
    "DR02": 75,  # words changed inside quote marks
    "WR01": 70,  # reporting reproduced without credit
    "AN05": 60,  # source count changed
    "AN01": 55,  # one source presented as several
    "QT02": 50,  # quote with no speaker
    "DR05": 40,  # quote turned into indirect speech
    "AN02": 35,
    "AN03": 34,
    "AN04": 33,
    "AN06": 30,  # description of sources reworded
    "DR04": 25,
    "QT01": 20,
    "DR07": 15,
    "WR02": 10,
    "DR01": 5,
}
# Checks about an article as a whole (its first hit only marks a place): never merged
# with another finding that happens to share that place.
ARTICLE_WIDE = frozenset({"WR01", "WR02", "AN04"})
# Checks of house style or of how sources are described, reported once per article and
# family with a count: sixteen "undescribed source" rows say one thing about an article.
PER_ARTICLE_FAMILY: dict[str, str] = {
    "AN02": "unnamed sources",
    "AN03": "unnamed sources",
    "AN04": "unnamed sources",
    "AN06": "unnamed sources",
    "DR01": "typography",
    "DR04": "ellipses",
    "DR07": "quotes only here",
    "WR02": "credited wires",
    "QT01": "repaired marks",
}
FAMILY_TITLES: dict[str, str] = {
    "unnamed sources": "How this article describes its unnamed sources",
    "typography": "Quotes printed with other typography",
    "ellipses": "Quotes shortened with an ellipsis",
    "quotes only here": "Quotes no other outlet carries",
    "credited wires": "Original reporting this article credits: check its claims against it",
    "repaired marks": "Quotes whose quotation marks were repaired",
}
DRIFT_CODES = frozenset({"DR01", "DR02", "DR03", "DR04", "DR05", "DR06", "DR07"})
REWORDED_CODES = frozenset({"DR02", "DR03"})
STATUSES = ("open", "verified", "fixed", "dismissed")
ATTENTION_LIMIT = 10


# ---------------------------------------------------------------- names and places


def relabel(text: str, names: dict[str, str]) -> str:
    """Article ids in a rule's message replaced by the outlet names the report uses."""
    for article_id, name in names.items():
        if article_id and article_id in text:
            text = text.replace(article_id, name)
    return text


@dataclass(frozen=True)
class Place:
    paragraph: int
    line: int

    def __str__(self) -> str:
        return f"¶{self.paragraph}, line {self.line}"


def place(text: str, offset: int) -> Place | None:
    """Paragraph and line of a character offset, as a reader counts them in the file.

    Text with a line over 90 characters is unwrapped (one paragraph a line); otherwise it is hard-wrapped
    text, whose paragraphs are separated by blank lines.
    """
    if offset < 0 or offset > len(text):
        return None
    before = text[:offset]
    line = before.count("\n") + 1
    lines = before.split("\n")
    unwrapped = any(len(x) > 90 for x in text.split("\n"))  # hard wraps fall at 72-80 columns
    if unwrapped:
        paragraph = sum(1 for x in lines[:-1] if x.strip()) + 1
    else:
        paragraph = len([b for b in re.split(r"\n\s*\n", before.strip()) if b.strip()]) or 1
        if re.search(r"\n\s*\n\s*$", before) and before.strip():
            paragraph += 1
    return Place(paragraph, line)


# ---------------------------------------------------------------- problems


@dataclass(frozen=True)
class Problem:
    """One distinct problem: one or more findings that say the same thing about one place,
    one quote, or (for per-article style checks) one article."""

    id: str  # "F3": the row on the Findings sheet
    severity: Severity
    code: str  # the code of the most important finding in it
    codes: tuple[str, ...]  # every code merged in, most important first
    title: str
    message: str  # outlet names in place of article ids
    article_id: str
    outlet: str
    place: Place | None
    count: int  # findings merged into this row
    related_outlets: tuple[str, ...]
    findings: tuple[Finding, ...]

    @property
    def impact(self) -> tuple[int, int, int]:
        return (self.severity.rank, IMPACT.get(self.code, 0), len(self.related_outlets))


def _finding_rank(f: Finding) -> tuple[int, int]:
    return (f.severity.rank, IMPACT.get(f.code, 0))


def _quote_groups(result: AuditResult) -> dict[str, str]:
    return {q.id: q.group for a in result.articles for q in a.quotes if q.group}


def _merge_key(f: Finding, groups: dict[str, str], reference_texts: dict[str, str]) -> tuple[object, ...]:
    """Findings with one key are one problem: the same quote group in one article for drift
    checks, the same dropped wording for dropped attributions, else the same place."""
    if f.code in ARTICLE_WIDE:
        return ("article", f.article_id, f.code, f.subject_id, f.start)
    if f.code in DRIFT_CODES and f.subject_id in groups:
        return ("group", f.article_id, groups[f.subject_id])
    if f.code == "AN07" and f.subject_id in reference_texts:
        return ("dropped", f.article_id, reference_texts[f.subject_id].casefold())
    if f.start >= 0:
        return ("place", f.article_id, f.start, f.end)
    return ("subject", f.article_id, f.code, f.subject_id, f.message)


def _clusters(result: AuditResult) -> list[list[Finding]]:
    """Findings joined by merge key, then by subject: a quote flagged by two checks at two
    spans (a group and a place key) is still one row."""
    groups = _quote_groups(result)
    reference_texts = {c.id: c.reference_text for c in result.sourcing_changes if c.kind == "dropped"}
    parent: dict[int, int] = {}

    def find(i: int) -> int:
        while parent.setdefault(i, i) != i:
            i = parent[i]
        return i

    seen: dict[tuple[object, ...], int] = {}
    for i, f in enumerate(result.findings):
        keys = [_merge_key(f, groups, reference_texts)]
        if f.subject_id and f.code not in ARTICLE_WIDE and f.code != "AN07":
            keys.append(("subject", f.article_id, f.subject_id))
        for key in keys:
            if key in seen:
                parent[find(i)] = find(seen[key])
            else:
                seen[key] = i
        find(i)
    clusters: dict[int, list[Finding]] = {}
    for i, f in enumerate(result.findings):
        clusters.setdefault(find(i), []).append(f)
    return list(clusters.values())


def _family_rows(clusters: list[list[Finding]]) -> list[list[Finding]]:
    """Clusters whose lead finding is a per-article style check, joined per article and family."""
    kept: list[list[Finding]] = []
    families: dict[tuple[str, str], list[Finding]] = {}
    for cluster in clusters:
        lead = max(cluster, key=_finding_rank)
        family = PER_ARTICLE_FAMILY.get(lead.code)
        if family is None:
            kept.append(cluster)
        else:
            families.setdefault((lead.article_id, family), []).extend(cluster)
    return kept + list(families.values())


def _family_message(findings: list[Finding], names: dict[str, str]) -> str:
    counts = Counter(f.code for f in findings)
    parts = []
    for code in sorted(counts, key=lambda c: -IMPACT.get(c, 0)):
        first = next(f for f in findings if f.code == code)
        message = relabel(first.message, names)
        label = first.name.rpartition(".")[2].replace("_", " ")
        parts.append(message if counts[code] == 1 else f"{counts[code]}× {label}, e.g. {message}")
    return "; ".join(parts)


def problems(result: AuditResult) -> list[Problem]:
    """The Findings sheet's rows: every finding in exactly one row, worst first."""
    names = outlet_names(result)
    texts = {a.article.id: a.article.text for a in result.articles}
    order = {a.article.id: i for i, a in enumerate(result.articles)}
    made = []
    for cluster in _family_rows(_clusters(result)):
        ranked = sorted(cluster, key=lambda f: (-f.severity.rank, -IMPACT.get(f.code, 0), f.start))
        lead = ranked[0]
        family = PER_ARTICLE_FAMILY.get(lead.code)
        codes = tuple(dict.fromkeys(f.code for f in ranked))
        related = dict.fromkeys(names.get(r, r) for f in ranked for r in f.related_article_ids)
        related.pop(names.get(lead.article_id, ""), None)
        if family and len(ranked) > 1:
            title, message = FAMILY_TITLES.get(family, family), _family_message(ranked, names)
        else:
            title = lead.name
            extra = [relabel(f.message, names) for f in ranked[1:] if f.code != lead.code]
            message = relabel(lead.message, names) + "".join(f" Also: {m}" for m in dict.fromkeys(extra))
            same = [f for f in ranked if f.code == lead.code]
            if len(same) > 1:
                message = f"{len(same)} places: " + message
        start = min((f.start for f in ranked if f.start >= 0), default=-1)
        made.append(
            Problem(
                id="",
                severity=lead.severity,
                code=lead.code,
                codes=codes,
                title=title,
                message=message,
                article_id=lead.article_id,
                outlet=names.get(lead.article_id, lead.article_id),
                place=place(texts.get(lead.article_id, ""), start) if start >= 0 else None,
                count=len(ranked),
                related_outlets=tuple(related),
                findings=tuple(ranked),
            )
        )
    made.sort(
        key=lambda p: (
            tuple(-x for x in p.impact),
            order.get(p.article_id, len(order)),
            p.findings[0].start,
            p.message,
        )
    )
    return [_with_id(p, f"F{n}") for n, p in enumerate(made, 1)]


def _with_id(problem: Problem, new_id: str) -> Problem:
    from dataclasses import replace

    return replace(problem, id=new_id)


# ---------------------------------------------------------------- answers


@dataclass(frozen=True)
class Attention:
    """One line of the Summary's "needs attention" list: a sentence and the rows behind it."""

    sentence: str
    problem_ids: tuple[str, ...]
    weight: tuple[int, ...]
    kind: str  # lines of one kind are told in turn: "copies", "reworded", a rule code


def _join(items: list[str]) -> str:
    items = list(dict.fromkeys(items))
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _speakers(result: AuditResult, rows: list[Problem]) -> list[str]:
    quotes = {q.id: q for a in result.articles for q in a.quotes}
    names = []
    for p in rows:
        for f in p.findings:
            q = quotes.get(f.subject_id)
            if q is not None and q.speaker is not None and q.speaker.name:
                names.append(q.speaker.name)
    return list(dict.fromkeys(names))


def shared_quotes(result: AuditResult, article_id: str) -> int:
    """Spoken quotes of an article that another outlet carries too: what can drift."""
    group_articles: dict[str, set[str]] = {}
    for g in result.groups:
        group_articles[g.id] = {m.article_id for m in g.members}
    art = next((a for a in result.articles if a.article.id == article_id), None)
    if art is None:
        return 0
    groups = {q.group for q in art.quotes if q.kind in SPOKEN_KINDS and q.group}
    return sum(1 for g in groups if len(group_articles.get(g, ())) > 1)


def attention(result: AuditResult, rows: list[Problem]) -> list[Attention]:
    """At most ten sentences a fact-checker can act on, most misleading first.

    Problems of one kind are told together: every outlet that copies without credit in one
    line; one line per outlet that rewrites quotes; one line per dropped wording.
    """
    names = outlet_names(result)
    lines: list[Attention] = []
    used: set[str] = set()

    def add(sentence: str, members: list[Problem], kind: str = "") -> None:
        weight = max(p.impact for p in members)
        lines.append(Attention(sentence, tuple(p.id for p in members), weight, kind or members[0].code))
        used.update(p.id for p in members)

    by_code: dict[str, list[Problem]] = {}
    for p in rows:
        by_code.setdefault(p.code, []).append(p)
    copies = by_code.get("WR01", [])
    if copies:
        # the first related article is the one copied from; the others only share the story
        sources = _join([names.get(r, r) for p in copies for r in p.findings[0].related_article_ids[:1]])
        verb = "reproduce" if len({p.outlet for p in copies}) > 1 else "reproduces"
        add(f"{_join([p.outlet for p in copies])} {verb} {sources}'s reporting without crediting it or its sources.", copies)
    reworded: dict[str, list[Problem]] = {}
    for p in rows:
        if p.code in REWORDED_CODES:
            reworded.setdefault(p.article_id, []).append(p)
    for article_id, members in reworded.items():
        n, total = len(members), shared_quotes(result, article_id)
        if total > n:
            which = f"{n} of the {total} quotes it shares with other outlets"
        elif total == n:
            which = "the one quote it shares with other outlets" if n == 1 else f"all {n} quotes it shares with other outlets"
        else:
            which = f"{n} quote{'' if n == 1 else 's'}"
        who = _speakers(result, members)
        add(
            f"{names.get(article_id, article_id)} changes the words inside the quote marks of {which}"
            + (f" ({_join(who)})" if who else "")
            + ".",
            members,
            "reworded",
        )
    dropped: dict[str, list[Problem]] = {}
    changes = {c.id: c for c in result.sourcing_changes}
    for p in by_code.get("AN07", []):
        change = changes.get(p.findings[0].subject_id)
        wording = change.reference_text if change else p.message
        dropped.setdefault(wording.casefold(), []).append(p)
    for members in dropped.values():
        change = changes.get(members[0].findings[0].subject_id)
        claims = sum(p.count for p in members)
        outlets = _join([p.outlet for p in members])
        if change:
            ref = names.get(change.reference_article_id, change.reference_article_id)
            add(
                f"{outlets} state{'s' if len({p.outlet for p in members}) == 1 else ''} as fact "
                f"{claims} claim{'' if claims == 1 else 's'} that {ref} attributes to “{change.reference_text}”.",
                members,
            )
        else:
            add(members[0].message, members)
    for p in rows:
        if p.id in used or p.severity.rank < Severity.WARNING.rank or p.code in PER_ARTICLE_FAMILY:
            continue
        message = relabel(p.findings[0].message, names)
        add(message if message.startswith(p.outlet) else f"{p.outlet}: {message}", [p])
    return _one_of_each_kind_first(lines)[:ATTENTION_LIMIT]


def _one_of_each_kind_first(lines: list[Attention]) -> list[Attention]:
    """The biggest line of every kind of problem, worst kind first; then the second of each
    kind, and so on: ten lines then cover every kind before repeating one."""
    kinds: dict[str, list[Attention]] = {}
    for line in lines:
        kinds.setdefault(line.kind, []).append(line)
    for members in kinds.values():
        members.sort(key=lambda a: (-len(a.problem_ids) - a.weight[2], int(a.problem_ids[0][1:])))
    ordered = sorted(kinds.values(), key=lambda m: tuple(-x for x in max(a.weight for a in m)[:2]))
    out: list[Attention] = []
    for depth in range(max((len(m) for m in ordered), default=0)):
        out.extend(m[depth] for m in ordered if depth < len(m))
    return out


def verdicts(result: AuditResult, rows: list[Problem]) -> dict[str, str]:
    """Outlet name -> one line on what is wrong with its coverage."""
    names = outlet_names(result)
    changes = {c.id: c for c in result.sourcing_changes}
    out: dict[str, str] = {}
    for a in result.articles:
        aid = a.article.id
        mine = [p for p in rows if p.article_id == aid]
        parts: list[str] = []
        copies = [p for p in mine if p.code == "WR01"]
        if copies:
            src = _join([names.get(r, r) for p in copies for r in p.findings[0].related_article_ids[:1]])
            parts.append(f"copies {src}'s reporting without credit")
        misattributed = sum(1 for p in mine if p.code == "DR06")
        if misattributed:
            parts.append(f"credits {misattributed} quote{'s' if misattributed > 1 else ''} to someone else")
        reworded = sum(1 for p in mine if p.code in REWORDED_CODES)
        if reworded:
            total = shared_quotes(result, aid)
            of = f" of {total} shared" if total >= reworded else ""
            parts.append(f"rewrites {reworded}{of} quote{'s' if max(total, reworded) > 1 else ''} inside the marks")
        dropped = [p for p in mine if p.code == "AN07"]
        if dropped:
            wordings = _join(
                [f"“{changes[f.subject_id].reference_text}”" for p in dropped for f in p.findings[:1] if f.subject_id in changes]
            )
            n = sum(p.count for p in dropped)
            parts.append(f"drops {wordings} from {n} claim{'s' if n > 1 else ''}")
        counts = sum(1 for p in mine if p.code in {"AN05", "AN01"})
        if counts:
            parts.append(f"changes the number of sources for {counts} claim{'s' if counts > 1 else ''}")
        indirect = sum(1 for p in mine if p.code == "DR05")
        if indirect:
            parts.append(f"turns {indirect} quote{'s' if indirect > 1 else ''} into indirect speech")
        copied_by = [p.outlet for p in rows if p.code == "WR01" and aid in p.findings[0].related_article_ids[:1]]
        if copied_by:
            parts.append(f"its reporting is copied without credit by {_join(copied_by)}")
        undescribed = sum(1 for p in mine for f in p.findings if f.code == "AN02")
        if undescribed and len(parts) < 3:
            parts.append(f"{undescribed} unnamed source{'s' if undescribed > 1 else ''} with no description")
        credits = list(dict.fromkeys(c.name for c in a.credits))
        if credits and len(parts) < 3:
            parts.append(f"credits {_join(credits)}")
        if not parts:
            parts.append("no errors or warnings")
        name = names[aid]
        out[name] = (out[name] + "; " if name in out else "") + "; ".join(parts)
    return out
