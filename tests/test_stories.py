"""Several stories in one audit: quotes and sourcing are compared only between the articles of
one story (a ``story_id``, or the field ``--group-by`` names), each story a task of its own,
and the report is the same wherever the stories ran.

The corpus is the project's own: two outlets each for a bridge closure and a clinic opening,
where the mayor and the clinic's doctor say the same words, and a ferry story from one outlet.
"""

import json
import re

import pytest
from typer.testing import CliRunner

from quoteaudit.cli import app
from quoteaudit.ingest import load_paths
from quoteaudit.models import STORY_FIELDS, Article
from quoteaudit.nlp.rules_engine import RulesAnnotator
from quoteaudit.parallel import Runner
from quoteaudit.pipeline import audit_articles
from tests.conftest import ROOT

cli = CliRunner()
CORPUS = ROOT / "tests" / "data" / "stories" / "stories.jsonl"
SHARED_WORDS = "We will not cut corners on safety"  # said by the mayor in one story, the doctor in another


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    loaded, problems = load_paths([CORPUS])
    assert not problems
    return loaded


@pytest.fixture(scope="module")
def audit(articles):
    return audit_articles(articles, annotator=RulesAnnotator())


def story_of(audit) -> dict[str, str]:
    return {a.article.id: a.article.story_id for a in audit.articles}


def audit_json(tmp_path, name: str, *args: str) -> str:
    """The audit JSON of the corpus written by the command line, its time stamp blanked."""
    out = tmp_path / f"{name}.json"
    result = cli.invoke(
        app, ["audit", str(CORPUS), "--engine", "rules", "-q", "-o", str(tmp_path / f"{name}.xlsx"), "--json", str(out), *args]
    )
    assert result.exit_code == 0, result.output
    return re.sub(r'"generated": "[^"]*"', '"generated": ""', out.read_text(encoding="utf-8"), count=1)


def valid(text: str) -> dict:
    import jsonschema

    from quoteaudit.report.json_report import json_schema

    document = json.loads(text)
    jsonschema.Draft202012Validator(json_schema()).validate(document)
    return document


