/* test_meta.c: unit tests for lib/meta.c: site-name stripping, byline cleaning, and the
 * metadata chosen from small invented pages (headline, site, language, URL, summary). */
#include "meta.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "byline.h"
#include "dom.h"
#include "headline.h"
#include "score.h"

/* ---- strip_site ---------------------------------------------------------------------- */

/* The title with the site name stripped, as a new string. */
static char *
stripped(const char *title, const char *site)
{
    size_t start = 99;
    size_t n = newsclean_headline_strip_site(title, strlen(title), site, &start);
    ck_assert_uint_le(start + n, strlen(title));
    char *r = malloc(n + 1);
    ck_assert_ptr_nonnull(r);
    memcpy(r, title + start, n);
    r[n] = '\0';
    return r;
}

static void
assert_stripped(const char *title, const char *site, const char *want)
{
    char *got = stripped(title, site);
    ck_assert_msg(strcmp(got, want) == 0, "strip_site(\"%s\", %s) = \"%s\", want \"%s\"", title,
                  site ? site : "NULL", got, want);
    free(got);
}

START_TEST(strip_suffix_known_site)
{
    assert_stripped("Headline | Site", "Site", "Headline");
    assert_stripped("Headline - Site Name", "Site Name", "Headline");
    assert_stripped("Headline \xE2\x80\x93 Site Name", "site name", "Headline");
}
END_TEST

START_TEST(strip_suffix_unknown_site)
{
    /* A short tail after a last separator, with a headline of some length before it. */
    assert_stripped("Council approves new budget | The Daily Example", NULL,
                    "Council approves new budget");
    assert_stripped("Council approves new budget - Example News", NULL,
                    "Council approves new budget");
    assert_stripped("Pier closes after cracks found \xE2\x80\x94 Harbour Times", NULL,
                    "Pier closes after cracks found");
    assert_stripped("Storm warning for the weekend \xC2\xB7 Coast Radio", NULL,
                    "Storm warning for the weekend");
}
END_TEST

START_TEST(strip_lowercase_site)
{
    /* The site as its domain without the ending, and any short tail after a pipe. */
    assert_stripped("How to sew a round tablecloth in seven steps | harbourhome", "harbourhome.de",
                    "How to sew a round tablecloth in seven steps");
    assert_stripped("How to sew a round tablecloth in seven steps | harbour home", NULL,
                    "How to sew a round tablecloth in seven steps");
    /* After a dash a lower-case tail is the headline going on. */
    assert_stripped("Pier closes for repairs - an update from the harbour", NULL,
                    "Pier closes for repairs - an update from the harbour");
    /* A site name that only starts like the tail is another name. */
    assert_stripped("Pier closes for repairs - harbour", "harbourtimes",
                    "Pier closes for repairs - harbour");
}
END_TEST

START_TEST(strip_only_last_separator)
{
    /* Only the site's own separator goes; a separator inside the headline stays. */
    assert_stripped("Covid-19 - the facts | Example News", NULL, "Covid-19 - the facts");
    assert_stripped("Budget: what changes - and when | Example News", "Example News",
                    "Budget: what changes - and when");
}
END_TEST

START_TEST(strip_keeps_dashed_headline)
{
    /* A hyphen inside a word is no separator, and a short title is not cut. */
    assert_stripped("Covid-19 - the facts", NULL, "Covid-19 - the facts");
    assert_stripped("Covid-19 vaccines: a long-awaited decision", NULL,
                    "Covid-19 vaccines: a long-awaited decision");
    assert_stripped("Jean-Luc Picard-Smith wins award", NULL, "Jean-Luc Picard-Smith wins award");
    /* The tail is too long to be a site name. */
    assert_stripped("Pier closes - engineers say the supports cracked over many years", NULL,
                    "Pier closes - engineers say the supports cracked over many years");
}
END_TEST

START_TEST(strip_known_site_holding_a_separator)
{
    /* The site's own name has a separator: the whole name goes, not its last part. */
    assert_stripped("Morning swim club opens - Coast Life - Outdoor Living",
                    "Coast Life - Outdoor Living", "Morning swim club opens");
    assert_stripped("Morning swim club opens | Coast Life | Outdoor Living",
                    "Coast Life | Outdoor Living", "Morning swim club opens");
}
END_TEST

