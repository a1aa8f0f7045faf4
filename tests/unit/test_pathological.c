/* test_pathological.c: generated hostile inputs through the whole public API: extreme
 * nesting, one huge line, floods of quote marks, paragraphs and unclosed tags, and every
 * shape of tests/hostile.h at a small size (tests/bench/pathological.sh runs them large).
 * Each must come back OK (or ERR_LIMIT where a named limit applies, ERR_NOT_TEXT for binary
 * data); how long each takes is measured by tests/bench/pathological.sh. */
#include "newsclean.h"
#include "../hostile.h"

#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Sanitized and unoptimised builds run the generated shapes at a quarter of the size, to
 * stay within ctest's time. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define SANITIZED 1
#endif
#endif
#if defined(__OPTIMIZE__) && !defined(SANITIZED) && !defined(NEWSCLEAN_DEBUG)
#define FULL_SIZE 1
#else
#define FULL_SIZE 0
#endif

/* A growable buffer for building inputs. */
typedef struct {
    char *p;
    size_t n, cap;
} gen;

static void
put(gen *g, const char *s, size_t n)
{
    if (g->n + n + 1 > g->cap) {
        size_t cap = g->cap ? g->cap : 4096;
        while (cap < g->n + n + 1)
            cap *= 2;
        char *p = realloc(g->p, cap);
        ck_assert_ptr_nonnull(p);
        g->p = p;
        g->cap = cap;
    }
    memcpy(g->p + g->n, s, n);
    g->n += n;
    g->p[g->n] = '\0';
}

static void
puts_n(gen *g, const char *s, size_t times)
{
    size_t k = strlen(s);
    for (size_t i = 0; i < times; i++)
        put(g, s, k);
}

static void
put_str(gen *g, const char *s)
{
    put(g, s, strlen(s));
}

static bool
valid_utf8(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        size_t k = u[i] < 0x80 ? 1 : u[i] >= 0xF0 ? 4 : u[i] >= 0xE0 ? 3 : u[i] >= 0xC2 ? 2 : 0;
        if (!k || i + k > n)
            return false;
        for (size_t j = 1; j < k; j++)
            if ((u[i + j] & 0xC0) != 0x80)
                return false;
        i += k;
    }
    return true;
}

/* Extract with the given kind and render every way; returns the status. An OK article
 * must have a valid UTF-8 body and render to JSON and text. */
static newsclean_status
run_with(unsigned options, const char *in, size_t len, newsclean_input_kind kind, char **body_copy)
{
    newsclean_extractor *ex = newsclean_extractor_new(options);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = NULL;
    newsclean_status st = newsclean_extract_ex(ex, in, len, &(newsclean_input){.kind = kind}, &a);
    ck_assert_msg(st == NEWSCLEAN_OK || st == NEWSCLEAN_ERR_LIMIT || st == NEWSCLEAN_ERR_NOT_TEXT,
                  "status %s", newsclean_status_code(st));
    if (st == NEWSCLEAN_OK) {
        ck_assert_ptr_nonnull(a);
        const char *body = newsclean_article_body(a);
        size_t body_len = strlen(body);
        ck_assert(valid_utf8(body, body_len));
        for (size_t i = 0; i < newsclean_article_quote_count(a); i++) {
            size_t off, qlen;
            ck_assert_int_eq(newsclean_article_quote_span(a, i, &off, &qlen), NEWSCLEAN_OK);
            ck_assert_uint_le(off + qlen, body_len);
        }
        char *out = NULL;
        size_t out_len = 0;
        ck_assert_int_eq(newsclean_article_to_json(a, "generated", 0, &out, &out_len),
                         NEWSCLEAN_OK);
        ck_assert_uint_eq(strlen(out), out_len);
        newsclean_free(out);
        ck_assert_int_eq(newsclean_article_to_text(a, &out, &out_len), NEWSCLEAN_OK);
        newsclean_free(out);
        if (body_copy) {
            *body_copy = malloc(strlen(body) + 1);
            ck_assert_ptr_nonnull(*body_copy);
            strcpy(*body_copy, body);
        }
    } else {
        ck_assert_ptr_null(a);
    }
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
    return st;
}

