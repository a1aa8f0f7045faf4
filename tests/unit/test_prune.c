/* test_prune.c: unit tests for lib/prune.c: which elements are dropped as page chrome,
 * which hints an element gives to scoring, and which short texts are UI phrases. */
#include "prune.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include "blocks.h"

static struct newsclean_prune_rules *rules;
static newsclean_prune_scratch scratch;

static void
setup(void)
{
    rules = newsclean_prune_rules_new();
    ck_assert_ptr_nonnull(rules);
    ck_assert(newsclean_prune_scratch_init(&scratch));
}

static void
teardown(void)
{
    newsclean_prune_scratch_free(&scratch);
    newsclean_prune_rules_free(rules);
    rules = NULL;
}

static htmlDocPtr
parse(const char *html)
{
    htmlDocPtr doc = htmlReadMemory(html, (int)strlen(html), NULL, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                        HTML_PARSE_NOWARNING);
    ck_assert_ptr_nonnull(doc);
    return doc;
}

/* Depth-first search for the first element with this id, or (id NULL) this tag name. */
static xmlNodePtr
find(xmlNodePtr n, const char *tag, const char *id)
{
    for (; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE) {
            if (id) {
                xmlChar *v = xmlGetProp(n, (const xmlChar *)"id");
                bool hit = v && strcmp((const char *)v, id) == 0;
                xmlFree(v);
                if (hit)
                    return n;
            } else if (strcmp((const char *)n->name, tag) == 0) {
                return n;
            }
        }
        xmlNodePtr r = find(n->children, tag, id);
        if (r)
            return r;
    }
    return NULL;
}

typedef struct {
    newsclean_prune_verdict verdict;
    unsigned flags;
    const char *why;
} judged;

/* Parse 'html' and judge the element with id 'id' (or the first 'tag' when id is NULL). */
static judged
judge(const char *html, const char *tag, const char *id)
{
    htmlDocPtr doc = parse(html);
    xmlNodePtr el = find(xmlDocGetRootElement(doc), tag, id);
    ck_assert_msg(el != NULL, "element %s not found in %s", id ? id : tag, html);
    judged j;
    j.flags = 0xDEAD;
    j.why = "unset";
    j.verdict = newsclean_prune_element(rules, &scratch, el, &j.flags, &j.why);
    if (j.verdict == NEWSCLEAN_PRUNE_DROP)
        ck_assert_ptr_nonnull(j.why);
    else
        ck_assert_ptr_null(j.why);
    xmlFreeDoc(doc);
    return j;
}

/* Judge a <div id="t"> with the given attributes inside a plain page. */
static judged
judge_div(const char *attrs)
{
    char html[1024];
    snprintf(html, sizeof html,
             "<html><body><div id=\"t\" %s><p>Some text in it.</p></div></body></html>", attrs);
    return judge(html, NULL, "t");
}

/* ---- hard drops ---------------------------------------------------------------------- */

START_TEST(drop_tags)
{
    static const char *const tags[] = {"script", "style",    "noscript", "iframe",
                                       "button", "template", "select",   "textarea"};
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
        char html[512];
        snprintf(html, sizeof html,
                 "<html><head></head><body><p>x</p><%s id=\"t\">content</%s></body></html>",
                 tags[i], tags[i]);
        judged j = judge(html, NULL, "t");
        ck_assert_msg(j.verdict == NEWSCLEAN_PRUNE_DROP, "<%s> not dropped", tags[i]);
        ck_assert_str_eq(j.why, "tag never holds article text");
    }
}
END_TEST

START_TEST(drop_script_in_head)
{
    judged j = judge("<html><head><style>p{}</style><script>var a=1;</script></head>"
                     "<body><p>x</p></body></html>",
                     "script", NULL);
    ck_assert_int_eq(j.verdict, NEWSCLEAN_PRUNE_DROP);
    j = judge("<html><head><style>p{}</style></head><body></body></html>", "style", NULL);
    ck_assert_int_eq(j.verdict, NEWSCLEAN_PRUNE_DROP);
}
END_TEST

START_TEST(drop_hidden)
{
    ck_assert_int_eq(judge_div("hidden").verdict, NEWSCLEAN_PRUNE_DROP);
    ck_assert_str_eq(judge_div("hidden").why, "hidden");
    ck_assert_int_eq(judge_div("hidden=\"hidden\"").verdict, NEWSCLEAN_PRUNE_DROP);
    ck_assert_int_eq(judge_div("aria-hidden=\"true\"").verdict, NEWSCLEAN_PRUNE_DROP);
    ck_assert_int_eq(judge_div("aria-hidden=\"TRUE\"").verdict, NEWSCLEAN_PRUNE_DROP);
    ck_assert_int_eq(judge_div("style=\"display:none\"").verdict, NEWSCLEAN_PRUNE_DROP);
    ck_assert_int_eq(judge_div("style=\"color: red; display: none;\"").verdict,
                     NEWSCLEAN_PRUNE_DROP);
    ck_assert_int_eq(judge_div("style=\"DISPLAY : NONE\"").verdict, NEWSCLEAN_PRUNE_DROP);
    ck_assert_int_eq(judge_div("style=\"visibility: hidden\"").verdict, NEWSCLEAN_PRUNE_DROP);
}
END_TEST

