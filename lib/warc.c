/* warc.c: streaming reader of WARC 1.0/1.1 crawl dumps, plain or gzipped (one member per
 * record or one for the file), handing out one record at a time and recovering from
 * truncated or damaged records by resynchronising on the next "WARC/1." line. */
#include "warc.h"

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "buf.h"
#include "warc_http.h"

/* Raw bytes asked of the read callback at a time, and decoded bytes produced per step. */
#define IN_CHUNK ((size_t)64 << 10)
#define OUT_CHUNK ((size_t)64 << 10)
/* Compressed bytes of the current gzip member kept behind the read position. A member cut
 * off in the middle runs on into the next member, and inflate notices only some bytes
 * later; with the member's start still at hand the search for the next member restarts
 * there, so the record after the cut is not lost. Bigger members fall back to searching
 * from where inflate failed. */
#define IN_KEEP ((size_t)256 << 10)
#define IN_CAP (IN_KEEP + IN_CHUNK + 16)
/* How far past a record that looks broken the reader decodes to see whether its gzip
 * member is damaged (see gzip_cause). Bounds the extra lookahead memory. */
#define CAUSE_LOOKAHEAD ((size_t)1 << 20)
/* Lookahead capacity beyond which an emptied lookahead buffer is released, so one large
 * pushed-back tail does not pin memory for the rest of the file. */
#define LOOK_SHRINK ((size_t)1 << 20)

static const char MAGIC[] = "WARC/1."; /* starts every record we accept */
#define MAGIC_LEN 7

struct newsclean_warc_reader {
    newsclean_read_fn read;
    void *ctx;
    newsclean_status fatal; /* sticky: IO or NOMEM once reading cannot go on */

    /* Raw input (gzip mode, and the first bytes used to detect gzip). */
    unsigned char *in;
    size_t in_pos, in_len;
    bool in_eof;
    bool started;
    bool gz;
    z_stream zs;
    bool zs_ready;
    bool in_member;                /* inside a gzip member */
    bool quiet_skip;               /* skipping the rest of a damaged member: no report */
    unsigned long long in_abs;     /* absolute raw offset of in[0] */
    unsigned long long member_abs; /* absolute raw offset of the current member */
    unsigned long long raw_bytes;
    unsigned long long dec_total; /* decoded bytes produced so far */
    unsigned long long verified;  /* decoded bytes that came from members that ended well */

    /* Decoded bytes not yet consumed: look.data[look_pos..look.len). */
    newsclean_buf look;
    size_t look_pos;
    bool eof;        /* the decoded stream has ended */
    char *corrupt;   /* pending report of damaged gzip data, handed out once */
    bool line_start; /* the last consumed byte ended a line */
    bool resync;     /* after an ERROR record: skip quietly to the next record */

    size_t records, skipped;
};

struct newsclean_warc_record {
    newsclean_payload_kind kind;
    char *type; /* never NULL */
    char *uri, *id, *date, *charset, *error;
    int http_status;
    char *block;   /* owned record block (or NULL) */
    char *decoded; /* owned decoded payload (or NULL) */
    const char *payload;
    size_t payload_len;
};

/* The named fields of a WARC header that the reader uses. */
typedef struct {
    char *type, *uri, *id, *date, *ctype;
    bool has_len;
    unsigned long long len;
} whdr;

typedef enum { RD_OK, RD_SHORT, RD_CORRUPT, RD_FAIL } want_rc;

/* ---- raw input and gzip ---------------------------------------------------------------- */

/* 1: got bytes, 0: end of input, -1: read error (r->fatal set). */
static int
raw_read(newsclean_warc_reader *r, unsigned char *dst, size_t cap, size_t *got)
{
    *got = 0;
    if (r->in_eof)
        return 0;
    size_t n = r->read(r->ctx, (char *)dst, cap);
    if (n == (size_t)-1 || n > cap) {
        r->fatal = NEWSCLEAN_ERR_IO;
        return -1;
    }
    if (n == 0) {
        r->in_eof = true;
        return 0;
    }
    r->raw_bytes += n;
    *got = n;
    return 1;
}

/* Read more raw bytes into r->in, keeping the current member's start when it is near. */
static int
refill(newsclean_warc_reader *r)
{
    size_t keep = r->in_pos;
    if (r->in_member && r->member_abs >= r->in_abs &&
        r->in_abs + r->in_pos - r->member_abs <= IN_KEEP)
        keep = (size_t)(r->member_abs - r->in_abs);
    if (keep > 0) {
        memmove(r->in, r->in + keep, r->in_len - keep);
        r->in_len -= keep;
        r->in_pos -= keep;
        r->in_abs += keep;
    }
    size_t got, room = IN_CAP - r->in_len;
    int rc = raw_read(r, r->in + r->in_len, room < IN_CHUNK ? room : IN_CHUNK, &got);
    r->in_len += got;
    return rc;
}

static void
set_corrupt(newsclean_warc_reader *r, const char *msg)
{
    if (r->corrupt)
        return;
    r->corrupt = newsclean_strdup(msg);
    if (!r->corrupt)
        r->fatal = NEWSCLEAN_ERR_NOMEM;
}

/* Find the next gzip member (1f 8b 08) and start inflating it. Bytes skipped on the way
 * are reported once as damage, unless they are the rest of a damaged member or zero
 * padding. */

/* Bytes that are not gzip data between or after members are one corrupt record, unless
 * they are zero padding or a resync already reported them. Returns true if reported. */
static bool
report_skip(newsclean_warc_reader *r, size_t skipped, bool zeros, const char *where)
{
    bool report = skipped > 0 && !zeros && !r->quiet_skip;
    r->quiet_skip = false;
    if (report) {
        char msg[128];
        snprintf(msg, sizeof msg, "skipped %zu bytes %s that are not gzip data", skipped, where);
        set_corrupt(r, msg);
    }
    return report;
}

