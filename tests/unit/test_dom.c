/* test_dom.c: unit tests for the parse stage's cut (lib/dom_cut.c) of script and style
 * bodies, comment text and unread attributes before the parse, checked both as exact
 * bytes and as the tree libxml2 builds. */
#include "dom.h"
#include "../tree_text.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* newsclean_dom_cut on a copy of 'html', as a new string. */
static char *
cut(const char *html)
{
    size_t n = strlen(html);
    char *c = malloc(n + 1);
    ck_assert_ptr_nonnull(c);
    memcpy(c, html, n + 1);
    size_t k = newsclean_dom_cut(c, n);
    ck_assert_uint_le(k, n);
    c[k] = '\0';
    return c;
}

static void
assert_cuts_to(const char *html, const char *want)
{
    char *got = cut(html);
    ck_assert_str_eq(got, want);
    free(got);
}

static char *
tree_of(const char *html, size_t len)
{
    char *t = tree_text_of_html(html, len, 0);
    ck_assert_ptr_nonnull(t);
    return t;
}

/* The cut page parses to the whole page's tree, less what the cut removes. */
static void
assert_same_tree(const char *html)
{
    char *whole = tree_of(html, strlen(html));
    char *c = cut(html);
    char *after = tree_of(c, strlen(c));
    ck_assert_str_eq(after, whole);
    free(whole);
    free(after);
    free(c);
}

START_TEST(cuts_script_and_style_bodies)
{
    assert_cuts_to("<p>a</p><script>var x = 1 < 2;</script><style>p{color:red}</style><p>b</p>",
                   "<p>a</p><script></script><style></style><p>b</p>");
    assert_cuts_to("<SCRIPT type='text/javascript'>go()</SCRIPT ><p>b",
                   "<SCRIPT type='text/javascript'></SCRIPT ><p>b");
}
END_TEST

START_TEST(keeps_json_ld)
{
    const char *ld = "<script type=\"application/ld+json\">{\"headline\":\"H\"}</script>";
    assert_cuts_to(ld, ld);
    const char *ref = "<script type=\"application&#x2F;ld&#x2B;json\">{\"a\":1}</script>";
    assert_cuts_to(ref, ref);
}
END_TEST

START_TEST(body_ends_at_first_closing_tag)
{
    /* libxml2 ends script data at the first "</script", even inside a string. */
    assert_cuts_to("<script>document.write('</script>');</script><p>x</p>",
                   "<script></script>');</script><p>x</p>");
    assert_same_tree("<script>document.write('</script>');</script><p>x</p>");
}
END_TEST

START_TEST(unclosed_script_runs_to_the_end)
{
    assert_cuts_to("<p>a</p><script>var never_closed = 1;", "<p>a</p><script>");
    assert_same_tree("<p>a</p><script>var never_closed = 1;");
}
END_TEST

START_TEST(script_in_comment_is_no_script)
{
    const char *html = "<!-- <script> --><p>kept</p><script>x</script>";
    assert_cuts_to(html, "<!----><p>kept</p><script></script>");
    assert_same_tree(html);
    /* An unclosed comment swallows the rest of the page, as libxml2 reads it. */
    const char *open = "<p>a</p><!-- never closed <script>x</script>";
    assert_cuts_to(open, open);
    assert_same_tree(open);
}
END_TEST

START_TEST(script_in_attribute_is_no_script)
{
    const char *html = "<img alt=\"<script>\" title='a > b'><p>kept</p><script>x</script>";
    assert_cuts_to(html, "<img  title='a > b'><p>kept</p><script></script>");
    assert_same_tree(html);
}
END_TEST

START_TEST(self_closing_script_has_no_body)
{
    const char *html = "<script src=\"a.js\"/><p>kept</p>";
    assert_cuts_to(html, "<script /><p>kept</p>");
    assert_same_tree(html);
}
END_TEST

START_TEST(names_must_match_whole)
{
    const char *html = "<scripts>a</scripts><style-box>b</style-box><stylex>c</stylex>";
    assert_cuts_to(html, html);
}
END_TEST