static newsclean_status
run(const char *in, size_t len, newsclean_input_kind kind)
{
    return run_with(0, in, len, kind, NULL);
}

/* ---- nesting ------------------------------------------------------------------------- */

START_TEST(nested_divs_100k)
{
    gen g = {0};
    put_str(&g, "<html><body><p>A paragraph before the nesting starts, with some words.</p>");
    puts_n(&g, "<div>", 100000);
    put_str(&g, "Text at the bottom of the well.");
    puts_n(&g, "</div>", 100000);
    put_str(&g, "<p>A paragraph after the nesting ends, again with some words.</p></body></html>");
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    /* Unclosed: the parser closes them all at the end. */
    g.n = 0;
    puts_n(&g, "<div class=\"x\">", 100000);
    put_str(&g, "Deep.");
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    free(g.p);
}
END_TEST

START_TEST(nested_inline_b)
{
    gen g = {0};
    put_str(&g, "<html><body><p>");
    puts_n(&g, "<b>", 100000);
    put_str(&g, "Bold beyond reason, the council said on Tuesday evening.");
    puts_n(&g, "</b>", 100000);
    put_str(&g, "</p></body></html>");
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    /* Mixed inline tags, never closed. */
    g.n = 0;
    put_str(&g, "<p>");
    for (size_t i = 0; i < 30000; i++)
        put_str(&g, (i % 3 == 0) ? "<b>x " : (i % 3 == 1) ? "<i>y " : "<span>z ");
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    free(g.p);
}
END_TEST

START_TEST(nested_lists_and_quotes)
{
    gen g = {0};
    puts_n(&g, "<blockquote><ul><li>", 20000);
    put_str(&g, "\xE2\x80\x9CInnermost,\xE2\x80\x9D she said.");
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    free(g.p);
}
END_TEST

/* ---- one huge line ------------------------------------------------------------------- */

static void
huge_line(gen *g, size_t bytes)
{
    static const char unit[] = "The harbour wall, built in 1887, was repaired again. ";
    while (g->n + sizeof unit < bytes)
        put(g, unit, sizeof unit - 1);
}

START_TEST(line_20mb_as_html)
{
    gen g = {0};
    put_str(&g, "<html><body><p>");
    huge_line(&g, 20u << 20);
    put_str(&g, "</p></body></html>");
    char *body = NULL;
    newsclean_status st = run_with(0, g.p, g.n, NEWSCLEAN_INPUT_HTML, &body);
    if (st == NEWSCLEAN_OK) {
        /* The whole line is one paragraph of prose: it is the article. */
        ck_assert_uint_gt(strlen(body), 19u << 20);
        free(body);
    }
    free(g.p);
}
END_TEST

START_TEST(line_20mb_as_text)
{
    gen g = {0};
    huge_line(&g, 20u << 20);
    run(g.p, g.n, NEWSCLEAN_INPUT_TEXT);
    /* A quarter of it sniffed, without quotes: a line of text is no markup. */
    run_with(NEWSCLEAN_OPT_NO_QUOTES, g.p, g.n / 4, NEWSCLEAN_INPUT_AUTO, NULL);
    free(g.p);
}
END_TEST

START_TEST(line_without_spaces)
{
    /* 4 MB with no space, no punctuation, no tag. */
    size_t n = 4u << 20;
    char *s = malloc(n);
    ck_assert_ptr_nonnull(s);
    memset(s, 'w', n);
    run(s, n, NEWSCLEAN_INPUT_TEXT);
    run(s, n, NEWSCLEAN_INPUT_HTML);
    free(s);
}
END_TEST

START_TEST(input_limit_applies)
{
    /* Above the input limit: ERR_LIMIT before any work. */
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_INPUT_BYTES, 1u << 20),
                     NEWSCLEAN_OK);
    gen g = {0};
    huge_line(&g, 2u << 20);
    newsclean_article *a = (newsclean_article *)&g;
    ck_assert_int_eq(newsclean_extract(ex, g.p, g.n, &a), NEWSCLEAN_ERR_LIMIT);
    ck_assert_ptr_null(a);
    free(g.p);
    newsclean_extractor_free(ex);
}
END_TEST

/* ---- quote marks --------------------------------------------------------------------- */

