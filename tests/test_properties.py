"""Property tests (hypothesis): invariants that must hold on any text, not just the
sentences we thought of. Texts are drawn from news-shaped pieces (words, names, every
kind of quote mark, punctuation, line breaks) mixed with arbitrary characters."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteaudit.compare.drift import plain_words, word_diff
from quoteaudit.extract.quotes import MARK_RE, find_quotes
from quoteaudit.ingest import article_from_text
from quoteaudit.models import AuditResult
from quoteaudit.nlp.rules_engine import RulesAnnotator
from quoteaudit.pipeline import audit_articles
from quoteaudit.spans import WHITESPACE

PIECES = [
    "the", "council", "said", "Mayor", "Ana", "Ruiz", "told", "reporters", "we", "will", "not",
    "didn't", "budget", "U.S.", "Sen.", "Jr.", "2026", "officials", "according to", "sources",
    " ", " ", " ", "  ", "\n", "\n\n", ",", ".", "!", "?", ":", ";", "…", "...", "—", "-", "(", ")",
    "[", "]", "'", '"', "“", "”", "‘", "’", "«", "»", "„", "``", "''", "*",
]  # fmt: skip
news_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=80).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_text)
def test_quote_spans_lie_inside_the_text_and_exclude_their_marks(text):
    article = article_from_text(text, doc_id="t")
    for q in find_quotes(article):
        assert 0 <= q.start <= q.end <= len(text)
        assert q.text == text[q.start : q.end]
        if q.text:  # trimmed of the blanks news text uses (not of every Unicode space)
            assert q.text[0] not in WHITESPACE and q.text[-1] not in WHITESPACE
        # the marks that delimit a quote stand outside it: the nearest non-space
        # character on each side is a mark, unless the scanner says that mark was missing
        before = text[: q.start].rstrip(WHITESPACE)
        after = text[q.end :].lstrip(WHITESPACE)
        if q.repaired != "missing_open":
            assert MARK_RE.search(before[-2:]), (text, q)
        if q.repaired != "missing_close":
            assert MARK_RE.match(after[:2]), (text, q)


words_text = st.lists(
    st.sampled_from(["we", "will", "win", "the", "vote", "I", "didn't", "did", "not", "…", "[it]", "Vote,", "win!", "f***ing"]),
    max_size=15,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(words_text, words_text)
def test_word_diff_rebuilds_the_version_and_keeps_every_reference_word(reference, version):
    ops = word_diff(reference, version)
    rebuilt = " ".join(op.text for op in ops if op.op != "delete" and op.text)
    assert plain_words(rebuilt) == plain_words(version)
    kept = " ".join(op.ref for op in ops if op.op != "insert" and op.ref)
    assert sorted(plain_words(kept)) == sorted(plain_words(reference))  # moves reorder them


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(news_text, min_size=1, max_size=3))
def test_audit_of_any_text_returns_a_result(texts):
    articles = [article_from_text(t, doc_id=f"a{n}", outlet=f"Outlet {n}") for n, t in enumerate(texts)]
    result = audit_articles(articles, annotator=RulesAnnotator())
    assert isinstance(result, AuditResult)
    assert len(result.articles) == len(articles)
    for ar in result.articles:
        for q in ar.quotes:
            assert 0 <= q.start <= q.end <= len(ar.article.text)
    for f in result.findings:
        assert f.code and f.message