START_TEST(keep_collapsed_panels)
{
    /* Accordion and tab panels are text the reader opens; dialogs and menus are not. */
    ck_assert_int_eq(judge_div("role=\"region\" aria-hidden=\"true\"").verdict,
                     NEWSCLEAN_PRUNE_KEEP);
    ck_assert_int_eq(judge_div("role=\"tabpanel\" hidden").verdict, NEWSCLEAN_PRUNE_KEEP);
    ck_assert_int_eq(judge_div("role=\"TabPanel\" style=\"display:none\"").verdict,
                     NEWSCLEAN_PRUNE_KEEP);
    ck_assert_int_eq(judge_div("role=\"dialog\" style=\"display:none\"").verdict,
                     NEWSCLEAN_PRUNE_DROP);
    ck_assert_int_eq(judge_div("role=\"menu\" aria-hidden=\"true\"").verdict, NEWSCLEAN_PRUNE_DROP);
}
END_TEST

START_TEST(keep_disclosed_panels)
{
    /* A hidden panel of prose that a collapsed control just before it opens is the page's
     * text; a toggled link list, or hidden text with no control, is not. */
#define PROSE "<p>The answer runs to a sentence or two, long enough to read as prose.</p>"
    static const struct {
        const char *html;
        newsclean_prune_verdict verdict;
    } cases[] = {
        {"<h3><button aria-expanded=\"false\">Q</button></h3><div id=\"t\" hidden>" PROSE "</div>",
         NEWSCLEAN_PRUNE_KEEP},
        {"<h3><button aria-expanded=\"false\">Q</button></h3><div class=\"wrap\"><div "
         "id=\"t\" aria-hidden=\"true\">" PROSE "</div></div>",
         NEWSCLEAN_PRUNE_KEEP},
        {"<button aria-controls=\"x t\">Q</button><div id=\"t\" style=\"display:none\">" PROSE
         "</div>",
         NEWSCLEAN_PRUNE_KEEP},
        {"<button aria-controls=\"other\">Q</button><div id=\"t\" hidden>" PROSE "</div>",
         NEWSCLEAN_PRUNE_DROP},
        {"<button aria-expanded=\"true\">Q</button><div id=\"t\" hidden>" PROSE "</div>",
         NEWSCLEAN_PRUNE_DROP},
        {"<p>Before.</p><div id=\"t\" hidden>" PROSE "</div>", NEWSCLEAN_PRUNE_DROP},
        {"<button aria-expanded=\"false\">Q</button><div id=\"t\" hidden><p>Short.</p></div>",
         NEWSCLEAN_PRUNE_DROP},
        {"<button aria-expanded=\"false\">Menu</button><ul id=\"t\" hidden><li><a "
         "href=\"/a\">Home and garden</a></li><li><a href=\"/b\">Kitchen and dining</a></li><li><a "
         "href=\"/c\">Lighting</a></li></ul>",
         NEWSCLEAN_PRUNE_DROP},
    };
#undef PROSE
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char html[1024];
        snprintf(html, sizeof html, "<html><body><div>%s</div></body></html>", cases[i].html);
        ck_assert_msg(judge(html, NULL, "t").verdict == cases[i].verdict, "case %zu", i);
    }
}
END_TEST

START_TEST(keep_visible)
{
    ck_assert_int_eq(judge_div("aria-hidden=\"false\"").verdict, NEWSCLEAN_PRUNE_KEEP);
    ck_assert_int_eq(judge_div("style=\"display: block; color: #333\"").verdict,
                     NEWSCLEAN_PRUNE_KEEP);
    ck_assert_int_eq(judge_div("style=\"\"").verdict, NEWSCLEAN_PRUNE_KEEP);
    ck_assert_int_eq(judge_div("title=\"display:none\"").verdict, NEWSCLEAN_PRUNE_KEEP);
}
END_TEST

START_TEST(chrome_tags_are_hints)
{
    /* prune.c: navigation, asides and footers are chrome only as a hint, because a parser
     * recovering from an unclosed <nav> may put the whole page inside it. */
    static const char *const tags[] = {"nav", "aside", "footer"};
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
        char html[512];
        snprintf(html, sizeof html,
                 "<html><body><p>x</p><%s id=\"t\"><a href=\"/\">Home</a></%s></body></html>",
                 tags[i], tags[i]);
        judged j = judge(html, NULL, "t");
        ck_assert_msg(j.verdict == NEWSCLEAN_PRUNE_KEEP, "<%s> dropped", tags[i]);
        ck_assert_msg(j.flags & NEWSCLEAN_BF_BOILER_HINT, "<%s> gives no boiler hint", tags[i]);
    }
    /* Forms are comment boxes, logins and searches. */
    judged j = judge("<html><body><form id=\"t\"><p>Comment</p></form></body></html>", NULL, "t");
    ck_assert_int_eq(j.verdict, NEWSCLEAN_PRUNE_KEEP);
    ck_assert(j.flags & NEWSCLEAN_BF_BOILER_HINT);
}
END_TEST

START_TEST(chrome_roles_are_hints)
{
    static const char *const roles[] = {"navigation", "contentinfo", "complementary",
                                        "search",     "Menu",        "toolbar"};
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++) {
        char attrs[64];
        snprintf(attrs, sizeof attrs, "role=\"%s\"", roles[i]);
        judged j = judge_div(attrs);
        ck_assert_msg(j.verdict == NEWSCLEAN_PRUNE_KEEP, "role %s dropped", roles[i]);
        ck_assert_msg(j.flags & NEWSCLEAN_BF_BOILER_HINT, "role %s gives no hint", roles[i]);
    }
    ck_assert(!(judge_div("role=\"region\"").flags & NEWSCLEAN_BF_BOILER_HINT));
    ck_assert(!(judge_div("role=\"presentation\"").flags & NEWSCLEAN_BF_BOILER_HINT));
}
END_TEST

