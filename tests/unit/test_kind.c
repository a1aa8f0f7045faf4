/* test_kind.c: unit tests for lib/kind.c: the page-kind features on small invented pages
 * and URLs, and the model's plumbing (names, decision, explanation). */
#include "kind.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "dates.h"
#include "dom.h"
#include "kind_body.h"
#include "lexicon.h"
#include "buf.h"
#include "score.h"

static size_t
feature(const char *name)
{
    for (size_t i = 0; newsclean_kind_feature_name(i); i++)
        if (!strcmp(newsclean_kind_feature_name(i), name))
            return i;
    ck_abort_msg("no feature named %s", name);
    return 0;
}

static double
url_feature(const char *url, const char *name)
{
    newsclean_kind_features x;
    memset(&x, 0, sizeof x);
    newsclean_kind_rules *rules = newsclean_kind_rules_new();
    ck_assert_ptr_nonnull(rules);
    newsclean_kind_url_features(rules, url, &x);
    newsclean_kind_rules_free(rules);
    return x.f[feature(name)];
}

/* Parse, build and score blocks, and compute every feature of the page; with 'listed',
 * the page is cut first and its links handed over as a list, as the extractor does. */
static void
page_features_as(const char *html, const char *url, bool listed, newsclean_kind_features *x)
{
    newsclean_extractor *ex = newsclean_extractor_new(0);
    ck_assert_ptr_nonnull(ex);
    size_t n = strlen(html);
    char *page = malloc(n + 1);
    ck_assert_ptr_nonnull(page);
    memcpy(page, html, n + 1);
    newsclean_buf links;
    newsclean_buf_init(&links);
    if (listed) {
        newsclean_cut_report report = {.links = &links};
        n = newsclean_dom_cut_with(page, n, NEWSCLEAN_CUT_SCOPED | NEWSCLEAN_CUT_LINK_LIST,
                                   &report);
    }
    xmlDocPtr doc = NULL;
    newsclean_blocks bl;
    newsclean_blocks_init(&bl);
    ck_assert_int_eq(newsclean_dom_parse(page, n, NULL, &doc), NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_dom_to_blocks(ex, doc, &bl), NEWSCLEAN_OK);
    ck_assert_int_eq(newsclean_score_blocks(ex, &bl), NEWSCLEAN_OK);
    newsclean_kind_block_features(ex->kind, &bl, "A headline?", NULL, false, false, x);
    newsclean_kind_markup_features(ex->kind, doc, url, links.data, links.len, x);
    xmlFreeDoc(doc);
    newsclean_blocks_free(&bl);
    newsclean_buf_free(&links);
    free(page);
    newsclean_extractor_free(ex);
}

static void
page_features(const char *html, const char *url, newsclean_kind_features *x)
{
    page_features_as(html, url, false, x);
}

START_TEST(names)
{
    ck_assert_str_eq(newsclean_kind_name(NEWSCLEAN_KIND_ARTICLE), "article");
    ck_assert_str_eq(newsclean_kind_name(NEWSCLEAN_KIND_LISTING), "listing");
    ck_assert_str_eq(newsclean_kind_name(NEWSCLEAN_KIND_DOCUMENTATION), "documentation");
    ck_assert_str_eq(newsclean_kind_name(NEWSCLEAN_KIND_SERVICE), "service");
    ck_assert_ptr_null(newsclean_kind_name(NEWSCLEAN_KIND_COUNT));
    size_t n = 0;
    while (newsclean_kind_feature_name(n))
        n++;
    ck_assert_uint_eq(n, NEWSCLEAN_KIND_FEATURES);
}
END_TEST

START_TEST(url_shape)
{
    const char *thread = "https://example.org/forum/thread/1234567";
    ck_assert_double_eq(url_feature(thread, "url_known"), 1);
    ck_assert_double_eq(url_feature(thread, "url_forum_word"), 1);
    ck_assert_double_eq(url_feature(thread, "url_depth"), 3);
    ck_assert_double_eq(url_feature(thread, "url_numeric_id"), 1);
    ck_assert_double_eq(url_feature(thread, "url_product_word"), 0);

    const char *story = "https://news.example/2024/05/17/river-bridge-reopens-after-repairs/";
    ck_assert_double_eq(url_feature(story, "url_date"), 1);
    ck_assert_double_eq(url_feature(story, "url_slash_end"), 1);
    ck_assert_double_eq(url_feature(story, "url_slug_words"), 5);
    ck_assert_double_eq(url_feature(story, "url_numeric_id"), 0);

    /* Words inside a segment count, words inside the host do not. */
    const char *mug = "https://docs.example/shop/blue-product-mug.html?ref=home";
    ck_assert_double_eq(url_feature(mug, "url_product_word"), 1);
    ck_assert_double_eq(url_feature(mug, "url_docs_word"), 0);
    ck_assert_double_eq(url_feature(mug, "url_file_ext"), 1);
    ck_assert_double_eq(url_feature(mug, "url_query"), 1);

    ck_assert_double_eq(url_feature("https://example.org/", "url_root"), 1);
    ck_assert_double_eq(url_feature("https://example.org/", "url_depth"), 0);
    ck_assert_double_eq(url_feature("https://example.org/tag/rivers", "url_listing_word"), 1);
    ck_assert_double_eq(url_feature(NULL, "url_known"), 0);
    ck_assert_double_eq(url_feature("", "url_known"), 0);
}
END_TEST

START_TEST(structured_data)
{
    const char *html =
        "<html><head><meta property=\"og:type\" content=\"product\">"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        "\"@type\": [\"Product\", \"Thing\"], \"offers\": {\"@type\":\"Offer\"}}</script>"
        "</head><body><div itemscope itemtype=\"https://schema.org/DiscussionForumPosting\">"
        "<p>Text of a post that is long enough to be a block of its own here.</p></div>"
        "</body></html>";
    newsclean_kind_features x;
    page_features(html, NULL, &x);
    ck_assert(x.html);
    ck_assert_double_eq(x.f[feature("ld_product")], 1);
    ck_assert_double_eq(x.f[feature("ld_forum")], 1);
    ck_assert_double_eq(x.f[feature("ld_article")], 0);
    ck_assert_double_eq(x.f[feature("og_product")], 1);
    ck_assert_double_eq(x.f[feature("og_article")], 0);
    ck_assert_double_eq(x.f[feature("headline_question")], 1);
    ck_assert_double_eq(x.f[feature("url_known")], 0);
}
END_TEST

START_TEST(repeated_entries)
{
    /* Five cards of the same class, each a linked title over a summary: a listing's shape.
     * The three menu links share a class too but hold no summaries. */
    char html[8192] = "<html><body><ul class=\"menu\"><li class=\"m\"><a href=\"/a\">A</a></li>"
                      "<li class=\"m\"><a href=\"/b\">B</a></li><li class=\"m\"><a href=\"/c\">C"
                      "</a></li></ul><main>";
    for (int i = 0; i < 5; i++)
        strcat(html, "<div class=\"card\"><h3><a href=\"/story\">A title for this entry</a></h3>"
                     "<p>A summary of the entry that says in a sentence or two what the linked "
                     "page holds, long enough to be more than a link.</p></div>");
    strcat(html, "<p>Price: $12.99</p><p>Or 12,50 \xE2\x82\xAC in Europe</p><pre>int x = f(y);"
                 "</pre><form><input type=\"hidden\" name=\"t\"><input name=\"q\"></form>"
                 "</main></body></html>");
    newsclean_kind_features x;
    page_features(html, "https://example.org/category/rivers/", &x);
    ck_assert_double_eq_tol(x.f[feature("log_repeat_linked")], log1p(5), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_repeat_with_text")], log1p(5), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_repeat_headed")], log1p(5), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_repeat_groups")], log1p(1), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("class_card")], log1p(5), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_price_blocks")], log1p(2), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_inputs")], log1p(1), 1e-9); /* hidden left out */
    ck_assert_double_eq_tol(x.f[feature("log_forms")], log1p(1), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_code_elements")], log1p(1), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_linked_headings")], log1p(5), 1e-9);
    ck_assert_double_eq(x.f[feature("url_listing_word")], 1);
    ck_assert(x.f[feature("repeat_text_share")] > 0.5);
}
END_TEST

/* Class and id words come from the lexicon and match as prefixes of the words of a value,
 * caseless, never inside a word. */
