// Two faults of mdBook 0.5.4's page template that axe-core reports on every page, mended once
// the page has loaded (tools/tests/test_browser.py runs axe on each page to check).
(() => {
    // The sidebar toggle is a <label>, and mdBook's script sets aria-expanded on it, which a
    // label may not have; a button may.
    const toggle = document.getElementById("mdbook-sidebar-toggle");
    if (toggle) {
        toggle.setAttribute("role", "button");
    }
    // A listing or table that scrolls sideways (on a phone, most do) must be reachable with the
    // keyboard to be scrolled: each that scrolls gets a place in the tab order.
    const markScrolling = () => {
        for (const box of document.querySelectorAll("main pre, main pre > code, main .table-wrapper")) {
            if (box.scrollWidth > box.clientWidth) {
                box.setAttribute("tabindex", "0");
            } else {
                box.removeAttribute("tabindex");
            }
        }
    };
    markScrolling();
    window.addEventListener("resize", markScrolling);
})();