START_TEST(strip_no_separator)
{
    assert_stripped("Council approves new budget", NULL, "Council approves new budget");
    assert_stripped("Council approves new budget", "Example News", "Council approves new budget");
    assert_stripped("", NULL, "");
    assert_stripped("Headline|Site", NULL, "Headline|Site");
}
END_TEST

START_TEST(strip_site_prefix_with_separator)
{
    assert_stripped("Example News | Council approves new budget", "Example News",
                    "Council approves new budget");
    assert_stripped("Example News - Pier closes", "Example News", "Pier closes");
    /* Without knowing the site, a prefix is not guessed. */
    assert_stripped("Example News | Pier closes", NULL, "Example News | Pier closes");
}
END_TEST

START_TEST(strip_site_prefix_with_colon)
{
    /* meta.h: a "Site: " prefix is removed as well, given the site name. */
    assert_stripped("Example News: Council approves new budget", "Example News",
                    "Council approves new budget");
}
END_TEST

START_TEST(strip_colon_headline_kept)
{
    /* A colon is part of many headlines; without a known site nothing is cut. */
    assert_stripped("Budget vote: council approves plan", NULL,
                    "Budget vote: council approves plan");
    assert_stripped("Brexit: what happens next", "Example News", "Brexit: what happens next");
}
END_TEST

/* ---- heading_len --------------------------------------------------------------------- */

static void
assert_heading(const char *heading, const char *want)
{
    size_t n = newsclean_headline_heading_len(heading, strlen(heading));
    ck_assert_msg(n == strlen(want) && !strncmp(heading, want, n),
                  "heading_len(\"%s\") keeps \"%.*s\", want \"%s\"", heading, (int)n, heading,
                  want);
}

static void
assert_case(const char *heading, const char *title, bool changed, const char *want)
{
    char buf[128];
    snprintf(buf, sizeof buf, "%s", heading);
    ck_assert_msg(newsclean_headline_take_case(buf, title) == changed && !strcmp(buf, want),
                  "take_case(\"%s\", \"%s\") = \"%s\", want \"%s\"", heading, title, buf, want);
}

START_TEST(take_case_of_title)
{
    /* One case only: the title's case, the title going on after a separator or not. */
    assert_case("history of coffee", "History of coffee | Origin, Spread | Site", true,
                "History of coffee");
    assert_case("BEGINNER HALF MARATHON PLAN", "Beginner Half Marathon Plan", true,
                "Beginner Half Marathon Plan");
    /* Mixed case: only from a title that is the heading's text alone. */
    assert_case("How much does a pier cost in 2025?", "How Much Does a Pier Cost In 2025?", true,
                "How Much Does a Pier Cost In 2025?");
    assert_case("The ultimate guide to piers", "The Ultimate Guide To Piers | Site", false,
                "The ultimate guide to piers");
    /* Other words, or the same words going on without a separator, change nothing. */
    assert_case("history of coffee", "History of coffee beans", false, "history of coffee");
    assert_case("history of tea", "History of coffee", false, "history of tea");
    assert_case("History of coffee", "History of coffee | Site", false, "History of coffee");
}
END_TEST

START_TEST(heading_pipe_tagline)
{
    /* A tagline, a part number or a site name after a pipe in the heading is cut. */
    assert_heading("Ten ways to cut your heating bill | Our winter guide",
                   "Ten ways to cut your heating bill");
    assert_heading("Walking the coast path | Part 2", "Walking the coast path");
    /* A short section path, a pipe inside quotes and a heading without one stay whole. */
    assert_heading("Reviews | Cars", "Reviews | Cars");
    assert_heading("Album review: \xE2\x80\x9CNorth | South\xE2\x80\x9D by the Tides",
                   "Album review: \xE2\x80\x9CNorth | South\xE2\x80\x9D by the Tides");
    assert_heading("Harbour repairs begin next week", "Harbour repairs begin next week");
    assert_heading("Harbour repairs begin next week |", "Harbour repairs begin next week |");
}
END_TEST

/* ---- clean_byline -------------------------------------------------------------------- */

static void
assert_byline(const char *in, const char *want)
{
    char buf[256];
    strcpy(buf, in);
    size_t n = newsclean_byline_clean(buf, strlen(buf));
    ck_assert_uint_eq(n, strlen(buf));
    ck_assert_msg(strcmp(buf, want) == 0, "clean_byline(\"%s\") = \"%s\", want \"%s\"", in, buf,
                  want);
}