/* ---- flags --------------------------------------------------------------------------- */

START_TEST(flags_article_containers)
{
    judged j = judge("<html><body><article id=\"t\"><p>x</p></article></body></html>", NULL, "t");
    ck_assert_int_eq(j.verdict, NEWSCLEAN_PRUNE_KEEP);
    ck_assert(j.flags & NEWSCLEAN_BF_IN_ARTICLE);
    ck_assert(j.flags & NEWSCLEAN_BF_CONTENT_HINT);
    ck_assert(!(j.flags & NEWSCLEAN_BF_BOILER_HINT));

    j = judge("<html><body><main id=\"t\"><p>x</p></main></body></html>", NULL, "t");
    ck_assert(j.flags & NEWSCLEAN_BF_IN_ARTICLE);

    j = judge_div("itemprop=\"articleBody\"");
    ck_assert_int_eq(j.verdict, NEWSCLEAN_PRUNE_KEEP);
    ck_assert(j.flags & NEWSCLEAN_BF_IN_ARTICLE);
    ck_assert(j.flags & NEWSCLEAN_BF_CONTENT_HINT);

    ck_assert(judge_div("role=\"main\"").flags & NEWSCLEAN_BF_IN_ARTICLE);
    ck_assert(judge_div("role=\"article\"").flags & NEWSCLEAN_BF_IN_ARTICLE);
    ck_assert(!(judge_div("itemprop=\"headline\"").flags & NEWSCLEAN_BF_IN_ARTICLE));
    ck_assert_uint_eq(judge_div("").flags, 0);
}
END_TEST

START_TEST(flags_structure)
{
    judged j = judge("<html><body><header id=\"t\"><h1>x</h1></header></body></html>", NULL, "t");
    ck_assert(j.flags & NEWSCLEAN_BF_IN_HEADER);
    j = judge("<html><body><figure id=\"t\"><img src=a.jpg><figcaption>c</figcaption></figure>"
              "</body></html>",
              NULL, "t");
    ck_assert(j.flags & NEWSCLEAN_BF_IN_FIGURE);
    j = judge("<html><body><p>On <time id=\"t\" datetime=\"2021-03-04\">4 March</time></p>"
              "</body></html>",
              NULL, "t");
    ck_assert(j.flags & NEWSCLEAN_BF_DATELINE);
    j = judge("<html><body><p>By <a id=\"t\" rel=\"author\" href=\"/a\">Jo</a></p></body></html>",
              NULL, "t");
    ck_assert(j.flags & NEWSCLEAN_BF_BYLINE);
    ck_assert(judge_div("itemprop=\"author\"").flags & NEWSCLEAN_BF_BYLINE);
    ck_assert(judge_div("class=\"article-byline\"").flags & NEWSCLEAN_BF_BYLINE);
    ck_assert(judge_div("class=\"author-name\"").flags & NEWSCLEAN_BF_BYLINE);
}
END_TEST

START_TEST(flags_self_linked_heading)
{
    /* The permalink shapes: the id on the heading, the link inside a span, the id on the
     * anchor itself. */
    judged j = judge("<html><body><h2 id=\"setup\"><a href=\"#setup\">Setup</a></h2>"
                     "</body></html>",
                     "h2", NULL);
    ck_assert(j.flags & NEWSCLEAN_BF_SELF_LINK);
    j = judge("<html><body><h3 id=\"s\"><span><a class=\"anchor\" href=\"#s\">Step</a></span>"
              "</h3></body></html>",
              "h3", NULL);
    ck_assert(j.flags & NEWSCLEAN_BF_SELF_LINK);
    j = judge("<html><body><h3><a id=\"tips\" href=\"#tips\">Tips</a></h3></body></html>", "h3",
              NULL);
    ck_assert(j.flags & NEWSCLEAN_BF_SELF_LINK);
    j = judge("<html><body><section id=\"install\"><h2><a href=\"#install\">Install</a></h2>"
              "<p>Text.</p></section></body></html>",
              "h2", NULL);
    ck_assert(j.flags & NEWSCLEAN_BF_SELF_LINK);
    /* A heading linking to another page, or to another part of this one, is a link. */
    j = judge("<html><body><h2 id=\"r\"><a href=\"/reviews/r\">Review</a></h2></body></html>", "h2",
              NULL);
    ck_assert(!(j.flags & NEWSCLEAN_BF_SELF_LINK));
    j = judge("<html><body><h2 id=\"a\"><a href=\"#b\">Jump</a></h2></body></html>", "h2", NULL);
    ck_assert(!(j.flags & NEWSCLEAN_BF_SELF_LINK));
    j = judge("<html><body><section id=\"a\"><h2><a href=\"#b\">Jump</a></h2></section>"
              "</body></html>",
              "h2", NULL);
    ck_assert(!(j.flags & NEWSCLEAN_BF_SELF_LINK));
    j = judge("<html><body><h2><a href=\"#\">Menu</a></h2></body></html>", "h2", NULL);
    ck_assert(!(j.flags & NEWSCLEAN_BF_SELF_LINK));
    /* Only headings: a paragraph's self link is not a subheading's permalink. */
    j = judge("<html><body><p id=\"n\"><a href=\"#n\">Note</a></p></body></html>", "p", NULL);
    ck_assert(!(j.flags & NEWSCLEAN_BF_SELF_LINK));
}
END_TEST

