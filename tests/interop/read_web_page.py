"""An independent reader of Almanac's shared web page, for the interoperability tests.

Parses the page with Python's own HTML parser and prints JSON: the language and title,
every element that would load something (a script, a stylesheet or image by address, a
frame), every address outside the page, the headings, and per day of each month's grid
the count it states, the titles it lists (those folded behind "+N more" too, as a reader
who opens it sees them) and what its "+N more" says.
"""

import json
import re
import sys
from html.parser import HTMLParser


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.title = ""
        self.loads = []
        self.addresses = []
        self.headings = []
        self.days = []
        self.stack = []
        self.text = ""
        # The text directly inside a day's line: the item's title (the time and the
        # channel are in spans of their own).
        self.line = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag in ("script", "iframe", "object", "embed", "img", "link", "video", "audio", "source"):
            self.loads.append(tag)
        for name in ("src", "href", "srcset", "action", "data"):
            if attrs.get(name):
                self.addresses.append(attrs[name])
        if re.search(r"url\s*\(", attrs.get("style") or ""):
            self.addresses.append(attrs["style"])
        if tag == "td" and "empty" not in (attrs.get("class") or ""):
            self.days.append({"date": "", "count": "", "titles": [], "folded": 0, "more": ""})
        if tag == "li":
            self.line = ""
        self.stack.append((tag, attrs.get("class") or ""))
        self.text = ""

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, cls = self.stack.pop()
            if open_tag == tag:
                break
        text = self.text.strip()
        if tag == "title":
            self.title = text
        elif tag in ("h1", "h2"):
            self.headings.append(text)
        elif self.days and tag == "span" and cls == "date":
            self.days[-1]["date"] = text
        elif self.days and tag == "span" and cls == "count":
            self.days[-1]["count"] = text
        elif self.days and tag == "summary":
            self.days[-1]["more"] = text
        elif self.days and tag == "li" and any(t == "td" for t, _ in self.stack):
            self.days[-1]["titles"].append(self.line.strip())
            if any(t == "details" for t, _ in self.stack):
                self.days[-1]["folded"] += 1

    def handle_data(self, data):
        self.text += data
        if self.stack and self.stack[-1][0] == "li":
            self.line += data


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        html = f.read()
    page = Page()
    page.feed(html)
    page.close()
    outside = [a for a in page.addresses if re.match(r"^\s*(https?:|//|data:|file:|javascript:)", a) or "url(" in a]
    css_imports = re.findall(r"@import|url\s*\(", html)
    print(json.dumps({
        "lang": page.lang,
        "title": page.title,
        "loads": page.loads,
        "outside": outside + css_imports,
        "headings": page.headings,
        "days": page.days,
    }))


if __name__ == "__main__":
    main()