START_TEST(byline_prefixes)
{
    assert_byline("By Jane Doe", "Jane Doe");
    assert_byline("by jane doe", "jane doe");
    assert_byline("BY JANE DOE", "JANE DOE");
    assert_byline("von Max Muster", "Max Muster");
    assert_byline("Von Max Muster", "Max Muster");
    assert_byline("Par \xC3\x89lodie Garnier |", "\xC3\x89lodie Garnier");
    assert_byline("Por Luc\xC3\xAD"
                  "a Fern\xC3\xA1ndez",
                  "Luc\xC3\xAD"
                  "a Fern\xC3\xA1ndez");
    assert_byline("Door Sanne de Vries", "Sanne de Vries");
    assert_byline("Written by Sam Lee, ", "Sam Lee");
    assert_byline("Posted by admin -", "admin");
    assert_byline("Author: Kim Park", "Kim Park");
}
END_TEST

START_TEST(byline_separators)
{
    assert_byline("  By Jane Doe  ", "Jane Doe");
    assert_byline("| Jane Doe |", "Jane Doe");
    assert_byline("- Jane Doe, Tom Roe,", "Jane Doe, Tom Roe");
    assert_byline("Jane Doe:", "Jane Doe");
    assert_byline("", "");
    assert_byline(" | ", "");
}
END_TEST

START_TEST(byline_names_untouched)
{
    /* Names that merely begin with a prefix's letters stay whole. */
    assert_byline("Jane Doe", "Jane Doe");
    assert_byline("Byron Smith", "Byron Smith");
    assert_byline("Vonda Shepard", "Vonda Shepard");
    assert_byline("Pardeep Singh", "Pardeep Singh");
    assert_byline("Doorn Bakker", "Doorn Bakker");
}
END_TEST

START_TEST(byline_prefix_with_colon)
{
    /* meta.h: a leading "By" is stripped; "By:" is the same word with a colon. */
    assert_byline("By: Jane Doe", "Jane Doe");
    assert_byline("Von: Max Muster", "Max Muster");
}
END_TEST

/* ---- meta_from_html ------------------------------------------------------------------ */

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

/* Run the HTML stages up to metadata, as the API does. */
static void
meta_of(const char *html, const char *url, newsclean_meta *m)
{
    xmlDocPtr doc = NULL;
    newsclean_blocks bl;
    newsclean_blocks_init(&bl);
    memset(m, 0, sizeof *m);
    newsclean_page_facts facts;
    ck_assert(newsclean_facts_init(&facts, ex->dates, ex->max_depth));
    ck_assert_int_eq(newsclean_dom_parse(html, strlen(html), url, &doc), NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_dom_walk(ex, doc, &bl, NULL, &facts), NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_score_blocks(ex, &bl), NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_meta_from_facts(&facts, &bl, url, m), NEWSCLEAN_OK);
    char published[NEWSCLEAN_DATE_MAX], modified[NEWSCLEAN_DATE_MAX];
    bool modified_shown_alone;
    newsclean_dates_decide(facts.dates, url, published, modified, &modified_shown_alone);
    if (published[0])
        ck_assert(newsclean_meta_set(&m->timestamp, published, strlen(published)));
    if (modified[0])
        ck_assert(newsclean_meta_set(&m->modified, modified, strlen(modified)));
    newsclean_facts_free(&facts);
    xmlFreeDoc(doc);
    newsclean_blocks_free(&bl);
}

#define BODY_TEXT                                                                                  \
    "<p>The harbour authority confirmed on Thursday that the eastern pier will close for "         \
    "repairs.</p><p>Engineers found cracks in three of the concrete supports during a routine "    \
    "inspection.</p><p>Ferries will use the western terminal until the work is finished.</p>"

static void
assert_opt_str(const char *got, const char *want, const char *what)
{
    if (!want) {
        ck_assert_msg(got == NULL, "%s: got \"%s\", want NULL", what, got);
        return;
    }
    ck_assert_msg(got != NULL, "%s: got NULL, want \"%s\"", what, want);
    ck_assert_msg(strcmp(got, want) == 0, "%s: got \"%s\", want \"%s\"", what, got, want);
}

