"""schema.org JSON-LD: the article, its people, its quotes, claims and their sources, translations, and safe inside
<script>."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from build_scripts.read.archive import Archive, load_archive
from build_scripts.read.files import read_sources
from build_scripts.render.json_ld import news_article_jsonld

from support import ARTICLE, PEOPLE, REPO

SITE = "https://example.org/"
_TYPE = {"quote": "Quotation", "claim": "Claim"}
HOSTILE = "Breaking </script><script>alert(1)</script> <!-- & “quoted” \u2028 -->"
ORGANISATION = """\
national-intelligence-service:
  name: National Intelligence Service
  kind: organisation
  url: https://www.nis.go.kr/
"""
FILES = {
    "articles/people.yml": (PEOPLE + ORGANISATION).encode(),
    "articles/2024/2024-10-23-troops.txt": ARTICLE.encode(),
    "articles/2024/2024-10-23-troops.yml": b"""\
language: en
source:
  publisher: Associated Press
  url: https://apnews.com/article/x
  licence: CC BY 4.0
  licence_url: https://creativecommons.org/licenses/by/4.0/
tags: [north-korea, russia]
byline: [{person: lloyd-austin, name: Austin, role: wrote}, {name: "Editor </script>", role: edited}]
contributors: [{person: jari-tanner, city: Helsinki}]
quotes:
  - {quote: we see evidence, speaker: lloyd-austin, date: 2024-10-22, source: "https://example.com/transcript"}
  - {quote: "It is a very serious matter,", speaker: john-kirby}
notes:
  - {text: Second paragraph, kind: correction, note: "An earlier version misquoted Kirby."}
  - {text: First paragraph, note: Background.}
""",
    "articles/2024/2024-10-25-spies.txt": """\
Spies count troops

Lloyd Austin said on Wednesday that there is evidence North Korea sent troops, a “very serious matter”.

The spy agency's director told lawmakers that about 3,000 troops had been sent. “We will respond,” an aide said.

The agency published a report that Russia's navy carried 1,500 soldiers. Official figures show 10,000 more are ready.

The National Intelligence Service said the troops wore Russian uniforms.
""".encode(),
    "articles/2024/2024-10-25-spies.yml": """\
quotes:
  - {quote: very serious matter, speaker: lloyd-austin, date: 2024-10-23}
  - {quote: We will respond, unnamed: {description: an aide}}
claims:
  - claim: there is evidence North Korea sent troops, a “very serious matter”
    cue: said on Wednesday that
    speaker: lloyd-austin
    date: 2024-10-23
    source: https://example.com/transcript
  - claim: about 3,000 troops had been sent
    cue: told lawmakers that
    unnamed:
      description: The spy agency's director
      affiliation: National Intelligence Service
      reason: briefing lawmakers behind closed doors
  - {claim: "Russia's navy carried 1,500 soldiers", cue: published a report that,
     document: {description: a report, issuer: national-intelligence-service}}
  - {claim: "10,000 more are ready", cue: show, document: {description: Official figures}}
  - {claim: the troops wore Russian uniforms, cue: said, speaker: national-intelligence-service}
""".encode(),
    "articles/2024/2024-10-24-terjemahan.txt": f"{HOSTILE}\n\nParagraf pertama yang cukup panjang untuk dikenali.\n".encode(),
    "articles/2024/2024-10-24-terjemahan.yml": b"""\
