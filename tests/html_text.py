"""What a reader sees in built HTML: paragraph texts and links, with footnote numbers left out."""

from __future__ import annotations

from html.parser import HTMLParser


class _Paragraphs(HTMLParser):
    def __init__(self, container_class: str) -> None:
        super().__init__(convert_charrefs=True)
        self.container_class = container_class
        self.depth = 0
        self.in_p = False
        self.in_sup = 0
        self.current: list[str] = []
        self.paragraphs: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "article" and self.container_class in classes:
            self.depth = 1
        elif self.depth:
            self.tags.append((tag, dict(attrs)))
            if tag == "article":
                self.depth += 1
            if tag == "p":
                self.in_p, self.current = True, []
            if tag == "sup":
                self.in_sup += 1

    def handle_endtag(self, tag: str) -> None:
        if not self.depth:
            return
        if tag == "article":
            self.depth -= 1
        elif tag == "p" and self.in_p:
            self.paragraphs.append("".join(self.current))
            self.in_p = False
        elif tag == "sup":
            self.in_sup -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and self.in_p and not self.in_sup:
            self.current.append(data)


def article_paragraphs(html: str) -> list[str]:
    parser = _Paragraphs("news-article")
    parser.feed(html)
    return parser.paragraphs


def article_tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Paragraphs("news-article")
    parser.feed(html)
    return parser.tags
