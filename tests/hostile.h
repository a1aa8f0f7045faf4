/* hostile.h: generated hostile inputs, one per shape, at any size. Header-only: the
 * pathological unit test runs every shape at a small size through the library, and
 * tests/bench/hostile.c writes them at the sizes tests/bench/pathological.sh measures the
 * command line on. A shape is one way a page nobody chose can be hard on some stage. */
#ifndef NEWSCLEAN_TESTS_HOSTILE_H
#define NEWSCLEAN_TESTS_HOSTILE_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

typedef struct {
    char *p;
    size_t n, cap;
    int oom;
} hostile_buf;

/* How a shape reaches the extractor. */
typedef enum {
    HOSTILE_AUTO, /* the input kind is sniffed */
    HOSTILE_HTML, /* read as HTML (--input html) */
    HOSTILE_TEXT  /* read as a text dump (--input text) */
} hostile_kind;

typedef enum {
    HOSTILE_PLAIN, /* the bytes are the document */
    HOSTILE_GZIP,  /* a gzip file of a document */
    HOSTILE_WARC   /* a crawl dump */
} hostile_container;

typedef struct {
    const char *name;
    const char *what;
    hostile_kind kind;
    hostile_container container;
    void (*make)(hostile_buf *b, size_t size);
    /* The body holds this once the document is extracted whole (NULL: no check). */
    const char *body_has;
} hostile_shape;