START_TEST(quote_marks_100k)
{
    gen g = {0};
    put_str(&g, "<html><body><p>");
    puts_n(&g, "\"", 100000);
    put_str(&g, "</p></body></html>");
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    g.n = 0;
    puts_n(&g, "\"", 100000);
    run(g.p, g.n, NEWSCLEAN_INPUT_TEXT);
    free(g.p);
}
END_TEST

START_TEST(curly_quotes_100k)
{
    gen g = {0};
    put_str(&g, "<p>");
    for (size_t i = 0; i < 20000; i++)
        put_str(&g, (i % 2) ? "\xE2\x80\x9D said Ann " : "\xE2\x80\x9CWe ");
    put_str(&g, "</p>");
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    /* Openers only, and guillemets, in prose long enough to be the article. */
    g.n = 0;
    for (size_t i = 0; i < 100000; i++)
        put_str(&g, (i % 2) ? "\xC2\xAB mots " : "\xE2\x80\x9E Wort ");
    run(g.p, g.n, NEWSCLEAN_INPUT_TEXT);
    free(g.p);
}
END_TEST

START_TEST(many_short_quotes)
{
    /* 10^4 well-formed quotations, each attributed: the quote list itself gets large. */
    gen g = {0};
    put_str(&g, "<article>");
    for (size_t i = 0; i < 2000; i++)
        put_str(&g, "<p>\xE2\x80\x9CThe wall will hold,\xE2\x80\x9D said Ann Lee. \"It has to,\" "
                    "said Tom Roe. \xE2\x80\x9CYes,\xE2\x80\x9D she said. \"No,\" he said. "
                    "\xE2\x80\x9CMaybe,\xE2\x80\x9D they said.</p>");
    put_str(&g, "</article>");
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    free(g.p);
}
END_TEST

/* ---- many elements ------------------------------------------------------------------- */

START_TEST(paragraphs_100k)
{
    gen g = {0};
    put_str(&g, "<html><head><title>Many paragraphs | Example</title></head><body><article>");
    char p[128];
    for (size_t i = 0; i < 100000; i++) {
        snprintf(p, sizeof p, "<p>Paragraph %zu of the record, with a few words in it.</p>", i);
        put_str(&g, p);
    }
    put_str(&g, "</article></body></html>");
    char *body = NULL;
    newsclean_status st = run_with(0, g.p, g.n, NEWSCLEAN_INPUT_HTML, &body);
    if (st == NEWSCLEAN_OK) {
        ck_assert_ptr_nonnull(strstr(body, "Paragraph 0 of the record"));
        ck_assert_ptr_nonnull(strstr(body, "Paragraph 99999 of the record"));
        free(body);
    }
    free(g.p);
}
END_TEST

START_TEST(empty_elements_100k)
{
    gen g = {0};
    puts_n(&g, "<p></p><br><span></span><li>", 100000);
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    free(g.p);
}
END_TEST

START_TEST(text_lines_20k)
{
    gen g = {0};
    char line[128];
    for (size_t i = 0; i < 20000; i++) {
        snprintf(line, sizeof line, "Line %zu of the dump, which goes on a while.\n\n", i);
        put_str(&g, line);
    }
    run(g.p, g.n, NEWSCLEAN_INPUT_TEXT);
    free(g.p);
}
END_TEST

/* ---- text dumps as tools make them --------------------------------------------------- */

START_TEST(markdown_deep_nesting)
{
    /* Links enough to be read as Markdown, then 100k nested quotations, 100k nested list
     * items and 100k opening brackets. */
    gen g = {0};
    put_str(&g, "[a](/a) [b](/b) [c](/c)\n\n");
    puts_n(&g, ">", 100000);
    put_str(&g, " deep\n\n");
    for (size_t i = 0; i < 2000; i++) {
        puts_n(&g, "  ", i);
        put_str(&g, "- item\n");
    }
    puts_n(&g, "[", 100000);
    put_str(&g, "x\n");
    run(g.p, g.n, NEWSCLEAN_INPUT_TEXT);
    free(g.p);
}
END_TEST

