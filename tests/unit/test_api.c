/* test_api.c: unit tests for the public API in include/newsclean.h: extractor life cycle
 * and options, argument checks and limits, the article accessors, the JSON and text
 * renderers, gzip and WARC sniffing, versions, and sharing one extractor across threads. */
#define _POSIX_C_SOURCE 200809L
#include "newsclean.h"

#include <check.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

/* An invented page small enough to state its whole output. */
static const char tiny_page[] =
    "<html lang=\"en\"><head><title>Bridge reopens after repairs | Example Times</title></head>"
    "<body><article><h1>Bridge reopens after repairs</h1>"
    "<p>The old river bridge reopened on Monday after six months of repairs, the city said.</p>"
    "<p>Traffic is expected to return to normal levels by the end of the week.</p>"
    "</article></body></html>";
#define TINY_HEADLINE "Bridge reopens after repairs"
#define TINY_BODY                                                                                  \
    "The old river bridge reopened on Monday after six months of repairs, the city said.\n\n"      \
    "Traffic is expected to return to normal levels by the end of the week."

/* The same story with a quotation, a byline and a date, for the wider tests. */
static const char quote_page[] =
    "<!DOCTYPE html><html lang=\"en\"><head><title>Bridge reopens after repairs | Example "
    "Times</title><meta property=\"article:published_time\" content=\"2024-03-04T09:30:00Z\">"
    "<meta name=\"description\" content=\"The river bridge is open again.\"></head><body>"
    "<nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav><article>"
    "<h1>Bridge reopens after repairs</h1><p class=\"byline\">By Sam Carter</p>"
    "<p>The old river bridge reopened on Monday after six months of repairs, the city said.</p>"
    "<p>\xE2\x80\x9CWe are delighted to see traffic moving again,\xE2\x80\x9D said Mayor Ann "
    "Lee.</p><p>Traffic is expected to return to normal levels by the end of the week.</p>"
    "</article><footer>Example Times, 2 Bank Road</footer></body></html>";

static bool
starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static newsclean_article *
extract_ok(const newsclean_extractor *ex, const char *s, size_t n)
{
    newsclean_article *a = NULL;
    newsclean_status st = newsclean_extract(ex, s, n, &a);
    ck_assert_msg(st == NEWSCLEAN_OK, "extract: %s", newsclean_status_str(st));
    ck_assert_ptr_nonnull(a);
    ck_assert_ptr_nonnull(newsclean_article_body(a));
    return a;
}

/* ---- extractor ----------------------------------------------------------------------- */

START_TEST(extractor_options)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_extractor_free(ex);
    ex = newsclean_extractor_new(NEWSCLEAN_OPT_NO_QUOTES | NEWSCLEAN_OPT_EXPLAIN);
    ck_assert_ptr_nonnull(ex);
    newsclean_extractor_free(ex);
    ex = newsclean_extractor_new(NEWSCLEAN_OPT_STRUCTURE);
    ck_assert_ptr_nonnull(ex);
    newsclean_extractor_free(ex);
}
END_TEST

START_TEST(extractor_unknown_bits)
{
    ck_assert_ptr_null(newsclean_extractor_new(NEWSCLEAN_OPT_ALL + 1));
    ck_assert_ptr_null(newsclean_extractor_new(1u << 5));
    ck_assert_ptr_null(newsclean_extractor_new(0x80000000u));
    ck_assert_ptr_null(newsclean_extractor_new(NEWSCLEAN_OPT_NO_QUOTES | (1u << 9)));
    ck_assert_ptr_null(newsclean_extractor_new(~0u));
    /* Bits 0 and 1 chose the input kind before it moved to newsclean_input: a program
     * still setting them is told so, not silently given another reading. */
    ck_assert_ptr_null(newsclean_extractor_new(1u << 0));
    ck_assert_ptr_null(newsclean_extractor_new(1u << 1));
}
END_TEST

START_TEST(extractor_sniffs_by_default)
{
    /* Every option at once is valid, and newsclean_extract sniffs what it is given. */
    newsclean_extractor *ex = newsclean_extractor_new(NEWSCLEAN_OPT_ALL);
    ck_assert_ptr_nonnull(ex);
    static const char html[] = "<html><body><h1>Title here</h1><p>Body text of the story, "
                               "long enough to be kept as the article.</p></body></html>";
    newsclean_article *a = NULL;
    ck_assert_int_eq(newsclean_extract(ex, html, sizeof html - 1, &a), NEWSCLEAN_OK);
    ck_assert_str_eq(newsclean_article_headline(a), "Title here");
    ck_assert_ptr_null(strstr(newsclean_article_body(a), "<p>"));
    newsclean_article_free(a);
    /* The same bytes read as a text dump keep their tags as text. */
    ck_assert_int_eq(newsclean_extract_ex(ex, html, sizeof html - 1,
                                          &(newsclean_input){.kind = NEWSCLEAN_INPUT_TEXT}, &a),
                     NEWSCLEAN_OK);
    ck_assert_ptr_nonnull(strstr(newsclean_article_body(a), "<p>"));
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

START_TEST(free_null)
{
    newsclean_extractor_free(NULL);
    newsclean_article_free(NULL);
    newsclean_free(NULL);
}
END_TEST

START_TEST(set_limit_args)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    ck_assert_int_eq(newsclean_extractor_set_limit(NULL, NEWSCLEAN_LIMIT_INPUT_BYTES, 10),
                     NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, (newsclean_limit)42, 10),
                     NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_DEPTH, 64), NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_DEPTH, 0), NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_DEPTH, (size_t)1 << 40),
                     NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_MILLISECONDS, 50),
                     NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_MILLISECONDS, SIZE_MAX),
                     NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_MEMORY_BYTES, 1u << 30),
                     NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_MEMORY_BYTES, 0),
                     NEWSCLEAN_OK);
    newsclean_extractor_free(ex);
}
END_TEST

/* The depth limit bounds the one walk for every stage alike: a <time> nested deeper than
 * the limit gives no date, while the JSON-LD in <head>, near the top, still gives its
 * headline and date, read once for both stages. */