static want_rc
next_member(newsclean_warc_reader *r)
{
    size_t skipped = 0;
    bool zeros = true;
    for (;;) {
        if (r->in_len - r->in_pos < 3) {
            int rc = refill(r);
            if (rc < 0)
                return RD_FAIL;
            if (rc > 0)
                continue;
            for (; r->in_pos < r->in_len; r->in_pos++, skipped++)
                zeros = zeros && r->in[r->in_pos] == 0;
            break;
        }
        const unsigned char *p = r->in + r->in_pos;
        if (p[0] == 0x1f && p[1] == 0x8b && p[2] == 8) {
            if (!r->zs_ready) {
                memset(&r->zs, 0, sizeof r->zs);
                int zr = inflateInit2(&r->zs, 15 + 32);
                if (zr != Z_OK) {
                    r->fatal = NEWSCLEAN_ERR_NOMEM;
                    return RD_FAIL;
                }
                r->zs_ready = true;
            } else if (inflateReset(&r->zs) != Z_OK) {
                r->fatal = NEWSCLEAN_ERR_NOMEM;
                return RD_FAIL;
            }
            r->in_member = true;
            r->member_abs = r->in_abs + r->in_pos;
            if (report_skip(r, skipped, zeros, "between gzip members"))
                return r->fatal ? RD_FAIL : RD_CORRUPT;
            return RD_OK;
        }
        /* Skip to the next candidate first byte. */
        size_t avail = r->in_len - r->in_pos;
        const unsigned char *q = memchr(p + 1, 0x1f, avail - 1);
        size_t step = q ? (size_t)(q - p) : avail - 2;
        for (size_t i = 0; i < step; i++)
            zeros = zeros && p[i] == 0;
        r->in_pos += step;
        skipped += step;
    }
    if (report_skip(r, skipped, zeros, "after the last gzip member"))
        return r->fatal ? RD_FAIL : RD_CORRUPT;
    return RD_SHORT;
}

static want_rc
pull_gz(newsclean_warc_reader *r, unsigned char *dst, size_t cap, size_t *got)
{
    *got = 0;
    for (;;) {
        if (!r->in_member) {
            want_rc rc = next_member(r);
            if (rc != RD_OK)
                return rc;
        }
        if (r->in_pos == r->in_len) {
            int rc = refill(r);
            if (rc < 0)
                return RD_FAIL;
            if (rc == 0) {
                /* The last member is cut off; the record layer sees the data end. */
                r->in_member = false;
                return RD_SHORT;
            }
        }
        size_t in_left = r->in_len - r->in_pos;
        r->zs.next_in = r->in + r->in_pos;
        r->zs.avail_in = (uInt)in_left;
        r->zs.next_out = dst;
        r->zs.avail_out = (uInt)cap;
        int zr = inflate(&r->zs, Z_NO_FLUSH);
        size_t used = in_left - r->zs.avail_in;
        size_t made = cap - r->zs.avail_out;
        r->in_pos += used;
        if (zr == Z_STREAM_END) {
            r->in_member = false;
            r->verified = r->dec_total + made; /* the member's CRC and length matched */
            if (made) {
                *got = made;
                return RD_OK;
            }
            continue;
        }
        if ((zr == Z_OK || zr == Z_BUF_ERROR) && (used > 0 || made > 0)) {
            if (made) {
                *got = made;
                return RD_OK;
            }
            continue;
        }
        if (zr == Z_BUF_ERROR && r->in_pos == r->in_len)
            continue; /* needs more input */
        if (zr == Z_MEM_ERROR) {
            r->fatal = NEWSCLEAN_ERR_NOMEM;
            return RD_FAIL;
        }
        /* Damaged member: drop this step's output and search for the next member from
         * just after this one's start if it is still buffered, else from here. */
        char msg[160];
        snprintf(msg, sizeof msg, "corrupt gzip data: %s",
                 r->zs.msg ? r->zs.msg : "inflate made no progress");
        set_corrupt(r, msg);
        r->in_member = false;
        r->quiet_skip = true;
        if (r->member_abs >= r->in_abs && r->member_abs + 1 <= r->in_abs + r->in_len)
            r->in_pos = (size_t)(r->member_abs + 1 - r->in_abs);
        return r->fatal ? RD_FAIL : RD_CORRUPT;
    }
}

/* Append decoded bytes to the lookahead. RD_SHORT: the decoded stream has ended. */
static want_rc
pull(newsclean_warc_reader *r)
{
    if (!r->started) {
        r->started = true;
        while (r->in_len < 2) {
            int rc = refill(r);
            if (rc < 0)
                return RD_FAIL;
            if (rc == 0)
                break;
        }
        /* gzip magic (RFC 1952 2.3.1); anything else is read as a plain WARC. */
        r->gz = r->in_len >= 2 && r->in[0] == 0x1f && r->in[1] == 0x8b;
    }
    size_t unread = r->look.len - r->look_pos;
    /* Moved to the front only once as much has been read as is left, so that a long
     * lookahead is not moved again for every record read out of it. */
    if (r->look_pos > 0 && r->look_pos >= unread) {
        if (unread == 0 && r->look.cap > LOOK_SHRINK) {
            newsclean_buf_free(&r->look);
        } else {
            memmove(r->look.data, r->look.data + r->look_pos, unread);
            r->look.len = unread;
        }
        r->look_pos = 0;
    }
    if (!newsclean_buf_reserve(&r->look, OUT_CHUNK)) {
        r->fatal = NEWSCLEAN_ERR_NOMEM;
        return RD_FAIL;
    }
    unsigned char *dst = (unsigned char *)r->look.data + r->look.len;
    size_t got = 0;
    want_rc rc;
    if (r->gz) {
        rc = pull_gz(r, dst, OUT_CHUNK, &got);
    } else if (r->in_pos < r->in_len) {
        /* The bytes read to detect gzip come first. */
        got = r->in_len - r->in_pos;
        if (got > OUT_CHUNK)
            got = OUT_CHUNK;
        memcpy(dst, r->in + r->in_pos, got);
        r->in_pos += got;
        rc = RD_OK;
    } else {
        int k = raw_read(r, dst, OUT_CHUNK, &got);
        rc = k < 0 ? RD_FAIL : k == 0 ? RD_SHORT : RD_OK;
    }
    r->look.len += got;
    r->look.data[r->look.len] = '\0';
    r->dec_total += got;
    return rc;
}

