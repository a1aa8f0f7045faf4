/* warc_http.c: reads the HTTP envelope a WARC response record wraps around its payload
 * (RFC 9112 framing), undoes chunking and gzip/deflate/br/zstd, and sniffs untyped
 * payloads. */
#include "warc_http.h"

#include "inflate.h"
#include "textutil.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <brotli/decode.h>
#include <zstd.h>

/* Most content codings listed in one Content-Encoding; real servers send one. */
#define MAX_CODINGS 4
/* Longest chunk-size line (size, extensions); longer means it is not chunked at all. */
#define MAX_CHUNK_LINE 1024
/* Largest zstd window accepted: 8 MiB, what RFC 9659 asks HTTP clients to support. A
 * frame that needs more is refused rather than given that much memory. */
#define ZSTD_WINDOW_LOG_MAX 23
/* Bytes looked at when sniffing; enough to pass a BOM, a doctype and some whitespace. */
#define SNIFF_BYTES 1024

bool
newsclean_http_ieq(const char *p, size_t n, const char *lit)
{
    size_t i = 0;
    for (; i < n; i++) {
        if (lit[i] == '\0' || newsclean_ascii_lower(p[i]) != newsclean_ascii_lower(lit[i]))
            return false;
    }
    return lit[i] == '\0';
}

newsclean_status
newsclean_http_content_type(const char *p, size_t n, char **mime, char **charset)
{
    *mime = NULL;
    *charset = NULL;
    const char *semi = memchr(p, ';', n);
    size_t s = 0, e = semi ? (size_t)(semi - p) : n;
    newsclean_trim_ascii(p, &s, &e);
    if (e > s) {
        *mime = newsclean_strndup(p + s, e - s);
        if (!*mime)
            return NEWSCLEAN_ERR_NOMEM;
        for (char *c = *mime; *c; c++)
            *c = newsclean_ascii_lower(*c);
    }
    /* Parameters: name=value pairs after each ';'. Only charset matters here. */
    size_t pos = semi ? (size_t)(semi - p) + 1 : n;
    while (pos < n) {
        const char *next = memchr(p + pos, ';', n - pos);
        size_t end = next ? (size_t)(next - p) : n;
        const char *eq = memchr(p + pos, '=', end - pos);
        if (eq) {
            size_t ns = pos, ne = (size_t)(eq - p);
            newsclean_trim_ascii(p, &ns, &ne);
            size_t vs = (size_t)(eq - p) + 1, ve = end;
            newsclean_trim_ascii(p, &vs, &ve);
            if (ve - vs >= 2 && p[vs] == '"' && p[ve - 1] == '"') {
                vs++;
                ve--;
            }
            if (!*charset && newsclean_http_ieq(p + ns, ne - ns, "charset") && ve > vs) {
                *charset = newsclean_strndup(p + vs, ve - vs);
                if (!*charset) {
                    free(*mime);
                    *mime = NULL;
                    return NEWSCLEAN_ERR_NOMEM;
                }
            }
        }
        pos = end + 1;
    }
    return NEWSCLEAN_OK;
}

/* True if the comma-separated list p[0..n) contains the token 'tok'. */
static bool
has_token(const char *p, size_t n, const char *tok)
{
    size_t pos = 0;
    for (;;) {
        const char *comma = memchr(p + pos, ',', n - pos);
        size_t end = comma ? (size_t)(comma - p) : n;
        size_t s = pos, e = end;
        newsclean_trim_ascii(p, &s, &e);
        if (newsclean_http_ieq(p + s, e - s, tok))
            return true;
        if (!comma)
            return false;
        pos = end + 1;
    }
}