START_TEST(depth_limit_reaches_facts)
{
    char page[4096];
    int n = snprintf(page, sizeof page, "%s",
                     "<html><head><title>Ferry timetable changes | Harbour News</title>"
                     "</head><body><article><h1>Ferry timetable changes</h1>"
                     "<p>The harbour office published the winter timetable for the island "
                     "ferries on Monday, with two fewer crossings on weekdays.</p>");
    for (int i = 0; i < 12; i++)
        n += snprintf(page + n, sizeof page - (size_t)n, "<div>");
    n += snprintf(page + n, sizeof page - (size_t)n,
                  "<time datetime=\"2021-11-08T09:30:00+01:00\">8 November 2021</time>");
    for (int i = 0; i < 12; i++)
        n += snprintf(page + n, sizeof page - (size_t)n, "</div>");
    snprintf(page + n, sizeof page - (size_t)n, "</article></body></html>");

    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = NULL;
    ck_assert_int_eq(newsclean_extract(ex, page, strlen(page), &a), NEWSCLEAN_OK);
    ck_assert_str_eq(newsclean_article_timestamp(a), "2021-11-08T09:30:00+01:00");
    newsclean_article_free(a);

    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_DEPTH, 8), NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_extract(ex, page, strlen(page), &a), NEWSCLEAN_OK);
    ck_assert_ptr_null(newsclean_article_timestamp(a));
    ck_assert_str_eq(newsclean_article_headline(a), "Ferry timetable changes");
    newsclean_article_free(a);

    /* JSON-LD in <head> stays within any limit that reaches the body. */
    const char *ld = "<html><head><script type=\"application/ld+json\">"
                     "{\"@type\":\"NewsArticle\",\"headline\":\"Night trains return\","
                     "\"datePublished\":\"2022-03-01T06:00:00Z\"}</script></head><body>"
                     "<div><div><div><div><div><div><div><div><div><div><p>Night trains "
                     "between the two capitals run again from March, the operator said, "
                     "three times a week in each direction.</p></div></div></div></div></div>"
                     "</div></div></div></div></div></body></html>";
    ck_assert_int_eq(newsclean_extract(ex, ld, strlen(ld), &a), NEWSCLEAN_OK);
    ck_assert_str_eq(newsclean_article_headline(a), "Night trains return");
    ck_assert_str_eq(newsclean_article_timestamp(a), "2022-03-01T06:00:00Z");
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

/* Bytes that are no text give NEWSCLEAN_ERR_NOT_TEXT, "not-text", read as any kind; text in
 * UTF-16 or UTF-32, with a byte-order mark or without, is the same article as in UTF-8. */
START_TEST(binary_is_not_text)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    static const char png[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01";
    static const char elf[] = "\x7F"
                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0";
    const struct {
        const char *s;
        size_t n;
    } inputs[] = {{png, sizeof png - 1}, {elf, sizeof elf - 1}, {"%PDF-1.7\n%x", 12}};
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        for (int kind = NEWSCLEAN_INPUT_AUTO; kind <= NEWSCLEAN_INPUT_TEXT; kind++) {
            newsclean_article *a = (newsclean_article *)ex;
            const newsclean_input in = {.kind = (newsclean_input_kind)kind};
            ck_assert_int_eq(newsclean_extract_ex(ex, inputs[i].s, inputs[i].n, &in, &a),
                             NEWSCLEAN_ERR_NOT_TEXT);
            ck_assert_ptr_null(a);
        }
    }
    ck_assert_str_eq(newsclean_status_code(NEWSCLEAN_ERR_NOT_TEXT), "not-text");
    newsclean_extractor_free(ex);
}
END_TEST

/* 'in' (ASCII) widened to 'width' bytes a character, with a byte-order mark if 'bom'. */
static char *
widen(const char *in, size_t width, bool big_endian, bool bom, size_t *n)
{
    size_t len = strlen(in) + (bom ? 1 : 0);
    char *out = calloc(len, width);
    ck_assert_ptr_nonnull(out);
    for (size_t i = 0; i < len; i++) {
        unsigned cp = bom ? (i ? (unsigned char)in[i - 1] : 0xFEFF) : (unsigned char)in[i];
        for (size_t k = 0; k < width; k++)
            out[i * width + (big_endian ? width - 1 - k : k)] = (char)(cp >> (8 * k));
    }
    *n = len * width;
    return out;
}

START_TEST(wide_text_is_the_same_article)
{
    static const char page[] =
        "<html><head><meta charset=\"utf-16\"><title>Bridge reopens | Example Times</title>"
        "<meta property=\"article:published_time\" content=\"2024-03-04T09:30:00Z\"></head>"
        "<body><article><h1>Bridge reopens</h1><p>The old river bridge reopened on Monday after "
        "six months of repairs, the city said.</p><p>Traffic is expected to return to normal "
        "levels by the end of the week.</p></article></body></html>";
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *want = extract_ok(ex, page, strlen(page));
    ck_assert_str_eq(newsclean_article_headline(want), "Bridge reopens");
    for (size_t form = 0; form < 8; form++) {
        size_t width = form & 1 ? 4 : 2, n;
        bool big_endian = form & 2, bom = form & 4;
        char *wide = widen(page, width, big_endian, bom, &n);
        newsclean_article *a = extract_ok(ex, wide, n);
        ck_assert_str_eq(newsclean_article_headline(a), newsclean_article_headline(want));
        ck_assert_str_eq(newsclean_article_body(a), newsclean_article_body(want));
        ck_assert_str_eq(newsclean_article_timestamp(a), newsclean_article_timestamp(want));
        newsclean_article_free(a);
        free(wide);
    }
    newsclean_article_free(want);
    newsclean_extractor_free(ex);
}
END_TEST

/* A page whose system stored its UTF-8 read as windows-1252 ("itâ€™s", written as
 * character references) or Latin-1 (the C1 controls after "â" in "6:40 â\u0080\u0094"),
 * with right characters beside them: the text reads as its writer typed it; what a
 * <code> element shows stays as written. */
static const char mojibake_page[] =
    "<html lang=\"en\"><head><title>Harbour ferry returns to the old timetable | Example "
    "Herald</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav>"
    "<article><h1>Harbour ferry returns to the old timetable</h1><p>The harbour ferry is back on "
    "its old timetable this week, and the operator says it&acirc;&euro;&trade;s there to "
    "stay.</p><p>&acirc;&euro;&oelig;We listened to the people who ride it every day,&acirc;"
    "&euro;&#157; said the operator&acirc;&euro;&trade;s spokeswoman, Mar&Atilde;&shy;a "
    "L&Atilde;&sup3;pez.</p><p>Riders who wrote in about the winter changes called them "
    "\xE2\x80\x9C"
    "confusing\xE2\x80\x9D \xE2\x80\x94 the council agreed. The first boat leaves at 6:40 "
    "\xC3\xA2\xC2\x80\xC2\x94 twenty minutes earlier than in winter \xC3\xA2\xC2\x80\xC2\x94 "
    "and the last at 22:10.</p><p>Its board at the pier, which the printer labelled <code>"
    "Caf\xC3\x83\xC2\xA9 du Port</code> by mistake, goes back up on Monday with the winter "
    "notices taken down.</p></article><footer>Example Herald</footer></body></html>";

START_TEST(html_mojibake_repaired)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = extract_ok(ex, mojibake_page, sizeof mojibake_page - 1);
    ck_assert_str_eq(
        newsclean_article_body(a),
        "The harbour ferry is back on its old timetable this week, and the operator says "
        "it\xE2\x80\x99s there to stay.\n\n\xE2\x80\x9CWe listened to the people who ride it "
        "every day,\xE2\x80\x9D said the operator\xE2\x80\x99s spokeswoman, Mar\xC3\xAD"
        "a L\xC3\xB3pez.\n\nRiders who wrote in about the winter changes called them "
        "\xE2\x80\x9C"
        "confusing\xE2\x80\x9D \xE2\x80\x94 the council agreed. The first boat leaves at 6:40 "
        "\xE2\x80\x94 twenty minutes earlier than in winter \xE2\x80\x94 and the last at "
        "22:10.\n\nIts board at the pier, which the printer labelled Caf\xC3\x83\xC2\xA9 du Port "
        "by mistake, goes back up on Monday with the winter notices taken down.");
    newsclean_article_free(a);
    /* A page in right UTF-8 comes out as it was written. */
    a = extract_ok(ex, quote_page, sizeof quote_page - 1);
    ck_assert_ptr_nonnull(strstr(newsclean_article_body(a), "\xE2\x80\x9CWe are delighted"));
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