/* ---- the decoded byte stream ----------------------------------------------------------- */

static size_t
avail(const newsclean_warc_reader *r)
{
    return r->look.len - r->look_pos;
}

static const char *
cur(const newsclean_warc_reader *r)
{
    return r->look.data + r->look_pos;
}

/* Make at least n decoded bytes available. RD_SHORT: the stream ends with fewer. */
static want_rc
want(newsclean_warc_reader *r, size_t n)
{
    while (avail(r) < n) {
        if (r->fatal)
            return RD_FAIL;
        if (r->corrupt)
            return RD_CORRUPT;
        if (r->eof)
            return RD_SHORT;
        want_rc rc = pull(r);
        if (rc == RD_SHORT)
            r->eof = true;
        else if (rc != RD_OK)
            return r->fatal ? RD_FAIL : rc;
    }
    return RD_OK;
}

static void
consume(newsclean_warc_reader *r, size_t n)
{
    if (n == 0)
        return;
    r->line_start = r->look.data[r->look_pos + n - 1] == '\n';
    r->look_pos += n;
}

/* Take the pending gzip damage report. The undelivered bytes decoded before it belong to
 * the damaged stretch and are dropped with it. */
static char *
take_corrupt(newsclean_warc_reader *r)
{
    char *m = r->corrupt;
    r->corrupt = NULL;
    r->look_pos = r->look.len;
    r->line_start = true;
    return m;
}

/* Put p[0..n) back in front of the undelivered bytes, to be read again. */
static bool
push_back(newsclean_warc_reader *r, const char *p, size_t n)
{
    newsclean_buf nb;
    newsclean_buf_init(&nb);
    size_t total;
    if (!newsclean_size_add(n, avail(r), &total) || !newsclean_buf_reserve(&nb, total))
        return false;
    newsclean_buf_append(&nb, p, n);
    newsclean_buf_append(&nb, cur(r), avail(r));
    newsclean_buf_free(&r->look);
    r->look = nb;
    r->look_pos = 0;
    r->line_start = true;
    return true;
}

/* Streaming search for MAGIC at the start of a line. */
typedef struct {
    bool ls;  /* the next byte starts a line */
    size_t m; /* bytes of MAGIC matched so far */
} linescan;

#define LS_NONE ((size_t)-1)

/* Feed p[0..n); returns the offset just past a completed match, or LS_NONE. */
static size_t
linescan_feed(linescan *s, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (s->m > 0 || s->ls) {
            if (c == MAGIC[s->m]) {
                s->ls = false;
                if (++s->m == MAGIC_LEN) {
                    s->m = 0;
                    return i + 1;
                }
                continue;
            }
            s->m = 0;
        }
        s->ls = c == '\n';
    }
    return LS_NONE;
}

/* Offset of the first line in p[0..n) that starts with MAGIC (p starts a line), or n. */
static size_t
find_record_line(const char *p, size_t n)
{
    linescan s = {true, 0};
    size_t e = linescan_feed(&s, p, n);
    return e == LS_NONE ? n : e - MAGIC_LEN;
}

/* ---- records --------------------------------------------------------------------------- */

static void
whdr_free(whdr *h)
{
    free(h->type);
    free(h->uri);
    free(h->id);
    free(h->date);
    free(h->ctype);
    memset(h, 0, sizeof *h);
}

static bool
parse_length(const char *p, size_t n, unsigned long long *out)
{
    unsigned long long v = 0;
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        unsigned d = (unsigned)(p[i] - '0');
        if (v > (ULLONG_MAX - d) / 10)
            return false;
        v = v * 10 + d;
    }
    *out = v;
    return true;
}

static bool
is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Store a field value (p[0..n), trimmed) in *dst, joining folded continuation lines. */
static bool
set_field(char **dst, const char *p, size_t n, bool append)
{
    while (n > 0 && is_ws(*p)) {
        p++;
        n--;
    }
    while (n > 0 && is_ws(p[n - 1]))
        n--;
    if (!append || !**dst) {
        char *v = newsclean_strndup(p, n);
        if (!v)
            return false;
        free(*dst);
        *dst = v;
        return true;
    }
    if (n == 0)
        return true;
    newsclean_buf b;
    newsclean_buf_init(&b);
    if (!newsclean_buf_append_str(&b, *dst) || !newsclean_buf_append_char(&b, ' ') ||
        !newsclean_buf_append(&b, p, n)) {
        newsclean_buf_free(&b);
        return false;
    }
    free(*dst);
    *dst = newsclean_buf_detach(&b);
    return true;
}

/* Parse the named fields of the header p[0..n) (version line first). Names are
 * case-insensitive; the first of repeated fields wins; lines may end in LF alone. */
