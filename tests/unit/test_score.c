/* test_score.c: unit tests for lib/dom.c and lib/score.c together: small invented pages go
 * through parse, block building and scoring, and the kept blocks must be the article. */
#include "score.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dom.h"

static newsclean_extractor *ex;

static void
setup(void)
{
    ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
}

static void
teardown(void)
{
    newsclean_extractor_free(ex);
    ex = NULL;
}

/* Parse, build blocks and score; the caller frees the blocks. */
static void
score_page(const char *html, newsclean_blocks *bl)
{
    xmlDocPtr doc = NULL;
    newsclean_blocks_init(bl);
    ck_assert_int_eq(newsclean_dom_parse(html, strlen(html), NULL, &doc), NEWSCLEAN_OK);
    ck_assert_ptr_nonnull(doc);
    ck_assert_int_eq(newsclean_dom_to_blocks(ex, doc, bl), NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_score_blocks(ex, bl), NEWSCLEAN_OK);
    xmlFreeDoc(doc);
    for (size_t i = 0; i < bl->n; i++) {
        ck_assert_ptr_nonnull(bl->v[i].text);
        ck_assert_ptr_nonnull(bl->v[i].reason);
        ck_assert_uint_lt(bl->v[i].container, bl->nc);
    }
}

/* The one block whose text contains 'needle'. */
static const newsclean_block *
block_with(const newsclean_blocks *bl, const char *needle)
{
    const newsclean_block *found = NULL;
    for (size_t i = 0; i < bl->n; i++) {
        if (strstr(bl->v[i].text, needle)) {
            ck_assert_msg(found == NULL, "two blocks contain \"%s\"", needle);
            found = &bl->v[i];
        }
    }
    ck_assert_msg(found != NULL, "no block contains \"%s\"", needle);
    return found;
}

static void
assert_kept(const newsclean_blocks *bl, const char *needle)
{
    const newsclean_block *b = block_with(bl, needle);
    ck_assert_msg(b->keep, "dropped (%s): %s", b->reason, b->text);
}

static void
assert_dropped(const newsclean_blocks *bl, const char *needle)
{
    const newsclean_block *b = block_with(bl, needle);
    ck_assert_msg(!b->keep, "kept (%s): %s", b->reason, b->text);
}

static void
assert_absent(const newsclean_blocks *bl, const char *needle)
{
    for (size_t i = 0; i < bl->n; i++)
        ck_assert_msg(strstr(bl->v[i].text, needle) == NULL, "block present: %s", bl->v[i].text);
}

/* Kept blocks other than headings (a kept h1 is the headline, removed later). */
static size_t
kept_count(const newsclean_blocks *bl)
{
    size_t k = 0;
    for (size_t i = 0; i < bl->n; i++)
        k += bl->v[i].keep && bl->v[i].kind != NEWSCLEAN_BLOCK_HEADING;
    return k;
}

/* Four invented paragraphs of plain news prose. */
#define P1                                                                                         \
    "The harbour authority confirmed on Thursday that the eastern pier will close for repairs."
#define P2 "Engineers found cracks in three of the concrete supports during a routine inspection."
#define P3 "Ferries will use the western terminal until the work is finished, probably in late May."
#define P4 "Local traders said they feared losing customers, but welcomed the quick decision."

/* ---- dom: blocks from markup --------------------------------------------------------- */