START_TEST(boiler_hint_classes)
{
    static const char *const classes[] = {
        "related-posts", "share-bar",        "comments",           "sidebar",
        "nav-links",     "site-footer",      "newsletter_box",     "ad-slot top",
        "social share",  "most-read",        "cookie-banner",      "dialog dialog--privacy",
        "author-box",    "about-the-author", "author_description", "autorenbox"};
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
        char attrs[128];
        snprintf(attrs, sizeof attrs, "class=\"%s\"", classes[i]);
        judged j = judge_div(attrs);
        ck_assert_msg(j.verdict == NEWSCLEAN_PRUNE_KEEP, "class %s dropped", classes[i]);
        ck_assert_msg(j.flags & NEWSCLEAN_BF_BOILER_HINT, "class %s gives no boiler hint",
                      classes[i]);
        ck_assert_msg(!(j.flags & NEWSCLEAN_BF_CONTENT_HINT), "class %s gives content hint",
                      classes[i]);
    }
}
END_TEST

START_TEST(caption_classes)
{
    static const char *const classes[] = {"wp-caption-text",  "image-caption",  "legende",
                                          "bildunterschrift", "photo__caption", "leyenda"};
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
        char attrs[128];
        snprintf(attrs, sizeof attrs, "class=\"%s\"", classes[i]);
        judged j = judge_div(attrs);
        ck_assert_msg(j.verdict == NEWSCLEAN_PRUNE_KEEP, "class %s dropped", classes[i]);
        ck_assert_msg(j.flags & NEWSCLEAN_BF_IN_FIGURE, "class %s not a caption", classes[i]);
    }
    ck_assert(!(judge_div("class=\"captionless-gallery-intro\"").flags & NEWSCLEAN_BF_IN_FIGURE));
}
END_TEST

START_TEST(boiler_hint_ids)
{
    /* An empty class gives no hint. */
    judged j = judge_div("class=\"\"");
    ck_assert_uint_eq(j.flags, 0);
    j = judge("<html><body><div id=\"comments\"><p>x</p></div></body></html>", NULL, "comments");
    ck_assert(j.flags & NEWSCLEAN_BF_BOILER_HINT);
    j = judge("<html><body><div id=\"sidebar\"><p>x</p></div></body></html>", NULL, "sidebar");
    ck_assert(j.flags & NEWSCLEAN_BF_BOILER_HINT);
}
END_TEST

START_TEST(heading_slug_ids)
{
    /* An id made from a heading names a section of the text, not a widget. */
    judged j = judge("<html><body><h2 id=\"how-to-share-the-road-safely\">How</h2></body></html>",
                     NULL, "how-to-share-the-road-safely");
    ck_assert(!(j.flags & NEWSCLEAN_BF_BOILER_HINT));
    j = judge("<html><body><div id=\"related-posts\"><p>x</p></div></body></html>", NULL,
              "related-posts");
    ck_assert(j.flags & NEWSCLEAN_BF_BOILER_HINT);
}
END_TEST

START_TEST(content_names_outrank_weak_chrome)
{
    /* prune.c: "Chrome unless the name also says article: "sidebar", but not
     * "main-content-column"". */
    judged j = judge_div("class=\"main-content sidebar-left\"");
    ck_assert_int_eq(j.verdict, NEWSCLEAN_PRUNE_KEEP);
    ck_assert(j.flags & NEWSCLEAN_BF_CONTENT_HINT);
    ck_assert(!(j.flags & NEWSCLEAN_BF_BOILER_HINT));

    j = judge_div("class=\"main-content-column\"");
    ck_assert(j.flags & NEWSCLEAN_BF_CONTENT_HINT);
    ck_assert(!(j.flags & NEWSCLEAN_BF_BOILER_HINT));

    j = judge_div("class=\"article-body\"");
    ck_assert(j.flags & NEWSCLEAN_BF_CONTENT_HINT);
    ck_assert(!(j.flags & NEWSCLEAN_BF_BOILER_HINT));

    j = judge_div("class=\"story-body__inner\"");
    ck_assert(j.flags & NEWSCLEAN_BF_CONTENT_HINT);
}
END_TEST

START_TEST(strong_chrome_outranks_content_names)
{
    /* "related-content" is still a related list, "comments-body" still comments. */
    judged j = judge_div("class=\"related-content\"");
    ck_assert(j.flags & NEWSCLEAN_BF_BOILER_HINT);
    ck_assert(!(j.flags & NEWSCLEAN_BF_CONTENT_HINT));
    j = judge_div("class=\"article-comments\"");
    ck_assert(j.flags & NEWSCLEAN_BF_BOILER_HINT);
    j = judge_div("class=\"post share-tools\"");
    ck_assert(j.flags & NEWSCLEAN_BF_BOILER_HINT);
    /* A player's control bar and a news ticker, whatever content word they carry. */
    j = judge_div("class=\"vjs-control-bar\"");
    ck_assert(j.flags & NEWSCLEAN_BF_STRONG_HINT);
    j = judge_div("class=\"news-ticker\"");
    ck_assert(j.flags & NEWSCLEAN_BF_STRONG_HINT);
}
END_TEST