START_TEST(class_words_as_prefixes)
{
    const char *html =
        "<html><body><div class=\"comments-list\"><p>A first comment on the story.</p></div>"
        "<div class=\"post-author\">Jane Doe</div>"
        "<span id=\"x-Priced\">12</span>"
        "<div class=\"nocomment\">Nothing here.</div>"
        "<div class=\"co li\">Two short words.</div>"
        "</body></html>";
    newsclean_kind_features x;
    page_features(html, NULL, &x);
    /* "comment" begins "comments"; "post-author" names a thread's post and its user;
     * "Price" begins "Priced" once folded. */
    ck_assert_double_eq_tol(x.f[feature("class_forum")], log1p(2), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("class_user")], log1p(1), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("class_product")], log1p(1), 1e-9);
    /* "nocomment" holds "comment" but does not begin with it; "co" and "li" begin no word
     * of any family. */
    ck_assert_double_eq(x.f[feature("class_card")], 0);
    ck_assert_double_eq(x.f[feature("class_docs")], 0);
    ck_assert_double_eq(x.f[feature("class_service")], 0);
    ck_assert_double_eq(x.f[feature("class_article")], 0);
}
END_TEST

START_TEST(text_dump_has_no_markup_features)
{
    newsclean_blocks bl;
    newsclean_blocks_init(&bl);
    const char *line = "A line of a text dump, with some words in it.";
    ck_assert(newsclean_blocks_add(&bl, line, strlen(line), NEWSCLEAN_BLOCK_LINE, 0, 1, 0,
                                   NEWSCLEAN_NO_CONTAINER, 0));
    bl.v[0].keep = true;
    newsclean_kind_features x;
    newsclean_kind_block_features(NULL, &bl, NULL, NULL, true, false, &x);
    ck_assert(!x.html);
    ck_assert_double_eq(x.f[feature("has_timestamp")], 1);
    ck_assert_double_eq(x.f[feature("kept_share")], 1);
    ck_assert_double_eq(x.f[feature("ld_any")], 0);
    ck_assert_double_eq(x.f[feature("log_price_blocks")], 0);
    newsclean_blocks_free(&bl);

    double p = 0;
    newsclean_page_kind k = newsclean_kind_decide(&x, &p);
    ck_assert_uint_lt(k, NEWSCLEAN_KIND_COUNT);
    ck_assert(p > 1.0 / NEWSCLEAN_KIND_COUNT - 1e-9 && p <= 1.0);
    char *why = newsclean_kind_explain(&x);
    ck_assert_ptr_nonnull(why);
    char head[64];
    snprintf(head, sizeof head, "kind: %s p=", newsclean_kind_name(k));
    ck_assert_msg(!strncmp(why, head, strlen(head)), "explain reads \"%s\"", why);
    ck_assert(strstr(why, "(text model)"));
    ck_assert_int_eq(why[strlen(why) - 1], '\n');

    char *explain = newsclean_strdup("blocks\n");
    ck_assert_int_eq(newsclean_kind_explain_into(&x, &explain), NEWSCLEAN_OK);
    ck_assert_str_eq(explain + strlen(why), "blocks\n");
    ck_assert(!strncmp(explain, why, strlen(why)));
    free(explain);
    free(why);
}
END_TEST

/* A parsed page's explanation also names the kind its body is widened by, with the
 * widening model's own probability. */
START_TEST(explain_names_the_kind_for_the_body)
{
    newsclean_kind_features x;
    memset(&x, 0, sizeof x);
    x.html = true;
    double p = 0;
    newsclean_page_kind k = newsclean_kind_decide_widening(&x, &p);
    char *why = newsclean_kind_explain(&x);
    ck_assert_ptr_nonnull(why);
    char want[96];
    snprintf(want, sizeof want, "\nkind for the body: %s p=%.2f (widening model)\n",
             newsclean_kind_name(k), p);
    const char *at = strstr(why, want);
    ck_assert_msg(at && at[strlen(want)] == '\0', "explain reads \"%s\"", why);
    ck_assert(strstr(why, "(html model) because"));

    x.html = false; /* a text dump's body does not go by its kind */
    char *text = newsclean_kind_explain(&x);
    ck_assert_ptr_nonnull(text);
    ck_assert_ptr_null(strstr(text, "kind for the body"));
    free(text);
    free(why);
}
END_TEST

/* Four blocks: a menu link, a linked entry title, its summary, and a footer line. */
static void
listing_blocks(newsclean_blocks *bl)
{
    newsclean_blocks_init(bl);
    const char *t[] = {"Home", "A linked title over one of the entries",
                       "The entry's summary, a sentence that says what the page holds.",
                       "All rights reserved by nobody in particular, ever."};
    newsclean_block_kind k[] = {NEWSCLEAN_BLOCK_LIST_ITEM, NEWSCLEAN_BLOCK_HEADING,
                                NEWSCLEAN_BLOCK_PARAGRAPH, NEWSCLEAN_BLOCK_PARAGRAPH};
    size_t links[] = {4, 40, 0, 0};
    unsigned flags[] = {0, 0, 0, NEWSCLEAN_BF_BOILER_HINT};
    for (size_t i = 0; i < 4; i++)
        ck_assert(newsclean_blocks_add(bl, t[i], strlen(t[i]), k[i],
                                       k[i] == NEWSCLEAN_BLOCK_HEADING ? 3 : 0, 1, flags[i],
                                       NEWSCLEAN_NO_CONTAINER, links[i]));
    bl->v[2].keep = true; /* the scorer kept the summary alone */
}

START_TEST(listing_keeps_entries)
{
    newsclean_blocks bl;
    listing_blocks(&bl);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_LISTING, 0.9, true, NULL);
    ck_assert(!bl.v[0].keep); /* a short link alone: a menu entry */
    ck_assert(bl.v[1].keep);  /* the linked title the scorer dropped */
    ck_assert(bl.v[2].keep);
    ck_assert(!bl.v[3].keep); /* chrome by its markup */
    newsclean_blocks_free(&bl);

    /* Articles and text dumps keep the scorer's choice as it is. */
    listing_blocks(&bl);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_ARTICLE, 0.9, true, NULL);
    ck_assert(!bl.v[1].keep);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_LISTING, 0.9, false, NULL);
    ck_assert(!bl.v[1].keep);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_LISTING, 0.5, true, NULL); /* not sure enough */
    ck_assert(!bl.v[1].keep);
    ck_assert(bl.v[2].keep);
    newsclean_blocks_free(&bl);
}
END_TEST

/* A thread of three posts, made from one template, where the scorer kept the first post's
 * text alone. A page taken for a forum, however surely, gets the rest of its thread, added
 * to what the scorer kept. */
static void
thread_blocks(newsclean_blocks *bl)
{
    newsclean_blocks_init(bl);
    size_t root, thread, post[3];
    ck_assert(newsclean_blocks_add_container(bl, NEWSCLEAN_NO_CONTAINER, "main", 0, &root));
    ck_assert(newsclean_blocks_add_container(bl, root, "div.comments", 0, &thread));
    const char *t[] = {
        "The bracket under the power supply holds nothing I can find. What is it for?",
        "It takes the hub that ships with the fan controller, so cables leave the case.",
        "Thanks, that explains it. I will leave it on in case I add the hub later."};
    for (size_t i = 0; i < 3; i++) {
        ck_assert(newsclean_blocks_add_container(bl, thread, "div.comment", 0, &post[i]));
        bl->c[post[i]].sig = 11;
        ck_assert(newsclean_blocks_add(bl, t[i], strlen(t[i]), NEWSCLEAN_BLOCK_PARAGRAPH, 0, 3, 0,
                                       post[i], 0));
    }
    bl->v[0].keep = true;
}

START_TEST(thread_posts_kept_however_sure)
{
    newsclean_blocks bl;
    thread_blocks(&bl);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_FORUM, 0.7, true, NULL);
    ck_assert(bl.v[0].keep);
    ck_assert(bl.v[1].keep);
    ck_assert(bl.v[2].keep);
    newsclean_blocks_free(&bl);

    thread_blocks(&bl);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_FORUM, 0.5, true, NULL);
    ck_assert(bl.v[0].keep);
    ck_assert(bl.v[1].keep);
    ck_assert(bl.v[2].keep);
    newsclean_blocks_free(&bl);
}
END_TEST

/* A section's page with a story opened over it as a dialog, and a consent dialog over an
 * article. A dialog's text is left out on any kind of page, unless the page's own title (the
 * h1) is in the dialog: then the dialog is the story, and what lies under it is the section's
 * page the story was opened from. */