static newsclean_status
parse_header(const char *p, size_t n, whdr *h)
{
    memset(h, 0, sizeof *h);
    const char *nl = memchr(p, '\n', n);
    size_t pos = nl ? (size_t)(nl - p) + 1 : n;
    char **last = NULL; /* field a continuation line extends */
    bool len_seen = false;
    while (pos < n) {
        nl = memchr(p + pos, '\n', n - pos);
        size_t eol = nl ? (size_t)(nl - p) : n;
        size_t end = eol > pos && p[eol - 1] == '\r' ? eol - 1 : eol;
        if (end == pos)
            break;
        if (p[pos] == ' ' || p[pos] == '\t') {
            if (last && !set_field(last, p + pos, end - pos, true))
                goto nomem;
            pos = eol + 1;
            continue;
        }
        last = NULL;
        const char *colon = memchr(p + pos, ':', end - pos);
        if (colon) {
            size_t ne = (size_t)(colon - p);
            while (ne > pos && is_ws(p[ne - 1]))
                ne--;
            const char *name = p + pos, *val = colon + 1;
            size_t nlen = ne - pos, vlen = (size_t)(p + end - val);
            char **slot = NULL;
            if (newsclean_http_ieq(name, nlen, "WARC-Type"))
                slot = &h->type;
            else if (newsclean_http_ieq(name, nlen, "WARC-Target-URI"))
                slot = &h->uri;
            else if (newsclean_http_ieq(name, nlen, "WARC-Record-ID"))
                slot = &h->id;
            else if (newsclean_http_ieq(name, nlen, "WARC-Date"))
                slot = &h->date;
            else if (newsclean_http_ieq(name, nlen, "Content-Type"))
                slot = &h->ctype;
            else if (newsclean_http_ieq(name, nlen, "Content-Length") && !len_seen) {
                len_seen = true;
                while (vlen > 0 && is_ws(*val)) {
                    val++;
                    vlen--;
                }
                while (vlen > 0 && is_ws(val[vlen - 1]))
                    vlen--;
                h->has_len = parse_length(val, vlen, &h->len);
            }
            if (slot && !*slot) {
                if (!set_field(slot, val, vlen, false))
                    goto nomem;
                last = slot;
            }
        }
        pos = eol + 1;
    }
    /* wget writes the target URI in angle brackets, as WARC 0.17 did. */
    if (h->uri) {
        size_t l = strlen(h->uri);
        if (l >= 2 && h->uri[0] == '<' && h->uri[l - 1] == '>') {
            memmove(h->uri, h->uri + 1, l - 2);
            h->uri[l - 2] = '\0';
        }
    }
    return NEWSCLEAN_OK;
nomem:
    whdr_free(h);
    return NEWSCLEAN_ERR_NOMEM;
}

/* Length of the header at p[0..n) up to and including its blank line, or 0 if the blank
 * line is not there yet; *scanned remembers how far a previous call got. */
static size_t
header_end(const char *p, size_t n, size_t *scanned)
{
    size_t i = *scanned;
    while (i < n) {
        const char *nl = memchr(p + i, '\n', n - i);
        if (!nl) {
            i = n;
            break;
        }
        i = (size_t)(nl - p);
        if (i + 1 >= n)
            break;
        if (p[i + 1] == '\n')
            return i + 2;
        if (p[i + 1] == '\r') {
            if (i + 2 >= n)
                break;
            if (p[i + 2] == '\n')
                return i + 3;
        }
        i++;
    }
    *scanned = i;
    return 0;
}

static newsclean_warc_record *
record_new(whdr *h)
{
    newsclean_warc_record *rec = calloc(1, sizeof *rec);
    if (!rec)
        return NULL;
    rec->type = h && h->type ? h->type : newsclean_strdup("");
    if (!rec->type) {
        free(rec);
        return NULL;
    }
    if (h) {
        rec->uri = h->uri;
        rec->id = h->id;
        rec->date = h->date;
        h->type = h->uri = h->id = h->date = NULL;
    }
    rec->payload = "";
    return rec;
}

/* In a gzip stream a record that looks broken may be the first sign of a damaged member:
 * inflate notices bad codes or a bad CRC only some bytes later, and what it produced up to
 * then can look like a header without a length, or like junk. Decode a little further;
 * if the member the record came from turns out damaged, return that report (the cause)
 * instead of the symptom, so one damaged member gives one ERROR record. */
static char *
gzip_cause(newsclean_warc_reader *r)
{
    if (!r->gz)
        return NULL;
    unsigned long long pos = r->dec_total - avail(r);
    size_t base = avail(r);
    while (!r->corrupt && r->verified < pos && avail(r) - base < CAUSE_LOOKAHEAD) {
        if (want(r, avail(r) + 1) != RD_OK)
            break;
    }
    if (r->corrupt && r->verified < pos)
        return take_corrupt(r);
    return NULL;
}

/* Hand out an ERROR record with message 'msg' (owned; NULL means it could not be made). */
static newsclean_status
emit_error(newsclean_warc_reader *r, whdr *h, char *msg, newsclean_warc_record **out)
{
    if (!msg)
        return r->fatal = NEWSCLEAN_ERR_NOMEM;
    newsclean_warc_record *rec = record_new(h);
    if (!rec) {
        free(msg);
        return r->fatal = NEWSCLEAN_ERR_NOMEM;
    }
    rec->kind = NEWSCLEAN_PAYLOAD_ERROR;
    rec->error = msg;
    r->records++;
    r->resync = true;
    *out = rec;
    return NEWSCLEAN_OK;
}

/* As emit_error(), for a record that looks broken: reports the gzip damage behind it
 * instead, if there is some. */
static newsclean_status
error_record(newsclean_warc_reader *r, whdr *h, char *msg, newsclean_warc_record **out)
{
    char *cause = msg ? gzip_cause(r) : NULL;
    if (cause) {
        /* The header fields were decoded from the damaged member too. */
        free(msg);
        msg = cause;
        h = NULL;
    }
    return emit_error(r, h, msg, out); /* which fails when 'msg' could not be made */
}

static newsclean_status
error_fmt(newsclean_warc_reader *r, whdr *h, const char *msg, newsclean_warc_record **out)
{
    return error_record(r, h, newsclean_strdup(msg), out);
}

/* True if the first KiB holds a control byte that text does not: compressed data almost
 * always does (a random byte is one with odds 1 in 8), a page stored decoded does not. */
static bool
has_binary_bytes(const char *p, size_t n)
{
    if (n > 1024)
        n = 1024;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ||
            c == 0x7F)
            return true;
    }
    return false;
}

/* URI schemes of captured content. wget stores its own log and arguments as resource
 * records under metadata://; dns: records describe the crawl, not pages. */