START_TEST(carousel_names_marked_apart)
{
    /* A carousel is chrome as outright as before; the mark that says so by its name alone
     * lets a service page's body take its slides back (kind_body.c). */
    judged j = judge_div("class=\"testimonial-carousel\"");
    ck_assert(j.flags & NEWSCLEAN_BF_STRONG_HINT);
    ck_assert(j.flags & NEWSCLEAN_BF_SLIDES);
    j = judge_div("class=\"features\"");
    ck_assert(!(j.flags & NEWSCLEAN_BF_SLIDES));
    j = judge("<html><body><div id=\"slideshow\"><p>x</p></div></body></html>", NULL, "slideshow");
    ck_assert(j.flags & NEWSCLEAN_BF_SLIDES);
    /* Chrome by another word of the same name too: a carousel of related stories, a
     * carousel in a sidebar. */
    j = judge_div("class=\"related-carousel\"");
    ck_assert(j.flags & NEWSCLEAN_BF_STRONG_HINT);
    ck_assert(!(j.flags & NEWSCLEAN_BF_SLIDES));
    j = judge_div("class=\"carousel sidebar\"");
    ck_assert(j.flags & NEWSCLEAN_BF_BOILER_HINT);
    ck_assert(!(j.flags & NEWSCLEAN_BF_SLIDES));
}
END_TEST

START_TEST(wrapper_names_are_hints_only)
{
    /* A wrapper named "page-with-sidebar" may hold the whole article: a hint, never a
     * drop (scoring decides). */
    judged j = judge_div("class=\"page-with-sidebar\"");
    ck_assert_int_eq(j.verdict, NEWSCLEAN_PRUNE_KEEP);
    ck_assert(j.flags & NEWSCLEAN_BF_BOILER_HINT);
    j = judge_div("class=\"comments\" id=\"comments\"");
    ck_assert_int_eq(j.verdict, NEWSCLEAN_PRUNE_KEEP);
}
END_TEST

START_TEST(state_names_say_nothing)
{
    /* "has-sharing" says the header holds share buttons, not that it is a share bar. */
    ck_assert(
        !(judge_div("class=\"article-header has-sharing\"").flags & NEWSCLEAN_BF_BOILER_HINT));
    ck_assert(!(judge_div("class=\"with-sidebar no-comments\"").flags & NEWSCLEAN_BF_BOILER_HINT));
    ck_assert(judge_div("class=\"article-header sharing\"").flags & NEWSCLEAN_BF_BOILER_HINT);
    ck_assert(judge_div("class=\"nosharing-widget\"").flags & NEWSCLEAN_BF_BOILER_HINT);
}
END_TEST

START_TEST(token_boundaries)
{
    /* Stems match whole tokens, not substrings of other words. */
    ck_assert(!(judge_div("class=\"shared-grid\"").flags & NEWSCLEAN_BF_BOILER_HINT));
    ck_assert(!(judge_div("class=\"adventure\"").flags & NEWSCLEAN_BF_BOILER_HINT));
    ck_assert(!(judge_div("class=\"navigator-wrap\"").flags & NEWSCLEAN_BF_BOILER_HINT));
    ck_assert(!(judge_div("class=\"headline\"").flags & NEWSCLEAN_BF_BOILER_HINT));
    ck_assert(!(judge_div("class=\"contents-x\"").flags & NEWSCLEAN_BF_CONTENT_HINT));
    /* Case does not matter. */
    ck_assert(judge_div("class=\"Related-Posts\"").flags & NEWSCLEAN_BF_BOILER_HINT);
}
END_TEST

START_TEST(root_elements_never_dropped)
{
    judged j = judge("<html class=\"nav-open\"><body class=\"sidebar comments\"><p>x</p></body>"
                     "</html>",
                     "body", NULL);
    ck_assert_int_eq(j.verdict, NEWSCLEAN_PRUNE_KEEP);
    ck_assert(!(j.flags & NEWSCLEAN_BF_BOILER_HINT));
    j = judge("<html class=\"nav-open\"><body><p>x</p></body></html>", "html", NULL);
    ck_assert_int_eq(j.verdict, NEWSCLEAN_PRUNE_KEEP);
    ck_assert(!(j.flags & NEWSCLEAN_BF_BOILER_HINT));
    j = judge("<html><body id=\"footer-page\" class=\"related-posts\"><p>x</p></body></html>",
              "body", NULL);
    ck_assert_int_eq(j.verdict, NEWSCLEAN_PRUNE_KEEP);
    ck_assert(!(j.flags & NEWSCLEAN_BF_BOILER_HINT));
}
END_TEST

START_TEST(root_elements_never_hidden)
{
    /* The roots contain everything, whatever they say about themselves: a page whose body
     * is hidden until a script runs, or that a modal marked aria-hidden, is still the
     * page. */
    static const struct {
        const char *html, *tag;
    } cases[] = {
        {"<html><body style=\"display:none\"><p>x</p></body></html>", "body"},
        {"<html><body aria-hidden=\"true\"><p>x</p></body></html>", "body"},
        {"<html><body hidden><p>x</p></body></html>", "body"},
        {"<html style=\"visibility:hidden\"><body><p>x</p></body></html>", "html"},
        {"<html><body role=\"document\"><p>x</p></body></html>", "body"},
    };
    char wrong[1024] = "";
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        judged j = judge(cases[i].html, cases[i].tag, NULL);
        if (j.verdict != NEWSCLEAN_PRUNE_KEEP &&
            strlen(wrong) + strlen(cases[i].html) + 4 < sizeof wrong) {
            strcat(wrong, " [");
            strcat(wrong, cases[i].html);
            strcat(wrong, "]");
        }
    }
    ck_assert_msg(wrong[0] == '\0', "root element dropped:%s", wrong);
}
END_TEST

