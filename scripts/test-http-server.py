#!/usr/bin/env python3
"""A small HTTP server for the check --url tests: serves a folder on 127.0.0.1 and misbehaves on
purpose under a few path prefixes. Prints its port on the first line, then serves until killed.

  /__loop/...   redirects to itself (a redirect loop)
  /__500/...    answers 500
  /__slow/...   answers after SLOW_SECONDS (default 5)
  /__text/...   answers 200 with text/plain
  /__away/...   redirects to the same path on http://localhost:PORT (another host name)
"""
import http.server
import os
import sys
import time


class Handler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        if "/__loop/" in self.path:
            self.send_response(302)
            self.send_header("Location", self.path)
            self.end_headers()
        elif "/__500/" in self.path:
            self.send_error(500, "boom")
        elif "/__slow/" in self.path:
            time.sleep(float(os.environ.get("SLOW_SECONDS", "5")))
            self.reply(b"<!DOCTYPE html><title>slow</title>", "text/html")
        elif "/__text/" in self.path:
            self.reply(b"not a page", "text/plain")
        elif "/__away/" in self.path:
            self.send_response(302)
            self.send_header("Location", f"http://localhost:{self.server.server_port}/elsewhere.html")
            self.end_headers()
        else:
            super().do_GET()

    def reply(self, body, content_type):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def main():
    root = sys.argv[1]
    handler = lambda *a, **k: Handler(*a, directory=root, **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    print(server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
