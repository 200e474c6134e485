"""The topics: one page per topic, whatever the language of its articles, and the index of topics.

A topic's page is a page of the site, so it is in the site's language: its name and description in that
language, its articles in theirs. From it a reader goes on to the topics on either side, alphabetically, or
back to the index, never to a dead end.
"""

from __future__ import annotations

from collections.abc import Sequence

from build_scripts import site_paths
from build_scripts.model import Listing, Topic
from build_scripts.render.breadcrumbs import breadcrumbs
from build_scripts.render.escaping import anchor, element, page_url, text
from build_scripts.render.labels import label, language_name
from build_scripts.render.list_pages import stories
from build_scripts.render.page_blocks import Block, PageSource
from build_scripts.render.pagination import LANGUAGE, bullets, page, paginated, paragraph, story_item


def topic_title(topic: Topic, language: str = LANGUAGE) -> str:
    """The title of the topic's page and of its feed ("Topic: Ukraine")."""
    return label(language, "topic.title").format(name=topic.name(language))


def count(n: int, language: str = LANGUAGE) -> str:
    return label(language, f"topic.count.{'one' if n == 1 else 'other'}").format(n=n)


def filed(articles: Sequence[Listing]) -> list[tuple[Topic, list[Listing]]]:
    """Each topic with its articles (in `articles`' order), topics sorted by their name in the site's language."""
    by_id: dict[str, tuple[Topic, list[Listing]]] = {}
    for article in articles:
        for topic in article.topics:
            by_id.setdefault(topic.id, (topic, []))[1].append(article)
    return sorted(by_id.values(), key=lambda entry: (entry[0].name(LANGUAGE).casefold(), entry[0].id))


def _shown(value: str, language: str) -> str:
    """Registry text in the page's language as it is; in another, marked as that language."""
    return text(value) if language == LANGUAGE else element("span", text(value), {"lang": language})


def description(topic: Topic) -> tuple[str, str] | None:
    """(language, text) of the description its page shows: the site's language's, or the first the registry gives."""
    first = topic.descriptions[0] if topic.descriptions else None
    return next(((code, value) for code, value in topic.descriptions if code == LANGUAGE), first)


def other_names(topic: Topic) -> list[tuple[str, str]]:
    """(language, name) of its names that differ from the one its page is titled with."""
    title = topic.name(LANGUAGE)
    return [(code, name) for code, name in topic.names if code != LANGUAGE and name != title]


def _description(topic: Topic) -> list[Block]:
    """The description, and the topic's names in the other languages: what a reader searched for, in whichever
    language, is on the page the search leads to."""
    described = description(topic)
    lines = paragraph(_shown(described[1], described[0]), "topic-description") if described else []
    names = [f"{_shown(name, code)} ({text(language_name(code, LANGUAGE))})" for code, name in other_names(topic)]
    if names:
        lines += paragraph(f"{text(label(LANGUAGE, 'topic.other_names'))} {', '.join(names)}", "topic-names")
    return lines


def _neighbours(here: str, before: Topic | None, after: Topic | None) -> list[Block]:
    links = []
    if before is not None:
        shown = label(LANGUAGE, "topic.previous").format(name=before.name(LANGUAGE))
        links.append(anchor(shown, page_url(here, site_paths.topic_page(before.id)), {"rel": "prev"}))
    links.append(anchor(label(LANGUAGE, "topic.all"), page_url(here, site_paths.TOPICS_INDEX)))
    if after is not None:
        shown = label(LANGUAGE, "topic.next").format(name=after.name(LANGUAGE))
        links.append(anchor(shown, page_url(here, site_paths.topic_page(after.id)), {"rel": "next"}))
    return paragraph(" · ".join(links), "topic-neighbours")


def topic_pages(articles: Sequence[Listing]) -> dict[str, PageSource]:
    """The index of topics, with how many articles each holds, and each topic's pages of articles, newest first."""
    topics = filed(articles)
    index = site_paths.TOPICS_INDEX
    lines = [
        f"<li>{anchor(topic.name(LANGUAGE), page_url(index, site_paths.topic_page(topic.id)))}: {count(len(items))}</li>"
        for topic, items in topics
    ]
    intro = paragraph(text(label(LANGUAGE, "topic.intro")))
    listed = bullets(lines) or paragraph(text(label(LANGUAGE, "topic.none")))
    home = ((label(LANGUAGE, "list.home"), site_paths.HOME),)
    pages = {
        index: page(
            label(LANGUAGE, "topic.topics"),
            [*intro, *listed],
            top=breadcrumbs(index, home, LANGUAGE, label(LANGUAGE, "topic.topics")),
        )
    }
    trail = (*home, (label(LANGUAGE, "topic.topics"), index))
    for number, (topic, items) in enumerate(topics):
        here = site_paths.topic_page(topic.id)
        feed = site_paths.feed_file("topics", topic.id)
        before = topics[number - 1][0] if number > 0 else None
        after = topics[number + 1][0] if number + 1 < len(topics) else None
        follow = anchor(label(LANGUAGE, "topic.feed"), page_url(here, feed), {"type": "application/atom+xml"})
        shown_intro = [*_description(topic), *paragraph(f"{count(len(items))} · {follow}"), *_neighbours(here, before, after)]
        grouped = [tuple(versions) for versions in stories(items)]
        pages |= paginated(here, topic_title(topic), grouped, story_item, shown_intro, feed=feed, trail=trail)
    return pages