/* ---- noise text ---------------------------------------------------------------------- */

static bool
noise(const char *s)
{
    return newsclean_prune_is_noise_text(rules, &scratch, s, strlen(s));
}

/* The copyright notices of the dump path's copyright row, in the languages that row has
 * and the HTML path lacked: a short block opening with one is the site's footer. */
START_TEST(noise_copyright_languages)
{
    ck_assert(noise("Todos os direitos reservados - proibida a c\xC3\xB3pia sem a fonte."));
    ck_assert(noise("Todos los derechos reservados."));
    ck_assert(noise("Tutti i diritti riservati"));
    /* The phrase inside a sentence is not a notice. */
    ck_assert(!noise("Ela disse que todos os direitos reservados ao autor foram vendidos."));
}
END_TEST

START_TEST(noise_phrases)
{
    static const char *const phrases[] = {
        "Share this story!",
        "Share this article",
        "Share",
        "Also on example.com Some headline about a thing",
        "Read more: Council delays the vote again \xE2\x80\xA6",
        "Read more",
        "Advertisement",
        "ADVERTISEMENT",
        "Lesen Sie auch: Stadtrat vertagt Entscheidung",
        "Lire aussi",
        "Lire aussi : le maire r\xC3\xA9pond",
        "12 comments",
        "1 comment",
        "Comments (4)",
        "Sign up for our morning briefing",
        "We use cookies to improve your experience.",
        "Anzeige",
        "Leer m\xC3\xA1s",
        "All rights reserved.",
        "\xC2\xA9 2024 Example Media Group",
        "Skip to content",
        "Skip to main content",
        "Zum Inhalt springen",
        "Aller au contenu",
        "Saltar al contenido principal",
        "Related posts",
        "More from the science desk",
        "You may also like",
        "Was this article helpful?",
        /* Feedback prompts asked of the content, or naming the page. */
        "Was this page's content helpful?",
        "Did you find this content helpful?",
        "How useful was this post?",
        "\xC3\x84hnliche Beitr\xC3\xA4ge",
        "Das k\xC3\xB6nnte Sie auch interessieren \xE2\x80\xA6",
        "Mehr zum Thema",
        "Weitere Artikel",
        "Sur le m\xC3\xAAme sujet",
        "Temas relacionados",
        "Articoli correlati",
        "Foto: Hafenamt / Archiv",
        "Bild:",
        "Photo credit: City council",
        "About the author",
        "weiterlesen 10 Minuten",
        "Thank you for your support!",
        "Quelle: Hafenverband (HV), 2. Februar 2022, Kiel",
        "Source: Harbour Office",
        "Hier geht es zur neuen Fahrplanauskunft",
        "Weitere Infos unter www.example.org.",
        "Klicke dich durch die Bilder der Hafenwoche.",
        "Alle Artikel zu unseren Hafenrecherchen",
        "Missed the harbour festival? Watch every talk again on our channel.",
        "Alles \303\274ber Hafenrundfahrten findest du hier.",
        "2024 nichts mehr verpassen!",
        "Publicado el 03/05/2022 a las 22h03",
        "Pubblicato il 19 Febbraio 2020",
        "3:59 PM",
        "5 min read",
        "Lesezeit: 2 Minuten",
        "Kontakt:",
        "Weitere aktuelle Themen aus der Hafenwelt",
        "Mehr Kolumnen auf Hafenblatt:",
        "Entdecke weitere Hafenrezepte",
        "(Alle Angaben ohne Gew\xC3\xA4hr)",
        "Klicken Sie auf den unteren Button, um den Inhalt zu laden.",
        "Suggested citation: Lee, Ann: Piers in trouble, Harbour Blog, 2020",
        "If you enjoyed reading this post, tell a friend about the harbour blog.",
        "Follow The Harbourman on Twitter and Instagram @harbourman.",
        "Follow us on Facebook",
        "Sign up to our free morning newsletter and never miss a ferry update.",
        "This post contains affiliate links: we may earn a commission.",
        "Example Media is not responsible for the opinions expressed in comments.",
        "*Werbung. Dieser Beitrag enth\xC3\xA4lt Werbung f\xC3\xBCr einen Hafenladen.",
        "S\xC3\xADguenos en Telegram",
        "Abonnez-vous \xC3\xA0 notre lettre",
        "Tags: harbour, ferries, repairs",
        "Kategorie: Lokales",
        "Filed under",
        "This entry was posted in News and tagged harbour. Bookmark the permalink.",
        "Dieser Beitrag wurde am Montag gesendet.",
        "Zuletzt aktualisiert am 3. Mai",
        "Last updated: 3 May 2024",
        "Views: 1.204",
        "About the Author:",
    };
    for (size_t i = 0; i < sizeof phrases / sizeof phrases[0]; i++)
        ck_assert_msg(noise(phrases[i]), "not noise: %s", phrases[i]);
}
END_TEST