static void
dialog_page(newsclean_blocks *bl, bool title_in_dialog)
{
    newsclean_blocks_init(bl);
    size_t root, dialog;
    ck_assert(newsclean_blocks_add_container(bl, NEWSCLEAN_NO_CONTAINER, "body", 0, &root));
    ck_assert(
        newsclean_blocks_add_container(bl, root, "div[role=dialog]", NEWSCLEAN_BF_DIALOG, &dialog));
    const char *heading =
        title_in_dialog ? "Ferry timetable cut for the winter" : "We value your privacy";
    const char *inside = title_in_dialog
                             ? "The island's crossings fall to four a day from November, the "
                               "operator said, since two of its boats go in for repairs."
                             : "We and our partners store and read cookies on your device, "
                               "to measure how the site is used and to show adverts.";
    const char *outside = "Councillors will hear on Thursday why the harbour wall repairs "
                          "ran two months late, and what the delay has cost so far.";
    ck_assert(newsclean_blocks_add(bl, heading, strlen(heading), NEWSCLEAN_BLOCK_HEADING,
                                   title_in_dialog ? 1 : 2, 2, NEWSCLEAN_BF_DIALOG, dialog, 0));
    ck_assert(newsclean_blocks_add(bl, inside, strlen(inside), NEWSCLEAN_BLOCK_PARAGRAPH, 0, 2,
                                   NEWSCLEAN_BF_DIALOG, dialog, 0));
    ck_assert(newsclean_blocks_add(bl, outside, strlen(outside), NEWSCLEAN_BLOCK_PARAGRAPH, 0, 1, 0,
                                   root, 0));
    for (size_t i = 0; i < bl->n; i++)
        bl->v[i].keep = true;
}

START_TEST(dialog_left_out_unless_it_holds_the_title)
{
    newsclean_blocks bl;
    dialog_page(&bl, false);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_ARTICLE, 0.9, true, NULL);
    ck_assert(!bl.v[0].keep);
    ck_assert(!bl.v[1].keep);
    ck_assert(bl.v[2].keep);
    newsclean_blocks_free(&bl);

    dialog_page(&bl, true);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_ARTICLE, 0.9, true, NULL);
    ck_assert(bl.v[0].keep);
    ck_assert(bl.v[1].keep);
    newsclean_blocks_free(&bl);
}
END_TEST

/* A forum thread of three posts, and beside it the page's dialogs (sign-in, newsletter,
 * consent), each made from the same template and each holding more prose than a post. The
 * dialogs are no thread: the posts are the page's content. */
START_TEST(dialogs_side_by_side_are_no_thread)
{
    newsclean_blocks bl;
    thread_blocks(&bl);
    size_t root = 0 /* thread_blocks' first container, its <main> */, modals, box[3];
    ck_assert(newsclean_blocks_add_container(&bl, root, "div.modals", 0, &modals));
    const char *t[] = {
        "Sign in to reply, follow the threads you care about and get a note when someone "
        "answers you, on this board and on every other board of the network.",
        "Our weekly letter brings the best threads of the week, the new guides and the deals "
        "members found, every Friday morning, and you can leave it with one click.",
        "We and our partners use cookies to keep you signed in, to count visits and to show "
        "adverts that fit what you read here; choose which of them you allow."};
    for (size_t i = 0; i < 3; i++) {
        ck_assert(newsclean_blocks_add_container(&bl, modals, "div.modal[role=dialog]",
                                                 NEWSCLEAN_BF_DIALOG, &box[i]));
        bl.c[box[i]].sig = 12;
        ck_assert(newsclean_blocks_add(&bl, t[i], strlen(t[i]), NEWSCLEAN_BLOCK_PARAGRAPH, 0, 3,
                                       NEWSCLEAN_BF_DIALOG, box[i], 0));
    }
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_FORUM, 0.9, true, NULL);
    for (size_t i = 0; i < 3; i++)
        ck_assert_msg(bl.v[i].keep, "post %zu left out", i);
    for (size_t i = 3; i < 6; i++)
        ck_assert_msg(!bl.v[i].keep, "dialog %zu kept", i - 3);
    newsclean_blocks_free(&bl);
}
END_TEST

/* A page with no run of cards: a box named only by a weak chrome word ("pagination") around
 * two entries, and a box named chrome outright ("newsletter") around a sign-up line. */
START_TEST(weak_box_keeps_entries)
{
    newsclean_blocks bl;
    newsclean_blocks_init(&bl);
    size_t root, weak, strong;
    const unsigned weak_flags = NEWSCLEAN_BF_BOILER_HINT | NEWSCLEAN_BF_WEAK_NAME;
    const unsigned strong_flags = NEWSCLEAN_BF_BOILER_HINT | NEWSCLEAN_BF_STRONG_HINT;
    ck_assert(newsclean_blocks_add_container(&bl, NEWSCLEAN_NO_CONTAINER, "main", 0, &root));
    ck_assert(newsclean_blocks_add_container(&bl, root, "div.pagination", weak_flags, &weak));
    bl.c[weak].sig = 7; /* one such box: a layout's name */
    ck_assert(newsclean_blocks_add_container(&bl, root, "div.newsletter", strong_flags, &strong));
    const char *t[] = {"Canvas tote in natural and navy stripe, lined, with an inner pocket",
                       "Waxed backpack of twenty litres with a padded sleeve for a laptop",
                       "Get our offers in your inbox every week"};
    size_t box[] = {weak, weak, strong};
    unsigned flags[] = {weak_flags, weak_flags, strong_flags};
    for (size_t i = 0; i < 3; i++)
        ck_assert(newsclean_blocks_add(&bl, t[i], strlen(t[i]), NEWSCLEAN_BLOCK_PARAGRAPH, 0, 2,
                                       flags[i], box[i], 0));
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_SERVICE, 0.9, true, NULL);
    ck_assert(!bl.v[0].keep); /* a service page's weak names are as often chrome */
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_COLLECTION, 0.9, true, NULL);
    ck_assert(bl.v[0].keep);
    ck_assert(bl.v[1].keep);
    ck_assert(!bl.v[2].keep);
    newsclean_blocks_free(&bl);
}
END_TEST

/* A listing with no run of cards keeps what the markup does not call chrome from its title
 * down; the shop's promotion bar and the skip link over the title are the site's. */
START_TEST(entries_kept_from_the_title_down)
{
    newsclean_blocks bl;
    newsclean_blocks_init(&bl);
    size_t root, top;
    ck_assert(newsclean_blocks_add_container(&bl, NEWSCLEAN_NO_CONTAINER, "body", 0, &root));
    ck_assert(newsclean_blocks_add_container(&bl, root, "div.top", 0, &top));
    const char *t[] = {"Spring sale: a fifth off every pair with the code SPRING at checkout",
                       "Skip to the main content of this page", "Walking boots",
                       "Leather boots with a stiff sole for long days on rocky paths and scree",
                       "Light fabric boots that dry overnight, for summer hills and wet fields"};
    newsclean_block_kind k[] = {NEWSCLEAN_BLOCK_PARAGRAPH, NEWSCLEAN_BLOCK_PARAGRAPH,
                                NEWSCLEAN_BLOCK_HEADING, NEWSCLEAN_BLOCK_PARAGRAPH,
                                NEWSCLEAN_BLOCK_PARAGRAPH};
    size_t box[] = {top, top, root, root, root};
    for (size_t i = 0; i < 5; i++)
        ck_assert(newsclean_blocks_add(&bl, t[i], strlen(t[i]), k[i],
                                       k[i] == NEWSCLEAN_BLOCK_HEADING ? 1 : 0, 1, 0, box[i], 0));
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_LISTING, 0.9, true, NULL);
    ck_assert(!bl.v[0].keep);
    ck_assert(!bl.v[1].keep);
    ck_assert(bl.v[2].keep);
    ck_assert(bl.v[3].keep);
    ck_assert(bl.v[4].keep);
    newsclean_blocks_free(&bl);
}
END_TEST

/* A text said twice is one copy for wide screens and one for narrow ones: the second goes.
 * A text said by three entries or more is a value they share, each entry's own: all stay. */
