/* test_decisions.c: unit tests for the decisions HTML pages and text dumps share:
 * lib/headline.c (headline echoes), lib/byline.c (bylines cut to the names),
 * lib/dateline.c (date lines) and lib/tinypage.c (pages with no article). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "blocks.h"
#include "byline.h"
#include "dateline.h"
#include "dates.h"
#include "headline.h"
#include "newsclean.h"
#include "tinypage.h"

/* Blocks from a list of texts, every one kept; a leading '#' makes a heading. */
static void
make(newsclean_blocks *bl, const char *const *texts, size_t n)
{
    newsclean_blocks_init(bl);
    size_t root;
    ck_assert(newsclean_blocks_add_container(bl, NEWSCLEAN_NO_CONTAINER, "body", 0, &root));
    for (size_t i = 0; i < n; i++) {
        bool head = texts[i][0] == '#';
        const char *t = head ? texts[i] + 1 : texts[i];
        ck_assert(newsclean_blocks_add(bl, t, strlen(t),
                                       head ? NEWSCLEAN_BLOCK_HEADING : NEWSCLEAN_BLOCK_PARAGRAPH,
                                       head ? 2 : 0, (unsigned)i, 0, root, 0));
        bl->v[i].keep = true;
        bl->v[i].reason = "main content";
    }
}

/* ---- headline echoes -------------------------------------------------------------- */

START_TEST(echo_before_text_goes_paragraph_inside_stays)
{
    static const char *const t[] = {
        "#We will not close the library",
        "The mayor told a packed public meeting that the branch library would stay open.",
        "Asked whether she could promise that, she repeated the words of her speech.",
        "We will not close the library.",
        "#We will not close the library",
        "The council will publish its draft budget next month."};
    newsclean_blocks bl;
    make(&bl, t, sizeof t / sizeof t[0]);
    ck_assert_uint_eq(newsclean_headline_drop_echoes(&bl, "We will not close the library"), 2);
    ck_assert(!bl.v[0].keep);
    ck_assert_str_eq(bl.v[0].reason, "repeats the headline");
    ck_assert(bl.v[3].keep);
    ck_assert_str_eq(bl.v[3].reason, "main content");
    ck_assert(!bl.v[4].keep);
    ck_assert_str_eq(bl.v[4].reason, "heading repeats the headline");
    ck_assert(bl.v[5].keep);
    newsclean_blocks_free(&bl);
}
END_TEST

START_TEST(echo_after_kicker_still_goes)
{
    /* A kicker or place line kept above the text does not start it. */
    static const char *const t[] = {"Politics", "Council backs covered market",
                                    "The old bus depot on Mill Road will become a market hall."};
    newsclean_blocks bl;
    make(&bl, t, sizeof t / sizeof t[0]);
    ck_assert_uint_eq(newsclean_headline_drop_echoes(&bl, "Council backs \xE2\x80\x9C"
                                                          "covered\xE2\x80\x9D market"),
                      1);
    ck_assert(bl.v[0].keep);
    ck_assert(!bl.v[1].keep);
    ck_assert_uint_eq(newsclean_headline_drop_echoes(&bl, NULL), 0);
    newsclean_blocks_free(&bl);
}
END_TEST

static const char page[] =
    "<html><head><title>We will not close the library</title></head><body><article>"
    "<h1>We will not close the library</h1>"
    "<p>The mayor told a packed public meeting on Wednesday evening that the branch library "
    "on Station Road would stay open, whatever the outcome of the budget review.</p>"
    "<p>Campaigners had collected more than three thousand signatures since the council "
    "first listed the building among the sites it might sell off.</p>"
    "<p>We will not close the library.</p>"
    "<p>The council will publish its draft budget on the first of next month.</p>"
    "</article></body></html>";

START_TEST(explain_says_why_an_echo_went)
{
    newsclean_extractor *ex = newsclean_extractor_new(NEWSCLEAN_OPT_EXPLAIN);
    ck_assert_ptr_nonnull(ex);
    newsclean_article *a = NULL;
    ck_assert_int_eq(newsclean_extract(ex, page, strlen(page), &a), NEWSCLEAN_OK);
    const char *body = newsclean_article_body(a);
    ck_assert_ptr_nonnull(strstr(body, "\n\nWe will not close the library.\n\n"));
    ck_assert(strncmp(body, "We will", 7) != 0);
    const char *report = newsclean_article_explain(a);
    ck_assert_ptr_nonnull(report);
    /* The paragraph inside the text is kept, and --explain says so; no KEEP line is
     * missing from the body. */
    const char *mid = strstr(report, "\n  We will not close the library.\n");
    ck_assert_ptr_nonnull(mid);
    const char *line = mid;
    while (line > report && line[-1] != '\n')
        line--;
    ck_assert(strncmp(line, "KEEP", 4) == 0);
    newsclean_article_free(a);
    newsclean_extractor_free(ex);
}
END_TEST

/* ---- site suffix, same text ------------------------------------------------------- */

START_TEST(strip_site_separators)
{
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"Harbour crane returns to service \xC2\xBB Northbay Courier",
         "Harbour crane returns to service"},
        {"Harbour crane returns to service | Northbay Courier", "Harbour crane returns to service"},
        {"Harbour crane returns - a long story of repairs",
         "Harbour crane returns - a long story of repairs"},
        {"Short | Northbay Courier", "Short | Northbay Courier"},
        {"Record of the week: \xE2\x80\x98"
         "Blue Dot / Lift Off\xE2\x80\x99",
         "Record of the week: \xE2\x80\x98"
         "Blue Dot / Lift Off\xE2\x80\x99"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t start,
            n = newsclean_headline_strip_site(cases[i].in, strlen(cases[i].in), NULL, &start);
        ck_assert_uint_eq(start, 0);
        ck_assert_uint_eq(n, strlen(cases[i].want));
        ck_assert(strncmp(cases[i].in, cases[i].want, n) == 0);
    }
    ck_assert(newsclean_headline_same_text("It's \xE2\x80\x9Cover\xE2\x80\x9D", "its \"over\""));
    ck_assert(!newsclean_headline_same_text("It is over", "It is not over"));
    ck_assert(!newsclean_headline_same_text(NULL, "x"));
}
END_TEST

