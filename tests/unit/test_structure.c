/* test_structure.c: unit tests for lib/structure.c and the Markdown and HTML renderers: URL
 * resolution and its scheme allowlist, the inline markup's spaces and empty runs, escaping
 * of what CommonMark would read as markup, and the body's table rows. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "structure.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include "newsclean.h"

/* ---- URLs ------------------------------------------------------------------------------ */

static char *
resolved(const char *base_page, const char *href)
{
    char page[512];
    snprintf(page, sizeof page, "<html><head><base href=\"%s\"></head><body></body></html>",
             base_page);
    xmlDocPtr doc = htmlReadMemory(page, (int)strlen(page), NULL, "UTF-8",
                                   HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    ck_assert_ptr_nonnull(doc);
    newsclean_rich *r = newsclean_rich_new(true, doc, NULL);
    ck_assert_ptr_nonnull(r);
    char *u = newsclean_rich_resolve(r, href);
    newsclean_rich_free(r);
    xmlFreeDoc(doc);
    return u;
}

static void
assert_resolves(const char *href, const char *want)
{
    char *got = resolved("https://news.example/city/2024/", href);
    if (want) {
        ck_assert_ptr_nonnull(got);
        ck_assert_str_eq(got, want);
    } else {
        ck_assert_msg(got == NULL, "'%s' gave '%s', expected nothing", href, got);
    }
    free(got);
}

START_TEST(urls_resolve_against_base)
{
    assert_resolves("story.html", "https://news.example/city/2024/story.html");
    assert_resolves("../../sport/", "https://news.example/sport/");
    assert_resolves("/about", "https://news.example/about");
    assert_resolves("//cdn.example/a.jpg", "https://cdn.example/a.jpg");
    assert_resolves("#top", "https://news.example/city/2024/#top");
    assert_resolves("  http://other.example/x  ", "http://other.example/x");
    assert_resolves("mailto:desk@news.example", "mailto:desk@news.example");
    /* What Markdown or an attribute cannot hold as it is gets percent-encoded. */
    assert_resolves("a b(1).html", "https://news.example/city/2024/a%20b%281%29.html");
    assert_resolves("caf\xC3\xA9.html", "https://news.example/city/2024/caf%C3%A9.html");
}
END_TEST

START_TEST(urls_of_other_schemes_are_refused)
{
    assert_resolves("javascript:alert(1)", NULL);
    assert_resolves("JavaScript:alert(1)", NULL);
    assert_resolves(" java\tscript:alert(1)", NULL);
    assert_resolves("java\nscript:alert(1)", NULL);
    assert_resolves("vbscript:x", NULL);
    assert_resolves("data:text/html,<script>x</script>", NULL);
    assert_resolves("", NULL);
    assert_resolves("   ", NULL);
}
END_TEST

/* ---- Whole pages ----------------------------------------------------------------------- */

#define LONG_P "<p>The council met on Tuesday evening to agree the budget for the coming year.</p>"

typedef enum { AS_MARKDOWN, AS_HTML, AS_BODY } render_as;

static char *
render(const char *article_html, render_as as)
{
    char page[8192];
    snprintf(page, sizeof page,
             "<html><head><title>Budget agreed - Gazette</title></head><body><article>"
             "<h1>Budget agreed</h1>" LONG_P "%s" LONG_P "</article></body></html>",
             article_html);
    newsclean_extractor *ex = newsclean_extractor_new(NEWSCLEAN_OPT_STRUCTURE);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = NULL;
    ck_assert_int_eq(newsclean_extract(ex, page, strlen(page), &a), NEWSCLEAN_OK);
    char *out = NULL;
    if (as == AS_BODY)
        out = strdup(newsclean_article_body(a));
    else
        ck_assert_int_eq(as == AS_MARKDOWN ? newsclean_article_to_markdown(a, &out, NULL)
                                           : newsclean_article_to_html(a, &out, NULL),
                         NEWSCLEAN_OK);
    char *copy = strdup(out);
    if (as == AS_BODY)
        free(out);
    else
        newsclean_free(out);
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
    return copy;
}

static void
assert_markdown_has(const char *article_html, const char *want)
{
    char *md = render(article_html, AS_MARKDOWN);
    ck_assert_msg(strstr(md, want) != NULL, "Markdown lacks '%s':\n%s", want, md);
    free(md);
}

START_TEST(markdown_spaces_leave_the_markup)
{
    assert_markdown_has("<p>The mayor <em> said </em>that the <strong>new </strong>budget holds "
                        "for the whole of the coming year.</p>",
                        "The mayor *said* that the **new** budget holds");
    /* Empty markup and markup inside its own kind are dropped. */
    assert_markdown_has("<p>The mayor<em> </em> said <b><b>twice</b></b> that the budget holds "
                        "for the whole of the coming year.</p>",
                        "The mayor said **twice** that");
    /* Touching runs of one kind are one. */
    assert_markdown_has("<p><b>S</b><b>unshine</b> fell on the town for the first time in "
                        "weeks, the forecasters said on Monday.</p>",
                        "**Sunshine** fell");
}
END_TEST

START_TEST(markdown_escapes_what_would_be_markup)
{
    assert_markdown_has("<p>1. This line begins like a numbered item but it is only a "
                        "sentence about the budget.</p>",
                        "1\\. This line");
    assert_markdown_has("<p># Not a heading, and *not* emphasis, [not a link] or &lt;tag&gt; "
                        "either, said the clerk.</p>",
                        "\\# Not a heading, and \\*not\\* emphasis, \\[not a link\\] or \\<tag> ");
    assert_markdown_has("<p>- Not a list item either, but a sentence that starts with a dash "
                        "in the minutes.</p>",
                        "\\- Not a list");
    assert_markdown_has("<p>The fund grew by 5% to reach the target!<a href=\"/x\">Read the "
                        "report</a> on the council's pages.</p>",
                        "target\\![Read the report](/x)");
}
END_TEST

START_TEST(html_keeps_only_its_allowlist)
{
    char *h = render("<p onclick=\"x()\" style=\"color:red\">The clerk read the figures aloud "
                     "<a href=\"javascript:alert(1)\" onmouseover=\"y()\">twice</a> and "
                     "<img src=\"/a.jpg\" onerror=\"z()\" alt=\"a &quot;chart&quot;\" "
                     "width=\"800\">wrote them down.<script>alert(2)</script></p>",
                     AS_HTML);
    ck_assert_ptr_null(strstr(h, "script"));
    ck_assert_ptr_null(strstr(h, "onclick"));
    ck_assert_ptr_null(strstr(h, "onerror"));
    ck_assert_ptr_null(strstr(h, "onmouseover"));
    ck_assert_ptr_null(strstr(h, "style"));
    ck_assert_ptr_nonnull(strstr(h, "<p>The clerk read the figures aloud twice and wrote them "
                                    "down.</p>"));
    ck_assert_ptr_nonnull(strstr(h, "<img src=\"/a.jpg\" alt=\"a &quot;chart&quot;\"/>"));
    free(h);
}
END_TEST

START_TEST(body_rows_stay_on_one_line)
{
    char *b = render("<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Road repairs across "
                     "the town</td><td>two million pounds over three years</td></tr></table>",
                     AS_BODY);
    ck_assert_msg(strstr(b, "\n\nItem\tCost\n\nRoad repairs across the town\ttwo million pounds "
                            "over three years\n\n") != NULL,
                  "body: %s", b);
    free(b);
}
END_TEST

START_TEST(without_structure_paragraphs_only)
{
    const char *page = "<html><body><article><h1>Budget agreed</h1>" LONG_P
                       "<ul><li>One item of the budget, with enough words to count.</li></ul>"
                       "</article></body></html>";
    newsclean_extractor *ex = newsclean_extractor_new(0);
    newsclean_article *a = NULL;
    ck_assert_int_eq(newsclean_extract(ex, page, strlen(page), &a), NEWSCLEAN_OK);
    char *md = NULL;
    ck_assert_int_eq(newsclean_article_to_markdown(a, &md, NULL), NEWSCLEAN_OK);
    ck_assert_str_eq(md, "# Budget agreed\n\nThe council met on Tuesday evening to agree the "
                         "budget for the coming year.\n\nOne item of the budget, with enough "
                         "words to count.\n");
    newsclean_free(md);
    ck_assert_int_eq(newsclean_article_to_markdown(NULL, &md, NULL), NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_int_eq(newsclean_article_to_html(a, NULL, NULL), NEWSCLEAN_ERR_INVALID_ARG);
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

static Suite *
structure_suite(void)
{
    Suite *s = suite_create("structure");
    TCase *tc = tcase_create("urls");
    tcase_add_test(tc, urls_resolve_against_base);
    tcase_add_test(tc, urls_of_other_schemes_are_refused);
    suite_add_tcase(s, tc);
    tc = tcase_create("render");
    tcase_add_test(tc, markdown_spaces_leave_the_markup);
    tcase_add_test(tc, markdown_escapes_what_would_be_markup);
    tcase_add_test(tc, html_keeps_only_its_allowlist);
    tcase_add_test(tc, body_rows_stay_on_one_line);
    tcase_add_test(tc, without_structure_paragraphs_only);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(structure_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
