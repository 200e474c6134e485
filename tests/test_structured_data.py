"""schema.org JSON-LD: the article, its people, its quotes and translations, and safe inside <script>."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from build_scripts.read.archive import Archive, load_archive
from build_scripts.read.files import read_sources
from build_scripts.render.json_ld import news_article_jsonld

from support import ARTICLE, PEOPLE, REPO

SITE = "https://example.org/"
HOSTILE = "Breaking </script><script>alert(1)</script> <!-- & “quoted” \u2028 -->"
FILES = {
    "articles/people.yml": PEOPLE.encode(),
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


def test_every_real_article_gives_valid_json_with_its_quotes() -> None:
    archive = load_archive(read_sources(REPO))
    titles = {a.id: (a.language, a.raw.title) for a in archive.articles}
    for article in archive.articles:
        data = json.loads(news_article_jsonld(article, archive.people, SITE, titles))
        assert data["headline"] == article.raw.title
        quotes = [q for q in article.attributions if q.annotation.kind == "quote"]
        assert len(data.get("hasPart", [])) == len(quotes)
        speakers = [archive.people[q.annotation.speaker].name for q in quotes if q.annotation.speaker]
        assert [p["creator"]["name"] for p in data.get("hasPart", [])] == speakers