language: id
original: {language: en, url: "https://example.com/original", title: The original}
""",
}


@pytest.fixture(scope="module")
def archive() -> Archive:
    archive = load_archive(FILES)
    assert archive.problems == ()
    return archive


def jsonld(archive: Archive, article_id: str) -> dict:
    titles = {a.id: (a.language, a.raw.title) for a in archive.articles}
    (article,) = [a for a in archive.articles if a.id == article_id]
    return json.loads(news_article_jsonld(article, archive.people, SITE, titles))


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []

    def handle_data(self, data: str) -> None:
        if self.lasttag == "script":
            self.scripts.append(data)


def test_article_fields(archive: Archive) -> None:
    data = jsonld(archive, "2024-10-23-troops")
    url = f"{SITE}articles/2024/2024-10-23-troops/"
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Title of the story"
    assert (data["datePublished"], data["inLanguage"], data["url"]) == ("2024-10-23", "en", url)
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert data["publisher"] == {"@type": "Organization", "name": "Associated Press"}
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["isBasedOn"] == "https://apnews.com/article/x"
    assert data["keywords"] == ["north-korea", "russia"]
    assert data["correction"] == [{"@type": "CorrectionComment", "text": "An earlier version misquoted Kirby."}]


def test_people_by_credit_role(archive: Archive) -> None:
    data = jsonld(archive, "2024-10-23-troops")
    assert data["author"] == [{"@type": "Person", "name": "Lloyd Austin", "url": f"{SITE}people/lloyd-austin/"}]
    assert data["editor"] == [{"@type": "Person", "name": "Editor </script>"}]
    assert data["contributor"] == [{"@type": "Person", "name": "Jari Tanner", "url": f"{SITE}people/jari-tanner/"}]


def test_quotes_are_quotation_parts_credited_to_their_speakers(archive: Archive) -> None:
    parts = jsonld(archive, "2024-10-23-troops")["hasPart"]
    assert [p["@type"] for p in parts] == ["Quotation", "Quotation"]
    assert [p["text"] for p in parts] == ["we see evidence", "It is a very serious matter,"]
    assert [p["creator"]["name"] for p in parts] == ["Lloyd Austin", "John Kirby"]
    assert parts[1]["creator"]["url"] == f"{SITE}people/john-kirby/"
    assert parts[0]["url"] == f"{SITE}articles/2024/2024-10-23-troops/#quote-1"
    assert (parts[0]["dateCreated"], parts[0]["citation"]) == ("2024-10-22", "https://example.com/transcript")
    assert all("spokenByCharacter" not in p for p in parts)


def test_claims_and_quotes_are_parts_in_reading_order(archive: Archive) -> None:
    parts = jsonld(archive, "2024-10-25-spies")["hasPart"]
    assert [(p["@type"], p["text"]) for p in parts] == [
        ("Claim", "there is evidence North Korea sent troops, a “very serious matter”"),
        ("Quotation", "very serious matter"),
        ("Claim", "about 3,000 troops had been sent"),
        ("Quotation", "We will respond"),
        ("Claim", "Russia's navy carried 1,500 soldiers"),
        ("Claim", "10,000 more are ready"),
        ("Claim", "the troops wore Russian uniforms"),
    ]


def test_a_claim_by_a_person_has_its_author_appearance_and_date(archive: Archive) -> None:
    page = f"{SITE}articles/2024/2024-10-25-spies/"
    claim, quote = jsonld(archive, "2024-10-25-spies")["hasPart"][:2]
    assert claim == {
        "@type": "Claim",
        "text": "there is evidence North Korea sent troops, a “very serious matter”",
        "appearance": {"@type": "WebPageElement", "url": f"{page}#claim-1"},
        "author": {"@type": "Person", "name": "Lloyd Austin", "url": f"{SITE}people/lloyd-austin/"},
        "dateCreated": "2024-10-23",
        "citation": "https://example.com/transcript",
    }
    assert quote["url"] == f"{page}#quote-2" and quote["creator"] == claim["author"]


def test_an_unnamed_source_is_described_never_named(archive: Archive) -> None:
    parts = jsonld(archive, "2024-10-25-spies")["hasPart"]
    assert parts[2]["author"] == {
        "@type": "Person",
        "description": "The spy agency's director",
        "affiliation": {"@type": "Organization", "name": "National Intelligence Service"},
    }
    assert parts[3]["creator"] == {"@type": "Person", "description": "an aide"}
    assert parts[3]["url"] == f"{SITE}articles/2024/2024-10-25-spies/#quote-4"


def test_an_organisation_is_an_organization_and_a_document_what_the_claim_is_based_on(archive: Archive) -> None:
    agency = {
        "@type": "Organization",
        "name": "National Intelligence Service",
        "url": f"{SITE}people/national-intelligence-service/",
        "sameAs": "https://www.nis.go.kr/",
    }
    report, figures, said = jsonld(archive, "2024-10-25-spies")["hasPart"][4:]
    assert report["author"] == agency
    assert report["isBasedOn"] == {"@type": "Report", "description": "a report", "author": agency}
    assert "author" not in figures
    assert figures["isBasedOn"] == {"@type": "Dataset", "description": "Official figures"}
    assert said["author"] == agency and "isBasedOn" not in said


@pytest.mark.parametrize(
    ("description", "kind"),
    [
        ("laporan", "Report"),
        ("the News.com.au report", "Report"),
        ("situation report dated March 16", "Report"),
        ("data BMKG", "Dataset"),
        ("a poll", "Dataset"),
        ("a statement", "CreativeWork"),
        ("pernyataan media tanggal 8 Maret", "CreativeWork"),
        ("the reporting", "CreativeWork"),
    ],
)
def test_a_document_is_a_report_or_dataset_only_when_the_article_says_so(description: str, kind: str) -> None:
    files = dict(FILES) | {
        "articles/2024/2024-10-25-spies.yml": f'claims:\n  - {{claim: "10,000 more are ready", document: {{description: {description}}}}}\n'.encode()
    }
    archive = load_archive(files)
    assert archive.problems == ()
    (part,) = jsonld(archive, "2024-10-25-spies")["hasPart"]
    assert part["isBasedOn"] == {"@type": kind, "description": description}


# What schema.org defines (schema.org/<Type>, "Properties from …"): each property used, on the types that have it,
# and the types its values may take. Thing's and CreativeWork's properties are inherited by every subtype.
_THING = {"name", "url", "description", "sameAs"}
_CREATIVE_WORK = _THING | {
    "author", "creator", "editor", "contributor", "translator", "publisher", "text", "headline", "dateCreated",
    "datePublished", "inLanguage", "citation", "isBasedOn", "hasPart", "mainEntityOfPage", "license", "keywords",
    "correction", "translationOfWork", "workTranslation",
}  # fmt: skip
_PROPERTIES = {
    "Person": _THING | {"affiliation"},
    "Organization": _THING,
    "NewsArticle": _CREATIVE_WORK,
    "WebPage": _CREATIVE_WORK,
    "WebPageElement": _CREATIVE_WORK,
    "CreativeWork": _CREATIVE_WORK,
    "Report": _CREATIVE_WORK,
    "Dataset": _CREATIVE_WORK,
    "CorrectionComment": _CREATIVE_WORK,
    "Quotation": _CREATIVE_WORK | {"spokenByCharacter"},
    "Claim": _CREATIVE_WORK | {"appearance", "firstAppearance"},
}
_WORKS = {"NewsArticle", "WebPage", "WebPageElement", "CreativeWork", "Report", "Dataset", "Quotation", "Claim"}
_RANGES = {
    "author": {"Person", "Organization"},
    "creator": {"Person", "Organization"},
    "affiliation": {"Organization"},
    "appearance": _WORKS,
    "isBasedOn": _WORKS,
    "hasPart": _WORKS,
    "correction": {"CorrectionComment"},
}


def _schema_problems(node: object, path: str = "$") -> list[str]:
    """Every type, property or value that schema.org does not define where this JSON-LD puts it."""
    if isinstance(node, list):
        return [problem for i, item in enumerate(node) for problem in _schema_problems(item, f"{path}[{i}]")]
    if not isinstance(node, dict):
        return []
    kind = node.get("@type")
    if kind not in _PROPERTIES:
        return [f"{path}: type {kind!r}"]
    problems = []
    for key, value in node.items():
        if key.startswith("@"):
            problems += [] if key in {"@context", "@type", "@id"} else [f"{path}: keyword {key}"]
            continue
        if key not in _PROPERTIES[kind]:
            problems.append(f"{path}: {kind} has no property {key}")
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and key in _RANGES and item.get("@type") not in _RANGES[key]:
                problems.append(f"{path}.{key}: {item.get('@type')} is not among {sorted(_RANGES[key])}")
        problems += _schema_problems(value, f"{path}.{key}")
    return problems


def test_every_type_and_property_is_schema_orgs(archive: Archive) -> None:
    real = load_archive(read_sources(REPO))
    for source in (archive, real):
        titles = {a.id: (a.language, a.raw.title) for a in source.articles}
        for article in source.articles:
            data = json.loads(news_article_jsonld(article, source.people, SITE, titles))
            assert data["@context"] == "https://schema.org"
            assert _schema_problems(data) == [], article.id


def test_the_schema_check_can_fail() -> None:
    node = {"@type": "Quotation", "author": {"@type": "Report"}, "spokenBy": "x", "hasPart": [{"@type": "Speech"}]}
    assert _schema_problems(node) == [
        "$.author: Report is not among ['Organization', 'Person']",
        "$: Quotation has no property spokenBy",
        "$.hasPart: Speech is not among ['Claim', 'CreativeWork', 'Dataset', 'NewsArticle', 'Quotation', 'Report', "
        "'WebPage', 'WebPageElement']",
        "$.hasPart[0]: type 'Speech'",
    ]


def test_translation_of_an_article_outside_the_archive(archive: Archive) -> None:
    data = jsonld(archive, "2024-10-24-terjemahan")
    assert data["isBasedOn"] == "https://example.com/original"
    assert data["translationOfWork"] == {
        "@type": "CreativeWork",
        "name": "The original",
        "inLanguage": "en",
        "url": "https://example.com/original",
    }
    assert "author" not in data and "hasPart" not in data


def test_hostile_title_cannot_leave_the_script_element(archive: Archive) -> None:
    titles = {a.id: (a.language, a.raw.title) for a in archive.articles}
    article = next(a for a in archive.articles if a.id == "2024-10-24-terjemahan")
    text = news_article_jsonld(article, archive.people, SITE, titles)
    assert "</script" not in text.lower() and "<!--" not in text and "<" not in text and "&" not in text
    parser = _Scripts()
    parser.feed(f'<script type="application/ld+json">{text}</script><p>after</p>')
    assert parser.scripts == [text]
    assert json.loads(text)["headline"] == HOSTILE


def test_translations_link_both_ways_in_the_real_archive() -> None:
    archive = load_archive(read_sources(REPO))
    original_id = "2020-03-14-world-health-organization-declares-covid-19-pandemic"
    original, translation = jsonld(archive, original_id), jsonld(archive, f"{original_id}-id")
    assert [w["url"] for w in original["workTranslation"]] == [translation["url"]]
    assert original["workTranslation"][0]["inLanguage"] == "id"
    assert original["workTranslation"][0]["headline"] == translation["headline"]
    assert translation["translationOfWork"]["url"] == original["url"]
    assert translation["translationOfWork"]["@type"] == "NewsArticle"
    assert translation["isBasedOn"] == original["url"]


def test_every_real_article_gives_valid_json_with_its_quotes_and_claims() -> None:
    archive = load_archive(read_sources(REPO))
    titles = {a.id: (a.language, a.raw.title) for a in archive.articles}
    for article in archive.articles:
        data = json.loads(news_article_jsonld(article, archive.people, SITE, titles))
        assert data["headline"] == article.raw.title
        parts = data.get("hasPart", [])
        assert [p["@type"] for p in parts] == [_TYPE[a.annotation.kind] for a in article.attributions]
        for part, anchored in zip(parts, article.attributions, strict=True):
            source = part.get("creator" if part["@type"] == "Quotation" else "author")
            registered = anchored.annotation.registered
            if anchored.annotation.unnamed is not None:
                assert source["description"] == anchored.annotation.unnamed.description and "name" not in source
            elif registered is not None:
                assert source["name"] == archive.people[registered].name
            else:
                assert source is None and "isBasedOn" in part