START_TEST(body_opening_with_tag_stays)
{
    /* libxml2 reads a tag at the very start of script data as markup. */
    const char *html = "<div><script></div><p>x</p></script>";
    assert_cuts_to(html, html);
    assert_same_tree(html);
}
END_TEST

START_TEST(quoted_gt_in_script_tag)
{
    const char *html = "<script data-x=\"a>b\">var y;</script><p>z</p>";
    assert_cuts_to(html, "<script ></script><p>z</p>");
    assert_same_tree(html);
}
END_TEST

START_TEST(trees_match_on_a_page)
{
    assert_same_tree(
        "<!DOCTYPE html><html><head><title>T</title>"
        "<style>.a > .b { content: '<p>'; }</style>"
        "<script>if (a < b && c > d) { s = '<div>'; }</script>"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head>"
        "<body><h1>Head</h1><p>One <b>two</b> three.</p>"
        "<script>/* <!-- */ var z = \"</p>\";</script>"
        "<p data-a='x' data-b=y checked>Four</p><STYLE media=print>p{}</STYLE>"
        "<p>Five &amp; six</p></body></html>");
}
END_TEST

START_TEST(doctype_literals_may_hold_markup)
{
    const char *html = "<!DOCTYPE html PUBLIC \"-//x//<script>//EN\" 'a>b'><p>kept</p>"
                       "<script>x</script>";
    assert_cuts_to(html, "<!DOCTYPE html PUBLIC \"-//x//<script>//EN\" 'a>b'><p>kept</p>"
                         "<script></script>");
    assert_same_tree(html);
    /* A doctype inside the page makes libxml2 read a "</" right after it as text; the
     * cut stops there rather than guess. */
    const char *mid = "<p>a</p><!DOCTYPE html></p><script>x</script>";
    assert_cuts_to(mid, mid);
    assert_same_tree(mid);
    assert_same_tree("<<!DOCTYPE></a<e name='><o\nb");
    /* Without a literal the doctype ends at the first '>'. */
    assert_cuts_to("<!DOCTYPE<script>e", "<!DOCTYPE<script>e");
    assert_same_tree("<!DOCTYPE<script>e");
}
END_TEST

START_TEST(end_tags_run_to_the_next_gt)
{
    /* libxml2 skips an end tag's junk to the first '>', quotes or not. */
    const char *html = "<div><p>a</p></div x=\"<script>\">b<script>c</script>";
    assert_cuts_to(html, "<div><p>a</p></div x=\"<script>\">b<script></script>");
    assert_same_tree(html);
}
END_TEST

START_TEST(comment_closed_by_bang)
{
    const char *html = "<!-- a --!><script>x</script><!-- <script> -->";
    assert_cuts_to(html, "<!----!><script></script><!---->");
    assert_same_tree(html);
}
END_TEST

START_TEST(processing_instructions)
{
    const char *html = "<?php echo '<script>'; ?><p>a</p><? <script>y</script>";
    assert_cuts_to(html, "<?php echo '<script>'; ?><p>a</p><? <script></script>");
    assert_same_tree(html);
}
END_TEST

START_TEST(longer_closing_name_stops_the_cut)
{
    /* "</scripts>" ends libxml2's script reader but not the element: the rest of the
     * page is left as it is rather than cut at a guess. */
    const char *html = "<script>a</scripts>b</script><style>c</style>";
    assert_cuts_to(html, html);
    assert_same_tree(html);
}
END_TEST

START_TEST(empty_body_then_more)
{
    const char *html = "<script src=\"a.js\"></script><script>b()</SCRIPT><p>c</p>";
    assert_cuts_to(html, "<script ></script><script></SCRIPT><p>c</p>");
    assert_same_tree(html);
}
END_TEST

