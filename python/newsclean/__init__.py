"""Headline, publication time, byline, body text and quotes from news pages.

A binding of libnewsclean through ctypes: the standard library only, no compiler.

    import newsclean
    article = newsclean.extract(html_bytes, url="https://example.org/story")
    print(article.headline, article.timestamp)
    for q in article.quotes:
        print(q.speaker, q.text)
    for article in newsclean.read_crawl("crawl.warc.gz"):
        ...

Every record member of the command line's JSON output is an attribute of Article.
Errors raise NewscleanError, whose .code is the short word the CLI puts in its error
records ("limit", "parse", ...). The library is found through NEWSCLEAN_LIBRARY (a path
to libnewsclean.so.*), else where 'cmake --install' put it.
"""

import ctypes
import dataclasses
import os
import threading
from typing import BinaryIO, Iterator, List, Optional, Union

from . import _lib

__all__ = ["Article", "Quote", "Extractor", "NewscleanError", "extract", "read_crawl",
           "library_version"]


class NewscleanError(Exception):
    """A document that could not be read or processed.

    .code is a short word ("invalid-argument", "limit", "parse", "io", "nomem", "warc",
    ...), .message a sentence.
    """

    def __init__(self, code: str, message: str):
        super().__init__("%s: %s" % (code, message))
        self.code = code
        self.message = message


@dataclasses.dataclass(frozen=True)
class Quote:
    """A direct quotation. 'offset'/'length' count bytes of the UTF-8 body, as in the C
    API and the JSON output; 'char_offset'/'char_length' count characters of
    Article.body, so body[q.char_offset:q.char_offset + q.char_length] is the span."""

    text: str
    speaker: Optional[str]
    cue: Optional[str]
    offset: int
    length: int
    char_offset: int
    char_length: int


@dataclasses.dataclass(frozen=True)
class Article:
    """One document's record. 'error' is set (and the other members empty) only for a
    record read_crawl could not process."""

    source: Optional[str] = None
    headline: Optional[str] = None
    timestamp: Optional[str] = None
    byline: Optional[str] = None
    body: str = ""
    quotes: List[Quote] = dataclasses.field(default_factory=list)
    modified: Optional[str] = None
    site: Optional[str] = None
    language: Optional[str] = None
    url: Optional[str] = None
    description: Optional[str] = None
    kind: Optional[str] = None
    image: Optional[str] = None
    warc_record_id: Optional[str] = None
    warc_date: Optional[str] = None
    error: Optional[NewscleanError] = None
    explain: Optional[str] = None

    def to_dict(self) -> dict:
        """The record as the CLI's JSON has it (quote offsets in bytes)."""
        d = {
            "source": self.source, "headline": self.headline, "timestamp": self.timestamp,
            "byline": self.byline, "body": self.body,
            "quotes": [{"text": q.text, "speaker": q.speaker, "cue": q.cue,
                        "offset": q.offset, "length": q.length} for q in self.quotes],
            "modified": self.modified, "site": self.site, "language": self.language,
            "url": self.url, "description": self.description, "kind": self.kind,
            "image": self.image,
        }
        if self.warc_record_id is not None or self.warc_date is not None:
            d["warc_record_id"] = self.warc_record_id
            d["warc_date"] = self.warc_date
        if self.error is not None:
            d["error"] = {"code": self.error.code, "message": self.error.message}
        return d


def _text(b: Optional[bytes]) -> Optional[str]:
    return None if b is None else b.decode("utf-8")


def _status_error(lib, status: int) -> NewscleanError:
    return NewscleanError(lib.newsclean_status_code(status).decode(),
                          lib.newsclean_status_str(status).decode())


_KINDS = {None: _lib.INPUT_AUTO, "auto": _lib.INPUT_AUTO, "html": _lib.INPUT_HTML,
          "text": _lib.INPUT_TEXT}