START_TEST(second_copy_dropped_shared_value_kept)
{
    newsclean_blocks bl;
    newsclean_blocks_init(&bl);
    size_t root;
    ck_assert(newsclean_blocks_add_container(&bl, NEWSCLEAN_NO_CONTAINER, "body", 0, &root));
    const char *twice = "Hand-stitched walking boots with a waxed leather upper and a stiff sole";
    const char *shared = "Ages: from eight to twelve, with a grown-up on the longer trails";
    const char *t[] = {"Walking boots",         twice,  shared, "Map reading for beginners", shared,
                       "First aid on the hill", shared, twice};
    newsclean_block_kind k[] = {NEWSCLEAN_BLOCK_HEADING,   NEWSCLEAN_BLOCK_PARAGRAPH,
                                NEWSCLEAN_BLOCK_PARAGRAPH, NEWSCLEAN_BLOCK_PARAGRAPH,
                                NEWSCLEAN_BLOCK_PARAGRAPH, NEWSCLEAN_BLOCK_PARAGRAPH,
                                NEWSCLEAN_BLOCK_PARAGRAPH, NEWSCLEAN_BLOCK_PARAGRAPH};
    for (size_t i = 0; i < 8; i++)
        ck_assert(newsclean_blocks_add(&bl, t[i], strlen(t[i]), k[i],
                                       k[i] == NEWSCLEAN_BLOCK_HEADING ? 1 : 0, 1, 0, root, 0));
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_COLLECTION, 0.9, true, NULL);
    for (size_t i = 0; i < 7; i++)
        ck_assert_msg(bl.v[i].keep, "block %zu dropped", i);
    ck_assert(!bl.v[7].keep);
    newsclean_blocks_free(&bl);
}
END_TEST

/* A service page whose title heads a hero box, with the team's section in a box of its own
 * beside it, where the scorer kept the hero's prose alone. */
static void
hero_and_team_blocks(newsclean_blocks *bl)
{
    newsclean_blocks_init(bl);
    size_t root, hero, team;
    ck_assert(newsclean_blocks_add_container(bl, NEWSCLEAN_NO_CONTAINER, "main", 0, &root));
    ck_assert(newsclean_blocks_add_container(bl, root, "section.hero", 0, &hero));
    ck_assert(newsclean_blocks_add_container(bl, root, "section.team", 0, &team));
    const char *t[] = {
        "Chimney sweeping and stove servicing",
        "We sweep open fires, wood burners and range cookers across the valley, check the "
        "flue with a camera, and leave a certificate your insurer will accept, all in an hour.",
        "Meet the sweeps",
        "Three sweeps, each with ten years on the rods and a dust sheet for "
        "every hearth."};
    newsclean_block_kind k[] = {NEWSCLEAN_BLOCK_HEADING, NEWSCLEAN_BLOCK_PARAGRAPH,
                                NEWSCLEAN_BLOCK_HEADING, NEWSCLEAN_BLOCK_PARAGRAPH};
    unsigned level[] = {1, 0, 2, 0};
    size_t box[] = {hero, hero, team, team};
    for (size_t i = 0; i < 4; i++)
        ck_assert(newsclean_blocks_add(bl, t[i], strlen(t[i]), k[i], level[i], 2, 0, box[i], 0));
    bl->v[1].keep = true;
}

START_TEST(service_sections_beside_the_hero_kept)
{
    newsclean_blocks bl;
    hero_and_team_blocks(&bl);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_SERVICE, 0.7, true, NULL);
    ck_assert(bl.v[1].keep);
    ck_assert(bl.v[2].keep); /* the team's section, outside the hero's box */
    ck_assert(bl.v[3].keep);
    newsclean_blocks_free(&bl);

    /* Less surely a service page: only the box around the title and the scorer's choice. */
    hero_and_team_blocks(&bl);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_SERVICE, 0.5, true, NULL);
    ck_assert(bl.v[1].keep);
    ck_assert(!bl.v[2].keep);
    ck_assert(!bl.v[3].keep);
    newsclean_blocks_free(&bl);
}
END_TEST

/* A run of three cards, each a linked title over its summary, where the scorer kept the
 * summary of the first card alone ('two': of the first two), long enough to read as prose. */
static void
one_long_card_blocks(newsclean_blocks *bl, bool two)
{
    newsclean_blocks_init(bl);
    size_t root, grid, card[3];
    ck_assert(newsclean_blocks_add_container(bl, NEWSCLEAN_NO_CONTAINER, "main", 0, &root));
    ck_assert(newsclean_blocks_add_container(bl, root, "div.course-grid", 0, &grid));
    const char *title[] = {"Wheel throwing for complete beginners",
                           "Letterpress printing with wood type",
                           "Rush seating a stool frame by hand"};
    const char *summary[] = {
        "Six Tuesday evenings at the wheel in the harbour studio. You centre clay, pull walls "
        "and trim feet, and in the last week you take home four glazed mugs from our kiln.",
        "Four Wednesday evenings at the proof press. You set wood type by hand, ink the forme "
        "and pull a run of posters, then learn to clean and store the type for the next class.",
        "Weave a seat of dried river rush onto a stool frame you keep."};
    for (size_t i = 0; i < 3; i++) {
        ck_assert(newsclean_blocks_add_container(bl, grid, "div.course-tile", 0, &card[i]));
        bl->c[card[i]].sig = 21;
        ck_assert(newsclean_blocks_add(bl, title[i], strlen(title[i]), NEWSCLEAN_BLOCK_HEADING, 3,
                                       3, 0, card[i], strlen(title[i])));
        ck_assert(newsclean_blocks_add(bl, summary[i], strlen(summary[i]),
                                       NEWSCLEAN_BLOCK_PARAGRAPH, 0, 3, 0, card[i], 0));
    }
    bl->v[1].keep = true;
    bl->v[3].keep = two;
}

/* On a page not surely a listing, prose in one card alone is that card's longer text and
 * the run is kept; prose in two cards is a list article's sections, and the scorer's
 * choice stands. */
START_TEST(unsure_listing_prose_in_one_card_keeps_run)
{
    newsclean_blocks bl;
    one_long_card_blocks(&bl, false);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_LISTING, 0.6, true, NULL);
    for (size_t i = 0; i < bl.n; i++)
        ck_assert_msg(bl.v[i].keep, "block %zu dropped", i);
    newsclean_blocks_free(&bl);

    one_long_card_blocks(&bl, true);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_LISTING, 0.6, true, NULL);
    ck_assert(!bl.v[0].keep);
    ck_assert(bl.v[1].keep);
    ck_assert(bl.v[3].keep);
    ck_assert(!bl.v[5].keep);
    newsclean_blocks_free(&bl);
}
END_TEST

/* A product page whose scorer kept a sign-in prompt alone: the panel around the h1 (the
 * name, price, options and description) replaces it; the shop's footer stays out, and a page
 * of another kind keeps the scorer's choice. */
static void
product_blocks(newsclean_blocks *bl)
{
    newsclean_blocks_init(bl);
    size_t root, top, panel, foot;
    ck_assert(newsclean_blocks_add_container(bl, NEWSCLEAN_NO_CONTAINER, "body", 0, &root));
    ck_assert(newsclean_blocks_add_container(bl, root, "div.top", 0, &top));
    ck_assert(newsclean_blocks_add_container(bl, root, "section.item", 0, &panel));
    ck_assert(newsclean_blocks_add_container(bl, root, "div.bottom", 0, &foot));
    const struct {
        const char *text;
        newsclean_block_kind kind;
        size_t box;
    } t[] = {
        {"Sign in for member prices and free returns", NEWSCLEAN_BLOCK_PARAGRAPH, top},
        {"Canvas Field Jacket", NEWSCLEAN_BLOCK_HEADING, panel},
        {"$89", NEWSCLEAN_BLOCK_PARAGRAPH, panel},
        {"Colour: olive", NEWSCLEAN_BLOCK_PARAGRAPH, panel},
        {"A waxed canvas jacket cut long enough to cover a layer beneath it, with four "
         "pockets that close and a collar lined in corduroy",
         NEWSCLEAN_BLOCK_PARAGRAPH, panel},
        {"Cotton canvas shell, waxed by hand; corduroy collar; brass snaps down the front "
         "and on each pocket flap; machine wash cold, reproof once a year",
         NEWSCLEAN_BLOCK_PARAGRAPH, panel},
        {"Orders ship within two working days from our warehouse, and every order can be "
         "returned within thirty days of delivery for a full refund of the price paid",
         NEWSCLEAN_BLOCK_PARAGRAPH, foot},
        {"We send one letter a month with new arrivals and the stories of the people who "
         "make them, and you can leave the list at any time from any letter we send",
         NEWSCLEAN_BLOCK_PARAGRAPH, foot},
        {"Prices include sales tax where it applies; gift cards are sold in any amount and "
         "never expire, and can be spent in our shops as well as on this site",
         NEWSCLEAN_BLOCK_PARAGRAPH, foot},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        ck_assert(newsclean_blocks_add(bl, t[i].text, strlen(t[i].text), t[i].kind,
                                       t[i].kind == NEWSCLEAN_BLOCK_HEADING, 2, 0, t[i].box, 0));
    bl->v[0].keep = true;
}

START_TEST(product_keeps_panel_around_name)
{
    newsclean_blocks bl;
    product_blocks(&bl);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_PRODUCT, 0.9, true, NULL);
    ck_assert(!bl.v[0].keep);
    for (size_t i = 1; i <= 5; i++)
        ck_assert_msg(bl.v[i].keep, "block %zu", i);
    for (size_t i = 6; i <= 8; i++)
        ck_assert_msg(!bl.v[i].keep, "block %zu", i);
    newsclean_blocks_free(&bl);

    product_blocks(&bl);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_ARTICLE, 0.9, true, NULL);
    ck_assert(bl.v[0].keep);
    ck_assert(!bl.v[1].keep);
    newsclean_blocks_free(&bl);
}
END_TEST