static bool
content_scheme(const char *uri)
{
    if (!uri)
        return true;
    size_t i = 0;
    while (uri[i] && ((uri[i] >= 'a' && uri[i] <= 'z') || (uri[i] >= 'A' && uri[i] <= 'Z') ||
                      (i > 0 && ((uri[i] >= '0' && uri[i] <= '9') || uri[i] == '+' ||
                                 uri[i] == '-' || uri[i] == '.'))))
        i++;
    if (i == 0 || uri[i] != ':')
        return true; /* no scheme: cannot tell */
    return newsclean_http_ieq(uri, i, "http") || newsclean_http_ieq(uri, i, "https") ||
           newsclean_http_ieq(uri, i, "ftp") || newsclean_http_ieq(uri, i, "file");
}

/* Turn a complete header and block into a record: parse the HTTP envelope, undo its
 * codings and decide the payload kind. Takes ownership of 'blk'. */
static newsclean_status
build_record(newsclean_warc_reader *r, whdr *h, newsclean_buf *blk, newsclean_warc_record **out)
{
    newsclean_http_head http;
    memset(&http, 0, sizeof http);
    newsclean_buf body; /* dechunked or decoded payload, when it is not the block itself */
    newsclean_buf_init(&body);
    char *mime = NULL, *charset = NULL;
    newsclean_warc_record *rec = NULL;
    newsclean_status st = NEWSCLEAN_ERR_NOMEM;

    if (!newsclean_buf_reserve(blk, 0)) /* a block of 0 bytes still gets its NUL */
        goto done;
    if (h->ctype &&
        newsclean_http_content_type(h->ctype, strlen(h->ctype), &mime, &charset) != NEWSCLEAN_OK)
        goto done;
    const char *block = blk->data;
    size_t blen = blk->len;
    const char *type = h->type ? h->type : "";
    size_t tl = strlen(type);
    bool response = newsclean_http_ieq(type, tl, "response");
    bool resource = newsclean_http_ieq(type, tl, "resource");
    bool conversion = newsclean_http_ieq(type, tl, "conversion");
    const char *payload = block;
    size_t plen = blen;
    const char *ptype = mime; /* media type of the payload */
    bool skip = false;
    const char *undecodable = NULL; /* why the Content-Encoding could not be undone */

    if (response && ((mime && strcmp(mime, "application/http") == 0) ||
                     (!mime && blen >= 5 && memcmp(block, "HTTP/", 5) == 0))) {
        if (newsclean_http_parse(block, blen, &http) != NEWSCLEAN_OK)
            goto done;
        ptype = NULL; /* not an HTTP message after all: let the bytes decide */
        if (http.status) {
            payload = block + http.body_off;
            plen = blen - http.body_off;
            ptype = http.mime;
            free(charset);
            charset = http.charset;
            http.charset = NULL;
            /* Redirects, errors and the like are not the page the URI names. */
            if (http.status < 200 || http.status > 299)
                skip = true;
            if (http.chunked) {
                bool ok;
                if (newsclean_http_dechunk(payload, plen, &body, &ok) != NEWSCLEAN_OK)
                    goto done;
                if (ok) {
                    if (!newsclean_buf_reserve(&body, 0))
                        goto done;
                    payload = body.data;
                    plen = body.len;
                }
            }
            if (http.encoding) {
                newsclean_buf dec;
                newsclean_buf_init(&dec);
                switch (newsclean_http_decode(http.encoding, payload, plen,
                                              NEWSCLEAN_WARC_MAX_PAYLOAD, &dec)) {
                case NEWSCLEAN_DECODE_DONE:
                    if (!newsclean_buf_reserve(&dec, 0)) {
                        newsclean_buf_free(&dec);
                        goto done;
                    }
                    newsclean_buf_free(&body);
                    body = dec;
                    payload = body.data;
                    plen = body.len;
                    break;
                case NEWSCLEAN_DECODE_LIMIT: {
                    char msg[160];
                    snprintf(msg, sizeof msg,
                             "payload exceeds the limit of %zu bytes once its Content-Encoding "
                             "is undone",
                             NEWSCLEAN_WARC_MAX_PAYLOAD);
                    st = error_fmt(r, h, msg, out);
                    goto done;
                }
                case NEWSCLEAN_DECODE_UNSUPPORTED:
                    undecodable = "is not a coding this reader can undo";
                    break;
                case NEWSCLEAN_DECODE_NOMEM:
                    goto done;
                case NEWSCLEAN_DECODE_RAW:
                default:
                    /* Nothing decoded. Text means the header lied and the bytes were stored
                     * decoded: keep them. Anything else cannot be read. */
                    if (has_binary_bytes(payload, plen))
                        undecodable = "does not match the payload, which could not be decoded";
                    break;
                }
            }
        }
    }

    /* A payload meant for extraction that cannot be decoded is an error record, never a
     * silent skip; one whose status or type says it is not a page is skipped as usual. */
    if (undecodable && !skip && content_scheme(h->uri) &&
        newsclean_http_kind_of_mime(ptype) != NEWSCLEAN_PAYLOAD_SKIP) {
        char msg[256];
        snprintf(msg, sizeof msg, "Content-Encoding '%.64s' %s", http.encoding, undecodable);
        st = emit_error(r, h, newsclean_strdup(msg), out);
        r->resync = false; /* the record itself was whole: nothing to skip after it */
        goto done;
    }
    if (undecodable)
        skip = true;

    newsclean_payload_kind kind = NEWSCLEAN_PAYLOAD_SKIP;
    if ((response || resource || conversion) && !skip) {
        kind = newsclean_http_kind_of_mime(ptype);
        if (kind == NEWSCLEAN_PAYLOAD_ERROR) /* no usable type */
            kind =
                conversion && !ptype ? NEWSCLEAN_PAYLOAD_TEXT : newsclean_http_sniff(payload, plen);
        if (plen == 0 || !content_scheme(h->uri))
            kind = NEWSCLEAN_PAYLOAD_SKIP;
    }

    rec = record_new(h);
    if (!rec)
        goto done;
    /* Detaching hands the same pointers over, so 'payload' stays valid. */
    rec->block = newsclean_buf_detach(blk);
    if (body.data)
        rec->decoded = newsclean_buf_detach(&body);
    rec->payload = payload;
    rec->payload_len = plen;
    rec->kind = kind;
    rec->http_status = http.status;
    rec->charset = charset;
    charset = NULL;
    r->records++;
    if (kind == NEWSCLEAN_PAYLOAD_SKIP)
        r->skipped++;
    r->resync = false;
    *out = rec;
    st = NEWSCLEAN_OK;
done:
    free(mime);
    free(charset);
    newsclean_http_head_free(&http);
    newsclean_buf_free(&body);
    newsclean_buf_free(blk);
    if (st != NEWSCLEAN_OK)
        r->fatal = st;
    return st;
}

