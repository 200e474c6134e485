"""The search records beyond each article's own: a story's versions in every language, and the pages about
people, organisations and topics, as the search dialog reads them (docs/javascripts/search.js)."""

from __future__ import annotations

import json

import pytest

from build_scripts.read.archive import load_archive
from build_scripts.read.files import read_sources
from build_scripts.search.records import SearchRecord, search_records

from support import REPO

WHO = "2020-03-14-world-health-organization-declares-covid-19-pandemic"
WHO_ID = f"{WHO}-id"


@pytest.fixture(scope="module")
def records() -> dict[str, SearchRecord]:
    """This repository's archive: English stories, some translated into Indonesian, and the Indonesian seed."""
    found = search_records(load_archive(read_sources(REPO)))
    by_url = {record.url: record for record in found}
    assert len(by_url) == len(found), "a page has one record, in one language's index"
    return by_url


def test_a_story_and_its_translation_share_a_group_and_list_both_versions_the_original_first(
    records: dict[str, SearchRecord],
) -> None:
    original, translation = records[f"/articles/2020/{WHO}/"], records[f"/articles/2020/{WHO_ID}/"]
    assert original.meta["group"] == translation.meta["group"] == WHO
    versions = [
        ["en", f"/articles/2020/{WHO}/", "World Health Organization declares COVID-19 pandemic"],
        ["id", f"/articles/2020/{WHO_ID}/", "Organisasi Kesehatan Dunia (WHO) menyatakan COVID-19 sebagai pandemi"],
    ]
    assert json.loads(original.meta["versions"]) == json.loads(translation.meta["versions"]) == versions


def test_a_story_in_one_language_lists_no_versions(records: dict[str, SearchRecord]) -> None:
    seed = records["/articles/2024/2024-10-23-korea-utara-kirim-tentara-ke-rusia/"]
    assert seed.meta["group"] == "2024-10-23-korea-utara-kirim-tentara-ke-rusia"
    assert "versions" not in seed.meta


def test_a_person_is_found_by_name_alias_description_and_roles_in_the_language_citing_them(
    records: dict[str, SearchRecord],
) -> None:
    austin = records["/people/lloyd-austin/"]
    assert austin.meta == {"title": "Lloyd Austin", "kind": "person", "group": "/people/lloyd-austin/"}
    assert austin.filters == {"kind": ("person",)}
    assert austin.language == "id"  # cited in the Indonesian seed only
    assert austin.content.decode() == (
        "Lloyd Austin. Austin. United States Secretary of Defense from 2021 to 2025. Menteri Pertahanan AS."
    )


def test_an_organisation_is_its_own_kind_at_its_own_address(records: dict[str, SearchRecord]) -> None:
    who = records["/organisations/world-health-organization/"]
    assert (who.meta["kind"], who.filters, who.language) == ("organisation", {"kind": ("organisation",)}, "en")
    assert who.content.decode().startswith("World Health Organization. WHO. ")


def test_a_topic_is_found_by_its_name_in_every_language(records: dict[str, SearchRecord]) -> None:
    topic = records["/topics/north-korea/"]
    assert (topic.meta, topic.filters, topic.language) == (
        {"title": "North Korea", "kind": "topic", "group": "/topics/north-korea/"},
        {"kind": ("topic",)},
        "id",
    )
    assert topic.content == b"North Korea. Korea Utara."


def test_every_registry_entry_and_every_topic_has_a_record(records: dict[str, SearchRecord]) -> None:
    archive = load_archive(read_sources(REPO))
    kinds = {record.url.split("/")[1] for record in records.values() if record.meta["kind"] != "article"}
    assert kinds == {"people", "organisations", "topics"}
    people = [r for r in records.values() if r.meta["kind"] in ("person", "organisation")]
    assert len(people) == len(archive.people)
    topics = {topic.id for article in archive.articles for topic in article.topics}
    assert len([r for r in records.values() if r.meta["kind"] == "topic"]) == len(topics)
