"""The extractors' word lists follow the rules folder in force (`--rules DIR`), even when
quoteaudit was imported, and used, before the folder was chosen."""

from __future__ import annotations

import shutil

import pytest

from quoteaudit.extract import wordlists
from quoteaudit.models import Article
from quoteaudit.nlp.rules_engine import RulesAnnotator
from quoteaudit.pipeline import quotes_with_speakers
from quoteaudit.rules import builtin_rules_dir, use_rules

TEXT = "The ferry will not run again before spring. “The bridge stays shut until the inspectors sign off,” harrumphed Dana Ruiz."


def speaker_of_the_quote() -> str | None:
    (q,) = quotes_with_speakers(Article(id="t", text=TEXT), RulesAnnotator().annotate(TEXT))
    return q.speaker.mention if q.speaker else None


@pytest.fixture
def newsroom_rules(tmp_path):
    """A newsroom's rules folder: the built-in lexicon plus "harrumphed" as a speech verb and
    "ter" as a name particle."""
    shutil.copytree(builtin_rules_dir() / "lexicon", tmp_path / "lexicon")
    verbs = tmp_path / "lexicon" / "speech_verbs.yml"
    verbs.write_text(verbs.read_text(encoding="utf-8").replace("speech_verbs: >\n", "speech_verbs: >\n  harrumphed\n", 1), encoding="utf-8")
    attribution = tmp_path / "lexicon" / "attribution.yml"
    attribution.write_text(attribution.read_text(encoding="utf-8").replace("name_particles: ", "name_particles: ter ", 1), encoding="utf-8")
    yield tmp_path
    use_rules(None)


def test_a_speech_verb_added_in_a_rules_folder_changes_attribution_after_import(newsroom_rules):
    assert speaker_of_the_quote() != "Dana Ruiz"  # built-in rules: "harrumphed" is no cue
    assert "ter" not in wordlists.NAME_PARTICLES
    use_rules(newsroom_rules)
    assert speaker_of_the_quote() == "Dana Ruiz"
    assert "ter" in wordlists.NAME_PARTICLES
    use_rules(None)
    assert speaker_of_the_quote() != "Dana Ruiz"
    assert "ter" not in wordlists.NAME_PARTICLES


def test_an_unknown_list_name_is_an_attribute_error():
    with pytest.raises(AttributeError):
        _ = wordlists.NO_SUCH_LIST


def test_worker_processes_use_the_rules_folder_in_force(newsroom_rules):
    """`--rules DIR` is chosen after worker processes may have started (and a Dask worker
    never sees the parent's choice): each task carries the folder, so --jobs 2 attributes
    as one process does."""
    from quoteaudit.parallel import Runner, start_workers, workers
    from quoteaudit.pipeline import analyse

    runner = Runner(jobs=2)
    start_workers(runner)  # as the CLI does, while it reads the input: before the folder is chosen
    use_rules(newsroom_rules)
    articles = [Article(id=f"a{n}", text=TEXT) for n in range(4)]
    with workers(runner):
        results, _ = analyse(articles, RulesAnnotator(), runner)
    assert [r.quotes[0].speaker.mention for r in results] == ["Dana Ruiz"] * 4


def test_a_rules_folder_written_before_a_list_existed_takes_the_built_in_list(tmp_path):
    shutil.copytree(builtin_rules_dir() / "lexicon", tmp_path / "lexicon")
    attribution = tmp_path / "lexicon" / "attribution.yml"
    lines = attribution.read_text(encoding="utf-8").split("\n")
    start = lines.index("company_kinds: >")
    attribution.write_text("\n".join(lines[:start] + lines[start + 3 :]), encoding="utf-8")
    try:
        use_rules(tmp_path)
        assert "bank" in wordlists.COMPANY_KINDS
        assert speaker_of_the_quote() != "Dana Ruiz"
    finally:
        use_rules(None)
