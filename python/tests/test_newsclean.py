"""Tests of the Python binding against the library as built: every fixture page gives the
record the CLI's expected output has, quote offsets in characters match the text,
errors raise with their code, threads share one Extractor, crawl dumps are read (real
ones from ../shared/warc and damaged ones made here), and nothing leaks.

Run by ctest (python.unit) with NEWSCLEAN_LIBRARY set to the built library and
NEWSCLEAN_SOURCE_DIR to the checkout."""

import concurrent.futures
import glob
import gzip
import io
import json
import os
import re
import unittest

import newsclean
from newsclean import _lib

SOURCE = os.environ.get("NEWSCLEAN_SOURCE_DIR",
                        os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.environ.get("NEWSCLEAN_SHARED_DIR", os.path.join(SOURCE, "..", "shared"))
FIXTURES = os.path.join(SOURCE, "fixtures")
PAGE = os.path.join(FIXTURES, "en-city-council-budget", "input.html")


def fixture_cases():
    """(name, input path, kind, expected record) for every fixture."""
    for d in sorted(glob.glob(os.path.join(FIXTURES, "*"))):
        inputs = glob.glob(os.path.join(d, "input.*"))
        expected = os.path.join(d, "expected.jsonl")
        if len(inputs) != 1 or not os.path.exists(expected):
            continue
        args = ""
        if os.path.exists(os.path.join(d, "args")):
            with open(os.path.join(d, "args")) as f:
                args = f.read().strip()
        kind = {"": None, "--input text": "text", "--input html": "html"}[args]
        with open(expected, encoding="utf-8") as f:
            records = [json.loads(line) for line in f]
        yield os.path.basename(d), inputs[0], kind, records[0]


def read(path):
    with open(path, "rb") as f:
        return f.read()


def without_source(d):
    d = dict(d)
    d.pop("source", None)
    return d


def warc_record(fields, block):
    head = "WARC/1.1\r\n" + "".join("%s: %s\r\n" % kv for kv in fields)
    head += "Content-Length: %d\r\n\r\n" % len(block)
    return head.encode() + block + b"\r\n\r\n"


def response(uri, body, headers="Content-Type: text/html; charset=utf-8\r\n"):
    block = b"HTTP/1.1 200 OK\r\n" + headers.encode() + b"\r\n" + body
    return warc_record([("WARC-Type", "response"), ("WARC-Target-URI", uri),
                        ("WARC-Date", "2024-03-06T10:00:00Z"),
                        ("WARC-Record-ID", "<urn:uuid:%08d>" % len(uri)),
                        ("Content-Type", "application/http; msgtype=response")], block)


class Fixtures(unittest.TestCase):
    def test_every_fixture_gives_the_expected_record(self):
        cases = list(fixture_cases())
        self.assertGreater(len(cases), 20)
        for name, path, kind, want in cases:
            with self.subTest(fixture=name):
                got = newsclean.extract(read(path), kind=kind)
                self.assertIsInstance(got, newsclean.Article)
                self.assertEqual(without_source(got.to_dict()), without_source(want))

    def test_character_offsets(self):
        seen = 0
        for name, path, kind, _ in fixture_cases():
            a = newsclean.extract(read(path), kind=kind)
            body_bytes = a.body.encode("utf-8")
            for q in a.quotes:
                seen += 1
                self.assertEqual(a.body[q.char_offset:q.char_offset + q.char_length],
                                 body_bytes[q.offset:q.offset + q.length].decode("utf-8"))
                self.assertLessEqual(q.char_offset, q.offset)
        self.assertGreater(seen, 10)
        # Multi-byte text before a quote: character and byte offsets differ.
        a = newsclean.extract("<html><body><article><h1>Grüße</h1><p>Die Bürgermeisterin "
                              "sagte über den Umbau: „Wir öffnen das Bad im Mai wieder.“ "
                              "Die Stadträte stimmten zu, und der Förderverein lobte den "
                              "Zeitplan für die Sanierung des Freibads.</p></article>"
                              "</body></html>")
        self.assertEqual(len(a.quotes), 1)
        q = a.quotes[0]
        self.assertEqual(q.text, "Wir öffnen das Bad im Mai wieder.")
        self.assertEqual(a.body[q.char_offset:q.char_offset + q.char_length], q.text)
        self.assertEqual(q.offset - q.char_offset, 4)  # ü, ü and „ before it: 1 + 1 + 2 more bytes
        self.assertEqual(q.length - q.char_length, 1)  # ö

    def test_str_and_bytes_agree(self):
        page = read(PAGE)
        self.assertEqual(newsclean.extract(page), newsclean.extract(page.decode("utf-8")))
        self.assertEqual(newsclean.extract(bytearray(page)), newsclean.extract(memoryview(page)))

    def test_charset_and_url(self):
        # Bytes in windows-1254 that the page does not declare: the transport's word counts.
        page = "<html><body><p>Başkan “Köprü açıldı” dedi ve törene katılanlara teşekkür etti; " \
               "trafik sabah saat altıda yeniden başladı.</p></body></html>"
        a = newsclean.extract(page.encode("cp1254"), charset="iso-8859-9",
                              url="https://kiyi.example/haber/kopru")
        self.assertIn("“Köprü açıldı”", a.body)
        self.assertEqual(a.url, "https://kiyi.example/haber/kopru")
        self.assertEqual([q.text for q in a.quotes], ["Köprü açıldı"])

    def test_options(self):
        page = read(PAGE)
        with newsclean.Extractor(quotes=False) as ex:
            self.assertEqual(ex.extract(page).quotes, [])
        with newsclean.Extractor(explain=True) as ex:
            a = ex.extract(page)
            self.assertRegex(a.explain, r"(?m)^KEEP ")
            self.assertRegex(a.explain, r"(?m)^drop ")
        self.assertIsNone(newsclean.extract(page).explain)


class Errors(unittest.TestCase):
    def test_limit(self):
        with newsclean.Extractor(max_input_bytes=1000) as ex:
            with self.assertRaises(newsclean.NewscleanError) as cm:
                ex.extract(read(PAGE))
            self.assertEqual(cm.exception.code, "limit")
            self.assertTrue(cm.exception.message)
            self.assertEqual(ex.extract(b"<p>short</p>").body, "short")

    def test_bad_arguments(self):
        with self.assertRaises(ValueError):
            newsclean.extract(b"<p>x</p>", kind="pdf")
        with self.assertRaises(TypeError):
            newsclean.extract(12)
        with self.assertRaises(newsclean.NewscleanError) as cm:
            newsclean.Extractor(max_depth=-1)
        self.assertEqual(cm.exception.code, "invalid-argument")

    def test_closed_extractor(self):
        ex = newsclean.Extractor()
        ex.close()
        ex.close()
        with self.assertRaises(ValueError):
            ex.extract(b"<p>x</p>")


class Threads(unittest.TestCase):
    def test_one_extractor_many_threads(self):
        cases = [(path, kind) for _, path, kind, _ in fixture_cases()]
        pages = [(read(path), kind) for path, kind in cases]
        with newsclean.Extractor() as ex:
            alone = [ex.extract(p, kind=k) for p, k in pages]
            work = pages * 8
            with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
                together = list(pool.map(lambda pk: ex.extract(pk[0], kind=pk[1]), work))
        self.assertEqual(together, alone * 8)

    def test_close_waits_for_running_extractions(self):
        ex = newsclean.Extractor()
        page = read(PAGE) * 20
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            futures = [pool.submit(ex.extract, page) for _ in range(8)]
            ex.close()
            results = []
            for f in futures:
                try:
                    results.append(f.result())
                except ValueError:  # started after close(): refused, not a crash
                    pass
        for a in results:
            self.assertTrue(a.body)


class Crawl(unittest.TestCase):
    def test_real_dump(self):
        path = os.path.join(SHARED, "warc", "example.warc.gz")
        records = list(newsclean.read_crawl(path))
        self.assertEqual(len(records), 1)
        a = records[0]
        self.assertEqual(a.source, "http://example.com/")
        self.assertEqual(a.headline, "Example Domain")
        self.assertTrue(a.warc_record_id.startswith("<urn:uuid:"))
        self.assertEqual(a.warc_date, "2017-03-06T04:02:06Z")
        self.assertIsNone(a.error)
        with open(path, "rb") as f:
            self.assertEqual(list(newsclean.read_crawl(f)), records)

    def test_made_dump_with_a_bad_record(self):
        page = read(PAGE)
        dump = (gzip.compress(response("https://news.example/one", page))
                + gzip.compress(response("https://news.example/two", gzip.compress(page),
                                         "Content-Type: text/html\r\n"
                                         "Content-Encoding: gzip\r\n"))
                + gzip.compress(response("https://news.example/bad", b"\x1f\x9d\x90<\x00",
                                         "Content-Type: text/html\r\n"
                                         "Content-Encoding: compress\r\n"))
                + gzip.compress(warc_record([("WARC-Type", "request"),
                                             ("WARC-Target-URI", "https://news.example/one")],
                                            b"GET /one HTTP/1.1\r\n\r\n"))
                + gzip.compress(response("https://news.example/three", page)))
        records = list(newsclean.read_crawl(io.BytesIO(dump)))
        self.assertEqual([r.source for r in records],
                         ["https://news.example/one", "https://news.example/two",
                          "https://news.example/bad", "https://news.example/three"])
        want = without_source(newsclean.extract(page).to_dict())
        for r in (records[0], records[1], records[3]):
            self.assertIsNone(r.error)
            got = without_source(r.to_dict())
            del got["warc_record_id"], got["warc_date"]
            self.assertEqual(got, want)
        bad = records[2]
        self.assertEqual(bad.error.code, "warc")
        self.assertIn("compress", bad.error.message)
        self.assertEqual(bad.body, "")
        self.assertEqual(bad.to_dict()["error"]["code"], "warc")
        with self.assertRaises(newsclean.NewscleanError) as cm:
            list(newsclean.read_crawl(io.BytesIO(dump), errors="raise"))
        self.assertEqual(cm.exception.code, "warc")

    def test_read_failure(self):
        class Broken(io.RawIOBase):
            def read(self, n=-1):
                raise OSError("disk on fire")
        with self.assertRaisesRegex(OSError, "disk on fire"):
            list(newsclean.read_crawl(Broken()))


class Library(unittest.TestCase):
    def test_version_matches_the_source(self):
        with open(os.path.join(SOURCE, "CMakeLists.txt")) as f:
            version = re.search(r"project\(newsclean VERSION ([0-9.]+)", f.read()).group(1)
        self.assertEqual(newsclean.library_version(), version)
        major, minor = version.split(".")[:2]
        # In 0.x a minor release may break the ABI, so the SONAME carries it.
        want = "libnewsclean.so." + (major + "." + minor if major == "0" else major)
        self.assertEqual(_lib.SONAME, want)

    def test_memory_is_freed(self):
        # Each extraction frees its article; a leak of one per call shows in the RSS.
        page = read(PAGE)
        ex = newsclean.Extractor()

        def rss():
            with open("/proc/self/statm") as f:
                return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        for _ in range(200):
            ex.extract(page)
        before = rss()
        for _ in range(2000):
            ex.extract(page)
        grown = rss() - before
        ex.close()
        # Leaking each article would add about 11 MB here; freeing them adds next to nothing.
        self.assertLess(grown, 4 << 20, "RSS grew by %d bytes over 2000 extractions" % grown)


if __name__ == "__main__":
    unittest.main()
