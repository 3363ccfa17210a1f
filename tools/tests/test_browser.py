"""The book as a reader meets it: every page in headless Chromium, driven by Playwright.

These tests build the book themselves (`python tools/book/build.py`, into book/build, as `just book`
does) and serve it on a loopback port under its `site-url`, as GitHub Pages does. They check
what only a browser shows: that pages load with no console error and no failed request, that
mdBook's JavaScript adds a copy button (and no Run button) to every listing, that search finds
the right chapter, that the theme switcher works, that the book opened from disk
(file://) works too, and that axe-core finds no serious or critical accessibility fault on any
page at 1280 pixels or at a phone's 375 (`book/theme/accessibility.js` mends the two that
mdBook's template has). Each page is loaded once for all its checks. A screenshot of chapter 1
is left in book/build/screenshots/.

They need Debian's Chromium at /usr/bin/chromium (`sudo apt-get install chromium`; the
CHROMIUM environment variable names another). Without it they are skipped, saying the browser
checks were NOT run, and `just test` says so again at the end; with CI set, a missing browser
fails them instead. Every check is also shown failing on a deliberately broken book.
"""

from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tools.book import browser as book_browser
from tools.tests.bookcopy import ROOT, build_book, copy_book, replace_in

pytestmark = pytest.mark.browser

SCREENSHOTS = ROOT / "book" / "build" / "screenshots"
PAGES = re.findall(r"\]\(([^)#]+)\.md\)", (ROOT / "book" / "src" / "SUMMARY.md").read_text())
# A term that only one chapter's page has, and that page. A row is used once its page exists
# and SUMMARY.md lists it, so a chapter's row can be added before its page is written.
SEARCHES = [
    ("floor_divmod", "01-functions"),
    # Chapter 2 (classes): used only once book/src/02-classes.md exists and SUMMARY.md lists it.
    ("Counter", "02-classes"),
]
SEARCHES = [
    (term, page)
    for term, page in SEARCHES
    if (ROOT / f"book/src/{page}.md").is_file() and page in PAGES  # written, and in SUMMARY.md
]
# Deliberately broken pages, each with what the page check must say about it.
BROKEN_PAGES = {
    "console-error": ('<script>console.error("deliberate")</script>', "console error: deliberate"),
    "script-error": ('<script>throw new Error("deliberate")</script>', "page error: deliberate"),
    "missing-image": ('<img src="missing.png" alt="">', "HTTP 404: missing.png"),
    "wide-listing": (
        "\n```sh\necho" + " wide" * 40 + "\n```\n",
        "a listing wider than its box: echo" + " wide" * 11 + " ",
    ),
    "outside-request": (
        '<img src="https://example.invalid/x.png" alt="">',
        "request outside the book (blocked): https://example.invalid/x.png",
    ),
    "empty-code": ("<pre><code></code></pre>", "1 empty code block(s)"),
    "raw-directive": ("\\{{#include x.rs}}", "raw directive on the page: {{#include x.rs}}"),
    "empty-header": ("\n| | median |\n|---|---|\n| a | 1 |\n", "1 empty table header(s)"),
}