/* ---- reading records ------------------------------------------------------------------- */

/* Skip to the next line that starts with MAGIC. After a good record (or at the start)
 * skipped bytes other than whitespace come back as one ERROR record; after an ERROR
 * record they are the rest of the damage and are skipped quietly. '*found' is true when
 * the next record is ready to read; false with '*out' NULL means the end of the input. */
static newsclean_status
seek_record(newsclean_warc_reader *r, newsclean_warc_record **out, bool *found)
{
    size_t off = 0, first = SIZE_MAX, last = 0;
    char msg[128];
    *found = false;
    for (;;) {
        want_rc w = want(r, 1);
        if (w == RD_OK && r->line_start && cur(r)[0] == 'W') {
            w = want(r, MAGIC_LEN);
            if (w == RD_OK && memcmp(cur(r), MAGIC, MAGIC_LEN) == 0) {
                if (first != SIZE_MAX && !r->resync) {
                    snprintf(msg, sizeof msg, "skipped %zu bytes of garbage before the next record",
                             last - first + 1);
                    return error_fmt(r, NULL, msg, out);
                }
                *found = true;
                return NEWSCLEAN_OK;
            }
            if (w == RD_SHORT)
                w = RD_OK; /* fewer bytes left than a record needs: garbage */
        }
        if (w == RD_FAIL)
            return r->fatal;
        if (w == RD_CORRUPT)
            return emit_error(r, NULL, take_corrupt(r), out);
        if (w == RD_SHORT) {
            if (first != SIZE_MAX && !r->resync) {
                snprintf(msg, sizeof msg, "skipped %zu bytes of garbage at the end of the input",
                         last - first + 1);
                return error_fmt(r, NULL, msg, out);
            }
            return NEWSCLEAN_OK;
        }
        /* Not a record line: skip it, through its newline. */
        const char *p = cur(r);
        size_t n = avail(r), k = 0;
        while (k < n) {
            char c = p[k++];
            if (!is_ws(c)) {
                if (first == SIZE_MAX)
                    first = off + k - 1;
                last = off + k - 1;
            }
            if (c == '\n')
                break;
        }
        off += k;
        consume(r, k);
    }
}

typedef enum { END_CLEAN, END_JUNK, END_DAMAGED } block_end_rc;

/* After a block: consume the CR/LF that ends a record and tell whether another record or
 * the end of the input follows (END_CLEAN) or something else does (END_JUNK). A read
 * error met here is reported by the next call. Damaged gzip data met here is too, unless
 * the block's own last bytes came from the damaged member: inflate finds damage only some
 * bytes after it, so a cut-off member can fill a block with bytes decoded from the start
 * of the next member (END_DAMAGED). */
static block_end_rc
block_end(newsclean_warc_reader *r)
{
    unsigned long long end_at = r->dec_total - avail(r);
    want_rc w;
    for (;;) {
        w = want(r, 1);
        if (w != RD_OK)
            break;
        char c = cur(r)[0];
        if (c != '\r' && c != '\n')
            break;
        consume(r, 1);
    }
    if (w == RD_OK)
        w = want(r, MAGIC_LEN);
    if (w == RD_OK)
        return memcmp(cur(r), MAGIC, MAGIC_LEN) == 0 ? END_CLEAN : END_JUNK;
    if (w == RD_CORRUPT && end_at > r->verified)
        return END_DAMAGED;
    if (w == RD_SHORT && avail(r) > 0)
        return END_JUNK;
    return END_CLEAN;
}

/* A lying Content-Length, checked where the block lies in the bytes read ahead: when the
 * input ends inside the block, or junk follows it and a record starts inside it, the
 * record is reported and the reader goes on at the record it swallowed. Returns false when
 * the block must be read out as usual. Checking in place matters: copying the swallowed
 * bytes out and back cost a lying record its whole length, quadratic in a dump of them. */
static bool
lying_length(newsclean_warc_reader *r, whdr *h, newsclean_status *st, newsclean_warc_record **out)
{
    size_t need = (size_t)h->len;
    char msg[160];
    want_rc w = want(r, need);
    if (w == RD_SHORT) {
        size_t left = avail(r), at = left ? find_record_line(cur(r), left) : 0;
        consume(r, at);
        snprintf(msg, sizeof msg, "record truncated: Content-Length %llu but only %zu bytes left",
                 h->len, left);
        char *m = newsclean_strdup(msg);
        *st = error_record(r, h, m, out);
        return true;
    }
    if (w != RD_OK || need == 0)
        return false;
    /* What follows the block, past line breaks, as block_end sees it. */
    size_t q = need;
    while ((w = want(r, q + 1)) == RD_OK && (cur(r)[q] == '\r' || cur(r)[q] == '\n'))
        q++;
    if (w == RD_OK)
        w = want(r, q + MAGIC_LEN);
    if (w != RD_OK || memcmp(cur(r) + q, MAGIC, MAGIC_LEN) == 0)
        return false;
    size_t at = find_record_line(cur(r), need);
    if (at == need)
        return false; /* no record inside: Content-Length was a little short */
    consume(r, at);
    snprintf(msg, sizeof msg, "record corrupt: Content-Length %llu runs into the next record",
             h->len);
    *st = error_fmt(r, h, msg, out);
    return true;
}

