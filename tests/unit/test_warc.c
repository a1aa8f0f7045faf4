/* test_warc.c: the WARC reader on the real quirky files in ../shared/warc and on damaged
 * dumps built here (truncation, garbage, lying lengths, cut gzip members, bad chunking,
 * content codings: gzip, deflate, br, zstd and ones that cannot be undone). */
#include <check.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#include <brotli/encode.h>
#include <zstd.h>

#include "newsclean.h"
#include "buf.h"
#include "warc.h"
#include "warc_http.h"

/* ---- helpers --------------------------------------------------------------------------- */

/* An in-memory source handing out at most 'step' bytes a call (0: as many as asked). */
typedef struct {
    const char *p;
    size_t len, pos, step;
    size_t fail_at; /* return a read error once this many bytes were given; SIZE_MAX: never */
    bool overfill;  /* claim to have written more than 'cap' */
} memsrc;

static size_t
mem_read(void *ctx, char *buf, size_t cap)
{
    memsrc *m = ctx;
    if (m->pos >= m->fail_at)
        return (size_t)-1;
    size_t n = m->len - m->pos;
    if (n > cap)
        n = cap;
    if (m->step && n > m->step)
        n = m->step;
    if (m->fail_at != SIZE_MAX && m->pos + n > m->fail_at)
        n = m->fail_at - m->pos;
    memcpy(buf, m->p + m->pos, n);
    m->pos += n;
    if (m->overfill && n)
        return cap + 1;
    return n;
}

static size_t
file_read(void *ctx, char *buf, size_t cap)
{
    FILE *f = ctx;
    size_t n = fread(buf, 1, cap, f);
    return ferror(f) ? (size_t)-1 : n;
}

#define MAXREC 64

/* Every record of one dump, and the reader's counters at the end. */
typedef struct {
    newsclean_warc_record *r[MAXREC];
    size_t n;
    newsclean_status st;
    size_t records, skipped;
    unsigned long long bytes;
} got;

static void
read_all(got *g, newsclean_read_fn fn, void *ctx)
{
    memset(g, 0, sizeof *g);
    newsclean_warc_reader *rd = newsclean_warc_reader_new(fn, ctx);
    ck_assert_ptr_nonnull(rd);
    for (;;) {
        newsclean_warc_record *rec = (newsclean_warc_record *)&g; /* must be overwritten */
        g->st = newsclean_warc_next(rd, &rec);
        ck_assert_ptr_ne(rec, (newsclean_warc_record *)&g);
        if (g->st != NEWSCLEAN_OK) {
            ck_assert_ptr_null(rec);
            /* The failure is sticky. */
            ck_assert_int_eq(newsclean_warc_next(rd, &rec), g->st);
            break;
        }
        if (!rec) {
            /* The end stays the end. */
            ck_assert_int_eq(newsclean_warc_next(rd, &rec), NEWSCLEAN_OK);
            ck_assert_ptr_null(rec);
            break;
        }
        ck_assert_uint_lt(g->n, MAXREC);
        g->r[g->n++] = rec;
    }
    g->records = newsclean_warc_reader_records(rd);
    g->skipped = newsclean_warc_reader_skipped(rd);
    g->bytes = newsclean_warc_reader_bytes(rd);
    newsclean_warc_reader_free(rd); /* records outlive their reader */
}

static void
read_mem(got *g, const char *p, size_t len, size_t step)
{
    memsrc m = {p, len, 0, step, SIZE_MAX, false};
    read_all(g, mem_read, &m);
    if (g->st == NEWSCLEAN_OK)
        ck_assert_uint_eq(m.pos, len);
}

static void
got_free(got *g)
{
    for (size_t i = 0; i < g->n; i++)
        newsclean_warc_record_free(g->r[i]);
    g->n = 0;
}

static void
str_or_null_eq(const char *have, const char *want)
{
    if (!want)
        ck_assert_ptr_null(have);
    else {
        ck_assert_ptr_nonnull(have);
        ck_assert_str_eq(have, want);
    }
}

static void
expect_rec(const newsclean_warc_record *r, newsclean_payload_kind kind, const char *type,
           const char *uri)
{
    ck_assert_int_eq(newsclean_warc_record_kind(r), kind);
    ck_assert_str_eq(newsclean_warc_record_type(r), type);
    str_or_null_eq(newsclean_warc_record_target_uri(r), uri);
    if (kind != NEWSCLEAN_PAYLOAD_ERROR)
        ck_assert_ptr_null(newsclean_warc_record_error(r));
}

static void
expect_error(const newsclean_warc_record *r, const char *msg)
{
    ck_assert_int_eq(newsclean_warc_record_kind(r), NEWSCLEAN_PAYLOAD_ERROR);
    str_or_null_eq(newsclean_warc_record_error(r), msg);
    size_t len = 99;
    const char *p = newsclean_warc_record_payload(r, &len);
    ck_assert_uint_eq(len, 0);
    ck_assert_str_eq(p, "");
}

static void
expect_payload_mem(const newsclean_warc_record *r, const char *want, size_t wlen)
{
    size_t len = 0;
    const char *p = newsclean_warc_record_payload(r, &len);
    ck_assert_ptr_nonnull(p);
    ck_assert_uint_eq(len, wlen);
    if (wlen)
        ck_assert_mem_eq(p, want, wlen);
    ck_assert_int_eq(p[len], '\0');
}

static void
expect_payload(const newsclean_warc_record *r, const char *want)
{
    expect_payload_mem(r, want, strlen(want));
}

/* Append one WARC/1.0 record: the version line, 'fields' (CRLF-terminated lines),
 * Content-Length, the block, and the CRLF CRLF that ends a record. */
static void
add_rec(newsclean_buf *b, const char *fields, const char *block, size_t blen)
{
    char cl[64];
    snprintf(cl, sizeof cl, "Content-Length: %zu\r\n\r\n", blen);
    ck_assert(newsclean_buf_append_str(b, "WARC/1.0\r\n"));
    ck_assert(newsclean_buf_append_str(b, fields));
    ck_assert(newsclean_buf_append_str(b, cl));
    ck_assert(newsclean_buf_append(b, block, blen));
    ck_assert(newsclean_buf_append_str(b, "\r\n\r\n"));
}

static void
add_rec_str(newsclean_buf *b, const char *fields, const char *block)
{
    add_rec(b, fields, block, strlen(block));
}

/* Compress p[0..n) as one gzip member appended to 'out'. */
static void
gz_append(newsclean_buf *out, const char *p, size_t n, int wbits)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    ck_assert_int_eq(deflateInit2(&zs, 6, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY), Z_OK);
    size_t bound = deflateBound(&zs, (uLong)n);
    ck_assert(newsclean_buf_reserve(out, bound));
    zs.next_in = (Bytef *)(uintptr_t)p;
    zs.avail_in = (uInt)n;
    zs.next_out = (Bytef *)(out->data + out->len);
    zs.avail_out = (uInt)bound;
    ck_assert_int_eq(deflate(&zs, Z_FINISH), Z_STREAM_END);
    out->len += bound - zs.avail_out;
    out->data[out->len] = '\0';
    deflateEnd(&zs);
}

/* Bytes that inflating p[0..n) yields, even if the stream is cut off. */
static size_t
inflated_size(const char *p, size_t n)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    ck_assert_int_eq(inflateInit2(&zs, 15 + 32), Z_OK);
    char out[4096];
    size_t total = 0;
    zs.next_in = (Bytef *)(uintptr_t)p;
    zs.avail_in = (uInt)n;
    int zr;
    do {
        zs.next_out = (Bytef *)out;
        zs.avail_out = sizeof out;
        zr = inflate(&zs, Z_NO_FLUSH);
        total += sizeof out - zs.avail_out;
    } while (zr == Z_OK && zs.avail_out == 0);
    inflateEnd(&zs);
    return total;
}

static const char PAGE[] = "<!DOCTYPE html><html><head><title>Harbour ferry resumes</title>"
                           "</head><body><p>The ferry crossed again on Monday morning.</p>"
                           "</body></html>";
static const char PAGE2[] = "<html><body><h1>Council votes on bike lanes</h1><p>Seven to two."
                            "</p></body></html>";
static const char TEXT[] = "Council votes on bike lanes\n\nThe vote was seven to two.\n";

/* An HTTP response block for 'body' with the given extra header lines. */
static void
http_block(newsclean_buf *b, const char *headers, const char *body, size_t blen)
{
    ck_assert(newsclean_buf_append_str(b, "HTTP/1.1 200 OK\r\n"));
    ck_assert(newsclean_buf_append_str(b, headers));
    ck_assert(newsclean_buf_append_str(b, "\r\n"));
    ck_assert(newsclean_buf_append(b, body, blen));
}

#define RESPONSE_FIELDS(uri)                                                                       \
    "WARC-Type: response\r\nWARC-Target-URI: " uri "\r\n"                                          \
    "WARC-Date: 2021-05-04T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:0000-test>\r\n"                  \
    "Content-Type: application/http; msgtype=response\r\n"

/* A dump with one response record whose HTTP block is 'headers' + 'body'. */
static void
one_response(newsclean_buf *w, const char *headers, const char *body, size_t blen)
{
    newsclean_buf blk;
    newsclean_buf_init(&blk);
    http_block(&blk, headers, body, blen);
    add_rec(w, RESPONSE_FIELDS("http://news.example/a"), blk.data, blk.len);
    newsclean_buf_free(&blk);
}

static const char *
shared_path(char *buf, size_t cap, const char *name)
{
    const char *dir = getenv("NEWSCLEAN_SHARED_DIR");
    if (!dir || !*dir)
        ck_abort_msg("NEWSCLEAN_SHARED_DIR is not set: run through ctest, or point it at the "
                     "shared/ directory beside the checkout");
    snprintf(buf, cap, "%s/warc/%s", dir, name);
    return buf;
}

