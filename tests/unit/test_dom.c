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

START_TEST(keeps_only_the_date_keys_of_a_state_script)
{
    /* Of a plain script's app state, only the pieces from each date key on stay. */
    assert_cuts_to("<script>var s = {\"id\":7,\"publishedDate\":\"2021-05-03\",\"x\":1};"
                   "</script><p>b</p>",
                   "<script>\"publishedDate\":\"2021-05-03\",\"x\":1};</script><p>b</p>");
    /* Inside a string the key's escaping backslash stays with it. */
    assert_cuts_to("<script>push(\"{\\\"createdAt\\\":\\\"2020\\\"}\")</script>",
                   "<script>\\\"createdAt\\\":\\\"2020\\\"}\")</script>");
    /* A long blob keeps a bounded piece after each key, not the stories after it. */
    char page[2048];
    char tail[1200];
    memset(tail, 'z', sizeof tail - 1);
    tail[sizeof tail - 1] = '\0';
    snprintf(page, sizeof page, "<script>x={\"pubDate\":\"2019-01-02\",\"t\":\"%s\"}</script>",
             tail);
    char *got = cut(page);
    ck_assert_ptr_nonnull(strstr(got, "\"pubDate\":\"2019-01-02\""));
    ck_assert_uint_lt(strlen(got), 200);
    ck_assert_str_eq(got + strlen(got) - 9, "</script>");
    free(got);
    /* A piece ends before a '<': an end tag the body passes over, cut short, would run on
     * to the '>' of the script's own end tag and swallow what follows it. */
    const char *passed_over = "<script>x={\"pubDate\":\"2019-01-02\",\"t\":\"</scriptNote "
                              "on the <b>tag</b>\"}</script><p>after</p>";
    assert_cuts_to(passed_over, "<script>\"pubDate\":\"2019-01-02\",\"t\":\"</script><p>after</p>");
    assert_same_tree(passed_over);
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
    const char *html = "<img data-x=\"<script>\" title='a > b'><p>kept</p><script>x</script>";
    assert_cuts_to(html, "<img  title='a > b'><p>kept</p><script></script>");
    assert_same_tree(html);
}
END_TEST