/* Read a block of h->len bytes (at most NEWSCLEAN_WARC_MAX_PAYLOAD) and build its record. */
static newsclean_status
read_block(newsclean_warc_reader *r, whdr *h, newsclean_warc_record **out)
{
    size_t need = (size_t)h->len;
    newsclean_status lie;
    if (lying_length(r, h, &lie, out))
        return lie;
    newsclean_buf blk;
    newsclean_buf_init(&blk);
    want_rc w = RD_OK;
    if (need && avail(r) >= need && need >= r->look.cap / 2) {
        /* A block that fills most of the lookahead becomes the record's as it is, so a
         * large record is not held twice. */
        newsclean_buf rest;
        newsclean_buf_init(&rest);
        if (!newsclean_buf_append(&rest, cur(r) + need, avail(r) - need))
            return r->fatal = NEWSCLEAN_ERR_NOMEM;
        consume(r, need);
        memmove(r->look.data, r->look.data + r->look_pos - need, need);
        r->look.len = need;
        r->look.data[need] = '\0';
        blk = r->look;
        r->look = rest;
        r->look_pos = 0;
    }
    /* Grow with the data instead of trusting Content-Length up front: a lying header must
     * not make a 1 KiB file allocate 64 MiB. */
    while (blk.len < need) {
        w = want(r, 1);
        if (w != RD_OK)
            break;
        size_t k = avail(r) < need - blk.len ? avail(r) : need - blk.len;
        if (!newsclean_buf_append(&blk, cur(r), k)) {
            newsclean_buf_free(&blk);
            return r->fatal = NEWSCLEAN_ERR_NOMEM;
        }
        consume(r, k);
    }
    char msg[160];
    block_end_rc end = END_CLEAN;
    if (blk.len == need) {
        end = block_end(r);
        if (end == END_CLEAN)
            return build_record(r, h, &blk, out);
    }
    if (end == END_JUNK) {
        /* Junk follows the block. If a record starts inside the block, Content-Length was
         * too big and swallowed it: read that record again. Otherwise Content-Length was
         * probably a little short; keep the record and report the junk next. */
        size_t at = need ? find_record_line(blk.data, blk.len) : 0;
        if (at == blk.len)
            return build_record(r, h, &blk, out);
        bool ok = push_back(r, blk.data + at, blk.len - at);
        newsclean_buf_free(&blk);
        if (!ok)
            return r->fatal = NEWSCLEAN_ERR_NOMEM;
        snprintf(msg, sizeof msg, "record corrupt: Content-Length %llu runs into the next record",
                 h->len);
        return error_fmt(r, h, msg, out);
    }
    if (end == END_CLEAN && w == RD_FAIL) {
        newsclean_buf_free(&blk);
        return r->fatal;
    }
    char *m;
    bool damaged = end == END_DAMAGED || w == RD_CORRUPT;
    if (damaged) {
        m = take_corrupt(r);
    } else {
        snprintf(msg, sizeof msg, "record truncated: Content-Length %llu but only %zu bytes left",
                 h->len, blk.len);
        m = newsclean_strdup(msg);
    }
    /* Whatever records the cut-off block swallowed are read again. */
    size_t at = blk.len ? find_record_line(blk.data, blk.len) : 0;
    bool ok = at == blk.len || push_back(r, blk.data + at, blk.len - at);
    newsclean_buf_free(&blk);
    if (!ok) {
        free(m);
        return r->fatal = NEWSCLEAN_ERR_NOMEM;
    }
    return damaged ? emit_error(r, h, m, out) : error_record(r, h, m, out);
}

/* Skip the block of a record bigger than NEWSCLEAN_WARC_MAX_PAYLOAD without keeping it.
 * From the first line inside it that starts like a record, up to the limit, the bytes are
 * kept aside: if the block turns out to be cut off (a lying Content-Length), the records it
 * swallowed are read from there. */
static newsclean_status
skip_block(newsclean_warc_reader *r, whdr *h, newsclean_warc_record **out)
{
    if (r->eof && !r->corrupt && !r->fatal && avail(r) < h->len) {
        /* The rest of the input is at hand and shorter than the block: it is cut off, and
         * reading it out to put the records it swallowed back, once per such record, would
         * take time quadratic in a dump of them. */
        size_t left = avail(r), at = left ? find_record_line(cur(r), left) : 0;
        consume(r, left - at > NEWSCLEAN_WARC_MAX_PAYLOAD - MAGIC_LEN ? left : at);
        char msg[200];
        snprintf(msg, sizeof msg, "record truncated: Content-Length %llu but only %zu bytes left",
                 h->len, left);
        return error_record(r, h, newsclean_strdup(msg), out);
    }
    unsigned long long left = h->len, got = 0;
    linescan s = {true, 0};
    newsclean_buf tail;
    newsclean_buf_init(&tail);
    bool capturing = false, gave_up = false;
    want_rc w = RD_OK;
    while (left > 0) {
        w = want(r, 1);
        if (w != RD_OK)
            break;
        size_t k = avail(r);
        if (k > left)
            k = (size_t)left;
        const char *p = cur(r);
        if (capturing) {
            if (tail.len + k > NEWSCLEAN_WARC_MAX_PAYLOAD) {
                capturing = false;
                gave_up = true;
                newsclean_buf_free(&tail);
            } else if (!newsclean_buf_append(&tail, p, k)) {
                goto nomem;
            }
        } else if (!gave_up) {
            size_t e = linescan_feed(&s, p, k);
            if (e != LS_NONE) {
                capturing = true;
                if (!newsclean_buf_append(&tail, MAGIC, MAGIC_LEN) ||
                    !newsclean_buf_append(&tail, p + e, k - e))
                    goto nomem;
            }
        }
        consume(r, k);
        left -= k;
        got += k;
    }
    char msg[200];
    char *m;
    bool rescue, damaged = false;
    if (left == 0) {
        block_end_rc end = block_end(r);
        if (end == END_DAMAGED)
            free(take_corrupt(r)); /* the record is an ERROR already */
        rescue = end != END_CLEAN;
        snprintf(msg, sizeof msg,
                 "record of %llu bytes exceeds the limit of %zu bytes; its content was skipped",
                 h->len, NEWSCLEAN_WARC_MAX_PAYLOAD);
        m = newsclean_strdup(msg);
    } else if (w == RD_FAIL) {
        newsclean_buf_free(&tail);
        return r->fatal;
    } else {
        rescue = true;
        if (w == RD_CORRUPT) {
            damaged = true;
            m = take_corrupt(r);
        } else {
            snprintf(msg, sizeof msg,
                     "record truncated: Content-Length %llu but only %llu bytes left", h->len, got);
            m = newsclean_strdup(msg);
        }
    }
    if (rescue && tail.len && !push_back(r, tail.data, tail.len)) {
        free(m);
        goto nomem;
    }
    newsclean_buf_free(&tail);
    return damaged ? emit_error(r, h, m, out) : error_record(r, h, m, out);
nomem:
    newsclean_buf_free(&tail);
    return r->fatal = NEWSCLEAN_ERR_NOMEM;
}