START_TEST(drops_attributes_no_stage_reads)
{
    assert_cuts_to("<div data-x=\"1\" class=\"a\" onclick='f()' ID=b hidden>t</div>",
                   "<div  class=\"a\"  ID=b hidden>t</div>");
    /* A dropped attribute leaves a blank so that its neighbours stay apart. */
    assert_cuts_to("<a x=\"1\"class=\"b\">t</a>", "<a class=\"b\">t</a>");
    /* An unquoted value takes a '/', so the element is not empty either way. */
    assert_cuts_to("<br x=1/><p>a</p>", "<br ><p>a</p>");
    assert_same_tree("<br x=1/><p>a</p>");
    assert_cuts_to("<br x=\"1\"/><p>a</p>", "<br /><p>a</p>");
    assert_same_tree("<br x=\"1\"/><p>a</p>");
    assert_cuts_to("<img srcset=\"a.jpg 1x, b.jpg 2x\" alt=\"x\" title=\"T\">",
                   "<img   title=\"T\">");
    const char *html = "<p data-a=\"x>y\" class=k style='display:none' data-b>one</p>"
                       "<meta property=\"og:title\" content=\"T\"><time datetime=2020-01-10 "
                       "data-z=1>d</time><span \"bogus\" class=c>s</span>";
    assert_same_tree(html);
    ck_assert(newsclean_dom_reads_attribute("CLASS", 5));
    ck_assert(newsclean_dom_reads_attribute("xml:lang", 8));
    ck_assert(!newsclean_dom_reads_attribute("data-class", 10));
    ck_assert(!newsclean_dom_reads_attribute("cla", 3));
}
END_TEST

/* The parse reads the UTF-8 it is given as UTF-8: a <meta charset> naming another
 * encoding does not switch it, and non-ASCII names after '&' stay whole. */
START_TEST(parse_keeps_utf8)
{
    const char *html = "<html><head><meta charset=\"iso-8859-1\"></head><body>"
                       "<p>Gr\303\274\303\237e &\303\277\303\277\303\277 \342\200\224 ok</p>"
                       "</body></html>";
    xmlDocPtr doc = NULL;
    ck_assert_int_eq(newsclean_dom_parse(html, strlen(html), NULL, &doc), NEWSCLEAN_OK);
    xmlNodePtr body = xmlDocGetRootElement(doc)->children->next;
    ck_assert_str_eq((const char *)body->name, "body");
    xmlChar *text = xmlNodeGetContent(body->children);
    ck_assert_str_eq((const char *)text,
                     "Gr\303\274\303\237e &\303\277\303\277\303\277 \342\200\224 ok");
    xmlFree(text);
    xmlFreeDoc(doc);
}
END_TEST

START_TEST(empty_and_plain_text)
{
    assert_cuts_to("", "");
    assert_cuts_to("no markup at all", "no markup at all");
    assert_cuts_to("a < b and <", "a < b and <");
    assert_cuts_to("<script", "<script");
    assert_cuts_to("<script>", "<script>");
    assert_cuts_to("<!--", "<!--");
}
END_TEST

static Suite *
dom_suite(void)
{
    Suite *s = suite_create("dom");
    TCase *tc = tcase_create("cut");
    tcase_add_test(tc, cuts_script_and_style_bodies);
    tcase_add_test(tc, keeps_json_ld);
    tcase_add_test(tc, body_ends_at_first_closing_tag);
    tcase_add_test(tc, unclosed_script_runs_to_the_end);
    tcase_add_test(tc, script_in_comment_is_no_script);
    tcase_add_test(tc, script_in_attribute_is_no_script);
    tcase_add_test(tc, self_closing_script_has_no_body);
    tcase_add_test(tc, names_must_match_whole);
    tcase_add_test(tc, body_opening_with_tag_stays);
    tcase_add_test(tc, quoted_gt_in_script_tag);
    tcase_add_test(tc, trees_match_on_a_page);
    tcase_add_test(tc, doctype_literals_may_hold_markup);
    tcase_add_test(tc, end_tags_run_to_the_next_gt);
    tcase_add_test(tc, comment_closed_by_bang);
    tcase_add_test(tc, processing_instructions);
    tcase_add_test(tc, longer_closing_name_stops_the_cut);
    tcase_add_test(tc, empty_body_then_more);
    tcase_add_test(tc, drops_attributes_no_stage_reads);
    tcase_add_test(tc, empty_and_plain_text);
    tcase_add_test(tc, parse_keeps_utf8);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(dom_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
