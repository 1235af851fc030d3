#!/usr/bin/env python3
"""Packs gzipped HTML pages into WARC files (one gzip member per response record), for the Spark bench.

usage: make_warcs.py OUT_DIR FILES_PER_RUN PAGE.html.gz...
Pages are spread round-robin over FILES_PER_RUN files named part-00000.warc.gz and so on.
"""
import gzip
import os
import sys
import uuid


def record(url, html):
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: " + str(len(html)).encode() + b"\r\n\r\n" + html)
    head = ("WARC/1.1\r\nWARC-Type: response\r\n"
            f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}>\r\n"
            "WARC-Date: 2024-01-01T00:00:00Z\r\n"
            f"WARC-Target-URI: {url}\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n", mtime=0)


def main():
    out, n, pages = sys.argv[1], int(sys.argv[2]), sorted(sys.argv[3:])
    os.makedirs(out, exist_ok=True)
    parts = [open(os.path.join(out, f"part-{i:05d}.warc.gz"), "wb") for i in range(n)]
    for i, page in enumerate(pages):
        with gzip.open(page, "rb") as f:
            html = f.read()
        name = os.path.basename(page).split(".")[0]
        parts[i % n].write(record(f"https://bench.invalid/{name}", html))
    for p in parts:
        p.close()
    print(f"{len(pages)} pages in {n} WARC files under {out}")


if __name__ == "__main__":
    main()