/* Between a thread's posts: counts, an avatar's initial and the poster's tallies (one to a
 * line or side by side) go; the posts, a user name with digits in it and a short line of a
 * post, counting things or not, stay. */
START_TEST(forum_drops_counters)
{
    newsclean_blocks bl;
    newsclean_blocks_init(&bl);
    const char *t[] = {"12",
                       "M",
                       "Posts: 2,318",
                       "Registered: 2016-05-19",
                       "1.2k Likes",
                       "3 replies",
                       "user2041",
                       "Thanks, that worked.",
                       "A post that says something about the question, at some length.",
                       "+1",
                       "Mar 3, 2024",
                       "40.1k 3 gold badges 51 silver badges 98 bronze badges",
                       "14 posts \u00b7 Joined 2025",
                       "1.8 MB Views: 407",
                       "Slope: 12 to 20 percent",
                       "12 x 16 x 8 room"};
    bool stays[] = {false, false, false, false, false, false, true, true,
                    true,  false, true,  false, false, false, true, true};
    size_t n = sizeof t / sizeof *t;
    for (size_t i = 0; i < n; i++) {
        ck_assert(newsclean_blocks_add(&bl, t[i], strlen(t[i]), NEWSCLEAN_BLOCK_PARAGRAPH, 0, 1, 0,
                                       NEWSCLEAN_NO_CONTAINER, 0));
        bl.v[i].keep = true;
    }
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_FORUM, 0.9, true, NULL);
    for (size_t i = 0; i < n; i++)
        ck_assert_msg(bl.v[i].keep == stays[i], "\"%s\" kept: %d", t[i], bl.v[i].keep);
    newsclean_blocks_free(&bl);
}
END_TEST

/* A service page whose scorer kept its intro paragraph alone: its run of three feature cards
 * (a heading over a sentence each, siblings of one template) joins the body, even when the
 * kind is not sure; an article keeps the scorer's choice. */
static void
service_cards(newsclean_blocks *bl)
{
    newsclean_blocks_init(bl);
    size_t root, grid, card[3];
    ck_assert(newsclean_blocks_add_container(bl, NEWSCLEAN_NO_CONTAINER, "main", 0, &root));
    ck_assert(newsclean_blocks_add_container(bl, root, "div.features", 0, &grid));
    const char *intro_text =
        "We fit and service heat pumps across the county, for homes, farms and small "
        "businesses alike, and have done so since the first ones were sold here. Call us.";
    ck_assert(newsclean_blocks_add(bl, intro_text, strlen(intro_text), NEWSCLEAN_BLOCK_PARAGRAPH, 0,
                                   1, 0, root, 0));
    bl->v[0].keep = true;
    const char *t[] = {"Yearly check",
                       "An engineer cleans the coils, tests the refrigerant and checks every "
                       "valve, and leaves a written report.",
                       "Repairs within a day",
                       "Most faults are fixed on the first visit, since our vans carry the parts "
                       "that fail most often.",
                       "Plans for landlords",
                       "One contract covers every property you let, with a single bill and "
                       "reminders before each visit is due."};
    for (size_t i = 0; i < 3; i++) {
        ck_assert(newsclean_blocks_add_container(bl, grid, "div.feature-card", 0, &card[i]));
        bl->c[card[i]].sig = 42; /* one template */
        ck_assert(newsclean_blocks_add(bl, t[2 * i], strlen(t[2 * i]), NEWSCLEAN_BLOCK_HEADING, 3,
                                       3, 0, card[i], 0));
        ck_assert(newsclean_blocks_add(bl, t[2 * i + 1], strlen(t[2 * i + 1]),
                                       NEWSCLEAN_BLOCK_PARAGRAPH, 0, 3, 0, card[i], 0));
    }
}

/* Where a page's prose lies: each paragraph is its own element, and an article's stand side
 * by side in one parent; a service page's sections put each in a box of their own. */
#define PROSE_SENTENCE                                                                             \
    "Every paragraph here is long enough to be prose, and it has a comma or two, too."

START_TEST(prose_homes)
{
    newsclean_kind_features x;
    page_features("<html><body><div class=\"story\"><h1>Bees in winter</h1>"
                  "<p>" PROSE_SENTENCE "</p><p>" PROSE_SENTENCE
                  "</p><h2>Feeding</h2><p>" PROSE_SENTENCE "</p><p>" PROSE_SENTENCE
                  "</p></div></body></html>",
                  "https://example.org/news/bees-in-winter", &x);
    ck_assert_double_eq_tol(x.f[feature("prose_home_share")], 0.25, 1e-9);
    ck_assert_double_eq_tol(x.f[feature("prose_parent_share")], 1.0, 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_prose_homes")], log1p(4), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("prose_run_share")], 1.0, 1e-9);

    page_features(
        "<html><body><main><h1>Heat pumps</h1>"
        "<section class=\"a\"><h2>Fitting</h2><div><p>" PROSE_SENTENCE "</p></div></section>"
        "<section class=\"b\"><h2>Repairs</h2><div><p>" PROSE_SENTENCE "</p></div></section>"
        "<section class=\"c\"><h2>Plans</h2><div><p>" PROSE_SENTENCE "</p></div></section>"
        "<section class=\"d\"><h2>Contact</h2><div><p>" PROSE_SENTENCE "</p></div></section>"
        "</main></body></html>",
        "https://example.org/heat-pumps", &x);
    ck_assert_double_eq_tol(x.f[feature("prose_home_share")], 0.25, 1e-9);
    ck_assert_double_eq_tol(x.f[feature("prose_parent_share")], 0.25, 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_prose_homes")], log1p(4), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("prose_run_share")], 1.0, 1e-9);
}
END_TEST

START_TEST(service_keeps_cards)
{
    newsclean_blocks bl;
    service_cards(&bl);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_SERVICE, 0.5, true, NULL);
    for (size_t i = 0; i < bl.n; i++)
        ck_assert_msg(bl.v[i].keep, "block %zu dropped", i);
    newsclean_blocks_free(&bl);

    service_cards(&bl);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_ARTICLE, 0.9, true, NULL);
    for (size_t i = 1; i < bl.n; i++)
        ck_assert(!bl.v[i].keep);
    newsclean_blocks_free(&bl);
}
END_TEST

/* An article the model is not sure of: its run of cards under the kept introduction joins
 * the body. */
START_TEST(unsure_article_keeps_cards)
{
    newsclean_blocks bl;
    service_cards(&bl);
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_ARTICLE, 0.6, true, NULL);
    for (size_t i = 0; i < bl.n; i++)
        ck_assert_msg(bl.v[i].keep, "block %zu dropped", i);
    newsclean_blocks_free(&bl);
}
END_TEST

/* A tool's dump that kept nothing: where the text model reads an article but the tool
 * model is sure of a listing, the lines that read on their own are the body; where the
 * tool model is unsure, or reads an article too, the body stays empty. */
