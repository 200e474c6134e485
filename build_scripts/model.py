"""Typed data passed between the pipeline's stages.

Every stage is a pure function from these values to these values; only the
CLI and the MkDocs hook read or write files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from build_scripts.sentences import around


@dataclass(frozen=True)
class Problem:
    """Something a contributor has to fix, located in one of their files."""

    path: str
    """Path as the contributor would type it, relative to the project root."""
    line: int
    """1-based line number."""
    column: int
    """1-based column number."""
    message: str
    """What was expected, what was found, and the likely fix."""
    warning: bool = False
    """Publishable but not yet right (an unconfirmed proposal); `check --strict` and `mkdocs build --strict` fail on it."""

    def __str__(self) -> str:
        """One line, whatever the file's name or the text quoted: a line break in either could start a
        line that a CI system reads as a command (GitHub's `::error file=…`)."""
        kind = "warning: " if self.warning else ""
        return f"{_one_line(self.path)}:{self.line}:{self.column}: {kind}{_one_line(self.message)}"


def _one_line(text: str) -> str:
    """Unprintable characters written as Python escapes (`\\n`, `\\u202e`); printable text as it is."""
    return text if text.isprintable() else "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


@dataclass(frozen=True)
class Located:
    """Where a value sits in a YAML file, so a problem about it can say so."""

    line: int
    column: int


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of raw text, with where it starts in the source file."""

    text: str
    """The paragraph's text: its lines joined by single newlines, each line stripped."""
    line: int
    """1-based line of the paragraph's first line in the raw file."""
    column: int = 1
    """1-based column where it starts: a trailer printed after the story on its last line ("… kata dia. (mdk/ded)")."""


@dataclass(frozen=True)
class Credit:
    """One person credited for the story, as parsed or as annotated."""

    name: str
    """The name as printed ("Baldor", "Kim Tong-hyung")."""
    role: str
    """What they did: "reported", "wrote", "contributed"."""
    city: str | None = None
    """Where they worked from ("Kiev, Ukraina"), when the credit says."""
    person: str | None = None
    """Id in people.yml, when the name is known there."""
    at: Located | None = field(default=None, compare=False)
    """Where the credit was written, when it came from a YAML file."""
    initials: bool = False
    """The name is initials as printed ("mdk"): an editor has to name the journalist."""


@dataclass(frozen=True)
class SourceTrailer:
    """The `Source:` / `Sumber:` paragraph that ends many wire and wiki texts."""

    label: str
    """The word the trailer starts with, as printed ("Source", "Sumber")."""
    text: str
    """Everything after the label and its colon; may be empty ("Sumber" alone)."""
    line: int


@dataclass(frozen=True)
class RawArticle:
    """An article's text as received, split into its parts and nothing more."""

    path: str
    title: str
    title_line: int
    body: tuple[Paragraph, ...]
    """The story's paragraphs: before the `___` separator, without the trailer's lines."""
    trailer: tuple[Paragraph, ...]
    """Everything else, in the order printed, but the source trailer: the credit, copyright and correction lines
    after `___` or ending the text, and the "Baca juga" / "Read more" lines wherever they stand."""
    source: SourceTrailer | None


@dataclass(frozen=True)
class Person:
    """An entry of people.yml: a speaker, a journalist, or an organisation that speaks or issues documents."""

    id: str
    name: str
    description: str | None = None
    url: str | None = None
    aliases: tuple[str, ...] = ()
    """Other ways the name is printed ("Baldor" for "Lolita C. Baldor")."""
    kind: str = "person"
    """"person" or "organisation": a government body, agency, company or team is cited, never a person."""


@dataclass(frozen=True)
class Topic:
    """An entry of topics.yml: one topic whatever the language of the articles filed under it.

    Annotation files name a topic in their own language (`ukraina`, `ukraine`); the registry makes one topic,
    with one page, of all its names. A name the registry does not know is a topic of its own, shown as written.
    """

    id: str
    """Lowercase letters, digits and hyphens: its page and feed are named after it."""
    names: tuple[tuple[str, str], ...]
    """(language, display name), in the registry's order: ("en", "Ukraine"), ("id", "Ukraina")."""
    descriptions: tuple[tuple[str, str], ...] = ()
    """(language, a sentence or two saying what the topic covers): its page shows the one in the page's language."""
    registered: bool = True
    """False for an annotation's name the registry does not know (a warning says so)."""

    def name(self, language: str) -> str:
        """The display name in `language` ("id-ID" reads "id"), else the registry's first."""
        return _in_language(self.names, language) or self.names[0][1]


def _in_language(texts: tuple[tuple[str, str], ...], language: str) -> str | None:
    base = language.split("-")[0].lower()
    return next((shown for code, shown in texts if code == language), None) or next(
        (shown for code, shown in texts if code == base), None
    )


@dataclass(frozen=True)
class UnnamedSource:
    """A source the article does not name, described as the article describes it."""

    description: str
    """"pejabat senior AS", "a senior U.S. official"."""
    affiliation: str | None = None
    reason: str | None = None
    """The reason for anonymity the article states ("not authorised to speak publicly")."""


@dataclass(frozen=True)
class DocumentSource:
    """A report, statement or set of figures the article cites, and who issued it when registered."""

    description: str
    """As the article names it: "laporan", "data BMKG", "a statement"."""
    issuer: str | None = None
    """Registry id of the person or organisation that issued it."""
    issuer_at: Located | None = field(default=None, compare=False)
    """Where the issuer was written: two citations of one document are the same source wherever they stand."""


@dataclass(frozen=True)
class Attribution:
    """A passage the article attributes to a source: a direct quote, or a claim in reported speech."""

    text: str
    """The quoted words, or the reported claim, as the article prints them."""
    kind: str
    """"quote" or "claim"."""
    at: Located
    """Position of the `quote:` or `claim:` value in the YAML file."""
    speaker: str | None = None
    """Registry id of the person or organisation speaking; None for an unnamed source or a document."""
    speaker_at: Located | None = None
    unnamed: UnnamedSource | None = None
    document: DocumentSource | None = None
    cue: str | None = None
    """How the article reports it: "mengatakan bahwa", "according to"."""
    role: str | None = None
    context: str | None = None
    date: dt.date | None = None
    source: str | None = None
    """A link where the words can be checked."""
    occurrence: int | None = None
    confirmed: bool = True
    """False while the source is a scaffold's proposal an editor has not checked."""

    @property
    def registered(self) -> str | None:
        """The registry id standing behind the passage: the speaker, or the document's issuer."""
        return self.speaker if self.speaker is not None else self.document.issuer if self.document else None


@dataclass(frozen=True)
class NoteAnnotation:
    text: str
    note: str
    kind: str
    """One of "correction", "translation", "context"."""
    at: Located
    occurrence: int | None = None


@dataclass(frozen=True)
class SourceInfo:
    publisher: str | None = None
    url: str | None = None
    licence: str | None = None
    licence_url: str | None = None


@dataclass(frozen=True)
class OriginalInfo:
    """For a translation: the article it was translated from."""

    language: str | None = None
    url: str | None = None
    title: str | None = None
    article: str | None = None
    """Id (file stem) of the original when it is in this archive."""
    article_at: Located | None = None


@dataclass(frozen=True)
class Annotations:
    """Everything an annotation file says about its article."""

    language: str | None = None
    source: SourceInfo | None = None
    original: OriginalInfo | None = None
    tags: tuple[str, ...] = ()
    """The topics' names as the annotation file writes them, in the article's language; topics.yml resolves them."""
    tags_at: tuple[Located, ...] = field(default=(), compare=False)
    """Where each of `tags` is written."""
    byline: tuple[Credit, ...] = ()
    contributors: tuple[Credit, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    """Quotes, then claims, in the file's order."""
    notes: tuple[NoteAnnotation, ...] = ()


@dataclass(frozen=True)
class Span:
    """A half-open character range inside one body paragraph's text."""

    paragraph: int
    """0-based index into RawArticle.body."""
    start: int
    end: int


@dataclass(frozen=True)
class AnchoredAttribution:
    annotation: Attribution
    span: Span


@dataclass(frozen=True)
class AnchoredNote:
    annotation: NoteAnnotation
    span: Span


@dataclass(frozen=True)
class Dateline:
    """Where and when the article says it was filed, as its opening prints it ("NAIROBI, Nov 18 (Reuters) -")."""

    text: str
    """The dateline as printed; the named day ("Selasa (14/1/2025)") when the article opens with none."""
    city: str | None
    """As a reader writes it: "Jakarta" for "JAKARTA", "Port-au-Prince" for "PORT-AU-PRINCE"; mixed case as printed."""
    date: dt.date | None
    """Only when a year is printed with the day."""
    month: int | None
    """With `day`, when a day is printed without its year; None when `date` is known."""
    day: int | None
    date_text: str | None = None
    """The printed words `date` (or `month` and `day`) were read from."""


@dataclass(frozen=True)
class Article:
    """A raw article with its annotations resolved: ready to render."""

    id: str
    """File stem: `YYYY-MM-DD-slug`."""
    date: dt.date
    slug: str
    raw: RawArticle
    language: str
    annotations: Annotations
    credits: tuple[Credit, ...]
    """Byline and contributors, from the YAML when given there, else parsed."""
    credits_parsed: bool
    """False when a credit line was in a form the parser does not know (a warning says which)."""
    attributions: tuple[AnchoredAttribution, ...] = ()
    """In reading order: the n-th has the page's attribution anchor n."""
    notes: tuple[AnchoredNote, ...] = ()
    translations: tuple[str, ...] = field(default=())
    """Ids of articles in this archive that are translations of this one."""
    dateline: Dateline | None = None
    """The city (shown in the header) and date its opening gives."""
    topics: tuple[Topic, ...] = ()
    """The topics its `tags` name, resolved through topics.yml, each once, in the order first named."""


class ListedNote(NamedTuple):
    kind: str
    """One of "correction", "translation", "context"."""
    note: str


class ListedAttribution(NamedTuple):
    """An attribution as a source's page and the lists show it: in its sentence, with the notes that touch it."""

    source: str | None
    """The registry id standing behind it (`Attribution.registered`)."""
    origin: str
    """"speaker", "unnamed" or "document": which of the annotation's sources it has."""
    described: str | None
    """An unnamed source's or a document's description, as the article gives it."""
    kind: str
    role: str | None
    date: dt.date | None
    """When it was said, if the annotation says."""
    before: str
    """The rest of its sentence before it, bounded (`sentences.around`)."""
    passage: str
    """The passage as the article prints it."""
    after: str
    notes: tuple[ListedNote, ...]
    """Every editorial note anchored on or overlapping the passage, in reading order."""

    @staticmethod
    def of(anchored: AnchoredAttribution, raw: RawArticle, notes: tuple[AnchoredNote, ...]) -> ListedAttribution:
        a, span = anchored.annotation, anchored.span
        paragraph = raw.body[span.paragraph].text
        before, after = around(paragraph, span.start, span.end)
        origin, described = (
            ("unnamed", a.unnamed.description)
            if a.unnamed
            else ("document", a.document.description)
            if a.document
            else ("speaker", None)
        )
        touching = tuple(
            ListedNote(n.annotation.kind, n.annotation.note)
            for n in notes
            if n.span.paragraph == span.paragraph and n.span.start < span.end and span.start < n.span.end
        )
        passage = " ".join(paragraph[span.start : span.end].split())
        return ListedAttribution(a.registered, origin, described, a.kind, a.role, a.date, before, passage, after, touching)


class ListedCredit(NamedTuple):
    name: str
    role: str
    city: str | None
    person: str | None


@dataclass(frozen=True)
class Listing:
    """An article as the lists, the feeds and the home page show it.

    Small on purpose: a build's second process sends its articles' listings, pickled, to the process that makes
    the lists, and pickling whole articles would cost several times as much. So each attribution carries its own
    bounded sentence, worked out here where the paragraph is at hand, rather than the paragraphs it lies in.
    """

    id: str
    date: dt.date
    language: str
    title: str
    first_paragraph: str | None
    topics: tuple[Topic, ...]
    publisher: str | None
    """The source's publisher, if the annotations name one."""
    credits: tuple[ListedCredit, ...]
    attributions: tuple[ListedAttribution, ...]
    """Every anchored attribution, in the article's numbering (the n-th has the page's anchor n)."""
    original: str | None = None
    """The id of the article this one translates, when the annotations name it."""

    @staticmethod
    def of(article: Article) -> Listing:
        source = article.annotations.source
        return Listing(
            article.id,
            article.date,
            article.language,
            article.raw.title,
            article.raw.body[0].text if article.raw.body else None,
            article.topics,
            source.publisher if source else None,
            tuple(ListedCredit(c.name, c.role, c.city, c.person) for c in article.credits),
            tuple(ListedAttribution.of(a, article.raw, article.notes) for a in article.attributions),
            article.annotations.original.article if article.annotations.original else None,
        )