START_TEST(markdown_marks_flood)
{
    /* Link markup the parser cannot read ("](" with no target end, 300k times), unclosed
     * comments and script tags in raw HTML, 100k times each. */
    gen g = {0};
    puts_n(&g, "[x](/y) ", 3);
    puts_n(&g, "](", 300000);
    put_str(&g, "\n\n<div>\n");
    puts_n(&g, "<!-- <script> ", 100000);
    put_str(&g, "\n\n<div>\n");
    puts_n(&g, "<script>", 100000);
    put_str(&g, "\n");
    run(g.p, g.n, NEWSCLEAN_INPUT_TEXT);
    free(g.p);
}
END_TEST

START_TEST(wrapped_dump_6mb)
{
    /* 6 MB wrapped at 74 columns in one paragraph, with lynx's link numbers: the
     * unwrapping joins it into one piece. */
    gen g = {0};
    size_t k = 0;
    while (g.n < (6u << 20)) {
        char line[128];
        snprintf(line, sizeof line,
                 "   the [%zu]harbour trust has bought the old ferry terminal on the east\n", k++);
        put_str(&g, line);
    }
    run(g.p, g.n, NEWSCLEAN_INPUT_TEXT);
    free(g.p);
}
END_TEST

/* ---- broken markup ------------------------------------------------------------------- */

START_TEST(unclosed_a_run)
{
    gen g = {0};
    puts_n(&g, "<a", 1000000);
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    run(g.p, g.n, NEWSCLEAN_INPUT_AUTO);
    g.n = 0;
    put_str(&g, "<p>Text before.</p>");
    puts_n(&g, "<a href=\"", 200000);
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    g.n = 0;
    puts_n(&g, "<a href=/x>link ", 200000);
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    free(g.p);
}
END_TEST

START_TEST(unclosed_comment_and_script)
{
    gen g = {0};
    put_str(&g, "<p>Before.</p><!--");
    puts_n(&g, "<p>inside a comment that never ends</p>", 50000);
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    g.n = 0;
    put_str(&g, "<p>Before.</p><script>");
    puts_n(&g, "var x = \"</scr\" + \"ipt>\"; ", 50000);
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    free(g.p);
}
END_TEST

START_TEST(angle_brackets_and_entities)
{
    gen g = {0};
    puts_n(&g, "<<<>>>&amp;&#x;&#99999999;&lt", 100000);
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    run(g.p, g.n, NEWSCLEAN_INPUT_TEXT);
    free(g.p);
}
END_TEST

START_TEST(many_meta_and_jsonld)
{
    /* Metadata floods: many title/meta tags and a large JSON-LD array. */
    gen g = {0};
    put_str(&g, "<html><head>");
    puts_n(&g, "<meta property=\"og:title\" content=\"A title | Site\"><title>T</title>", 20000);
    put_str(&g, "<script type=\"application/ld+json\">[");
    for (size_t i = 0; i < 20000; i++)
        put_str(&g, i ? ",{\"@type\":\"NewsArticle\",\"headline\":\"h\"}"
                      : "{\"@type\":\"NewsArticle\",\"headline\":\"h\"}");
    put_str(&g, "]</script></head><body><p>Body text that is long enough to keep, surely.</p>");
    put_str(&g, "</body></html>");
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    /* Deeply nested JSON-LD. */
    g.n = 0;
    put_str(&g, "<script type=\"application/ld+json\">");
    puts_n(&g, "{\"@graph\":[", 50000);
    run(g.p, g.n, NEWSCLEAN_INPUT_HTML);
    free(g.p);
}
END_TEST

START_TEST(binary_garbage)
{
    /* Pseudo-random bytes with NULs are no text, whatever kind they are read as. */
    size_t n = 1u << 20;
    char *s = malloc(n);
    ck_assert_ptr_nonnull(s);
    unsigned x = 12345;
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        s[i] = (char)(x >> 16);
    }
    ck_assert_int_eq(run(s, n, NEWSCLEAN_INPUT_HTML), NEWSCLEAN_ERR_NOT_TEXT);
    ck_assert_int_eq(run(s, n, NEWSCLEAN_INPUT_TEXT), NEWSCLEAN_ERR_NOT_TEXT);
    ck_assert_int_eq(run(s, n, NEWSCLEAN_INPUT_AUTO), NEWSCLEAN_ERR_NOT_TEXT);
    free(s);
}
END_TEST

/* ---- every generated shape ----------------------------------------------------------- */