/* ---- extract: arguments and limits --------------------------------------------------- */

START_TEST(extract_null_args)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *sentinel = (newsclean_article *)&ex; /* any non-NULL pointer */
    newsclean_article *a = sentinel;
    ck_assert_int_eq(newsclean_extract(NULL, "x", 1, &a), NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_ptr_null(a);
    a = sentinel;
    ck_assert_int_eq(newsclean_extract(ex, NULL, 5, &a), NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_ptr_null(a);
    ck_assert_int_eq(newsclean_extract(ex, "x", 1, NULL), NEWSCLEAN_ERR_INVALID_ARG);
    a = sentinel;
    ck_assert_int_eq(
        newsclean_extract_ex(ex, "x", 1, &(newsclean_input){.kind = (newsclean_input_kind)17}, &a),
        NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_ptr_null(a);
    a = sentinel;
    ck_assert_int_eq(
        newsclean_extract_ex(ex, "x", 1, &(newsclean_input){.kind = (newsclean_input_kind)-1}, &a),
        NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_ptr_null(a);
    /* NULL with length 0 is an empty input, not an error. */
    a = sentinel;
    ck_assert_int_eq(newsclean_extract(ex, NULL, 0, &a), NEWSCLEAN_OK);
    ck_assert_ptr_nonnull(a);
    ck_assert_str_eq(newsclean_article_body(a), "");
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

START_TEST(extract_input_limit)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_INPUT_BYTES, 64),
                     NEWSCLEAN_OK);
    char big[65];
    memset(big, 'a', sizeof big);
    newsclean_article *a = (newsclean_article *)&ex;
    ck_assert_int_eq(newsclean_extract(ex, big, 65, &a), NEWSCLEAN_ERR_LIMIT);
    ck_assert_ptr_null(a);
    ck_assert_int_eq(newsclean_extract(ex, tiny_page, strlen(tiny_page), &a), NEWSCLEAN_ERR_LIMIT);
    ck_assert_ptr_null(a);
    /* Exactly at the limit is fine. */
    ck_assert_int_eq(newsclean_extract(ex, big, 64, &a), NEWSCLEAN_OK);
    newsclean_article_free(a);
    /* 0 restores the default. */
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_INPUT_BYTES, 0),
                     NEWSCLEAN_OK);
    a = extract_ok(ex, tiny_page, strlen(tiny_page));
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

/* ---- extract: results ---------------------------------------------------------------- */

START_TEST(small_page_exact)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = extract_ok(ex, tiny_page, strlen(tiny_page));
    ck_assert_str_eq(newsclean_article_headline(a), TINY_HEADLINE);
    ck_assert_str_eq(newsclean_article_body(a), TINY_BODY);
    ck_assert_ptr_null(newsclean_article_timestamp(a));
    ck_assert_ptr_null(newsclean_article_modified(a));
    ck_assert_ptr_null(newsclean_article_byline(a));
    ck_assert_str_eq(newsclean_article_site(a), "Example Times");
    ck_assert_str_eq(newsclean_article_language(a), "en");
    ck_assert_ptr_null(newsclean_article_url(a));
    ck_assert_ptr_null(newsclean_article_description(a));
    ck_assert_uint_eq(newsclean_article_quote_count(a), 0);
    ck_assert_ptr_null(newsclean_article_explain(a));
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

START_TEST(input_not_terminated)
{
    /* Only 'len' bytes are read: a copy without NUL in a larger buffer gives the same. */
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    size_t n = strlen(tiny_page);
    char *buf = malloc(n + 64);
    ck_assert_ptr_nonnull(buf);
    memcpy(buf, tiny_page, n);
    memset(buf + n, '<', 64);
    newsclean_article *a = extract_ok(ex, buf, n);
    ck_assert_str_eq(newsclean_article_body(a), TINY_BODY);
    newsclean_article_free(a);
    free(buf);
    newsclean_extractor_free(ex);
}
END_TEST

START_TEST(url_given_by_caller)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = NULL;
    const newsclean_input page = {.url = "https://times.example/bridge"};
    ck_assert_int_eq(newsclean_extract_ex(ex, tiny_page, strlen(tiny_page), &page, &a),
                     NEWSCLEAN_OK);
    ck_assert_str_eq(newsclean_article_url(a), "https://times.example/bridge");
    newsclean_article_free(a);
    /* No information (NULL) is no URL. */
    ck_assert_int_eq(newsclean_extract_ex(ex, tiny_page, strlen(tiny_page), NULL, &a),
                     NEWSCLEAN_OK);
    ck_assert_ptr_null(newsclean_article_url(a));
    newsclean_article_free(a);
    /* Text dumps record it too. */
    const char *txt = "Bridge reopens\n\nThe old river bridge reopened on Monday after six "
                      "months of repairs, the city said.\n";
    const newsclean_input dump = {.kind = NEWSCLEAN_INPUT_TEXT, .url = "https://times.example/t"};
    ck_assert_int_eq(newsclean_extract_ex(ex, txt, strlen(txt), &dump, &a), NEWSCLEAN_OK);
    ck_assert_str_eq(newsclean_article_url(a), "https://times.example/t");
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

START_TEST(empty_input)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = extract_ok(ex, "", 0);
    ck_assert_str_eq(newsclean_article_body(a), "");
    ck_assert_ptr_null(newsclean_article_headline(a));
    ck_assert_uint_eq(newsclean_article_quote_count(a), 0);
    newsclean_article_free(a);
    ck_assert_int_eq(
        newsclean_extract_ex(ex, "", 0, &(newsclean_input){.kind = NEWSCLEAN_INPUT_TEXT}, &a),
        NEWSCLEAN_OK);
    ck_assert_str_eq(newsclean_article_body(a), "");
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

START_TEST(empty_input_as_html)
{
    /* newsclean.h: "A page with no article is not a failure: it gives an article with an
     * empty body." That holds for an empty page read as HTML too (an empty HTTP body, an
     * empty file with --input=html), as it does when the same bytes are sniffed. */
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    static const struct {
        const char *s;
        size_t n;
    } inputs[] = {{"", 0}, {"\xEF\xBB\xBF", 3}, {"\0\0", 2}};
    char wrong[256] = "";
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        newsclean_article *a = NULL;
        newsclean_status st = newsclean_extract_ex(
            ex, inputs[i].s, inputs[i].n, &(newsclean_input){.kind = NEWSCLEAN_INPUT_HTML}, &a);
        if (st != NEWSCLEAN_OK) {
            size_t k = strlen(wrong);
            snprintf(wrong + k, sizeof wrong - k, " [input %zu: %s]", i, newsclean_status_code(st));
        } else {
            ck_assert_str_eq(newsclean_article_body(a), "");
        }
        newsclean_article_free(a);
    }
    newsclean_extractor_free(ex);
    ck_assert_msg(wrong[0] == '\0', "empty HTML input failed:%s", wrong);
}
END_TEST

