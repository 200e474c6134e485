"""Topics: articles/topics.yml makes one topic of its names in each language; every article links its topics by
their name in its language, and each topic has one page, with its neighbours, and a feed."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from build_scripts.build.pipeline import generate_pages
from build_scripts.build.site_files import as_files
from build_scripts.model import Listing
from build_scripts.read.archive import Archive, load_archive
from build_scripts.read.files import read_sources
from build_scripts.read.topics import parse_topics
from build_scripts.render.topic_pages import filed

from support import ARTICLE, PEOPLE, REPO, SITE_IDENTITY, run_check, write_files

TOPICS = """\
north-korea:
  name: {en: North Korea, id: Korea Utara}
  tags: [korea-utara]
ukraine:
  name: {en: Ukraine, id: Ukraina}
  tags: [ukraina]
  description:
    en: The war in Ukraine.
    id: Perang di Ukraina.
russia:
  name: {en: Russia, id: Rusia}
  tags: rusia
"""
INDONESIAN = "Judul berita\n\nParagraf pertama tentang pasukan.\n"
FILES = {
    "articles/people.yml": PEOPLE,
    "articles/topics.yml": TOPICS,
    "articles/2024/2024-10-23-troops.txt": ARTICLE,
    "articles/2024/2024-10-23-troops.yml": "language: en\ntags: [Ukraine, North Korea]\n",
    "articles/2024/2024-10-24-pasukan.txt": INDONESIAN,
    "articles/2024/2024-10-24-pasukan.yml": "language: id\ntags: [korea-utara, ukraina, Korea Utara]\n",
}


def _archive(files: dict[str, str]) -> Archive:
    return load_archive({path: text.encode() for path, text in files.items()})


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    archive = _archive(FILES)
    assert archive.problems == ()
    return as_files(generate_pages(archive, SITE_IDENTITY))


def test_names_in_two_languages_make_one_topic_with_one_page(pages: dict[str, str]) -> None:
    assert sorted(path for path in pages if path.startswith("topics/")) == [
        "topics/index.md",
        "topics/north-korea.md",
        "topics/ukraine.md",
    ]
    ukraine = pages["topics/ukraine.md"]
    assert "# Topic: Ukraine\n" in ukraine
    assert '<p class="topic-description">The war in Ukraine.</p>' in ukraine
    assert "/2024-10-24-pasukan/" in ukraine and "/2024-10-23-troops/" in ukraine
    assert "feed: feeds/topics/ukraine.xml" in ukraine
    assert '<a href="../../feeds/topics/ukraine.xml" type="application/atom+xml">Follow this topic (Atom feed)</a>' in ukraine


def test_an_article_links_its_topics_by_their_name_in_its_language(pages: dict[str, str]) -> None:
    indonesian = pages["articles/2024/2024-10-24-pasukan.md"]
    assert (
        '<p class="article-topics">Topik: <a href="../../../topics/north-korea/">Korea Utara</a>, '
        '<a href="../../../topics/ukraine/">Ukraina</a></p>'
    ) in indonesian
    english = pages["articles/2024/2024-10-23-troops.md"]
    assert (
        '<p class="article-topics">Topics: <a href="../../../topics/ukraine/">Ukraine</a>, '
        '<a href="../../../topics/north-korea/">North Korea</a></p>'
    ) in english


def test_a_topic_page_leads_to_its_neighbours_and_the_index(pages: dict[str, str]) -> None:
    first, last = pages["topics/north-korea.md"], pages["topics/ukraine.md"]
    assert (
        '<p class="topic-neighbours"><a href="../">All topics</a> · '
        '<a href="../ukraine/" rel="next">Next topic: Ukraine →</a></p>'
    ) in first
    assert (
        '<p class="topic-neighbours"><a href="../north-korea/" rel="prev">← Previous topic: North Korea</a> · '
        '<a href="../">All topics</a></p>'
    ) in last


def test_the_index_lists_each_topic_with_its_count_and_a_topic_without_articles_is_not_listed(
    pages: dict[str, str],
) -> None:
    index = pages["topics/index.md"]
    assert (
        '<li><a href="north-korea/">North Korea</a>: 2 articles</li>\n<li><a href="ukraine/">Ukraine</a>: 2 articles</li>'
        in index
    )
    assert "Russia" not in index
    assert '<a href="topics/">Topics</a>' in pages["index.md"]


def test_an_unknown_tag_is_a_warning_naming_the_closest_and_the_article_keeps_it_as_written() -> None:
    files = FILES | {"articles/2024/2024-10-24-pasukan.yml": "language: id\ntags:\n  - ukrania\n  - Pemilu AS\n"}
    archive = _archive(files)
    assert [str(p) for p in archive.problems] == [
        "articles/2024/2024-10-24-pasukan.yml:3:5: warning: topic 'ukrania' is not in articles/topics.yml; "
        "did you mean 'ukraina' (topic 'ukraine')? Otherwise add it to the tags of the topic it belongs to there, "
        "or add a topic for it; until then it is shown as written, on a page of its own",
        "articles/2024/2024-10-24-pasukan.yml:4:5: warning: topic 'Pemilu AS' is not in articles/topics.yml; "
        "add it to the tags of the topic it belongs to there, or add a topic for it; "
        "until then it is shown as written, on a page of its own",
    ]
    pages = as_files(generate_pages(archive, SITE_IDENTITY))
    assert '<a href="../../../topics/pemilu-as/">Pemilu AS</a>' in pages["articles/2024/2024-10-24-pasukan.md"]
    assert "# Topic: Pemilu AS\n" in pages["topics/pemilu-as.md"]


def test_without_a_registry_each_tag_is_a_topic_of_its_own_and_no_problem() -> None:
    files = {path: text for path, text in FILES.items() if path != "articles/topics.yml"}
    archive = _archive(files)
    assert archive.problems == ()
    topics = {topic.id: [a.id for a in articles] for topic, articles in filed([Listing.of(a) for a in archive.articles])}
    assert topics == {
        "korea-utara": ["2024-10-24-pasukan"],
        "north-korea": ["2024-10-23-troops"],
        "ukraina": ["2024-10-24-pasukan"],
        "ukraine": ["2024-10-23-troops"],
    }


@pytest.mark.parametrize(
    ("registry", "expected"),
    [
        (
            "ukraine: {name: {en: Ukraine}, tags: [ukraina]}\nrussia: {name: {en: Russia}, tags: [Ukraina, rusia]}\n",
            [
                "2:37: tag 'Ukraina' of topic 'russia' is already a name of topic 'ukraine' (line 1); "
                "a tag belongs to one topic: remove it from one of them"
            ],
        ),
        (
            "ukraine: {name: {en: Ukraine}}\nrussia: {name: {en: Russia}, tags: [ukraine]}\n",
            [
                "2:37: tag 'ukraine' of topic 'russia' is already a name of topic 'ukraine' (line 1); "
                "a tag belongs to one topic: remove it from one of them"
            ],
        ),
        (
            "index: {name: {en: Index}}\n",
            ["1:1: topic id 'index' is the name of the list of topics (topics/index); choose another id"],
        ),
        (
            "Ukraine: {name: {en: Ukraine}}\n",
            ["1:1: topic id 'Ukraine': expected lowercase letters, digits and hyphens; did you mean 'ukraine'?"],
        ),
        ("ukraine: {tags: [ukraina]}\n", ["1:10: topic 'ukraine': missing required key 'name'"]),
        (
            "ukraine: {name: {en: Ukraine}, tag: [ukraina]}\n",
            ["1:32: unknown key 'tag' in topic 'ukraine'; expected one of: name, tags, description; did you mean 'tags'?"],
        ),
        (
            "ukraine: {name: {en: Ukraine, Indonesian: Ukraina}}\n",
            ["1:31: language code 'Indonesian': expected a language code such as 'id' or 'en'"],
        ),
        ("ukraine: {name: {en: }}\n", ["1:22: topic 'ukraine' name in 'en': expected text; found nothing"]),
    ],
)
def test_every_mistake_in_the_registry_is_located_and_says_the_fix(registry: str, expected: list[str]) -> None:
    _, problems = parse_topics("articles/topics.yml", registry)
    assert [str(p) for p in problems] == [f"articles/topics.yml:{message}" for message in expected]


def test_an_unreadable_registry_is_one_problem_not_one_per_tag() -> None:
    archive = _archive(FILES | {"articles/topics.yml": "ukraine: [unclosed\n"})
    assert len(archive.problems) == 1
    assert archive.problems[0].path == "articles/topics.yml"


def test_check_prints_the_warning_and_strict_fails_on_it(tmp_path: Path) -> None:
    write_files(tmp_path, FILES | {"articles/2024/2024-10-23-troops.yml": "language: en\ntags: [Ukrane]\n"})
    plain, strict = run_check(tmp_path), run_check(tmp_path, "--strict")
    warning = "articles/2024/2024-10-23-troops.yml:2:8: warning: topic 'Ukrane' is not in articles/topics.yml; did you mean"
    assert warning in plain.stdout + plain.stderr and plain.returncode == 0
    assert warning in strict.stdout + strict.stderr and strict.returncode == 1
    assert "Traceback" not in plain.stderr + strict.stderr


def test_the_real_archive_files_every_article_under_registered_topics_each_name_once() -> None:
    archive = load_archive(read_sources(REPO))
    assert [str(p) for p in archive.problems if p.path == "articles/topics.yml"] == []
    listings = [Listing.of(a) for a in archive.articles]
    assert all(article.topics for article in listings), [a.id for a in listings if not a.topics]
    assert all(topic.registered for article in listings for topic in article.topics)
    registry = yaml.safe_load((REPO / "articles/topics.yml").read_text(encoding="utf-8"))
    assert all(set(entry["name"]) == {"en", "id"} for entry in registry.values())
    names_of = {name: topic for topic, entry in registry.items() for name in entry.get("tags", [])}
    for indonesian, english in (("ukraina", "ukraine"), ("pandemi", "pandemic"), ("bola-basket", "basketball")):
        assert names_of.get(indonesian, indonesian) == names_of.get(english, english)
    counts = [len(articles) for _, articles in filed(listings)]
    assert sum(1 for n in counts if n > 1) > len(counts) * 3 // 4