START_TEST(dom_blocks_and_kinds)
{
    newsclean_blocks bl;
    score_page("<html><body><h2>Section title</h2><p>Para <b>with</b> <a href=\"/x\">a link</a>."
               "</p><ul><li>Item one</li></ul><blockquote><p>Quoted words.</p></blockquote>"
               "<pre>  a\n  b</pre><table><tr><td>Cell</td></tr></table></body></html>",
               &bl);
    const newsclean_block *b = block_with(&bl, "Section title");
    ck_assert_int_eq(b->kind, NEWSCLEAN_BLOCK_HEADING);
    ck_assert_uint_eq(b->level, 2);
    b = block_with(&bl, "Para with a link.");
    ck_assert_int_eq(b->kind, NEWSCLEAN_BLOCK_PARAGRAPH);
    ck_assert_uint_eq(b->link_chars, 6);
    ck_assert_int_eq(block_with(&bl, "Item one")->kind, NEWSCLEAN_BLOCK_LIST_ITEM);
    ck_assert_int_eq(block_with(&bl, "Quoted words.")->kind, NEWSCLEAN_BLOCK_QUOTE);
    b = block_with(&bl, "a\n  b");
    ck_assert_int_eq(b->kind, NEWSCLEAN_BLOCK_PRE);
    ck_assert_str_eq(b->text, "  a\n  b");
    ck_assert_int_eq(block_with(&bl, "Cell")->kind, NEWSCLEAN_BLOCK_CELL);
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(dom_skips_pruned)
{
    newsclean_blocks bl;
    score_page("<html><head><title>Head title</title><style>p{color:red}</style></head><body>"
               "<script>var secret = 1;</script><nav><a href=/>Home link</a></nav>"
               "<div hidden>Hidden words</div><p>" P1 "</p></body></html>",
               &bl);
    assert_absent(&bl, "secret");
    assert_dropped(&bl, "Home link"); /* navigation is walked but never the article */
    assert_absent(&bl, "Hidden words");
    assert_absent(&bl, "Head title");
    assert_absent(&bl, "color");
    assert_kept(&bl, "eastern pier");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(dom_empty_document)
{
    newsclean_blocks bl;
    score_page("  \n", &bl);
    ck_assert_uint_eq(bl.n, 0);
    newsclean_blocks_free(&bl);
    score_page("<!-- nothing here -->", &bl);
    ck_assert_uint_eq(bl.n, 0);
    newsclean_blocks_free(&bl);
    score_page("<html><body></body></html>", &bl);
    ck_assert_uint_eq(bl.n, 0);
    newsclean_blocks_free(&bl);
}
END_TEST

/* ---- score: choosing the article ----------------------------------------------------- */

START_TEST(article_among_chrome)
{
    newsclean_blocks bl;
    score_page(
        "<html><body>"
        "<div class=\"top-menu\"><ul><li><a href=/news>News</a></li><li><a href=/sport>Sport</a>"
        "</li><li><a href=/weather>Weather</a></li><li><a href=/culture>Culture</a></li></ul>"
        "</div>"
        "<div class=\"container\"><article><h1>Eastern pier to close for repairs</h1>"
        "<p>" P1 "</p><p>" P2 "</p><p>" P3 "</p><p>" P4 "</p></article>"
        "<div class=\"related-posts\"><h3>Related</h3><ul>"
        "<li><a href=/a>New ferry timetable published for the summer season</a></li>"
        "<li><a href=/b>Fishing fleet returns early as storms close in on the coast</a></li>"
        "<li><a href=/c>Council names new harbour master after a long search</a></li></ul></div>"
        "<section class=\"comments\"><h3>3 comments</h3>"
        "<div class=\"comment\"><p>This is exactly what happens when nobody maintains the "
        "piers for twenty years, frankly.</p></div>"
        "<div class=\"comment\"><p>Good to see the engineers caught it before anyone got hurt, "
        "well done to them.</p></div></section></div>"
        "<div class=\"site-info\"><p>Example Harbour News, 1 Quay Street.</p></div>"
        "</body></html>",
        &bl);
    assert_kept(&bl, "eastern pier will close");
    assert_kept(&bl, "Engineers found cracks");
    assert_kept(&bl, "Ferries will use");
    assert_kept(&bl, "Local traders");
    assert_dropped(&bl, "Sport");
    assert_dropped(&bl, "New ferry timetable");
    assert_dropped(&bl, "nobody maintains");
    assert_dropped(&bl, "engineers caught it");
    assert_dropped(&bl, "3 comments");
    assert_dropped(&bl, "1 Quay Street");
    assert_kept(&bl, "Eastern pier to close for repairs");
    ck_assert_uint_eq(kept_count(&bl), 4);
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(article_split_around_ad)
{
    newsclean_blocks bl;
    score_page("<html><body><div id=\"page\">"
               "<div class=\"text-block\"><p>" P1 "</p><p>" P2 "</p></div>"
               "<div class=\"ad-slot\"><span>Advertisement</span>"
               "<a href=\"https://ads.example\">Buy a boat today</a></div>"
               "<div class=\"text-block\"><p>" P3 "</p><p>" P4 "</p></div>"
               "</div></body></html>",
               &bl);
    assert_kept(&bl, "eastern pier will close");
    assert_kept(&bl, "Engineers found cracks");
    assert_kept(&bl, "Ferries will use");
    assert_kept(&bl, "Local traders");
    assert_dropped(&bl, "Advertisement");
    ck_assert_uint_eq(kept_count(&bl), 4);
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(article_split_no_names)
{
    /* The same without any helpful class names: plain divs, an ad as a lone link. */
    newsclean_blocks bl;
    score_page("<html><body><div>"
               "<div><p>" P1 "</p><p>" P2 "</p></div>"
               "<div><a href=\"https://ads.example/x\">Sponsored: Buy a boat today</a></div>"
               "<div><p>" P3 "</p><p>" P4 "</p></div>"
               "</div></body></html>",
               &bl);
    assert_kept(&bl, "eastern pier will close");
    assert_kept(&bl, "Local traders");
    assert_kept(&bl, "Ferries will use");
    assert_dropped(&bl, "Buy a boat");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(br_separated_runs)
{
    newsclean_blocks bl;
    score_page("<html><body><div class=\"menu\"><a href=/>Home</a> <a href=/b>Blog</a></div>"
               "<div class=\"entry\">" P1 "<br><br>" P2 "<br/>" P3 "<br>\n<br>\n" P4
               "</div></body></html>",
               &bl);
    const newsclean_block *b1 = block_with(&bl, "eastern pier");
    const newsclean_block *b2 = block_with(&bl, "Engineers found");
    const newsclean_block *b3 = block_with(&bl, "Ferries will use");
    const newsclean_block *b4 = block_with(&bl, "Local traders");
    /* Each run is its own block, not one joined paragraph. */
    ck_assert_str_eq(b1->text, P1);
    ck_assert_str_eq(b2->text, P2);
    ck_assert_str_eq(b3->text, P3);
    ck_assert_str_eq(b4->text, P4);
    ck_assert(b1->keep && b2->keep && b3->keep && b4->keep);
    ck_assert_uint_eq(b1->container, b4->container);
    assert_dropped(&bl, "Blog");
    ck_assert_uint_eq(kept_count(&bl), 4);
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(front_page_keeps_nothing)
{
    char page[8192];
    size_t n = (size_t)snprintf(page, sizeof page,
                                "<html><body><h1>Example Harbour News</h1>"
                                "<div class=\"front\"><ul>");
    for (int i = 1; i <= 15; i++)
        n += (size_t)snprintf(page + n, sizeof page - n,
                              "<li><a href=\"/story/%d\">Story number %d: harbour news of "
                              "the day, with a longer teaser headline</a></li>",
                              i, i);
    snprintf(page + n, sizeof page - n, "</ul></div></body></html>");
    newsclean_blocks bl;
    score_page(page, &bl);
    ck_assert_uint_ge(bl.n, 15);
    ck_assert_uint_eq(kept_count(&bl), 0);
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(front_page_teaser_cards)
{
    /* Teaser cards: a linked headline each and a short linked kicker. */
    char page[16384];
    size_t n = (size_t)snprintf(page, sizeof page, "<html><body><main><div class=\"grid\">");
    for (int i = 1; i <= 15; i++)
        n += (size_t)snprintf(page + n, sizeof page - n,
                              "<div class=\"card\"><h3><a href=\"/s/%d\">Teaser headline "
                              "number %d about the harbour</a></h3><p><a href=\"/s/%d\">"
                              "Read the whole story about item %d here.</a></p></div>",
                              i, i, i, i);
    snprintf(page + n, sizeof page - n, "</div></main></body></html>");
    newsclean_blocks bl;
    score_page(page, &bl);
    ck_assert_uint_eq(kept_count(&bl), 0);
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(wrapper_with_chrome_name)
{
    newsclean_blocks bl;
    score_page("<html><body><div class=\"page-with-sidebar\">"
               "<div class=\"col\"><h1>Eastern pier to close</h1><p>" P1 "</p><p>" P2 "</p><p>" P3
               "</p><p>" P4 "</p></div>"
               "<div class=\"sidebar\"><h3>Popular</h3><ul><li><a href=/a>Storm warning "
               "issued for the weekend</a></li><li><a href=/b>Ferry fares to rise</a></li></ul>"
               "<p>Sign up for the harbour bulletin.</p></div>"
               "</div></body></html>",
               &bl);
    assert_kept(&bl, "eastern pier will close");
    assert_kept(&bl, "Engineers found cracks");
    assert_kept(&bl, "Ferries will use");
    assert_kept(&bl, "Local traders");
    assert_dropped(&bl, "Storm warning");
    assert_dropped(&bl, "harbour bulletin");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(caption_dropped)
{
    newsclean_blocks bl;
    score_page("<html><body><article><p>" P1 "</p>"
               "<figure><img src=\"pier.jpg\" alt=\"The pier\"><figcaption>The eastern pier seen "
               "from the water on Thursday morning, after the inspection.</figcaption></figure>"
               "<p>" P2 "</p><p>" P3 "</p></article></body></html>",
               &bl);
    assert_kept(&bl, "eastern pier will close");
    assert_kept(&bl, "Ferries will use");
    const newsclean_block *c = block_with(&bl, "seen from the water");
    ck_assert_int_eq(c->kind, NEWSCLEAN_BLOCK_CAPTION);
    ck_assert(!c->keep);
    ck_assert_str_eq(c->reason, "caption");
    assert_absent(&bl, "The pier"); /* alt text is not body text */
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(form_inside_article_is_wrapper)
{
    /* A shop or recipe page sets its text inside a <form> in the <article>; the sidebar
     * holds almost as much prose, so the form is not the page's wrapper on its own. */
    newsclean_blocks bl;
    score_page("<html><body><main><article><h1>Harbour blanket</h1><form action=/cart><div>"
               "<p>" P1 "</p><p>" P2 "</p><p>" P3 "</p><p>" P4 "</p></div></form></article>"
               "</main><div class=\"sidebar\"><p>Again in the sidebar: " P1 "</p><p>Again: " P2
               "</p><p>And again: " P3 "</p></div>"
               "<div class=\"comments\"><p>Said in a comment: " P4 "</p></div></body></html>",
               &bl);
    size_t article_paragraphs = 0;
    for (size_t i = 0; i < bl.n; i++) {
        if (bl.v[i].text == strstr(bl.v[i].text, "The harbour authority") ||
            bl.v[i].text == strstr(bl.v[i].text, "Local traders")) {
            ck_assert_msg(bl.v[i].keep, "dropped (%s): %s", bl.v[i].reason, bl.v[i].text);
            article_paragraphs++;
        }
    }
    ck_assert_uint_eq(article_paragraphs, 2);
    assert_dropped(&bl, "Again in the sidebar");
    assert_dropped(&bl, "Said in a comment");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(comments_inside_article_stay_chrome)
{
    /* Comments inside the <article> hold a third of the prose: still comments. */
    newsclean_blocks bl;
    score_page("<html><body><article><div class=\"entry\"><p>" P1 "</p><p>" P2 "</p><p>" P3
               "</p></div><div id=\"comments\"><p>" P4 " First comment here.</p><p>" P1
               " Second comment, copied.</p></div></article></body></html>",
               &bl);
    assert_kept(&bl, "Engineers found cracks");
    assert_dropped(&bl, "First comment here");
    assert_dropped(&bl, "Second comment, copied");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(caption_by_class_dropped)
{
    newsclean_blocks bl;
    score_page("<html><body><article><p>" P1 "</p><div class=\"photo\"><img src=\"pier.jpg\">"
               "<div class=\"legende\">Divers at work under the eastern pier on Thursday, when "
               "the cracks were found. Photo: Harbour Authority.</div></div>"
               "<p>" P2 "</p><p>" P3 "</p></article></body></html>",
               &bl);
    assert_kept(&bl, "Ferries will use");
    assert_dropped(&bl, "Divers at work");
    ck_assert_str_eq(block_with(&bl, "Divers at work")->reason, "caption");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(lead_beside_headline_kept)
{
    /* The standfirst sits in the page header with the headline, apart from the body. */
    newsclean_blocks bl;
    score_page("<html><body><header class=\"article-header\"><h1>Eastern pier to close</h1>"
               "<p class=\"abstract\">Cracks in the supports: ferries move until May.</p><div "
               "class=\"byline\">By Ann Lee</div>"
               "</header><div class=\"article-body\"><p>" P1 "</p><p>" P2 "</p><p>" P3 "</p><p>" P4
               "</p></div><div class=\"sidebar\"><p>Our newsletter brings the harbour news to "
               "your inbox every morning, free of charge.</p></div></body></html>",
               &bl);
    assert_kept(&bl, "Cracks in the supports");
    ck_assert_str_eq(block_with(&bl, "Cracks in the supports")->reason, "lead beside the headline");
    assert_dropped(&bl, "By Ann Lee");
    assert_dropped(&bl, "Our newsletter");
    assert_kept(&bl, "Local traders");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(lead_set_bare_in_box_dropped)
{
    /* Text set bare in a box beside the headline, not in a paragraph, is a template's
     * field (the page's description, a promotion's line); the paragraph after it is the
     * standfirst. */
    newsclean_blocks bl;
    score_page(
        "<html><body><header class=\"article-header\"><h1>Eastern pier to close</h1>"
        "<div class=\"page-description\">Where to park, and which ferry to take now.</div>"
        "<p class=\"abstract\">Cracks in the supports: ferries move until May.</p><div "
        "class=\"byline\">By Ann Lee</div></header><div class=\"article-body\"><p>" P1 "</p><p>" P2
        "</p><p>" P3 "</p><p>" P4 "</p><p>Divers will return next week to "
        "measure how far the cracks reach below the waterline.</p><p>The car park at the "
        "western terminal has room for two hundred more cars on weekdays.</p><p>A shuttle "
        "bus will run every twenty minutes between the two terminals.</p><p>The council "
        "expects the repair bill to be shared with the regional ferry company.</p><p>Fishing "
        "boats moored at the eastern pier have been offered berths in the marina.</p><p>The "
        "harbour office will publish a weekly update on the work until the pier reopens."
        "</p><p>Walkers may still use the coastal path above the pier, which stays open "
        "during the work.</p><p>The last major repair to the eastern pier was carried out "
        "almost thirty years ago."
        "</p></div></body></html>",
        &bl);
    assert_dropped(&bl, "Where to park");
    ck_assert_str_eq(block_with(&bl, "Cracks in the supports")->reason, "lead beside the headline");
    assert_kept(&bl, "Local traders");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(prose_heading_kept)
{
    /* A standfirst set in an h2, then the first section's own heading: the h2 holds
     * sentences, so it is text, not the title of an empty section. */
    newsclean_blocks bl;
    score_page("<html><body><article><h2>Cracks in three supports force the harbour to close "
               "the eastern pier. Ferries move to the western terminal until May.</h2>"
               "<h2>What the divers found</h2><p>" P1 "</p><p>" P2 "</p><h2>Contact</h2>"
               "<p>" P3 "</p><p>" P4 "</p><h2>Related</h2></article></body></html>",
               &bl);
    assert_kept(&bl, "Cracks in three supports");
    assert_kept(&bl, "What the divers found");
    assert_dropped(&bl, "Related");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(credited_caption_dropped)
{
    /* A caption set as a plain paragraph, known by the picture credit that ends it. */
    newsclean_blocks bl;
    score_page("<html><body><article><p>" P1 "</p><p>Divers at work under the pier on "
               "Thursday. Foto: Hafenamt</p><p>" P2 "</p><p>" P3 "</p></article></body></html>",
               &bl);
    assert_kept(&bl, "Engineers found");
    assert_dropped(&bl, "Divers at work");
    ck_assert_str_eq(block_with(&bl, "Divers at work")->reason, "caption");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(lead_in_teaser_box_under_h2)
{
    /* No h1 near the article: the h2 above it is the headline, and the standfirst sits in
     * a box named "teaser" inside the same header. */
    newsclean_blocks bl;
    score_page("<html><body><h1>Harbour News</h1><ul><li><a href=/1>Ports</a></li>"
               "<li><a href=/2>Ferries</a></li><li><a href=/3>Weather</a></li>"
               "<li><a href=/4>Jobs</a></li><li><a href=/5>Events</a></li>"
               "<li><a href=/6>Archive</a></li><li><a href=/7>Contact</a></li>"
               "<li><a href=/8>About</a></li></ul><div class=\"intro\"><h2>Eastern pier to "
               "close</h2>"
               "<div class=\"teaser\"><p>Cracks in the supports: ferries move until "
               "May.</p></div></div><div class=\"article-body\"><p>" P1 "</p><p>" P2 "</p><p>" P3
               "</p><p>" P4 "</p><p>" P3 "</p><p>" P1 "</p><p>" P4 "</p><p>" P2
               "</p></div></body></html>",
               &bl);
    assert_kept(&bl, "Cracks in the supports");
    ck_assert_uint_eq(kept_count(&bl), 9);
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(dek_heading_beside_headline_kept)
{
    /* A subheading under the headline, in the header, says what the article is about. */
    newsclean_blocks bl;
    score_page("<html><body><header class=\"article-header\"><h1>Eastern pier to close</h1>"
               "<h2>Divers found cracks in three supports</h2><div class=\"byline\">By Ann "
               "Lee</div></header><div class=\"article-body\"><p>" P1 "</p><p>" P2 "</p><p>" P3
               "</p><p>" P4 "</p></div></body></html>",
               &bl);
    assert_kept(&bl, "Divers found cracks");
    ck_assert_str_eq(block_with(&bl, "Divers found cracks")->reason, "lead beside the headline");
    assert_dropped(&bl, "By Ann Lee");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(no_lead_without_headline_nearby)
{
    /* Prose before the article with no h1 just above it is some other box. */
    newsclean_blocks bl;
    score_page("<html><body><h1>Harbour News</h1><ul><li><a href=/a>Ports</a></li>"
               "<li><a href=/b>Ferries</a></li><li><a href=/c>Weather</a></li>"
               "<li><a href=/d>Jobs</a></li><li><a href=/e>Events</a></li>"
               "<li><a href=/f>Archive</a></li><li><a href=/g>Contact</a></li>"
               "<li><a href=/h>About</a></li><li><a href=/i>Shop</a></li></ul>"
               "<div class=\"promo-text\">Harbour News is read by sailors, traders and "
               "ferry passengers every day.</div><div class=\"article-body\"><p>" P1 "</p><p>" P2
               "</p><p>" P3 "</p></div></body></html>",
               &bl);
    assert_dropped(&bl, "read by sailors");
    assert_kept(&bl, "eastern pier");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(share_prompt_dropped)
{
    newsclean_blocks bl;
    score_page("<html><body><article><p>" P1 "</p><p>" P2 "</p>"
               "<p>Share this story!</p><p>" P3 "</p><p>" P4 "</p></article></body></html>",
               &bl);
    assert_kept(&bl, "eastern pier will close");
    assert_kept(&bl, "Local traders");
    const newsclean_block *s = block_with(&bl, "Share this story!");
    ck_assert(!s->keep);
    ck_assert_str_eq(s->reason, "UI phrase");
    ck_assert_uint_eq(kept_count(&bl), 4);
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(prose_opening_with_ui_word_kept)
{
    /* An ordinary paragraph that happens to begin like a UI prompt is article text. */
    newsclean_blocks bl;
    score_page("<html><body><article><p>" P1 "</p><p>" P2 "</p>"
               "<p>Copyright lawyers say the pier's original plans may not be published.</p>"
               "<p>" P3 "</p></article></body></html>",
               &bl);
    assert_kept(&bl, "eastern pier will close");
    assert_kept(&bl, "Copyright lawyers");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(tiny_page_kept_whole)
{
    /* No article stands out, but the page says only this: its words are its content. */
    newsclean_blocks bl;
    score_page("<html><body><nav><a href=/a>Section one</a> <a href=/b>Section two</a></nav>"
               "<p>Not found.</p><a href=/>Back home</a></body></html>",
               &bl);
    assert_kept(&bl, "Not found.");
    assert_kept(&bl, "Back home");
    assert_dropped(&bl, "Section one");
    ck_assert_str_eq(block_with(&bl, "Not found.")->reason, "the page's only text");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(tiny_page_of_headings)
{
    newsclean_blocks bl;
    score_page("<html><body><a href=#main>Skip to content</a><article><h2>First case</h2>"
               "<img src=a.png alt=one><h2>Second case</h2><img src=b.png alt=two></article>"
               "</body></html>",
               &bl);
    assert_kept(&bl, "First case");
    assert_kept(&bl, "Second case");
    assert_dropped(&bl, "Skip to content");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(short_page_without_article_keeps_nothing)
{
    /* Past a few words, a page with no article is a list or a menu, not a notice. */
    newsclean_blocks bl;
    score_page("<html><body><p>Opening hours</p><p>Monday to Friday</p><p>Nine to five</p>"
               "<p>Saturday</p><p>Ten to two</p><p>Sunday</p><p>Closed</p><p>Holidays</p>"
               "<p>See the notice board</p><p>Parking</p><p>Behind the hall</p>"
               "<p>Bicycles</p><p>At the front door</p></body></html>",
               &bl);
    ck_assert_uint_eq(kept_count(&bl), 0);
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(single_paragraph_page)
{
    newsclean_blocks bl;
    score_page("<p>" P1 "</p>", &bl);
    ck_assert_uint_eq(bl.n, 1);
    assert_kept(&bl, "eastern pier");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(depth_limit_bounds_walk)
{
    /* Text nested deeper than the extractor's depth limit is skipped, not recursed into. */
    ck_assert_int_eq(newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_DEPTH, 8), NEWSCLEAN_OK);
    char page[4096];
    size_t n = (size_t)snprintf(page, sizeof page, "<html><body><p>" P1 "</p>");
    for (int i = 0; i < 20; i++)
        n += (size_t)snprintf(page + n, sizeof page - n, "<div>");
    n += (size_t)snprintf(page + n, sizeof page - n, "Buried text deep in the tree.");
    for (int i = 0; i < 20; i++)
        n += (size_t)snprintf(page + n, sizeof page - n, "</div>");
    snprintf(page + n, sizeof page - n, "</body></html>");
    newsclean_blocks bl;
    score_page(page, &bl);
    assert_absent(&bl, "Buried text");
    assert_kept(&bl, "eastern pier");
    for (size_t i = 0; i < bl.n; i++)
        ck_assert_uint_le(bl.v[i].depth, 8);
    newsclean_blocks_free(&bl);
}
END_TEST

/* A label over other stories heads a list of them, whether the list fills a box of its
 * own or runs in the article's flow up to the next heading of the label's rank. */
START_TEST(related_label_drops_its_section)
{
    newsclean_blocks bl;
    score_page("<html><body><article><h1>Eastern pier to close</h1>"
               "<p>" P1 "</p><p>" P2 "</p><p>" P3 "</p><p>" P4 "</p>"
               "<section><div><h2>You may like</h2></div>"
               "<div><p>Summer timetable adds two early crossings, the operator said on "
               "Friday.</p><p>Skippers brought their boats home a week early as storms "
               "closed in.</p></div></section>"
               "<h2>More from Harbour News</h2>"
               "<p>A new harbour master was named after a search that took most of a year.</p>"
               "<h2>Timeline</h2><p>The pier was built in 1911 and widened twice since then.</p>"
               "</article></body></html>",
               &bl);
    assert_dropped(&bl, "You may like");
    assert_dropped(&bl, "two early crossings");
    assert_dropped(&bl, "Skippers brought");
    assert_dropped(&bl, "More from Harbour News");
    assert_dropped(&bl, "new harbour master");
    assert_kept(&bl, "Timeline");
    assert_kept(&bl, "built in 1911");
    assert_kept(&bl, "Local traders");
    newsclean_blocks_free(&bl);
}
END_TEST

/* Articles nested in the article, each titled by a link elsewhere, are teasers for other
 * stories; the article's own text around them stays. */
START_TEST(nested_article_teasers_dropped)
{
    newsclean_blocks bl;
    score_page("<html><body><article><h1>Eastern pier to close</h1>"
               "<p>" P1 "</p><p>" P2 "</p><p>" P3 "</p><p>" P4 "</p>"
               "<p>The authority will publish the full inspection report next week, it said "
               "in a statement on Thursday evening.</p>"
               "<div><article><h3><a href=/a>Ferry timetable changes</a></h3><p>The summer "
               "timetable adds two early crossings and drops the last boat.</p></article>"
               "<article><h3><a href=/b>Fishing fleet back early</a></h3><p>Skippers brought "
               "their boats home a week early as storms closed in.</p></article></div>"
               "</article></body></html>",
               &bl);
    assert_dropped(&bl, "two early crossings");
    assert_dropped(&bl, "Skippers brought");
    assert_kept(&bl, "full inspection report");
    assert_kept(&bl, "Local traders");
    newsclean_blocks_free(&bl);
}
END_TEST

/* A button left open with a <div> open inside it: libxml2 ignores its end tag and puts the
 * rest of the page inside the button, which must not take the article with it. */
START_TEST(button_left_open_keeps_page)
{
    newsclean_blocks bl;
    score_page("<html><body><header role=banner><div class=menu-box><button class=menu-button>"
               "<span>Menu</span><div class=inner><div></button></div><a href=/>Home</a>"
               "<main><article><h1>Eastern pier to close</h1>"
               "<p>" P1 "</p><p>" P2 "</p><p>" P3 "</p><p>" P4 "</p>"
               "</article></main></header></body></html>",
               &bl);
    assert_kept(&bl, "eastern pier will close");
    assert_kept(&bl, "Local traders");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(real_button_dropped)
{
    newsclean_blocks bl;
    score_page("<html><body><article><h1>Eastern pier to close</h1><button>Listen to this "
               "story, read aloud for you in full.</button>"
               "<p>" P1 "</p><p>" P2 "</p><p>" P3 "</p><p>" P4 "</p></article></body></html>",
               &bl);
    assert_absent(&bl, "Listen to this");
    assert_kept(&bl, "Local traders");
    newsclean_blocks_free(&bl);
}
END_TEST

/* A page builder names every box "widget": the boxes holding the article are the layout,
 * not chrome, while a menu named the same way still goes by its links. */
#define WIDGET(text)                                                                               \
    "<div class=\"builder-widget-wrap\"><div class=\"builder-widget\"><p>" text "</p></div></div>"
START_TEST(layout_widget_names_not_chrome)
{
    newsclean_blocks bl;
    score_page(
        "<html><body><div class=\"builder-widget-wrap\"><ul class=\"widget-menu\">"
        "<li><a href=/a>Harbour news</a></li><li><a href=/b>Ferries</a></li>"
        "<li><a href=/c>Traders</a></li><li><a href=/d>Contact us</a></li></ul></div>"
        "<h1>Eastern pier to close</h1>" WIDGET(P1) WIDGET(P2) WIDGET(P3) WIDGET(P4) WIDGET(
            "The authority will publish the full inspection report next week, it said "
            "in a statement on Thursday evening.") WIDGET("Repairs to the supports are expected to "
                                                          "cost about four million, paid "
                                                          "for out of the port's own maintenance "
                                                          "reserve.")
            WIDGET("The pier was last rebuilt thirty years ago, after a winter storm tore "
                   "away part of its deck and two of its cranes.")
                WIDGET("Cargo ships that berth on the eastern side will be sent to the northern "
                       "quay, which has room for two vessels at a time.")
                    WIDGET("The harbour master said the closure would be reviewed every fortnight "
                           "and lifted early if the inspections allowed it.")
                        WIDGET(
                            "Passengers with tickets for the eastern terminal can use them at the "
                            "western one without paying anything more for the change.")
                            WIDGET(
                                "A public meeting on the repairs will be held at the town hall on "
                                "the "
                                "first Monday of next month, starting at seven.") "</body></html>",
        &bl);
    assert_kept(&bl, "eastern pier will close");
    assert_kept(&bl, "public meeting on the repairs");
    assert_dropped(&bl, "Contact us");
    newsclean_blocks_free(&bl);
}
END_TEST

/* The same names on a page whose article stands outside them: a box of other stories so
 * named stays chrome. */
START_TEST(widget_named_teasers_stay_chrome)
{
    newsclean_blocks bl;
    score_page("<html><body><div class=\"post-body\"><h1>Eastern pier to close</h1>"
               "<p>" P1 "</p><p>" P2 "</p><p>" P3 "</p><p>" P4 "</p>"
               "<p>The authority will publish the full inspection report next week, it said "
               "in a statement on Thursday evening.</p></div>" WIDGET(
                   "Fishing fleet back early: skippers brought their boats home a week early "
                   "as storms closed in.")
                   WIDGET("Ferry timetable changes: the summer timetable adds two early crossings "
                          "and drops the last boat.") "</body></html>",
               &bl);
    assert_kept(&bl, "Local traders");
    assert_dropped(&bl, "Fishing fleet back early");
    assert_dropped(&bl, "Ferry timetable changes");
    newsclean_blocks_free(&bl);
}
END_TEST
#undef WIDGET

/* Links wrapping a heading, a blurb and a time after the article's text are cards for
 * other stories; cards amid the text are the article's own items; a page of cards alone
 * is a list and keeps them. */
#define CARD(h, p) "<a href=/x class=card><h3>" h "</h3><p>" p "</p><time>2 May 2024</time></a>"
START_TEST(trailing_card_links_dropped)
{
    newsclean_blocks bl;
    score_page("<html><body><div class=story><h1>Eastern pier to close</h1>"
               "<p>" P1 "</p><p>" P2 "</p><p>" P3 "</p><p>" P4 "</p>"
               "<p>The authority will publish the full inspection report next week, it said "
               "in a statement on Thursday evening.</p>"
               "<div>" CARD("Ferry timetable changes",
                            "The summer timetable adds two early "
                            "crossings and drops the last boat of the day.")
                   CARD("Fishing fleet back early",
                        "Skippers brought their boats home a week "
                        "early as storms closed in on the coast.") "</div></div></body></html>",
               &bl);
    assert_dropped(&bl, "two early crossings");
    assert_dropped(&bl, "Skippers brought");
    assert_kept(&bl, "full inspection report");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(card_links_amid_text_kept)
{
    newsclean_blocks bl;
    score_page("<html><body><div class=story><h1>Three ferry routes compared</h1>"
               "<p>" P1 "</p><p>" P2 "</p>"
               "<div>" CARD("The northern route", "Two crossings a day, the slowest boat, but "
                                                  "the cheapest fare for cars and vans.")
                   CARD("The western route",
                        "Hourly crossings in summer on a fast catamaran "
                        "that takes foot passengers only.") "</div>"
                                                            "<p>" P3 "</p><p>" P4
                                                            "</p></div></body></html>",
               &bl);
    assert_kept(&bl, "cheapest fare");
    assert_kept(&bl, "fast catamaran");
    assert_kept(&bl, "Local traders");
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(page_of_cards_keeps_them)
{
    newsclean_blocks bl;
    score_page(
        "<html><body><div class=list><h1>Harbour news</h1>" CARD(
            "Ferry timetable changes", "The summer timetable adds two early "
                                       "crossings and drops the last boat of the day.")
            CARD("Fishing fleet back early",
                 "Skippers brought their boats home a week "
                 "early as storms closed in on the coast.") "<p>Stories from the harbour, updated "
                                                            "every morning by the news desk.</p>"
                                                            "</div></body></html>",
        &bl);
    assert_kept(&bl, "two early crossings");
    assert_kept(&bl, "Skippers brought");
    newsclean_blocks_free(&bl);
}
END_TEST
#undef CARD

/* A page carrying its article twice (a second layout) gives it once; a paragraph that
 * repeats on its own is the text's. */
#define LONG1                                                                                      \
    "The harbour authority confirmed on Thursday that the eastern pier will close for repairs "    \
    "next month."
#define LONG2                                                                                      \
    "Engineers found cracks in three of the concrete supports during a routine inspection last "   \
    "winter."
#define LONG3                                                                                      \
    "Ferries will use the western terminal until the work is finished, probably in the late "      \
    "spring."
START_TEST(second_copy_of_article_dropped)
{
    newsclean_blocks bl;
    score_page("<html><body><div class=story><h1>Eastern pier to close</h1>"
               "<div class=wide><p>" LONG1 "</p><p>" LONG2 "</p><p>" LONG3 "</p><p>" P4 "</p></div>"
               "<div class=narrow><p>" LONG1 "</p><p>" LONG2 "</p><p>" LONG3 "</p><p>" P4
               "</p></div>"
               "</div></body></html>",
               &bl);
    size_t kept = 0;
    for (size_t i = 0; i < bl.n; i++)
        kept += bl.v[i].keep && strstr(bl.v[i].text, "concrete supports") != NULL;
    ck_assert_uint_eq(kept, 1);
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(repeated_single_paragraph_kept)
{
    newsclean_blocks bl;
    score_page("<html><body><div class=story><h1>Eastern pier to close</h1>"
               "<p>" LONG1 "</p><p>" LONG2 "</p><p>" LONG1 "</p><p>" LONG3 "</p><p>" LONG1 "</p>"
               "</div></body></html>",
               &bl);
    size_t kept = 0;
    for (size_t i = 0; i < bl.n; i++)
        kept += bl.v[i].keep && strstr(bl.v[i].text, "eastern pier will close") != NULL;
    ck_assert_uint_eq(kept, 3);
    newsclean_blocks_free(&bl);
}
END_TEST
#undef LONG1
#undef LONG2
#undef LONG3

/* A text dump's lines as its stage leaves them for scoring (blocks.h): a headline it
 * settled, a core of two paragraphs, a table's cells, 'after' (a paragraph whose value the
 * dump's stage gave it, 'value'), a comment-section heading and a comment. */
static void
dump_lines(newsclean_blocks *bl, double value)
{
    static const struct {
        const char *text;
        newsclean_block_kind kind;
        unsigned flags;
        double score;
        bool keep;
    } lines[] = {
        {"Winter timetable for the island ferry", NEWSCLEAN_BLOCK_LINE, NEWSCLEAN_BF_DUMP_SET, -2,
         false},
        {"The island ferry will run fewer crossings from November, the operator said.",
         NEWSCLEAN_BLOCK_LINE, NEWSCLEAN_BF_DUMP_CORE, 30, true},
        {"Residents asked for the first morning crossing to stay, and it will on weekdays.",
         NEWSCLEAN_BLOCK_LINE, NEWSCLEAN_BF_DUMP_CORE, 28, true},
        {"Crossing", NEWSCLEAN_BLOCK_LINE, 0, -2, false},
        {"06:10", NEWSCLEAN_BLOCK_LINE, 0, -2, false},
        {"www.example.org/timetable", NEWSCLEAN_BLOCK_LINE, NEWSCLEAN_BF_DUMP_CHROME, -5, false},
        {"Weekday sailings stay as they are", NEWSCLEAN_BLOCK_LIST_ITEM, 0, -2, false},
        {"Fares stay the same, and season tickets bought before October remain valid.",
         NEWSCLEAN_BLOCK_LINE, 0, 0, false},
        {"Comments", NEWSCLEAN_BLOCK_LINE, NEWSCLEAN_BF_DUMP_END | NEWSCLEAN_BF_DUMP_SET, -25,
         false},
        {"About time the late sailings went, they were always empty anyway.", NEWSCLEAN_BLOCK_LINE,
         0, 10, false},
    };
    newsclean_blocks_init(bl);
    size_t root;
    ck_assert(newsclean_blocks_add_container(bl, NEWSCLEAN_NO_CONTAINER, "text", 0, &root));
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        ck_assert(newsclean_blocks_add(bl, lines[i].text, strlen(lines[i].text), lines[i].kind, 0,
                                       (unsigned)i + 1, lines[i].flags, root, 0));
        newsclean_block *b = &bl->v[bl->n - 1];
        b->score = strncmp(b->text, "Fares", 5) == 0 ? value : lines[i].score;
        b->keep = lines[i].keep;
        b->reason = b->keep ? "prose core" : "outside core";
    }
}

/* A run of short lines (a table) ends a dump's core; the paragraph after it joins the
 * core when it outweighs the run, with the list item among them, and the search stops at
 * the comment section. Cells, and a URL line, stay out. */
START_TEST(dump_stretch_joins_core)
{
    newsclean_blocks bl;
    dump_lines(&bl, 20);
    ck_assert_int_eq(newsclean_score_text_blocks(ex, &bl, 0), NEWSCLEAN_OK);
    assert_kept(&bl, "fewer crossings");
    assert_kept(&bl, "Fares stay the same");
    ck_assert_str_eq(block_with(&bl, "Fares stay")->reason, "joins the core");
    assert_kept(&bl, "Weekday sailings");
    assert_dropped(&bl, "Crossing");
    assert_dropped(&bl, "06:10");
    assert_dropped(&bl, "www.example.org");
    assert_dropped(&bl, "Winter timetable");
    assert_dropped(&bl, "About time");
    newsclean_blocks_free(&bl);
}
END_TEST

/* The same paragraph weighing less than the short lines before it leaves the stretch out. */
START_TEST(dump_light_stretch_stays_out)
{
    newsclean_blocks bl;
    dump_lines(&bl, 9);
    ck_assert_int_eq(newsclean_score_text_blocks(ex, &bl, 0), NEWSCLEAN_OK);
    assert_kept(&bl, "fewer crossings");
    assert_dropped(&bl, "Fares stay the same");
    assert_dropped(&bl, "Weekday sailings");
    newsclean_blocks_free(&bl);
}
END_TEST

/* The walk must make one block of 'html', with the text 'want'. */
static void
assert_block_text(const char *html, const char *want)
{
    newsclean_blocks bl;
    xmlDocPtr doc = NULL;
    newsclean_blocks_init(&bl);
    ck_assert_int_eq(newsclean_dom_parse(html, strlen(html), NULL, &doc), NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_dom_to_blocks(ex, doc, &bl), NEWSCLEAN_OK);
    xmlFreeDoc(doc);
    ck_assert_uint_eq(bl.n, 1);
    ck_assert_str_eq(bl.v[0].text, want);
    newsclean_blocks_free(&bl);
}

START_TEST(sibling_boxes_keep_their_words_apart)
{
    /* A product card's brand and name, each in its own box. */
    assert_block_text("<html><body><h3><span class=\"brand\">Tallgrass</span>"
                      "<span class=\"name\">Ridge 4 Low Hiker</span></h3></body></html>",
                      "Tallgrass Ridge 4 Low Hiker");
    /* A run of tag links written with nothing between them. */
    assert_block_text("<html><body><p><a href=\"/t/maps\">Field Maps</a><a href=\"/t/gps\">"
                      "Trail Logging</a><a href=\"/t/data\">Open Data</a></p></body></html>",
                      "Field Maps Trail Logging Open Data");
    /* Framework comments between the boxes do not join them either. */
    assert_block_text("<html><body><p><span>Price</span><!-- --><span><span>EUR</span>"
                      "<!-- --><span>17.07</span></span></p></body></html>",
                      "Price EUR 17.07");
    /* Latin and Cyrillic letters and digits meet the same way. */
    assert_block_text("<html><body><p><span>Привет</span><span>мир</span>"
                      "<span>Zürich</span><span>2025</span></p></body></html>",
                      "Привет мир Zürich 2025");
}
END_TEST

START_TEST(words_split_across_elements_stay_whole)
{
    /* A drop cap, and a word an editor's style spans cut after one letter. */
    assert_block_text("<html><body><p><span class=\"drop\">S</span><span>unshine fell on "
                      "the truck s</span><span>ped away</span></p></body></html>",
                      "Sunshine fell on the truck sped away");
    assert_block_text("<html><body><p><b>T</b><b>he</b> council <em>met</em>on time</p>"
                      "</body></html>",
                      "The council meton time");
    /* Text after an element is the same word: <em>un</em>usual. */
    assert_block_text("<html><body><p><em>un</em>usual and <a href=\"/x\">link</a>ed"
                      "</p></body></html>",
                      "unusual and linked");
    /* Highlighting spans inside code split one token. */
    assert_block_text("<html><body><p>Call <code><span class=\"n\">parse</span>"
                      "<span class=\"n\">Args</span></code> first</p></body></html>",
                      "Call parseArgs first");
    /* A number and its unit, each in its own element, read as one. */
    assert_block_text("<html><body><p><span>Protein:</span> <span>31</span><span>g</span> "
                      "<span>Energy:</span> <span>291</span><span>kcal</span></p></body></html>",
                      "Protein: 31g Energy: 291kcal");
    /* Scripts written without spaces get none. */
    assert_block_text("<html><body><p><span>東京</span><span>大阪</span>"
                      "<span>กรุงเทพ</span><span>มหานคร</span></p></body></html>",
                      "東京大阪กรุงเทพมหานคร");
}
END_TEST

static Suite *
score_suite(void)
{
    Suite *s = suite_create("score");
    TCase *tc = tcase_create("dom");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, dom_blocks_and_kinds);
    tcase_add_test(tc, dom_skips_pruned);
    tcase_add_test(tc, dom_empty_document);
    tcase_add_test(tc, depth_limit_bounds_walk);
    suite_add_tcase(s, tc);

    tc = tcase_create("article");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, article_among_chrome);
    tcase_add_test(tc, article_split_around_ad);
    tcase_add_test(tc, article_split_no_names);
    tcase_add_test(tc, br_separated_runs);
    tcase_add_test(tc, wrapper_with_chrome_name);
    tcase_add_test(tc, form_inside_article_is_wrapper);
    tcase_add_test(tc, comments_inside_article_stay_chrome);
    tcase_add_test(tc, single_paragraph_page);
    suite_add_tcase(s, tc);

    tc = tcase_create("no_article");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, front_page_keeps_nothing);
    tcase_add_test(tc, front_page_teaser_cards);
    tcase_add_test(tc, tiny_page_kept_whole);
    tcase_add_test(tc, tiny_page_of_headings);
    tcase_add_test(tc, short_page_without_article_keeps_nothing);
    suite_add_tcase(s, tc);

    tc = tcase_create("inside_article");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, caption_dropped);
    tcase_add_test(tc, caption_by_class_dropped);
    tcase_add_test(tc, lead_beside_headline_kept);
    tcase_add_test(tc, lead_set_bare_in_box_dropped);
    tcase_add_test(tc, no_lead_without_headline_nearby);
    tcase_add_test(tc, dek_heading_beside_headline_kept);
    tcase_add_test(tc, lead_in_teaser_box_under_h2);
    tcase_add_test(tc, credited_caption_dropped);
    tcase_add_test(tc, prose_heading_kept);
    tcase_add_test(tc, share_prompt_dropped);
    tcase_add_test(tc, prose_opening_with_ui_word_kept);
    tcase_add_test(tc, related_label_drops_its_section);
    tcase_add_test(tc, nested_article_teasers_dropped);
    tcase_add_test(tc, button_left_open_keeps_page);
    tcase_add_test(tc, real_button_dropped);
    tcase_add_test(tc, layout_widget_names_not_chrome);
    tcase_add_test(tc, widget_named_teasers_stay_chrome);
    tcase_add_test(tc, trailing_card_links_dropped);
    tcase_add_test(tc, card_links_amid_text_kept);
    tcase_add_test(tc, page_of_cards_keeps_them);
    tcase_add_test(tc, second_copy_of_article_dropped);
    tcase_add_test(tc, repeated_single_paragraph_kept);
    suite_add_tcase(s, tc);

    tc = tcase_create("dump_lines");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, dump_stretch_joins_core);
    tcase_add_test(tc, dump_light_stretch_stays_out);
    suite_add_tcase(s, tc);

    tc = tcase_create("inline_text");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, sibling_boxes_keep_their_words_apart);
    tcase_add_test(tc, words_split_across_elements_stay_whole);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(score_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