START_TEST(whitespace_page)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = NULL;
    ck_assert_int_eq(
        newsclean_extract_ex(ex, " \n\t ", 4, &(newsclean_input){.kind = NEWSCLEAN_INPUT_HTML}, &a),
        NEWSCLEAN_OK);
    ck_assert_str_eq(newsclean_article_body(a), "");
    newsclean_article_free(a);
    a = extract_ok(ex, "<html><body></body></html>", 26);
    ck_assert_str_eq(newsclean_article_body(a), "");
    ck_assert_ptr_null(newsclean_article_headline(a));
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

START_TEST(explain_option)
{
    newsclean_extractor *ex = newsclean_extractor_new(NEWSCLEAN_OPT_EXPLAIN);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = extract_ok(ex, quote_page, strlen(quote_page));
    const char *report = newsclean_article_explain(a);
    ck_assert_ptr_nonnull(report);
    ck_assert_ptr_nonnull(strstr(report, "KEEP"));
    ck_assert_ptr_nonnull(strstr(report, "old river bridge"));
    newsclean_article_free(a);
    newsclean_extractor_free(ex);

    ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    a = extract_ok(ex, quote_page, strlen(quote_page));
    ck_assert_ptr_null(newsclean_article_explain(a));
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
    ck_assert_ptr_null(newsclean_article_explain(NULL));
}
END_TEST

