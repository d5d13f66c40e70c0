"""HTML: the policy's main text, one block (paragraph, heading, list item, table cell) per line.

A walk over lxml's tree rather than a main-content extractor: trafilatura (tried) puts a whole
table row on one line with `|` between the cells and prefixes list items with "- ", and on
short pages without a `<main>` it may drop real paragraphs. A policy page is simple enough:
take `<main>` (or the one `<article>`, or `<body>`), drop scripts, styles, navigation, the
site's header and footer, cookie banners and consent dialogs, hidden elements, and end a line
at every block element. Headings (`h1`–`h6`) are marked as such; list items get the bullet or
number a browser shows ("• ", "3. ").
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from policylens.core.document import Document
from policylens.core.encoding import Decoded
from policylens.core.errors import LoadError
from policylens.core.limits import MAX_HTML_DEPTH, check_html_size
from policylens.core.loaders.text import MAX_TITLE_CHARS, normalize_newlines

_BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset "
    "figcaption figure footer h1 h2 h3 h4 h5 h6 header hr legend li main ol p pre section "
    "summary table tbody td tfoot th thead tr ul".split()
)
_DROPPED = frozenset(
    "script style noscript template svg math nav iframe object embed canvas select button "
    "input textarea audio video map head title meta link".split()
)
# Page furniture: dropped unless it belongs to the content (an article's own header).
_FURNITURE = frozenset({"header", "footer", "aside"})
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary"})
_CONTENT = frozenset({"main", "article"})
_SPACE = re.compile(r"[ \t\n\r\f]+")
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Cookie banners and consent pop-ups (their own ids and classes, and the common consent
# managers'). A policy's own sections are called "cookies", "consent" or "gdpr", without
# the banner words, and stay.
_BANNER = re.compile(
    r"(?:cookie|consent|gdpr)[-_ ]?(?:banner|consent|notice|bar|popup|law|dialog|message|"
    r"warning|manager|modal|overlay)|onetrust|cookiebot|cookielaw|cc-(?:window|banner)|"
    r"didomi|qc-cmp",
    re.IGNORECASE,
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def load_html(data: bytes, detected: Decoded, path: Path) -> Document:
    decoded = _decode_declared(data) or detected
    markup = _XML_DECLARATION.sub("", normalize_newlines(decoded.text), count=1)
    check_html_size(markup, path.name)
    # huge_tree: libxml2 otherwise stops at depth 256 and silently drops the rest of the page.
    parser = lxml_html.HTMLParser(huge_tree=True)
    try:
        tree = lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise LoadError(f"{path.name} is not readable HTML: {error}.") from error
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log):
        # Still too deep (or too large): refuse rather than show a page cut short.
        raise LoadError(
            f"{path.name} nests its elements deeper than {MAX_HTML_DEPTH} levels, so it cannot "
            "be read to its end. Save the page's text and open that."
        )
    root = _content_root(tree)
    headings: list[int] = []
    lines = html_lines(root, headings)
    if not lines and root is not tree:
        root = tree
        headings.clear()
        lines = html_lines(tree, headings)
    if not lines:
        raise LoadError(f"{path.name} is a web page without readable text.")
    text = "\n".join(lines)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return Document.from_text(
        text,
        title=_title(tree, root) or path.stem,
        format="html",
        source_path=str(path),
        encoding=decoded.encoding,
        headings=[starts[i] for i in headings],
        warnings=decoded.warnings(),
    )


def _decode_declared(data: bytes) -> Decoded | None:
    """The charset the page declares in a `<meta>`, when it decodes the page."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # a BOM beats a declaration (HTML standard); `decode` honours it
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        encoding = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    # The HTML standard reads latin-1 and ASCII labels as windows-1252.
    if encoding in ("latin-1", "iso8859-1", "ascii"):
        encoding = "cp1252"
    if encoding.startswith("utf-16"):
        return None  # an ASCII-compatible page cannot truly be UTF-16
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        return None