def _article(lib, a, **extra) -> Article:
    """Copy everything out of the C article 'a' (which the caller frees)."""
    body_bytes = lib.newsclean_article_body(a) or b""
    body = body_bytes.decode("utf-8")
    quotes = []
    off, ln = ctypes.c_size_t(), ctypes.c_size_t()
    for i in range(lib.newsclean_article_quote_count(a)):
        if lib.newsclean_article_quote_span(a, i, ctypes.byref(off), ctypes.byref(ln)) != 0:
            continue
        start = len(body_bytes[:off.value].decode("utf-8"))
        quotes.append(Quote(
            text=_text(lib.newsclean_article_quote_text(a, i)) or "",
            speaker=_text(lib.newsclean_article_quote_speaker(a, i)),
            cue=_text(lib.newsclean_article_quote_cue(a, i)),
            offset=off.value, length=ln.value, char_offset=start,
            char_length=len(body_bytes[off.value:off.value + ln.value].decode("utf-8"))))
    return Article(
        headline=_text(lib.newsclean_article_headline(a)),
        timestamp=_text(lib.newsclean_article_timestamp(a)),
        byline=_text(lib.newsclean_article_byline(a)),
        body=body, quotes=quotes,
        modified=_text(lib.newsclean_article_modified(a)),
        site=_text(lib.newsclean_article_site(a)),
        language=_text(lib.newsclean_article_language(a)),
        url=_text(lib.newsclean_article_url(a)),
        description=_text(lib.newsclean_article_description(a)),
        kind=_text(lib.newsclean_article_kind(a)),
        image=_text(lib.newsclean_article_image(a)),
        explain=_text(lib.newsclean_article_explain(a)),
        **extra)


class Extractor:
    """Options and compiled patterns, made once and shared: any number of threads may
    call extract() on one Extractor at the same time (the library releases the GIL for
    the work). Freed by close(), by a with-block, or when garbage-collected.

    quotes=False skips quote detection; explain=True fills Article.explain with why each
    block was kept or dropped; max_input_bytes (default 64 MiB) and max_depth (default
    256) set the library's named limits.
    """

    def __init__(self, *, quotes: bool = True, explain: bool = False,
                 max_input_bytes: Optional[int] = None, max_depth: Optional[int] = None):
        self._lib = _lib.library()
        options = (0 if quotes else _lib.OPT_NO_QUOTES) | (_lib.OPT_EXPLAIN if explain else 0)
        self._ptr = self._lib.newsclean_extractor_new(options)
        if not self._ptr:
            raise MemoryError("cannot create a newsclean extractor")
        self._cond = threading.Condition()
        self._busy = 0
        for which, value in ((_lib.LIMIT_INPUT_BYTES, max_input_bytes),
                             (_lib.LIMIT_DEPTH, max_depth)):
            if value is not None:
                st = self._lib.newsclean_extractor_set_limit(self._ptr, which, value)
                if st != _lib.OK:
                    self.close()
                    raise _status_error(self._lib, st)

    def _enter(self):
        with self._cond:
            if not self._ptr:
                raise ValueError("the Extractor is closed")
            self._busy += 1
            return self._ptr

    def _leave(self):
        with self._cond:
            self._busy -= 1
            self._cond.notify_all()

    def extract(self, page: Union[bytes, bytearray, memoryview, str], url: Optional[str] = None,
                kind: Optional[str] = None, charset: Optional[str] = None) -> Article:
        """Extract one page. 'page' is the document's bytes as fetched (any encoding), or
        a str. 'kind' is None or "auto" (sniff), "html" or "text" (a text dump); 'charset'
        what the transport declared (HTTP Content-Type), if anything; 'url' where the
        page came from. Raises NewscleanError ("limit", "parse", ...)."""
        if kind not in _KINDS:
            raise ValueError("kind must be None, 'auto', 'html' or 'text', not %r" % (kind,))
        if isinstance(page, str):
            page, charset = page.encode("utf-8"), "utf-8"
        if not isinstance(page, (bytes, bytearray, memoryview)):
            raise TypeError("page must be bytes or str, not %s" % type(page).__name__)
        data = bytes(page)
        lib = self._lib
        out = ctypes.c_void_p()
        ptr = self._enter()
        try:
            info = _lib.Input(_KINDS[kind], charset.encode() if charset else None,
                              url.encode("utf-8") if url else None)
            st = lib.newsclean_extract_ex(ptr, data, len(data), ctypes.byref(info),
                                          ctypes.byref(out))
        finally:
            self._leave()
        if st != _lib.OK:
            raise _status_error(lib, st)
        try:
            return _article(lib, out)
        finally:
            lib.newsclean_article_free(out)

    def close(self) -> None:
        """Free the extractor, once no extract() on it is running. Idempotent."""
        with self._cond:
            while self._busy:
                self._cond.wait()
            ptr, self._ptr = self._ptr, None
        if ptr:
            self._lib.newsclean_extractor_free(ptr)

    def __enter__(self) -> "Extractor":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self):
        if getattr(self, "_ptr", None):
            self.close()