START_TEST(quote_accessors)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = extract_ok(ex, quote_page, strlen(quote_page));
    const char *body = newsclean_article_body(a);
    size_t n = newsclean_article_quote_count(a);
    ck_assert_uint_ge(n, 1);
    for (size_t i = 0; i < n; i++) {
        const char *t = newsclean_article_quote_text(a, i);
        ck_assert_ptr_nonnull(t);
        size_t off = 99, len = 99;
        ck_assert_int_eq(newsclean_article_quote_span(a, i, &off, &len), NEWSCLEAN_OK);
        ck_assert_uint_le(off + len, strlen(body));
        ck_assert_uint_eq(len, strlen(t));
        ck_assert_int_eq(memcmp(body + off, t, len), 0);
    }
    ck_assert(starts_with(newsclean_article_quote_text(a, 0), "We are delighted"));
    ck_assert_ptr_nonnull(newsclean_article_quote_speaker(a, 0));
    ck_assert_ptr_nonnull(strstr(newsclean_article_quote_speaker(a, 0), "Ann Lee"));
    ck_assert_str_eq(newsclean_article_quote_cue(a, 0), "said");

    size_t off = 7, len = 7;
    ck_assert_ptr_null(newsclean_article_quote_text(a, n));
    ck_assert_ptr_null(newsclean_article_quote_speaker(a, n));
    ck_assert_ptr_null(newsclean_article_quote_cue(a, n));
    ck_assert_ptr_null(newsclean_article_quote_text(a, (size_t)-1));
    ck_assert_int_eq(newsclean_article_quote_span(a, n, &off, &len), NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_int_eq(newsclean_article_quote_span(a, 0, NULL, &len), NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_int_eq(newsclean_article_quote_span(a, 0, &off, NULL), NEWSCLEAN_ERR_INVALID_ARG);
    newsclean_article_free(a);

    /* No quotes at all, and a NULL article. */
    a = extract_ok(ex, tiny_page, strlen(tiny_page));
    ck_assert_uint_eq(newsclean_article_quote_count(a), 0);
    ck_assert_ptr_null(newsclean_article_quote_text(a, 0));
    ck_assert_int_eq(newsclean_article_quote_span(a, 0, &off, &len), NEWSCLEAN_ERR_INVALID_ARG);
    newsclean_article_free(a);
    ck_assert_uint_eq(newsclean_article_quote_count(NULL), 0);
    ck_assert_ptr_null(newsclean_article_quote_text(NULL, 0));
    ck_assert_int_eq(newsclean_article_quote_span(NULL, 0, &off, &len), NEWSCLEAN_ERR_INVALID_ARG);
    newsclean_extractor_free(ex);
}
END_TEST

START_TEST(no_quotes_option)
{
    newsclean_extractor *ex = newsclean_extractor_new(NEWSCLEAN_OPT_NO_QUOTES);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = extract_ok(ex, quote_page, strlen(quote_page));
    ck_assert_uint_eq(newsclean_article_quote_count(a), 0);
    ck_assert_ptr_nonnull(strstr(newsclean_article_body(a), "We are delighted"));
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

START_TEST(null_article_accessors)
{
    ck_assert_ptr_null(newsclean_article_headline(NULL));
    ck_assert_ptr_null(newsclean_article_timestamp(NULL));
    ck_assert_ptr_null(newsclean_article_byline(NULL));
    ck_assert_ptr_null(newsclean_article_site(NULL));
    ck_assert_str_eq(newsclean_article_body(NULL), "");
}
END_TEST

/* ---- versions and statuses ----------------------------------------------------------- */

START_TEST(version_matches_header)
{
    ck_assert_uint_eq(newsclean_version(), NEWSCLEAN_VERSION);
    ck_assert_str_eq(newsclean_version_string(), NEWSCLEAN_VERSION_STRING);
    ck_assert_uint_eq(NEWSCLEAN_VERSION, ((unsigned)NEWSCLEAN_VERSION_MAJOR << 16) |
                                             ((unsigned)NEWSCLEAN_VERSION_MINOR << 8) |
                                             (unsigned)NEWSCLEAN_VERSION_PATCH);
    char s[32];
    snprintf(s, sizeof s, "%d.%d.%d", NEWSCLEAN_VERSION_MAJOR, NEWSCLEAN_VERSION_MINOR,
             NEWSCLEAN_VERSION_PATCH);
    ck_assert_str_eq(newsclean_version_string(), s);
}
END_TEST

START_TEST(status_strings)
{
    static const newsclean_status all[] = {
        NEWSCLEAN_OK,        NEWSCLEAN_ERR_NOMEM, NEWSCLEAN_ERR_INVALID_ARG, NEWSCLEAN_ERR_PARSE,
        NEWSCLEAN_ERR_LIMIT, NEWSCLEAN_ERR_IO,    NEWSCLEAN_ERR_NOT_TEXT};
    size_t n = sizeof all / sizeof all[0];
    for (size_t i = 0; i < n; i++) {
        const char *code = newsclean_status_code(all[i]);
        const char *str = newsclean_status_str(all[i]);
        ck_assert_ptr_nonnull(code);
        ck_assert_ptr_nonnull(str);
        ck_assert_uint_gt(strlen(code), 0);
        ck_assert_uint_gt(strlen(str), 0);
        for (const char *p = code; *p; p++)
            ck_assert_msg((*p >= 'a' && *p <= 'z') || *p == '-', "code %s not lowercase", code);
        for (size_t j = 0; j < i; j++)
            ck_assert_str_ne(code, newsclean_status_code(all[j]));
    }
    ck_assert_str_eq(newsclean_status_code(NEWSCLEAN_OK), "ok");
    ck_assert_str_eq(newsclean_status_code(NEWSCLEAN_ERR_NOMEM), "nomem");
    ck_assert_str_eq(newsclean_status_code(NEWSCLEAN_ERR_PARSE), "parse");
    ck_assert_ptr_nonnull(newsclean_status_code((newsclean_status)1234));
    ck_assert_ptr_nonnull(newsclean_status_str((newsclean_status)1234));
    /* The statuses keep their numbers across releases; 5 is returned by nothing. */
    ck_assert_int_eq(NEWSCLEAN_ERR_LIMIT, 4);
    ck_assert_int_eq(NEWSCLEAN_ERR_IO, 6);
    ck_assert_int_eq(NEWSCLEAN_ERR_NOT_TEXT, 7);
    ck_assert_str_eq(newsclean_status_code((newsclean_status)5), "unknown");
    ck_assert_ptr_nonnull(newsclean_status_str((newsclean_status)-1));
}
END_TEST

/* ---- renderers ----------------------------------------------------------------------- */

START_TEST(article_json_exact)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = extract_ok(ex, tiny_page, strlen(tiny_page));
    char *json = NULL;
    size_t len = 0;
    ck_assert_int_eq(newsclean_article_to_json(a, "tiny.html", 0, &json, &len), NEWSCLEAN_OK);
    /* The kind is the model's to decide (test_kind.c tests it); here it is rendered. */
    char want[1024];
    snprintf(want, sizeof want,
             "{\"source\":\"tiny.html\",\"headline\":\"Bridge reopens after repairs\","
             "\"timestamp\":null,\"byline\":null,\"body\":\"The old river bridge reopened on "
             "Monday after six months of repairs, the city said.\\n\\nTraffic is expected to "
             "return to normal levels by the end of the week.\",\"quotes\":[],\"modified\":null,"
             "\"site\":\"Example Times\",\"language\":\"en\",\"url\":null,\"description\":null,"
             "\"kind\":\"%s\",\"image\":null}",
             newsclean_article_kind(a));
    ck_assert_str_eq(json, want);
    ck_assert_uint_eq(len, strlen(want));
    newsclean_free(json);

    /* NULL source gives null; out_len may be NULL. */
    ck_assert_int_eq(newsclean_article_to_json(a, NULL, 0, &json, NULL), NEWSCLEAN_OK);
    ck_assert(starts_with(json, "{\"source\":null,\"headline\":"));
    newsclean_free(json);

    /* Pretty: same members, indented, one per line. */
    ck_assert_int_eq(
        newsclean_article_to_json(a, "tiny.html", NEWSCLEAN_RENDER_PRETTY, &json, &len),
        NEWSCLEAN_OK);
    ck_assert(starts_with(json, "{\n  \"source\": \"tiny.html\",\n  \"headline\": "));
    ck_assert_ptr_nonnull(strstr(json, "\n  \"description\": null,\n  \"kind\": \""));
    ck_assert_ptr_nonnull(strstr(json, "\",\n  \"image\": null\n}"));
    ck_assert_uint_eq(len, strlen(json));
    newsclean_free(json);
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

START_TEST(article_json_quotes)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = extract_ok(ex, quote_page, strlen(quote_page));
    char *json = NULL;
    ck_assert_int_eq(newsclean_article_to_json(a, "q.html", 0, &json, NULL), NEWSCLEAN_OK);
    ck_assert_ptr_nonnull(strstr(json, "\"quotes\":[{\"text\":\"We are delighted"));
    ck_assert_ptr_nonnull(strstr(json, "\"cue\":\"said\",\"offset\":"));
    ck_assert_ptr_nonnull(strstr(json, "\"description\":\"The river bridge is open again.\","));
    ck_assert_ptr_nonnull(strstr(json, "\"kind\":\""));
    newsclean_free(json);
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

START_TEST(article_json_args)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = extract_ok(ex, tiny_page, strlen(tiny_page));
    char *json = (char *)&ex;
    ck_assert_int_eq(newsclean_article_to_json(NULL, "s", 0, &json, NULL),
                     NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_ptr_null(json);
    ck_assert_int_eq(newsclean_article_to_json(a, "s", 0, NULL, NULL), NEWSCLEAN_ERR_INVALID_ARG);
    char *txt = (char *)&ex;
    ck_assert_int_eq(newsclean_article_to_text(NULL, &txt, NULL), NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_ptr_null(txt);
    ck_assert_int_eq(newsclean_article_to_text(a, NULL, NULL), NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_int_eq(newsclean_error_to_json("s", "c", "m", 0, NULL, NULL),
                     NEWSCLEAN_ERR_INVALID_ARG);
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

START_TEST(article_json_ex_extras)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = extract_ok(ex, tiny_page, strlen(tiny_page));
    const char *const keys[] = {"warc_record_id", "warc_date", "note"};
    const char *const vals[] = {"<urn:uuid:0000-1111>", NULL, "tab\there \"q\""};
    char *json = NULL;
    size_t len = 0;
    ck_assert_int_eq(newsclean_article_to_json_ex(a, "tiny.html", keys, vals, 3, 0, &json, &len),
                     NEWSCLEAN_OK);
    char tail[256];
    snprintf(tail, sizeof tail,
             ",\"url\":null,\"description\":null,\"kind\":\"%s\",\"image\":null,"
             "\"warc_record_id\":"
             "\"<urn:uuid:0000-1111>\",\"warc_date\":null,\"note\":\"tab\\there \\\"q\\\"\"}",
             newsclean_article_kind(a));
    size_t tl = strlen(tail);
    ck_assert_uint_ge(len, tl);
    ck_assert_str_eq(json + len - tl, tail);
    ck_assert(starts_with(json, "{\"source\":\"tiny.html\",\"headline\":"));
    newsclean_free(json);
    /* No extras: the same as to_json. */
    char *plain = NULL;
    ck_assert_int_eq(newsclean_article_to_json_ex(a, "tiny.html", NULL, NULL, 0, 0, &json, NULL),
                     NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_article_to_json(a, "tiny.html", 0, &plain, NULL), NEWSCLEAN_OK);
    ck_assert_str_eq(json, plain);
    newsclean_free(json);
    newsclean_free(plain);
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

START_TEST(article_json_ex_missing_keys)
{
    /* Extras announced but no keys given is a caller's mistake, not a lack of memory. */
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = extract_ok(ex, tiny_page, strlen(tiny_page));
    char *json = NULL;
    ck_assert_int_eq(newsclean_article_to_json_ex(a, "s", NULL, NULL, 2, 0, &json, NULL),
                     NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_ptr_null(json);
    const char *const keys[] = {"ok", NULL};
    const char *const vals[] = {"v", "w"};
    ck_assert_int_eq(newsclean_article_to_json_ex(a, "s", keys, vals, 2, 0, &json, NULL),
                     NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_ptr_null(json);
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

/* Source and message with every kind of character JSON must escape, and non-ASCII. */
#define ODD_SOURCE "dir/caf\xC3\xA9 \"draft\"\n\x01.html"
#define ODD_SOURCE_JSON "\"dir/caf\xC3\xA9 \\\"draft\\\"\\n\\u0001.html\""
#define ODD_MESSAGE "bad byte\t<\x1F> at \\ line 3\r"
#define ODD_MESSAGE_JSON "\"bad byte\\t<\\u001F> at \\\\ line 3\\r\""

START_TEST(error_json_escaping)
{
    char *json = NULL;
    size_t len = 0;
    ck_assert_int_eq(newsclean_error_to_json(ODD_SOURCE, "parse", ODD_MESSAGE, 0, &json, &len),
                     NEWSCLEAN_OK);
    ck_assert_uint_eq(len, strlen(json));
    const char *head = "{\"source\":" ODD_SOURCE_JSON ",\"headline\":null,\"timestamp\":null,"
                       "\"byline\":null,\"body\":\"\",\"quotes\":[],";
    ck_assert(starts_with(json, head));
    const char *tail = ",\"error\":{\"code\":\"parse\",\"message\":" ODD_MESSAGE_JSON "}}";
    ck_assert_uint_ge(len, strlen(tail));
    ck_assert_str_eq(json + len - strlen(tail), tail);
    newsclean_free(json);
}
END_TEST

START_TEST(error_json_exact)
{
    /* newsclean.h: an error record has "every article member present and null/empty", so a
     * JSONL reader sees the same members on every line. */
    char *json = NULL;
    size_t len = 0;
    ck_assert_int_eq(newsclean_error_to_json(ODD_SOURCE, "parse", ODD_MESSAGE, 0, &json, &len),
                     NEWSCLEAN_OK);
    const char *want =
        "{\"source\":" ODD_SOURCE_JSON ",\"headline\":null,\"timestamp\":null,"
        "\"byline\":null,\"body\":\"\",\"quotes\":[],\"modified\":null,"
        "\"site\":null,\"language\":null,\"url\":null,\"description\":null,"
        "\"kind\":null,\"image\":null,\"error\":{\"code\":\"parse\",\"message\":" ODD_MESSAGE_JSON
        "}}";
    ck_assert_str_eq(json, want);
    newsclean_free(json);

    const char *const keys[] = {"warc_record_id", "warc_date"};
    const char *const vals[] = {"<urn:uuid:42>", NULL};
    ck_assert_int_eq(newsclean_error_to_json_ex("crawl.warc.gz", "io", "read failed", keys, vals, 2,
                                                0, &json, &len),
                     NEWSCLEAN_OK);
    want = "{\"source\":\"crawl.warc.gz\",\"headline\":null,\"timestamp\":null,\"byline\":null,"
           "\"body\":\"\",\"quotes\":[],\"modified\":null,\"site\":null,\"language\":null,"
           "\"url\":null,\"description\":null,\"kind\":null,\"image\":null,"
           "\"warc_record_id\":\"<urn:uuid:42>\","
           "\"warc_date\":null,\"error\":{\"code\":\"io\",\"message\":\"read failed\"}}";
    ck_assert_str_eq(json, want);
    newsclean_free(json);
}
END_TEST

START_TEST(error_json_defaults)
{
    char *json = NULL;
    ck_assert_int_eq(newsclean_error_to_json(NULL, NULL, NULL, 0, &json, NULL), NEWSCLEAN_OK);
    ck_assert(starts_with(json, "{\"source\":null,"));
    ck_assert_ptr_nonnull(
        strstr(json, "\"error\":{\"code\":\"error\",\"message\":\"unknown error\"}}"));
    newsclean_free(json);
    ck_assert_int_eq(
        newsclean_error_to_json("a", "limit", "too big", NEWSCLEAN_RENDER_PRETTY, &json, NULL),
        NEWSCLEAN_OK);
    ck_assert_ptr_nonnull(strstr(json, "\n  \"error\": {\n    \"code\": \"limit\",\n"));
    newsclean_free(json);
}
END_TEST

START_TEST(article_text_exact)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = extract_ok(ex, tiny_page, strlen(tiny_page));
    char *txt = NULL;
    size_t len = 0;
    ck_assert_int_eq(newsclean_article_to_text(a, &txt, &len), NEWSCLEAN_OK);
    ck_assert_str_eq(txt, TINY_HEADLINE "\n\n" TINY_BODY "\n");
    ck_assert_uint_eq(len, strlen(txt));
    newsclean_free(txt);
    newsclean_article_free(a);

    /* With a timestamp it is the second line. */
    a = extract_ok(ex, quote_page, strlen(quote_page));
    ck_assert_str_eq(newsclean_article_timestamp(a), "2024-03-04T09:30:00Z");
    ck_assert_int_eq(newsclean_article_to_text(a, &txt, NULL), NEWSCLEAN_OK);
    ck_assert(starts_with(txt, TINY_HEADLINE "\n2024-03-04T09:30:00Z\n\nThe old river"));
    ck_assert_int_eq(txt[strlen(txt) - 1], '\n');
    newsclean_free(txt);
    newsclean_article_free(a);

    /* Nothing found: an empty string. */
    a = extract_ok(ex, "", 0);
    ck_assert_int_eq(newsclean_article_to_text(a, &txt, &len), NEWSCLEAN_OK);
    ck_assert_str_eq(txt, "");
    ck_assert_uint_eq(len, 0);
    newsclean_free(txt);
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

/* ---- gzip and WARC sniffing ---------------------------------------------------------- */

/* Compress with zlib: window_bits 15+16 for gzip, 15 for a zlib stream. */
static unsigned char *
deflate_buf(const void *data, size_t n, int window_bits, size_t *out_n)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    ck_assert_int_eq(deflateInit2(&z, 6, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY), Z_OK);
    uLong cap = deflateBound(&z, (uLong)n);
    unsigned char *out = malloc(cap);
    ck_assert_ptr_nonnull(out);
    z.next_in = (Bytef *)data;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    ck_assert_int_eq(deflate(&z, Z_FINISH), Z_STREAM_END);
    *out_n = cap - z.avail_out;
    deflateEnd(&z);
    return out;
}

static unsigned char *
gzip_str(const char *s, size_t *out_n)
{
    return deflate_buf(s, strlen(s), 15 + 16, out_n);
}

START_TEST(gunzip_round_trip)
{
    size_t gn;
    unsigned char *gz = gzip_str("Hello, compressed world!", &gn);
    ck_assert(newsclean_is_gzip((const char *)gz, gn));
    char *out = NULL;
    size_t on = 0;
    ck_assert_int_eq(newsclean_gunzip((const char *)gz, gn, 1 << 20, &out, &on), NEWSCLEAN_OK);
    ck_assert_str_eq(out, "Hello, compressed world!");
    ck_assert_uint_eq(on, 24);
    newsclean_free(out);
    /* out_len may be NULL. */
    ck_assert_int_eq(newsclean_gunzip((const char *)gz, gn, 1 << 20, &out, NULL), NEWSCLEAN_OK);
    newsclean_free(out);
    /* A limit as large as a size_t holds means none. */
    ck_assert_int_eq(newsclean_gunzip((const char *)gz, gn, SIZE_MAX, &out, &on), NEWSCLEAN_OK);
    ck_assert_str_eq(out, "Hello, compressed world!");
    newsclean_free(out);
    /* The output may be exactly as long as the limit, not a byte longer. */
    ck_assert_int_eq(newsclean_gunzip((const char *)gz, gn, 24, &out, &on), NEWSCLEAN_OK);
    ck_assert_uint_eq(on, 24);
    newsclean_free(out);
    ck_assert_int_eq(newsclean_gunzip((const char *)gz, gn, 23, &out, &on), NEWSCLEAN_ERR_LIMIT);
    free(gz);
}
END_TEST

START_TEST(gunzip_large)
{
    size_t n = 3u << 20;
    char *big = malloc(n);
    ck_assert_ptr_nonnull(big);
    for (size_t i = 0; i < n; i++)
        big[i] = (char)('a' + (i * 7 + i / 1000) % 26);
    size_t gn;
    unsigned char *gz = deflate_buf(big, n, 15 + 16, &gn);
    char *out = NULL;
    size_t on = 0;
    ck_assert_int_eq(newsclean_gunzip((const char *)gz, gn, n, &out, &on), NEWSCLEAN_OK);
    ck_assert_uint_eq(on, n);
    ck_assert_int_eq(memcmp(out, big, n), 0);
    ck_assert_int_eq(out[n], '\0');
    newsclean_free(out);
    free(gz);
    free(big);
}
END_TEST

START_TEST(gunzip_multi_member)
{
    size_t n1, n2, n3;
    unsigned char *g1 = gzip_str("first member, ", &n1);
    unsigned char *g2 = gzip_str("second member, ", &n2);
    unsigned char *g3 = gzip_str("third.", &n3);
    unsigned char *all = malloc(n1 + n2 + n3 + 8);
    ck_assert_ptr_nonnull(all);
    memcpy(all, g1, n1);
    memcpy(all + n1, g2, n2);
    memcpy(all + n1 + n2, g3, n3);
    char *out = NULL;
    size_t on = 0;
    ck_assert_int_eq(newsclean_gunzip((const char *)all, n1 + n2 + n3, 1 << 20, &out, &on),
                     NEWSCLEAN_OK);
    ck_assert_str_eq(out, "first member, second member, third.");
    ck_assert_uint_eq(on, strlen(out));
    newsclean_free(out);
    /* Zero padding after the last member is ignored. */
    memset(all + n1 + n2 + n3, 0, 8);
    ck_assert_int_eq(newsclean_gunzip((const char *)all, n1 + n2 + n3 + 8, 1 << 20, &out, &on),
                     NEWSCLEAN_OK);
    ck_assert_str_eq(out, "first member, second member, third.");
    newsclean_free(out);
    free(all);
    free(g1);
    free(g2);
    free(g3);
}
END_TEST

START_TEST(gunzip_zlib_stream)
{
    const char *s = "zlib framing, not gzip";
    size_t zn;
    unsigned char *z = deflate_buf(s, strlen(s), 15, &zn);
    char *out = NULL;
    ck_assert_int_eq(newsclean_gunzip((const char *)z, zn, 1 << 20, &out, NULL), NEWSCLEAN_OK);
    ck_assert_str_eq(out, s);
    newsclean_free(out);
    free(z);
}
END_TEST

START_TEST(gunzip_truncated)
{
    char text[4096];
    for (size_t i = 0; i < sizeof text - 1; i++)
        text[i] = (char)('A' + (i * 31 % 57) % 26);
    text[sizeof text - 1] = '\0';
    size_t gn;
    unsigned char *gz = gzip_str(text, &gn);
    char *out = (char *)&gn;
    /* Missing the trailer, missing half, and only the header. */
    size_t cuts[] = {gn - 4, gn - 8, gn / 2, 12, 3};
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        out = (char *)&gn;
        ck_assert_msg(newsclean_gunzip((const char *)gz, cuts[i], 1 << 20, &out, NULL) ==
                          NEWSCLEAN_ERR_PARSE,
                      "cut at %zu of %zu not reported", cuts[i], gn);
        ck_assert_ptr_null(out);
    }
    /* A second member cut short spoils the whole. */
    unsigned char *two = malloc(2 * gn);
    ck_assert_ptr_nonnull(two);
    memcpy(two, gz, gn);
    memcpy(two + gn, gz, gn);
    ck_assert_int_eq(newsclean_gunzip((const char *)two, 2 * gn - 5, 1 << 20, &out, NULL),
                     NEWSCLEAN_ERR_PARSE);
    free(two);
    free(gz);
}
END_TEST

START_TEST(gunzip_corrupt)
{
    char *out = (char *)&out;
    ck_assert_int_eq(newsclean_gunzip("this is not compressed", 22, 1 << 20, &out, NULL),
                     NEWSCLEAN_ERR_PARSE);
    ck_assert_ptr_null(out);
    size_t gn;
    unsigned char *gz = gzip_str("some text to be damaged in the middle of the stream", &gn);
    gz[gn / 2] ^= 0xFF;
    gz[gn / 2 + 1] ^= 0x55;
    ck_assert_int_eq(newsclean_gunzip((const char *)gz, gn, 1 << 20, &out, NULL),
                     NEWSCLEAN_ERR_PARSE);
    free(gz);
}
END_TEST

START_TEST(gunzip_limit)
{
    char text[1000];
    memset(text, 'z', sizeof text - 1);
    text[sizeof text - 1] = '\0';
    size_t gn;
    unsigned char *gz = gzip_str(text, &gn);
    char *out = (char *)&gn;
    ck_assert_int_eq(newsclean_gunzip((const char *)gz, gn, 998, &out, NULL), NEWSCLEAN_ERR_LIMIT);
    ck_assert_ptr_null(out);
    ck_assert_int_eq(newsclean_gunzip((const char *)gz, gn, 0, &out, NULL), NEWSCLEAN_ERR_LIMIT);
    size_t on = 0;
    ck_assert_int_eq(newsclean_gunzip((const char *)gz, gn, 999, &out, &on), NEWSCLEAN_OK);
    ck_assert_uint_eq(on, 999);
    newsclean_free(out);
    free(gz);

    /* A bomb: 64 MiB of zeros compresses to a few KiB and stops at the limit. */
    size_t n = 64u << 20;
    char *zeros = calloc(n, 1);
    ck_assert_ptr_nonnull(zeros);
    unsigned char *bomb = deflate_buf(zeros, n, 15 + 16, &gn);
    free(zeros);
    ck_assert_uint_lt(gn, 1u << 20);
    ck_assert_int_eq(newsclean_gunzip((const char *)bomb, gn, 1u << 20, &out, NULL),
                     NEWSCLEAN_ERR_LIMIT);
    ck_assert_ptr_null(out);
    free(bomb);
}
END_TEST

START_TEST(gunzip_args)
{
    char *out = NULL;
    ck_assert_int_eq(newsclean_gunzip("x", 1, 10, NULL, NULL), NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_int_eq(newsclean_gunzip(NULL, 5, 10, &out, NULL), NEWSCLEAN_ERR_INVALID_ARG);
}
END_TEST

static const char warc_head[] =
    "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Date: 2024-03-04T10:00:00Z\r\n"
    "Content-Length: 0\r\n\r\n\r\n\r\n";

START_TEST(warc_sniff_plain)
{
    ck_assert(newsclean_looks_like_warc(warc_head, strlen(warc_head)));
    ck_assert(newsclean_looks_like_warc("WARC/1.1\r\n", 10));
    ck_assert(newsclean_looks_like_warc("\r\n\r\nWARC/1.0\r\n", 14));
    ck_assert(!newsclean_looks_like_warc(tiny_page, strlen(tiny_page)));
    ck_assert(!newsclean_looks_like_warc("WARC/1", 6));
    ck_assert(!newsclean_looks_like_warc("", 0));
    ck_assert(!newsclean_looks_like_warc(NULL, 0));
    ck_assert(!newsclean_looks_like_warc("The WARC/1.0 format is described in ISO 28500.", 46));
    ck_assert(!newsclean_is_gzip(warc_head, strlen(warc_head)));
    ck_assert(!newsclean_is_gzip("\x1f", 1));
}
END_TEST

START_TEST(warc_sniff_gzip)
{
    size_t gn;
    unsigned char *gz = gzip_str(warc_head, &gn);
    ck_assert(newsclean_is_gzip((const char *)gz, gn));
    ck_assert(newsclean_looks_like_warc((const char *)gz, gn));
    /* The start of a larger file is enough. */
    ck_assert(newsclean_looks_like_warc((const char *)gz, gn - 6));
    free(gz);
    gz = gzip_str(tiny_page, &gn);
    ck_assert(!newsclean_looks_like_warc((const char *)gz, gn));
    free(gz);
}
END_TEST

/* ---- threads ------------------------------------------------------------------------- */

#define THREADS 4
#define ROUNDS 50

typedef struct {
    const newsclean_extractor *ex;
    const char *want;
    int mismatches;
    int failures;
} worker_arg;

static void *
worker(void *p)
{
    worker_arg *w = p;
    for (int i = 0; i < ROUNDS; i++) {
        newsclean_article *a = NULL;
        char *json = NULL;
        if (newsclean_extract(w->ex, quote_page, strlen(quote_page), &a) != NEWSCLEAN_OK ||
            newsclean_article_to_json(a, "q.html", 0, &json, NULL) != NEWSCLEAN_OK) {
            w->failures++;
        } else if (strcmp(json, w->want) != 0) {
            w->mismatches++;
        }
        newsclean_free(json);
        newsclean_article_free(a);
    }
    return NULL;
}

START_TEST(shared_extractor_threads)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = extract_ok(ex, quote_page, strlen(quote_page));
    char *want = NULL;
    ck_assert_int_eq(newsclean_article_to_json(a, "q.html", 0, &want, NULL), NEWSCLEAN_OK);
    newsclean_article_free(a);

    pthread_t t[THREADS];
    worker_arg args[THREADS];
    for (int i = 0; i < THREADS; i++) {
        args[i] = (worker_arg){.ex = ex, .want = want};
        ck_assert_int_eq(pthread_create(&t[i], NULL, worker, &args[i]), 0);
    }
    for (int i = 0; i < THREADS; i++) {
        ck_assert_int_eq(pthread_join(t[i], NULL), 0);
        ck_assert_int_eq(args[i].failures, 0);
        ck_assert_int_eq(args[i].mismatches, 0);
    }
    newsclean_free(want);
    newsclean_extractor_free(ex);
}
END_TEST

static Suite *
api_suite(void)
{
    Suite *s = suite_create("api");
    TCase *tc = tcase_create("extractor");
    tcase_add_test(tc, extractor_options);
    tcase_add_test(tc, extractor_unknown_bits);
    tcase_add_test(tc, extractor_sniffs_by_default);
    tcase_add_test(tc, free_null);
    tcase_add_test(tc, set_limit_args);
    tcase_add_test(tc, depth_limit_reaches_facts);
    tcase_add_test(tc, binary_is_not_text);
    tcase_add_test(tc, wide_text_is_the_same_article);
    tcase_add_test(tc, html_mojibake_repaired);
    suite_add_tcase(s, tc);

    tc = tcase_create("extract");
    tcase_add_test(tc, extract_null_args);
    tcase_add_test(tc, extract_input_limit);
    tcase_add_test(tc, small_page_exact);
    tcase_add_test(tc, input_not_terminated);
    tcase_add_test(tc, url_given_by_caller);
    tcase_add_test(tc, empty_input);
    tcase_add_test(tc, empty_input_as_html);
    tcase_add_test(tc, whitespace_page);
    tcase_add_test(tc, explain_option);
    tcase_add_test(tc, quote_accessors);
    tcase_add_test(tc, no_quotes_option);
    tcase_add_test(tc, null_article_accessors);
    suite_add_tcase(s, tc);

    tc = tcase_create("version_status");
    tcase_add_test(tc, version_matches_header);
    tcase_add_test(tc, status_strings);
    suite_add_tcase(s, tc);

    tc = tcase_create("render");
    tcase_add_test(tc, article_json_exact);
    tcase_add_test(tc, article_json_quotes);
    tcase_add_test(tc, article_json_args);
    tcase_add_test(tc, article_json_ex_extras);
    tcase_add_test(tc, article_json_ex_missing_keys);
    tcase_add_test(tc, error_json_escaping);
    tcase_add_test(tc, error_json_exact);
    tcase_add_test(tc, error_json_defaults);
    tcase_add_test(tc, article_text_exact);
    suite_add_tcase(s, tc);

    tc = tcase_create("gzip_warc");
    tcase_add_test(tc, gunzip_round_trip);
    tcase_add_test(tc, gunzip_large);
    tcase_add_test(tc, gunzip_multi_member);
    tcase_add_test(tc, gunzip_zlib_stream);
    tcase_add_test(tc, gunzip_truncated);
    tcase_add_test(tc, gunzip_corrupt);
    tcase_add_test(tc, gunzip_limit);
    tcase_add_test(tc, gunzip_args);
    tcase_add_test(tc, warc_sniff_plain);
    tcase_add_test(tc, warc_sniff_gzip);
    suite_add_tcase(s, tc);

    tc = tcase_create("threads");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, shared_extractor_threads);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(api_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