START_TEST(headline_og_title_with_site_and_h1)
{
    newsclean_meta m;
    meta_of("<html><head><title>Eastern pier to close for repairs | Harbour Times</title>"
            "<meta property=\"og:title\" content=\"Eastern pier to close for repairs | Harbour "
            "Times\"></head><body><article><h1>Eastern pier to close for repairs</h1>" BODY_TEXT
            "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Eastern pier to close for repairs", "headline");
    assert_opt_str(m.site, "Harbour Times", "site");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(headline_short_og_title_with_site_and_h1)
{
    /* newsclean.h: the headline comes "without a site-name suffix". The h1 is the
     * og:title less its suffix, so the two agree and the h1's form is the headline. */
    newsclean_meta m;
    meta_of("<html><head><title>Headline | Site</title>"
            "<meta property=\"og:title\" content=\"Headline | Site\"></head><body><article>"
            "<h1>Headline</h1>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Headline", "headline");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(headline_og_title_without_h1)
{
    newsclean_meta m;
    meta_of("<html><head><meta property=\"og:title\" content=\"Eastern pier to close for "
            "repairs | Harbour Times\"><meta property=\"og:site_name\" content=\"Harbour "
            "Times\"></head><body><article>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Eastern pier to close for repairs", "headline");
    assert_opt_str(m.site, "Harbour Times", "site");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(headline_h1_over_reworded_og_title)
{
    /* The og:title rewords the headline for search and no heading says it: the h1 in
     * the header over the article is what readers see. */
    newsclean_meta m;
    meta_of("<html><head><title>Pier repairs: what ferry users need to know | Harbour Times"
            "</title><meta property=\"og:title\" content=\"Pier repairs: what ferry users "
            "need to know\"></head><body><header><h1>Eastern pier to close for repairs</h1>"
            "</header><article>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Eastern pier to close for repairs", "headline");
    newsclean_meta_clear(&m);
    /* The same h1 after the article's text has begun is no headline of it. */
    meta_of("<html><head><meta property=\"og:title\" content=\"Pier repairs: what ferry "
            "users need to know\"></head><body><article>" BODY_TEXT
            "<h1>Eastern pier to close for repairs</h1>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Pier repairs: what ferry users need to know", "headline");
    newsclean_meta_clear(&m);
    /* A two-word h1 is a section's or the site's name, not a headline. */
    meta_of("<html><head><meta property=\"og:title\" content=\"Pier repairs: what ferry "
            "users need to know\"></head><body><header><h1>Harbour "
            "news</h1></header><article>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Pier repairs: what ferry users need to know", "headline");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(headline_h1_pipe_tagline)
{
    /* The h1 repeats the declared title, tagline and all: the headline stops at the pipe
     * (and the copy of the heading in the body goes with it). */
    newsclean_meta m;
    meta_of(
        "<html><head><title>Road gritting explained | Winter roads | County Gazette"
        "</title></head><body><article><h1>Road gritting explained | Winter roads</h1>" BODY_TEXT
        "</article></body></html>",
        NULL, &m);
    assert_opt_str(m.headline, "Road gritting explained", "headline");
    newsclean_meta_clear(&m);
    /* A reworded og:title and an h1 over the article: the h1 less its tagline, a
     * character reference escaped twice read as its character. */
    meta_of("<html><head><meta property=\"og:title\" content=\"How the county keeps roads "
            "open\"></head><body><header><h1>Salt &amp;#x26; frost: road gritting explained | "
            "Winter roads</h1></header><article>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Salt & frost: road gritting explained", "headline");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(headline_title_pushed_into_body)
{
    /* Stray text in <head> makes the parser open <body> before the <title>: the title is
     * the page's all the same. */
    newsclean_meta m;
    meta_of("<html><head><meta charset=\"utf-8\">&nbsp;<title>Eastern pier to close for "
            "repairs | Harbour Times</title></head><body><article>" BODY_TEXT
            "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Eastern pier to close for repairs", "headline");
    newsclean_meta_clear(&m);
    /* The <title> of an icon drawn in <svg> names the icon, not the page. */
    meta_of("<html><head></head><body><svg><title>Search the site</title></svg><article>" BODY_TEXT
            "</article></body></html>",
            NULL, &m);
    ck_assert_ptr_null(m.headline);
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(headline_blog_title_is_site)
{
    newsclean_meta m;
    meta_of("<html><head><title>Jane's Garden Notes</title></head><body>"
            "<div class=\"blog-header\"><a href=\"/\">Jane's Garden Notes</a></div>"
            "<div class=\"post\"><h1>Planting tomatoes early in a cold spring</h1>" BODY_TEXT
            "</div></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Planting tomatoes early in a cold spring", "headline");
    newsclean_meta_clear(&m);

    /* The site name declared and equal to the title: the h1 wins however short. */
    meta_of("<html><head><title>Jane's Garden Notes</title><meta property=\"og:site_name\" "
            "content=\"Jane's Garden Notes\"></head><body><div class=\"post\"><h1>Tomato "
            "time</h1>" BODY_TEXT "</div></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Tomato time", "headline");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(headline_jsonld)
{
    newsclean_meta m;
    meta_of("<html><head><title>Harbour Times</title><script type=\"application/ld+json\">"
            "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":"
            "\"Eastern pier to close\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
            "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour Times\"}}</script>"
            "</head><body><article>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Eastern pier to close", "headline");
    assert_opt_str(m.byline, "Jane Doe", "byline");
    assert_opt_str(m.site, "Harbour Times", "site");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(headline_jsonld_escaped_twice)
{
    /* The JSON-LD string carries an HTML-escaped reference; the og:title is plain and
     * the h1 has the parser's decoding: all three are the same headline. */
    newsclean_meta m;
    meta_of("<html><head><title>Harbour Times</title><script type=\"application/ld+json\">"
            "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":"
            "\"And finally&amp;#8230; the pier reopens &amp;amp; ferries return\"}</script>"
            "</head><body><article><h1>And finally&#8230; the pier reopens &amp; ferries "
            "return</h1>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "And finally\xE2\x80\xA6 the pier reopens & ferries return",
                   "headline");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(headline_jsonld_wrapped)
{
    /* XHTML-minded pages wrap the script's JSON in CDATA or a comment. */
    static const char *const wrapped[] = {
        "\n  <![CDATA[\n{\"@type\":\"NewsArticle\",\"headline\":\"Eastern pier to close\","
        "\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}\n]]>\n",
        "<!-- {\"@type\":\"NewsArticle\",\"headline\":\"Eastern pier to close\","
        "\"author\":\"Jane Doe\"} -->"};
    for (size_t i = 0; i < sizeof wrapped / sizeof wrapped[0]; i++) {
        newsclean_meta m;
        char html[1024];
        snprintf(html, sizeof html,
                 "<html><head><title>Harbour Times</title><script type=\"application/ld+json\">"
                 "%s</script></head><body><article>" BODY_TEXT "</article></body></html>",
                 wrapped[i]);
        meta_of(html, NULL, &m);
        assert_opt_str(m.headline, "Eastern pier to close", "headline");
        assert_opt_str(m.byline, "Jane Doe", "byline");
        newsclean_meta_clear(&m);
    }
}
END_TEST

START_TEST(headline_jsonld_name_is_publisher)
{
    /* The article's JSON-LD "name" is the publisher's name, which the <title>'s suffix
     * contains: the "headline" is still the title. */
    newsclean_meta m;
    meta_of("<html><head><title>Pier to close for repairs next week - Harbour Times</title>"
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"name\":"
            "\"Harbour Times\",\"headline\":\"Eastern pier to close for repairs\","
            "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour Times\"}}</script>"
            "</head><body><article>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Eastern pier to close for repairs", "headline");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(headline_title_cut_mid_word)
{
    /* The <title> is cut at a fixed length in the middle of a word, with the site's name
     * after it; the h1 has the headline whole. */
    newsclean_meta m;
    meta_of("<html><head><title>Eastern pier to close for repairs after engineers find cra | "
            "Harbour Times</title></head><body><article><h1>Eastern pier to close for repairs "
            "after engineers find cracks</h1>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Eastern pier to close for repairs after engineers find cracks",
                   "headline");
    newsclean_meta_clear(&m);
    /* Cut between words, the title is the headline and what follows the heading's own
     * tagline: the title, less its site, stays. */
    meta_of("<html><head><title>Eastern pier to close for repairs after engineers find | "
            "Harbour Times</title></head><body><article><h1>Eastern pier to close for repairs "
            "after engineers find / Part 2</h1>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Eastern pier to close for repairs after engineers find",
                   "headline");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(headline_case_from_title)
{
    /* An h1 in lower case only takes the case of the <title> that begins with it. */
    newsclean_meta m;
    meta_of("<html><head><title>History of the harbour | Origins, Piers and Ferries | Harbour "
            "Times</title></head><body><article><h1>history of the harbour</h1>" BODY_TEXT
            "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "History of the harbour", "headline");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(headline_truncated_declaration)
{
    /* The JSON-LD headline is cut short with an ellipsis; the h1 has it whole. */
    newsclean_meta m;
    meta_of("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            "\"headline\":\"Eastern pier to close for repairs after engineers...\"}</script>"
            "</head><body><article><h1>Eastern pier to close for repairs after engineers find "
            "cracks</h1>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Eastern pier to close for repairs after engineers find cracks",
                   "headline");
    newsclean_meta_clear(&m);
    /* A stem too short to be sure of stays as declared. */
    meta_of("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            "\"headline\":\"Eastern pier\xE2\x80\xA6\"}</script></head><body><article><h1>"
            "Eastern pier to close for repairs</h1>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Eastern pier\xE2\x80\xA6", "headline");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(headline_after_kept_kicker_lines)
{
    /* Short lines kept with the article (dateline, kicker, place) before its h1: the h1
     * still counts as the heading just before the text. */
    newsclean_meta m;
    meta_of("<html><head><meta property=\"og:title\" content=\"Eastern pier to close for "
            "repairs : 02.05.2023, 10.15\"></head><body><article><p>02.05.2023</p><p>10.15</p>"
            "<p>Harbour</p><p>Repairs</p><p>Ferries</p><h1>Eastern pier to close for "
            "repairs</h1>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Eastern pier to close for repairs", "headline");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(headline_title_only)
{
    newsclean_meta m;
    meta_of("<html><head><title>Eastern pier to close for repairs - Harbour Times</title></head>"
            "<body>" BODY_TEXT "</body></html>",
            NULL, &m);
    assert_opt_str(m.headline, "Eastern pier to close for repairs", "headline");
    /* No og:site_name: the site comes from the title's suffix. */
    assert_opt_str(m.site, "Harbour Times", "site");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(site_from_og_site_name)
{
    newsclean_meta m;
    meta_of("<html><head><title>Eastern pier to close | HT</title><meta property=\"og:site_name\""
            " content=\" Harbour   Times \"></head><body><h1>Eastern pier to close</h1>" BODY_TEXT
            "</body></html>",
            NULL, &m);
    assert_opt_str(m.site, "Harbour Times", "site"); /* whitespace collapsed */
    assert_opt_str(m.headline, "Eastern pier to close", "headline");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(language_from_html_lang)
{
    newsclean_meta m;
    meta_of("<html lang=\"de-DE\"><head><meta property=\"og:locale\" content=\"en_US\"></head>"
            "<body>" BODY_TEXT "</body></html>",
            NULL, &m);
    assert_opt_str(m.language, "de-DE", "language");
    newsclean_meta_clear(&m);
    meta_of(
        "<html><head><meta http-equiv=\"Content-Language\" content=\"fr\"></head><body>" BODY_TEXT
        "</body></html>",
        NULL, &m);
    assert_opt_str(m.language, "fr", "language");
    newsclean_meta_clear(&m);
    meta_of("<html><body>" BODY_TEXT "</body></html>", NULL, &m);
    assert_opt_str(m.language, NULL, "language");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(url_canonical_og_and_given)
{
    newsclean_meta m;
    meta_of(
        "<html><head><link rel=\"canonical\" href=\"https://news.example/pier-closes\">"
        "<meta property=\"og:url\" content=\"https://news.example/og/pier\"></head><body>" BODY_TEXT
        "</body></html>",
        "https://mirror.example/x", &m);
    assert_opt_str(m.url, "https://news.example/pier-closes", "url");
    newsclean_meta_clear(&m);
    meta_of("<html><head><meta property=\"og:url\" content=\"https://news.example/og/pier\">"
            "</head><body>" BODY_TEXT "</body></html>",
            "https://mirror.example/x", &m);
    assert_opt_str(m.url, "https://news.example/og/pier", "url");
    newsclean_meta_clear(&m);
    meta_of("<html><body>" BODY_TEXT "</body></html>", "https://mirror.example/x", &m);
    assert_opt_str(m.url, "https://mirror.example/x", "url");
    newsclean_meta_clear(&m);
    meta_of("<html><body>" BODY_TEXT "</body></html>", NULL, &m);
    assert_opt_str(m.url, NULL, "url");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(description)
{
    newsclean_meta m;
    meta_of("<html><head><meta name=\"description\" content=\"The eastern pier closes for "
            "repairs\n  after cracks were found.\"></head><body>" BODY_TEXT "</body></html>",
            NULL, &m);
    assert_opt_str(m.description, "The eastern pier closes for repairs after cracks were found.",
                   "description");
    newsclean_meta_clear(&m);
    meta_of("<html><head><meta property=\"og:description\" content=\"Short summary.\"></head>"
            "<body>" BODY_TEXT "</body></html>",
            NULL, &m);
    assert_opt_str(m.description, "Short summary.", "description");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(byline_visible_and_declared)
{
    newsclean_meta m;
    /* Only a visible byline: cleaned of its "By". */
    meta_of("<html><body><article><h1>Eastern pier to close</h1><p class=\"byline\">By Jane "
            "Doe</p>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.byline, "Jane Doe", "byline");
    newsclean_meta_clear(&m);
    /* Only a declared author. */
    meta_of("<html><head><meta name=\"author\" content=\"Desk Editor\"></head><body>" BODY_TEXT
            "</body></html>",
            NULL, &m);
    assert_opt_str(m.byline, "Desk Editor", "byline");
    newsclean_meta_clear(&m);
    /* The visible form wins where it prints the declared names ("A and B" for "A, B"). */
    meta_of("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            "\"author\":[{\"name\":\"Jane Doe\"},{\"name\":\"Tom Roe\"}]}</script></head>"
            "<body><article><p class=\"byline\">By Jane Doe and Tom Roe</p>" BODY_TEXT
            "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.byline, "Jane Doe and Tom Roe", "byline");
    newsclean_meta_clear(&m);
    /* The Open Graph article namespace written out in full. */
    meta_of("<html><head><meta property=\"og:article:author\" content=\"Harbour Desk\">"
            "</head><body>" BODY_TEXT "</body></html>",
            NULL, &m);
    assert_opt_str(m.byline, "Harbour Desk", "byline");
    newsclean_meta_clear(&m);
    /* A profile URL is no byline. */
    meta_of("<html><head><meta property=\"article:author\" content=\"https://social.example/jd\">"
            "</head><body>" BODY_TEXT "</body></html>",
            NULL, &m);
    assert_opt_str(m.byline, NULL, "byline");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(byline_without_role)
{
    newsclean_meta m;
    /* The job title sits in its own element beside the name. */
    meta_of("<html><body><article><h1>Eastern pier to close</h1><div class=\"author\"><a "
            "href=\"/staff/jd\">Jane Doe</a><div class=\"author-title\">Harbour Editor</div>"
            "</div>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.byline, "Jane Doe", "byline");
    newsclean_meta_clear(&m);
    /* The role's word may end where a capital begins a second word. */
    meta_of("<html><body><article><h1>Eastern pier to close</h1><div class=\"author\"><a "
            "href=\"/staff/jd\">Jane Doe</a><span id=\"jobTitle\">Harbour Editor</span>"
            "</div>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.byline, "Jane Doe", "byline");
    newsclean_meta_clear(&m);
    /* One declared name: the visible line can only add decoration to it. */
    meta_of("<html><head><meta name=\"author\" content=\"Jane Doe\"></head><body><article>"
            "<h1>Eastern pier to close</h1><p class=\"byline\">By Jane Doe Harbour Times "
            "Contributor</p>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.byline, "Jane Doe", "byline");
    newsclean_meta_clear(&m);
}
END_TEST

/* The visible byline of an article whose byline element holds 'line'. */
static void
assert_visible_byline(const char *line, const char *want)
{
    char html[1024];
    snprintf(html, sizeof html,
             "<html><body><article><h1>Eastern pier to close</h1><p class=\"byline\">%s</p>"
             "%s</article></body></html>",
             line, BODY_TEXT);
    newsclean_meta m;
    meta_of(html, NULL, &m);
    assert_opt_str(m.byline, want, line);
    newsclean_meta_clear(&m);
}

START_TEST(byline_colon)
{
    /* A label of a word or two before a colon: the names follow it. */
    assert_visible_byline("Interview: Jane Doe", "Jane Doe");
    assert_visible_byline("Auteur : Jane Doe", "Jane Doe");
    assert_visible_byline("Text und Interview: Jane Doe", "Jane Doe");
    assert_visible_byline("Artikel von: Von Jane Doe", "Jane Doe");
    /* A picture credit names no author. */
    assert_visible_byline("Foto: Jane Doe", NULL);
    assert_visible_byline("\320\244\320\276\321\202\320\276: Jane Doe", NULL);
    /* After the names a colon starts something else, with the word before it. */
    assert_visible_byline("Jane Doe Kategorien: Mode", "Jane Doe");
    /* Names hold no question or exclamation mark, nor a sum. */
    assert_visible_byline("Jane Doe Win $500 now", NULL);
    assert_visible_byline("Who is Jane Doe?", NULL);
}
END_TEST

START_TEST(byline_declared_cleaned)
{
    /* A declared author as the site typed it, "By" or "Von" included. */
    newsclean_meta m;
    meta_of("<html><head><meta name=\"author\" content=\"By Jane Doe\"></head><body>"
            "<article><h1>Eastern pier to close</h1>" BODY_TEXT "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.byline, "Jane Doe", "byline");
    newsclean_meta_clear(&m);
    meta_of("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            "\"author\":{\"@type\":\"Person\",\"name\":\"Von Jane Doe, dpa\"}}</script>"
            "</head><body><article><h1>Eastern pier to close</h1>" BODY_TEXT
            "</article></body></html>",
            NULL, &m);
    assert_opt_str(m.byline, "Jane Doe, dpa", "byline");
    newsclean_meta_clear(&m);
}
END_TEST

START_TEST(nothing_declared)
{
    newsclean_meta m;
    meta_of("<html><body>" BODY_TEXT "</body></html>", NULL, &m);
    assert_opt_str(m.headline, NULL, "headline");
    assert_opt_str(m.site, NULL, "site");
    assert_opt_str(m.byline, NULL, "byline");
    assert_opt_str(m.description, NULL, "description");
    assert_opt_str(m.timestamp, NULL, "timestamp");
    newsclean_meta_clear(&m);
}
END_TEST

static Suite *
meta_suite(void)
{
    Suite *s = suite_create("meta");
    TCase *tc = tcase_create("strip_site");
    tcase_add_test(tc, strip_suffix_known_site);
    tcase_add_test(tc, strip_suffix_unknown_site);
    tcase_add_test(tc, strip_only_last_separator);
    tcase_add_test(tc, strip_lowercase_site);
    tcase_add_test(tc, strip_keeps_dashed_headline);
    tcase_add_test(tc, strip_known_site_holding_a_separator);
    tcase_add_test(tc, strip_no_separator);
    tcase_add_test(tc, strip_site_prefix_with_separator);
    tcase_add_test(tc, strip_site_prefix_with_colon);
    tcase_add_test(tc, strip_colon_headline_kept);
    tcase_add_test(tc, heading_pipe_tagline);
    tcase_add_test(tc, take_case_of_title);
    suite_add_tcase(s, tc);

    tc = tcase_create("clean_byline");
    tcase_add_test(tc, byline_prefixes);
    tcase_add_test(tc, byline_separators);
    tcase_add_test(tc, byline_names_untouched);
    tcase_add_test(tc, byline_prefix_with_colon);
    suite_add_tcase(s, tc);

    tc = tcase_create("headline");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, headline_og_title_with_site_and_h1);
    tcase_add_test(tc, headline_short_og_title_with_site_and_h1);
    tcase_add_test(tc, headline_og_title_without_h1);
    tcase_add_test(tc, headline_blog_title_is_site);
    tcase_add_test(tc, headline_jsonld);
    tcase_add_test(tc, headline_jsonld_escaped_twice);
    tcase_add_test(tc, headline_jsonld_wrapped);
    tcase_add_test(tc, headline_h1_over_reworded_og_title);
    tcase_add_test(tc, headline_h1_pipe_tagline);
    tcase_add_test(tc, headline_title_pushed_into_body);
    tcase_add_test(tc, headline_jsonld_name_is_publisher);
    tcase_add_test(tc, headline_truncated_declaration);
    tcase_add_test(tc, headline_title_cut_mid_word);
    tcase_add_test(tc, headline_case_from_title);
    tcase_add_test(tc, headline_after_kept_kicker_lines);
    tcase_add_test(tc, headline_title_only);
    suite_add_tcase(s, tc);

    tc = tcase_create("page_meta");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, site_from_og_site_name);
    tcase_add_test(tc, language_from_html_lang);
    tcase_add_test(tc, url_canonical_og_and_given);
    tcase_add_test(tc, description);
    tcase_add_test(tc, byline_visible_and_declared);
    tcase_add_test(tc, byline_without_role);
    tcase_add_test(tc, byline_colon);
    tcase_add_test(tc, byline_declared_cleaned);
    tcase_add_test(tc, nothing_declared);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(meta_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
