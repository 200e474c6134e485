"""W3C Web Annotation export: the model's required fields, every quote and claim with its source, and selectors that
find their text again."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_scripts.model import AnchoredAttribution, Article, Person, UnnamedSource
from build_scripts.read.archive import Archive, load_archive
from build_scripts.read.files import read_sources
from build_scripts.render.web_annotations import annotation_exports, article_annotations

from support import PEOPLE, REPO

SITE = "https://example.org/news/"
MOTIVATIONS = {"describing", "commenting", "editing"}
REAL = load_archive(read_sources(REPO))
ORGANISATION = "national-intelligence-service:\n  name: National Intelligence Service\n  kind: organisation\n"
FILES = {
    "articles/people.yml": (PEOPLE + ORGANISATION).encode(),
    "articles/2024/2024-10-23-twice.txt": (
        "Title\n\nAustin said “no comment” at nine.\nLater he said “no comment” again, at ten.\n\nLast.\n"
    ).encode(),
    "articles/2024/2024-10-23-twice.yml": b"""\
quotes:
  - quote: no comment
    speaker: lloyd-austin
    occurrence: 2
    role: Secretary of Defense
    context: At the briefing
    date: 2024-10-23
notes:
  - {text: Austin, kind: correction, note: "Lloyd Austin, not John Austin."}
  - {text: Last., note: "Context & <more>."}
""",
    "articles/2024/2024-10-24-plain.txt": b"Nothing annotated\n\nJust text.\n",
    "articles/2024/2024-10-25-spies.txt": (
        "Spies count troops\n\n"
        "Austin said that there is evidence of troops, a “serious matter”.\n\n"
        "The director told lawmakers that 3,000 troops were sent. The agency published a report that the navy carried "
        "them, and figures show more are coming, according to a senior official.\n"
    ).encode(),
    "articles/2024/2024-10-25-spies.yml": """\
quotes:
  - {quote: serious matter, speaker: lloyd-austin}
claims:
  - {claim: "there is evidence of troops, a “serious matter”", cue: said that, speaker: lloyd-austin,
     role: Secretary of Defense, date: 2024-10-23}
  - claim: 3,000 troops were sent
    cue: told lawmakers that
    unnamed: {description: The director, affiliation: National Intelligence Service, reason: a closed session}
    context: To lawmakers
  - {claim: the navy carried them, cue: published a report that,
     document: {description: a report, issuer: national-intelligence-service}}
  - {claim: more are coming, cue: show, document: {description: figures}}
  - {claim: "the navy carried them, and figures show more are coming", cue: "according to",
     unnamed: {description: a senior official}}
