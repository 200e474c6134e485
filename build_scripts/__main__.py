"""Command line: `check` validates the archive, `build --out DIR` writes the generated Markdown, `new` files articles."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import yaml

from build_scripts.build.pipeline import build_site
from build_scripts.build.publishing import write_tree
from build_scripts.build.site_files import as_files
from build_scripts.contribute.scaffold import date_argument, file_articles, slug_argument, year_argument
from build_scripts.model import Problem
from build_scripts.read.archive import load_archive
from build_scripts.read.files import read_sources
from build_scripts.site_config import SiteIdentity, read_site


def _github_annotation(problem: Problem) -> str:
    """A GitHub Actions workflow command: the problem appears on the pull request at its line."""

    def escaped(text: str, properties: bool = False) -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if properties else text

    level = "warning" if problem.warning else "error"
    where = f"file={escaped(problem.path, True)},line={problem.line},col={problem.column}"
    return f"::{level} {where},title=archive check::{escaped(problem.message)}"


def _printed(problems: tuple[Problem, ...], output_format: str = "text") -> tuple[Problem, ...]:
    for problem in problems:
        print(_github_annotation(problem) if output_format == "github" else problem)
    return problems


def _summary(problems: tuple[Problem, ...], articles: int, people: int) -> str:
    warnings = sum(p.warning for p in problems)
    count = len(problems) - warnings
    files = len({p.path for p in problems})
    found = f"{count} problem{'s' if count != 1 else ''}" if count or not warnings else ""
    if warnings:
        found += f"{' and ' if found else ''}{warnings} warning{'s' if warnings != 1 else ''}"
    found = f"{found} in {files} file{'s' if files != 1 else ''}" if problems else "no problems"
    return f"{articles} articles, {people} people: {found}"


def _failed(problems: tuple[Problem, ...], strict: bool) -> bool:
    return any(strict or not p.warning for p in problems)


def check(args: argparse.Namespace) -> int:
    archive = load_archive(read_sources(args.root))
    problems = _printed(archive.problems, args.format)
    print(_summary(problems, len(archive.articles), len(archive.people)), file=sys.stderr)
    return 1 if _failed(problems, args.strict) else 0


def _site_identity(root: Path, site_url: str | None) -> SiteIdentity:
    """The site's name and address from the project's `mkdocs.yml`: the one under `root`, else the one
    `mkdocs` itself would read (the current folder's), as when `root` holds only an archive."""
    config_file = root / "mkdocs.yml"
    identity = read_site(config_file if config_file.is_file() else Path("mkdocs.yml"))
    return dataclasses.replace(identity, url=site_url) if site_url else identity


def build(args: argparse.Namespace) -> int:
    # Made by `build_site`, as for the MkDocs site (on two cores), and written only if the archive has no problem.
    try:
        identity = _site_identity(args.root, args.site_url)
    except (OSError, ValueError, yaml.YAMLError) as error:
        print(f"the site's name and address: {error}; nothing written to {args.out}", file=sys.stderr)
        return 1
    site = build_site(read_sources(args.root), identity, terminal=sys.stderr)
    summary = _summary(_printed(site.problems), len(site.languages), site.people)
    out: Path = args.out
    if _failed(site.problems, strict=False):
        print(f"{summary}; nothing written to {out}", file=sys.stderr)
        return 1
    pages = as_files(site.files)
    refused = write_tree(out, pages)
    for problem in refused:
        print(problem)
    if refused:
        print(f"{summary}; nothing written to {out}", file=sys.stderr)
        return 1
    print(f"{summary}; wrote {len(pages)} files to {out}", file=sys.stderr)
    return 0


def new(args: argparse.Namespace) -> int:
    return file_articles(args.root, args.paths, args.date, args.slug, args.year)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=".venv/bin/python -m build_scripts", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path("."), help="project folder holding articles/ (default: .)")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    check_parser = commands.add_parser(
        "check",
        help="validate every article and annotation; print each problem as path:line:col: message",
        epilog="Example: .venv/bin/python -m build_scripts check",
    )
    check_parser.add_argument("--strict", action="store_true", help="fail on warnings too (unconfirmed proposals)")
    check_parser.add_argument(
        "--format",
        choices=("text", "github"),
        default="text",
        help="text: path:line:col: message (default); github: annotations on the pull request's lines in GitHub Actions",
    )
    check_parser.set_defaults(run=check)
    build_parser = commands.add_parser(
        "build",
        help="write the generated pages (Markdown), feeds and annotation exports to a folder, "
        "for inspection or another publisher",
        epilog="Example: .venv/bin/python -m build_scripts build --out /tmp/generated",
    )
    build_parser.add_argument("--out", type=Path, required=True, help="folder to write the pages into")
    build_parser.add_argument(
        "--site-url",
        help="the published site's address, for feeds and links (default: site_url in mkdocs.yml)",
    )
    build_parser.set_defaults(run=build)
    new_parser = commands.add_parser(
        "new",
        help="file raw articles under articles/<YYYY>/, each with its annotation file pre-filled with proposals to check",
        description="File each article as received, dated by its dateline, and write its annotation file beside it.\n"
        "An article that cannot be dated is listed and left unfiled; the others are filed.",
        epilog="Examples:\n"
        "  .venv/bin/python -m build_scripts new ~/Downloads/story.txt\n"
        "  .venv/bin/python -m build_scripts new ~/Downloads/backlog/ --year 2024\n"
        "  make new FILE=~/Downloads/story.txt ARGS='--date 2024-10-23 --slug korea-utara-kirim-tentara'",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    new_parser.add_argument(
        "paths",
        type=Path,
        nargs="+",
        metavar="PATH",
        help="an article as received (title line, paragraphs, credits), or a folder of them (its .txt files)",
    )
    new_parser.add_argument(
        "--date",
        type=date_argument,
        help="the date, YYYY-MM-DD, for every article given (default: its dateline's, or the day its text names; never today)",
    )
    new_parser.add_argument(
        "--year", type=year_argument, help="the year, YYYY, of a dateline that prints only the month and day (Nov 18)"
    )
    new_parser.add_argument(
        "--slug", type=slug_argument, help="the file name after the date, for one article (default: made from the title)"
    )
    new_parser.set_defaults(run=new)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