START_TEST(noise_not_prose)
{
    static const char *const prose[] = {
        "The council voted seven to two on Tuesday to approve the budget.",
        "Advertisement revenue fell by a fifth in the third quarter, the company said.",
        "Residents were asked to share their views at a meeting next week.",
        "She said the comments had been taken out of context.",
        "More than 300 people attended the opening of the new library on Saturday.",
        "Der Stadtrat hat am Dienstag den Haushalt beschlossen.",
        "Le maire a annonc\xC3\xA9 la r\xC3\xA9ouverture du pont lundi.",
        "Shares in the company rose 4 percent in early trading.",
        "Sharing economy firms face new rules from March.",
        "Skip to content of the report: the council published it on Monday.",
        "Mehr als 300 Menschen kamen am Samstag zum Hafenfest.",
        "Weitere Informationen gab die Polizei am Abend nicht bekannt.",
        "Photos of the damaged pier were shared widely on Monday.",
        "Related stories about the pier appeared in three papers, the harbour master said.",
        "Was the content of the report useful to the inquiry? The harbour master thought so.",
        "Tag der Arbeit am Hafen",
        "Tags are small labels that readers can follow.",
        "Views differ on whether the pier can be saved.",
        "Follow these steps shared on Twitter to report a broken pier.",
        "300 Minuten Wartezeit am Hafen",
        "Contact with the ferry was lost at 3:59 PM.",
        "Source code for the ferry timetable app is published on Monday, the office said.",
        "Hier geht es um die Frage, wer die Reparatur bezahlt.",
        "Alle Artikel waren am Morgen ausverkauft, sagte der H\xC3\xA4ndler.",
        "If you enjoyed the old ferry, the new one will disappoint you, the captain said.",
        "",
    };
    for (size_t i = 0; i < sizeof prose / sizeof prose[0]; i++)
        ck_assert_msg(!noise(prose[i]), "prose taken for noise: %s", prose[i]);
}
END_TEST

START_TEST(noise_prose_starting_with_ui_word)
{
    /* Anchoring only at the start makes any short paragraph that opens with a UI word a
     * "UI phrase"; these are ordinary news sentences and must not be. */
    static const char *const prose[] = {
        "Copyright lawyers say the ruling will reshape the music industry for years.",
        "Newsletter publishers have seen paid subscriptions double since 2020, analysts say.",
        "Subscribers to the service will pay two euros more a month from June.",
    };
    char wrong[1024] = "";
    for (size_t i = 0; i < sizeof prose / sizeof prose[0]; i++) {
        if (noise(prose[i]) && strlen(wrong) + strlen(prose[i]) + 4 < sizeof wrong) {
            strcat(wrong, " [");
            strcat(wrong, prose[i]);
            strcat(wrong, "]");
        }
    }
    ck_assert_msg(wrong[0] == '\0', "prose taken for noise:%s", wrong);
}
END_TEST

START_TEST(caption_text_by_credit_or_label)
{
    static const char *const captions[] = {
        "Divers inspect the eastern pier. Foto: Hafenamt",
        "The damaged support seen from below (Photo: Ann Lee)",
        "Ferries at the western terminal. \xC2\xA9 Harbour Authority / Ann Lee",
        "Der Steg am Morgen (Bild: Hafenamt Nord)",
        "Abbildung 4: Der Steg im Querschnitt.",
        "Figure 2: Cracks in the third support, seen from below.",
        "Titelbild: Hafenamt, CC BY 2.0",
        "The stoat is hard to see in the snow. (Ann Lee / Harbour Pictures)",
    };
    for (size_t i = 0; i < sizeof captions / sizeof captions[0]; i++)
        ck_assert_msg(
            newsclean_prune_is_caption_text(rules, &scratch, captions[i], strlen(captions[i])),
            "no credit found: %s", captions[i]);
    static const char *const prose[] = {
        "Die Ermittlungen gehen weiter. (Quelle: Rundfunk)",
        "A decision is overdue, the minister said on Monday. (dpa)",
        "The photo: a blurred picture of the pier, taken at night, was shared widely.",
        "Engineers found cracks in three of the concrete supports.",
    };
    for (size_t i = 0; i < sizeof prose / sizeof prose[0]; i++)
        ck_assert_msg(!newsclean_prune_is_caption_text(rules, &scratch, prose[i], strlen(prose[i])),
                      "credit found in prose: %s", prose[i]);
}
END_TEST

START_TEST(noise_long_text_never)
{
    /* Above the short-block bound nothing is noise, even if it opens with a phrase. */
    char buf[1024];
    strcpy(buf, "Share this story! ");
    while (strlen(buf) < 600)
        strcat(buf, "The rest of this paragraph is ordinary article prose. ");
    ck_assert(!noise(buf));
    strcpy(buf, "Advertisement");
    ck_assert(noise(buf));
    /* Only 'len' bytes are looked at. */
    ck_assert(newsclean_prune_is_noise_text(rules, &scratch, "Advertisement and more", 13));
}
END_TEST

START_TEST(related_labels)
{
    static const char *const labels[] = {"You may like",       "You might also like:",
                                         "More from Politics", "Related",
                                         "Related Articles",   "Read next",
                                         "Lesen Sie auch",     "Das könnte Sie auch interessieren",
                                         "À lire aussi",       "Te puede interesar",
                                         "Leggi anche",        "Veja também",
                                         "Most popular",       "Other People Are Reading",
                                         "People also read",   "Don't miss",
                                         "Related reads:",     "Explore related questions",
                                         "Latest Insights"};
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        ck_assert_msg(
            newsclean_prune_is_related_label(rules, &scratch, labels[i], strlen(labels[i])),
            "not a label: %s", labels[i]);
    static const char *const text[] = {"Related to this, the council will meet again on Monday.",
                                       "You may like the new timetable more than the old one.",
                                       "Timeline", "More",
                                       "Latest insights from the harbour survey show a rise."};
    for (size_t i = 0; i < sizeof text / sizeof text[0]; i++)
        ck_assert_msg(!newsclean_prune_is_related_label(rules, &scratch, text[i], strlen(text[i])),
                      "a label: %s", text[i]);
}
END_TEST