START_TEST(dump_kept_nothing_tool_model_sure_of_listing)
{
    const char *t[] = {"Council to vote on the harbour lease next week",
                       "Ferry timetable changes from Monday",
                       "New cycle path opens along the river", "Home"};
    size_t n = sizeof t / sizeof *t;
    struct {
        newsclean_page_kind read;
        double prob;
        bool kept;
    } cases[] = {{NEWSCLEAN_KIND_LISTING, 0.9, true},
                 {NEWSCLEAN_KIND_LISTING, 0.6, false},
                 {NEWSCLEAN_KIND_ARTICLE, 0.9, false}};
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        newsclean_blocks bl;
        newsclean_blocks_init(&bl);
        for (size_t i = 0; i < n; i++) {
            ck_assert(newsclean_blocks_add(&bl, t[i], strlen(t[i]), NEWSCLEAN_BLOCK_PARAGRAPH, 0, 1,
                                           0, NEWSCLEAN_NO_CONTAINER, 0));
            if (i + 1 < n)
                bl.v[i].flags |= NEWSCLEAN_BF_DUMP_READABLE; /* "Home" is a menu's word */
        }
        newsclean_kind_body_dump(&bl, NEWSCLEAN_KIND_ARTICLE, cases[c].read, cases[c].prob);
        for (size_t i = 0; i < n; i++)
            ck_assert_msg(bl.v[i].keep == (cases[c].kept && i + 1 < n), "case %zu block %zu", c, i);
        newsclean_blocks_free(&bl);
    }
}
END_TEST

/* Over and under a thread's posts: when each was posted, answered or edited, with a word
 * or two around the date, goes; a post that mentions a date, and a user name, stay. */
START_TEST(forum_drops_post_stamps)
{
    struct newsclean_date_rules *dates = newsclean_date_rules_new();
    ck_assert_ptr_nonnull(dates);
    newsclean_blocks bl;
    newsclean_blocks_init(&bl);
    const char *t[] = {"Posted March 4, 2023 (edited)",
                       "answered Nov 12, 2019 at 14:05",
                       "Edited 9 July 2021 by wren_k",
                       "2020-06-30 08:12:44 +00:00",
                       "wren_k",
                       "We went on May 5, 2022 and the ferry was half empty, so book late.",
                       "Same here, it worked after the update."};
    bool stays[] = {false, false, false, false, true, true, true};
    size_t n = sizeof t / sizeof *t;
    for (size_t i = 0; i < n; i++) {
        ck_assert(newsclean_blocks_add(&bl, t[i], strlen(t[i]), NEWSCLEAN_BLOCK_PARAGRAPH, 0, 1, 0,
                                       NEWSCLEAN_NO_CONTAINER, 0));
        bl.v[i].keep = true;
    }
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_FORUM, 0.9, true, dates);
    for (size_t i = 0; i < n; i++)
        ck_assert_msg(bl.v[i].keep == stays[i], "\"%s\" kept: %d", t[i], bl.v[i].keep);
    /* The same lines on a page of another kind are left alone. */
    for (size_t i = 0; i < n; i++)
        bl.v[i].keep = true;
    newsclean_kind_body(&bl, NEWSCLEAN_KIND_ARTICLE, 0.9, true, dates);
    for (size_t i = 0; i < n; i++)
        ck_assert(bl.v[i].keep);
    newsclean_blocks_free(&bl);
    newsclean_date_rules_free(dates);
}
END_TEST

/* That a text dump is read by the tool model (or by the text model), as its kind features
 * say and as --explain's first line names it. */
static void
assert_read_by_tool_model(const char *text, bool tool)
{
    newsclean_extractor *ex = newsclean_extractor_new(NEWSCLEAN_OPT_EXPLAIN);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = NULL;
    ck_assert_int_eq(newsclean_extract_ex(ex, text, strlen(text),
                                          &(newsclean_input){.kind = NEWSCLEAN_INPUT_TEXT}, &a),
                     NEWSCLEAN_OK);
    ck_assert(a->kind_features.tool == tool);
    const char *why = newsclean_article_explain(a);
    ck_assert_ptr_nonnull(why);
    const char *model = tool ? "(tool model)" : "(text model)";
    const char *at = strstr(why, model);
    const char *nl = strchr(why, '\n');
    ck_assert_msg(at && (!nl || at < nl), "explain reads \"%s\"", why);
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}

/* A dump wrapped at a fixed width, as lynx, w3m and html2text print pages, is read by the
 * tool model; the same paragraphs a line each, as a browser's innerText gives them, by the
 * text model. */
START_TEST(wrapped_dump_read_by_the_tool_model)
{
    const char *wrapped =
        "The harbour board met on Tuesday evening to settle the question of the\n"
        "old grain shed, which has stood empty since the mill closed and which\n"
        "the town has argued over for the better part of a decade.\n"
        "\n"
        "Members heard from the engineers first. Their survey found the roof\n"
        "sound but the piles under the north wall rotten, and they put the cost\n"
        "of new ones at a little under two hundred thousand pounds.\n"
        "\n"
        "A proposal to let the shed to a boat builder on a long lease was then\n"
        "read out, with a letter of support from the fishermen's association and\n"
        "another, more guarded, from the residents along the quay.\n"
        "\n"
        "After an hour of questions the board voted five to two to open talks\n"
        "with the builder, on the condition that the piles are replaced before\n"
        "any lease is signed and that the public path along the water stays open.\n"
        "\n"
        "The chair said the decision was the first step, not the last, and that\n"
        "the board would report again in the spring once the talks had run their\n"
        "course.\n";
    assert_read_by_tool_model(wrapped, true);

    /* The same paragraphs unwrapped, a line each. */
    char flat[2048];
    size_t o = 0;
    for (const char *p = wrapped; *p && o + 1 < sizeof flat; p++)
        flat[o++] = (*p == '\n' && p[1] != '\n' && p[-1] != '\n' && p[1]) ? ' ' : *p;
    flat[o] = '\0';
    assert_read_by_tool_model(flat, false);
}
END_TEST

/* A page a converter wrote as Markdown (menus as lists of links, headings, links in the
 * prose and the footer) is read by the tool model; a browser-like dump, a line a block,
 * that holds a Markdown copy of its article on one line (a hidden element some sites keep
 * for crawlers) is Markdown enough to be parsed as such, but stays with the text model. */
START_TEST(converter_markdown_read_by_the_tool_model)
{
    const char *converted =
        "[Skip to content](#main)\n"
        "\n"
        "  * [Home](/)\n"
        "  * [Local news](/local)\n"
        "  * [Sport](/sport)\n"
        "  * [Weather](/weather)\n"
        "\n"
        "# Harbour board opens talks on the old grain shed\n"
        "\n"
        "By Ann Carver | 14 March 2025\n"
        "\n"
        "The harbour board met on Tuesday evening to settle the question of the old\n"
        "grain shed, which has stood empty since the mill closed and which the town has\n"
        "argued over for the better part of a decade.\n"
        "\n"
        "Members heard from the engineers first. Their [survey](/docs/survey.pdf) found\n"
        "the roof sound but the piles under the north wall rotten, and they put the cost\n"
        "of new ones at a little under two hundred thousand pounds.\n"
        "\n"
        "## A long lease\n"
        "\n"
        "A proposal to let the shed to a boat builder on a long lease was then read out,\n"
        "with a letter of support from the fishermen's association and another, more\n"
        "guarded, from the residents along the quay.\n"
        "\n"
        "After an hour of questions the board voted five to two to open talks with the\n"
        "builder, on the condition that the piles are replaced before any lease is\n"
        "signed and that the public path along the water stays open.\n"
        "\n"
        "## Related\n"
        "\n"
        "  * [Quay path to close for repairs](/local/quay-path)\n"
        "  * [Mill site sold after ten years](/local/mill-site)\n"
        "\n"
        "[About us](/about) | [Contact](/contact) | [Privacy](/privacy)\n";
    assert_read_by_tool_model(converted, true);

    static const char *const menu[] = {"Home",    "Local news", "Sport",  "Weather",   "Business",
                                       "Opinion", "Letters",    "Events", "Subscribe", "Sign in"};
    static const char *const prose[] = {
        "The harbour board met on Tuesday evening to settle the question of the old grain "
        "shed, which has stood empty since the mill closed.",
        "Members heard from the engineers first. Their survey found the roof sound but the "
        "piles under the north wall rotten.",
        "They put the cost of new piles at a little under two hundred thousand pounds, "
        "more than the board had set aside.",
        "A proposal to let the shed to a boat builder on a long lease was then read out, "
        "with a letter of support from the fishermen.",
        "Residents along the quay wrote too, more guarded, asking that the path along the "
        "water stay open while the work goes on.",
        "After an hour of questions the board voted five to two to open talks with the "
        "builder on those conditions."};
    static const char *const foot[] = {"Most read",
                                       "Quay path to close for repairs",
                                       "Mill site sold after ten years",
                                       "Ferry times change",
                                       "About us",
                                       "Contact",
                                       "Privacy",
                                       "Cookie settings",
                                       "Terms of use",
                                       "Advertise with us",
                                       "Careers",
                                       "Newsletters",
                                       "Archive",
                                       "Site map",
                                       "Follow us",
                                       "Copyright 2025 The Harbour Gazette"};
    newsclean_buf flat;
    newsclean_buf_init(&flat);
    bool ok = true;
    for (size_t i = 0; i < sizeof menu / sizeof *menu; i++)
        ok =
            ok && newsclean_buf_append_str(&flat, menu[i]) && newsclean_buf_append_str(&flat, "\n");
    ok = ok && newsclean_buf_append_str(
                   &flat, "Harbour board opens talks on the old grain shed\nBy Ann Carver\n"
                          "14 March 2025\n");
    for (int r = 0; r < 2; r++)
        for (size_t i = 0; i < sizeof prose / sizeof *prose; i++)
            ok = ok && newsclean_buf_append_str(&flat, prose[i]) &&
                 newsclean_buf_append_str(&flat, "\n");
    ok = ok && newsclean_buf_append_str(
                   &flat, "# Harbour board opens talks on the old grain shed The harbour "
                          "board met on Tuesday. Their [survey](https://example.org/survey) "
                          "found the [piles](https://example.org/piles) rotten. "
                          "[Share](https://example.org/share)\n");
    for (size_t i = 0; i < sizeof foot / sizeof *foot; i++)
        ok =
            ok && newsclean_buf_append_str(&flat, foot[i]) && newsclean_buf_append_str(&flat, "\n");
    ck_assert(ok);
    assert_read_by_tool_model(flat.data, false);
    newsclean_buf_free(&flat);
}
END_TEST