def _content_root(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    for query in ("//main", "//*[@role='main']"):
        found = tree.xpath(query)
        if found:
            return found[0]  # type: ignore[no-any-return]
    articles = tree.xpath("//article")
    if len(articles) == 1:
        return articles[0]  # type: ignore[no-any-return]
    body = tree.find("body")
    return tree if body is None else body


def _is_dropped(element: etree._Element, root: etree._Element) -> bool:
    tag = element.tag
    if not isinstance(tag, str):  # comments, processing instructions
        return True
    tag = tag.lower()
    if tag in _DROPPED:
        return True
    attrib = element.attrib
    if "hidden" in attrib or attrib.get("aria-hidden") == "true":
        return True
    if "display:none" in attrib.get("style", "").replace(" ", "").lower():
        return True
    role = attrib.get("role", "").lower()
    if role in ("dialog", "alertdialog") or _BANNER.search(
        f"{attrib.get('id', '')} {attrib.get('class', '')} {attrib.get('aria-label', '')}"
    ):
        return True
    if tag in _FURNITURE or role in _FURNITURE_ROLES:
        # Inside the chosen content, a header is the article's own (its title), not the site's.
        if root.tag in _CONTENT or role == "navigation":
            return role in ("navigation", "search")
        return not any(
            isinstance(a.tag, str) and a.tag.lower() in _CONTENT for a in element.iterancestors()
        )
    return False


def html_lines(root: etree._Element, headings: list[int] | None = None) -> list[str]:
    """The text of `root`, one line per block element, white space collapsed as a browser does.
    The numbers of the lines that are headings go to `headings`."""
    lines: list[str] = []
    buffer: list[str] = []
    pre_depth = 0
    heading_depth = 0
    skipped: set[etree._Element] = set()
    item_numbers: dict[etree._Element, int] = {}

    def flush() -> None:
        if not buffer:
            return
        joined = "".join(buffer)
        buffer.clear()
        if pre_depth:
            lines.extend(line.strip() for line in joined.split("\n") if line.strip())
        else:
            line = _SPACE.sub(" ", joined).strip()
            if line and line not in ("•", "◦") and not _MARKER_ONLY.match(line):
                if heading_depth and headings is not None:
                    headings.append(len(lines))
                lines.append(line)

    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event in ("comment", "pi"):
            if element.tail:  # the text after a comment belongs to its parent
                buffer.append(element.tail)
        elif event == "start":
            if element is not root and _is_dropped(element, root):
                skipped.add(element)
                walker.skip_subtree()
                continue
            if tag in _BLOCKS or tag == "br":
                flush()
            if tag == "pre":
                pre_depth += 1
            if tag in _HEADINGS:
                heading_depth += 1
            if tag == "li":
                buffer.append(_list_marker(element, item_numbers))
            if element.text:
                buffer.append(element.text)
        else:
            if element in skipped:
                skipped.discard(element)
            elif tag in _BLOCKS:
                flush()
                if tag == "pre":
                    pre_depth -= 1
                if tag in _HEADINGS:
                    heading_depth -= 1
            if element.tail and element is not root:
                buffer.append(element.tail)
    flush()
    return lines


_MARKER_ONLY = re.compile(r"^(?:\d{1,4}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\.$")


def _list_marker(item: etree._Element, numbers: dict[etree._Element, int]) -> str:
    """What a browser draws before a list item: a bullet, or the item's number in an `<ol>`."""
    parent = item.getparent()
    if parent is None or not isinstance(parent.tag, str) or parent.tag.lower() != "ol":
        return "• "
    if "value" in item.attrib and item.attrib["value"].strip().lstrip("-").isdigit():
        numbers[parent] = int(item.attrib["value"])
    elif parent in numbers:
        numbers[parent] += 1
    else:
        start = parent.attrib.get("start", "1").strip()
        numbers[parent] = int(start) if start.lstrip("-").isdigit() else 1
    kind = parent.attrib.get("type", "1")
    value = numbers[parent]
    if kind in ("a", "A") and 0 < value <= 26:
        return f"{chr(ord(kind) + value - 1)}. "
    return f"{value}. "


def _element_text(element: etree._Element) -> str:
    return _SPACE.sub(" ", element.text_content()).strip()


def _title(tree: lxml_html.HtmlElement, root: etree._Element) -> str | None:
    for candidates in (root.iter("h1"), tree.iter("title"), tree.iter("h1")):
        for element in candidates:
            text = _element_text(element)
            if text:
                return text[:MAX_TITLE_CHARS]
    return None