@pytest.fixture(scope="module", autouse=True)
def chromium():
    """The browser, or a skip (a failure when CI is set) saying the checks did not run."""
    reason = book_browser.browser_missing()
    if reason:
        if os.environ.get("CI", "").lower() not in ("", "0", "false"):
            pytest.fail(f"{reason}. CI is set, so a missing browser is a failure.", pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = book_browser.launch(playwright)
        yield browser
        browser.close()


def built_and_served(book: Path):
    done = build_book(book)
    assert done.returncode == 0, done.stdout + done.stderr
    return book_browser.serve(book / "build", book_browser.site_url(book / "book.toml"))


@pytest.fixture(scope="module")
def site():
    """The real book, built into book/build and served under its site-url."""
    with built_and_served(ROOT / "book") as url:
        yield url


# Deliberately inaccessible pages, each with the axe rule that must find it. A highlighted
# listing has thousands of token spans, and the contrast check takes one of each look per page
# (see `REPEATS`): a repeated token with a colour of its own must still be checked.
INACCESSIBLE_PAGES = {
    "own-colour": (
        '<pre><code class="nohighlight"><span class="hljs-keyword">let</span> '
        '<span class="hljs-keyword" style="color: #d0d0d0">let</span></code></pre>',
        "color-contrast",
    ),
}


@pytest.fixture(scope="module")
def broken_site(tmp_path_factory):
    """A copy of the book with one more page per deliberate breakage."""
    book = copy_book(tmp_path_factory.mktemp("broken"))
    summary = book / "src" / "SUMMARY.md"
    for name, (html, _) in {**BROKEN_PAGES, **INACCESSIBLE_PAGES}.items():
        (book / "src" / f"{name}.md").write_text(f"# {name}\n\nA broken page.\n\n{html}\n")
        # A new numbered chapter after the last one, before the unnumbered pages at the end.
        lines = summary.read_text().splitlines()
        last = max(n for n, line in enumerate(lines) if line.startswith("- ["))
        lines.insert(last + 1, f"- [{name}]({name}.md)")
        summary.write_text("\n".join(lines) + "\n")
    with built_and_served(book) as url:
        yield url


@pytest.fixture(scope="module")
def unmended_site(tmp_path_factory):
    """A copy of the book without theme/accessibility.js, as mdBook's template leaves it."""
    book = copy_book(tmp_path_factory.mktemp("unmended"))
    replace_in(book / "book.toml", 'additional-js = ["theme/accessibility.js"]', "")
    with built_and_served(book) as url:
        yield url


@pytest.fixture(scope="module")
def runnable_site(tmp_path_factory):
    """A copy of the book whose listings get a Run button and no copy button."""
    book = copy_book(tmp_path_factory.mktemp("runnable"))
    replace_in(book / "book.toml", "runnable = false", "runnable = true\ncopyable = false")
    with built_and_served(book) as url:
        yield url


class Visit:
    """A browser tab, and every error that the page it was last sent to caused on the way.

    One tab serves page after page: a page opened in a tab already open costs the machine a
    quarter of what a new tab costs (a new renderer process, started cold)."""

    def __init__(self, page) -> None:
        self.page = page
        self.problems: list[str] = []
        self.blocked: set[str] = set()
        page.on("console", self.console)
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        page.on("requestfailed", self.failed)
        page.on("response", self.response)

    def goto(self, url: str) -> Visit:
        # Leave the last page first, so that what its leaving cancels is not put on this one.
        self.page.goto("about:blank")
        self.problems.clear()
        self.blocked.clear()
        self.page.set_viewport_size(VIEWPORT)
        # A closed network: only the book's own requests (and file: and data: ones) go out,
        # so no Run button ever posts to play.rust-lang.org. The pattern is matched inside
        # the browser, so the book's own requests never wait for Python.
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
        outside = re.compile(f"^(?!{re.escape(origin)}/|file:|data:)")
        self.page.unroute_all()
        self.page.route(outside, self.refuse)
        self.page.goto(url)
        return self

    def refuse(self, route) -> None:
        url = route.request.url
        self.problems.append(f"request outside the book (blocked): {url}")
        self.blocked.add(url)
        route.abort()

    def console(self, message) -> None:
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.problems.append(f"console error: {message.text}")

    def failed(self, request) -> None:
        if request.url not in self.blocked:
            self.problems.append(f"request failed: {request.url} ({request.failure})")

    def response(self, response) -> None:
        if response.status >= 400:
            name = urlsplit(response.url).path.rsplit("/", 1)[-1]
            self.problems.append(f"HTTP {response.status}: {name}")


VIEWPORT = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def shared_context(chromium):
    context = chromium.new_context(viewport=VIEWPORT)
    yield context
    context.close()


@pytest.fixture(scope="module")
def tabs(shared_context):
    """Two tabs: one for the real book's pages, one for every other test's."""
    pages = [shared_context.new_page(), shared_context.new_page()]
    yield [Visit(page) for page in pages]
    for page in pages:
        page.close()


@pytest.fixture(scope="module", params=PAGES)
def book_page(request, site, tabs) -> Visit:
    """Each page of the real book, loaded once for all the checks of it: pytest runs the
    tests that take one value of a module fixture's parameter one after another."""
    return tabs[0].goto(f"{site}{request.param}.html")


@pytest.fixture
def open_page(chromium, tabs):
    """Opens a page in the shared tab, or in a `fresh` browser context of its own: a test
    that picks a theme (which mdBook keeps in localStorage) needs one, or the next page
    would start in that theme."""
    opened = []

    def open_(url: str, fresh: bool = False) -> Visit:
        if not fresh:
            return tabs[1].goto(url)
        context = chromium.new_context(viewport=VIEWPORT)
        opened.append(context)
        return Visit(context.new_page()).goto(url)

    yield open_
    for context in opened:
        context.close()


CONTENT_PROBLEMS = """() => {
    const problems = [];
    const codes = [...document.querySelectorAll("pre > code")];
    const empty = codes.filter((code) => code.textContent.trim() === "").length;
    if (empty) problems.push(`${empty} empty code block(s)`);
    // A header cell with no text leaves a screen reader nothing to say for its column.
    const heads = [...document.querySelectorAll("main th")];
    const emptyHeads = heads.filter((th) => th.textContent.trim() === "").length;
    if (emptyHeads) problems.push(`${emptyHeads} empty table header(s)`);
    const raw = document.querySelector("main").innerText.match(/\\{\\{#[^}\\n]*(\\}\\})?/);
    if (raw) problems.push(`raw directive on the page: ${raw[0]}`);
    const uncopyable = codes.filter((code) => !code.parentElement.querySelector(".clip-button"));
    if (uncopyable.length) problems.push(`${uncopyable.length} code block(s) with no copy button`);
    const wide = codes.filter((code) => code.scrollWidth > code.clientWidth + 1);
    for (const code of wide.slice(0, 3)) {
        const lines = code.textContent.split("\\n");
        const longest = lines.reduce((a, b) => (b.length > a.length ? b : a));
        problems.push(`a listing wider than its box: ${longest.trim().slice(0, 60)}`);
    }
    const runnable = document.querySelectorAll(".play-button").length;
    if (runnable) problems.push(`${runnable} Run button(s)`);
    return problems;
}"""


def page_problems(visit: Visit) -> list[str]:
    """Everything wrong with a loaded page: errors while loading, then its content."""
    visit.page.wait_for_load_state("load")
    return visit.problems + visit.page.evaluate(CONTENT_PROBLEMS)


# axe-core, the accessibility checker, from the wheel that carries it.
AXE = resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")
# What a phone shows: 375 pixels wide.
PHONE = {"width": 375, "height": 800}


# Marks each token span of a listing that looks like one before it on the page: the same
# classes from the span up to its <pre>, the same inline style, the same place for the <pre>.
# The contrast rule, the slow one, leaves those out, so that it is worked out once per look
# rather than for each of the thousands of spans highlight.js writes; every other rule still
# looks at every span.
REPEATS = """() => {
    const seen = new Set();
    for (const span of document.querySelectorAll("pre code span")) {
        const pre = span.closest("pre");
        const look = [pre.parentElement.tagName, pre.parentElement.className];
        for (let node = span; node !== pre; node = node.parentElement) {
            look.push(node.tagName, node.className, node.getAttribute("style") || "");
        }
        const key = JSON.stringify(look);
        if (seen.has(key)) span.setAttribute("data-axe-repeat", "");
        seen.add(key);
    }
}"""


def accessibility_faults(visit: Visit) -> list[str]:
    """axe-core's serious and critical findings on a loaded page, at 1280 pixels and then at a
    phone's 375. Contrast, the slow rule, is checked once, at 1280 (the colours do not change
    with the width), and once for each look of a listing's tokens (`REPEATS`)."""
    page = visit.page
    page.wait_for_load_state("load")
    page.evaluate(AXE)
    page.evaluate(REPEATS)
    # Narrowing the rule's own selector costs a third of leaving the spans out of the run.
    contrast = "{id: 'color-contrast', selector: '*:not([data-axe-repeat])'}"
    page.evaluate(f"axe.configure({{rules: [{contrast}]}})")
    found = []
    runs = [(VIEWPORT, "{}"), (PHONE, "{'color-contrast': {enabled: false}}")]
    for size, rules in runs:
        page.set_viewport_size(size)
        page.evaluate("() => window.dispatchEvent(new Event('resize'))")
        results = page.evaluate(
            f"axe.run(document, {{resultTypes: ['violations'], rules: {rules}}})"
        )
        for fault in results["violations"]:
            if fault["impact"] in ("serious", "critical"):
                node = fault["nodes"][0]
                found.append(f"{size['width']} px: {fault['id']} ({len(fault['nodes'])}x), "
                             f"first at {node['target']}: {node['failureSummary']}")  # fmt: skip
    return found


def search(visit: Visit, term: str) -> list[str]:
    """Search the book for `term` as a reader does; the pages of the results, best first."""
    page = visit.page
    page.click("#mdbook-search-toggle")
    page.fill("#mdbook-searchbar", term)
    page.press("#mdbook-searchbar", "End")  # mdBook searches on keyup
    page.wait_for_function(
        "term => document.querySelector('#mdbook-searchresults-header')"
        ".textContent.includes(`'${term}'`)",
        arg=term,
    )
    hrefs = page.eval_on_selector_all(
        "#mdbook-searchresults li a", "links => links.map(a => a.getAttribute('href'))"
    )
    pages = [re.split(r"[?#]", href)[0] for href in hrefs]
    return list(dict.fromkeys(pages))  # one entry per page, in the order of its best result


def search_problems(visit: Visit, term: str, chapter: str) -> list[str]:
    found = search(visit, term)
    if not found or found[0] != f"{chapter}.html":
        return [f"searching {term!r} found {found[:3] or 'nothing'}, not {chapter}.html first"]
    return []


def theme_problems(visit: Visit, theme: str) -> list[str]:
    """Pick `theme` in the theme menu; it must change the page's <html> class to it."""
    page = visit.page
    before = page.evaluate("document.documentElement.className")
    if not page.locator("#mdbook-theme-list").is_visible():
        page.click("#mdbook-theme-toggle")
    page.click(f"#mdbook-theme-{theme}")
    after = page.evaluate("document.documentElement.className")
    if theme not in after.split() or after == before:
        return [f"the {theme} theme left <html class={after!r}> (it was {before!r})"]
    return []


def test_a_page_loads_cleanly_with_every_listing_shown(book_page):
    assert page_problems(book_page) == []
    assert book_page.page.locator("main h1").count() >= 1


def test_a_page_has_no_serious_accessibility_fault(book_page):
    assert accessibility_faults(book_page) == []


@pytest.mark.parametrize("name", list(INACCESSIBLE_PAGES))
def test_an_inaccessible_page_fails_the_accessibility_check(broken_site, open_page, name):
    faults = accessibility_faults(open_page(f"{broken_site}{name}.html"))
    rule = INACCESSIBLE_PAGES[name][1]
    assert any(f" px: {rule} (" in fault for fault in faults), faults


def test_without_the_mending_script_the_template_has_serious_faults(unmended_site, open_page):
    faults = accessibility_faults(open_page(f"{unmended_site}03-gil.html"))
    ids = {fault.split(": ", 1)[1].split(" ", 1)[0] for fault in faults}
    assert ids == {"aria-allowed-attr", "scrollable-region-focusable"}


TITLE_PROBLEMS = """() => {
    const title = document.querySelector(".menu-title");
    const bar = document.querySelector("#mdbook-menu-bar, .menu-bar").getBoundingClientRect();
    const box = title.getBoundingClientRect();
    const problems = [];
    if (title.scrollWidth > title.clientWidth + 1) problems.push("the title is cut short");
    if (box.top < bar.top - 1 || box.bottom > bar.bottom + 1) {
        problems.push(`the title (${box.top}-${box.bottom} px) leaves the menu bar`);
    }
    return problems;
}"""


@pytest.mark.parametrize("size", [VIEWPORT, PHONE], ids=["1280px", "375px"])
def test_the_book_title_is_shown_whole(site, open_page, size):
    visit = open_page(f"{site}01-functions.html")
    visit.page.set_viewport_size(size)
    assert visit.page.evaluate(TITLE_PROBLEMS) == []


@pytest.mark.parametrize(("term", "chapter"), SEARCHES)
def test_search_finds_the_chapter(site, open_page, term, chapter):
    assert search_problems(open_page(f"{site}index.html"), term, chapter) == []


def test_the_theme_switcher_changes_the_page(site, open_page):
    visit = open_page(f"{site}01-functions.html", fresh=True)
    assert theme_problems(visit, "navy") == []
    assert theme_problems(visit, "ayu") == []


def test_a_screenshot_of_chapter_1_is_kept(site, open_page):
    visit = open_page(f"{site}01-functions.html")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / "01-functions.png"
    visit.page.screenshot(path=str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert path.stat().st_size > 20_000, "a nearly empty screenshot: did the page render?"


def test_the_404_page_works_under_the_site_url(site, open_page):
    visit = open_page(f"{site}no-such-page.html")
    problems = [p for p in page_problems(visit) if p != "HTTP 404: no-such-page.html"]
    assert problems == []
    assert visit.page.locator("main h1").inner_text() == "Document not found (404)"


def test_the_book_opened_from_disk_works(site, open_page):
    """`just book` output opened as file://: site-url affects only 404.html, not this."""
    visit = open_page((ROOT / "book" / "build" / "index.html").as_uri(), fresh=True)
    assert page_problems(visit) == []
    visit.page.click("#mdbook-sidebar a[href$='01-functions.html']")
    visit.page.wait_for_url("**/01-functions.html")
    assert page_problems(visit) == []
    assert search_problems(visit, "floor_divmod", "01-functions") == []
    assert theme_problems(visit, "coal") == []


@pytest.mark.parametrize("name", list(BROKEN_PAGES))
def test_a_broken_page_fails_the_page_check(broken_site, open_page, name):
    problems = page_problems(open_page(f"{broken_site}{name}.html"))
    assert BROKEN_PAGES[name][1] in problems


def test_listings_with_a_run_button_and_no_copy_button_fail_the_page_check(
    runnable_site, open_page
):
    problems = page_problems(open_page(f"{runnable_site}01-functions.html"))
    assert any(re.fullmatch(r"\d+ Run button\(s\)", p) for p in problems), problems
    assert any(re.fullmatch(r"\d+ code block\(s\) with no copy button", p) for p in problems)


def test_a_search_that_finds_the_wrong_chapter_fails_the_search_check(site, open_page):
    visit = open_page(f"{site}index.html")
    assert search_problems(visit, "floor_divmod", "introduction") == [
        "searching 'floor_divmod' found ['01-functions.html'], not introduction.html first"
    ]


def test_a_theme_that_changes_nothing_fails_the_theme_check(site, open_page):
    visit = open_page(f"{site}01-functions.html", fresh=True)
    assert theme_problems(visit, "light") == [
        "the light theme left <html class='sidebar-visible js light'> "
        "(it was 'sidebar-visible js light')"
    ]