/* The small size of the pathological suite; the benchmark runs 1 and 8 MiB. Sanitized
 * builds take a quarter, to stay within ctest's time. */
#if FULL_SIZE
#define SHAPE_BYTES ((size_t)1 << 20)
#else
#define SHAPE_BYTES ((size_t)256 << 10)
#endif

typedef struct {
    const char *p;
    size_t n, at, step;
} memory_reader;

/* Reads in steps of varied size, as a socket would deliver them. */
static size_t
read_memory(void *ctx, char *buf, size_t cap)
{
    memory_reader *m = ctx;
    size_t k = m->n - m->at;
    m->step = m->step * 7 % 65521 + 1;
    if (k > m->step)
        k = m->step;
    if (k > cap)
        k = cap;
    memcpy(buf, m->p + m->at, k);
    m->at += k;
    return k;
}

/* Every record of a crawl dump through the reader and one extractor. */
static void
run_warc(const char *p, size_t n)
{
    memory_reader m = {p, n, 0, 1};
    newsclean_warc_reader *r = newsclean_warc_reader_new(read_memory, &m);
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(r);
    ck_assert_ptr_nonnull(ex);
    for (;;) {
        newsclean_warc_record *rec = NULL;
        ck_assert_int_eq(newsclean_warc_next(r, &rec), NEWSCLEAN_OK);
        if (!rec)
            break;
        newsclean_payload_kind kind = newsclean_warc_record_kind(rec);
        if (kind == NEWSCLEAN_PAYLOAD_HTML || kind == NEWSCLEAN_PAYLOAD_TEXT) {
            size_t len;
            const char *payload = newsclean_warc_record_payload(rec, &len);
            newsclean_article *a = NULL;
            const newsclean_input in = {.kind = kind == NEWSCLEAN_PAYLOAD_HTML
                                                    ? NEWSCLEAN_INPUT_HTML
                                                    : NEWSCLEAN_INPUT_TEXT,
                                        .charset = newsclean_warc_record_charset(rec),
                                        .url = newsclean_warc_record_target_uri(rec)};
            newsclean_status st = newsclean_extract_ex(ex, payload, len, &in, &a);
            ck_assert_msg(st == NEWSCLEAN_OK || st == NEWSCLEAN_ERR_NOT_TEXT, "record: %s",
                          newsclean_status_code(st));
            newsclean_article_free(a);
        } else if (kind == NEWSCLEAN_PAYLOAD_ERROR) {
            ck_assert_ptr_nonnull(newsclean_warc_record_error(rec));
        }
        newsclean_warc_record_free(rec);
    }
    newsclean_extractor_free(ex);
    newsclean_warc_reader_free(r);
}

START_TEST(generated_shape)
{
    const hostile_shape *shape = &hostile_shapes[_i];
    hostile_buf b = {0};
    shape->make(&b, SHAPE_BYTES);
    ck_assert_msg(!b.oom, "%s: out of memory", shape->name);
    if (shape->container == HOSTILE_WARC) {
        run_warc(b.p, b.n);
    } else if (shape->container == HOSTILE_GZIP) {
        /* Inflated no further than the input limit allows. */
        char *out = NULL;
        size_t out_len = 0;
        ck_assert_int_eq(newsclean_gunzip(b.p, b.n, (size_t)64 << 20, &out, &out_len),
                         NEWSCLEAN_ERR_LIMIT);
        ck_assert_ptr_null(out);
    } else {
        newsclean_input_kind kind = shape->kind == HOSTILE_TEXT   ? NEWSCLEAN_INPUT_TEXT
                                    : shape->kind == HOSTILE_HTML ? NEWSCLEAN_INPUT_HTML
                                                                  : NEWSCLEAN_INPUT_AUTO;
        char *body = NULL;
        newsclean_status st = run_with(0, b.p, b.n, kind, &body);
        if (strcmp(shape->name, "binary") == 0)
            ck_assert_int_eq(st, NEWSCLEAN_ERR_NOT_TEXT);
        else
            ck_assert_msg(st == NEWSCLEAN_OK, "%s: %s", shape->name, newsclean_status_code(st));
        if (shape->body_has && body)
            ck_assert_msg(strstr(body, shape->body_has), "%s: the body lost its last paragraph",
                          shape->name);
        free(body);
    }
    free(b.p);
}
END_TEST