/* ---- bylines ---------------------------------------------------------------------- */

START_TEST(byline_trim_to_names)
{
    struct newsclean_date_rules *dates = newsclean_date_rules_new();
    ck_assert_ptr_nonnull(dates);
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"By Jane Doe @janedoe", "Jane Doe"},
        {"By Jane Doe | Politics", "Jane Doe"},
        {"Written by Jane Doe on 3 March 2021", "Jane Doe"},
        {"By Jane Doe \xE2\x80\xA2 March 3, 2024", "Jane Doe"},
        {"Jane Doe \xC2\xB7 3 March 2021", "Jane Doe"},
        {"By Jane Doe | 03/03/2024", "Jane Doe"},
        {"Von Max Muster vor 2 Stunden", "Max Muster"},
        {"Sports desk by Jane Doe", "Jane Doe"},
        {"Text: Jane Doe", "Jane Doe"},
        {"Foto: Jane Doe", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[128];
        strcpy(buf, cases[i].in);
        size_t n = newsclean_byline_trim(dates, buf, strlen(buf));
        ck_assert_msg(n == strlen(cases[i].want) && strncmp(buf, cases[i].want, n) == 0,
                      "trim(\"%s\") = \"%.*s\", want \"%s\"", cases[i].in, (int)n, buf,
                      cases[i].want);
    }
    ck_assert(newsclean_byline_is_name("Jane Doe", 8));
    ck_assert(!newsclean_byline_is_name("staff", 5));
    ck_assert(!newsclean_byline_is_name("Read more: Jane Doe", 19));
    newsclean_date_rules_free(dates);
}
END_TEST

/* ---- date lines ------------------------------------------------------------------- */

START_TEST(date_line_or_sentence)
{
    struct newsclean_date_rules *dates = newsclean_date_rules_new();
    ck_assert_ptr_nonnull(dates);
    static const char *const t[] = {
        "Published May 22, 2024 4:05 p.m.", "\xE2\x80\x94 Jane Doe (@janedoe) May 4, 2022",
        "The council met on 14 March 2024 and agreed to sell the old depot to a builder.",
        "Tenants pay forty pounds a year."};
    newsclean_blocks bl;
    make(&bl, t, sizeof t / sizeof t[0]);
    ck_assert(newsclean_date_line(dates, &bl.v[0]));
    ck_assert(!newsclean_date_line(dates, &bl.v[1]));
    ck_assert(!newsclean_date_line(dates, &bl.v[2]));
    ck_assert(!newsclean_date_line(dates, &bl.v[3]));
    ck_assert(!newsclean_date_line(NULL, &bl.v[0]));
    newsclean_blocks_free(&bl);
    newsclean_date_rules_free(dates);
}
END_TEST

/* ---- tiny pages ------------------------------------------------------------------- */

static bool
not_menu(const void *ctx, const newsclean_block *b)
{
    (void)ctx;
    return strcmp(b->text, "Home") != 0;
}

START_TEST(tiny_page_kept_longer_page_not)
{
    static const char *const t[] = {"Home", "Reading room closed",
                                    "The reading room is shut until Monday."};
    newsclean_blocks bl;
    make(&bl, t, sizeof t / sizeof t[0]);
    for (size_t i = 0; i < bl.n; i++)
        bl.v[i].keep = false;
    ck_assert(newsclean_tiny_page_keep(&bl, 0, not_menu, NULL));
    ck_assert(!bl.v[0].keep);
    ck_assert(bl.v[1].keep && bl.v[2].keep);
    ck_assert_str_eq(bl.v[2].reason, "the page's only text");
    newsclean_blocks_free(&bl);

    char long_text[NEWSCLEAN_TINY_PAGE_CHARS + 2];
    memset(long_text, 'a', sizeof long_text - 1);
    long_text[sizeof long_text - 1] = '\0';
    const char *const t2[] = {long_text};
    make(&bl, t2, 1);
    bl.v[0].keep = false;
    ck_assert(!newsclean_tiny_page_keep(&bl, 0, not_menu, NULL));
    ck_assert(!bl.v[0].keep);
    newsclean_blocks_free(&bl);
}
END_TEST

static Suite *
decisions_suite(void)
{
    Suite *s = suite_create("decisions");
    TCase *tc = tcase_create("headline");
    tcase_add_test(tc, echo_before_text_goes_paragraph_inside_stays);
    tcase_add_test(tc, echo_after_kicker_still_goes);
    tcase_add_test(tc, explain_says_why_an_echo_went);
    tcase_add_test(tc, strip_site_separators);
    suite_add_tcase(s, tc);
    tc = tcase_create("byline");
    tcase_add_test(tc, byline_trim_to_names);
    suite_add_tcase(s, tc);
    tc = tcase_create("dateline");
    tcase_add_test(tc, date_line_or_sentence);
    suite_add_tcase(s, tc);
    tc = tcase_create("tinypage");
    tcase_add_test(tc, tiny_page_kept_longer_page_not);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(decisions_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
