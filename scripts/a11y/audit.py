#!/usr/bin/env python3
"""Judges built sites as people see them, in headless Chromium (Debian's chromium + chromedriver, selenium):

- axe-core (WCAG 2.0/2.1 A and AA plus best practices) at 1280 px and 360 px wide, in the normal view and in
  the version for the visually impaired (each page in one of its colour schemes, text at 200 %, wide spacing);
- horizontal overflow (the page scrolls sideways) at 320 px, 360 px and at 200 % zoom of a 1280 px window
  (640 CSS px at device scale 2), normal view;
- the print scale: whether anything is wider than A4's printable width (Chromium then shrinks the printout).

Widths come from DevTools' Emulation.setDeviceMetricsOverride (headless Chromium keeps a ~500 px minimum window,
and mobile emulation zooms an overflowing page out); every load checks window.innerWidth.

Usage: audit.py --axe axe.min.js [--out report.json] [--only axe|overflow] ROOT...
Each ROOT is a built site (public/); every *.html below it is judged. Prints one line per finding and a summary;
exits 1 when there is a violation or an overflow, 0 otherwise.
"""
import argparse
import json
import concurrent.futures
import pathlib
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
SCHEMES = ["bw", "wb", "blue"]
# The low-vision settings the site's control stores (assets/low-vision.js reads the same key).
STORAGE_KEY = "boardgen-low-vision"


def make_driver():
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                 "--allow-file-access-from-files", "--window-size=1280,900", "--lang=ru"]:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def set_width(driver, width, scale=1):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 800, "deviceScaleFactor": scale, "mobile": False})


def load(driver, url, width):
    driver.get(url)
    inner = driver.execute_script("return window.innerWidth")
    if inner != width:
        raise RuntimeError(f"{url}: innerWidth {inner}, expected {width}")


def set_mode(driver, url, low_vision):
    """Stores the low-vision settings (None: the normal view) for every page: file:// pages share one storage."""
    driver.get(url)
    if low_vision is None:
        driver.execute_script("localStorage.removeItem(arguments[0])", STORAGE_KEY)
    else:
        driver.execute_script("localStorage.setItem(arguments[0], arguments[1])", STORAGE_KEY,
                              json.dumps(low_vision))


def overflow(driver):
    """How many CSS px the page scrolls sideways (0 when it reflows)."""
    return driver.execute_script(
        "var d = document.documentElement; return Math.max(d.scrollWidth, document.body.scrollWidth) - d.clientWidth")


# The printable width of A4 in CSS px: 210 mm less print.css's 15 mm margins (site pages).
PRINT_WIDTH = round((210 - 2 * 15) / 25.4 * 96)


def print_scale(driver, url):
    """The scale Chromium would print a page at: 1 when nothing is wider than the printable width.
    Site pages: the document against A4's printable width. Notice pages: each sheet (.notice, sized in mm
    by board.css) against its own box, since landscape sheets print on landscape paper."""
    set_width(driver, PRINT_WIDTH)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        load(driver, url, PRINT_WIDTH)
        return driver.execute_script("""
            var sheets = document.querySelectorAll('.notice');
            var scale = 1;
            if (sheets.length) {
              // A pixel of rounding (186 mm is 702.99 px) is not an overflow.
              sheets.forEach(function (n) { if (n.scrollWidth > n.clientWidth + 1) scale = Math.min(scale, n.clientWidth / n.scrollWidth); });
              return scale;
            }
            var d = document.documentElement;
            var wide = Math.max(d.scrollWidth, document.body.scrollWidth);
            return wide > d.clientWidth + 1 ? d.clientWidth / wide : 1;""")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def run_axe(driver):
    driver.set_script_timeout(120)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
        " nodes: v.nodes.map(function (n) { return n.target.join(' ') + ': ' + n.failureSummary.split('\\n')"
        ".slice(0, 2).join(' '); }).slice(0, 3), count: v.nodes.length}; })); })"
        ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', nodes: [String(e)], count: 1}]); });",
        AXE_TAGS)
    return result