START_TEST(company_page_signals)
{
    /* A company's page: short headed sections, each one blurb, a telephone number and
     * buttons that ask for a quote or a visit. Prose that merely mentions a number or
     * starts with "Get" is none of these. */
    const char *html =
        "<html><body><header><nav><a href=\"/\">Home</a></nav>"
        "<a class=\"btn\" href=\"/quote\">Get a free quote</a></header><main>"
        "<h1>Roof repair in the valley</h1>"
        "<h2>Leaks</h2><p>We find and fix leaks the same day, on any kind of roof.</p>"
        "<h2>Gutters</h2><p>Cleaned, mended or replaced, with a written warranty.</p>"
        "<h2>Skylights</h2><p>Fitted and sealed by our own crew, never by subcontractors.</p>"
        "<p>Call us on (555) 010-2030 or +44 20 7946 0000.</p>"
        "<p><a href=\"/book\">Book an appointment</a></p>"
        "<p>Get the most out of your roof by having it looked at every year or two, which "
        "costs less than one repair; 12,345,678 homes did so last year, 20.5% more.</p>"
        "<p>Jetzt Termin vereinbaren</p><p>Sign up now</p><p>Read more</p>"
        "</main></body></html>";
    newsclean_kind_features x;
    page_features(html, NULL, &x);
    ck_assert_double_eq_tol(x.f[feature("log_call_to_action_blocks")], log1p(3), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_phone_blocks")], log1p(1), 1e-9);
    /* Two headings head a blurb each; the last one's section runs on through the long
     * paragraph, and the h1 heads no text of its own. */
    ck_assert_double_eq_tol(x.f[feature("log_short_sections")], log1p(2), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("short_section_share")], 0.5, 1e-9);
}
END_TEST

START_TEST(index_signals)
{
    /* A link to the next page, sections and an address; then a run of linked entries that
     * each carry a <time>. */
    const char *html =
        "<html><head><link rel=\"next\" href=\"/page/2\"></head><body>"
        "<section><h2>Prices</h2><p>Plans for every size of household.</p></section>"
        "<section><h2>Team</h2><p>Twelve people in two offices.</p></section>"
        "<address>1 Harbour Road</address>"
        "<ul><li><a href=\"/a\">First entry</a> <time datetime=\"2024-05-01\">May 1</time></li>"
        "<li><a href=\"/b\">Second entry</a> <time datetime=\"2024-05-02\">May 2</time></li>"
        "<li><a href=\"/c\">Third entry</a> <time datetime=\"2024-05-03\">May 3</time></li>"
        "<li><a href=\"/d\">Fourth entry</a></li></ul>"
        "</body></html>";
    newsclean_kind_features x;
    page_features(html, NULL, &x);
    ck_assert_double_eq(x.f[feature("pagination")], 1);
    ck_assert_double_eq_tol(x.f[feature("log_sections")], log1p(2), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_address_elements")], log1p(1), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_repeat_dated")], log1p(3), 1e-9);

    /* An article's page has none of them. */
    const char *story = "<html><body><article><h1>Bridge reopens</h1>"
                        "<p>The bridge over the river opened again on Monday after a year of "
                        "repairs, the council said.</p></article></body></html>";
    page_features(story, NULL, &x);
    ck_assert_double_eq(x.f[feature("pagination")], 0);
    ck_assert_double_eq(x.f[feature("log_sections")], 0);
    ck_assert_double_eq(x.f[feature("log_repeat_dated")], 0);
}
END_TEST

START_TEST(counter_blocks)
{
    /* Counts standing alone, as a thread's votes and replies are printed; words, years in
     * a sentence and long numbers with a word are not counts. */
    const char *html = "<html><body><div><p>12</p><p>3.4k</p><p>+7</p><p>Reply</p>"
                       "<p>In 2024 the river rose.</p><p>1,234,567 people</p></div></body></html>";
    newsclean_kind_features x;
    page_features(html, NULL, &x);
    ck_assert_double_eq_tol(x.f[feature("log_counter_blocks")], log1p(3), 1e-9);

    /* Dates a few blocks apart are entries' dates: three after the first; a date far
     * below is an article's own. */
    const char *index =
        "<html><body><div><h2>First entry</h2><time>May 1</time><p>One line on it.</p>"
        "<h2>Second entry</h2><time>May 2</time><p>One line on it.</p>"
        "<h2>Third entry</h2><time>May 3</time><p>One line on it.</p>"
        "<h2>Fourth entry</h2><time>May 4</time><p>One line on it.</p></div></body></html>";
    page_features(index, NULL, &x);
    ck_assert_double_eq_tol(x.f[feature("log_dated_entries")], log1p(3), 1e-9);
    const char *story = "<html><body><time>May 1</time><p>A</p><p>B</p><p>C</p><p>D</p>"
                        "<p>E</p><p>F</p><p>G</p><p>H</p><p>I</p><time>May 2</time></body></html>";
    page_features(story, NULL, &x);
    ck_assert_double_eq(x.f[feature("log_dated_entries")], 0);
}
END_TEST

/* Dates by their digits alone, marked up or not; and prose under a date, once per date: a
 * thread's posts. A year in a sentence, a year alone and a price are no date. */