/* A media player's labels for screen readers, and a tweet feed's, are interface; prose
 * that mentions the same words is not. */
/* Prompts asking the reader for a tip, a membership or a sign-up, and the bare "Advert"
 * label, are not the article's; the same words inside a sentence are. */
START_TEST(noise_reader_prompts)
{
    ck_assert(noise("Got a tip? Email our newsroom at the address below."));
    ck_assert(noise("Have a news tip? Get in touch"));
    ck_assert(noise("Become a member today and read without limits"));
    ck_assert(noise("Support independent local journalism"));
    ck_assert(noise("Get our free morning newsletter"));
    ck_assert(noise("Advert"));
    ck_assert(noise("ADVERT"));
    ck_assert(!noise("The mayor said she would become a member of the board in June."));
    ck_assert(!noise("Adverts for the festival appeared on buses across the city last week."));
}
END_TEST

/* Sign-up boxes: a call to sign up, the "check your inbox" thanks, and a blurb promising
 * delivery to the reader's inbox; a sentence that only speaks of signing up is prose. */
START_TEST(noise_signup_prompts)
{
    ck_assert(noise("Sign up now to get our weekend guide to the harbour towns."));
    ck_assert(noise("Enjoyed this walk? Sign up for our weekly email of routes and maps."));
    ck_assert(noise("Why not sign up today for a free month of the print edition?"));
    ck_assert(noise("Thank you! Please check your inbox to confirm your address."));
    ck_assert(noise("Fond of gardens? Our Potting Shed letter has the season's jobs, delivered "
                    "straight to your inbox every Friday."));
    ck_assert(!noise("Residents who sign up for the scheme before March get a free compost bin, "
                     "the council said."));
    ck_assert(!noise("The court heard the files were sent to his inbox in 2019 and deleted a "
                     "week later."));
    ck_assert(!noise("It is wise to sign up for automatic payments so that no bill is missed."));
}
END_TEST

START_TEST(noise_player_labels)
{
    static const char *const labels[] = {
        "Current Time 0:00",
        "Duration 2:31",
        "Remaining Time -1:05:12",
        "Loaded: 0%",
        "Stream Type LIVE",
        "This is a modal window.",
        "Captions settings, opens captions settings dialog",
        "Beginning of dialog window. Escape will cancel and close the window.",
        "Tweets by @harbournews",
        "Fullscreen",
        "Play Video",
        "Your video will play in 00:25"};
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        ck_assert_msg(noise(labels[i]), "not noise: %s", labels[i]);
    static const char *const prose[] = {
        "The current time on the station clock was wrong for a week.",
        "Duration of the closure is not yet known, the authority said.",
        "Play resumed after a short delay for rain."};
    for (size_t i = 0; i < sizeof prose / sizeof prose[0]; i++)
        ck_assert_msg(!noise(prose[i]), "noise: %s", prose[i]);
}
END_TEST

static Suite *
prune_suite(void)
{
    Suite *s = suite_create("prune");
    TCase *tc = tcase_create("drop");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, drop_tags);
    tcase_add_test(tc, drop_script_in_head);
    tcase_add_test(tc, drop_hidden);
    tcase_add_test(tc, keep_disclosed_panels);
    tcase_add_test(tc, keep_collapsed_panels);
    tcase_add_test(tc, keep_visible);
    tcase_add_test(tc, chrome_tags_are_hints);
    tcase_add_test(tc, chrome_roles_are_hints);
    suite_add_tcase(s, tc);

    tc = tcase_create("flags");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, flags_article_containers);
    tcase_add_test(tc, flags_self_linked_heading);
    tcase_add_test(tc, flags_structure);
    tcase_add_test(tc, boiler_hint_classes);
    tcase_add_test(tc, boiler_hint_ids);
    tcase_add_test(tc, caption_classes);
    tcase_add_test(tc, heading_slug_ids);
    tcase_add_test(tc, content_names_outrank_weak_chrome);
    tcase_add_test(tc, strong_chrome_outranks_content_names);
    tcase_add_test(tc, carousel_names_marked_apart);
    tcase_add_test(tc, wrapper_names_are_hints_only);
    tcase_add_test(tc, token_boundaries);
    tcase_add_test(tc, state_names_say_nothing);
    suite_add_tcase(s, tc);

    tc = tcase_create("roots");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, root_elements_never_dropped);
    tcase_add_test(tc, root_elements_never_hidden);
    suite_add_tcase(s, tc);

    tc = tcase_create("noise");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, noise_phrases);
    tcase_add_test(tc, noise_copyright_languages);
    tcase_add_test(tc, noise_not_prose);
    tcase_add_test(tc, noise_prose_starting_with_ui_word);
    tcase_add_test(tc, noise_long_text_never);
    tcase_add_test(tc, caption_text_by_credit_or_label);
    tcase_add_test(tc, related_labels);
    tcase_add_test(tc, noise_player_labels);
    tcase_add_test(tc, noise_reader_prompts);
    tcase_add_test(tc, noise_signup_prompts);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(prune_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