static void
read_shared(got *g, const char *name)
{
    char path[4096];
    shared_path(path, sizeof path, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        ck_abort_msg("cannot open %s (NEWSCLEAN_SHARED_DIR wrong?)", path);
    read_all(g, file_read, f);
    fclose(f);
}

/* ---- the real files -------------------------------------------------------------------- */

typedef struct {
    newsclean_payload_kind kind;
    const char *type, *uri, *id, *date, *charset;
    int status;
    size_t len;
    unsigned long crc;
    const char *first; /* first bytes of the payload */
    const char *error;
} exp_rec;

#define K_HTML NEWSCLEAN_PAYLOAD_HTML
#define K_TEXT NEWSCLEAN_PAYLOAD_TEXT
#define K_SKIP NEWSCLEAN_PAYLOAD_SKIP
#define K_ERR NEWSCLEAN_PAYLOAD_ERROR

static void
check_file(const char *name, const exp_rec *e, size_t n, size_t skipped, unsigned long long bytes)
{
    got g;
    read_shared(&g, name);
    ck_assert_int_eq(g.st, NEWSCLEAN_OK);
    ck_assert_uint_eq(g.n, n);
    ck_assert_uint_eq(g.records, n);
    ck_assert_uint_eq(g.skipped, skipped);
    ck_assert_uint_eq(g.bytes, bytes);
    for (size_t i = 0; i < n; i++) {
        const newsclean_warc_record *r = g.r[i];
        expect_rec(r, e[i].kind, e[i].type, e[i].uri);
        str_or_null_eq(newsclean_warc_record_id(r), e[i].id);
        str_or_null_eq(newsclean_warc_record_date(r), e[i].date);
        str_or_null_eq(newsclean_warc_record_charset(r), e[i].charset);
        str_or_null_eq(newsclean_warc_record_error(r), e[i].error);
        ck_assert_int_eq(newsclean_warc_record_http_status(r), e[i].status);
        size_t len = 0;
        const char *p = newsclean_warc_record_payload(r, &len);
        ck_assert_uint_eq(len, e[i].len);
        ck_assert_uint_eq(crc32(0, (const Bytef *)p, (uInt)len), e[i].crc);
        ck_assert_mem_eq(p, e[i].first, strlen(e[i].first));
    }
    got_free(&g);
}

#define EX_INFO1                                                                                   \
    {                                                                                              \
        K_SKIP, "warcinfo", NULL, "<urn:uuid:e9a0cecc-0221-11e7-adb1-0242ac120008>",               \
            "2017-03-06T04:03:53Z", NULL, 0, 249, 0x43327eaeUL, "software: Webrecorder", NULL      \
    }
#define EX_INFO2                                                                                   \
    {                                                                                              \
        K_SKIP, "warcinfo", NULL, "<urn:uuid:e9a0ee48-0221-11e7-adb1-0242ac120008>",               \
            "2017-03-06T04:03:53Z", NULL, 0, 470, 0x40121dfbUL, "software: Webrecorder", NULL      \
    }
/* The response's payload is gzip Content-Encoding; decoded it is a 1270-byte page. */
#define EX_RESPONSE                                                                                \
    {                                                                                              \
        K_HTML, "response", "http://example.com/",                                                 \
            "<urn:uuid:a9c51e3e-0221-11e7-bf66-0242ac120005>", "2017-03-06T04:02:06Z", NULL, 200,  \
            1270, 0x8baa9508UL, "<!doctype html>\n<html>", NULL                                    \
    }
#define EX_REQUEST1                                                                                \
    {                                                                                              \
        K_SKIP, "request", "http://example.com/",                                                  \
            "<urn:uuid:a9c5c23a-0221-11e7-8fe3-0242ac120007>", "2017-03-06T04:02:06Z", NULL, 0,    \
            493, 0x57b8a784UL, "GET / HTTP/1.0\r\n", NULL                                          \
    }
/* revisit records are never extracted; their payload is the record block as is. */
#define EX_REVISIT                                                                                 \
    {                                                                                              \
        K_SKIP, "revisit", "http://example.com/",                                                  \
            "<urn:uuid:e6e395ca-0221-11e7-a18d-0242ac120005>", "2017-03-06T04:03:48Z", NULL, 0,    \
            369, 0x196caebfUL, "HTTP/1.1 200 OK\r\n", NULL                                         \
    }
#define EX_REQUEST2                                                                                \
    {                                                                                              \
        K_SKIP, "request", "http://example.com/",                                                  \
            "<urn:uuid:e6e41fea-0221-11e7-8fe3-0242ac120007>", "2017-03-06T04:03:48Z", NULL, 0,    \
            493, 0x57b8a784UL, "GET / HTTP/1.0\r\n", NULL                                          \
    }

static const exp_rec EXAMPLE[] = {EX_INFO1,    EX_INFO2,   EX_RESPONSE,
                                  EX_REQUEST1, EX_REVISIT, EX_REQUEST2};

START_TEST(real_example_plain) { check_file("example.warc", EXAMPLE, 6, 5, 5120); }
END_TEST

START_TEST(real_example_gzip_per_record)
{
    /* Six gzip members, one per record. */
    check_file("example.warc.gz", EXAMPLE, 6, 5, 3816);
}
END_TEST

START_TEST(real_bad_non_chunked)
{
    /* Despite its name this file holds no chunked response: it is example.warc as a single
     * gzip member for the whole file, which must read the same. */
    check_file("example-bad-non-chunked.warc.gz", EXAMPLE, 6, 5, 2113);
}
END_TEST

START_TEST(real_trunc)
{
    /* The response says Content-Length 973 but holds 975 bytes, so two bytes of its gzip
     * payload (the end of the gzip trailer) sit before the record separator, and the
     * file stops after the first request. The decoded page is whole; the two stray bytes
     * are reported once; the request after them is read. */
    static const exp_rec e[] = {
        EX_INFO1,
        EX_INFO2,
        EX_RESPONSE,
        {K_ERR, "", NULL, NULL, NULL, NULL, 0, 0, 0, "",
         "skipped 2 bytes of garbage before the next record"},
        EX_REQUEST1,
    };
    check_file("example-trunc.warc", e, 5, 3, 3370);
}
END_TEST

START_TEST(real_iana_chunked)
{
    static const exp_rec e[] = {
        {K_SKIP, "warcinfo", NULL, "<urn:uuid:c78e1b36-f570-40de-a2a2-97e720addf9a>",
         "2017-03-06T16:54:09Z", NULL, 0, 137, 0x175b3751UL, "software: webrecorder.io", NULL},
        /* One chunk of 0x1c37 bytes and the last-chunk: 7223 bytes of page. */
        {K_HTML, "response", "http://www.iana.org/",
         "<urn:uuid:a96ae1a5-931d-4c45-96f3-98576d155f8b>", "2017-03-06T16:54:09Z", "UTF-8", 200,
         7223, 0x214b0684UL, "<!doctype html>\n<html>\n<head>", NULL},
        {K_SKIP, "request", "http://www.iana.org/",
         "<urn:uuid:c46fbf5f-0876-4652-a348-e9b6c322eabb>", "2017-03-06T16:54:09Z", NULL, 0, 76,
         0x14783c33UL, "GET / HTTP/1.1\r\nHost: www.iana.org", NULL},
    };
    check_file("example-iana.org-chunked.warc", e, 3, 2, 8831);

    /* The chunk framing is gone: the payload ends with the page, not with "0\r\n\r\n". */
    got g;
    read_shared(&g, "example-iana.org-chunked.warc");
    size_t len;
    const char *p = newsclean_warc_record_payload(g.r[1], &len);
    ck_assert_mem_eq(p + len - 8, "</html>\n", 8);
    ck_assert_ptr_null(strstr(p, "1c37\r\n"));
    got_free(&g);
}
END_TEST

START_TEST(real_resource)
{
    static const exp_rec e[] = {
        {K_SKIP, "warcinfo", NULL, "<urn:uuid:750cb358-2c7b-11e7-88bf-0242ac120008>",
         "2017-04-29T01:30:41Z", NULL, 0, 249, 0x32c59028UL, "software: Webrecorder Platform v3.8",
         NULL},
        {K_SKIP, "warcinfo", NULL, "<urn:uuid:750cd900-2c7b-11e7-88bf-0242ac120008>",
         "2017-04-29T01:30:41Z", NULL, 0, 399, 0x13516b0bUL, "software: Webrecorder Platform v3.8",
         NULL},
        /* No HTTP envelope: the block is the page; the charset comes from the WARC header. */
        {K_HTML, "resource", "http://example.com/",
         "<urn:uuid:6e7f60da-2c7b-11e7-aaf7-0242ac120007>", "2017-04-29T01:30:30Z", "utf-8", 0,
         1303, 0x3223119dUL, "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\">", NULL},
    };
    check_file("example-resource.warc.gz", e, 3, 2, 1779);
}
END_TEST

START_TEST(real_space_in_target_uri)
{
    static const exp_rec e[] = {
        {K_SKIP, "warcinfo", NULL, "<urn:uuid:0a183026-e148-401a-838d-1d59036ba6b7>",
         "2019-06-19T16:16:43Z", NULL, 0, 73, 0xec5083f9UL, "operator: Perma.cc\r\n", NULL},
        /* An image: skipped, but still described, spaces in the URI kept. */
        {K_SKIP, "resource", "file:///example with spaces.png",
         "<urn:uuid:d0f3018c-9694-4f77-8c0d-f2f9db80d3a1>", "2019-06-19T16:16:43Z", NULL, 0, 70,
         0x14e32b9aUL, "\x89PNG\r\n\x1a\n", NULL},
    };
    check_file("example-space-in-target-uri.warc.gz", e, 2, 2, 583);
}
END_TEST

START_TEST(real_wget_bad_target_uri)
{
    static const exp_rec e[] = {
        {K_SKIP, "warcinfo", NULL, "<urn:uuid:A86E23D9-CD9F-40A3-8484-B14BBB7D4677>",
         "2018-02-09T15:12:11Z", NULL, 0, 232, 0x5a7f0a16UL, "software: Wget/1.19.4", NULL},
        /* wget's <http://example.com/> comes back without the brackets. */
        {K_SKIP, "request", "http://example.com/",
         "<urn:uuid:CEF11DC9-8D86-4F4B-9B8C-2235515B4537>", "2018-02-09T15:12:11Z", NULL, 0, 141,
         0x97c9e593UL, "GET / HTTP/1.1\r\n", NULL},
        {K_HTML, "response", "http://example.com/",
         "<urn:uuid:FD8A6D04-AF8A-4A36-A889-8094487CDF2D>", "2018-02-09T15:12:11Z", NULL, 200, 1270,
         0x8baa9508UL, "<!doctype html>\n", NULL},
        {K_SKIP, "metadata", "metadata://gnu.org/software/wget/warc/MANIFEST.txt",
         "<urn:uuid:E5AC383F-F107-47BC-99B7-176FD8DE6E94>", "2018-02-09T15:12:11Z", NULL, 0, 48,
         0xef5338c0UL, "<urn:uuid:A86E23D9", NULL},
        /* wget's own arguments and log are text/plain resources, but not captured pages. */
        {K_SKIP, "resource", "metadata://gnu.org/software/wget/warc/wget_arguments.txt",
         "<urn:uuid:543BCA4F-A305-4383-B511-0BCF23F7AD8D>", "2018-02-09T15:12:11Z", NULL, 0, 49,
         0x6afa4a2aUL, "\"--warc-file=example.com\"", NULL},
        {K_SKIP, "resource", "metadata://gnu.org/software/wget/warc/wget.log",
         "<urn:uuid:CCD67DB5-13FA-447B-BF05-BF1BDC8ED3A0>", "2018-02-09T15:12:11Z", NULL, 0, 471,
         0x3838fa39UL, "Opening WARC file", NULL},
    };
    check_file("example-wget-bad-target-uri.warc.gz", e, 6, 5, 3267);
}
END_TEST

START_TEST(real_digest)
{
    /* Four copies of one request record (same ID): nothing to extract. */
    static const exp_rec e[] = {EX_REQUEST1, EX_REQUEST1, EX_REQUEST1, EX_REQUEST1};
    check_file("example-digest.warc", e, 4, 4, 3672);
}
END_TEST

START_TEST(real_wrong_chunks)
{
    /* Gzip members do not line up with records (the response's header, its body and the
     * next record are three members) and the response's Content-Length is one byte short,
     * so a stray "\n" precedes the separator: whitespace, skipped without a report. */
    static const exp_rec e[] = {
        {K_HTML, "response", "http://example.com/",
         "<urn:uuid:80d63307-60af-43e0-903f-574b2f432b7e>", "2018-11-02T18:55:11Z", "UTF-8", 200,
         1270, 0x8baa9508UL, "<!doctype html>\n", NULL},
        {K_SKIP, "request", "http://example.com/",
         "<urn:uuid:f5086dcf-3c9b-463e-8532-68cecd628908>", "2018-11-02T18:55:11Z", NULL, 0, 137,
         0x45095a2cUL, "GET / HTTP/1.1\r\n", NULL},
    };
    check_file("example-wrong-chunks.warc.gz", e, 2, 1, 1575);
}
END_TEST

START_TEST(real_post_test)
{
    /* JSON responses to POSTs: nothing to extract. */
    static const exp_rec e[] = {
        {K_SKIP, "response", "http://httpbin.org/post",
         "<urn:uuid:f6271bbf-d071-434a-8075-aa3a294d8004>", "2014-06-10T00:08:59Z", NULL, 200, 545,
         0x6088b15dUL, "{\n  \"args\": {}, ", NULL},
        {K_SKIP, "request", "http://httpbin.org/post",
         "<urn:uuid:59a6b068-cbc2-4767-9525-33043d2709c7>", "2014-06-10T00:08:59Z", NULL, 0, 227,
         0x4efe0e57UL, "POST /post HTTP/1.1\r\n", NULL},
        {K_SKIP, "response", "http://httpbin.org/post",
         "<urn:uuid:fdd3c36a-2949-4de2-b35e-4f5fa3f642bb>", "2014-06-10T00:11:51Z", NULL, 200, 552,
         0x36217d48UL, "{\n  \"args\": {}, ", NULL},
        {K_SKIP, "request", "http://httpbin.org/post",
         "<urn:uuid:5eb8ee92-cda1-4503-a7a3-c63f1ab6515b>", "2014-06-10T00:11:51Z", NULL, 0, 223,
         0xcc349ef6UL, "POST /post HTTP/1.1\r\n", NULL},
        {K_SKIP, "response", "http://httpbin.org/post?foo=bar",
         "<urn:uuid:b1ae5a2c-b37b-469c-8214-26030832c7a5>", "2014-06-10T00:12:55Z", NULL, 200, 551,
         0x975d5ed9UL, "{\n  \"args\": {\n    \"foo\": \"bar\"", NULL},
        {K_SKIP, "request", "http://httpbin.org/post?foo=bar",
         "<urn:uuid:c79a62e3-5a4b-450d-a093-3a7fefa09664>", "2014-06-10T00:12:55Z", NULL, 0, 224,
         0xdc5eb6d6UL, "POST /post?foo=bar HTTP/1.1\r\n", NULL},
    };
    check_file("post-test.warc.gz", e, 6, 6, 3593);
}
END_TEST

/* Reading a real file one byte (or a few bytes) at a time gives the same records. */
START_TEST(real_files_any_read_size)
{
    static const char *const files[] = {"example.warc",
                                        "example.warc.gz",
                                        "example-bad-non-chunked.warc.gz",
                                        "example-digest.warc",
                                        "example-iana.org-chunked.warc",
                                        "example-resource.warc.gz",
                                        "example-space-in-target-uri.warc.gz",
                                        "example-trunc.warc",
                                        "example-wget-bad-target-uri.warc.gz",
                                        "example-wrong-chunks.warc.gz",
                                        "post-test.warc.gz"};
    static const size_t steps[] = {1, 2, 7, 100};
    for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
        char path[4096];
        shared_path(path, sizeof path, files[f]);
        FILE *fp = fopen(path, "rb");
        if (!fp)
            ck_abort_msg("cannot open %s", path);
        newsclean_buf all;
        newsclean_buf_init(&all);
        char tmp[4096];
        size_t n;
        while ((n = fread(tmp, 1, sizeof tmp, fp)) > 0)
            ck_assert(newsclean_buf_append(&all, tmp, n));
        fclose(fp);
        got base;
        read_mem(&base, all.data, all.len, 0);
        ck_assert_uint_gt(base.n, 0);
        for (size_t s = 0; s < sizeof steps / sizeof steps[0]; s++) {
            got g;
            read_mem(&g, all.data, all.len, steps[s]);
            ck_assert_int_eq(g.st, base.st);
            ck_assert_uint_eq(g.n, base.n);
            ck_assert_uint_eq(g.skipped, base.skipped);
            ck_assert_uint_eq(g.bytes, all.len);
            for (size_t i = 0; i < g.n; i++) {
                ck_assert_int_eq(newsclean_warc_record_kind(g.r[i]),
                                 newsclean_warc_record_kind(base.r[i]));
                ck_assert_str_eq(newsclean_warc_record_type(g.r[i]),
                                 newsclean_warc_record_type(base.r[i]));
                str_or_null_eq(newsclean_warc_record_target_uri(g.r[i]),
                               newsclean_warc_record_target_uri(base.r[i]));
                str_or_null_eq(newsclean_warc_record_error(g.r[i]),
                               newsclean_warc_record_error(base.r[i]));
                size_t l1, l2;
                const char *p1 = newsclean_warc_record_payload(g.r[i], &l1);
                const char *p2 = newsclean_warc_record_payload(base.r[i], &l2);
                ck_assert_uint_eq(l1, l2);
                if (l1)
                    ck_assert_mem_eq(p1, p2, l1);
            }
            got_free(&g);
        }
        got_free(&base);
        newsclean_buf_free(&all);
    }
}
END_TEST

