#!/usr/bin/env python3
"""Edit-to-visible time of `boardgen serve` (issue 15): the time from a file write to the new
content served, median over edits.

    scripts/bench-serve.py BOARDGEN CONTENT_DIR [--edits N] [--json OUT.json] [--label TEXT]
                           [--edit contacts|regulation]

Copies CONTENT_DIR to a temporary folder, starts `boardgen serve --port 0` on it, listens to the
page event stream (/__boardgen/events) like an open page does, then N times: rewrites one file as
an editor saving by rename does (a scratch file, then rename) with a new marker in it, waits for the
page's reload event and fetches the page until it shows the marker. `--edit contacts` (the
default) renames a channel in contacts.yaml: site-wide data that most pages show; `--edit
regulation` changes the last line of one regulation's body: one page. Each time is from the moment
before the write to the moment the new page's bytes arrived. Edits are 250 ms apart (a person
saving, not a burst). Only loopback traffic; everything ends by itself.
"""
import argparse
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("boardgen")
    parser.add_argument("content")
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--json")
    parser.add_argument("--label", default="")
    parser.add_argument("--edit", choices=["contacts", "regulation"], default="contacts")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="bench-serve-")
    site = os.path.join(work, "site")
    shutil.copytree(args.content, site, symlinks=True)
    server = subprocess.Popen(
        [args.boardgen, "serve", "--content", site, "--port", "0", "--today", "2026-11-22"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        times = measure(server, site, args.edits, args.edit)
    finally:
        server.send_signal(2)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)
    result = {
        "label": args.label, "edit": args.edit, "edits": len(times), "median_ms": statistics.median(times),
        "p90_ms": sorted(times)[int(len(times) * 0.9) - 1], "min_ms": min(times), "max_ms": max(times),
    }
    print(json.dumps(result))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f)
    return 0


def edited_file(port, site, kind):
    """The file to edit, its text, a function making the edited text, and the page that shows it."""
    if kind == "regulation":
        folder = os.path.join(site, "regulations")
        name = sorted(n for n in os.listdir(folder) if n.endswith(".md"))[0]
        path = os.path.join(folder, name)
        original = open(path, encoding="utf-8").read()
        slug = re.search(r"^slug: *(\S+)", original, re.M)
        page = f"regulations/{slug.group(1) if slug else name[:-3]}.html"
        return path, original, lambda marker: original + f"\n{marker}\n", page
    path = os.path.join(site, "contacts.yaml")
    original = open(path, encoding="utf-8").read()
    label = re.search(r'label: "([^"]+)"', original)
    if not label:
        raise SystemExit("contacts.yaml has no label to edit")
    page = find_page(port, label.group(1))
    return path, original, lambda marker: original.replace(label.group(0), f'label: "{marker}"', 1), page


def measure(server, site, edits, kind):
    port = None
    deadline = time.time() + 120
    while time.time() < deadline:
        line = server.stdout.readline()
        match = re.match(r"serving .* at http://127\.0\.0\.1:(\d+)/", line)
        if match:
            port = int(match.group(1))
            break
    if port is None:
        raise SystemExit("boardgen serve did not start")
    threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
    events = EventStream(port)
    path, _, edit, page = edited_file(port, site, kind)
    times = []
    for index in range(edits):
        marker = f"Правка {index:04d}"
        text = edit(marker)
        generation = events.generation
        started = time.perf_counter()
        scratch = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".tmp")
        with open(scratch, "w", encoding="utf-8") as f:
            f.write(text)
        os.rename(scratch, path)
        events.wait_beyond(generation, timeout=30)
        while marker not in get(port, page):
            if time.perf_counter() - started > 30:
                raise SystemExit(f"edit {index} never became visible")
        times.append((time.perf_counter() - started) * 1000)
        time.sleep(0.25)
    events.close()
    return times


def find_page(port, text):
    for page in ("contacts.html", "index.html", "support.html"):
        if text in get(port, page):
            return page
    raise SystemExit(f"no page shows '{text}'")


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/" + path)
    body = connection.getresponse().read().decode("utf-8")
    connection.close()
    return body


class EventStream:
    """The page event stream, read on a thread: the latest generation announced."""

    def __init__(self, port):
        self.generation = -1
        self.changed = threading.Condition()
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.connection.request("GET", "/__boardgen/events")
        self.response = self.connection.getresponse()
        threading.Thread(target=self.read, daemon=True).start()
        with self.changed:
            self.changed.wait_for(lambda: self.generation >= 0, timeout=30)

    def read(self):
        try:
            for raw in self.response:
                line = raw.decode("utf-8").strip()
                if line.startswith("data: "):
                    state = json.loads(line[6:])
                    with self.changed:
                        self.generation = state["generation"]
                        self.changed.notify_all()
        except (OSError, ValueError, AttributeError):
            pass  # the stream was closed at the end of the run

    def wait_beyond(self, generation, timeout):
        with self.changed:
            if not self.changed.wait_for(lambda: self.generation > generation, timeout=timeout):
                raise SystemExit("no reload event")

    def close(self):
        self.connection.close()


if __name__ == "__main__":
    sys.exit(main())