/* Parse "HTTP/x.y NNN reason"; returns NNN or 0 if the line is not a status line. */
static int
status_line(const char *p, size_t n)
{
    if (n < 5 || memcmp(p, "HTTP/", 5) != 0)
        return 0;
    size_t i = 5;
    while (i < n && p[i] != ' ' && p[i] != '\t' && p[i] != '\n')
        i++;
    while (i < n && (p[i] == ' ' || p[i] == '\t'))
        i++;
    int code = 0;
    for (int d = 0; d < 3; d++, i++) {
        if (i >= n || p[i] < '0' || p[i] > '9')
            return 0;
        code = code * 10 + (p[i] - '0');
    }
    if (i < n && p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n')
        return 0;
    return code >= 100 ? code : 0;
}

void
newsclean_http_head_free(newsclean_http_head *h)
{
    if (!h)
        return;
    free(h->mime);
    free(h->charset);
    free(h->encoding);
    memset(h, 0, sizeof *h);
}

newsclean_status
newsclean_http_parse(const char *p, size_t n, newsclean_http_head *h)
{
    memset(h, 0, sizeof *h);
    int code = status_line(p, n);
    if (!code)
        return NEWSCLEAN_OK;
    h->status = code;
    bool have_type = false;
    const char *nl = memchr(p, '\n', n);
    size_t pos = nl ? (size_t)(nl - p) + 1 : n;
    h->body_off = n; /* a header section with no blank line has no body */
    while (pos < n) {
        nl = memchr(p + pos, '\n', n - pos);
        size_t eol = nl ? (size_t)(nl - p) : n;
        size_t end = eol;
        if (end > pos && p[end - 1] == '\r')
            end--;
        if (end == pos) {
            h->body_off = nl ? eol + 1 : n;
            break;
        }
        /* Folded continuation lines (obsolete since RFC 7230) carry nothing we read. */
        const char *colon =
            (p[pos] == ' ' || p[pos] == '\t') ? NULL : memchr(p + pos, ':', end - pos);
        if (colon) {
            size_t ns = pos, ne = (size_t)(colon - p);
            size_t vs = ne + 1, ve = end;
            newsclean_trim_ascii(p, &ns, &ne);
            newsclean_trim_ascii(p, &vs, &ve);
            const char *name = p + ns, *val = p + vs;
            size_t nlen = ne - ns, vlen = ve - vs;
            if (!have_type && newsclean_http_ieq(name, nlen, "content-type")) {
                have_type = true;
                if (newsclean_http_content_type(val, vlen, &h->mime, &h->charset) != NEWSCLEAN_OK)
                    goto nomem;
            } else if (newsclean_http_ieq(name, nlen, "transfer-encoding")) {
                if (has_token(val, vlen, "chunked"))
                    h->chunked = true;
            } else if (!h->encoding && vlen > 0 &&
                       newsclean_http_ieq(name, nlen, "content-encoding")) {
                h->encoding = newsclean_strndup(val, vlen);
                if (!h->encoding)
                    goto nomem;
            }
        }
        pos = eol + 1;
    }
    return NEWSCLEAN_OK;
nomem:
    newsclean_http_head_free(h);
    return NEWSCLEAN_ERR_NOMEM;
}

static int
hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = newsclean_ascii_lower(c);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

newsclean_status
newsclean_http_dechunk(const char *p, size_t n, newsclean_buf *out, bool *ok)
{
    size_t start_len = out->len;
    size_t pos = 0;
    bool first = true;
    *ok = false;
    for (;;) {
        if (pos == n) {
            /* Cut off after a whole chunk: keep what came. An empty body is not chunked. */
            *ok = !first;
            break;
        }
        size_t size = 0, digits = 0;
        int v;
        while (pos < n && (v = hexval(p[pos])) >= 0) {
            /* Sizes beyond the body are clamped: the chunk is cut off either way. */
            if (size <= n)
                size = size * 16 + (size_t)v;
            digits++;
            pos++;
        }
        if (digits == 0 ||
            (pos < n && p[pos] != '\r' && p[pos] != ';' && p[pos] != ' ' && p[pos] != '\t'))
            break;
        const char *lf = memchr(p + pos, '\n', n - pos);
        if (!lf) {
            *ok = !first; /* cut off inside a size line */
            break;
        }
        size_t eol = (size_t)(lf - p);
        /* Chunk-size lines end in CRLF (RFC 9112 7.1); text that merely starts with hex
         * digits rarely does, and a long line is not a size line. */
        if (eol == pos || p[eol - 1] != '\r' || eol - pos > MAX_CHUNK_LINE)
            break;
        pos = eol + 1;
        if (size == 0) {
            *ok = true; /* last-chunk; trailers are ignored */
            break;
        }
        if (size > n - pos) {
            if (!newsclean_buf_append(out, p + pos, n - pos))
                goto nomem;
            *ok = true; /* cut off inside a chunk */
            break;
        }
        if (!newsclean_buf_append(out, p + pos, size))
            goto nomem;
        pos += size;
        first = false;
        if (n - pos >= 2 && p[pos] == '\r' && p[pos + 1] == '\n') {
            pos += 2;
        } else if (n - pos == 0 || (n - pos == 1 && p[pos] == '\r')) {
            *ok = true; /* cut off right after the chunk data */
            break;
        } else {
            break; /* the size was wrong */
        }
    }
    if (!*ok) {
        out->len = start_len;
        if (out->data)
            out->data[out->len] = '\0';
    }
    return NEWSCLEAN_OK;
nomem:
    out->len = start_len;
    if (out->data)
        out->data[out->len] = '\0';
    *ok = false;
    return NEWSCLEAN_ERR_NOMEM;
}

typedef struct {
    BrotliDecoderState *st;
    const uint8_t *next_in;
    size_t in_left;
} brotli_state;

static newsclean_step_status
brotli_step(void *state, char *dst, size_t room, size_t *got)
{
    brotli_state *b = state;
    uint8_t *next_out = (uint8_t *)dst;
    size_t out_left = room;
    BrotliDecoderResult br =
        BrotliDecoderDecompressStream(b->st, &b->in_left, &b->next_in, &out_left, &next_out, NULL);
    *got = room - out_left;
    if (br == BROTLI_DECODER_RESULT_SUCCESS)
        return NEWSCLEAN_STEP_END;
    if (br == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT)
        return NEWSCLEAN_STEP_MORE;
    if (br == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
        return NEWSCLEAN_STEP_STOPPED;
    return NEWSCLEAN_STEP_BAD;
}

/* Undo brotli (RFC 7932) on p[0..n), appending to 'out'. Brotli has no header to tell
 * it from other bytes, so a stream that turns out invalid is NEWSCLEAN_INFLATE_BAD whatever it
 * made; one that merely stops early (a cut capture) is NEWSCLEAN_INFLATE_CUT. */
static newsclean_inflate_result
brotli_mem(const char *p, size_t n, size_t limit, newsclean_buf *out)
{
    brotli_state b = {BrotliDecoderCreateInstance(NULL, NULL, NULL), (const uint8_t *)p, n};
    if (!b.st)
        return NEWSCLEAN_INFLATE_NOMEM;
    newsclean_inflate_result res = newsclean_decode_run(out, limit, brotli_step, &b);
    BrotliDecoderDestroyInstance(b.st);
    return res;
}

typedef struct {
    ZSTD_DCtx *dctx;
    ZSTD_inBuffer in;
} zstd_state;

static newsclean_step_status
zstd_step(void *state, char *dst, size_t room, size_t *got)
{
    zstd_state *z = state;
    ZSTD_outBuffer o = {dst, room, 0};
    size_t zr = ZSTD_decompressStream(z->dctx, &o, &z->in);
    *got = o.pos;
    /* The magic number rejects other bytes at once; damage later keeps what came. */
    if (ZSTD_isError(zr))
        return NEWSCLEAN_STEP_STOPPED;
    if (zr == 0 && z->in.pos == z->in.size)
        return NEWSCLEAN_STEP_END; /* the last frame is complete */
    if (z->in.pos == z->in.size && o.pos < o.size)
        return NEWSCLEAN_STEP_STOPPED; /* input ends inside a frame */
    return NEWSCLEAN_STEP_MORE;
}

/* Undo zstd (RFC 8878) on p[0..n), appending to 'out', following concatenated frames. */
static newsclean_inflate_result
zstd_mem(const char *p, size_t n, size_t limit, newsclean_buf *out)
{
    ZSTD_DCtx *dctx = ZSTD_createDCtx();
    if (!dctx)
        return NEWSCLEAN_INFLATE_NOMEM;
    ZSTD_DCtx_setParameter(dctx, ZSTD_d_windowLogMax, ZSTD_WINDOW_LOG_MAX);
    zstd_state z = {dctx, {p, n, 0}};
    newsclean_inflate_result res = newsclean_decode_run(out, limit, zstd_step, &z);
    ZSTD_freeDCtx(dctx);
    return res;
}

/* The content codings we can undo (RFC 9110 8.4.1; br: RFC 7932; zstd: RFC 8878). */
static bool
known_coding(const char *c, size_t n)
{
    static const char *const names[] = {"gzip", "x-gzip", "deflate", "br", "zstd"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (newsclean_http_ieq(c, n, names[i]))
            return true;
    return false;
}

/* Undo one coding of p[0..n) into the empty 'out'. */
static newsclean_decode_result
decode_one(const char *name, size_t nlen, const char *p, size_t n, size_t limit, newsclean_buf *out)
{
    newsclean_inflate_result r;
    if (newsclean_http_ieq(name, nlen, "gzip") || newsclean_http_ieq(name, nlen, "x-gzip")) {
        /* 15+32 also accepts a zlib stream, which some servers send as "gzip". */
        r = newsclean_inflate(p, n, 15 + 32, limit, out);
    } else if (newsclean_http_ieq(name, nlen, "deflate")) {
        /* "deflate" is meant to be zlib-wrapped (RFC 9110 8.4.1.2), but many servers send
         * raw deflate. Raw deflate has no header to reject garbage, so it must finish. */
        r = newsclean_inflate(p, n, 15, limit, out);
        if (r == NEWSCLEAN_INFLATE_BAD) {
            out->len = 0;
            r = newsclean_inflate(p, n, -15, limit, out);
            if (r == NEWSCLEAN_INFLATE_CUT)
                r = NEWSCLEAN_INFLATE_BAD;
        }
    } else if (newsclean_http_ieq(name, nlen, "br")) {
        r = brotli_mem(p, n, limit, out);
    } else if (newsclean_http_ieq(name, nlen, "zstd")) {
        r = zstd_mem(p, n, limit, out);
    } else {
        return NEWSCLEAN_DECODE_UNSUPPORTED;
    }
    switch (r) {
    case NEWSCLEAN_INFLATE_END:
    case NEWSCLEAN_INFLATE_CUT:
        return NEWSCLEAN_DECODE_DONE;
    case NEWSCLEAN_INFLATE_LIMIT:
        return NEWSCLEAN_DECODE_LIMIT;
    case NEWSCLEAN_INFLATE_NOMEM:
        return NEWSCLEAN_DECODE_NOMEM;
    case NEWSCLEAN_INFLATE_BAD:
    default:
        return NEWSCLEAN_DECODE_RAW;
    }
}

newsclean_decode_result
newsclean_http_decode(const char *enc, const char *p, size_t n, size_t limit, newsclean_buf *out)
{
    struct {
        size_t s, e;
    } cod[MAX_CODINGS];
    size_t ncod = 0, len = strlen(enc), pos = 0;
    while (pos <= len) {
        const char *comma = memchr(enc + pos, ',', len - pos);
        size_t s = pos, e = comma ? (size_t)(comma - enc) : len;
        size_t next = e + 1;
        newsclean_trim_ascii(enc, &s, &e);
        if (e > s && !newsclean_http_ieq(enc + s, e - s, "identity")) {
            if (ncod == MAX_CODINGS)
                return NEWSCLEAN_DECODE_UNSUPPORTED;
            cod[ncod].s = s;
            cod[ncod].e = e;
            ncod++;
        }
        if (!comma)
            break;
        pos = next;
    }
    for (size_t i = 0; i < ncod; i++) {
        const char *c = enc + cod[i].s;
        size_t cl = cod[i].e - cod[i].s;
        if (!known_coding(c, cl))
            return NEWSCLEAN_DECODE_UNSUPPORTED;
    }
    if (ncod == 0)
        return NEWSCLEAN_DECODE_RAW;
    /* Codings were applied in the order listed, so undo them from the last. */
    newsclean_buf tmp;
    newsclean_buf_init(&tmp);
    const char *src = p;
    size_t srclen = n;
    newsclean_decode_result res = NEWSCLEAN_DECODE_DONE;
    for (size_t k = ncod; k-- > 0;) {
        newsclean_buf step;
        newsclean_buf_init(&step);
        res = decode_one(enc + cod[k].s, cod[k].e - cod[k].s, src, srclen, limit, &step);
        newsclean_buf_free(&tmp);
        if (res != NEWSCLEAN_DECODE_DONE) {
            newsclean_buf_free(&step);
            break;
        }
        tmp = step;
        src = tmp.data;
        srclen = tmp.len;
    }
    if (res == NEWSCLEAN_DECODE_DONE)
        *out = tmp;
    return res;
}

newsclean_payload_kind
newsclean_http_kind_of_mime(const char *mime)
{
    if (!mime || !*mime)
        return NEWSCLEAN_PAYLOAD_ERROR;
    static const char *const html[] = {"text/html", "application/xhtml+xml",
                                       "application/vnd.wap.xhtml+xml"};
    /* Types servers use when they do not know; the bytes decide. "unk" is what Common
     * Crawl writes in WARC-Identified-Payload-Type when detection failed. */
    static const char *const unknown[] = {"application/octet-stream", "application/unknown",
                                          "unknown/unknown", "unk", "*/*"};
    size_t n = strlen(mime);
    for (size_t i = 0; i < sizeof html / sizeof html[0]; i++)
        if (newsclean_http_ieq(mime, n, html[i]))
            return NEWSCLEAN_PAYLOAD_HTML;
    if (newsclean_http_ieq(mime, n, "text/plain"))
        return NEWSCLEAN_PAYLOAD_TEXT;
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
        if (newsclean_http_ieq(mime, n, unknown[i]))
            return NEWSCLEAN_PAYLOAD_ERROR;
    return NEWSCLEAN_PAYLOAD_SKIP;
}

newsclean_payload_kind
newsclean_http_sniff(const char *p, size_t n)
{
    size_t lim = n < SNIFF_BYTES ? n : SNIFF_BYTES;
    size_t i = 0;
    if (lim >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < lim && newsclean_is_ascii_space((unsigned char)p[i]))
        i++;
    if (i == lim)
        return NEWSCLEAN_PAYLOAD_SKIP;
    /* Image and document formats whose first bytes are printable. */
    static const char *const magic[] = {"\x89PNG",      "GIF87a",     "GIF89a", "%PDF-",
                                        "\xFF\xD8\xFF", "PK\x03\x04", "RIFF"};
    for (size_t k = 0; k < sizeof magic / sizeof magic[0]; k++) {
        size_t ml = strlen(magic[k]);
        if (n - i >= ml && memcmp(p + i, magic[k], ml) == 0)
            return NEWSCLEAN_PAYLOAD_SKIP;
    }
    if (memchr(p, '\0', lim))
        return NEWSCLEAN_PAYLOAD_SKIP;
    if (p[i] == '<' || newsclean_contains_ci(p + i, lim - i, "<html") ||
        newsclean_contains_ci(p + i, lim - i, "<!doctype html"))
        return NEWSCLEAN_PAYLOAD_HTML;
    return NEWSCLEAN_PAYLOAD_TEXT;
}