def test_story_id_is_read_from_records_front_matter_and_the_manifest(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "a1", "text": "“Yes,” she said.", "story_id": "vote"})
        + "\n"
        + json.dumps({"id": "a2", "text": "“No,” he said.", "meta": {"story_id": "fire"}})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "b.csv").write_text('id,text,story_id\nb1,"“Maybe,” they said.",vote\n', encoding="utf-8")
    (tmp_path / "c.md").write_text("---\nstory_id: fire\n---\n# Fire on Main Street\n\n“Run,” the chief said.\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("“Wait,” the clerk said.\n", encoding="utf-8")
    manifest = tmp_path.parent / f"{tmp_path.name}-manifest.csv"  # beside the inputs, not among them
    manifest.write_text(f"path,story_id\n{tmp_path.name}/d.txt,vote\n", encoding="utf-8")
    from quoteaudit.manifest import apply_manifest, load_manifest

    loaded, problems = load_paths([tmp_path])
    assert not problems
    named, unmatched = apply_manifest(loaded, load_manifest(manifest), manifest)
    assert not unmatched
    assert {a.id: a.story_id for a in named} == {"a1": "vote", "a2": "fire", "b1": "vote", "c": "fire", "d": "vote"}


def test_articles_of_different_stories_are_never_grouped(audit):
    assert audit.group_by == "story_id"
    story = story_of(audit)
    for group in audit.groups:
        assert len({story[m.article_id] for m in group.members}) == 1, group
    for change in audit.sourcing_changes:
        assert story[change.article_id] == story[change.reference_article_id]
    shared = [g for g in audit.groups if any(SHARED_WORDS in m.text for m in g.members)]
    assert sorted(story[g.members[0].article_id] for g in shared) == ["bridge", "clinic"]
    assert not [f for f in audit.findings if f.code == "DR06"]  # no misattribution across stories
    assert [g.id for g in audit.groups] == [f"g{n}" for n in range(1, len(audit.groups) + 1)]
    assert [c.id for c in audit.sourcing_changes] == ["SC1", "SC2"]
    ids = {q.group for a in audit.articles for q in a.quotes if q.group}
    assert ids == {g.id for g in audit.groups}


def test_as_one_story_the_same_words_are_one_group_across_stories(articles):
    """What the partition prevents: the doctor's words read as the mayor's, misattributed."""
    one = audit_articles(articles, annotator=RulesAnnotator(), group_by="none")
    assert one.group_by == ""
    shared = [g for g in one.groups if any(SHARED_WORDS in m.text for m in g.members)]
    assert len(shared) == 1 and {m.drift.value for m in shared[0].members} >= {"misattributed"}


def test_each_story_is_compared_as_if_audited_alone(articles, audit):
    """The partitioned audit is the stories' own audits put together, ids numbered on."""
    groups, changes = [], []
    for story in ("bridge", "clinic", "ferry"):
        alone = audit_articles([a for a in articles if a.story_id == story], annotator=RulesAnnotator())
        groups += [(g.speaker, g.reference_article_id, g.members) for g in alone.groups]
        changes += [(c.kind, c.article_id, c.start, c.message) for c in alone.sourcing_changes]
    assert [(g.speaker, g.reference_article_id, g.members) for g in audit.groups] == groups
    assert [(c.kind, c.article_id, c.start, c.message) for c in audit.sourcing_changes] == changes


def test_a_story_of_one_article_compares_nothing(audit):
    ferry = [g for g in audit.groups if g.members[0].article_id == "ferry-post"]
    assert ferry and all(m.drift.value == "unique" for g in ferry for m in g.members)
    assert not [f for f in audit.findings if f.article_id == "ferry-post" and f.code.startswith("DR")]


def test_without_story_ids_the_audit_is_one_story(articles):
    from dataclasses import replace

    plain = [replace(a, story_id="") for a in articles]
    unnamed = audit_articles(plain, annotator=RulesAnnotator())
    assert unnamed.group_by == ""
    assert unnamed == replace(audit_articles(articles, annotator=RulesAnnotator(), group_by="none"), articles=unnamed.articles)


def test_each_story_is_one_task_on_the_runner(monkeypatch, articles):
    """Several stories go to the runner one per task; a single story is compared here."""
    import quoteaudit.pipeline as pipeline

    calls = []
    run_batches = pipeline.run_batches

    def recording(work, batches, annotator, runner=Runner()):
        if getattr(work, "func", None) is pipeline.compare_batch:
            batches = list(batches)
            calls.append(([[r.article.id for s in b for r in s.results] for b in batches], runner))
        return run_batches(work, batches, annotator, runner)

    monkeypatch.setattr(pipeline, "run_batches", recording)
    runner = Runner(jobs=2)
    audit_articles(articles, annotator=RulesAnnotator(), runner=runner)
    audit_articles(articles, annotator=RulesAnnotator(), runner=runner, group_by="none")
    stories = [["bridge-post", "bridge-herald"], ["clinic-herald", "clinic-post"], ["ferry-post"]]
    assert calls == [(stories, runner), ([[a.id for a in articles]], Runner())]


def test_group_by_on_the_command_line(tmp_path):
    by_story = valid(audit_json(tmp_path, "story"))
    assert by_story["group_by"] == "story_id"
    assert {a["id"]: a["story_id"] for a in by_story["articles"]}["ferry-post"] == "ferry"
    by_outlet = valid(audit_json(tmp_path, "outlet", "--group-by", "outlet"))
    outlet = {a["id"]: a["outlet"] for a in by_outlet["articles"]}
    assert by_outlet["group_by"] == "outlet"
    assert all(len({outlet[m["article"]] for m in g["members"]}) == 1 for g in by_outlet["groups"])
    assert valid(audit_json(tmp_path, "none", "--group-by", "none"))["group_by"] is None


def test_an_unknown_group_by_field_is_a_one_line_usage_error(tmp_path):
    out = tmp_path / "a.json"
    result = cli.invoke(
        app, ["audit", str(CORPUS), "--engine", "rules", "-o", str(tmp_path / "a.xlsx"), "--json", str(out), "--group-by", "colour"]
    )
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.output.strip().splitlines() == [
        "quoteaudit: --group-by takes none or an article field (story_id, outlet, title, byline, published, url, path), not 'colour'"
    ]
    assert not out.exists() and not (tmp_path / "a.xlsx").exists()


def test_the_schema_names_every_story_field():
    from quoteaudit.report.json_report import json_schema

    assert json_schema()["properties"]["group_by"]["enum"] == [*STORY_FIELDS, None]


def test_two_jobs_write_the_same_audit_json(tmp_path):
    assert audit_json(tmp_path, "two", "--jobs", "2") == audit_json(tmp_path, "one")


def test_dask_cluster_of_two_workers_writes_the_same_audit_json(tmp_path):
    distributed = pytest.importorskip("distributed")
    local = audit_json(tmp_path, "local")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = audit_json(tmp_path, "remote", "--scheduler", cluster.scheduler_address)
    assert remote == local
    assert valid(local)["groups"] and len({a["story_id"] for a in json.loads(local)["articles"]}) == 3


def test_the_workbook_says_which_story_each_row_belongs_to(audit, articles):
    """With several stories a reader filters the sheets by story; with one, no column is added."""
    from quoteaudit.report.frames import build_report

    frames = build_report(audit).frames
    for sheet in ("Comparison", "Quotes", "Articles"):
        assert "Story" in frames[sheet].columns, sheet
    story = dict(zip(frames["Quotes"]["ID"], frames["Quotes"]["Story"], strict=True))
    assert set(story.values()) == set(story_of(audit).values())
    for _, group in frames["Comparison"].groupby("Utterance"):
        assert group["Story"].nunique() == 1  # an utterance is compared inside one story
    one_story = audit_articles(articles, annotator=RulesAnnotator(), group_by="none")
    assert all("Story" not in frame.columns for frame in build_report(one_story).frames.values())