START_TEST(date_shaped_blocks)
{
    const char *thread =
        "<html><body><div>"
        "<p>#1 2024-08-03 10:59</p><p>first_user</p>"
        "<p>The old board works well on a slow line, and I would like to keep its look when "
        "we move to something that is still maintained.</p>"
        "<p>Sent 04.08.2024</p>"
        "<p>A second reply that says enough to count as prose: the software is fine, but "
        "the theme is what people miss most.</p>"
        "<p>A third paragraph of the same reply, which does not count again, being under the "
        "same date as the one before it.</p>"
        "<p>8/5/24 14:22</p><p>Short.</p>"
        "<p>In 2024 the river rose.</p><p>2024</p><p>$2024</p>"
        "</div></body></html>";
    newsclean_kind_features x;
    page_features(thread, NULL, &x);
    ck_assert_double_eq_tol(x.f[feature("log_date_shaped_blocks")], log1p(3), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_dated_prose_runs")], log1p(2), 1e-9);

    /* An article with one dateline over its prose: one run. */
    const char *story = "<html><body><article><h1>Bridge reopens</h1><time>May 1</time>"
                        "<p>The bridge over the river opened again on Monday after a year of "
                        "repairs to its deck and railings, the council said.</p><p>Traffic was "
                        "light, and the first "
                        "buses crossed it in the afternoon.</p></article></body></html>";
    page_features(story, NULL, &x);
    ck_assert_double_eq_tol(x.f[feature("log_date_shaped_blocks")], log1p(1), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_dated_prose_runs")], log1p(1), 1e-9);
}
END_TEST

START_TEST(widening_model)
{
    /* Bodies are widened by the widening model for a parsed page, by the text model for
     * a text dump, and either gives a kind and a probability. */
    newsclean_kind_features x;
    memset(&x, 0, sizeof x);
    double p = 0, q = 0;
    newsclean_page_kind k = newsclean_kind_decide(&x, &p);
    ck_assert_int_eq(newsclean_kind_decide_widening(&x, &q), k);
    ck_assert_double_eq(p, q);
    x.html = true;
    k = newsclean_kind_decide_widening(&x, &q);
    ck_assert_int_lt(k, NEWSCLEAN_KIND_COUNT);
    ck_assert(q > 0 && q <= 1);

    /* A tool's dump is read by the tool model, but its body goes by the text model's kind,
     * as any other dump's (where the text path kept nothing, a tool model sure of another
     * kind than article overrules it: see dump_kept_nothing_tool_model_sure_of_listing). */
    x.html = false;
    x.f[feature("list_item_share")] = 0.3;
    x.f[feature("heading_share")] = 0.1;
    k = newsclean_kind_decide(&x, &p);
    x.tool = true;
    double t = 0;
    newsclean_kind_decide(&x, &t);
    ck_assert_int_eq(newsclean_kind_decide_widening(&x, &q), k);
    ck_assert_double_eq(p, q);
    ck_assert(t != p);
}
END_TEST

/* Links by where they go, against the page's own URL: its siblings and the pages below it,
 * other sites (a subdomain is the same site), users' pages (each counted once), the path
 * words of the targets; and the headings a link can point at, long anchors, menu links. */
START_TEST(links_by_where_they_go)
{
    const char *html =
        "<html><body><nav><a href=\"/guide/install/windows\">Windows</a>"
        "<a href=\"macos\">macOS</a></nav><main><h1 id=\"top\">Install on Linux</h1>"
        "<h2 id=\"setup\">Setup</h2><p>First steps of the setup, in a sentence or two that "
        "make a paragraph.</p><h3><a href=\"#opts\">Options</a></h3><h3>Plain</h3>"
        "<p>See <a href=\"linux/arm\">ARM</a>, <a href=\"https://example.org/forum/t/42\">the "
        "thread</a> and <a href=\"//other.net/u/anna\">elsewhere</a>.</p>"
        "<p><a href=\"/members/anna\">anna</a> <a href=\"/members/bob\">bob</a> "
        "<a href=\"/members/anna\">anna</a></p>"
        "<p><a href=\"/x\">Ten ways to keep bees through the winter</a></p></main></body></html>";
    newsclean_kind_features x;
    page_features(html, "https://docs.example.org/guide/install/linux", &x);
    ck_assert_double_eq_tol(x.f[feature("log_site_links")], log1p(8), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("offsite_link_share")], 1.0 / 9, 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_child_links")], log1p(1), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("child_link_share")], 1.0 / 8, 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_sibling_links")], log1p(2), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("deeper_link_share")], 1.0 / 8, 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_user_links")], log1p(2), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_links_docs_path")], log1p(3), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_links_forum_path")], log1p(1), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_links_product_path")], 0, 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_long_anchors")], log1p(1), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_anchored_headings")], log1p(2), 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_nav_links")], log1p(2), 1e-9);
    /* The links taken off their elements by the cut and handed over as a list count the
     * same: every feature is as when they stay on the page. */
    newsclean_kind_features y;
    page_features_as(html, "https://docs.example.org/guide/install/linux", true, &y);
    for (size_t i = 0; i < NEWSCLEAN_KIND_FEATURES; i++)
        ck_assert_double_eq_tol(y.f[i], x.f[i], 1e-12);
    /* Without the page's URL nothing is above or beside it, and every link counts as the
     * site's own: the other site's user page too. */
    page_features(html, NULL, &x);
    ck_assert_double_eq_tol(x.f[feature("log_child_links")], 0, 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_sibling_links")], 0, 1e-9);
    ck_assert_double_eq_tol(x.f[feature("offsite_link_share")], 0, 1e-9);
    ck_assert_double_eq_tol(x.f[feature("log_user_links")], log1p(3), 1e-9);
}
END_TEST

START_TEST(links_into_source_files)
{
    /* A manual written as files in a repository offers to show or edit each page. */
    const char *manual =
        "<html><body><nav><a href=\"/docs/\">Docs</a><a href=\"/docs/install\">Install</a>"
        "</nav><main><h1>Configuring the widget</h1><p>The widget reads its settings from "
        "one file at start-up; each key below may be left out.</p><h2 id=\"keys\">Keys</h2>"
        "<p><code>timeout</code> sets how long to wait.</p></main><footer>"
        "<a href=\"https://github.com/acme/widget/edit/main/docs/configure.md\">Edit this "
        "page</a> <a href=\"https://gitlab.com/acme/widget/-/blob/main/docs/configure.md\">"
        "View source</a> <a href=\"https://github.com/acme/widget/tree/main/examples\">"
        "Examples</a></footer></body></html>";
    newsclean_kind_features x;
    page_features(manual, "https://widget.example/docs/configure", &x);
    ck_assert_double_eq_tol(x.f[feature("log_source_links")], log1p(3), 1e-9);
    /* A story's paths that merely start with those words, or carry them in a query, are
     * no source files. */
    const char *story =
        "<html><body><main><h1>Town plants a thousand oaks</h1><p>Volunteers spent the "
        "weekend planting along the river, the council said on Monday.</p>"
        "<p><a href=\"/news/tree-planting/\">More on tree planting</a> "
        "<a href=\"/news/editorial/oaks\">Our view</a> "
        "<a href=\"/search?q=/blob/\">Search</a></p></main></body></html>";
    page_features(story, "https://news.example/news/oaks", &x);
    ck_assert_double_eq_tol(x.f[feature("log_source_links")], 0, 1e-9);
}
END_TEST

static Suite *
kind_suite(void)
{
    Suite *s = suite_create("kind");
    TCase *tc = tcase_create("kind");
    tcase_add_test(tc, names);
    tcase_add_test(tc, explain_names_the_kind_for_the_body);
    tcase_add_test(tc, url_shape);
    tcase_add_test(tc, structured_data);
    tcase_add_test(tc, repeated_entries);
    tcase_add_test(tc, class_words_as_prefixes);
    tcase_add_test(tc, text_dump_has_no_markup_features);
    tcase_add_test(tc, listing_keeps_entries);
    tcase_add_test(tc, weak_box_keeps_entries);
    tcase_add_test(tc, forum_drops_counters);
    tcase_add_test(tc, forum_drops_post_stamps);
    tcase_add_test(tc, service_keeps_cards);
    tcase_add_test(tc, service_sections_beside_the_hero_kept);
    tcase_add_test(tc, company_page_signals);
    tcase_add_test(tc, index_signals);
    tcase_add_test(tc, counter_blocks);
    tcase_add_test(tc, date_shaped_blocks);
    tcase_add_test(tc, widening_model);
    tcase_add_test(tc, links_by_where_they_go);
    tcase_add_test(tc, product_keeps_panel_around_name);
    tcase_add_test(tc, prose_homes);
    tcase_add_test(tc, thread_posts_kept_however_sure);
    tcase_add_test(tc, dialog_left_out_unless_it_holds_the_title);
    tcase_add_test(tc, dialogs_side_by_side_are_no_thread);
    tcase_add_test(tc, links_into_source_files);
    tcase_add_test(tc, wrapped_dump_read_by_the_tool_model);
    tcase_add_test(tc, converter_markdown_read_by_the_tool_model);
    tcase_add_test(tc, entries_kept_from_the_title_down);
    tcase_add_test(tc, second_copy_dropped_shared_value_kept);
    tcase_add_test(tc, unsure_article_keeps_cards);
    tcase_add_test(tc, dump_kept_nothing_tool_model_sure_of_listing);
    tcase_add_test(tc, unsure_listing_prose_in_one_card_keeps_run);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(kind_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