START_TEST(self_closing_script_has_no_body)
{
    const char *html = "<script async=\"a\"/><p>kept</p>";
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

START_TEST(longer_closing_name_closes_nothing)
{
    /* "</scripts>" ends libxml2's script reader but not the element: the end tag closes
     * nothing (no <scripts> was opened) and the script goes on to its real end. */
    const char *html = "<script>a</scripts>b</script><style>c</style>";
    assert_cuts_to(html, "<script></script><style></style>");
    assert_same_tree(html);
    /* Once a <scripts> is open it might close it: the rest is left as it is. */
    const char *open = "<scripts><script>a</scripts>b</script><style>c</style>";
    assert_cuts_to(open, open);
    assert_same_tree(open);
}
END_TEST

START_TEST(empty_body_then_more)
{
    const char *html = "<script async=\"a\"></script><script>b()</SCRIPT><p>c</p>";
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
    assert_cuts_to("<img srcset=\"a.jpg 1x, b.jpg 2x\" loading=\"x\" title=\"T\">",
                   "<img   title=\"T\">");
    /* What the structure reads of images and tables stays. */
    assert_cuts_to("<img src=\"a.jpg\" alt=\"x\" width=9 sizes=\"y\"><td colspan=2 rowspan=3>",
                   "<img src=\"a.jpg\" alt=\"x\" width=9 ><td colspan=2 rowspan=3>");
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

/* What newsclean_dom_cut_with makes of a copy of 'html' (the caller frees it). */
static char *
cut_copy(const char *html, unsigned flags, newsclean_cut_report *report)
{
    size_t n = strlen(html);
    char *c = malloc(n + 1);
    ck_assert_ptr_nonnull(c);
    memcpy(c, html, n + 1);
    c[newsclean_dom_cut_with(c, n, flags, report)] = '\0';
    return c;
}

/* newsclean_dom_cut_with on a copy of 'html' must give 'want'. */
static void
assert_cuts_with(const char *html, unsigned flags, const char *want)
{
    char *c = cut_copy(html, flags, NULL);
    ck_assert_str_eq(c, want);
    free(c);
}

START_TEST(scoped_cut_keeps_addresses_where_read)
{
    const char *html = "<link rel=canonical href=\"/c\"><base href=\"/b/\">"
                       "<script src=\"x.js\"></script><iframe src=\"f\"></iframe>"
                       "<A HREF=\"/l\" class=k>t</A><IMG SRC=\"i.jpg\" data-src=\"j.jpg\">"
                       "<div href=1 data-src=2>d</div><abbr href=3>e</abbr>";
    /* Unscoped: every href and src stays, as newsclean_dom_cut leaves them. */
    assert_cuts_with(html, 0, html);
    /* Scoped: href on <link> and <base>, src and data-src on <img>. */
    assert_cuts_with(html, NEWSCLEAN_CUT_SCOPED,
                     "<link rel=canonical href=\"/c\"><base href=\"/b/\">"
                     "<script ></script><iframe ></iframe>"
                     "<A  class=k>t</A><IMG SRC=\"i.jpg\" data-src=\"j.jpg\">"
                     "<div  >d</div><abbr >e</abbr>");
    /* With links, <a> keeps its href too. */
    assert_cuts_with("<a href=\"/l\" data-x=1>t</a><p href=2>",
                     NEWSCLEAN_CUT_SCOPED | NEWSCLEAN_CUT_LINKS, "<a href=\"/l\" >t</a><p >");
}
END_TEST

START_TEST(link_list_takes_hrefs_off_links)
{
    /* The list takes each <a>'s href in page order, quoted or not, character references
     * as written; a place in the page stays on its element, and so does a repeated href
     * (libxml2 keeps the first, which the list has). Other elements are as when scoped. */
    const char *html = "<a href=\"/a/b?x=1&amp;y=2\">t</a><A HREF='https://o.example/'>u</A>"
                       "<a href=/c id=k href=/d>v</a><a href=\"#top\">w</a><a>x</a>"
                       "<link rel=canonical href=\"/p\"><img src=i.jpg>";
    newsclean_buf links;
    newsclean_buf_init(&links);
    newsclean_cut_report report = {.links = &links};
    char *c = cut_copy(html, NEWSCLEAN_CUT_SCOPED | NEWSCLEAN_CUT_LINK_LIST, &report);
    ck_assert_str_eq(c, "<a >t</a><A >u</A><a  id=k >v</a><a href=\"#top\">w</a><a>x</a>"
                        "<link rel=canonical href=\"/p\"><img src=i.jpg>");
    free(c);
    const char want[] = "/a/b?x=1&amp;y=2\0https://o.example/\0/c";
    ck_assert_uint_eq(links.len, sizeof want);
    ck_assert_mem_eq(links.data, want, sizeof want);
    newsclean_buf_free(&links);
    /* Without a report to take them, the links stay on their elements, as with LINKS. */
    c = cut_copy(html, NEWSCLEAN_CUT_SCOPED | NEWSCLEAN_CUT_LINK_LIST, NULL);
    ck_assert_ptr_nonnull(strstr(c, "<a href=\"/a/b?x=1&amp;y=2\">t</a>"));
    free(c);
}
END_TEST

START_TEST(repeated_attributes_keep_the_first)
{
    /* libxml2 keeps the first of a name and checks every later one against all before:
     * the cut drops the repeats, whatever their case. */
    assert_cuts_to("<div class=a id=x CLASS=b class=\"c\" data-k=1 id=y>t</div>",
                   "<div class=a id=x    >t</div>");
    assert_same_tree("<div class=a id=x CLASS=b class=\"c\" data-k=1 id=y>t</div>");
    assert_same_tree("<p title=1 title=2><meta content=a name=b content=c name=d></p>");
}
END_TEST

START_TEST(end_tags_that_close_nothing_go)
{
    /* No <span> was opened: libxml2 would search every open element for one, for each. */
    const char *html = "<div><div><p>a</p></span></span><p>b</p></div></div></q>";
    assert_cuts_to(html, "<div><div><p>a</p><p>b</p></div></div></q>");
    assert_same_tree(html);
    /* Kept: a name that was opened, the four libxml2 opens itself, an end tag that text
     * follows (it keeps the text apart) and one at the end of the page. */
    const char *kept = "<b>x</b></b><i></html></head></body></p>y</span>z</span>";
    assert_cuts_to(kept, kept);
    assert_same_tree(kept);
    assert_same_tree("<div> </span> <p>a</p> </em>&amp; </q><p>b</p>");
}
END_TEST

START_TEST(non_ascii_names_read_as_libxml2_does)
{
    /* A processing instruction or doctype whose name is not ASCII no longer stops the cut. */
    const char *pi = "<?\303\251?><p data-x=1>a</p><script>x</script>";
    assert_cuts_to(pi, "<?\303\251?><p >a</p><script></script>");
    assert_same_tree(pi);
    const char *pi2 = "<?\342\202\254 x?><p data-x=1>a</p>"; /* U+20AC is no letter */
    assert_cuts_to(pi2, "<?\342\202\254 x?><p >a</p>");
    assert_same_tree(pi2);
    const char *dt = "<!DOCTYPE h\303\251tml><p data-x=1>a</p><!DOCTYPE \344\270\255 x>b";
    assert_cuts_to(dt, "<!DOCTYPE h\303\251tml><p >a</p><!DOCTYPE \344\270\255 x>b");
    assert_same_tree(dt);
}
END_TEST

START_TEST(script_templates_of_markup)
{
    /* A tag at the start of script data is read as markup, but only one that closes the
     * element (noscript for a script; body or frameset for a style) ends it there. */
    const char *tpl = "<script type=\"text/template\"><div class=\"t\">{{x}}</div></script>"
                      "<p data-x=1>a</p>";
    assert_cuts_to(tpl, "<script type=\"text/template\"></script><p >a</p>");
    assert_same_tree(tpl);
    const char *closes = "<script><noscript>n</noscript></script><style><body>b</style>c";
    assert_cuts_to(closes, closes);
    assert_same_tree(closes);
    /* End tags that close nothing are passed over before the data, as libxml2 does. */
    const char *stray = "<script></q><div>x</div></script><p data-x=1>a</p>";
    assert_cuts_to(stray, "<script></script><p >a</p>");
    assert_same_tree(stray);
}
END_TEST

START_TEST(unsure_rest_is_guarded)
{
    /* Past a point the scan cannot read for sure, the page is left as it is, but for a
     * tag with more attributes than any real page has. */
    char html[8192] = "<div><script></div><p data-x=1>a</p>";
    size_t n = strlen(html);
    n += (size_t)snprintf(html + n, sizeof html - n, "<p id=k");
    for (int i = 0; i < 40; i++)
        n += (size_t)snprintf(html + n, sizeof html - n, " data-a%d=%d", i, i);
    snprintf(html + n, sizeof html - n, ">b</p></script>");
    char *c = malloc(strlen(html) + 1);
    ck_assert_ptr_nonnull(c);
    strcpy(c, html);
    newsclean_cut_report report;
    size_t k = newsclean_dom_cut_ex(c, strlen(c), &report);
    c[k] = '\0';
    ck_assert(report.guarded);
    ck_assert_uint_eq(report.capped_tags, 1);
    ck_assert_ptr_nonnull(strstr(c, "<div><script></div><p data-x=1>a</p><p id=k "));
    ck_assert_ptr_null(strstr(c, "data-a"));
    free(c);
    /* A tag at the cap is left whole. */
    const char *few = "<div><script></div><p a1 a2 a3 a4>b</p>";
    assert_cuts_to(few, few);
}
END_TEST

/* A page built to make libxml2 search deep stacks again and again: the parse stops when
 * its work runs out and keeps what it read; a deadline in the past stops it at once. */
START_TEST(parse_work_is_bounded)
{
    size_t pairs = 40000, cap = pairs * 13 + 64, n = 0;
    char *html = malloc(cap);
    ck_assert_ptr_nonnull(html);
    n += (size_t)snprintf(html, cap, "<span><p>first</p>");
    for (size_t i = 0; i < pairs; i++)
        n += (size_t)snprintf(html + n, cap - n, "<div>");
    for (size_t i = 0; i < pairs; i++)
        n += (size_t)snprintf(html + n, cap - n, "</span>");
    xmlDocPtr doc = NULL;
    bool cut_short = false;
    ck_assert_int_eq(newsclean_dom_parse_ex(html, n, NULL, NULL, &doc, &cut_short), NEWSCLEAN_OK);
    ck_assert(cut_short);
    ck_assert_ptr_nonnull(doc);
    xmlFreeDoc(doc);
    newsclean_deadline past = newsclean_deadline_in(0);
    ck_assert_int_eq(newsclean_dom_parse_ex(html, n, NULL, &past, &doc, &cut_short),
                     NEWSCLEAN_ERR_LIMIT);
    ck_assert_ptr_null(doc);
    /* An ordinary page is read whole. */
    const char *page = "<p>a</p></span><div><p>b</p></div>";
    ck_assert_int_eq(newsclean_dom_parse_ex(page, strlen(page), NULL, NULL, &doc, &cut_short),
                     NEWSCLEAN_OK);
    ck_assert(!cut_short);
    xmlFreeDoc(doc);
    free(html);
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

/* An end tag that a browser lets close the <div> left open inside its element closes it
 * here too, so the rest of the page is not read as part of a figure or an aside. A table
 * cell between them stops it, as it stops a browser, and so does an end tag that would not
 * close the open elements (</span>). */
static void
assert_tree(const char *html, const char *want)
{
    char *t = tree_of(html, strlen(html));
    ck_assert_str_eq(t, want);
    free(t);
}

START_TEST(block_end_tags_close_open_divs)
{
    assert_tree("<article><figure><div><img src=a.jpg></figure><p>After</p></article>",
                "[14:html][1:html[1:body[1:article[1:figure[1:div[1:img @src=a.jpg]]]"
                "[1:p[3:textAfter]]]]]");
    assert_tree("<aside><div><div>Related</aside><p>More</p>",
                "[14:html][1:html[1:body[1:aside[1:div[1:div[3:textRelated]]]][1:p[3:textMore]]]]");
    assert_tree("<ul><li><div>One</li><li>Two</li></ul><p>After</p>",
                "[14:html][1:html[1:body[1:ul[1:li[1:div[3:textOne]]][1:li[3:textTwo]]]"
                "[1:p[3:textAfter]]]]");
    /* Stopped by a table cell: the </figure> inside the cell closes nothing. */
    assert_tree("<figure><table><tr><td><div>x</figure>y</td></tr></table></figure><p>z</p>",
                "[14:html][1:html[1:body[1:figure[1:table[1:tr[1:td[1:div[3:textxy]]]]]]"
                "[1:p[3:textz]]]]");
    /* </span> does not close a block in a browser either. */
    assert_tree("<span><div>a</span>b</div>", "[14:html][1:html[1:body[1:span[1:div[3:textab]]]]]");
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
    tcase_add_test(tc, keeps_only_the_date_keys_of_a_state_script);
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
    tcase_add_test(tc, longer_closing_name_closes_nothing);
    tcase_add_test(tc, empty_body_then_more);
    tcase_add_test(tc, drops_attributes_no_stage_reads);
    tcase_add_test(tc, empty_and_plain_text);
    tcase_add_test(tc, parse_keeps_utf8);
    tcase_add_test(tc, block_end_tags_close_open_divs);
    tcase_add_test(tc, scoped_cut_keeps_addresses_where_read);
    tcase_add_test(tc, link_list_takes_hrefs_off_links);
    tcase_add_test(tc, repeated_attributes_keep_the_first);
    tcase_add_test(tc, end_tags_that_close_nothing_go);
    tcase_add_test(tc, non_ascii_names_read_as_libxml2_does);
    tcase_add_test(tc, script_templates_of_markup);
    tcase_add_test(tc, unsure_rest_is_guarded);
    tcase_add_test(tc, parse_work_is_bounded);
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