static void
hostile_put(hostile_buf *b, const void *s, size_t n)
{
    if (b->oom)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = (char *)realloc(b->p, cap);
        if (!p) {
            b->oom = 1;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void
hostile_str(hostile_buf *b, const char *s)
{
    hostile_put(b, s, strlen(s));
}

/* Append 's' until the buffer holds 'until' bytes (at least once). */
static void
hostile_fill(hostile_buf *b, const char *s, size_t until)
{
    size_t k = strlen(s);
    do
        hostile_put(b, s, k);
    while (!b->oom && b->n + k <= until);
}

/* How many times a unit of 'k' bytes fits in what is left of 'size' after 'used'. */
static size_t
hostile_times(size_t size, size_t used, size_t k)
{
    return size > used + k ? (size - used) / k : 1;
}

static const char hostile_prose[] = "The harbour wall, built in 1887, was repaired again after "
                                    "the winter storms, the council said on Tuesday. ";
static const char hostile_head[] = "<html><head><title>Harbour wall repaired | Coast Gazette"
                                   "</title></head><body>";
static const char hostile_after[] = "<p>After the flood of markup, the last paragraph still "
                                    "tells readers that the harbour reopens on Friday.</p>";
static const char hostile_after_text[] = "the harbour reopens on Friday";

/* Two runs of 'k' units each: 'open' units, then 'close' units, about 'size' bytes. */
static void
hostile_pairs(hostile_buf *b, size_t size, const char *pre, const char *open, const char *close)
{
    hostile_str(b, pre);
    size_t k = hostile_times(size, b->n + sizeof hostile_after, strlen(open) + strlen(close));
    for (size_t i = 0; i < k; i++)
        hostile_str(b, open);
    for (size_t i = 0; i < k; i++)
        hostile_str(b, close);
    hostile_str(b, hostile_after);
}

/* ---- the parse: shapes libxml2 2.9 handles in more than linear time ----------------- */

static void
make_stray_end_tags(hostile_buf *b, size_t size)
{
    /* Every </span> closes nothing; libxml2 searches the open elements for each. */
    hostile_pairs(b, size, hostile_head, "<div>", "</span>");
}

static void
make_stray_end_tags_blocked(hostile_buf *b, size_t size)
{
    /* The span is open, but the divs above it keep an inline end tag from closing it. */
    hostile_pairs(b, size, "<html><body><span>", "<div>", "</span>");
}

static void
make_stray_p_end_tags(hostile_buf *b, size_t size)
{
    hostile_pairs(b, size, hostile_head, "<div>", "</p>");
}

static void
make_misplaced_body(hostile_buf *b, size_t size)
{
    /* Each <body> inside the body makes libxml2 look through the open elements. */
    hostile_pairs(b, size, "<html><body>", "<div>", "<body>");
}

static void
hostile_attributes(hostile_buf *b, size_t size, const char *pre, const char *name)
{
    hostile_str(b, pre);
    hostile_str(b, "<div");
    char a[48];
    for (size_t i = 0; b->n + sizeof hostile_after + 24 < size; i++) {
        snprintf(a, sizeof a, " %s%zu=\"v\"", name, i);
        hostile_str(b, a);
    }
    hostile_str(b, "><p>");
    hostile_str(b, hostile_prose);
    hostile_str(b, "</p></div>");
    hostile_str(b, hostile_after);
}

static void
make_many_attributes_pi(hostile_buf *b, size_t size)
{
    /* A processing instruction with a non-ASCII name first, then one tag with as many
     * distinct attributes as fit: libxml2 checks each against all before it. */
    hostile_attributes(b, size, "<?\xC3\xA9?><html><body>", "data-a");
}

static void
make_many_attributes(hostile_buf *b, size_t size)
{
    hostile_attributes(b, size, hostile_head, "data-a");
}

static void
make_many_read_attributes(hostile_buf *b, size_t size)
{
    /* The same attribute that a stage reads, again and again, in one tag. */
    hostile_str(b, hostile_head);
    hostile_str(b, "<div");
    char a[48];
    for (size_t i = 0; b->n + sizeof hostile_after + 24 < size; i++) {
        snprintf(a, sizeof a, " class=\"c%zu\"", i);
        hostile_str(b, a);
    }
    hostile_str(b, ">");
    hostile_str(b, hostile_after);
}

static void
make_template_script_attributes(hostile_buf *b, size_t size)
{
    /* A script template whose body starts with markup, then a tag full of attributes. */
    hostile_attributes(b, size,
                       "<html><head><script type=\"text/template\"><div class=\"t\">{{x}}</div>"
                       "</script></head><body>",
                       "data-a");
}

/* ---- encodings ------------------------------------------------------------------------ */

static void
hostile_article(hostile_buf *b, size_t size)
{
    hostile_str(b, "<!DOCTYPE html><html><head><meta charset=\"utf-16\"><title>Harbour wall "
                   "repaired | Coast Gazette</title></head><body><article><h1>Harbour wall "
                   "repaired</h1>");
    while (b->n + 600 < size && !b->oom) {
        hostile_str(b, "<p>");
        hostile_str(b, hostile_prose);
        hostile_str(b, hostile_prose);
        hostile_str(b, "</p>");
    }
    hostile_str(b, "</article>");
    hostile_str(b, hostile_after);
    hostile_str(b, "</body></html>");
}

/* The article as UTF-16 or UTF-32 (all ASCII, so each byte widens), maybe with a BOM. */
static void
hostile_wide(hostile_buf *b, size_t size, size_t width, int big_endian, int bom)
{
    hostile_buf a = {0};
    hostile_article(&a, size / width);
    if (a.oom) {
        b->oom = 1;
        return;
    }
    unsigned char unit[4];
    if (bom) {
        uint32_t cp = 0xFEFF;
        for (size_t k = 0; k < width; k++)
            unit[k] = (unsigned char)(cp >> (8 * (big_endian ? width - 1 - k : k)));
        hostile_put(b, unit, width);
    }
    for (size_t i = 0; i < a.n; i++) {
        memset(unit, 0, sizeof unit);
        unit[big_endian ? width - 1 : 0] = (unsigned char)a.p[i];
        hostile_put(b, unit, width);
    }
    free(a.p);
}

static void
make_utf16le_bom(hostile_buf *b, size_t size)
{
    hostile_wide(b, size, 2, 0, 1);
}

static void
make_utf16be_no_bom(hostile_buf *b, size_t size)
{
    hostile_wide(b, size, 2, 1, 0);
}

static void
make_utf32le_no_bom(hostile_buf *b, size_t size)
{
    hostile_wide(b, size, 4, 0, 0);
}

static void
make_nul_bytes(hostile_buf *b, size_t size)
{
    /* A NUL now and then, as pages carry them, not so many that the page is binary. */
    hostile_str(b, hostile_head);
    while (b->n + sizeof hostile_after < size && !b->oom) {
        hostile_str(b, "<p>");
        hostile_str(b, hostile_prose);
        hostile_put(b, "The harbour\0wall was repaired.", 31);
        hostile_str(b, "</p>");
    }
    hostile_str(b, hostile_after);
}

static void
make_invalid_utf8(hostile_buf *b, size_t size)
{
    hostile_str(b, hostile_head);
    while (b->n + sizeof hostile_after < size && !b->oom)
        hostile_str(b, "<p>Caf\xC3 \xE9t\xE9 \xF0\x9F na\xEF\xBF ve \xC0\xAF \xED\xA0\x80 "
                       "\xFF\xFE done.</p>");
    hostile_str(b, hostile_after);
}

static void
make_binary(hostile_buf *b, size_t size)
{
    unsigned x = 12345;
    char chunk[4096];
    while (b->n < size && !b->oom) {
        for (size_t i = 0; i < sizeof chunk; i++) {
            x = x * 1103515245u + 12345u;
            chunk[i] = (char)(x >> 16);
        }
        hostile_put(b, chunk, sizeof chunk);
    }
}

/* ---- nesting, long lines, floods ------------------------------------------------------- */

static void
make_nested_divs(hostile_buf *b, size_t size)
{
    hostile_pairs(b, size, hostile_head, "<div>", "</div>");
}

static void
make_nested_unclosed(hostile_buf *b, size_t size)
{
    hostile_str(b, hostile_head);
    hostile_str(b, "<p>");
    hostile_str(b, hostile_prose);
    hostile_str(b, "</p>");
    hostile_fill(b, "<div class=\"x\"><b><i><span>", size);
}

static void
make_nested_lists_quotes(hostile_buf *b, size_t size)
{
    hostile_pairs(b, size, hostile_head, "<blockquote><ul><li>\xE2\x80\x9C",
                  "\xE2\x80\x9D she said.</li></ul></blockquote>");
}

static void
make_long_line_html(hostile_buf *b, size_t size)
{
    hostile_str(b, hostile_head);
    hostile_str(b, "<p>");
    hostile_fill(b, hostile_prose, size - 64);
    hostile_str(b, "</p></body></html>");
}

static void
make_long_line_text(hostile_buf *b, size_t size)
{
    hostile_fill(b, hostile_prose, size);
}

static void
make_line_without_spaces(hostile_buf *b, size_t size)
{
    hostile_fill(b, "wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww", size);
}

static void
make_paragraphs(hostile_buf *b, size_t size)
{
    hostile_str(b, hostile_head);
    hostile_str(b, "<article>");
    char p[160];
    for (size_t i = 0; b->n + sizeof hostile_after + sizeof p < size && !b->oom; i++) {
        snprintf(p, sizeof p, "<p>Paragraph %zu of the record, with a few words in it.</p>", i);
        hostile_str(b, p);
    }
    hostile_str(b, "</article>");
    hostile_str(b, hostile_after);
}

static void
make_dense_attributes(hostile_buf *b, size_t size)
{
    /* Elements with six attributes that stages read: the most tree per byte. */
    hostile_str(b, hostile_head);
    hostile_fill(b, "<p id=a class=b title=c lang=d role=e name=f>", size);
}

static void
make_empty_elements(hostile_buf *b, size_t size)
{
    hostile_fill(b, "<p></p><br><span></span><li>", size);
}

static void
make_text_lines(hostile_buf *b, size_t size)
{
    char line[128];
    for (size_t i = 0; b->n + sizeof line < size && !b->oom; i++) {
        snprintf(line, sizeof line, "Line %zu of the dump, which goes on a while.\n\n", i);
        hostile_str(b, line);
    }
}

/* A paragraph and two short lines, said again and again: every short line is one said more
 * than once inside the article, which the dump's reader asks about line by line. */
static void
make_repeated_headings_text(hostile_buf *b, size_t size)
{
    hostile_fill(b,
                 "The council met again on Tuesday and voted on the budget, the clerk said.\n"
                 "Section one\nSection two:\n",
                 size);
}

/* ---- quotation marks ------------------------------------------------------------------- */

static void
make_quote_marks(hostile_buf *b, size_t size)
{
    hostile_str(b, "<p>");
    hostile_fill(b, "\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"", size);
}

static void
make_curly_quotes(hostile_buf *b, size_t size)
{
    hostile_fill(b, "\xE2\x80\x9CWe \xE2\x80\x9D said Ann \xE2\x80\x9E Wort \xC2\xAB mots ", size);
}

static void
make_many_short_quotes(hostile_buf *b, size_t size)
{
    hostile_str(b, "<article>");
    hostile_fill(b,
                 "<p>\xE2\x80\x9CThe wall will hold,\xE2\x80\x9D said Ann Lee. \"It has to,\" "
                 "said Tom Roe. \xE2\x80\x9CYes,\xE2\x80\x9D she said.</p>",
                 size);
    hostile_str(b, "</article>");
}

/* ---- broken markup --------------------------------------------------------------------- */

static void
make_unclosed_a(hostile_buf *b, size_t size)
{
    hostile_str(b, "<p>Text before.</p>");
    hostile_fill(b, "<a href=\"", size);
}

static void
make_unclosed_comment(hostile_buf *b, size_t size)
{
    hostile_str(b, "<p>Before.</p><!--");
    hostile_fill(b, "<p>inside a comment that never ends</p>", size);
}

static void
make_unclosed_script(hostile_buf *b, size_t size)
{
    hostile_str(b, "<p>Before.</p><script>");
    hostile_fill(b, "var x = \"</scr\" + \"ipt>\"; ", size);
}

static void
make_angle_brackets_entities(hostile_buf *b, size_t size)
{
    hostile_fill(b, "<<<>>>&amp;&#x;&#99999999;&lt&zz;< b", size);
}

static void
make_meta_jsonld_flood(hostile_buf *b, size_t size)
{
    hostile_str(b, "<html><head>");
    hostile_fill(b, "<meta property=\"og:title\" content=\"A title | Site\"><title>T</title>",
                 size / 2);
    hostile_str(b, "<script type=\"application/ld+json\">[{\"@type\":\"NewsArticle\"}");
    hostile_fill(b, ",{\"@type\":\"NewsArticle\",\"headline\":\"h\"}", size);
    hostile_str(b, "]</script></head><body>");
    hostile_str(b, hostile_after);
}

static void
make_deep_jsonld(hostile_buf *b, size_t size)
{
    hostile_str(b, "<script type=\"application/ld+json\">");
    hostile_fill(b, "{\"@graph\":[", size);
}

/* ---- compressed and batched inputs ----------------------------------------------------- */

/* A gzip file of concatenated members, each inflating to 4 MiB of blanks: far more than
 * any input limit once inflated. */
static void
make_gzip_bomb(hostile_buf *b, size_t size)
{
    static const size_t plain = (size_t)4 << 20;
    char *zeros = (char *)calloc(1, plain);
    unsigned char *member = (unsigned char *)malloc(plain / 256 + 4096);
    z_stream z;
    memset(&z, 0, sizeof z);
    if (!zeros || !member || deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY)) {
        free(zeros);
        free(member);
        b->oom = 1;
        return;
    }
    memset(zeros, ' ', plain);
    z.next_in = (unsigned char *)zeros;
    z.avail_in = (unsigned)plain;
    z.next_out = member;
    z.avail_out = (unsigned)(plain / 256 + 4096);
    deflate(&z, Z_FINISH);
    size_t k = z.total_out;
    deflateEnd(&z);
    do
        hostile_put(b, member, k);
    while (!b->oom && b->n + k <= size);
    free(zeros);
    free(member);
}

static void
hostile_warc_record(hostile_buf *b, const char *type, const char *uri, const char *block,
                    size_t block_len, size_t claimed)
{
    char head[512];
    snprintf(head, sizeof head,
             "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08zx-0000-0000-0000-"
             "000000000000>\r\nWARC-Date: 2020-01-10T17:36:00Z\r\nWARC-Target-URI: %s\r\n"
             "Content-Type: %s\r\nContent-Length: %zu\r\n\r\n",
             type, b->n, uri,
             strcmp(type, "response") == 0 ? "application/http; msgtype=response" : "text/html",
             claimed);
    hostile_str(b, head);
    hostile_put(b, block, block_len);
    hostile_str(b, "\r\n\r\n");
}

static const char hostile_http[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8"
                                   "\r\n\r\n<html><head><title>Harbour wall</title></head><body>"
                                   "<p>The harbour wall, built in 1887, was repaired again after "
                                   "the winter storms, the council said on Tuesday.</p></body>"
                                   "</html>";

static void
make_warc_lying_lengths(hostile_buf *b, size_t size)
{
    /* Every record claims more or fewer bytes than it holds. */
    for (size_t i = 0; b->n + 1024 < size && !b->oom; i++) {
        size_t real = sizeof hostile_http - 1;
        size_t claimed = i % 3 == 0 ? real * 40 : i % 3 == 1 ? real / 2 : (size_t)1 << 30;
        hostile_warc_record(b, "response", "https://example.org/2020/01/10/harbour", hostile_http,
                            real, claimed);
    }
}

static void
make_warc_truncated(hostile_buf *b, size_t size)
{
    /* Good records, then one whose block is cut off long before its length. */
    for (size_t i = 0; i < 4; i++)
        hostile_warc_record(b, "response", "https://example.org/a", hostile_http,
                            sizeof hostile_http - 1, sizeof hostile_http - 1);
    hostile_buf page = {0};
    hostile_str(&page, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n");
    make_paragraphs(&page, size);
    if (page.oom) {
        b->oom = 1;
        return;
    }
    hostile_warc_record(b, "response", "https://example.org/big", page.p, page.n / 2, page.n);
    b->n -= 4; /* no record end either */
    free(page.p);
}

static void
make_warc_tiny_records(hostile_buf *b, size_t size)
{
    while (b->n + 512 < size && !b->oom)
        hostile_warc_record(b, "resource", "https://example.org/t", "x", 1, 1);
}

static const hostile_shape hostile_shapes[] = {
    {"stray-end-tags", "nested <div>s, then as many </span>s that close nothing", HOSTILE_AUTO,
     HOSTILE_PLAIN, make_stray_end_tags, NULL},
    {"stray-end-tags-blocked", "an open <span> under nested <div>s, then </span>s", HOSTILE_AUTO,
     HOSTILE_PLAIN, make_stray_end_tags_blocked, NULL},
    {"stray-p-end-tags", "nested <div>s, then as many </p>s", HOSTILE_AUTO, HOSTILE_PLAIN,
     make_stray_p_end_tags, NULL},
    {"misplaced-body", "nested <div>s, then as many <body>s", HOSTILE_AUTO, HOSTILE_PLAIN,
     make_misplaced_body, NULL},
    {"many-attributes-pi", "<?\xC3\xA9?>, then one tag with distinct attributes", HOSTILE_AUTO,
     HOSTILE_PLAIN, make_many_attributes_pi, hostile_after_text},
    {"many-attributes", "one tag with distinct attributes", HOSTILE_AUTO, HOSTILE_PLAIN,
     make_many_attributes, hostile_after_text},
    {"many-read-attributes", "one tag with class=... again and again", HOSTILE_AUTO, HOSTILE_PLAIN,
     make_many_read_attributes, hostile_after_text},
    {"template-script-attributes", "a script template of markup, then many attributes",
     HOSTILE_AUTO, HOSTILE_PLAIN, make_template_script_attributes, hostile_after_text},
    {"utf16le-bom", "an article in UTF-16LE with a byte-order mark", HOSTILE_AUTO, HOSTILE_PLAIN,
     make_utf16le_bom, "repaired again"},
    {"utf16be-no-bom", "an article in UTF-16BE without a byte-order mark", HOSTILE_AUTO,
     HOSTILE_PLAIN, make_utf16be_no_bom, "repaired again"},
    {"utf32le-no-bom", "an article in UTF-32LE without a byte-order mark", HOSTILE_AUTO,
     HOSTILE_PLAIN, make_utf32le_no_bom, "repaired again"},
    {"nul-bytes", "paragraphs with NUL bytes in them", HOSTILE_AUTO, HOSTILE_PLAIN, make_nul_bytes,
     hostile_after_text},
    {"invalid-utf8", "paragraphs of invalid UTF-8", HOSTILE_AUTO, HOSTILE_PLAIN, make_invalid_utf8,
     hostile_after_text},
    {"binary", "pseudo-random bytes", HOSTILE_AUTO, HOSTILE_PLAIN, make_binary, NULL},
    {"nested-divs", "nested <div>s, closed", HOSTILE_AUTO, HOSTILE_PLAIN, make_nested_divs, NULL},
    {"nested-unclosed", "<div><b><i><span> again and again, never closed", HOSTILE_AUTO,
     HOSTILE_PLAIN, make_nested_unclosed, NULL},
    {"nested-lists-quotes", "nested blockquotes and lists of quotations", HOSTILE_AUTO,
     HOSTILE_PLAIN, make_nested_lists_quotes, NULL},
    {"long-line-html", "one paragraph on one line", HOSTILE_AUTO, HOSTILE_PLAIN,
     make_long_line_html, "repaired again"},
    {"long-line-text", "a text dump of one line", HOSTILE_TEXT, HOSTILE_PLAIN, make_long_line_text,
     NULL},
    {"line-without-spaces", "one word as long as the input", HOSTILE_TEXT, HOSTILE_PLAIN,
     make_line_without_spaces, NULL},
    {"paragraphs", "an article of short paragraphs", HOSTILE_AUTO, HOSTILE_PLAIN, make_paragraphs,
     "Paragraph 1 of the record"},
    {"empty-elements", "empty elements side by side", HOSTILE_AUTO, HOSTILE_PLAIN,
     make_empty_elements, NULL},
    {"dense-attributes", "elements with six attributes each, side by side", HOSTILE_AUTO,
     HOSTILE_PLAIN, make_dense_attributes, NULL},
    {"text-lines", "a text dump of short lines", HOSTILE_TEXT, HOSTILE_PLAIN, make_text_lines,
     NULL},
    {"repeated-headings-text", "a text dump of one paragraph and two headings said again and again",
     HOSTILE_TEXT, HOSTILE_PLAIN, make_repeated_headings_text, NULL},
    {"quote-marks", "straight quotation marks only", HOSTILE_AUTO, HOSTILE_PLAIN, make_quote_marks,
     NULL},
    {"curly-quotes", "unbalanced curly quotes and guillemets", HOSTILE_TEXT, HOSTILE_PLAIN,
     make_curly_quotes, NULL},
    {"many-short-quotes", "attributed quotations side by side", HOSTILE_AUTO, HOSTILE_PLAIN,
     make_many_short_quotes, NULL},
    {"unclosed-a", "<a href=\" again and again", HOSTILE_AUTO, HOSTILE_PLAIN, make_unclosed_a,
     NULL},
    {"unclosed-comment", "a comment that never ends", HOSTILE_AUTO, HOSTILE_PLAIN,
     make_unclosed_comment, NULL},
    {"unclosed-script", "a script that never ends", HOSTILE_AUTO, HOSTILE_PLAIN,
     make_unclosed_script, NULL},
    {"angle-brackets-entities", "stray angle brackets and broken references", HOSTILE_HTML,
     HOSTILE_PLAIN, make_angle_brackets_entities, NULL},
    {"meta-jsonld-flood", "titles, meta tags and JSON-LD objects by the thousand", HOSTILE_AUTO,
     HOSTILE_PLAIN, make_meta_jsonld_flood, hostile_after_text},
    {"deep-jsonld", "JSON-LD nested as deep as the input", HOSTILE_HTML, HOSTILE_PLAIN,
     make_deep_jsonld, NULL},
    {"gzip-bomb", "gzip members that inflate far past the input limit", HOSTILE_AUTO, HOSTILE_GZIP,
     make_gzip_bomb, NULL},
    {"warc-lying-lengths", "crawl records whose lengths are wrong", HOSTILE_AUTO, HOSTILE_WARC,
     make_warc_lying_lengths, NULL},
    {"warc-truncated", "a crawl dump cut off inside its last record", HOSTILE_AUTO, HOSTILE_WARC,
     make_warc_truncated, NULL},
    {"warc-tiny-records", "a crawl dump of one-byte records", HOSTILE_AUTO, HOSTILE_WARC,
     make_warc_tiny_records, NULL},
};

#define HOSTILE_SHAPES (sizeof hostile_shapes / sizeof hostile_shapes[0])

#endif /* NEWSCLEAN_TESTS_HOSTILE_H */