def pages(roots):
    for root in roots:
        base = pathlib.Path(root).resolve()
        for path in sorted(base.rglob("*.html")):
            yield base, path


def low_vision_settings(index):
    """The settings a page is judged with in the low-vision mode: text at 200 %, wide spacing, images off,
    the colour schemes taking turns from page to page."""
    return {"on": True, "size": 200, "scheme": SCHEMES[index % 3], "spacing": "wide", "images": "off"}


def judge(job):
    """Judges a share of the pages in one browser: returns their entries and the lines to print."""
    pages_, axe_source, only = job
    driver = make_driver()
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": axe_source})
    entries = {name: {"page": name, "axe": {}, "overflow": {}} for _, name, _ in pages_}
    lines = []
    try:
        if only != "overflow":
            modes = [("normal", lambda i: None), ("low-vision", low_vision_settings)]
            stored = "unset"
            for mode, settings in modes:
                for width in (1280, 360):
                    set_width(driver, width)
                    # Pages with the same settings one after another: the storage is written once for them.
                    for index, name, url in sorted(pages_, key=lambda p: json.dumps(settings(p[0]))):
                        if settings(index) != stored:
                            stored = settings(index)
                            set_mode(driver, url, stored)
                        load(driver, url, width)
                        found = run_axe(driver)
                        entries[name]["axe"][f"{width}-{mode}"] = found
                        for v in found:
                            lines.append(f"{name} [{width} {mode}] {v['id']} ({v['impact']}, {v['count']}): "
                                         + " | ".join(v["nodes"]))
        if only != "axe":
            for index, name, url in pages_:
                set_mode(driver, url, None)
                break
            for label, width, scale in (("320", 320, 1), ("360", 360, 1), ("zoom200", 640, 2)):
                set_width(driver, width, scale)
                for index, name, url in pages_:
                    load(driver, url, width)
                    extra = overflow(driver)
                    entries[name]["overflow"][label] = extra
                    if extra > 0:
                        lines.append(f"{name} [{label}] scrolls sideways by {extra} px")
            for index, name, url in pages_:
                scale = print_scale(driver, url)
                entries[name]["printScale"] = round(scale, 3)
                if scale < 1:
                    lines.append(f"{name} [print] prints at {scale * 100:.0f} %")
    finally:
        driver.quit()
    return list(entries.values()), lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--axe", required=True)
    parser.add_argument("--out")
    parser.add_argument("--only", choices=["axe", "overflow"])
    parser.add_argument("--jobs", type=int, default=2, help="browsers side by side (default 2)")
    parser.add_argument("roots", nargs="+")
    args = parser.parse_args()
    axe_source = pathlib.Path(args.axe).read_text(encoding="utf-8")
    found = [(i, f"{base.name}/{path.relative_to(base)}", path.as_uri())
             for i, (base, path) in enumerate(pages(args.roots))]
    shares = [(found[k::args.jobs], axe_source, args.only) for k in range(args.jobs)]
    # A worker that dies (a browser crash takes its driver along) makes ProcessPoolExecutor raise
    # BrokenProcessPool; multiprocessing.Pool would wait for it forever.
    with concurrent.futures.ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(judge, shares))
    report = {"pages": [], "violations": 0, "overflows": 0, "shrunk": 0}
    for entries, lines in results:
        report["pages"] += entries
        for line in lines:
            print(line)
    report["pages"].sort(key=lambda e: e["page"])
    for entry in report["pages"]:
        report["violations"] += sum(len(v) for v in entry["axe"].values())
        report["overflows"] += sum(1 for v in entry["overflow"].values() if v > 0)
        report["shrunk"] += 1 if entry.get("printScale", 1) < 1 else 0
    count = len(report["pages"])
    print(f"{count} pages: {report['violations']} axe violations, {report['overflows']} overflows, "
          f"{report['shrunk']} pages print below 100 %")
    if args.out:
        pathlib.Path(args.out).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if report["violations"] or report["overflows"] or report["shrunk"] else 0


if __name__ == "__main__":
    sys.exit(main())