""".encode(),
}


def annotations_of(article: Article, people=REAL.people) -> dict:
    return json.loads(article_annotations(article, people, SITE))


def items(collection: dict) -> list[dict]:
    return collection["first"]["items"]


def paragraphs(article: Article) -> list[str]:
    """The text as the page shows it: a line break inside a paragraph is a space."""
    return [p.text.replace("\n", " ") for p in article.raw.body]


@pytest.fixture(scope="module")
def small() -> Archive:
    archive = load_archive(FILES)
    assert archive.problems == ()
    return archive


@pytest.mark.parametrize("article", REAL.articles, ids=lambda a: a.id)
def test_every_real_annotation_is_complete_and_anchors_back(article: Article) -> None:
    _assert_complete_and_anchored(article, REAL.people)


def test_claims_are_complete_and_anchor_back(small: Archive) -> None:
    _assert_complete_and_anchored(next(a for a in small.articles if a.id == "2024-10-25-spies"), small.people)


def _assert_complete_and_anchored(article: Article, people: Mapping[str, Person]) -> None:
    collection = annotations_of(article, people)
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection"
    assert collection["id"] == f"{SITE}annotations/{article.id}.jsonld"
    assert collection["label"] == article.raw.title
    page = collection["first"]
    assert page["type"] == "AnnotationPage" and page["id"].startswith(collection["id"] + "#")
    annotations = items(collection)
    assert collection["total"] == len(annotations) == len(article.attributions) + len(article.notes)
    ids = [a["id"] for a in annotations]
    assert len(set(ids)) == len(ids) and all(i.startswith(collection["id"] + "#") for i in ids)
    texts = paragraphs(article)
    spans = [q.span for q in article.attributions] + [n.span for n in article.notes]
    for annotation, span in zip(annotations, spans, strict=True):
        assert annotation["type"] == "Annotation"
        assert annotation["motivation"] in MOTIVATIONS
        assert annotation["body"]
        target = annotation["target"]
        assert target["source"] == f"{SITE}articles/{article.id[:4]}/{article.id}/"
        selector = target["selector"]
        assert selector["type"] == "TextQuoteSelector"
        exact, prefix, suffix = selector["exact"], selector.get("prefix", ""), selector.get("suffix", "")
        assert len(prefix) <= 32 and len(suffix) <= 32
        assert exact == article.raw.body[span.paragraph].text[span.start : span.end].replace("\n", " ")
        text = texts[span.paragraph]
        assert text[span.start - len(prefix) : span.end + len(suffix)] == prefix + exact + suffix
        assert prefix == text[max(0, span.start - 32) : span.start] and suffix == text[span.end : span.end + 32]


def test_exports_cover_exactly_the_annotated_real_articles() -> None:
    exports = annotation_exports(REAL.articles, REAL.people, SITE)
    annotated = [a for a in REAL.articles if a.attributions or a.notes]
    assert len(REAL.articles) == 35 and 0 < len(annotated) <= 35
    assert list(exports) == [f"annotations/{a.id}.jsonld" for a in annotated]
    for article in annotated:
        assert json.loads(exports[f"annotations/{article.id}.jsonld"]) == annotations_of(article)


def test_quote_annotation_names_speaker_and_links_their_page(small: Archive) -> None:
    article = next(a for a in small.articles if a.id == "2024-10-23-twice")
    quote = items(annotations_of(article, small.people))[0]
    assert quote["id"] == f"{SITE}annotations/2024-10-23-twice.jsonld#quote-1"
    assert quote["motivation"] == "describing"
    text_body, person_body, kind_body = quote["body"]
    assert text_body == {
        "type": "TextualBody",
        "value": "Lloyd Austin, Secretary of Defense. At the briefing, October 23, 2024.",
        "format": "text/plain",
        "language": "en",
        "purpose": "describing",
    }
    assert person_body == {"type": "SpecificResource", "source": f"{SITE}people/lloyd-austin/", "purpose": "linking"}
    assert kind_body == {"type": "SpecificResource", "source": "https://schema.org/Quotation", "purpose": "classifying"}


def _bodies(small: Archive) -> dict[str, list[dict]]:
    """Each quote's and claim's bodies, by its anchor."""
    article = next(a for a in small.articles if a.id == "2024-10-25-spies")
    return {item["id"].split("#")[1]: item["body"] for item in items(annotations_of(article, small.people))}


def _described(value: str) -> dict:
    return {"type": "TextualBody", "value": value, "format": "text/plain", "language": "en", "purpose": "describing"}


def _resource(source: str, purpose: str) -> dict:
    return {"type": "SpecificResource", "source": source, "purpose": purpose}


CLAIM = _resource("https://schema.org/Claim", "classifying")


def test_every_quote_and_claim_is_exported_in_reading_order_with_its_kind(small: Archive) -> None:
    """A passage inside another (a quote in a claim, claims in the unnamed official's) comes after it."""
    bodies = _bodies(small)
    assert list(bodies) == ["claim-1", "quote-2", "claim-3", "claim-4", "claim-5", "claim-6"]
    assert [body[-1]["source"].rsplit("/", 1)[1] for body in bodies.values()] == [
        "Claim",
        "Quotation",
        "Claim",
        "Claim",
        "Claim",
        "Claim",
    ]


def test_a_claim_by_a_registered_person_says_who_how_when_and_links_their_page(small: Archive) -> None:
    assert _bodies(small)["claim-1"] == [
        _described("Lloyd Austin, Secretary of Defense: “said that”. October 23, 2024."),
        _resource(f"{SITE}people/lloyd-austin/", "linking"),
        CLAIM,
    ]


def test_an_unnamed_source_is_described_with_affiliation_and_reason_and_links_nowhere(small: Archive) -> None:
    bodies = _bodies(small)
    assert bodies["claim-3"] == [
        _described("The director, National Intelligence Service (a closed session): “told lawmakers that”. To lawmakers."),
        CLAIM,
    ]
    assert bodies["claim-4"] == [_described("a senior official: “according to”."), CLAIM]


def test_a_document_names_its_issuer_and_links_the_issuers_page(small: Archive) -> None:
    bodies = _bodies(small)
    assert bodies["claim-5"] == [
        _described("a report, National Intelligence Service: “published a report that”."),
        _resource(f"{SITE}people/national-intelligence-service/", "linking"),
        CLAIM,
    ]
    assert bodies["claim-6"] == [_described("figures: “show”."), CLAIM]


def test_selector_tells_a_repeated_phrase_apart(small: Archive) -> None:
    article = next(a for a in small.articles if a.id == "2024-10-23-twice")
    selector = items(annotations_of(article, small.people))[0]["target"]["selector"]
    assert selector == {
        "type": "TextQuoteSelector",
        "exact": "no comment",
        "prefix": "Austin said “no comment” at nine. Later he said “"[-32:],
        "suffix": "” again, at ten.",
    }
    text = paragraphs(article)[0]
    whole = selector["prefix"] + selector["exact"] + selector["suffix"]
    assert text.count(whole) == 1 and text.count(selector["exact"]) == 2


def test_notes_comment_and_corrections_edit(small: Archive) -> None:
    article = next(a for a in small.articles if a.id == "2024-10-23-twice")
    _, correction, context = items(annotations_of(article, small.people))
    assert (correction["motivation"], correction["body"]["purpose"]) == ("editing", "editing")
    assert correction["body"]["value"] == "Lloyd Austin, not John Austin."
    suffix = " said “no comment” at nine. Late"
    assert correction["target"]["selector"] == {"type": "TextQuoteSelector", "exact": "Austin", "suffix": suffix}
    assert (context["id"], context["motivation"]) == (f"{SITE}annotations/2024-10-23-twice.jsonld#note-2", "commenting")
    assert context["body"]["value"] == "Context & <more>."
    assert context["target"]["selector"] == {"type": "TextQuoteSelector", "exact": "Last."}


def test_unannotated_articles_are_not_exported(small: Archive) -> None:
    assert list(annotation_exports(small.articles, small.people, SITE)) == [
        "annotations/2024-10-25-spies.jsonld",
        "annotations/2024-10-23-twice.jsonld",
    ]


def _sourced(anchored: AnchoredAttribution, role: str | None, cue: str | None, unnamed: UnnamedSource) -> AnchoredAttribution:
    """The passage with this role and cue, and this unnamed source in place of the one it had, if it had one."""
    annotation = replace(anchored.annotation, role=role, cue=cue)
    if annotation.unnamed is not None:
        annotation = replace(annotation, unnamed=unnamed)
    return replace(anchored, annotation=annotation)


TEXT = st.text(min_size=1)


@settings(max_examples=200, deadline=None)
@given(
    title=TEXT.filter(lambda t: t.strip() and "\n" not in t),
    note=TEXT,
    role=st.none() | TEXT,
    cue=st.none() | TEXT,
    unnamed=st.builds(UnnamedSource, TEXT, st.none() | TEXT, st.none() | TEXT),
)
def test_exports_are_written_as_json_dumps_would_write_them(
    title: str, note: str, role: str | None, cue: str | None, unnamed: UnnamedSource
) -> None:
    """Written from templates (json.dumps is slow when it indents), to the text json.dumps writes: any title, note,
    role, cue or unnamed source, quotes, claims and notes, at a paragraph's edges (no prefix, no suffix) and inside it."""
    small = load_archive(FILES)
    for article in (a for a in small.articles if a.attributions):
        article = replace(
            article,
            raw=replace(article.raw, title=title),
            attributions=(*(_sourced(a, role, cue, unnamed) for a in article.attributions), *article.attributions),
            notes=tuple(replace(n, annotation=replace(n.annotation, note=note)) for n in article.notes),
        )
        text = article_annotations(article, small.people, SITE)
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


def test_every_export_of_the_real_archive_is_as_json_dumps_writes_it() -> None:
    for path, data in annotation_exports(REAL.articles, REAL.people, SITE).items():
        text = data.decode()
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n", path
