"""Speed without changed answers: batched annotation, worker processes, Dask, streamed output
and the cache key. Every comparison is byte for byte against the plain one-process run."""

import json
import random

import pytest
from typer.testing import CliRunner

from quoteaudit.cli import app
from quoteaudit.ingest import load_paths
from quoteaudit.models import Article
from quoteaudit.nlp.rules_engine import RulesAnnotator
from quoteaudit.parallel import Runner
from quoteaudit.pipeline import BATCH_ARTICLES, audit_articles, batches, iter_quotes
from tests.conftest import POLNEAR, SEEDS, needs_eval, needs_stanza

cli = CliRunner()

PEOPLE = ["Mayor Lena Ortiz", "Councillor Ravi Banerjee", "Dr. Hannah Moss", "coach Pete Alvarez", "Judge Mara Kline"]
VERBS = ["said", "told reporters", "added", "wrote in a statement", "insisted"]
CLAIMS = [
    "the bridge will reopen before the winter storms arrive",
    "nobody on the board saw the audit until last Friday",
    "we are not going to raise fares this year",
    "the new clinic has already cut waiting times in half",
    "the team deserved better from the referees tonight",
]


def synthetic_article(n: int) -> dict:
    """A made-up local news story with direct, split and anonymous quotes (own wording)."""
    rnd = random.Random(n)
    who, verb, claim = rnd.choice(PEOPLE), rnd.choice(VERBS), rnd.choice(CLAIMS)
    surname = who.split()[-1]
    paragraphs = [
        f"Town council debates plan number {n}",
        f"RIVERTON — {who} {verb} on Tuesday that “{claim},” a view that divided the room.",
        f"“It is a simple choice,” {surname} said. “Either we act now, or we pay for it later.”",
        f"Two officials familiar with the talks, who asked not to be named, said the vote could slip to {rnd.choice(['May', 'June', 'July'])}.",
        f"Critics called the plan a “quick fix” and asked for a second hearing on item {n % 17}.",
    ]
    return {"doc_id": f"syn-{n:05d}", "outlet": rnd.choice(["Riverton Post", "Valley Herald"]), "text": "\n\n".join(paragraphs)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Enough articles for several batches, so work really is shared out."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    records = [synthetic_article(n) for n in range(2 * BATCH_ARTICLES + 5)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def quotes_output(*args):
    result = cli.invoke(app, ["quotes", *map(str, args), "-q"])
    assert result.exit_code == 0, result.output
    return result.output


def test_batches_keep_order_and_respect_both_limits():
    articles = [Article(id=str(i), text="x" * (150_000 if i in (3, 5) else 10)) for i in range(80)]
    chunks = list(batches(articles))
    assert [a.id for chunk in chunks for a in chunk] == [str(i) for i in range(80)]
    assert all(len(chunk) <= BATCH_ARTICLES for chunk in chunks)
    assert [len(c) for c in chunks[:3]] == [5, 32, 32]  # long articles 3 and 5 go in different batches


def test_jobs_two_writes_the_same_jsonl_as_one_job(corpus):
    one = quotes_output(corpus, "-f", "jsonl", "--engine", "rules")
    two = quotes_output(corpus, "-f", "jsonl", "--engine", "rules", "--jobs", "2")
    assert one.count("\n") == 2 * BATCH_ARTICLES + 5
    assert '"speaker": {"name": "' in one
    assert two == one


def test_jobs_two_in_a_fresh_process_forks_and_writes_the_same_jsonl(corpus, tmp_path):
    """As a user runs it: torch is not loaded, so the workers are forked rather than spawned."""
    import subprocess
    import sys

    def run(jobs):
        out = tmp_path / f"jobs{jobs}.jsonl"
        cmd = [
            sys.executable,
            "-m",
            "quoteaudit",
            "quotes",
            str(corpus),
            "-f",
            "jsonl",
            "-o",
            str(out),
            "-q",
            "--engine",
            "rules",
            "--jobs",
            jobs,
        ]
        subprocess.run(cmd, check=True)
        return out.read_bytes()

    assert run("2") == run("1")


def test_audit_with_two_jobs_equals_one_job(corpus):
    articles, _ = load_paths([corpus])
    alone = audit_articles(articles, annotator=RulesAnnotator())
    shared = audit_articles(articles, annotator=RulesAnnotator(), runner=Runner(jobs=2))
    assert alone.groups and alone.findings
    assert shared == alone


def test_dask_cluster_of_two_workers_writes_the_same_jsonl(corpus):
    distributed = pytest.importorskip("distributed")
    local = quotes_output(corpus, "-f", "jsonl", "--engine", "rules")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = quotes_output(corpus, "-f", "jsonl", "--engine", "rules", "--scheduler", cluster.scheduler_address)
    assert remote == local


@needs_eval
def test_dask_local_over_polnear_dev_is_byte_identical(tmp_path):
    pytest.importorskip("distributed")
    local = quotes_output(POLNEAR, "-f", "jsonl", "--engine", "rules")
    assert local.count("\n") == 395
    assert quotes_output(POLNEAR, "-f", "jsonl", "--engine", "rules", "--dask", "local", "--jobs", "2") == local


def test_dask_and_scheduler_options_are_checked():
    for args in (["--dask", "remote"], ["--dask", "local", "--scheduler", "tcp://127.0.0.1:8786"], ["--jobs", "0"]):
        result = cli.invoke(app, ["quotes", str(SEEDS), *args])
        assert result.exit_code == 2 and "Traceback" not in result.output, args


def test_streamed_jsonl_and_csv_equal_the_whole_document(corpus, tmp_path):
    from quoteaudit.models import AuditResult
    from quoteaudit.report import stream_quotes, write_quotes

    articles, _ = load_paths([corpus])
    whole = AuditResult(articles=tuple(iter_quotes(articles, RulesAnnotator())))
    for fmt in ("jsonl", "csv"):
        write_quotes(whole, tmp_path / f"whole.{fmt}", fmt)
        assert stream_quotes(iter_quotes(articles, RulesAnnotator()), tmp_path / f"streamed.{fmt}", fmt) == len(articles)
        assert (tmp_path / f"streamed.{fmt}").read_bytes() == (tmp_path / f"whole.{fmt}").read_bytes()


def test_jsonl_lines_leave_before_the_input_is_finished(capsys):
    """A line per article is written as that article is done, not at the end of the run."""
    from quoteaudit.report import stream_quotes

    seen_before_failure = []

    def results():
        for n in range(3):
            article = Article(id=f"a{n}", text=f"“We are ready,” Ortiz said on day {n}.")
            yield from iter_quotes([article], RulesAnnotator())
        seen_before_failure.append(capsys.readouterr().out)
        raise RuntimeError("the input ends badly")

    with pytest.raises(RuntimeError):
        stream_quotes(results(), None, "jsonl")
    assert seen_before_failure[0].count("\n") == 3


def test_a_failed_stream_leaves_an_existing_report_alone(tmp_path):
    from quoteaudit.report import stream_quotes

    out = tmp_path / "q.jsonl"
    out.write_text('{"doc_id": "old", "quotes": []}\n')

    def results():
        yield from iter_quotes([Article(id="a", text="“Yes,” she said.")], RulesAnnotator())
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        stream_quotes(results(), out, "jsonl")
    assert out.read_text() == '{"doc_id": "old", "quotes": []}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["q.jsonl"]


@needs_stanza
def test_stanza_batch_gives_the_same_annotations_as_one_by_one():
    from quoteaudit.nlp import get_annotator
    from quoteaudit.nlp.stanza_engine import doc_to_annotation

    annotator = get_annotator("stanza").annotator
    texts = [a.text for a in load_paths([SEEDS])[0]] + [synthetic_article(n)["text"] for n in range(3)]
    texts += ["", "  \n", "\n\nAfter blank lines. “Done,” he said.\n\n", "No final stop", "“One,” she said.\n\n\n\nTwo."]
    batched = annotator.annotate_many(texts)
    for text, annotation in zip(texts, batched, strict=True):
        alone = doc_to_annotation(annotator._load()(text), annotator.name) if text.strip() else None
        assert annotation == alone or (alone is None and annotation.sentences == ())
    assert sum(len(a.sentences) for a in batched) > 60


def test_cache_key_follows_the_model_files(tmp_path):
    from quoteaudit.nlp.stanza_engine import model_version

    model = tmp_path / "en" / "tokenize" / "combined.pt"
    model.parent.mkdir(parents=True)
    model.write_bytes(b"weights one")
    first = model_version(tmp_path, ["tokenize"])
    assert model_version(tmp_path, ["tokenize"]) == first
    model.write_bytes(b"weights, second version")
    assert model_version(tmp_path, ["tokenize"]) != first


def test_annotations_batch_through_the_cache(monkeypatch, tmp_path):
    """Misses go to the engine in one call; hits are not annotated again."""
    from quoteaudit.nlp.cache import annotate_many_cached

    monkeypatch.setenv("QUOTEAUDIT_CACHE", str(tmp_path))
    calls = []

    class Counting(RulesAnnotator):
        def annotate_many(self, texts):
            calls.append(len(texts))
            return [self.annotate(t) for t in texts]

    texts = ["One. Two.", "Three.", "Four. Five."]
    first = annotate_many_cached(Counting(), texts[:2])
    again = annotate_many_cached(Counting(), texts)
    assert calls == [2, 1]
    assert again[:2] == first and again[2] == RulesAnnotator().annotate(texts[2])


@needs_stanza
def test_a_warm_run_never_loads_the_stanza_models(monkeypatch, tmp_path):
    """Everything in the cache: the annotations come back and stanza is never started."""
    from quoteaudit.nlp.cache import annotate_many_cached
    from quoteaudit.nlp.stanza_engine import StanzaAnnotator

    monkeypatch.setenv("QUOTEAUDIT_CACHE", str(tmp_path))
    texts = ["“We are ready,” Ortiz said. The vote is on Monday.", "Nothing to quote here."]
    cold = StanzaAnnotator()
    first = annotate_many_cached(cold, texts)
    assert cold._pipeline is not None
    warm = StanzaAnnotator()
    assert annotate_many_cached(warm, texts) == first and warm._pipeline is None


def test_dask_missing_is_a_one_line_error(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    result = cli.invoke(app, ["quotes", str(SEEDS), "--engine", "rules", "--dask", "local"])
    assert result.exit_code == 2 and "pip install 'quoteaudit[dask]'" in result.output
    assert "Traceback" not in result.output