static newsclean_status
next_record(newsclean_warc_reader *r, newsclean_warc_record **out)
{
    bool found;
    newsclean_status st = seek_record(r, out, &found);
    if (st != NEWSCLEAN_OK || *out || !found)
        return st;

    whdr h;
    char msg[128];
    size_t scanned = 0, hlen;
    for (;;) {
        size_t n = avail(r) < NEWSCLEAN_WARC_MAX_HEADER ? avail(r) : NEWSCLEAN_WARC_MAX_HEADER;
        hlen = header_end(cur(r), n, &scanned);
        if (hlen)
            break;
        if (n == NEWSCLEAN_WARC_MAX_HEADER) {
            consume(r, MAGIC_LEN); /* look for the next record inside it */
            snprintf(msg, sizeof msg, "record header longer than %zu bytes",
                     NEWSCLEAN_WARC_MAX_HEADER);
            return error_fmt(r, NULL, msg, out);
        }
        want_rc w = want(r, avail(r) + 1);
        if (w == RD_FAIL)
            return r->fatal;
        if (w == RD_CORRUPT)
            return emit_error(r, NULL, take_corrupt(r), out);
        if (w == RD_SHORT) {
            /* Name the record in the report if enough of its header is there. */
            if (parse_header(cur(r), avail(r), &h) != NEWSCLEAN_OK)
                return r->fatal = NEWSCLEAN_ERR_NOMEM;
            consume(r, avail(r));
            st = error_fmt(r, &h, "record header cut off at the end of the input", out);
            whdr_free(&h);
            return st;
        }
    }
    if (parse_header(cur(r), hlen, &h) != NEWSCLEAN_OK)
        return r->fatal = NEWSCLEAN_ERR_NOMEM;
    consume(r, hlen);
    if (!h.has_len)
        st = error_fmt(r, &h, "record has no valid Content-Length", out);
    else if (h.len > NEWSCLEAN_WARC_MAX_PAYLOAD)
        st = skip_block(r, &h, out);
    else
        st = read_block(r, &h, out);
    whdr_free(&h);
    return st;
}

/* ---- public API ------------------------------------------------------------------------ */

newsclean_warc_reader *
newsclean_warc_reader_new(newsclean_read_fn read, void *ctx)
{
    if (!read)
        return NULL;
    newsclean_warc_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->in = malloc(IN_CAP);
    if (!r->in) {
        free(r);
        return NULL;
    }
    r->read = read;
    r->ctx = ctx;
    r->line_start = true;
    newsclean_buf_init(&r->look);
    return r;
}

void
newsclean_warc_reader_free(newsclean_warc_reader *r)
{
    if (!r)
        return;
    if (r->zs_ready)
        inflateEnd(&r->zs);
    free(r->in);
    free(r->corrupt);
    newsclean_buf_free(&r->look);
    free(r);
}

newsclean_status
newsclean_warc_next(newsclean_warc_reader *r, newsclean_warc_record **rec)
{
    if (!rec)
        return NEWSCLEAN_ERR_INVALID_ARG;
    *rec = NULL;
    if (!r)
        return NEWSCLEAN_ERR_INVALID_ARG;
    if (r->fatal)
        return r->fatal;
    return next_record(r, rec);
}

size_t
newsclean_warc_reader_records(const newsclean_warc_reader *r)
{
    return r ? r->records : 0;
}

size_t
newsclean_warc_reader_skipped(const newsclean_warc_reader *r)
{
    return r ? r->skipped : 0;
}

unsigned long long
newsclean_warc_reader_bytes(const newsclean_warc_reader *r)
{
    return r ? r->raw_bytes : 0;
}

void
newsclean_warc_record_free(newsclean_warc_record *rec)
{
    if (!rec)
        return;
    free(rec->type);
    free(rec->uri);
    free(rec->id);
    free(rec->date);
    free(rec->charset);
    free(rec->error);
    free(rec->block);
    free(rec->decoded);
    free(rec);
}

/* The record accessors of newsclean.h: one field of the record, 'none' without one. */
#define RECORD_ACCESSOR(type, name, field, none)                                                   \
    type newsclean_warc_record_##name(const newsclean_warc_record *rec)                            \
    {                                                                                              \
        return rec ? rec->field : none;                                                            \
    }

RECORD_ACCESSOR(newsclean_payload_kind, kind, kind, NEWSCLEAN_PAYLOAD_ERROR)
RECORD_ACCESSOR(const char *, type, type, "")
RECORD_ACCESSOR(const char *, target_uri, uri, NULL)
RECORD_ACCESSOR(const char *, id, id, NULL)
RECORD_ACCESSOR(const char *, date, date, NULL)
RECORD_ACCESSOR(const char *, charset, charset, NULL)
RECORD_ACCESSOR(int, http_status, http_status, 0)
RECORD_ACCESSOR(const char *, error, error, NULL)

const char *
newsclean_warc_record_payload(const newsclean_warc_record *rec, size_t *len)
{
    if (len)
        *len = rec ? rec->payload_len : 0;
    return rec ? rec->payload : NULL;
}
