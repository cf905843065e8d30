"""Radicale behind a layer that writes every address in its WebDAV listings as an absolute
URL (`http://host:port/user/calendar/x.ics`), as Google's, iCloud's and other servers do
and RFC 4918 allows, where Radicale itself writes paths. Everything else is Radicale's own
answer, unchanged.

Usage: radicale_absolute.py CONFIG PORT
"""

import re
import sys
from wsgiref.simple_server import WSGIRequestHandler, make_server

import radicale
import radicale.config

HREF = re.compile(rb"(<(?:[A-Za-z0-9_]+:)?href>)/")


class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def main():
    config_path, port = sys.argv[1], int(sys.argv[2])
    app = radicale.Application(radicale.config.load([(config_path, False)]))
    base = f"http://127.0.0.1:{port}".encode()

    def absolute(environ, start_response):
        # A compressed body could not be rewritten; the layer asks Radicale for plain text.
        environ.pop("HTTP_ACCEPT_ENCODING", None)
        answer = {}

        def keep(status, headers, exc_info=None):
            answer["status"], answer["headers"] = status, headers
            return lambda data: None

        body = b"".join(app(environ, keep))
        headers = answer["headers"]
        if answer["status"].startswith("207"):
            body = HREF.sub(lambda m: m.group(1) + base + b"/", body)
            headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
            headers.append(("Content-Length", str(len(body))))
        start_response(answer["status"], headers)
        return [body]

    make_server("127.0.0.1", port, absolute, handler_class=Quiet).serve_forever()


if __name__ == "__main__":
    main()
