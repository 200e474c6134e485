"""The topic registry, articles/topics.yml: YAML in, topics and problems out; an article's tags resolved to topics.

Annotation files name topics in their own language (`tags: [ukraina]`), as contributors write them. Left as
free text, one topic splits into a page per language and per spelling; the registry makes one topic of all
its names. What the file may say is written once, in `schemas/topics.schema.json`.

With a registry, a name it does not know is a warning, not an error: the article is publishable, and its topic is
shown as written on a page of its own, so nothing the contributor wrote is lost; `check --strict` (CI) holds
the archive to registering it, with the closest registered name as the likely fix.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field

from build_scripts.model import Annotations, Located, Problem, Topic
from build_scripts.read.located_yaml import Pointer, collection_paused, compose, located
from build_scripts.read.schema_check import Checked, Schema
from build_scripts.site_paths import RESERVED, topic_slug

TOPICS_FILE = "articles/topics.yml"
MAX_TOPICS_BYTES = 1_000_000


def _topic_what(at: Pointer) -> str:
    match at:
        case ():
            return "topic registry"
        case (topic,):
            return f"topic {topic!r}"
        case (topic, "name" | "description" as key, str() as language, *_):
            return f"topic {topic!r} {key} in {language!r}"
        case (topic, key, *_):
            return f"topic {topic!r} {key!r}"
    raise AssertionError(at)


TOPICS_SCHEMA = Schema("topics", _topic_what)


@dataclass(frozen=True)
class TopicRegistry:
    """The registered topics and every name that files an article under one of them."""

    topics: Mapping[str, Topic] = field(default_factory=dict)
    """By id, in the file's order."""
    names: Mapping[str, str] = field(default_factory=dict)
    """Each name folded (`topic_slug`), the ids included, to its topic's id."""
    written: Mapping[str, str] = field(default_factory=dict)
    """Each folded name to the name as the registry writes it, for a "did you mean"."""
    in_force: bool = False
    """Whether there is a registry to hold tags to. An archive without topics.yml files each tag as a topic of
    its own, silently; one whose topics.yml cannot be read has that problem reported, not every tag."""


def _per_language(doc: Checked, *at: str | int) -> tuple[tuple[str, str], ...]:
    return tuple((str(language), shown) for language, shown in doc.fields(*at).items() if shown is not None)


def parse_topics(path: str, text: str) -> tuple[TopicRegistry, list[Problem]]:
    """The registry; a topic with a problem in its id or its name is left out, a tag with a problem is not a name."""
    with collection_paused():
        return _parse(path, text)


def _parse(path: str, text: str) -> tuple[TopicRegistry, list[Problem]]:
    document, problems = compose(path, text)
    if document is None:
        return TopicRegistry(), problems
    doc = TOPICS_SCHEMA.check(path, document)
    problems += doc.problems
    topics: dict[str, Topic] = {}
    names: dict[str, str] = {}
    written: dict[str, str] = {}
    where: dict[str, Located] = {}

    def claim(name: str, topic_id: str, at: Located) -> None:
        folded = topic_slug(name)
        owner = names.get(folded)
        if owner is not None and owner != topic_id:
            first = where[folded]
            message = (
                f"tag {name!r} of topic {topic_id!r} is already a name of topic {owner!r} (line {first.line}); "
                "a tag belongs to one topic: remove it from one of them"
            )
            problems.append(Problem(path, at.line, at.column, message))
            return
        names.setdefault(folded, topic_id)
        written.setdefault(folded, name)
        where.setdefault(folded, at)

    entries = [at for at in doc.items() if doc.fields(*at, "name")]
    for at in entries:
        topic_id = str(at[0])
        key = located(doc.document.keys[at])
        if topic_id in RESERVED:
            message = f"topic id {topic_id!r} is the name of the list of topics (topics/{topic_id}); choose another id"
            problems.append(Problem(path, key.line, key.column, message))
            continue
        topics[topic_id] = Topic(topic_id, _per_language(doc, *at, "name"), _per_language(doc, *at, "description"))
        claim(topic_id, topic_id, key)
    for at in entries:
        topic_id = str(at[0])
        if topic_id not in topics:
            continue
        tags = doc.get(*at, "tags")
        places = [(*at, "tags")] if isinstance(tags, str) else doc.items(*at, "tags")
        for place in places:
            claim(doc.get(*place), topic_id, doc.at(*place))
    problems.sort(key=lambda p: (p.line, p.column))
    return TopicRegistry(topics, names, written, in_force=True), problems


def resolve_topics(
    path: str, annotations: Annotations, language: str, registry: TopicRegistry
) -> tuple[tuple[Topic, ...], list[Problem]]:
    """The topics an article's tags name, each once, in the order first named; a name the registry does not
    know is a topic of its own, shown as written, with a warning at the tag (see the module's docstring)."""
    topics: dict[str, Topic] = {}
    problems = []
    places = annotations.tags_at or (Located(1, 1),) * len(annotations.tags)
    for tag, at in zip(annotations.tags, places, strict=True):
        folded = topic_slug(tag)
        topic_id = registry.names.get(folded)
        if topic_id is not None:
            topics.setdefault(topic_id, registry.topics[topic_id])
            continue
        topics.setdefault(folded, Topic(folded, ((language, tag),), registered=False))
        if registry.in_force:
            problems.append(Problem(path, at.line, at.column, _unknown(tag, registry), warning=True))
    return tuple(topics.values()), problems


def _unknown(tag: str, registry: TopicRegistry) -> str:
    close = difflib.get_close_matches(topic_slug(tag), list(registry.names), n=1, cutoff=0.75)
    fix = "add it to the tags of the topic it belongs to there, or add a topic for it"
    if close:
        fix = f"did you mean {registry.written[close[0]]!r} (topic {registry.names[close[0]]!r})? Otherwise {fix}"
    return f"topic {tag!r} is not in {TOPICS_FILE}; {fix}; until then it is shown as written, on a page of its own"