/* ---- invented dumps: the good paths ---------------------------------------------------- */

START_TEST(empty_inputs)
{
    got g;
    read_mem(&g, "", 0, 0);
    ck_assert_int_eq(g.st, NEWSCLEAN_OK);
    ck_assert_uint_eq(g.n, 0);
    ck_assert_uint_eq(g.records, 0);
    ck_assert_uint_eq(g.bytes, 0);

    /* Blank lines alone are not garbage. */
    read_mem(&g, "\r\n\r\n\n", 5, 0);
    ck_assert_int_eq(g.st, NEWSCLEAN_OK);
    ck_assert_uint_eq(g.n, 0);
    ck_assert_uint_eq(g.bytes, 5);

    /* A single byte, and a gzip stream of nothing. */
    read_mem(&g, "\x1f", 1, 0);
    ck_assert_uint_eq(g.n, 1);
    expect_error(g.r[0], "skipped 1 bytes of garbage at the end of the input");
    got_free(&g);

    newsclean_buf z;
    newsclean_buf_init(&z);
    gz_append(&z, "", 0, 31);
    read_mem(&g, z.data, z.len, 0);
    ck_assert_int_eq(g.st, NEWSCLEAN_OK);
    ck_assert_uint_eq(g.n, 0);
    ck_assert_uint_eq(g.bytes, z.len);
    newsclean_buf_free(&z);
}
END_TEST