/* ---- limits -------------------------------------------------------------------------- */

START_TEST(time_limit_applies)
{
    /* Ten milliseconds are too few for 4 MB of paragraphs: a limit error, no hang. */
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_MILLISECONDS, 10),
                     NEWSCLEAN_OK);
    hostile_buf b = {0};
    make_paragraphs(&b, (size_t)4 << 20);
    newsclean_article *a = (newsclean_article *)&b;
    ck_assert_int_eq(newsclean_extract(ex, b.p, b.n, &a), NEWSCLEAN_ERR_LIMIT);
    ck_assert_ptr_null(a);
    /* Without a limit the same page goes through. */
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_MILLISECONDS, SIZE_MAX),
                     NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_extract(ex, b.p, b.n, &a), NEWSCLEAN_OK);
    newsclean_article_free(a);
    free(b.p);
    newsclean_extractor_free(ex);
}
END_TEST

START_TEST(memory_limit_applies)
{
    /* A page estimated to need more than the memory limit is refused before its tree is
     * built; a small one under the same limit is not. */
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_MEMORY_BYTES, 16u << 20),
                     NEWSCLEAN_OK);
    hostile_buf b = {0};
    make_empty_elements(&b, (size_t)1 << 20);
    newsclean_article *a = NULL;
    ck_assert_int_eq(newsclean_extract(ex, b.p, b.n, &a), NEWSCLEAN_ERR_LIMIT);
    ck_assert_int_eq(
        newsclean_extract_ex(ex, b.p, b.n, &(newsclean_input){.kind = NEWSCLEAN_INPUT_TEXT}, &a),
        NEWSCLEAN_OK); /* as text: no tree, 10 MB at most */
    newsclean_article_free(a);
    ck_assert_int_eq(newsclean_extract(ex, b.p, 4096, &a), NEWSCLEAN_OK);
    newsclean_article_free(a);
    /* 0 restores the default, under which the page fits. */
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_MEMORY_BYTES, 0),
                     NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_extract(ex, b.p, b.n, &a), NEWSCLEAN_OK);
    newsclean_article_free(a);
    free(b.p);
    newsclean_extractor_free(ex);
}
END_TEST

static Suite *
pathological_suite(void)
{
    Suite *s = suite_create("pathological");
    TCase *tc = tcase_create("nesting");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, nested_divs_100k);
    tcase_add_test(tc, nested_inline_b);
    tcase_add_test(tc, nested_lists_and_quotes);
    suite_add_tcase(s, tc);

    tc = tcase_create("huge_line");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, line_20mb_as_html);
    tcase_add_test(tc, line_20mb_as_text);
    tcase_add_test(tc, line_without_spaces);
    tcase_add_test(tc, input_limit_applies);
    suite_add_tcase(s, tc);

    tc = tcase_create("quotes");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, quote_marks_100k);
    tcase_add_test(tc, curly_quotes_100k);
    tcase_add_test(tc, many_short_quotes);
    suite_add_tcase(s, tc);

    tc = tcase_create("many_elements");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, paragraphs_100k);
    tcase_add_test(tc, empty_elements_100k);
    tcase_add_test(tc, text_lines_20k);
    suite_add_tcase(s, tc);

    tc = tcase_create("broken_markup");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, unclosed_a_run);
    tcase_add_test(tc, unclosed_comment_and_script);
    tcase_add_test(tc, angle_brackets_and_entities);
    tcase_add_test(tc, many_meta_and_jsonld);
    tcase_add_test(tc, binary_garbage);
    suite_add_tcase(s, tc);

    tc = tcase_create("generated");
    tcase_set_timeout(tc, 300);
    tcase_add_loop_test(tc, generated_shape, 0, (int)HOSTILE_SHAPES);
    suite_add_tcase(s, tc);

    tc = tcase_create("limits");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, time_limit_applies);
    tcase_add_test(tc, memory_limit_applies);
    suite_add_tcase(s, tc);

    tc = tcase_create("text_dumps");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, markdown_deep_nesting);
    tcase_add_test(tc, markdown_marks_flood);
    tcase_add_test(tc, wrapped_dump_6mb);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(pathological_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