_default = None
_default_lock = threading.Lock()


def _default_extractor() -> Extractor:
    global _default
    with _default_lock:
        if _default is None:
            _default = Extractor()
        return _default


def extract(page: Union[bytes, bytearray, memoryview, str], url: Optional[str] = None,
            kind: Optional[str] = None, charset: Optional[str] = None) -> Article:
    """Extract one page with a default Extractor shared by the whole process; see
    Extractor.extract()."""
    return _default_extractor().extract(page, url=url, kind=kind, charset=charset)


def read_crawl(source: Union[str, "os.PathLike[str]", BinaryIO],
               extractor: Optional[Extractor] = None,
               errors: str = "record") -> Iterator[Article]:
    """Yield an Article for each page in a crawl dump (WARC 1.0/1.1 or WET, plain or
    gzipped; a path or a binary file object), in order, reading it as a stream.

    Records that are not pages (requests, metadata, images, redirects) are passed over,
    as the CLI does. A record that cannot be read or extracted is yielded as an Article
    whose .error is set, so nothing is lost silently; errors="raise" raises its
    NewscleanError instead. A dump that cannot be read on raises NewscleanError."""
    if errors not in ("record", "raise"):
        raise ValueError("errors must be 'record' or 'raise'")
    ex = extractor or _default_extractor()
    if isinstance(source, (str, bytes, os.PathLike)):
        with open(source, "rb") as f:
            yield from _read_crawl(ex, f, errors)
    else:
        yield from _read_crawl(ex, source, errors)


def _read_crawl(ex: Extractor, f: BinaryIO, errors: str) -> Iterator[Article]:
    lib = ex._lib
    failure = []

    def read(_ctx, buf, cap):
        try:
            data = f.read(cap)
            if len(data) > cap:
                raise OSError("read() returned more than asked")
            ctypes.memmove(buf, data, len(data))
            return len(data)
        except BaseException as e:  # handed back to the caller after the C call returns
            failure.append(e)
            return _lib.READ_ERROR

    read_fn = _lib.READ_FN(read)  # kept alive here for as long as the reader
    reader = lib.newsclean_warc_reader_new(read_fn, None)
    if not reader:
        raise MemoryError("cannot create a crawl reader")
    try:
        count = 0
        while True:
            rec = ctypes.c_void_p()
            st = lib.newsclean_warc_next(reader, ctypes.byref(rec))
            if failure:
                raise failure[0]
            if st != _lib.OK:
                err = _status_error(lib, st)
                raise NewscleanError(err.code, "reading the crawl dump stopped after %d records: "
                                     "%s" % (count, err.message))
            if not rec:
                return
            count += 1
            try:
                article = _crawl_record(ex, lib, rec.value)
            finally:
                lib.newsclean_warc_record_free(rec)
            if article is None:
                continue
            if article.error is not None and errors == "raise":
                raise article.error
            yield article
    finally:
        lib.newsclean_warc_reader_free(reader)


def _crawl_record(ex: Extractor, lib, rec) -> Optional[Article]:
    kind = lib.newsclean_warc_record_kind(rec)
    if kind == _lib.PAYLOAD_SKIP:
        return None
    uri = _text(lib.newsclean_warc_record_target_uri(rec))
    extra = dict(source=uri, warc_record_id=_text(lib.newsclean_warc_record_id(rec)),
                 warc_date=_text(lib.newsclean_warc_record_date(rec)))
    if kind == _lib.PAYLOAD_ERROR:
        message = _text(lib.newsclean_warc_record_error(rec)) or "corrupt crawl record"
        return Article(error=NewscleanError("warc", message), **extra)
    n = ctypes.c_size_t()
    p = lib.newsclean_warc_record_payload(rec, ctypes.byref(n))
    payload = ctypes.string_at(p, n.value) if n.value else b""
    charset = _text(lib.newsclean_warc_record_charset(rec))
    try:
        a = ex.extract(payload, url=uri, kind="text" if kind == _lib.PAYLOAD_TEXT else "html",
                       charset=charset)
    except NewscleanError as e:
        return Article(error=e, **extra)
    return dataclasses.replace(a, **extra)


def library_version() -> str:
    """The version of the libnewsclean loaded, e.g. "0.2.0"."""
    return _lib.library().newsclean_version_string().decode()