START_TEST(kinds_and_fields)
{
    newsclean_buf w, blk;
    newsclean_buf_init(&w);
    newsclean_buf_init(&blk);
    add_rec_str(&w,
                "WARC-Type: warcinfo\r\nWARC-Date: 2021-05-04T10:00:00Z\r\n"
                "Content-Type: application/warc-fields\r\n",
                "software: test-writer 1.0\r\n");
    http_block(&blk, "Content-Type: text/html; charset=\"ISO-8859-1\"\r\nContent-Length: 150\r\n",
               PAGE, strlen(PAGE));
    add_rec(&w,
            "WARC-Type: response\r\nWARC-Target-URI: https://news.example/ferry?id=7\r\n"
            "WARC-Date: 2021-05-04T10:00:01Z\r\n"
            "WARC-Record-ID: <urn:uuid:11111111-2222-3333-4444-555555555555>\r\n"
            "Content-Type: application/http;msgtype=response\r\n",
            blk.data, blk.len);
    add_rec_str(&w,
                "WARC-Type: request\r\nWARC-Target-URI: https://news.example/ferry?id=7\r\n"
                "Content-Type: application/http;msgtype=request\r\n",
                "GET /ferry?id=7 HTTP/1.1\r\nHost: news.example\r\n\r\n");
    add_rec_str(&w,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/notes.txt\r\n"
                "Content-Type: text/plain; charset=windows-1252\r\n",
                TEXT);
    /* A WET record, as Common Crawl writes them. */
    add_rec_str(&w,
                "WARC-Type: conversion\r\nWARC-Target-URI: http://news.example/bikes\r\n"
                "WARC-Date: 2021-05-04T10:00:02Z\r\n"
                "WARC-Refers-To: <urn:uuid:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee>\r\n"
                "Content-Type: text/plain\r\n",
                TEXT);
    add_rec_str(&w,
                "WARC-Type: metadata\r\nWARC-Target-URI: http://news.example/bikes\r\n"
                "Content-Type: application/warc-fields\r\n",
                "fetchTimeMs: 120\r\n");
    add_rec_str(&w, "WARC-Type: revisit\r\nWARC-Target-URI: http://news.example/bikes\r\n",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n");
    add_rec_str(&w, "WARC-Type: continuation\r\nWARC-Target-URI: http://news.example/big\r\n",
                "<p>second half</p>");
    add_rec_str(&w, "WARC-Type: new-kind\r\nWARC-Target-URI: http://news.example/x\r\n", PAGE2);
    add_rec_str(&w, "WARC-Target-URI: http://news.example/untyped\r\n", PAGE2);

    got g;
    read_mem(&g, w.data, w.len, 0);
    ck_assert_int_eq(g.st, NEWSCLEAN_OK);
    ck_assert_uint_eq(g.n, 10);
    ck_assert_uint_eq(g.records, 10);
    ck_assert_uint_eq(g.skipped, 7);
    ck_assert_uint_eq(g.bytes, w.len);

    expect_rec(g.r[0], K_SKIP, "warcinfo", NULL);
    ck_assert_ptr_null(newsclean_warc_record_id(g.r[0]));
    ck_assert_str_eq(newsclean_warc_record_date(g.r[0]), "2021-05-04T10:00:00Z");
    expect_payload(g.r[0], "software: test-writer 1.0\r\n");

    expect_rec(g.r[1], K_HTML, "response", "https://news.example/ferry?id=7");
    ck_assert_str_eq(newsclean_warc_record_id(g.r[1]),
                     "<urn:uuid:11111111-2222-3333-4444-555555555555>");
    ck_assert_str_eq(newsclean_warc_record_date(g.r[1]), "2021-05-04T10:00:01Z");
    ck_assert_str_eq(newsclean_warc_record_charset(g.r[1]), "ISO-8859-1");
    ck_assert_int_eq(newsclean_warc_record_http_status(g.r[1]), 200);
    expect_payload(g.r[1], PAGE);

    expect_rec(g.r[2], K_SKIP, "request", "https://news.example/ferry?id=7");
    expect_payload(g.r[2], "GET /ferry?id=7 HTTP/1.1\r\nHost: news.example\r\n\r\n");
    ck_assert_int_eq(newsclean_warc_record_http_status(g.r[2]), 0);

    expect_rec(g.r[3], K_TEXT, "resource", "http://news.example/notes.txt");
    ck_assert_str_eq(newsclean_warc_record_charset(g.r[3]), "windows-1252");
    expect_payload(g.r[3], TEXT);

    expect_rec(g.r[4], K_TEXT, "conversion", "http://news.example/bikes");
    ck_assert_ptr_null(newsclean_warc_record_charset(g.r[4]));
    expect_payload(g.r[4], TEXT);

    expect_rec(g.r[5], K_SKIP, "metadata", "http://news.example/bikes");
    expect_rec(g.r[6], K_SKIP, "revisit", "http://news.example/bikes");
    ck_assert_int_eq(newsclean_warc_record_http_status(g.r[6]), 0);
    expect_rec(g.r[7], K_SKIP, "continuation", "http://news.example/big");
    expect_rec(g.r[8], K_SKIP, "new-kind", "http://news.example/x");
    expect_rec(g.r[9], K_SKIP, "", "http://news.example/untyped");
    expect_payload(g.r[9], PAGE2);
    got_free(&g);
    newsclean_buf_free(&w);
    newsclean_buf_free(&blk);
}
END_TEST

START_TEST(header_quirks)
{
    /* WARC/1.1, LF-only lines, lowercase names, a folded value, a repeated field (the
     * first wins), spaces around values, and a wget-style bracketed URI with spaces. */
    const char *dump = "WARC/1.1\n"
                       "warc-type:   resource  \n"
                       "WARC-Target-URI: <http://news.example/a page with spaces.html>\n"
                       "WARC-Target-URI: http://news.example/second\n"
                       "WARC-Date: 2021-05-04T10:00:00.123456Z\n"
                       "WARC-Record-ID:\n"
                       "  <urn:uuid:folded>\n"
                       "content-type: text/html\n"
                       "content-length:  18 \n"
                       "\n"
                       "<p>short page</p>\n"
                       "\n\n"
                       "WARC/1.0\r\n"
                       "WARC-Type: resource\r\n"
                       "WARC-Target-URI: <>\r\n"
                       "Content-Type: text/plain\r\n"
                       "Content-Length: 5\r\n"
                       "\r\n"
                       "hello\r\n\r\n";
    got g;
    read_mem(&g, dump, strlen(dump), 0);
    ck_assert_int_eq(g.st, NEWSCLEAN_OK);
    ck_assert_uint_eq(g.n, 2);
    expect_rec(g.r[0], K_HTML, "resource", "http://news.example/a page with spaces.html");
    ck_assert_str_eq(newsclean_warc_record_id(g.r[0]), "<urn:uuid:folded>");
    ck_assert_str_eq(newsclean_warc_record_date(g.r[0]), "2021-05-04T10:00:00.123456Z");
    expect_payload(g.r[0], "<p>short page</p>\n");
    expect_rec(g.r[1], K_TEXT, "resource", "");
    expect_payload(g.r[1], "hello");
    got_free(&g);
}
END_TEST

START_TEST(http_status_and_types)
{
    newsclean_buf w, blk;
    newsclean_buf_init(&w);
    newsclean_buf_init(&blk);
    const char *bodies[][2] = {
        {"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n", PAGE2},
        {"HTTP/1.1 301 Moved Permanently\r\nLocation: /b\r\nContent-Type: text/html\r\n\r\n",
         "<a href=/b>moved</a>"},
        {"HTTP/1.0 200 OK\r\nContent-Type: image/jpeg\r\n\r\n", "\xFF\xD8\xFF\xE0 jpeg"},
        {"HTTP/1.1 200 OK\r\nContent-Type: application/xhtml+xml\r\n\r\n", PAGE2},
        {"HTTP/1.1 200 OK\r\nContent-Type: TEXT/Plain;charset=utf-8\r\n\r\n", TEXT},
        /* No Content-Type: the bytes decide. */
        {"HTTP/1.1 200 OK\r\n\r\n", "\n  <div>untyped markup</div>"},
        {"HTTP/1.1 200 OK\r\n\r\n", "Just words, no markup at all."},
        {"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n", PAGE2},
        {"HTTP/1.1 200 OK\r\n\r\n", "\x89PNG\r\n\x1a\n"},
        /* Headers only, then nothing. */
        {"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", ""},
        {"HTTP/1.1 204 No Content\r\n", ""},
        /* HTTP/2 status lines and LF-only headers. */
        {"HTTP/2 200\nContent-Type: text/html\n\n", PAGE2},
    };
    size_t nb = sizeof bodies / sizeof bodies[0];
    for (size_t i = 0; i < nb; i++) {
        blk.len = 0;
        ck_assert(newsclean_buf_append_str(&blk, bodies[i][0]));
        ck_assert(newsclean_buf_append_str(&blk, bodies[i][1]));
        add_rec(&w, RESPONSE_FIELDS("http://news.example/s"), blk.data, blk.len);
    }
    /* application/http whose block is not HTTP at all: sniffed as it is. */
    add_rec_str(&w, RESPONSE_FIELDS("http://news.example/raw"), PAGE2);
    /* A response record without Content-Type, whose block is HTTP. */
    add_rec_str(&w, "WARC-Type: response\r\nWARC-Target-URI: http://news.example/nt\r\n",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>");
    /* A DNS response, as Heritrix writes them. */
    add_rec_str(&w,
                "WARC-Type: response\r\nWARC-Target-URI: dns:news.example\r\n"
                "Content-Type: text/dns\r\n",
                "20210504100000\nnews.example.\t300\tIN\tA\t192.0.2.1\n");
    /* A text/plain resource on a metadata: URI is crawl bookkeeping. */
    add_rec_str(&w,
                "WARC-Type: resource\r\nWARC-Target-URI: metadata://crawler/log.txt\r\n"
                "Content-Type: text/plain\r\n",
                "fetch 1 ok\n");

    got g;
    read_mem(&g, w.data, w.len, 0);
    ck_assert_int_eq(g.st, NEWSCLEAN_OK);
    ck_assert_uint_eq(g.n, nb + 4);
    static const newsclean_payload_kind want[] = {K_SKIP, K_SKIP, K_SKIP, K_HTML, K_TEXT, K_HTML,
                                                  K_TEXT, K_HTML, K_SKIP, K_SKIP, K_SKIP, K_HTML,
                                                  K_HTML, K_HTML, K_SKIP, K_SKIP};
    static const int status[] = {404, 301, 200, 200, 200, 200, 200, 200,
                                 200, 200, 204, 200, 0,   200, 0,   0};
    for (size_t i = 0; i < g.n; i++) {
        ck_assert_msg(newsclean_warc_record_kind(g.r[i]) == want[i], "record %zu: kind %d", i,
                      (int)newsclean_warc_record_kind(g.r[i]));
        ck_assert_int_eq(newsclean_warc_record_http_status(g.r[i]), status[i]);
    }
    ck_assert_uint_eq(g.skipped, 8);
    /* Skipped responses still hand out their body. */
    expect_payload(g.r[0], PAGE2);
    expect_payload(g.r[1], "<a href=/b>moved</a>");
    ck_assert_str_eq(newsclean_warc_record_charset(g.r[4]), "utf-8");
    expect_payload(g.r[9], "");
    expect_payload(g.r[10], "");
    expect_payload(g.r[12], PAGE2);
    expect_payload(g.r[13], "<p>x</p>");
    got_free(&g);
    newsclean_buf_free(&w);
    newsclean_buf_free(&blk);
}
END_TEST

/* ---- chunked transfer coding ----------------------------------------------------------- */

static void
check_one_response(const char *headers, const char *body, size_t blen, newsclean_payload_kind kind,
                   const char *want, size_t wlen)
{
    newsclean_buf w;
    newsclean_buf_init(&w);
    one_response(&w, headers, body, blen);
    got g;
    read_mem(&g, w.data, w.len, 0);
    ck_assert_int_eq(g.st, NEWSCLEAN_OK);
    ck_assert_uint_eq(g.n, 1);
    ck_assert_int_eq(newsclean_warc_record_kind(g.r[0]), kind);
    if (kind != K_ERR)
        expect_payload_mem(g.r[0], want, wlen);
    got_free(&g);
    newsclean_buf_free(&w);
}

#define CHECK_ONE(headers, body, kind, want)                                                       \
    check_one_response(headers, body, strlen(body), kind, want, strlen(want))

START_TEST(chunked)
{
    const char *te = "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n";
    /* Several chunks, lowercase and uppercase hex, an extension, trailers. */
    CHECK_ONE(
        te, "6\r\n<p>One\r\na;name=val\r\n and two, \r\nC\r\nthree.</p>\r\n\r\n0\r\nX-T: 1\r\n\r\n",
        K_HTML, "<p>One and two, three.</p>\r\n");
    /* Wrong sizes: the raw body is kept rather than lost. */
    CHECK_ONE(te, "5\r\n<p>Hello world</p>\r\n0\r\n\r\n", K_HTML,
              "5\r\n<p>Hello world</p>\r\n0\r\n\r\n");
    /* A size running past the end cannot be told from a capture cut off in the chunk. */
    CHECK_ONE(te, "20\r\n<p>short</p>\r\n0\r\n\r\n", K_HTML, "<p>short</p>\r\n0\r\n\r\n");
    /* Claims chunked but is not. */
    CHECK_ONE(te, PAGE2, K_HTML, PAGE2);
    /* Hex digits that merely start the text, without a CRLF. */
    CHECK_ONE("Transfer-Encoding: chunked\r\n", "face the facts\nmore words", K_TEXT,
              "face the facts\nmore words");
    /* Cut off inside a chunk, and right after one: what came is kept. */
    CHECK_ONE(te, "9\r\n<p>Cut in\r\n1e\r\n the middle of a chunk", K_HTML,
              "<p>Cut in the middle of a chunk");
    CHECK_ONE(te, "8\r\n<p>Whole\r\n", K_HTML, "<p>Whole");
    CHECK_ONE(te, "8\r\n<p>Whole\r\n9\r\n</p>more!\r", K_HTML, "<p>Whole</p>more!");
    /* "gzip, chunked" is chunked too, and chunked before gzip is undone in that order. */
    newsclean_buf z, body;
    newsclean_buf_init(&z);
    newsclean_buf_init(&body);
    gz_append(&z, PAGE, strlen(PAGE), 31);
    char line[32];
    size_t half = z.len / 2;
    snprintf(line, sizeof line, "%zx\r\n", half);
    newsclean_buf_append_str(&body, line);
    newsclean_buf_append(&body, z.data, half);
    snprintf(line, sizeof line, "\r\n%zX\r\n", z.len - half);
    newsclean_buf_append_str(&body, line);
    newsclean_buf_append(&body, z.data + half, z.len - half);
    newsclean_buf_append_str(&body, "\r\n0\r\n\r\n");
    check_one_response("Content-Type: text/html\r\nTransfer-Encoding: Chunked\r\n"
                       "Content-Encoding: gzip\r\n",
                       body.data, body.len, K_HTML, PAGE, strlen(PAGE));
    newsclean_buf_free(&z);
    newsclean_buf_free(&body);
}
END_TEST

START_TEST(dechunk_direct)
{
    newsclean_buf out;
    newsclean_buf_init(&out);
    bool ok = true;
    ck_assert_int_eq(newsclean_http_dechunk("", 0, &out, &ok), NEWSCLEAN_OK);
    ck_assert(!ok);
    ck_assert_int_eq(newsclean_http_dechunk("0\r\n\r\n", 5, &out, &ok), NEWSCLEAN_OK);
    ck_assert(ok);
    ck_assert_uint_eq(out.len, 0);
    /* A size that overflows any integer is clamped and read as cut off. */
    const char *big = "ffffffffffffffffffffffff\r\nabc";
    ck_assert_int_eq(newsclean_http_dechunk(big, strlen(big), &out, &ok), NEWSCLEAN_OK);
    ck_assert(ok);
    ck_assert_str_eq(out.data, "abc");
    /* A failure leaves what was in 'out' before. */
    ck_assert_int_eq(newsclean_http_dechunk("3\r\nxyzw", 7, &out, &ok), NEWSCLEAN_OK);
    ck_assert(!ok);
    ck_assert_str_eq(out.data, "abc");
    ck_assert_int_eq(newsclean_http_dechunk("3 \r\nxyz\r\n", 9, &out, &ok), NEWSCLEAN_OK);
    ck_assert(ok);
    ck_assert_str_eq(out.data, "abcxyz");
    ck_assert_int_eq(newsclean_http_dechunk("-3\r\nxyz\r\n", 9, &out, &ok), NEWSCLEAN_OK);
    ck_assert(!ok);
    ck_assert_int_eq(newsclean_http_dechunk("3\nxyz\n", 6, &out, &ok), NEWSCLEAN_OK);
    ck_assert(!ok);
    ck_assert_str_eq(out.data, "abcxyz");
    newsclean_buf_free(&out);
}
END_TEST

/* ---- content coding -------------------------------------------------------------------- */

START_TEST(content_encoding)
{
    newsclean_buf z;
    newsclean_buf_init(&z);
    gz_append(&z, PAGE, strlen(PAGE), 31);
    check_one_response("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", z.data, z.len,
                       K_HTML, PAGE, strlen(PAGE));
    check_one_response("Content-Type: text/html\r\nContent-Encoding: x-gzip\r\n", z.data, z.len,
                       K_HTML, PAGE, strlen(PAGE));
    /* Cut off: what decoded is kept, since compressed bytes are no use to anyone. */
    size_t part = inflated_size(z.data, z.len - 20);
    ck_assert_uint_gt(part, 0);
    ck_assert_uint_lt(part, strlen(PAGE));
    check_one_response("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", z.data, z.len - 20,
                       K_HTML, PAGE, part);
    /* Two members in one body. */
    gz_append(&z, PAGE2, strlen(PAGE2), 31);
    char both[512];
    snprintf(both, sizeof both, "%s%s", PAGE, PAGE2);
    check_one_response("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", z.data, z.len,
                       K_HTML, both, strlen(both));

    /* deflate, zlib-wrapped as the RFC says and raw as many servers send it. */
    z.len = 0;
    gz_append(&z, PAGE, strlen(PAGE), 15);
    check_one_response("Content-Type: text/html\r\nContent-Encoding: deflate\r\n", z.data, z.len,
                       K_HTML, PAGE, strlen(PAGE));
    z.len = 0;
    gz_append(&z, PAGE, strlen(PAGE), -15);
    check_one_response("Content-Type: text/html\r\nContent-Encoding: Deflate\r\n", z.data, z.len,
                       K_HTML, PAGE, strlen(PAGE));
    /* Two codings, undone last first. */
    newsclean_buf z2;
    newsclean_buf_init(&z2);
    z.len = 0;
    gz_append(&z, PAGE, strlen(PAGE), 15);
    gz_append(&z2, z.data, z.len, 31);
    check_one_response("Content-Type: text/html\r\nContent-Encoding: deflate, identity, gzip\r\n",
                       z2.data, z2.len, K_HTML, PAGE, strlen(PAGE));
    newsclean_buf_free(&z2);

    /* The header lies: the body is plain. The raw bytes are kept. */
    check_one_response("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", PAGE2,
                       strlen(PAGE2), K_HTML, PAGE2, strlen(PAGE2));
    check_one_response("Content-Type: text/html\r\nContent-Encoding: deflate\r\n", PAGE2,
                       strlen(PAGE2), K_HTML, PAGE2, strlen(PAGE2));
    check_one_response("Content-Type: text/html\r\nContent-Encoding: identity\r\n", PAGE2,
                       strlen(PAGE2), K_HTML, PAGE2, strlen(PAGE2));
    check_one_response("Content-Type: text/html\r\nContent-Encoding: gzip, br\r\n", PAGE2,
                       strlen(PAGE2), K_HTML, PAGE2, strlen(PAGE2));
    newsclean_buf_free(&z);
}
END_TEST

/* Compress p[0..n) with brotli, appended to 'out'. */
static void
br_append(newsclean_buf *out, const char *p, size_t n)
{
    size_t cap = BrotliEncoderMaxCompressedSize(n);
    ck_assert(newsclean_buf_reserve(out, cap));
    size_t written = cap;
    ck_assert(BrotliEncoderCompress(5, 22, BROTLI_MODE_TEXT, n, (const uint8_t *)p, &written,
                                    (uint8_t *)out->data + out->len));
    out->len += written;
    out->data[out->len] = '\0';
}

/* Compress p[0..n) as one zstd frame with at most a 2^window_log window, appended. */
static void
zstd_append(newsclean_buf *out, const char *p, size_t n, int window_log)
{
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ck_assert_ptr_nonnull(cctx);
    ck_assert(!ZSTD_isError(ZSTD_CCtx_setParameter(cctx, ZSTD_c_windowLog, window_log)));
    /* No pledged size, so the frame keeps the window asked for however small 'n' is. */
    ck_assert(!ZSTD_isError(ZSTD_CCtx_setParameter(cctx, ZSTD_c_contentSizeFlag, 0)));
    size_t cap = ZSTD_compressBound(n);
    ck_assert(newsclean_buf_reserve(out, cap));
    ZSTD_inBuffer in = {p, n, 0};
    ZSTD_outBuffer o = {out->data + out->len, cap, 0};
    /* Input first, then the end: given all at once with the end, zstd would size the
     * window to the input. */
    ck_assert(!ZSTD_isError(ZSTD_compressStream2(cctx, &o, &in, ZSTD_e_continue)));
    ck_assert_uint_eq(in.pos, n);
    ZSTD_inBuffer none = {NULL, 0, 0};
    ck_assert_uint_eq(ZSTD_compressStream2(cctx, &o, &none, ZSTD_e_end), 0);
    out->len += o.pos;
    out->data[out->len] = '\0';
    ZSTD_freeCCtx(cctx);
}

/* Varied text of about 'n' bytes, so compressed streams cut short still decode a part. */
static char *
long_page(size_t n)
{
    char *p = malloc(n + 64);
    ck_assert_ptr_nonnull(p);
    size_t len = 0;
    len += (size_t)sprintf(p, "<html><body>");
    for (unsigned i = 0; len < n; i++)
        len += (size_t)sprintf(p + len, "<p>Paragraph %u of %u.</p>", i * 7919u % 10007u, i);
    return p;
}

/* The record for 'headers' + 'body' is HTML whose payload is a non-empty prefix of 'want'. */
static void
check_prefix(const char *headers, const char *body, size_t blen, const char *want)
{
    newsclean_buf w;
    newsclean_buf_init(&w);
    one_response(&w, headers, body, blen);
    got g;
    read_mem(&g, w.data, w.len, 0);
    ck_assert_uint_eq(g.n, 1);
    ck_assert_int_eq(newsclean_warc_record_kind(g.r[0]), K_HTML);
    size_t len = 0;
    const char *p = newsclean_warc_record_payload(g.r[0], &len);
    ck_assert_uint_gt(len, 0);
    ck_assert_uint_lt(len, strlen(want));
    ck_assert_mem_eq(p, want, len);
    got_free(&g);
    newsclean_buf_free(&w);
}

START_TEST(brotli_and_zstd)
{
    const char *br = "Content-Type: text/html\r\nContent-Encoding: br\r\n";
    const char *zs = "Content-Type: text/html\r\nContent-Encoding: zstd\r\n";
    newsclean_buf z, z2;
    newsclean_buf_init(&z);
    newsclean_buf_init(&z2);
    br_append(&z, PAGE, strlen(PAGE));
    check_one_response(br, z.data, z.len, K_HTML, PAGE, strlen(PAGE));
    check_one_response("Content-Type: text/html\r\nContent-Encoding: BR\r\n", z.data, z.len, K_HTML,
                       PAGE, strlen(PAGE));
    z.len = 0;
    zstd_append(&z, PAGE, strlen(PAGE), 19);
    check_one_response(zs, z.data, z.len, K_HTML, PAGE, strlen(PAGE));
    /* Two zstd frames in one body. */
    zstd_append(&z, PAGE2, strlen(PAGE2), 19);
    char both[512];
    snprintf(both, sizeof both, "%s%s", PAGE, PAGE2);
    check_one_response(zs, z.data, z.len, K_HTML, both, strlen(both));
    /* zstd, then brotli over it, undone last first. */
    z.len = 0;
    zstd_append(&z, PAGE, strlen(PAGE), 19);
    br_append(&z2, z.data, z.len);
    check_one_response("Content-Type: text/html\r\nContent-Encoding: zstd, br\r\n", z2.data, z2.len,
                       K_HTML, PAGE, strlen(PAGE));

    /* Cut off part way: what decoded is kept. */
    char *big = long_page(600000); /* zstd decodes by 128 KiB blocks */
    z.len = 0;
    br_append(&z, big, strlen(big));
    check_prefix(br, z.data, z.len / 2, big);
    z.len = 0;
    zstd_append(&z, big, strlen(big), 19);
    check_prefix(zs, z.data, z.len / 2, big);
    free(big);
    newsclean_buf_free(&z);
    newsclean_buf_free(&z2);
}
END_TEST

/* 'headers' + 'body' give one ERROR record with message 'msg', and the record after it is
 * read as usual. */
static void
check_undecodable(const char *headers, const char *body, size_t blen, const char *msg)
{
    newsclean_buf w;
    newsclean_buf_init(&w);
    one_response(&w, headers, body, blen);
    add_rec_str(&w,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/after\r\n"
                "Content-Type: text/html\r\n",
                PAGE2);
    got g;
    read_mem(&g, w.data, w.len, 0);
    ck_assert_int_eq(g.st, NEWSCLEAN_OK);
    ck_assert_uint_eq(g.n, 2);
    expect_error(g.r[0], msg);
    ck_assert_str_eq(newsclean_warc_record_target_uri(g.r[0]), "http://news.example/a");
    str_or_null_eq(newsclean_warc_record_id(g.r[0]), "<urn:uuid:0000-test>");
    expect_rec(g.r[1], K_HTML, "resource", "http://news.example/after");
    expect_payload_mem(g.r[1], PAGE2, strlen(PAGE2));
    ck_assert_uint_eq(g.skipped, 0);
    got_free(&g);
    newsclean_buf_free(&w);
}

START_TEST(undecodable_payloads)
{
    /* A coding nobody can undo here. */
    check_undecodable("Content-Type: text/html\r\nContent-Encoding: compress\r\n", "\x1f\x9d\x90zz",
                      5, "Content-Encoding 'compress' is not a coding this reader can undo");
    /* No type at all: the bytes would have been sniffed, so they matter too. */
    check_undecodable("Content-Encoding: x-bzip2\r\n", "BZh91AY&SY", 10,
                      "Content-Encoding 'x-bzip2' is not a coding this reader can undo");
    /* Declared br or gzip, but the bytes are neither that nor text. */
    const char *msg = "does not match the payload, which could not be decoded";
    char want[128];
    snprintf(want, sizeof want, "Content-Encoding 'br' %s", msg);
    check_undecodable("Content-Type: text/html\r\nContent-Encoding: br\r\n", "\x1b\x03\x00zz", 5,
                      want);
    snprintf(want, sizeof want, "Content-Encoding 'gzip' %s", msg);
    check_undecodable("Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                      "\x01\x02garbage\x7f", 10, want);
    /* A zstd frame asking for a 16 MiB window: more memory than HTTP clients give. */
    newsclean_buf z;
    newsclean_buf_init(&z);
    zstd_append(&z, PAGE, strlen(PAGE), 24);
    snprintf(want, sizeof want, "Content-Encoding 'zstd' %s", msg);
    check_undecodable("Content-Type: text/html\r\nContent-Encoding: zstd\r\n", z.data, z.len, want);
    newsclean_buf_free(&z);
    /* Not pages whatever their coding: skipped, as without one. */
    check_one_response("Content-Type: image/png\r\nContent-Encoding: compress\r\n", "\x1f\x9dzz", 4,
                       K_SKIP, "\x1f\x9dzz", 4);
    newsclean_buf w;
    newsclean_buf_init(&w);
    newsclean_buf blk;
    newsclean_buf_init(&blk);
    ck_assert(newsclean_buf_append_str(&blk, "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n"
                                             "Content-Encoding: compress\r\n\r\n\x1f\x9dzz"));
    add_rec(&w, RESPONSE_FIELDS("http://news.example/a"), blk.data, blk.len);
    got g;
    read_mem(&g, w.data, w.len, 0);
    ck_assert_uint_eq(g.n, 1);
    ck_assert_int_eq(newsclean_warc_record_kind(g.r[0]), K_SKIP);
    got_free(&g);
    newsclean_buf_free(&blk);
    newsclean_buf_free(&w);
}
END_TEST

START_TEST(decode_direct)
{
    newsclean_buf out;
    newsclean_buf_init(&out);
    ck_assert_int_eq(newsclean_http_decode("gzip, gzip, gzip, gzip, gzip", "x", 1, 100, &out),
                     NEWSCLEAN_DECODE_UNSUPPORTED);
    ck_assert_int_eq(newsclean_http_decode("compress", "x", 1, 100, &out),
                     NEWSCLEAN_DECODE_UNSUPPORTED);
    ck_assert_int_eq(newsclean_http_decode("", "x", 1, 100, &out), NEWSCLEAN_DECODE_RAW);
    ck_assert_int_eq(newsclean_http_decode(" , identity ,", "x", 1, 100, &out),
                     NEWSCLEAN_DECODE_RAW);
    ck_assert_ptr_null(out.data);
    /* The limit counts decoded bytes: exactly at the limit is fine, one more is not. */
    newsclean_buf z;
    newsclean_buf_init(&z);
    gz_append(&z, PAGE, strlen(PAGE), 31);
    ck_assert_int_eq(newsclean_http_decode("gzip", z.data, z.len, strlen(PAGE), &out),
                     NEWSCLEAN_DECODE_DONE);
    ck_assert_str_eq(out.data, PAGE);
    newsclean_buf_free(&out);
    ck_assert_int_eq(newsclean_http_decode("gzip", z.data, z.len, strlen(PAGE) - 1, &out),
                     NEWSCLEAN_DECODE_LIMIT);
    ck_assert_uint_eq(out.len, 0);
    newsclean_buf_free(&out);
    /* The same for brotli and zstd. */
    z.len = 0;
    br_append(&z, PAGE, strlen(PAGE));
    ck_assert_int_eq(newsclean_http_decode("br", z.data, z.len, strlen(PAGE), &out),
                     NEWSCLEAN_DECODE_DONE);
    ck_assert_str_eq(out.data, PAGE);
    newsclean_buf_free(&out);
    ck_assert_int_eq(newsclean_http_decode("br", z.data, z.len, strlen(PAGE) - 1, &out),
                     NEWSCLEAN_DECODE_LIMIT);
    ck_assert_uint_eq(out.len, 0);
    newsclean_buf_free(&out);
    z.len = 0;
    zstd_append(&z, PAGE, strlen(PAGE), 19);
    ck_assert_int_eq(newsclean_http_decode("zstd", z.data, z.len, strlen(PAGE), &out),
                     NEWSCLEAN_DECODE_DONE);
    ck_assert_str_eq(out.data, PAGE);
    newsclean_buf_free(&out);
    ck_assert_int_eq(newsclean_http_decode("zstd", z.data, z.len, strlen(PAGE) - 1, &out),
                     NEWSCLEAN_DECODE_LIMIT);
    ck_assert_uint_eq(out.len, 0);
    newsclean_buf_free(&out);
    newsclean_buf_free(&z);
}
END_TEST

START_TEST(decompression_bomb)
{
    /* 65 MiB of spaces gzip to about 64 KiB; decoded they pass the payload limit. */
    size_t n = NEWSCLEAN_WARC_MAX_PAYLOAD + ((size_t)1 << 20);
    char *spaces = malloc(n);
    ck_assert_ptr_nonnull(spaces);
    memset(spaces, ' ', n);
    newsclean_buf z, w;
    newsclean_buf_init(&z);
    newsclean_buf_init(&w);
    gz_append(&z, spaces, n, 31);
    free(spaces);
    one_response(&w, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", z.data, z.len);
    add_rec_str(&w,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/after\r\n"
                "Content-Type: text/html\r\n",
                PAGE2);
    got g;
    read_mem(&g, w.data, w.len, 0);
    ck_assert_int_eq(g.st, NEWSCLEAN_OK);
    ck_assert_uint_eq(g.n, 2);
    expect_error(g.r[0], "payload exceeds the limit of 67108864 bytes once its Content-Encoding "
                         "is undone");
    ck_assert_str_eq(newsclean_warc_record_target_uri(g.r[0]), "http://news.example/a");
    ck_assert_str_eq(newsclean_warc_record_type(g.r[0]), "response");
    expect_rec(g.r[1], K_HTML, "resource", "http://news.example/after");
    got_free(&g);
    newsclean_buf_free(&z);
    newsclean_buf_free(&w);
}
END_TEST

/* ---- damaged dumps --------------------------------------------------------------------- */

START_TEST(truncated_in_the_middle)
{
    newsclean_buf w;
    newsclean_buf_init(&w);
    add_rec_str(&w,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/1\r\n"
                "Content-Type: text/html\r\n",
                PAGE);
    size_t keep = w.len;
    add_rec_str(&w,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/2\r\n"
                "WARC-Record-ID: <urn:uuid:cut>\r\nContent-Type: text/html\r\n",
                PAGE2);
    /* Cut 40 bytes into the second block. */
    const char *blk2 = strstr(w.data + keep, "\r\n\r\n") + 4;
    size_t cut = (size_t)(blk2 - w.data) + 40;
    char want[128];
    snprintf(want, sizeof want, "record truncated: Content-Length %zu but only 40 bytes left",
             strlen(PAGE2));
    static const size_t steps[] = {0, 1, 5};
    for (size_t s = 0; s < 3; s++) {
        got g;
        read_mem(&g, w.data, cut, steps[s]);
        ck_assert_int_eq(g.st, NEWSCLEAN_OK);
        ck_assert_uint_eq(g.n, 2);
        expect_rec(g.r[0], K_HTML, "resource", "http://news.example/1");
        expect_payload(g.r[0], PAGE);
        expect_error(g.r[1], want);
        /* The header was whole, so the ERROR record says which record it was. */
        ck_assert_str_eq(newsclean_warc_record_type(g.r[1]), "resource");
        ck_assert_str_eq(newsclean_warc_record_target_uri(g.r[1]), "http://news.example/2");
        ck_assert_str_eq(newsclean_warc_record_id(g.r[1]), "<urn:uuid:cut>");
        ck_assert_uint_eq(g.records, 2);
        ck_assert_uint_eq(g.skipped, 0);
        got_free(&g);
    }

    /* Cut inside the header. */
    got g;
    read_mem(&g, w.data, keep + 40, 0);
    ck_assert_uint_eq(g.n, 2);
    expect_error(g.r[1], "record header cut off at the end of the input");
    ck_assert_str_eq(newsclean_warc_record_type(g.r[1]), "resource");
    ck_assert_ptr_null(newsclean_warc_record_target_uri(g.r[1]));
    got_free(&g);

    /* Cut right after the version line, and in the separator (no loss: a whole record). */
    read_mem(&g, w.data, keep + 10, 0);
    ck_assert_uint_eq(g.n, 2);
    expect_error(g.r[1], "record header cut off at the end of the input");
    ck_assert_str_eq(newsclean_warc_record_type(g.r[1]), "");
    got_free(&g);
    read_mem(&g, w.data, w.len - 3, 0);
    ck_assert_uint_eq(g.n, 2);
    expect_rec(g.r[1], K_HTML, "resource", "http://news.example/2");
    got_free(&g);
    newsclean_buf_free(&w);
}
END_TEST

START_TEST(garbage_between_records)
{
    newsclean_buf w;
    newsclean_buf_init(&w);
    ck_assert(newsclean_buf_append_str(&w, "leading junk\r\n"));
    add_rec_str(&w,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/1\r\n"
                "Content-Type: text/html\r\n",
                PAGE);
    /* Looks like a record, but not at the start of a line. */
    ck_assert(newsclean_buf_append_str(&w, "this is not a record xWARC/1.0\r\n\r\n  \r\n"));
    add_rec_str(&w,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/2\r\n"
                "Content-Type: text/plain\r\n",
                TEXT);
    ck_assert(newsclean_buf_append_str(&w, "WARC/2.0\r\nWARC-Type: resource\r\n\r\n"));
    add_rec_str(&w,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/3\r\n"
                "Content-Type: text/plain\r\n",
                TEXT);
    ck_assert(newsclean_buf_append_str(&w, "\r\ntrailing junk\x01\r\n\r\n"));
    static const size_t steps[] = {0, 1, 3};
    for (size_t s = 0; s < 3; s++) {
        got g;
        read_mem(&g, w.data, w.len, steps[s]);
        ck_assert_int_eq(g.st, NEWSCLEAN_OK);
        ck_assert_uint_eq(g.n, 7);
        expect_error(g.r[0], "skipped 12 bytes of garbage before the next record");
        expect_rec(g.r[1], K_HTML, "resource", "http://news.example/1");
        expect_payload(g.r[1], PAGE);
        expect_error(g.r[2], "skipped 30 bytes of garbage before the next record");
        expect_rec(g.r[3], K_TEXT, "resource", "http://news.example/2");
        /* Only WARC/1.x starts a record. */
        expect_error(g.r[4], "skipped 29 bytes of garbage before the next record");
        expect_rec(g.r[5], K_TEXT, "resource", "http://news.example/3");
        expect_error(g.r[6], "skipped 14 bytes of garbage at the end of the input");
        ck_assert_uint_eq(g.records, 7);
        got_free(&g);
    }
    newsclean_buf_free(&w);
}
END_TEST

START_TEST(lying_content_length)
{
    /* Content-Length 40 bytes too big: the block swallows the start of the next record.
     * The reader notices the junk after the block, finds the record inside it, and reads
     * it (and the one after) again. */
    newsclean_buf w;
    newsclean_buf_init(&w);
    char fields[256];
    snprintf(fields, sizeof fields,
             "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/liar\r\n"
             "Content-Type: text/html\r\nContent-Length: %zu\r\n\r\n",
             strlen(PAGE) + 40);
    ck_assert(newsclean_buf_append_str(&w, "WARC/1.0\r\n"));
    ck_assert(newsclean_buf_append_str(&w, fields));
    ck_assert(newsclean_buf_append_str(&w, PAGE));
    ck_assert(newsclean_buf_append_str(&w, "\r\n\r\n"));
    add_rec_str(&w,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/2\r\n"
                "Content-Type: text/html\r\n",
                PAGE2);
    add_rec_str(&w, "WARC-Type: conversion\r\nWARC-Target-URI: http://news.example/3\r\n", TEXT);
    char want[128];
    snprintf(want, sizeof want, "record corrupt: Content-Length %zu runs into the next record",
             strlen(PAGE) + 40);
    got g;
    read_mem(&g, w.data, w.len, 0);
    ck_assert_int_eq(g.st, NEWSCLEAN_OK);
    ck_assert_uint_eq(g.n, 3);
    expect_error(g.r[0], want);
    ck_assert_str_eq(newsclean_warc_record_target_uri(g.r[0]), "http://news.example/liar");
    expect_rec(g.r[1], K_HTML, "resource", "http://news.example/2");
    expect_payload(g.r[1], PAGE2);
    expect_rec(g.r[2], K_TEXT, "conversion", "http://news.example/3");
    expect_payload(g.r[2], TEXT);
    got_free(&g);

    /* A bigger lie reaches past the end of the input: the block is cut off, and the records
     * it swallowed whole are still read. */
    w.len = 0;
    snprintf(fields, sizeof fields,
             "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/liar\r\n"
             "Content-Type: text/html\r\nContent-Length: %zu\r\n\r\n",
             strlen(PAGE) + 5000);
    ck_assert(newsclean_buf_append_str(&w, "WARC/1.0\r\n"));
    ck_assert(newsclean_buf_append_str(&w, fields));
    size_t block_at = w.len;
    ck_assert(newsclean_buf_append_str(&w, PAGE));
    ck_assert(newsclean_buf_append_str(&w, "\r\n\r\n"));
    add_rec_str(&w,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/2\r\n"
                "Content-Type: text/html\r\n",
                PAGE2);
    snprintf(want, sizeof want, "record truncated: Content-Length %zu but only %zu bytes left",
             strlen(PAGE) + 5000, w.len - block_at);
    read_mem(&g, w.data, w.len, 1);
    ck_assert_uint_eq(g.n, 2);
    expect_error(g.r[0], want);
    expect_rec(g.r[1], K_HTML, "resource", "http://news.example/2");
    expect_payload(g.r[1], PAGE2);
    got_free(&g);
    newsclean_buf_free(&w);
}
END_TEST

START_TEST(lying_length_ends_at_a_line_break)
{
    /* A Content-Length that ends right before a line break inside a swallowed record's
     * header: that record is read again whole, its line break kept. */
    static const char fields_b[] = "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/b"
                                   "\r\nContent-Type: text/html\r\n";
    newsclean_buf b;
    newsclean_buf_init(&b);
    add_rec_str(&b, fields_b, "<p>b</p>");
    size_t cut = (size_t)(strstr(b.data, "text/html") - b.data) + strlen("text/html");
    newsclean_buf w;
    newsclean_buf_init(&w);
    char fields[256];
    snprintf(fields, sizeof fields,
             "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/liar\r\n"
             "Content-Type: text/html\r\nContent-Length: %zu\r\n\r\n",
             strlen("<p>a</p>\r\n\r\n") + cut);
    ck_assert(newsclean_buf_append_str(&w, "WARC/1.0\r\n"));
    ck_assert(newsclean_buf_append_str(&w, fields));
    ck_assert(newsclean_buf_append_str(&w, "<p>a</p>\r\n\r\n"));
    ck_assert(newsclean_buf_append(&w, b.data, b.len));
    for (size_t step = 0; step < 3; step++) {
        got g;
        read_mem(&g, w.data, w.len, step * 7);
        ck_assert_uint_eq(g.n, 2);
        ck_assert_int_eq(newsclean_warc_record_kind(g.r[0]), K_ERR);
        expect_rec(g.r[1], K_HTML, "resource", "http://news.example/b");
        expect_payload(g.r[1], "<p>b</p>");
        got_free(&g);
    }
    newsclean_buf_free(&w);
    newsclean_buf_free(&b);
}
END_TEST

START_TEST(many_lying_lengths_in_linear_time)
{
    /* Records that each claim far more than they hold, or run past the end of the input:
     * each is reported, the next read, and the bytes a lie swallows are not read again
     * for every lie (which took quadratic time). */
    static const char fields[] = "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/"
                                 "\r\nContent-Type: text/html\r\n";
    size_t counts[2] = {2000, 8000};
    double took[2];
    for (size_t round = 0; round < 2; round++) {
        newsclean_buf w;
        newsclean_buf_init(&w);
        for (size_t i = 0; i < counts[round]; i++) {
            char head[256];
            size_t claim = i % 3 == 0 ? 200000 : i % 3 == 1 ? 8 : (size_t)1 << 30;
            snprintf(head, sizeof head, "WARC/1.0\r\n%sContent-Length: %zu\r\n\r\n", fields, claim);
            ck_assert(newsclean_buf_append_str(&w, head));
            ck_assert(
                newsclean_buf_append_str(&w, "<p>The harbour wall was repaired.</p>\r\n\r\n"));
        }
        clock_t t0 = clock();
        got g;
        memset(&g, 0, sizeof g);
        memsrc m = {w.data, w.len, 0, 0, SIZE_MAX, false};
        newsclean_warc_reader *rd = newsclean_warc_reader_new(mem_read, &m);
        ck_assert_ptr_nonnull(rd);
        size_t records = 0;
        for (;;) {
            newsclean_warc_record *rec = NULL;
            ck_assert_int_eq(newsclean_warc_next(rd, &rec), NEWSCLEAN_OK);
            if (!rec)
                break;
            records++;
            newsclean_warc_record_free(rec);
        }
        took[round] = (double)(clock() - t0) / CLOCKS_PER_SEC;
        ck_assert_uint_ge(records, counts[round]);
        newsclean_warc_reader_free(rd);
        newsclean_buf_free(&w);
    }
    /* Four times the records: well under sixteen times the time (quadratic took 16). */
    ck_assert_msg(took[1] < 8 * took[0] + 0.05, "%.3f s for %zu records, %.3f s for %zu", took[0],
                  counts[0], took[1], counts[1]);
}
END_TEST

START_TEST(bad_content_length)
{
    static const char *const lengths[] = {
        "", "-5", "12abc", "0x10", "184467440737095516160", "99999999999999999999"};
    for (size_t i = 0; i < sizeof lengths / sizeof lengths[0]; i++) {
        newsclean_buf w;
        newsclean_buf_init(&w);
        ck_assert(newsclean_buf_append_str(&w, "WARC/1.0\r\nWARC-Type: resource\r\n"
                                               "WARC-Target-URI: http://news.example/bad\r\n"
                                               "Content-Length: "));
        ck_assert(newsclean_buf_append_str(&w, lengths[i]));
        ck_assert(newsclean_buf_append_str(&w, "\r\n\r\n<p>lost</p>\r\n\r\n"));
        add_rec_str(&w,
                    "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/ok\r\n"
                    "Content-Type: text/html\r\n",
                    PAGE2);
        got g;
        read_mem(&g, w.data, w.len, 0);
        ck_assert_int_eq(g.st, NEWSCLEAN_OK);
        ck_assert_uint_eq(g.n, 2);
        expect_error(g.r[0], "record has no valid Content-Length");
        ck_assert_str_eq(newsclean_warc_record_target_uri(g.r[0]), "http://news.example/bad");
        /* The rest of the bad record is skipped quietly; the next one is whole. */
        expect_rec(g.r[1], K_HTML, "resource", "http://news.example/ok");
        expect_payload(g.r[1], PAGE2);
        got_free(&g);
        newsclean_buf_free(&w);
    }
    /* No Content-Length at all, and a header with no fields. */
    const char *d = "WARC/1.0\r\nWARC-Type: resource\r\n\r\nWARC/1.0\r\n\r\n";
    got g;
    read_mem(&g, d, strlen(d), 0);
    ck_assert_uint_eq(g.n, 2);
    expect_error(g.r[0], "record has no valid Content-Length");
    expect_error(g.r[1], "record has no valid Content-Length");
    got_free(&g);
}
END_TEST

START_TEST(huge_content_length)
{
    /* Content-Length far beyond the limit in a small file: the record is an ERROR, its
     * block is skipped without being stored, and the record it swallowed is read. */
    newsclean_buf w;
    newsclean_buf_init(&w);
    ck_assert(newsclean_buf_append_str(&w,
                                       "WARC/1.0\r\nWARC-Type: resource\r\n"
                                       "WARC-Target-URI: http://news.example/huge\r\n"
                                       "Content-Length: 99999999999\r\n\r\n<p>tiny</p>\r\n\r\n"));
    size_t rest = w.len;
    add_rec_str(&w,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/ok\r\n"
                "Content-Type: text/html\r\n",
                PAGE2);
    char want[128];
    snprintf(want, sizeof want,
             "record truncated: Content-Length 99999999999 but only %zu bytes left",
             w.len - rest + 15);
    static const size_t steps[] = {0, 1, 6};
    for (size_t s = 0; s < 3; s++) {
        got g;
        read_mem(&g, w.data, w.len, steps[s]);
        ck_assert_int_eq(g.st, NEWSCLEAN_OK);
        ck_assert_uint_eq(g.n, 2);
        expect_error(g.r[0], want);
        ck_assert_str_eq(newsclean_warc_record_target_uri(g.r[0]), "http://news.example/huge");
        expect_rec(g.r[1], K_HTML, "resource", "http://news.example/ok");
        expect_payload(g.r[1], PAGE2);
        got_free(&g);
    }
    newsclean_buf_free(&w);
}
END_TEST

/* A generated dump: a header, 'big' bytes of block, then a small record; nothing stored. */
typedef struct {
    const char *head;
    size_t head_len;
    unsigned long long big, pos;
    const char *tail;
    size_t tail_len;
} bigsrc;

static size_t
big_read(void *ctx, char *buf, size_t cap)
{
    bigsrc *b = ctx;
    unsigned long long total = b->head_len + b->big + b->tail_len;
    size_t n = 0;
    while (n < cap && b->pos < total) {
        if (b->pos < b->head_len) {
            buf[n++] = b->head[b->pos++];
        } else if (b->pos < b->head_len + b->big) {
            unsigned long long left = b->head_len + b->big - b->pos;
            size_t k = cap - n < left ? cap - n : (size_t)left;
            memset(buf + n, 'a', k);
            n += k;
            b->pos += k;
        } else {
            buf[n++] = b->tail[b->pos - b->head_len - b->big];
            b->pos++;
        }
    }
    return n;
}

START_TEST(record_over_the_limit)
{
    char head[256];
    unsigned long long big = NEWSCLEAN_WARC_MAX_PAYLOAD + 1;
    snprintf(head, sizeof head,
             "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://news.example/big\r\n"
             "Content-Type: text/html\r\nContent-Length: %llu\r\n\r\n",
             big);
    newsclean_buf tail;
    newsclean_buf_init(&tail);
    ck_assert(newsclean_buf_append_str(&tail, "\r\n\r\n"));
    add_rec_str(&tail,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/ok\r\n"
                "Content-Type: text/html\r\n",
                PAGE2);
    bigsrc b = {head, strlen(head), big, 0, tail.data, tail.len};
    got g;
    read_all(&g, big_read, &b);
    ck_assert_int_eq(g.st, NEWSCLEAN_OK);
    ck_assert_uint_eq(g.n, 2);
    expect_error(g.r[0], "record of 67108865 bytes exceeds the limit of 67108864 bytes; its "
                         "content was skipped");
    ck_assert_str_eq(newsclean_warc_record_target_uri(g.r[0]), "http://news.example/big");
    expect_rec(g.r[1], K_HTML, "resource", "http://news.example/ok");
    expect_payload(g.r[1], PAGE2);
    ck_assert_uint_eq(g.bytes, strlen(head) + big + tail.len);
    got_free(&g);

    /* Exactly at the limit is kept. */
    big = NEWSCLEAN_WARC_MAX_PAYLOAD;
    snprintf(head, sizeof head,
             "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://news.example/big\r\n"
             "Content-Type: text/plain\r\nContent-Length: %llu\r\n\r\n",
             big);
    bigsrc b2 = {head, strlen(head), big, 0, tail.data, tail.len};
    read_all(&g, big_read, &b2);
    ck_assert_uint_eq(g.n, 2);
    expect_rec(g.r[0], K_TEXT, "resource", "http://news.example/big");
    size_t len;
    const char *p = newsclean_warc_record_payload(g.r[0], &len);
    ck_assert_uint_eq(len, NEWSCLEAN_WARC_MAX_PAYLOAD);
    ck_assert_int_eq(p[0], 'a');
    ck_assert_int_eq(p[len - 1], 'a');
    got_free(&g);
    newsclean_buf_free(&tail);
}
END_TEST

START_TEST(header_too_long)
{
    newsclean_buf w;
    newsclean_buf_init(&w);
    ck_assert(newsclean_buf_append_str(&w, "WARC/1.0\r\nWARC-Type: resource\r\n"));
    while (w.len <= NEWSCLEAN_WARC_MAX_HEADER)
        ck_assert(newsclean_buf_append_str(&w, "X-Padding: 0123456789abcdef0123456789abcdef\r\n"));
    ck_assert(newsclean_buf_append_str(&w, "Content-Length: 3\r\n\r\nabc\r\n\r\n"));
    add_rec_str(&w,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/ok\r\n"
                "Content-Type: text/html\r\n",
                PAGE2);
    got g;
    read_mem(&g, w.data, w.len, 0);
    ck_assert_int_eq(g.st, NEWSCLEAN_OK);
    ck_assert_uint_eq(g.n, 2);
    expect_error(g.r[0], "record header longer than 1048576 bytes");
    expect_rec(g.r[1], K_HTML, "resource", "http://news.example/ok");
    got_free(&g);

    /* A header of exactly the limit, blank line included, is read; one byte more is not. */
    for (size_t extra = 0; extra < 2; extra++) {
        w.len = 0;
        const char *start = "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\n"
                            "Content-Length: 3\r\nX-Pad: ";
        ck_assert(newsclean_buf_append_str(&w, start));
        while (w.len < NEWSCLEAN_WARC_MAX_HEADER - 4 + extra)
            ck_assert(newsclean_buf_append_char(&w, 'p'));
        ck_assert(newsclean_buf_append_str(&w, "\r\n\r\nabc\r\n\r\n"));
        read_mem(&g, w.data, w.len, 0);
        ck_assert_uint_eq(g.n, 1);
        if (extra == 0) {
            expect_rec(g.r[0], K_TEXT, "resource", NULL);
            expect_payload(g.r[0], "abc");
        } else {
            expect_error(g.r[0], "record header longer than 1048576 bytes");
        }
        got_free(&g);
    }
    newsclean_buf_free(&w);
}
END_TEST

/* Three records, each compressed as its own gzip member, as Common Crawl ships them. */
static void
three_members(newsclean_buf *gz, size_t starts[4], newsclean_buf *plain2)
{
    newsclean_buf r;
    newsclean_buf_init(&r);
    add_rec_str(&r,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/1\r\n"
                "Content-Type: text/html\r\n",
                PAGE);
    starts[0] = gz->len;
    gz_append(gz, r.data, r.len, 31);
    r.len = 0;
    add_rec_str(&r,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/2\r\n"
                "Content-Type: text/html\r\n",
                PAGE2);
    if (plain2) {
        plain2->len = 0;
        ck_assert(newsclean_buf_append(plain2, r.data, r.len));
    }
    starts[1] = gz->len;
    gz_append(gz, r.data, r.len, 31);
    r.len = 0;
    add_rec_str(&r, "WARC-Type: conversion\r\nWARC-Target-URI: http://news.example/3\r\n", TEXT);
    starts[2] = gz->len;
    gz_append(gz, r.data, r.len, 31);
    starts[3] = gz->len;
    newsclean_buf_free(&r);
}

START_TEST(gzip_member_cut_off)
{
    newsclean_buf gz, plain2;
    newsclean_buf_init(&gz);
    newsclean_buf_init(&plain2);
    size_t at[4];
    three_members(&gz, at, &plain2);

    /* The whole thing reads fine. */
    got g;
    read_mem(&g, gz.data, gz.len, 0);
    ck_assert_uint_eq(g.n, 3);
    ck_assert_uint_eq(g.bytes, gz.len);
    got_free(&g);

    /* Member 2 loses its second half; member 3 follows at once. Inflate runs on into
     * member 3's bytes and fails there; the reader restarts at member 3. */
    size_t half = (at[2] - at[1]) / 2;
    newsclean_buf cut;
    newsclean_buf_init(&cut);
    ck_assert(newsclean_buf_append(&cut, gz.data, at[1] + half));
    ck_assert(newsclean_buf_append(&cut, gz.data + at[2], at[3] - at[2]));
    static const size_t steps[] = {0, 1, 13};
    for (size_t s = 0; s < 3; s++) {
        read_mem(&g, cut.data, cut.len, steps[s]);
        ck_assert_int_eq(g.st, NEWSCLEAN_OK);
        ck_assert_uint_eq(g.n, 3);
        expect_rec(g.r[0], K_HTML, "resource", "http://news.example/1");
        expect_payload(g.r[0], PAGE);
        ck_assert_int_eq(newsclean_warc_record_kind(g.r[1]), K_ERR);
        const char *e = newsclean_warc_record_error(g.r[1]);
        ck_assert_msg(strncmp(e, "corrupt gzip data: ", 19) == 0, "step %zu: %s", steps[s], e);
        expect_rec(g.r[2], K_TEXT, "conversion", "http://news.example/3");
        expect_payload(g.r[2], TEXT);
        got_free(&g);
    }

    /* The last member cut off (its last 20 bytes lost): the record is truncated by what
     * inflate could give. */
    size_t end_cut = at[2] - 20;
    size_t part = inflated_size(gz.data + at[1], end_cut - at[1]);
    const char *blk = strstr(plain2.data, "\r\n\r\n") + 4;
    size_t hdr = (size_t)(blk - plain2.data);
    ck_assert_uint_gt(part, hdr);
    ck_assert_uint_lt(part, hdr + strlen(PAGE2));
    char want[128];
    snprintf(want, sizeof want, "record truncated: Content-Length %zu but only %zu bytes left",
             strlen(PAGE2), part - hdr);
    for (size_t s = 0; s < 3; s++) {
        read_mem(&g, gz.data, end_cut, steps[s]);
        ck_assert_int_eq(g.st, NEWSCLEAN_OK);
        ck_assert_uint_eq(g.n, 2);
        expect_rec(g.r[0], K_HTML, "resource", "http://news.example/1");
        expect_error(g.r[1], want);
        ck_assert_str_eq(newsclean_warc_record_target_uri(g.r[1]), "http://news.example/2");
        got_free(&g);
    }

    /* A damaged byte inside member 2's data: its CRC or its codes fail; 1 and 3 survive. */
    cut.len = 0;
    ck_assert(newsclean_buf_append(&cut, gz.data, gz.len));
    cut.data[at[1] + 30] ^= 0x55;
    read_mem(&g, cut.data, cut.len, 0);
    ck_assert_uint_eq(g.n, 3);
    expect_rec(g.r[0], K_HTML, "resource", "http://news.example/1");
    ck_assert_int_eq(newsclean_warc_record_kind(g.r[1]), K_ERR);
    ck_assert(strncmp(newsclean_warc_record_error(g.r[1]), "corrupt gzip data: ", 19) == 0);
    expect_rec(g.r[2], K_TEXT, "conversion", "http://news.example/3");
    got_free(&g);
    newsclean_buf_free(&cut);
    newsclean_buf_free(&gz);
    newsclean_buf_free(&plain2);
}
END_TEST

START_TEST(gzip_junk_between_members)
{
    newsclean_buf gz, w;
    newsclean_buf_init(&gz);
    newsclean_buf_init(&w);
    size_t at[4];
    three_members(&gz, at, NULL);
    ck_assert(newsclean_buf_append(&w, gz.data, at[1]));
    ck_assert(newsclean_buf_append_str(&w, "junk"));
    ck_assert(newsclean_buf_append(&w, gz.data + at[1], gz.len - at[1]));
    /* Zero padding at the end is common and harmless. */
    ck_assert(newsclean_buf_append(&w, "\0\0\0\0\0\0\0\0", 8));
    got g;
    read_mem(&g, w.data, w.len, 0);
    ck_assert_int_eq(g.st, NEWSCLEAN_OK);
    ck_assert_uint_eq(g.n, 4);
    expect_rec(g.r[0], K_HTML, "resource", "http://news.example/1");
    expect_error(g.r[1], "skipped 4 bytes between gzip members that are not gzip data");
    expect_rec(g.r[2], K_HTML, "resource", "http://news.example/2");
    expect_rec(g.r[3], K_TEXT, "conversion", "http://news.example/3");
    ck_assert_uint_eq(g.bytes, w.len);
    got_free(&g);

    /* Junk after the last member. */
    w.len -= 8;
    ck_assert(newsclean_buf_append_str(&w, "tail"));
    read_mem(&g, w.data, w.len, 0);
    ck_assert_uint_eq(g.n, 5);
    expect_error(g.r[4], "skipped 4 bytes after the last gzip member that are not gzip data");
    got_free(&g);
    newsclean_buf_free(&gz);
    newsclean_buf_free(&w);
}
END_TEST

START_TEST(gzip_big_records)
{
    /* Records bigger than the reader's buffers, plain and gzipped, read in odd steps. */
    size_t n = 700 * 1024;
    char *body = malloc(n + 1);
    ck_assert_ptr_nonnull(body);
    for (size_t i = 0; i < n; i++)
        body[i] = (char)('a' + (i * 7 + i / 1000) % 26);
    memcpy(body, "<p>", 3);
    body[n] = '\0';
    newsclean_buf plain, gz;
    newsclean_buf_init(&plain);
    newsclean_buf_init(&gz);
    for (int k = 0; k < 3; k++) {
        newsclean_buf r;
        newsclean_buf_init(&r);
        add_rec(&r,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/big\r\n"
                "Content-Type: text/html\r\n",
                body, n - (size_t)k);
        ck_assert(newsclean_buf_append(&plain, r.data, r.len));
        gz_append(&gz, r.data, r.len, 31);
        newsclean_buf_free(&r);
    }
    newsclean_buf *inputs[] = {&plain, &gz};
    for (int i = 0; i < 2; i++) {
        got g;
        read_mem(&g, inputs[i]->data, inputs[i]->len, 4093);
        ck_assert_uint_eq(g.n, 3);
        for (size_t k = 0; k < 3; k++) {
            expect_rec(g.r[k], K_HTML, "resource", "http://news.example/big");
            expect_payload_mem(g.r[k], body, n - k);
        }
        got_free(&g);
    }
    free(body);
    newsclean_buf_free(&plain);
    newsclean_buf_free(&gz);
}
END_TEST

/* ---- errors from the caller's side ----------------------------------------------------- */

START_TEST(read_errors)
{
    newsclean_buf w;
    newsclean_buf_init(&w);
    add_rec_str(&w,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/1\r\n"
                "Content-Type: text/html\r\n",
                PAGE);
    size_t first = w.len;
    add_rec_str(&w,
                "WARC-Type: resource\r\nWARC-Target-URI: http://news.example/2\r\n"
                "Content-Type: text/html\r\n",
                PAGE2);
    /* Fails inside the second record: the first is handed out, then NEWSCLEAN_ERR_IO. */
    memsrc m = {w.data, w.len, 0, 0, first + 30, false};
    got g;
    read_all(&g, mem_read, &m);
    ck_assert_int_eq(g.st, NEWSCLEAN_ERR_IO);
    ck_assert_uint_eq(g.n, 1);
    expect_rec(g.r[0], K_HTML, "resource", "http://news.example/1");
    got_free(&g);
    /* Fails at once. */
    memsrc m0 = {w.data, w.len, 0, 0, 0, false};
    read_all(&g, mem_read, &m0);
    ck_assert_int_eq(g.st, NEWSCLEAN_ERR_IO);
    ck_assert_uint_eq(g.n, 0);
    /* Fails right after a whole record (while looking past it): still handed out first. */
    memsrc m1 = {w.data, w.len, 0, 0, first, false};
    read_all(&g, mem_read, &m1);
    ck_assert_int_eq(g.st, NEWSCLEAN_ERR_IO);
    ck_assert_uint_eq(g.n, 1);
    got_free(&g);
    /* A callback claiming more bytes than fit is an IO error, not an overflow. */
    memsrc m2 = {w.data, w.len, 0, 0, SIZE_MAX, true};
    read_all(&g, mem_read, &m2);
    ck_assert_int_eq(g.st, NEWSCLEAN_ERR_IO);
    ck_assert_uint_eq(g.n, 0);

    /* Same in gzip mode. */
    newsclean_buf gz;
    newsclean_buf_init(&gz);
    gz_append(&gz, w.data, first, 31);
    size_t m1len = gz.len;
    gz_append(&gz, w.data + first, w.len - first, 31);
    memsrc m3 = {gz.data, gz.len, 0, 0, m1len + 10, false};
    read_all(&g, mem_read, &m3);
    ck_assert_int_eq(g.st, NEWSCLEAN_ERR_IO);
    ck_assert_uint_eq(g.n, 1);
    got_free(&g);
    newsclean_buf_free(&gz);
    newsclean_buf_free(&w);
}
END_TEST

START_TEST(null_arguments)
{
    ck_assert_ptr_null(newsclean_warc_reader_new(NULL, NULL));
    newsclean_warc_record *rec = (newsclean_warc_record *)&rec;
    ck_assert_int_eq(newsclean_warc_next(NULL, &rec), NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_ptr_null(rec);
    memsrc m = {"", 0, 0, 0, SIZE_MAX, false};
    newsclean_warc_reader *r = newsclean_warc_reader_new(mem_read, &m);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_eq(newsclean_warc_next(r, NULL), NEWSCLEAN_ERR_INVALID_ARG);
    newsclean_warc_reader_free(r);
    newsclean_warc_reader_free(NULL);
    newsclean_warc_record_free(NULL);
    ck_assert_uint_eq(newsclean_warc_reader_records(NULL), 0);
    ck_assert_uint_eq(newsclean_warc_reader_skipped(NULL), 0);
    ck_assert_uint_eq(newsclean_warc_reader_bytes(NULL), 0);
    ck_assert_int_eq(newsclean_warc_record_kind(NULL), NEWSCLEAN_PAYLOAD_ERROR);
    ck_assert_str_eq(newsclean_warc_record_type(NULL), "");
    ck_assert_ptr_null(newsclean_warc_record_target_uri(NULL));
    ck_assert_ptr_null(newsclean_warc_record_id(NULL));
    ck_assert_ptr_null(newsclean_warc_record_date(NULL));
    ck_assert_ptr_null(newsclean_warc_record_charset(NULL));
    ck_assert_ptr_null(newsclean_warc_record_error(NULL));
    ck_assert_int_eq(newsclean_warc_record_http_status(NULL), 0);
    size_t len = 5;
    ck_assert_ptr_null(newsclean_warc_record_payload(NULL, &len));
    ck_assert_uint_eq(len, 0);
}
END_TEST

/* ---- the HTTP helpers on their own ----------------------------------------------------- */

START_TEST(content_type_parsing)
{
    char *mime, *cs;
    const char *v = " Text/HTML ; foo=bar;CHARSET = \"Shift_JIS\" ; charset=utf-8";
    ck_assert_int_eq(newsclean_http_content_type(v, strlen(v), &mime, &cs), NEWSCLEAN_OK);
    ck_assert_str_eq(mime, "text/html");
    ck_assert_str_eq(cs, "Shift_JIS");
    free(mime);
    free(cs);
    ck_assert_int_eq(newsclean_http_content_type("; charset=", 10, &mime, &cs), NEWSCLEAN_OK);
    ck_assert_ptr_null(mime);
    ck_assert_ptr_null(cs);
    ck_assert_int_eq(newsclean_http_content_type("", 0, &mime, &cs), NEWSCLEAN_OK);
    ck_assert_ptr_null(mime);

    newsclean_http_head h;
    const char *resp = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Type: text/plain\r\n"
                       "Content-Encoding: gzip\r\nTransfer-Encoding: gzip , CHUNKED\r\n"
                       " folded: line\r\n\r\nbody";
    ck_assert_int_eq(newsclean_http_parse(resp, strlen(resp), &h), NEWSCLEAN_OK);
    ck_assert_int_eq(h.status, 200);
    ck_assert_str_eq(h.mime, "text/html");
    ck_assert_str_eq(h.encoding, "gzip");
    ck_assert(h.chunked);
    ck_assert_str_eq(resp + h.body_off, "body");
    newsclean_http_head_free(&h);
    static const char *const not_http[] = {"HTTP/1.1 20 OK\r\n\r\n",
                                           "HTTP/1.1 2000\r\n\r\n",
                                           "HTTP/1.1 099 x\r\n\r\n",
                                           "GET / HTTP/1.1\r\n\r\n",
                                           "HTTP",
                                           "HTTP/1.1"};
    for (size_t i = 0; i < sizeof not_http / sizeof not_http[0]; i++) {
        ck_assert_int_eq(newsclean_http_parse(not_http[i], strlen(not_http[i]), &h), NEWSCLEAN_OK);
        ck_assert_int_eq(h.status, 0);
        ck_assert_uint_eq(h.body_off, 0);
    }
    ck_assert_int_eq(newsclean_http_parse("HTTP/1.1 500", 12, &h), NEWSCLEAN_OK);
    ck_assert_int_eq(h.status, 500);
    ck_assert_uint_eq(h.body_off, 12);
    newsclean_http_head_free(&h);
}
END_TEST

START_TEST(sniffing)
{
    ck_assert_int_eq(newsclean_http_sniff("", 0), K_SKIP);
    ck_assert_int_eq(newsclean_http_sniff(" \r\n\t", 4), K_SKIP);
    ck_assert_int_eq(newsclean_http_sniff("\xEF\xBB\xBF  <html>", 11), K_HTML);
    ck_assert_int_eq(newsclean_http_sniff("Notice: x\n<!DOCTYPE HTML>", 25), K_HTML);
    ck_assert_int_eq(newsclean_http_sniff("Plain words.", 12), K_TEXT);
    ck_assert_int_eq(newsclean_http_sniff("GIF89a....", 10), K_SKIP);
    ck_assert_int_eq(newsclean_http_sniff("%PDF-1.4", 8), K_SKIP);
    ck_assert_int_eq(newsclean_http_sniff("text\0more", 9), K_SKIP);
    ck_assert_int_eq(newsclean_http_kind_of_mime(NULL), K_ERR);
    ck_assert_int_eq(newsclean_http_kind_of_mime("unk"), K_ERR);
    ck_assert_int_eq(newsclean_http_kind_of_mime("text/css"), K_SKIP);
    ck_assert_int_eq(newsclean_http_kind_of_mime("application/xhtml+xml"), K_HTML);
}
END_TEST

static Suite *
warc_suite(void)
{
    Suite *s = suite_create("warc");
    TCase *real = tcase_create("real");
    tcase_add_test(real, real_example_plain);
    tcase_add_test(real, real_example_gzip_per_record);
    tcase_add_test(real, real_bad_non_chunked);
    tcase_add_test(real, real_trunc);
    tcase_add_test(real, real_iana_chunked);
    tcase_add_test(real, real_resource);
    tcase_add_test(real, real_space_in_target_uri);
    tcase_add_test(real, real_wget_bad_target_uri);
    tcase_add_test(real, real_digest);
    tcase_add_test(real, real_wrong_chunks);
    tcase_add_test(real, real_post_test);
    tcase_add_test(real, real_files_any_read_size);
    suite_add_tcase(s, real);

    TCase *good = tcase_create("invented");
    tcase_add_test(good, empty_inputs);
    tcase_add_test(good, kinds_and_fields);
    tcase_add_test(good, header_quirks);
    tcase_add_test(good, http_status_and_types);
    tcase_add_test(good, chunked);
    tcase_add_test(good, dechunk_direct);
    tcase_add_test(good, content_encoding);
    tcase_add_test(good, decode_direct);
    tcase_add_test(good, brotli_and_zstd);
    tcase_add_test(good, undecodable_payloads);
    tcase_add_test(good, content_type_parsing);
    tcase_add_test(good, sniffing);
    tcase_add_test(good, null_arguments);
    suite_add_tcase(s, good);

    TCase *bad = tcase_create("damaged");
    tcase_set_timeout(bad, 120);
    tcase_add_test(bad, truncated_in_the_middle);
    tcase_add_test(bad, garbage_between_records);
    tcase_add_test(bad, lying_content_length);
    tcase_add_test(bad, lying_length_ends_at_a_line_break);
    tcase_add_test(bad, many_lying_lengths_in_linear_time);
    tcase_add_test(bad, bad_content_length);
    tcase_add_test(bad, huge_content_length);
    tcase_add_test(bad, record_over_the_limit);
    tcase_add_test(bad, header_too_long);
    tcase_add_test(bad, gzip_member_cut_off);
    tcase_add_test(bad, gzip_junk_between_members);
    tcase_add_test(bad, gzip_big_records);
    tcase_add_test(bad, decompression_bomb);
    tcase_add_test(bad, read_errors);
    suite_add_tcase(s, bad);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(warc_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
