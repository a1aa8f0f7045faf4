/* test_textdump.c: unit tests for lib/textdump*.c: splitting a text dump into line
 * blocks, finding the article among navigation, prompts and teasers, and reading its
 * headline, timestamp and byline. All texts are invented for these tests. */
#include "textdump.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "dates.h"

static struct newsclean_textdump_rules *rules;
static struct newsclean_date_rules *dates;

static void
setup(void)
{
    rules = newsclean_textdump_rules_new();
    dates = newsclean_date_rules_new();
    ck_assert_ptr_nonnull(rules);
    ck_assert_ptr_nonnull(dates);
}

static void
teardown(void)
{
    newsclean_textdump_rules_free(rules);
    newsclean_date_rules_free(dates);
    rules = NULL;
    dates = NULL;
}

/* One extraction's results. */
typedef struct {
    newsclean_blocks b;
    newsclean_meta m;
    char *body; /* kept blocks joined by a blank line, as the body is built */
} result;

static void
run_n(result *r, const char *text, size_t len, const struct newsclean_date_rules *d)
{
    memset(r, 0, sizeof *r);
    newsclean_blocks_init(&r->b);
    ck_assert_int_eq(newsclean_textdump_extract(rules, d, text, len, &r->b, &r->m), NEWSCLEAN_OK);
    newsclean_buf body;
    newsclean_buf_init(&body);
    for (size_t i = 0; i < r->b.n; i++) {
        /* Every block says why it was kept or dropped. */
        ck_assert_ptr_nonnull(r->b.v[i].reason);
        if (!r->b.v[i].keep)
            continue;
        if (body.len)
            ck_assert(newsclean_buf_append_str(&body, "\n\n"));
        ck_assert(newsclean_buf_append(&body, r->b.v[i].text, r->b.v[i].len));
    }
    ck_assert(newsclean_buf_append_str(&body, ""));
    r->body = newsclean_buf_detach(&body);
}

static void
run(result *r, const char *text)
{
    run_n(r, text, strlen(text), dates);
}

static void
done(result *r)
{
    newsclean_blocks_free(&r->b);
    newsclean_meta_clear(&r->m);
    free(r->body);
}

/* The block whose text is exactly 's'; fails the test if there is none. */
static const newsclean_block *
block(const result *r, const char *s)
{
    for (size_t i = 0; i < r->b.n; i++) {
        if (strcmp(r->b.v[i].text, s) == 0)
            return &r->b.v[i];
    }
    ck_abort_msg("no block \"%s\"", s);
    return NULL;
}

static void
assert_dropped(const result *r, const char *s, const char *why)
{
    const newsclean_block *b = block(r, s);
    ck_assert_msg(!b->keep, "\"%s\" was kept", s);
    ck_assert_str_eq(b->reason, why);
}

static void
assert_kept(const result *r, const char *s, const char *why)
{
    const newsclean_block *b = block(r, s);
    ck_assert_msg(b->keep, "\"%s\" was dropped (%s)", s, b->reason);
    ck_assert_str_eq(b->reason, why);
}

/* Three paragraphs of invented article text, reused around different kinds of chrome. */
#define P1                                                                                         \
    "The town council voted on Tuesday to turn the old bus depot on Mill Road into a "             \
    "covered market, ending three years of argument about what to do with the empty site."
#define P2                                                                                         \
    "Traders who now sell from stalls on the square will be offered the first leases, and "        \
    "the council expects the building to open before the end of next summer."
#define P3                                                                                         \
    "Opponents had wanted the land sold for housing, but the vote went through by eleven "         \
    "votes to four after a debate that lasted most of the evening."
#define BODY3 P1 "\n\n" P2 "\n\n" P3

/* ---- rules and arguments ------------------------------------------------------------- */

START_TEST(rules_free_null) { newsclean_textdump_rules_free(NULL); }
END_TEST

START_TEST(invalid_arguments)
{
    newsclean_blocks b;
    newsclean_meta m = {0};
    newsclean_blocks_init(&b);
    ck_assert_int_eq(newsclean_textdump_extract(NULL, dates, "x", 1, &b, &m),
                     NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_int_eq(newsclean_textdump_extract(rules, dates, "x", 1, NULL, &m),
                     NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_int_eq(newsclean_textdump_extract(rules, dates, "x", 1, &b, NULL),
                     NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_int_eq(newsclean_textdump_extract(rules, dates, NULL, 1, &b, &m),
                     NEWSCLEAN_ERR_INVALID_ARG);
    ck_assert_uint_eq(b.n, 0);
    ck_assert_uint_eq(b.nc, 0);
    /* NULL with length 0 is an empty dump. */
    ck_assert_int_eq(newsclean_textdump_extract(rules, dates, NULL, 0, &b, &m), NEWSCLEAN_OK);
    ck_assert_uint_eq(b.n, 0);
    ck_assert_uint_eq(b.nc, 1);
    newsclean_blocks_free(&b);
}
END_TEST

/* ---- splitting ------------------------------------------------------------------------ */

START_TEST(empty_and_blank_dumps)
{
    result r;
    run(&r, "");
    ck_assert_uint_eq(r.b.n, 0);
    ck_assert_uint_eq(r.b.nc, 1);
    ck_assert_str_eq(r.b.c[0].label, "text");
    ck_assert_uint_eq(r.b.c[0].parent, NEWSCLEAN_NO_CONTAINER);
    ck_assert_str_eq(r.body, "");
    ck_assert_ptr_null(r.m.headline);
    ck_assert_ptr_null(r.m.timestamp);
    ck_assert_ptr_null(r.m.byline);
    done(&r);

    run(&r, "\n\n   \n\t\r\n\xc2\xa0\n");
    ck_assert_uint_eq(r.b.n, 0);
    ck_assert_str_eq(r.body, "");
    done(&r);
}
END_TEST

START_TEST(lines_become_blocks)
{
    result r;
    /* LF, CRLF and a lone CR all end lines; blank lines count in the numbering. */
    run(&r, "  first line  \r\nsecond\rthird\n\n\xc2\xa0 fifth\xc2\xa0\n");
    ck_assert_uint_eq(r.b.n, 4);
    const char *want[] = {"first line", "second", "third", "fifth"};
    const unsigned line[] = {1, 2, 3, 5};
    for (size_t i = 0; i < 4; i++) {
        ck_assert_str_eq(r.b.v[i].text, want[i]);
        ck_assert_int_eq(r.b.v[i].kind, NEWSCLEAN_BLOCK_LINE);
        ck_assert_uint_eq(r.b.v[i].depth, line[i]);
        ck_assert_uint_eq(r.b.v[i].container, 0);
        ck_assert_uint_eq(r.b.v[i].level, 0);
        ck_assert_uint_eq(r.b.v[i].link_chars, 0);
    }
    done(&r);
}
END_TEST

START_TEST(no_final_newline_and_nul_bytes)
{
    static const char text[] = P1 "\n\n" P2 "\n\n" P3 "\n\nlast words\0after nul";
    result r;
    run_n(&r, text, sizeof text - 1, dates);
    ck_assert_str_eq(block(&r, P1)->text, P1);
    /* A NUL is just a byte inside the last line; the line ends at the end of input. */
    ck_assert_uint_eq(r.b.v[r.b.n - 1].len, strlen("last words") + 1 + strlen("after nul"));
    done(&r);
}
END_TEST

/* ---- the article and its metadata ---------------------------------------------------- */

START_TEST(headline_twice_date_and_prompts)
{
    /* The shape of a browser's innerText: icon sprite names, a date, the headline as
     * title and as h1, paragraphs, an "Also on" link and a share prompt. */
    static const char text[] =
        "icon bookmarkicon cameraicon chevron downicon chevron upicon closeicon downloadicon "
        "editicon fbicon mailicon searchicon shareicon twicon\n"
        "4 Feb, 2021 09:05\n\n"
        "Council backs covered market on Mill Road\n\n"
        "Council backs covered market on Mill Road\n\n" P1 " \n\n" P2
        "\n\nAlso on example.org Market traders protest over rent rises\n\n" P3 "\n\n"
        "Think your friends would be interested? Share this story!";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.body, BODY3);
    ck_assert_str_eq(r.m.headline, "Council backs covered market on Mill Road");
    ck_assert_str_eq(r.m.timestamp, "2021-02-04T09:05:00");
    ck_assert_ptr_null(r.m.byline);
    assert_dropped(&r, "4 Feb, 2021 09:05", "date line");
    assert_dropped(&r, "Council backs covered market on Mill Road", "headline");
    assert_dropped(&r, "Also on example.org Market traders protest over rent rises",
                   "related link");
    assert_dropped(&r, "Think your friends would be interested? Share this story!", "share prompt");
    ck_assert_str_eq(r.b.v[0].reason, "icon run");
    assert_kept(&r, P1, "prose core");
    /* Both copies of the headline are dropped. */
    ck_assert(!r.b.v[2].keep && !r.b.v[3].keep);
    done(&r);
}
END_TEST

/* A blog engine's share buttons, flattened under the byline: each button's label says what
 * it does, the network's name, and that it opens a new window. Bulleted right above the
 * article, they read as its own list. */
START_TEST(share_buttons_as_text)
{
    static const char text[] = "Council backs covered market on Mill Road\n\n"
                               "Three years of argument end as the old bus depot's traders are "
                               "promised the first leases in the new hall\n\n"
                               "By Jane Doe, 4 February 2021\n\n"
                               "Share this:\n\n"
                               "* Click to share on Facebook (Opens in new window) Facebook\n"
                               "* Click to share on X (Opens in new window) X\n"
                               "* Click to share on WhatsApp (Opens in new window) WhatsApp\n"
                               "* Click to email a link to a friend (Opens in new window) Email\n"
                               "* Click to print (Opens in new window) Print\n\n" BODY3 "\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.body, "Three years of argument end as the old bus depot's traders are "
                             "promised the first leases in the new hall\n\n" BODY3);
    assert_dropped(&r, "Click to share on X (Opens in new window) X", "share prompt");
    assert_dropped(&r, "Click to email a link to a friend (Opens in new window) Email",
                   "share prompt");
    assert_dropped(&r, "Click to print (Opens in new window) Print", "share prompt");
    done(&r);
}
END_TEST

START_TEST(site_suffix_byline_published_and_updated)
{
    static const char text[] = "Home\nNews\nSport\nWeather\n"
                               "Council backs covered market on Mill Road | The Mill Gazette\n"
                               "Council backs covered market on Mill Road\n"
                               "By Jane Doe and Tom Baker\n"
                               "Updated 5 March 2021, 14:20\n"
                               "Published 3 March 2021, 10:15\n" P1 "\n" P2 "\n" P3 "\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.m.headline, "Council backs covered market on Mill Road");
    ck_assert_str_eq(r.m.byline, "Jane Doe and Tom Baker");
    /* "Published" wins over an earlier "Updated", which becomes the modified time. */
    ck_assert_str_eq(r.m.timestamp, "2021-03-03T10:15:00");
    ck_assert_str_eq(r.m.modified, "2021-03-05T14:20:00");
    ck_assert_str_eq(r.body, BODY3);
    assert_dropped(&r, "Council backs covered market on Mill Road | The Mill Gazette", "headline");
    assert_dropped(&r, "By Jane Doe and Tom Baker", "byline");
    assert_dropped(&r, "Updated 5 March 2021, 14:20", "date line");
    done(&r);
}
END_TEST

START_TEST(only_updated_time_is_the_timestamp)
{
    static const char text[] = "Council backs covered market on Mill Road\n\n"
                               "Updated: 12.05.2019 | 14:30 Uhr\n\n" P1 "\n\n" P2 "\n\n" P3;
    result r;
    run(&r, text);
    ck_assert_str_eq(r.m.timestamp, "2019-05-12T14:30:00");
    ck_assert_str_eq(r.m.modified, "2019-05-12T14:30:00");
    done(&r);
}
END_TEST

START_TEST(labelled_date_far_from_the_headline)
{
    /* No date near the headline; a "Published" line stands in a box under the text. */
    static const char text[] =
        "Council backs covered market on Mill Road\n\n" P1 "\n\n" P2 "\n\n" P3 "\n\n" P1 "\n\n" P2
        "\n\n" P3 "\n\nShare\n\nAbout this story\n\n"
        "Published: 3 March 2021\n\nMore from the town hall\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.m.headline, "Council backs covered market on Mill Road");
    ck_assert_str_eq(r.m.timestamp, "2021-03-03");
    done(&r);
}
END_TEST

START_TEST(lone_date_line_in_the_text)
{
    /* A line that is only a date, among the article's paragraphs well below the
     * headline, is its date when none stands by the headline; two different ones say
     * nothing. */
#define SIX P1 "\n\n" P2 "\n\n" P3 "\n\n" P1 "\n\n" P2 "\n\n" P3 "\n\n"
    static const char one[] =
        "Council backs covered market on Mill Road\n\n" SIX P1 "\n\n12.05.2019\n\n" P3 "\n";
    result r;
    run(&r, one);
    ck_assert_str_eq(r.m.timestamp, "2019-05-12");
    done(&r);
    static const char two[] = "Council backs covered market on Mill Road\n\n" SIX P1
                              "\n\n12.05.2019\n\n" P2 "\n\n14.05.2019\n\n" P3 "\n";
#undef SIX
    run(&r, two);
    ck_assert_ptr_null(r.m.timestamp);
    done(&r);
}
END_TEST

START_TEST(labelled_date_opening_a_long_meta_line)
{
    /* A blog's meta row: the label and the date open it, many fields follow. */
    static const char text[] =
        "Older post\n\nNewer post\n\n"
        "Veröffentlicht: 05.01.2020 | Autor: Kim | Abgelegt unter: Fotografie, Reisen, "
        "Abendhimmel | Tags: Gegenlicht, Silhouette, Wolken, Winter | 5 Kommentare\n\n"
        "Council backs covered market on Mill Road\n\n" P1 "\n\n" P2 "\n\n" P3 "\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.m.timestamp, "2020-01-05");
    done(&r);
    /* Without a label, a date behind a bracket in a ticker line is another story's. */
    static const char ticker[] =
        "[ 26. Februar 2020 ] Am Server einen neuen Datenträger bereitstellen und dann "
        "einen Speicher einbinden, mit allen Schritten und Bildern dazu   Windows\n\n"
        "Council backs covered market on Mill Road\n\n" P1 "\n\n" P2 "\n\n" P3 "\n";
    run(&r, ticker);
    ck_assert_ptr_null(r.m.timestamp);
    done(&r);
}
END_TEST

START_TEST(lead_dateline_opens_the_first_paragraph)
{
    /* No date line; the first paragraph opens with the date, as agency copy does. */
    static const char text[] = "Council backs covered market on Mill Road\n\n"
                               "27.1.2022 - " P1 "\n\n" P2 "\n\n" P3 "\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.m.timestamp, "2022-01-27");
    done(&r);
    /* after the place it was written in */
    static const char place[] = "Council backs covered market on Mill Road\n\n"
                                "Mill Bridge, (25.10.2022). " P1 "\n\n" P2 "\n\n" P3 "\n";
    run(&r, place);
    ck_assert_str_eq(r.m.timestamp, "2022-10-25");
    done(&r);
    /* A date the sentence speaks of is not when it was written. */
    static const char said[] = "Council backs covered market on Mill Road\n\n"
                               "On 27.1.2022 the council met. " P1 "\n\n" P2 "\n\n" P3 "\n";
    run(&r, said);
    ck_assert_ptr_null(r.m.timestamp);
    done(&r);
}
END_TEST

START_TEST(posted_sentence_under_the_text)
{
    /* A blog's footer sentence says when the post went out, a verb after the date. */
    static const char de[] =
        "Council backs covered market on Mill Road\n\n" P1 "\n\n" P2 "\n\n" P3
        "\n\nDieser Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr "
        "veröffentlicht und unter Allgemein, Region, Markt und Rathaus abgelegt. Du kannst "
        "die Kommentare zu diesem Beitrag über den Feed verfolgen, wenn du magst.\n";
    result r;
    run(&r, de);
    ck_assert_str_eq(r.m.timestamp, "2019-11-27T15:21:00");
    done(&r);
    /* or a label before it */
    static const char en[] =
        "Council backs covered market on Mill Road\n\n" P1 "\n\n" P2 "\n\n" P3
        "\n\nThis entry was posted on Monday, May 3rd, 2011 at 10:15 and is filed under "
        "Town, Market, Council. You can follow any responses to this entry through the feed, "
        "and you can leave a response or a trackback from your own site.\n";
    run(&r, en);
    ck_assert_str_eq(r.m.timestamp, "2011-05-03T10:15:00");
    done(&r);
    /* a date the sentence only mentions is not the post's */
    static const char said[] =
        "Council backs covered market on Mill Road\n\n" P1 "\n\n" P2 "\n\n" P3
        "\n\nThe market will open on Monday, May 3rd, 2011 at 10:15 and stay open until the "
        "end of the summer, when the council will look at the figures again.\n";
    run(&r, said);
    ck_assert_ptr_null(r.m.timestamp);
    done(&r);
}
END_TEST

START_TEST(updated_footer_under_the_text_is_no_timestamp)
{
    /* A "Last updated" stamp after the text ends is a page's footer: documentation pages
     * carry one. */
    static const char text[] =
        "Council backs covered market on Mill Road\n\n" P1 "\n\n" P2 "\n\n" P3
        "\n\nPrivacy\n\nTerms\n\nContact\n\nSitemap\n\nHelp\n\nLast updated 5 March 2021\n";
    result r;
    run(&r, text);
    ck_assert_ptr_null(r.m.timestamp);
    done(&r);
}
END_TEST

START_TEST(opening_line_with_full_stop_is_the_headline)
{
    /* A title copied out as plain text with a full stop: with nothing above it, it is the
     * headline and leaves the body, its quote marks with it. */
    static const char text[] = "Council backs \xe2\x80\x98"
                               "covered market\xe2\x80\x99"
                               " on Mill Road.\n\n" P1 "\n\n" P2 "\n\n" P3;
    result r;
    run(&r, text);
    ck_assert_str_eq(r.m.headline, "Council backs \xe2\x80\x98"
                                   "covered market\xe2\x80\x99"
                                   " on Mill Road.");
    ck_assert_str_eq(r.body, BODY3);
    assert_dropped(&r,
                   "Council backs \xe2\x80\x98"
                   "covered market\xe2\x80\x99"
                   " on Mill Road.",
                   "headline");
    done(&r);

    /* A notice that opens the dump shares no word with the article: not its headline. */
    static const char notice[] =
        "Your browser is out of date, please update it.\n\n" P1 "\n\n" P2 "\n\n" P3;
    run(&r, notice);
    ck_assert_ptr_null(r.m.headline);
    done(&r);

    /* Only the dump's first line: a sentence-shaped line further down stays a sentence. */
    static const char lower[] =
        "Home\n\nCouncil backs covered market on Mill Road.\n\n" P1 "\n\n" P2 "\n\n" P3;
    run(&r, lower);
    ck_assert_ptr_null(r.m.headline);
    done(&r);
}
END_TEST

START_TEST(question_headline_opening_the_core)
{
    /* A long headline asking a question reads as prose and opens the core; under its
     * date line it is still the headline, and leaves the body. */
    static const char q[] = "Will the old bus depot on Mill Road really become the covered "
                            "market the town was promised?";
    static const char text[] =
        "Home\n\nNews\n\nSport\n\nWeather\n\nSign in\n\n"
        "Local politics\n\nPolitics 12.03.2021, 08:30\n\n"
        "Will the old bus depot on Mill Road really become the covered "
        "market the town was promised?\n\n" P1 "\n\n" P2 "\n\n" P3 "\n\nShare this article\n";
    result r;
    run(&r, text);
    ck_assert_ptr_nonnull(r.m.headline);
    ck_assert_str_eq(r.m.headline, q);
    ck_assert_str_eq(r.body, BODY3);
    done(&r);
    /* With no date or byline by it, the same line may be the article's opening question:
     * it stays in the text and names nothing. */
    static const char bare[] =
        "Home\n\nNews\n\nSport\n\nWeather\n\nSign in\n\n"
        "Local politics\n\n"
        "Will the old bus depot on Mill Road really become the covered "
        "market the town was promised?\n\n" P1 "\n\n" P2 "\n\n" P3 "\n\nShare this article\n";
    run(&r, bare);
    ck_assert_ptr_null(r.m.headline);
    assert_kept(&r, q, "prose core");
    done(&r);
}
END_TEST

START_TEST(numeric_date_read_in_the_page_order)
{
    /* "06/05/2020" reads two ways; a date elsewhere on the page that reads one way only
     * tells which. */
    static const char day_first[] = "Home\n\nNews\n\nCouncil backs covered market on Mill "
                                    "Road\n\nBy Jane Doe | 06/05/2020\n\n" P1 "\n\n" P2 "\n\n" P3
                                    "\n\nMore news\n\nPier reopens after repairs"
                                    "\n\n25/04/2020\n";
    result r;
    run(&r, day_first);
    ck_assert_ptr_nonnull(r.m.timestamp);
    ck_assert_str_eq(r.m.timestamp, "2020-05-06");
    done(&r);
    static const char month_first[] = "Home\n\nNews\n\nCouncil backs covered market on Mill "
                                      "Road\n\nBy Jane Doe | 06/05/2020\n\n" P1 "\n\n" P2 "\n\n" P3
                                      "\n\nMore news\n\nPier reopens after "
                                      "repairs\n\nApril 25, 2020\n";
    run(&r, month_first);
    ck_assert_ptr_nonnull(r.m.timestamp);
    ck_assert_str_eq(r.m.timestamp, "2020-06-05");
    done(&r);
    /* Nothing else on the page says: no date rather than a guess. */
    static const char unknown[] =
        "Home\n\nNews\n\nCouncil backs covered market on Mill "
        "Road\n\nBy Jane Doe | 06/05/2020\n\n" P1 "\n\n" P2 "\n\n" P3 "\n";
    run(&r, unknown);
    ck_assert_ptr_null(r.m.timestamp);
    done(&r);
}
END_TEST

START_TEST(german_byline_with_date)
{
    static const char text[] =
        "Gemeinderat stimmt für Markthalle am Mühlweg\n\n"
        "Von Max Muster | 14.03.2023, 09:45 Uhr\n\n"
        "Der Gemeinderat hat am Dienstag beschlossen, das alte Busdepot am Mühlweg in eine "
        "Markthalle umzubauen. Damit endet ein Streit, der fast drei Jahre gedauert hat.\n\n"
        "Die Händler vom Marktplatz sollen die ersten Mietverträge bekommen, und die "
        "Verwaltung rechnet damit, dass die Halle vor dem Ende des nächsten Sommers öffnet.\n\n"
        "Anzeige\n\n"
        "Gegner wollten das Grundstück für Wohnungen verkaufen, doch der Beschluss fiel nach "
        "einer langen Debatte mit elf zu vier Stimmen.\n\n"
        "Lesen Sie auch: Neue Buslinie zum Bahnhof startet im Mai\n\n"
        "Mehr zum Thema\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.m.headline, "Gemeinderat stimmt für Markthalle am Mühlweg");
    ck_assert_str_eq(r.m.byline, "Max Muster");
    ck_assert_str_eq(r.m.timestamp, "2023-03-14T09:45:00");
    assert_dropped(&r, "Lesen Sie auch: Neue Buslinie zum Bahnhof startet im Mai", "related link");
    ck_assert_ptr_null(strstr(r.body, "Anzeige"));
    ck_assert_ptr_nonnull(strstr(r.body, "elf zu vier Stimmen."));
    done(&r);
}
END_TEST

START_TEST(sentence_starting_like_a_byline)
{
    /* "Por" and "By" start sentences too: lowercase or a full stop means no byline. */
    static const char text[] =
        "El pleno aprueba el mercado cubierto\n\n"
        "Por eso, el ayuntamiento esperó.\n\n"
        "El ayuntamiento aprobó el martes convertir la antigua cochera de autobuses en un "
        "mercado cubierto, después de tres años de discusiones sobre el solar vacío.\n\n"
        "Los comerciantes de la plaza recibirán los primeros contratos, y el consistorio "
        "espera que el edificio abra antes del final del próximo verano.\n\n"
        "Leer más: El autobús al hospital cambia de horario\n\n"
        "By the end of the evening the vote had passed, eleven to four.\n";
    result r;
    run(&r, text);
    ck_assert_ptr_null(r.m.byline);
    ck_assert_str_eq(r.m.headline, "El pleno aprueba el mercado cubierto");
    assert_dropped(&r, "Leer más: El autobús al hospital cambia de horario", "related link");
    assert_kept(&r, "By the end of the evening the vote had passed, eleven to four.", "prose core");
    done(&r);
}
END_TEST

START_TEST(no_dates_rules)
{
    static const char text[] = "Council backs covered market on Mill Road\n\n"
                               "Published 3 March 2021, 10:15\n\n" P1 "\n\n" P2 "\n\n" P3;
    result r;
    run_n(&r, text, strlen(text), NULL);
    ck_assert_ptr_null(r.m.timestamp);
    ck_assert_str_eq(r.m.headline, "Council backs covered market on Mill Road");
    ck_assert_str_eq(r.body, BODY3);
    done(&r);
}
END_TEST

/* ---- what stays and what goes --------------------------------------------------------- */

START_TEST(subheadings_and_lists_stay)
{
    static const char text[] = "Council backs covered market on Mill Road\n\n" P1 "\n\n"
                               "What happens next\n\n" P2 "\n\n"
                               "The plan includes:\n"
                               "forty stalls under one roof\n"
                               "a loading bay behind the building\n"
                               "public toilets open all day\n\n" P3 "\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.body, P1 "\n\nWhat happens next\n\n" P2 "\n\nThe plan includes:\n\n"
                                "forty stalls under one roof\n\n"
                                "a loading bay behind the building\n\n"
                                "public toilets open all day\n\n" P3);
    assert_kept(&r, "What happens next", "subheading");
    assert_kept(&r, "The plan includes:", "sentence in core");
    assert_kept(&r, "a loading bay behind the building", "introduced list");
    done(&r);
}
END_TEST

START_TEST(noise_kinds)
{
    static const char text[] =
        "Skip to content\n"
        "We use cookies to improve your experience. By continuing you accept our use of "
        "cookies.\n"
        "Council backs covered market on Mill Road\n\n" P1 "\n\nAdvertisement\n\n" P2
        "\n\nRead more: Parking charges to rise in April\n\n" P3 "\n\n"
        "Share on Facebook\n"
        "Sign up for our daily newsletter\n"
        "Tags: council, market, Mill Road\n"
        "12 comments\n"
        "Leave a Reply Cancel reply\n"
        "Impressum\n"
        "© 2021 The Mill Gazette. All rights reserved.\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.body, BODY3);
    assert_dropped(&r, "Skip to content", "footer link");
    assert_dropped(&r,
                   "We use cookies to improve your experience. By continuing you accept our "
                   "use of cookies.",
                   "cookie notice");
    assert_dropped(&r, "Read more: Parking charges to rise in April", "related link");
    assert_dropped(&r, "Share on Facebook", "share prompt");
    assert_dropped(&r, "Sign up for our daily newsletter", "newsletter prompt");
    assert_dropped(&r, "Tags: council, market, Mill Road", "post footer");
    assert_dropped(&r, "12 comments", "comment counter");
    assert_dropped(&r, "Leave a Reply Cancel reply", "comment counter");
    assert_dropped(&r, "Impressum", "footer link");
    assert_dropped(&r, "© 2021 The Mill Gazette. All rights reserved.", "copyright line");
    done(&r);
}
END_TEST

/* A guide whose sections close with "Back to top", and one of whose sections is called
 * "Terms of use": prose goes on under each, so none of them ends the article. The footer's
 * run of links under the last section does. */
START_TEST(legal_phrases_heading_sections)
{
#define METER1                                                                                     \
    "Most meters sit under a small cover in the pavement outside the front gate, though "          \
    "older houses often have theirs under the kitchen sink."
#define METER2                                                                                     \
    "Lift the cover with a screwdriver and clear away any soil or leaves, so that you can see "    \
    "the glass face of the meter and the serial number printed beside it."
#define METER3                                                                                     \
    "The black figures count whole cubic metres and the red ones count litres. Write down the "    \
    "black figures only, from left to right, including any zeros at the start."
#define METER4                                                                                     \
    "If the small star or triangle on the face turns while every tap in the house is off, water "  \
    "is escaping somewhere between the meter and your taps."
#define METER5                                                                                     \
    "Readings you send us through the app are covered by the same agreement as your bill, and "    \
    "we keep them for six years as the water regulator asks of every supplier."
#define METER6                                                                                     \
    "Call the leak line on the number printed on your bill. A leak on your side of the meter is "  \
    "yours to mend, but we will find it for free the first time."
    result r;
    run(&r, "How to read your water meter\n\n"
            "Finding the meter\n\n" METER1 "\n\n" METER2 "\n\nBack to top\n\n"
            "Reading the dials\n\n" METER3 "\n\n" METER4 "\n\n"
            "Terms of use\n\n" METER5 "\n\nBack to top\n\n"
            "When to call us\n\n" METER6 "\n\nBack to top\n\n"
            "About us\n"
            "Contact us\n"
            "Privacy policy\n"
            "© 2024 Mill Road Water Board. All rights reserved.\n");
    ck_assert_str_eq(r.body, METER1 "\n\n" METER2 "\n\nReading the dials\n\n" METER3 "\n\n" METER4
                                    "\n\n" METER5 "\n\nWhen to call us\n\n" METER6);
    assert_dropped(&r, "Back to top", "footer link");
    assert_dropped(&r, "Terms of use", "footer link");
    assert_dropped(&r, "Privacy policy", "footer link");
    done(&r);
}
END_TEST

START_TEST(french_noise)
{
    static const char text[] =
        "Le conseil approuve le marché couvert de la rue du Moulin\n\n"
        "Par Claire Dubois\n\n"
        "Le conseil municipal a voté mardi la transformation de l'ancien dépôt de bus de la "
        "rue du Moulin en marché couvert, après trois ans de débats sur le terrain vide.\n\n"
        "Publicité\n\n"
        "Les commerçants de la place se verront proposer les premiers baux, et la mairie "
        "espère une ouverture avant la fin de l'été prochain.\n\n"
        "Lire aussi : Le stationnement devient payant en avril\n\n"
        "Les opposants voulaient vendre le terrain pour y construire des logements, mais le "
        "vote a été acquis par onze voix contre quatre.\n\n"
        "Partager\n"
        "Laisser un commentaire\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.m.byline, "Claire Dubois");
    assert_dropped(&r, "Lire aussi : Le stationnement devient payant en avril", "related link");
    assert_dropped(&r, "Partager", "share prompt");
    assert_dropped(&r, "Laisser un commentaire", "comment counter");
    ck_assert_ptr_null(strstr(r.body, "Lire aussi"));
    done(&r);
}
END_TEST

START_TEST(comments_do_not_join_the_article)
{
    /* The comments are longer than the article; the counter still ends it. */
    static const char text[] =
        "Council backs covered market on Mill Road\n\n" P1 "\n\n" P2 "\n\n" P3 "\n\n"
        "3 comments\n\n"
        "Anna says:\n"
        "4 February 2021 at 10:12\n"
        "I have lived on Mill Road for twenty years and this is the best news we have had in "
        "a long time, the depot has been an eyesore since the buses moved out of town.\n"
        "Reply\n"
        "Bob says:\n"
        "4 February 2021 at 11:40\n"
        "Another market will only take trade away from the shops on the high street, which "
        "are struggling enough already, and nobody on the council seems to care about that.\n"
        "Reply\n"
        "Carla says:\n"
        "4 February 2021 at 12:05\n"
        "The housing would have been a far better use of the land, given how many young "
        "families cannot find anywhere to rent in this town at a price they can afford.\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.body, BODY3);
    assert_dropped(&r, "Anna says:", "comment author");
    done(&r);
}
END_TEST

START_TEST(off_topic_teasers_without_heading_are_cut)
{
    /* A short article, then four other stories' titles, each over one line of summary and
     * on another subject, with no "Related" heading over them: together they weigh as
     * much as the article, yet they are not part of it. */
    static const char text[] =
        "Home\nNews\nSport\n\n"
        "Library opens on Sundays from March\n\n"
        "The town library will open on Sunday afternoons from the first of March, the council "
        "said on Tuesday, after a campaign by readers who work during the week.\n\n"
        "Volunteers from the friends of the library group will help staff the desk between one "
        "and five o'clock, and the reading room will open at the same hours.\n\n"
        "The trial runs for six months, after which councillors will look at how many people "
        "came and whether the extra hours can be paid for from next year's budget.\n\n"
        "Footbridge on Mill Lane closed for repairs\n"
        "The footbridge will be closed for three weeks from Monday while engineers replace its "
        "rotten deck boards.\n\n"
        "Youth team wins county cup in driving rain\n"
        "The under-16s came from a goal down to beat their rivals three to one in a final that "
        "was nearly called off because of the weather.\n\n"
        "New bus timetable starts next month\n"
        "Buses on the number 12 route will run every twenty minutes instead of every half hour, "
        "the operator announced on Friday.\n\n"
        "Bakery on Station Street to close after forty years\n"
        "Its owners are retiring and no buyer has come forward, so the shop will give away what "
        "is left on its final afternoon.\n";
    result r;
    run(&r, text);
    ck_assert_ptr_nonnull(strstr(r.body, "at the same hours."));
    ck_assert_ptr_null(strstr(r.body, "Footbridge"));
    ck_assert_ptr_null(strstr(r.body, "final afternoon"));
    done(&r);
}
END_TEST

/* The body of an article on a town's new cycle lanes, about 170 words, shared by the tests
 * of dated cards below. */
#define CYCLE_LANE_ARTICLE                                                                         \
    "The council will paint cycle lanes on both sides of the ring road this summer, after "        \
    "a survey found that most people who cycle to work in the town avoid it at rush hour.\n\n"     \
    "The lanes will be a metre and a half wide and separated from the traffic by a low kerb "      \
    "on the two stretches where lorries turn into the industrial estate, the council said.\n\n"    \
    "Work starts in July and should take eight weeks. The road will stay open, with one lane "     \
    "closed at a time in each direction between ten in the morning and four in the "               \
    "afternoon.\n\n"                                                                               \
    "Cycling groups welcomed the plan but asked for the kerb to run the whole length of the "      \
    "ring road, saying paint alone would not keep delivery vans out of the lanes.\n\n"             \
    "The council said it would count cyclists on the ring road again next spring and decide "      \
    "then whether to extend the kerbed sections to the rest of the route.\n\n"                     \
    "Two shops on the ring road said they feared losing the parking bays in front of them, "       \
    "and the council promised to move the bays into the side streets before work starts.\n\n"

START_TEST(post_navigation_ends_article)
{
    /* Under the article, the template's links to the posts before and after it (the
     * first with its cue and title run together, as a dump joins two links), then readers'
     * comments on the same subject, with no heading or counter over them. */
    static const char text[] =
        "Ring road to get cycle lanes this summer\n\n" CYCLE_LANE_ARTICLE
        "Previous PostMarket hall on Mill Road opens its doors\n\n"
        "Next Post: Library to open on Sunday afternoons from March\n\n"
        "I cycle the ring road every morning and a kerb along the whole route would make a "
        "real difference, paint has never stopped a delivery van from parking in a lane.\n\n"
        "Eight weeks of roadworks in the summer is a long time for the shops on the ring road, "
        "and I hope the council keeps its promise about moving the parking bays first.\n\n"
        "About us\nContact\nPrivacy\n";
    result r;
    run(&r, text);
    ck_assert_ptr_nonnull(strstr(r.body, "before work starts."));
    assert_dropped(&r, "Previous PostMarket hall on Mill Road opens its doors", "post navigation");
    ck_assert_ptr_null(strstr(r.body, "Next Post"));
    ck_assert_ptr_null(strstr(r.body, "I cycle the ring road"));
    ck_assert_ptr_null(strstr(r.body, "keeps its promise"));
    done(&r);
}
END_TEST

START_TEST(feedback_prompt_under_article_is_dropped)
{
    /* A help centre's or a blog plugin's rating prompt, asked of the content or of the
     * post, right under the article's last paragraph. */
    static const char text[] = "Ring road to get cycle lanes this summer\n\n" CYCLE_LANE_ARTICLE
                               "Did you find this content helpful?\n\n"
                               "How useful was this post?\n\n"
                               "About us\nContact\nPrivacy\n";
    result r;
    run(&r, text);
    ck_assert_ptr_nonnull(strstr(r.body, "before work starts."));
    ck_assert_ptr_null(strstr(r.body, "content helpful"));
    ck_assert_ptr_null(strstr(r.body, "How useful"));
    done(&r);
}
END_TEST

/* A German article about a new bus timetable, invented for the tests below. */
#define BUS_ARTICLE_DE                                                                             \
    "Der Kreistag hat am Dienstag beschlossen, dass die Buslinie zwischen dem Bahnhof und dem "    \
    "Gewerbegebiet ab dem Sommer alle zwanzig Minuten fahren soll.\n\n"                            \
    "Bisher fährt der Bus nur einmal in der Stunde, und viele Pendler waren deshalb auf das "     \
    "Auto umgestiegen, wie eine Umfrage der Verkehrsgesellschaft im Frühjahr gezeigt hatte.\n\n"  \
    "Die zusätzlichen Fahrten kosten den Landkreis im Jahr rund vierhunderttausend Euro, die "    \
    "zur Hälfte aus einem Förderprogramm des Landes bezahlt werden sollen.\n\n"                  \
    "Die Verkehrsgesellschaft will dafür drei neue Busse kaufen und sechs Fahrer einstellen, "    \
    "die Ausschreibung soll noch vor den Sommerferien beginnen.\n\n"                               \
    "Im Herbst will der Kreistag prüfen, ob auch die Linie in die Nachbargemeinden häufiger "    \
    "fahren kann, wenn die Fahrgastzahlen auf der neuen Strecke steigen.\n\n"

START_TEST(post_navigation_in_german_ends_article)
{
    /* The template's links to the posts before and after this one, as German blog themes
     * label them, then readers' comments with no heading or counter over them. */
    static const char text[] =
        "Bus zum Gewerbegebiet fährt bald alle zwanzig Minuten\n\n" BUS_ARTICLE_DE
        "Vorheriger Beitrag\n\n"
        "Stadtbibliothek öffnet ab März auch am Sonntag\n\n"
        "Nächster Beitrag\n\n"
        "Ich fahre jeden Morgen mit dem Bus ins Gewerbegebiet und warte oft eine halbe Stunde "
        "am Bahnhof, zwanzig Minuten wären für uns Pendler eine echte Erleichterung.\n\n"
        "Schön und gut, aber wer soll die neuen Fahrer finden, wenn schon jetzt auf anderen "
        "Linien Fahrten ausfallen, weil das Personal fehlt und die Busse stehen bleiben?\n\n"
        "Impressum\nDatenschutz\n";
    result r;
    run(&r, text);
    ck_assert_ptr_nonnull(strstr(r.body, "Sommerferien beginnen."));
    ck_assert_ptr_null(strstr(r.body, "Vorheriger Beitrag"));
    ck_assert_ptr_null(strstr(r.body, "Ich fahre jeden Morgen"));
    ck_assert_ptr_null(strstr(r.body, "wer soll die neuen Fahrer"));
    done(&r);
}
END_TEST

/* The same cue where the next line opens with a German verb in lower case: a sentence
 * that starts with the words, not a link. */
START_TEST(german_sentence_opening_with_the_cue_stays)
{
    static const char text[] =
        "Bus zum Gewerbegebiet fährt bald alle zwanzig Minuten\n\n" BUS_ARTICLE_DE
        "Nächster Beitrag folgt: Im Herbst berichten wir, wie viele Fahrgäste die neue Linie "
        "in den ersten Wochen genutzt haben und was die Pendler dazu sagen.\n\n"
        "Die Verkehrsgesellschaft will die Fahrgäste an den Haltestellen zählen lassen und "
        "die Ergebnisse im Kreistag vorstellen, bevor über weitere Linien entschieden wird.\n\n"
        "Impressum\nDatenschutz\n";
    result r;
    run(&r, text);
    ck_assert_ptr_nonnull(strstr(r.body, "an den Haltestellen"));
    done(&r);
}
END_TEST

START_TEST(post_navigation_in_spanish_ends_article)
{
    /* A news theme's Spanish labels, each run together with the linked title as a dump
     * joins two links, then a box of other stories. */
    static const char text[] =
        "El ayuntamiento amplía el horario de la biblioteca municipal\n\n"
        "El pleno del ayuntamiento aprobó el martes ampliar el horario de la biblioteca "
        "municipal, que abrirá también los domingos por la tarde a partir de marzo.\n\n"
        "La medida responde a una petición de los estudiantes, que reunieron más de dos mil "
        "firmas durante el otoño para pedir más horas de estudio durante los exámenes.\n\n"
        "El concejal de Cultura explicó que la ampliación costará unos cuarenta mil euros al "
        "año y que se contratarán dos personas más para atender la sala de lectura.\n\n"
        "La biblioteca también renovará sus ordenadores y abrirá una sala infantil en la "
        "planta baja, con actividades para familias los sábados por la mañana.\n\n"
        "Artículo anteriorEl mercado de abastos cierra por obras durante dos meses\n\n"
        "Artículo siguienteLa piscina municipal abrirá en junio con nuevas tarifas\n\n"
        "Los vecinos del barrio norte piden más autobuses para llegar al centro de salud, que "
        "ahora queda a cuarenta minutos a pie de muchas de sus casas.\n\n"
        "Aviso legal\nContacto\n";
    result r;
    run(&r, text);
    ck_assert_ptr_nonnull(strstr(r.body, "sábados por la mañana."));
    ck_assert_ptr_null(strstr(r.body, "Artículo anterior"));
    ck_assert_ptr_null(strstr(r.body, "barrio norte"));
    done(&r);
}
END_TEST

START_TEST(form_inside_article_stays)
{
    /* The same form set between two parts of the article: the article goes on under it,
     * so the form is a box inside it and the core keeps its end. */
    static const char text[] =
        "Ring road to get cycle lanes this summer\n\n" CYCLE_LANE_ARTICLE "Stay in the loop\n\n"
        "Oops! Something went wrong while submitting the form.\n\n"
        "The council will hold a drop-in session about the cycle lanes at the town hall "
        "next Thursday, where engineers will show drawings of the kerbed stretches of the "
        "ring road.\n\n"
        "About us\nContact\nPrivacy\n";
    result r;
    run(&r, text);
    ck_assert_ptr_nonnull(strstr(r.body, "before work starts."));
    ck_assert_ptr_nonnull(strstr(r.body, "drop-in session"));
    done(&r);
}
END_TEST

START_TEST(dated_cards_after_article_are_cut)
{
    /* Under the article, other posts as cards: a title, one line of summary, the author and
     * the date, with no "Related" heading; then the site's blurb. The cards share the
     * article's subject, so no topic test parts them from it. */
    static const char text[] =
        "Ring road to get cycle lanes this summer\n\n" CYCLE_LANE_ARTICLE
        "Where next for cycling in town\n\n"
        "Cycle parking at the station doubles\n"
        "Two hundred new spaces under cover open beside the station's east entrance on "
        "Monday.\n"
        "Priya Nair\n"
        "May 2, 2024\n"
        "Hire bikes come to the town centre\n"
        "Fifty bikes at ten docking points can be rented through an app from the end of the "
        "month.\n"
        "Tom Ellis\n"
        "April 18, 2024\n"
        "School cycling lessons for every pupil\n"
        "Every child in year six will be offered free lessons on the roads around their school "
        "this year.\n"
        "Priya Nair\n"
        "April 4, 2024\n\n"
        "The Town Cyclist is written by volunteers who ride in all weathers and are happy to "
        "hear from readers with stories, photographs and complaints about potholes.\n";
    result r;
    run(&r, text);
    ck_assert_ptr_nonnull(strstr(r.body, "the rest of the route."));
    ck_assert_ptr_null(strstr(r.body, "Cycle parking"));
    ck_assert_ptr_null(strstr(r.body, "docking points"));
    ck_assert_ptr_null(strstr(r.body, "written by volunteers"));
    done(&r);
}
END_TEST

START_TEST(dated_cards_inside_article_are_dropped)
{
    /* A box of other posts, each a date over a title over a summary, inside the article:
     * the article goes on under it on its own subject, so the cards leave and the rest of
     * the article stays. */
    static const char text[] =
        "Ring road to get cycle lanes this summer\n\n" CYCLE_LANE_ARTICLE "May 2, 2024\n"
        "Cycle parking at the station doubles\n"
        "Two hundred new spaces under cover open beside the station's east entrance on "
        "Monday.\n"
        "April 18, 2024\n"
        "Hire bikes come to the town centre\n"
        "Fifty bikes at ten docking points can be rented through an app from the end of the "
        "month.\n"
        "April 4, 2024\n"
        "School cycling lessons for every pupil\n"
        "Every child in year six will be offered free lessons on the roads around their school "
        "this year.\n"
        "All cycling news\n\n"
        "Drivers' groups said the cycle lanes on the ring road would slow traffic during the "
        "eight weeks of work, and asked the council to paint them at night instead.\n\n"
        "The council said night work on the ring road would cost a third more and keep people "
        "awake in the houses beside it, and that the lanes would be painted by day.\n";
    result r;
    run(&r, text);
    ck_assert_ptr_nonnull(strstr(r.body, "the rest of the route."));
    ck_assert_ptr_nonnull(strstr(r.body, "painted by day."));
    ck_assert_ptr_null(strstr(r.body, "Cycle parking"));
    ck_assert_ptr_null(strstr(r.body, "docking points"));
    ck_assert_ptr_null(strstr(r.body, "year six"));
    done(&r);
}
END_TEST

START_TEST(short_article_above_a_long_footer)
{
    /* A short article, then the copyright line and a publisher's notice longer than the
     * article: the article's run closes at the copyright line all the same. */
    static const char text[] =
        "Bakery on Station Street closes\n\n"
        "The bakery on Station Street will close on Saturday after forty years, its owners "
        "said, as they retire and no buyer has come forward.\n\n"
        "Regular customers can order cakes for the last week until Thursday, and the shop "
        "will give away what is left on the final afternoon.\n\n"
        "(c) 2021 Town Gazette\n\n"
        "The Town Gazette is published by Gazette Media Limited, a company registered in "
        "the county with its office above the old post office on the high street, and is "
        "printed each week by a firm of printers in the next town along the valley. Letters "
        "to the editor are welcome from every reader, but they may be shortened for reasons "
        "of space, and the editor cannot reply to every letter that arrives at the office.\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.body, "The bakery on Station Street will close on Saturday after forty "
                             "years, its owners said, as they retire and no buyer has come "
                             "forward.\n\nRegular customers can order cakes for the last week "
                             "until Thursday, and the shop will give away what is left on the "
                             "final afternoon.");
    done(&r);
}
END_TEST

START_TEST(says_line_without_date_is_not_a_comment)
{
    static const char text[] =
        "Council backs covered market on Mill Road\n\n" P1 "\n\n"
        "The council leader, Ruth Okafor, says:\n\n"
        "\"This is the right building in the right place.\"\n\n" P2 "\n\n" P3;
    result r;
    run(&r, text);
    assert_kept(&r, "The council leader, Ruth Okafor, says:", "sentence in core");
    done(&r);
}
END_TEST

START_TEST(question_titles_in_contents_stay)
{
    /* A guide's table of contents names its sections by the questions they answer; each
     * comes back over its section. A question is a sentence by its mark, yet as a
     * section's title it is the article's, not a menu item said twice. */
    static const char text[] =
        "Home\nNews\nGuides\n\n"
        "Market hall guide\n\n"
        "What is the covered market?\n"
        "Why did the vote take so long?\n"
        "Who gets the first leases?\n"
        "Opening date\n\n"
        "What is the covered market?\n\n" P1 "\n\n"
        "Why did the vote take so long?\n\n" P3 "\n\n"
        "Who gets the first leases?\n\n" P2 "\n\n"
        "Opening date\n\n"
        "The council hopes to open the hall in the summer, once the roof and the stalls "
        "have been finished and inspected by the building control officers.\n\n"
        "Contact us\nPrivacy policy\n";
    result r;
    run(&r, text);
    ck_assert_ptr_nonnull(strstr(r.body, "first leases?\n\nTraders who"));
    ck_assert_ptr_nonnull(strstr(r.body, "take so long?\n\nOpponents had"));
    done(&r);
}
END_TEST

START_TEST(numbered_digest_is_an_article)
{
    /* Short items on different subjects, but numbered: a digest, not a front page. */
    static const char text[] =
        "Five things to know this morning\n\n"
        "1. Council backs covered market\n"
        "The old bus depot on Mill Road will become a market hall after a long debate in "
        "the council chamber on Tuesday night.\n\n"
        "2. Water off in Elm Street on Thursday\n"
        "Engineers will replace a section of pipe between nine in the morning and two in "
        "the afternoon, the water company said.\n\n"
        "3. Under-16s win county cup\n"
        "The youth team came from a goal down to beat their rivals three to one in a final "
        "played in driving rain.\n\n"
        "4. New library opens in arts centre\n"
        "The branch has a study room, a children's corner and more than eight thousand "
        "books for readers of every age.\n";
    result r;
    run(&r, text);
    ck_assert_ptr_nonnull(strstr(r.body, "driving rain."));
    assert_kept(&r, "3. Under-16s win county cup", "subheading");
    done(&r);
}
END_TEST

START_TEST(navigation_only_page_gives_nothing)
{
    static const char text[] = "Home\nNews\nSport\nWeather\nTravel\nCulture\nContact us\n"
                               "Sign in\nSearch\nMost read\nLocal\nBusiness\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.body, "");
    ck_assert_ptr_null(r.m.headline);
    ck_assert_ptr_null(r.m.timestamp);
    assert_dropped(&r, "Weather", "no article");
    done(&r);
}
END_TEST

START_TEST(teaser_run_after_share_prompt_is_cut)
{
    /* Under the article and its share prompt, a box of other pieces: each a title over a
     * line or two of summary, together small beside the article, but enough to outweigh
     * the short lines between them. */
    static const char text[] =
        "Council backs covered market\n\n" BODY3 "\n\n"
        "The first stalls could open in the new hall as early as next spring, council "
        "officers told the meeting, once the roof and the drains of the old depot have been "
        "repaired and the fire doors have been replaced by the contractor.\n\n"
        "The market will have room for forty stalls on the ground floor and a small food "
        "court on the upper level, where the depot's offices used to be, and the council "
        "hopes that the evening trade will bring people back to Mill Road after dark.\n\n"
        "Parking remains the sorest point. Residents of the streets around the depot told "
        "the council that market days would fill every space from dawn, and the council "
        "promised a study of a residents' permit scheme before the hall opens its doors.\n\n"
        "The leader of the council said the vote was the end of a long wait for the traders "
        "on the square, who have sold fruit, fish and flowers in the open air in every "
        "weather for as long as anyone in the town can remember.\n\n"
        "Builders will start on the roof in the autumn. The council has set aside money for "
        "the work in next year's budget, and officers said the cost would be paid back by the "
        "rents from the stalls within about twelve years of the market opening.\n\n"
        "Share this article\n\n"
        "Join us at the spring fair\n"
        "Meet local makers and growers at our biggest weekend of the year in the park, with "
        "music on the bandstand, games for children and food stalls from all over the "
        "county on both days.\n"
        "Save your place\n"
        "Readers ask\n"
        "Is it worth learning to sail at sixty after a lifetime spent far from the sea and "
        "any boat?\n"
        "A reader wonders whether a course at the sailing club would be wasted on someone of "
        "her age, and our panel of instructors answers with some stories of their own.\n";
    result r;
    run(&r, text);
    assert_kept(&r, P3, "prose core");
    assert_dropped(&r,
                   "A reader wonders whether a course at the sailing club would be wasted on "
                   "someone of her age, and our panel of instructors answers with some stories "
                   "of their own.",
                   "prose outside core");
    done(&r);
}
END_TEST

START_TEST(tiny_page_three_lines_kept_image_names_not)
{
    /* Three short lines are all such a page says; a picture's file name says nothing. */
    result r;
    run(&r, "Alpha\nBeta\nGamma\n");
    ck_assert_str_eq(r.body, "Alpha\n\nBeta\n\nGamma");
    done(&r);

    run(&r, "Opening hours\n\nfront-door.jpg\n\nOpen from nine until five.\n");
    ck_assert_str_eq(r.body, "Opening hours\n\nOpen from nine until five.");
    assert_dropped(&r, "front-door.jpg", "no article");
    done(&r);
}
END_TEST

START_TEST(tiny_page_is_kept_whole)
{
    result r;
    run(&r, "Just one short line of text\n");
    ck_assert_str_eq(r.body, "Just one short line of text");
    ck_assert_str_eq(r.b.v[0].reason, "the page's only text");
    done(&r);

    run(&r, "Share this\n");
    ck_assert_str_eq(r.body, "");
    ck_assert_str_eq(r.b.v[0].reason, "share prompt");
    done(&r);
}
END_TEST

START_TEST(same_rules_same_result)
{
    /* The rules are read-only: extracting twice gives the same blocks and metadata. */
    static const char text[] = "Council backs covered market on Mill Road\n\nBy Jane Doe\n\n" P1
                               "\n\nAdvertisement\n\n" P2 "\n\n" P3;
    result a, b;
    run(&a, text);
    run(&b, text);
    ck_assert_str_eq(a.body, b.body);
    ck_assert_str_eq(a.m.byline, b.m.byline);
    ck_assert_uint_eq(a.b.n, b.b.n);
    for (size_t i = 0; i < a.b.n; i++) {
        ck_assert_int_eq(a.b.v[i].keep, b.b.v[i].keep);
        ck_assert_str_eq(a.b.v[i].reason, b.b.v[i].reason);
    }
    done(&a);
    done(&b);
}
END_TEST

/* ---- the seed page, pinned in fixtures/ ------------------------------------------------ */

START_TEST(seed_fixture)
{
    const char *dir = getenv("NEWSCLEAN_SOURCE_DIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/fixtures/seed-rt-iraq-troops/input.txt", dir ? dir : ".");
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s (set NEWSCLEAN_SOURCE_DIR)", path);
    char *text = malloc(1 << 16);
    ck_assert_ptr_nonnull(text);
    size_t n = fread(text, 1, 1 << 16, f);
    fclose(f);
    result r;
    run_n(&r, text, n, dates);
    ck_assert_str_eq(r.m.headline, "US won\xe2\x80\x99t heed Iraq\xe2\x80\x99s call for troop "
                                   "withdrawal, calls military presence there "
                                   "\xe2\x80\x98"
                                   "appropriate\xe2\x80\x99");
    ck_assert_str_eq(r.m.timestamp, "2020-01-10T17:36:00");
    ck_assert_ptr_null(r.m.byline);
    size_t kept = 0;
    for (size_t i = 0; i < r.b.n; i++)
        kept += r.b.v[i].keep;
    ck_assert_uint_eq(kept, 8);
    ck_assert_uint_eq(strncmp(r.body, "The US is willing to discuss", 28), 0);
    ck_assert_str_eq(r.body + strlen(r.body) - 17, "on Iraqi soil.\xe2\x80\x9d");
    ck_assert_ptr_null(strstr(r.body, "Also on"));
    ck_assert_ptr_null(strstr(r.body, "Share this story"));
    ck_assert_ptr_null(strstr(r.body, "icon"));
    /* The paragraph that ends with a no-break space in the file is trimmed. */
    ck_assert_ptr_nonnull(strstr(r.body, "US-led coalition.\n\n"));
    done(&r);
    free(text);
}
END_TEST

/* ---- hostile inputs --------------------------------------------------------------------- */

START_TEST(huge_single_line)
{
    /* 20 MB on one line: linear work, and the line is the whole (prose) article. */
    size_t n = 20u << 20;
    char *text = malloc(n);
    ck_assert_ptr_nonnull(text);
    for (size_t i = 0; i < n; i++)
        text[i] = "the cat sat. "[i % 13];
    result r;
    run_n(&r, text, n, dates);
    ck_assert_uint_eq(r.b.n, 1);
    ck_assert(r.b.v[0].keep);
    size_t want = n;
    while (text[want - 1] == ' ')
        want--; /* a final space is trimmed */
    ck_assert_uint_eq(strlen(r.body), want);
    done(&r);

    /* No spaces at all: one 20 MB word. */
    memset(text, 'a', n);
    run_n(&r, text, n, dates);
    ck_assert_uint_eq(r.b.n, 1);
    done(&r);
    free(text);
}
END_TEST

START_TEST(many_short_lines)
{
    /* 200k menu-like and sentence lines, and 10^5 quote marks: stays linear. */
    newsclean_buf b;
    newsclean_buf_init(&b);
    for (size_t i = 0; i < 100000; i++) {
        ck_assert(newsclean_buf_append_str(&b, i % 2 ? "Home\n" : "Share this\n"));
        ck_assert(newsclean_buf_append_str(&b, "\"\xe2\x80\x9c\n"));
    }
    ck_assert(newsclean_buf_append_str(&b, P1 "\n" P2 "\n" P3 "\n"));
    result r;
    run_n(&r, b.data, b.len, dates);
    ck_assert_str_eq(r.body, BODY3);
    done(&r);
    newsclean_buf_free(&b);
}
END_TEST

START_TEST(invalid_utf8)
{
    static const char text[] = "Council backs \xff\xfe covered market\n\n" P1
                               " \xc3\x28 \xe2\x82\n\n" P2 "\n\nShare \x80this\n\n" P3 "\xf0\x9f";
    result r;
    run(&r, text);
    ck_assert_ptr_nonnull(strstr(r.body, P2));
    ck_assert_ptr_nonnull(strstr(r.body, "votes to four"));
    done(&r);
}
END_TEST

/* ---- dumps as tools make them ---------------------------------------------------------- */

START_TEST(heading_mark_names_the_headline)
{
    /* The same lines with and without a Markdown heading mark: the mark makes the heading
     * the headline over a closer title-shaped line; without it the closer line wins. A
     * longer line over a shorter title would read as the headline over its subtitle. */
#define FERRY_HEAD "Ferry fares rise again"
#define FERRY_BODY                                                                                 \
    "Island routes timetable and ferry fares\n\n"                                                  \
    "The ferry company raised its fares on the island routes for the second time this year on "    \
    "Monday, blaming the cost of fuel and a shortage of crew for the island services.\n\n"         \
    "Commuters on the island routes said they would look for other ways to reach the mainland, "   \
    "and the council asked the company to explain the rise in fares.\n"
    result r;
    run(&r, "[Home](/) [News](/news/) [Sport](/sport/)\n\n## " FERRY_HEAD "\n\n" FERRY_BODY);
    ck_assert_str_eq(r.m.headline, FERRY_HEAD);
    done(&r);
    run(&r, "[Home](/) [News](/news/) [Sport](/sport/)\n\n" FERRY_HEAD "\n\n" FERRY_BODY);
    ck_assert_str_eq(r.m.headline, "Island routes timetable and ferry fares");
    done(&r);
#undef FERRY_HEAD
#undef FERRY_BODY
}
END_TEST

START_TEST(wrapped_dump_is_read_as_paragraphs)
{
    /* lynx's layout of an invented article: wrapped paragraphs, a heading at the margin,
     * link numbers and the list of links. The body is the paragraphs, whole. */
    static const char text[] =
        "   [1]Home [2]News [3]Sport\n"
        "\n"
        "Night buses return to the valley towns\n"
        "\n"
        "   Night buses will run again between the valley towns from next month,\n"
        "   the transport board said on Tuesday, after a trial last winter carried\n"
        "   more riders than it had expected and drew praise from shift workers.\n"
        "\n"
        "   The first bus will leave the station at half past eleven and the last\n"
        "   one at four in the morning, stopping at the hospital on every run, the\n"
        "   board said in a statement that also promised new shelters at the stops.\n"
        "\n"
        "References\n"
        "\n"
        "   1. https://news.example/\n"
        "   2. https://news.example/news/\n"
        "   3. https://news.example/sport/\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.m.headline, "Night buses return to the valley towns");
    ck_assert_str_eq(r.body,
                     "Night buses will run again between the valley towns from next month, the "
                     "transport board said on Tuesday, after a trial last winter carried more "
                     "riders than it had expected and drew praise from shift workers.\n\n"
                     "The first bus will leave the station at half past eleven and the last one "
                     "at four in the morning, stopping at the hospital on every run, the board "
                     "said in a statement that also promised new shelters at the stops.");
    assert_dropped(&r, "Home News Sport", "short line outside core");
    done(&r);
}
END_TEST

START_TEST(linked_listicle_headings_stay)
{
    /* lynx's dump of an invented guide that names each entry in a heading linked to the
     * shop it names: the headings stand between the guide's paragraphs and stay. A
     * linked title under the guide, with no article text after it, still goes. */
    static const char text[] =
        "   [1]Home [2]Guides [3]Shops\n"
        "\n"
        "Three bakeries worth the early start\n"
        "\n"
        "   Good bread is worth getting up for, and these three bakeries in the old\n"
        "   town open their doors before most of the city is awake, with queues that\n"
        "   form on the pavement long before the first loaves come out of the oven.\n"
        "\n"
        "1. [4]The Corner Oven\n"
        "\n"
        "   The Corner Oven bakes its rye in a wood-fired oven that the owner built\n"
        "   himself, and the crust it gives the loaves is the best in the district,\n"
        "   though the small shop sells out of most things by nine in the morning.\n"
        "\n"
        "2. [5]Flour and Salt\n"
        "\n"
        "   Flour and Salt is known for its long-fermented sourdough, left to rise\n"
        "   overnight in the cold room, and for a cinnamon bun that draws students\n"
        "   from the university across the river every single weekend of the year.\n"
        "\n"
        "3. [6]Miller's Daughter\n"
        "\n"
        "   Miller's Daughter grinds some of its own flour on a small stone mill in\n"
        "   the back room, and the owners will happily explain the whole process to\n"
        "   anyone who asks while the coffee machine hisses away behind the counter.\n"
        "\n"
        "[7]More guides\n"
        "\n"
        "   [8]About us [9]Contact\n"
        "\n"
        "References\n"
        "\n"
        "   1. https://guide.example/\n"
        "   2. https://guide.example/guides/\n"
        "   3. https://guide.example/shops/\n"
        "   4. https://corner-oven.example/\n"
        "   5. https://flour-and-salt.example/\n"
        "   6. https://millers-daughter.example/\n"
        "   7. https://guide.example/guides/more/\n"
        "   8. https://guide.example/about/\n"
        "   9. https://guide.example/contact/\n";
    result r;
    run(&r, text);
    assert_kept(&r, "1. The Corner Oven", "linked subheading");
    assert_kept(&r, "2. Flour and Salt", "linked subheading");
    assert_kept(&r, "3. Miller's Daughter", "linked subheading");
    const newsclean_block *b = block(&r, "More guides");
    ck_assert(!b->keep);
    done(&r);
}
END_TEST

START_TEST(introduced_list_of_links_stays)
{
    /* lynx's dump of an invented article whose sentence introduces a list of links (the
     * papers it cites): its items are the article's, though their text is all link. A
     * box of other stories' links under the article is not. */
    static const char text[] =
        "   [1]Home [2]News [3]Sport\n"
        "\n"
        "Night buses return to the valley towns\n"
        "\n"
        "   Night buses will run again between the valley towns from next month,\n"
        "   the transport board said on Tuesday, after a trial last winter carried\n"
        "   more riders than it had expected and drew praise from shift workers.\n"
        "\n"
        "   The board has put the papers behind the decision on its website:\n"
        "     * [4]Trial report for the winter timetable\n"
        "     * [5]Survey of riders on the late routes\n"
        "     * [6]Costs of the night service by route\n"
        "\n"
        "   The first bus will leave the station at half past eleven and the last\n"
        "   one at four in the morning, stopping at the hospital on every run, the\n"
        "   board said in a statement that also promised new shelters at the stops.\n"
        "\n"
        "Related stories\n"
        "\n"
        "     * [7]Hospital car park to close for repairs\n"
        "     * [8]School run traffic plan goes to a vote\n"
        "\n"
        "References\n"
        "\n"
        "   1. https://news.example/\n"
        "   2. https://news.example/news/\n"
        "   3. https://news.example/sport/\n"
        "   4. https://board.example/trial.pdf\n"
        "   5. https://board.example/survey.pdf\n"
        "   6. https://board.example/costs.pdf\n"
        "   7. https://news.example/car-park/\n"
        "   8. https://news.example/school-run/\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.body,
                     "Night buses will run again between the valley towns from next month, the "
                     "transport board said on Tuesday, after a trial last winter carried more "
                     "riders than it had expected and drew praise from shift workers.\n\n"
                     "The board has put the papers behind the decision on its website:\n\n"
                     "Trial report for the winter timetable\n\n"
                     "Survey of riders on the late routes\n\n"
                     "Costs of the night service by route\n\n"
                     "The first bus will leave the station at half past eleven and the last one "
                     "at four in the morning, stopping at the hospital on every run, the board "
                     "said in a statement that also promised new shelters at the stops.");
    assert_kept(&r, "Survey of riders on the late routes", "introduced list");
    ck_assert(!block(&r, "School run traffic plan goes to a vote")->keep);
    done(&r);
}
END_TEST

START_TEST(wrapped_mojibake_dump_is_repaired_whole)
{
    /* lynx's layout of an invented page that declares windows-1252 but is UTF-8: the
     * text comes out as mojibake, wrapped by the mojibake's width. It is repaired, and
     * the paragraphs are joined as the tool wrapped them: repaired first, the line ending
     * in "Amtsleiterin" falls short of the width and would end a paragraph. */
    static const char text[] =
        "   [1]Start [2]Lokales [3]Sport\n"
        "\n"
        "          BrÃ¼cke Ã¼ber die Lauter wird fÃ¼r Lastwagen gesperrt\n"
        "\n"
        "   Die BrÃ¼cke Ã¼ber die Lauter in Oberfeld darf vom 1. April an nicht\n"
        "   mehr von Lastwagen Ã¼ber 7,5 Tonnen befahren werden. PrÃ¼fer hatten bei\n"
        "   der jÃ¤hrlichen Kontrolle Risse im Beton gefunden, teilte das\n"
        "   StraÃŸenbauamt am Donnerstag mit.\n"
        "\n"
        "   â€žFÃ¼r Autos und Busse besteht keine Gefahrâ€œ, sagte Amtsleiterin\n"
        "   Gisela GroÃŸ. Eine Sanierung sei fÃ¼r das kommende Jahr geplant â€“ bis\n"
        "   dahin mÃ¼ssen Lastwagen Ã¼ber Niederfeld ausweichen.\n"
        "\n"
        "References\n"
        "\n"
        "   1. https://kurier.example/\n"
        "   2. https://kurier.example/lokales\n"
        "   3. https://kurier.example/sport\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.m.headline, "Brücke über die Lauter wird für Lastwagen gesperrt");
    ck_assert_str_eq(r.body,
                     "Die Brücke über die Lauter in Oberfeld darf vom 1. April an nicht mehr von "
                     "Lastwagen über 7,5 Tonnen befahren werden. Prüfer hatten bei der jährlichen "
                     "Kontrolle Risse im Beton gefunden, teilte das Straßenbauamt am Donnerstag "
                     "mit.\n\n"
                     "„Für Autos und Busse besteht keine Gefahr“, sagte Amtsleiterin Gisela Groß. "
                     "Eine Sanierung sei für das kommende Jahr geplant – bis dahin müssen "
                     "Lastwagen über Niederfeld ausweichen.");
    done(&r);
}
END_TEST

START_TEST(latin1_mojibake_dump_finds_its_capitals)
{
    /* lynx's dump of an invented page that declares iso-8859-1 but is UTF-8: the second
     * byte of "Ü" and "Ö" (C3 9C, C3 96) is dropped, so "Ãber" and "Ãffentliche" are
     * left. The dump spells "über" and "öffentliche" elsewhere, which tells them. */
    static const char text[] =
        "   [1]Start [2]Lokales\n"
        "\n"
        "               Ãber die Lauter fÃ¼hrt bald eine neue BrÃ¼cke\n"
        "\n"
        "   Die alte BrÃ¼cke Ã¼ber die Lauter in Oberfeld wird im Sommer\n"
        "   abgerissen. PrÃ¼fer hatten bei der jÃ¤hrlichen Kontrolle Risse im Beton\n"
        "   gefunden, teilte das StraÃenbauamt am Donnerstag mit. Ãffentliche Busse\n"
        "   fahren Ã¼ber Niederfeld.\n"
        "\n"
        "   Die Ã¶ffentliche AnhÃ¶rung findet im Rathaus statt. Ãber 300 BÃ¼rger\n"
        "   haben sich angemeldet, sagte Amtsleiterin Gisela GroÃ.\n"
        "\n"
        "References\n"
        "\n"
        "   1. file:///\n"
        "   2. file:///lokales\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.m.headline, "Über die Lauter führt bald eine neue Brücke");
    ck_assert_str_eq(r.body,
                     "Die alte Brücke über die Lauter in Oberfeld wird im Sommer abgerissen. "
                     "Prüfer hatten bei der jährlichen Kontrolle Risse im Beton gefunden, teilte "
                     "das Straßenbauamt am Donnerstag mit. Öffentliche Busse fahren über "
                     "Niederfeld.\n\n"
                     "Die öffentliche Anhörung findet im Rathaus statt. Über 300 Bürger haben "
                     "sich angemeldet, sagte Amtsleiterin Gisela Groß.");
    done(&r);
}
END_TEST

START_TEST(bracketed_year_is_no_link_number)
{
    /* lynx's layout of an invented guide whose title ends in a bracketed year. The list
     * of links holds five, so "[2025]" is the title's own and stays in it; taken for a
     * link's number, it made every later number glued to the word before it ("the[4]")
     * look out of order, and those were left in the text. */
    static const char text[] =
        "   [1]Home [2]Guides [3]Maps\n"
        "\n"
        "               Lakeside trail guide [2025]\n"
        "\n"
        "   The lakeside trail opens again in May after the bridge works. Walkers\n"
        "   can start at the[4] car park by the mill and follow the river north to\n"
        "   the old quarry, where the path climbs to the ridge.\n"
        "\n"
        "   The ridge path is steep in places and the rangers ask walkers to keep\n"
        "   dogs on a lead near the[5] nesting meadows between April and July.\n"
        "\n"
        "References\n"
        "\n"
        "   1. https://trails.example/\n"
        "   2. https://trails.example/guides\n"
        "   3. https://trails.example/maps\n"
        "   4. https://trails.example/parking\n"
        "   5. https://trails.example/meadows\n";
    result r;
    run(&r, text);
    ck_assert_str_eq(r.m.headline, "Lakeside trail guide [2025]");
    ck_assert_str_eq(r.body,
                     "The lakeside trail opens again in May after the bridge works. Walkers can "
                     "start at the car park by the mill and follow the river north to the old "
                     "quarry, where the path climbs to the ridge.\n\n"
                     "The ridge path is steep in places and the rangers ask walkers to keep dogs "
                     "on a lead near the nesting meadows between April and July.");
    done(&r);
}
END_TEST

/* ---- the record's headline: the title over the byline or date ------------------------ */

#define HARBOUR_BODY                                                                               \
    "This is how the evening went:\n\n"                                                            \
    "The harbour lights were switched off for an hour on Saturday night so that people could "     \
    "see the stars over the water, and hundreds came down to the quay to watch them.\n\n"          \
    "The harbour board said it would repeat the dark hour every winter if the weather allowed, "   \
    "and the sailing club offered hot drinks to the people who came to the quay.\n"

START_TEST(title_over_date_line_beats_subheading)
{
    /* A blog's layout: menu, title, a date and author line, then a subheading right above
     * the first paragraph. The title over the date line is the headline, not the
     * subheading nearer the text. */
    result r;
    run(&r, "Home\n\nAbout\n\nContact\n\n"
            "Silhouettes at dusk (3)\n\n"
            "Posted: 05.01.2020 | Author: jdoe | Filed under: Photos\n\n"
            "It all started with one photo\n\n" HARBOUR_BODY);
    ck_assert_str_eq(r.m.headline, "Silhouettes at dusk (3)");
    /* The subheading stays with the text. */
    assert_kept(&r, "It all started with one photo", "subheading");
    done(&r);
}
END_TEST

START_TEST(long_title_over_date_opens_the_core)
{
    /* A headline long enough, with its commas, to read as prose: it opens the core, with
     * the date line under it. It is the headline. */
    static const char head[] =
        "A year of protests: harbour workers no longer want only the board to go, but a new "
        "start";
    char text[2048];
    snprintf(text, sizeof text,
             "Economy\n\nPolitics\n\nCulture\n\n%s\n\n"
             "Translation published 30 April 2019 13:10 GMT\n\n" BODY3 "\n",
             head);
    result r;
    run(&r, text);
    ck_assert_str_eq(r.m.headline, head);
    done(&r);
}
END_TEST

START_TEST(author_name_over_date_is_not_the_headline)
{
    /* Title, author's name, date: the name stands right over the date, but a name is no
     * title; nor is an author's role under the byline. */
    result r;
    run(&r, "News\n\nSport\n\nCouncil backs covered market on Mill Road\n\n"
            "Jane Doe\n\n4 February 2021\n\n" BODY3 "\n");
    ck_assert_str_eq(r.m.headline, "Council backs covered market on Mill Road");
    done(&r);
    run(&r, "News\n\nSport\n\nCouncil backs covered market on Mill Road\n\n"
            "By\n\nJane Doe\n\n|\n\nSenior reporter, city desk\n\n4 February 2021\n\n" BODY3 "\n");
    ck_assert_str_eq(r.m.headline, "Council backs covered market on Mill Road");
    done(&r);
}
END_TEST

START_TEST(standfirst_between_title_and_byline)
{
    /* Title, a standfirst, the byline: the title is the headline, and so it stays when the
     * standfirst has no full stop and stands right over the byline itself. */
    result r;
    run(&r, "News\n\nSport\n\nCouncil backs covered market on Mill Road\n\n"
            "Eleven councillors voted for the plan and four against it after a long debate "
            "in the town hall on Tuesday evening\n\n"
            "By Jane Doe\n\n4 February 2021\n\n" BODY3 "\n");
    ck_assert_str_eq(r.m.headline, "Council backs covered market on Mill Road");
    done(&r);
}
END_TEST

START_TEST(title_a_little_way_into_the_core)
{
    /* The core opens with a sign-in notice long enough to read as prose; the title and
     * its byline stand under it, before the first full paragraph. */
    result r;
    run(&r, "Home\n\nNews\n\nSport\n\n"
            "Sign in to read every story on this site, save your favourite pages and get the "
            "morning newsletter in your inbox.\n\n"
            "Share\n\n"
            "Council backs covered market on Mill Road\n\n"
            "By Jane Doe, 4 February 2021\n\n" BODY3 "\n");
    ck_assert_str_eq(r.m.headline, "Council backs covered market on Mill Road");
    done(&r);
}
END_TEST

START_TEST(title_over_standfirst_name_and_date)
{
    /* Title, standfirst, the author's name alone and a follow button, then the date: the
     * title is the record's headline, not a notice under the date. */
    result r;
    run(&r, "Opinion\n\nJane Doe\n\n"
            "Council backs covered market on Mill Road after a long fight over the old depot "
            "site and its future\n\n"
            "Traders and neighbours argued for three years before the vote, and both sides "
            "say they will keep a close watch on how the new market is run.\n\n"
            "Jane Doe\n\n+ Follow\n\nPublished: 10:00am, 20 Jan, 2020\n\n"
            "Why you can trust our paper\n\n" BODY3 "\n");
    ck_assert_str_eq(r.m.headline, "Council backs covered market on Mill Road after a long "
                                   "fight over the old depot site and its future");
    done(&r);
}
END_TEST

/* A breadcrumb run into the front of the title line, the title alone on the next line:
 * the headline is the title as printed alone. Without a line of its own, the line stays. */
START_TEST(breadcrumb_run_into_the_title)
{
    result r;
    run(&r, "The Mill Gazette\n\nMenu\n\nAbout us\n\nContact\n\nBrowse: Home \u00bb Depot\n\n"
            "Depot\n\n4 March 2024 \u00b7 by Ann Lee \u00b7 in Town\n\n" BODY3 "\n");
    ck_assert_str_eq(r.m.headline, "Depot");
    done(&r);
    run(&r, "The Mill Gazette\n\nMenu\n\nAbout us\n\nContact\n\nBrowse: Home \u00bb Depot\n\n"
            "4 March 2024 \u00b7 by Ann Lee \u00b7 in Town\n\n" BODY3 "\n");
    ck_assert(r.m.headline == NULL || strcmp(r.m.headline, "Depot") != 0);
    done(&r);
}
END_TEST
/* A kicker run into the headline's line ("Kicker Headline"), where a line close by sets
 * the same words apart ("Headline - Kicker", "Kicker: Shorter title"): the headline is
 * what follows the kicker. */
START_TEST(kicker_run_into_the_headline)
{
    result r;
    run(&r, "Menu\n\nAbout\n\nHarbour goes dark for the stars - Stargazing night\n\n"
            "Printed from the harbour news page\n\n"
            "Stargazing night Harbour goes dark for the stars\n\n"
            "Posted: 05.01.2020 | Author: jdoe\n\n" HARBOUR_BODY);
    ck_assert_str_eq(r.m.headline, "Harbour goes dark for the stars");
    done(&r);
    run(&r, "Menu\n\nAbout\n\nDark hour: Lights off on the quay\n\n"
            "Dark hour The harbour lights go off for the stars\n\n"
            "Posted: 05.01.2020 | Author: jdoe\n\n" HARBOUR_BODY);
    ck_assert_str_eq(r.m.headline, "The harbour lights go off for the stars");
    done(&r);
    /* No line close by sets the words apart: the headline stays whole. */
    run(&r, "Menu\n\nAbout\n\nDark hour The harbour lights go off for the stars\n\n"
            "Posted: 05.01.2020 | Author: jdoe\n\n" HARBOUR_BODY);
    ck_assert_str_eq(r.m.headline, "Dark hour The harbour lights go off for the stars");
    done(&r);
}
END_TEST

/* ---- consent dialogs ------------------------------------------------------------------ */

/* A cookie dialog dumped after a short article: its purposes read as prose and outweigh
 * the article, unless the dialog is known by the density of its words. */
START_TEST(consent_dialog_after_short_article)
{
    result r;
    run(&r, "Market plan approved\n\n" P1 "\n\n" P2 "\n\n"
            "Your privacy choices\n\n"
            "We and our 312 partners store and access information on your device, such as "
            "cookies and unique identifiers, and process personal data to show you ads, "
            "measure how they perform and learn about the people who read this site.\n\n"
            "You can accept all of this, turn it down, or choose which purposes you allow. "
            "Your choice applies to this site only and you can change it at any time.\n\n"
            "Accept all\n\n"
            "Manage preferences\n\n"
            "Strictly necessary cookies\n\n"
            "Always active\n\n"
            "These cookies keep the site working: they remember what is in your basket, keep "
            "you signed in and spread the load across our servers on busy days.\n\n"
            "Advertising cookies\n\n"
            "Off\n\n"
            "Our advertising partners set these cookies to build a profile of what you like "
            "and show you ads for it on other sites you visit later in the week.\n\n"
            "List of vendors\n\n"
            "Confirm my choices\n");
    assert_kept(&r, P1, "prose core");
    assert_kept(&r, P2, "prose core");
    assert_dropped(&r, "Accept all", "consent dialog");
    assert_dropped(&r, "Always active", "consent dialog");
    ck_assert_ptr_null(strstr(r.body, "partners"));
    ck_assert_ptr_null(strstr(r.body, "basket"));
    done(&r);
}
END_TEST

/* The same in German, above the article: the dialog ends no article, so what follows
 * it counts in full. */
START_TEST(consent_dialog_in_german_above_the_article)
{
    result r;
    run(&r, "Datenschutzeinstellungen\n\n"
            "Wir und unsere Partner speichern Informationen auf Ihrem Gerät und verarbeiten "
            "personenbezogene Daten, um Inhalte und Anzeigen zu messen und zu verbessern.\n\n"
            "Mit einem Klick auf Alle akzeptieren geben Sie Ihre Einwilligung, die Sie "
            "jederzeit in den Einstellungen widerrufen können.\n\n"
            "Alle akzeptieren\n\n"
            "Einstellungen verwalten\n\n"
            "Markthalle kommt\n\n" BODY3 "\n");
    assert_dropped(&r, "Alle akzeptieren", "consent dialog");
    assert_dropped(&r, "Einstellungen verwalten", "consent dialog");
    ck_assert_str_eq(r.body, BODY3);
    done(&r);
}
END_TEST

/* An article about cookies and consent uses the words a paragraph apart, not in every
 * line: it stays. */
START_TEST(article_about_consent_stays)
{
    result r;
    const char *a = "The regulator said on Monday that too many sites still hide the button "
                    "to refuse cookies behind a second page of settings.";
    const char *b = "Its report looked at four hundred of the most visited sites in the country "
                    "and found that fewer than half offered a clear way to say no.";
    const char *c = "Companies now have three months to change their banners, after which the "
                    "regulator may fine them for every day the problem goes on.";
    const char *d = "Several publishers said they would need more time, since their contracts "
                    "with advertisers run until the end of the year and cannot be ended early.";
    char text[2048];
    snprintf(text, sizeof text, "Regulator warns sites\n\n%s\n\n%s\n\n%s\n\n%s\n", a, b, c, d);
    run(&r, text);
    assert_kept(&r, a, "prose core");
    assert_kept(&r, d, "prose core");
    done(&r);
}
END_TEST

/* A numbered item whose next line hangs under its text is a list item wherever it stands,
 * and its wrapped lines are one piece: here w3m's comments, set in past the article's
 * margin, outnumber its paragraphs and pass for the margin. */
START_TEST(numbered_item_hanging_under_its_text_is_joined)
{
    static const char text[] =
        "Village bakery to close after forty years\n"
        "\n"
        "The village bakery on Station Street will close its doors at the end of the\n"
        "month after forty years, its owners said on Friday, blaming the rising price of\n"
        "flour and of the gas that heats its two old ovens.\n"
        "\n"
        "Regulars queued around the corner on Saturday morning for a last loaf, and\n"
        "several said they had been buying their bread there since they were children,\n"
        "when the shop still sold sweets by the ounce.\n"
        "\n"
        "The owners said two things had made up their minds:\n"
        "\n"
        " 1. The ovens would need to be replaced within a year, at a cost the shop could\n"
        "    not hope to earn back from the bread it sells on a quiet weekday in the\n"
        "    winter months.\n"
        " 2. Neither of their children wants to take over the business, and no buyer has\n"
        "    come forward since the shop was first offered for sale at the start of last\n"
        "    spring.\n"
        "\n"
        "The parish council said it would try to find another baker willing to take on\n"
        "the lease, and that the building itself would stay a shop whatever happened\n"
        "next.\n"
        "\n"
        "4 comments:\n"
        "\n"
        "    What a shame. We bought our wedding cake there and it was the best part of\n"
        "    the whole day, everyone still talks about it.\n"
        "\n"
        "    Reply\n"
        "\n"
        "    Sad news for the village, but I can understand it when you see what the gas\n"
        "    bills look like this year for any small shop.\n"
        "\n"
        "    Reply\n"
        "\n"
        "    I hope the council keeps its word about the lease, because the street will\n"
        "    feel empty without the smell of bread in the morning.\n"
        "\n"
        "    Reply\n"
        "\n"
        "    Their cheese scones were the best in the county. Good luck to them both in\n"
        "    whatever they do next.\n"
        "\n"
        "    Reply\n";
    result r;
    run(&r, text);
    assert_kept(&r,
                "The ovens would need to be replaced within a year, at a cost the shop could not "
                "hope to earn back from the bread it sells on a quiet weekday in the winter "
                "months.",
                "prose core");
    assert_kept(&r,
                "Neither of their children wants to take over the business, and no buyer has "
                "come forward since the shop was first offered for sale at the start of last "
                "spring.",
                "prose core");
    done(&r);
}
END_TEST

static Suite *
suite(void)
{
    Suite *s = suite_create("textdump");
    TCase *t = tcase_create("core");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_set_timeout(t, 120);
    tcase_add_test(t, rules_free_null);
    tcase_add_test(t, invalid_arguments);
    tcase_add_test(t, empty_and_blank_dumps);
    tcase_add_test(t, lines_become_blocks);
    tcase_add_test(t, no_final_newline_and_nul_bytes);
    tcase_add_test(t, headline_twice_date_and_prompts);
    tcase_add_test(t, share_buttons_as_text);
    tcase_add_test(t, site_suffix_byline_published_and_updated);
    tcase_add_test(t, only_updated_time_is_the_timestamp);
    tcase_add_test(t, opening_line_with_full_stop_is_the_headline);
    tcase_add_test(t, labelled_date_far_from_the_headline);
    tcase_add_test(t, lone_date_line_in_the_text);
    tcase_add_test(t, labelled_date_opening_a_long_meta_line);
    tcase_add_test(t, lead_dateline_opens_the_first_paragraph);
    tcase_add_test(t, posted_sentence_under_the_text);
    tcase_add_test(t, updated_footer_under_the_text_is_no_timestamp);
    tcase_add_test(t, question_headline_opening_the_core);
    tcase_add_test(t, numeric_date_read_in_the_page_order);
    tcase_add_test(t, german_byline_with_date);
    tcase_add_test(t, sentence_starting_like_a_byline);
    tcase_add_test(t, no_dates_rules);
    tcase_add_test(t, subheadings_and_lists_stay);
    tcase_add_test(t, noise_kinds);
    tcase_add_test(t, french_noise);
    tcase_add_test(t, legal_phrases_heading_sections);
    tcase_add_test(t, comments_do_not_join_the_article);
    tcase_add_test(t, says_line_without_date_is_not_a_comment);
    tcase_add_test(t, short_article_above_a_long_footer);
    tcase_add_test(t, off_topic_teasers_without_heading_are_cut);
    tcase_add_test(t, post_navigation_ends_article);
    tcase_add_test(t, form_inside_article_stays);
    tcase_add_test(t, dated_cards_after_article_are_cut);
    tcase_add_test(t, dated_cards_inside_article_are_dropped);
    tcase_add_test(t, numbered_digest_is_an_article);
    tcase_add_test(t, question_titles_in_contents_stay);
    tcase_add_test(t, navigation_only_page_gives_nothing);
    tcase_add_test(t, teaser_run_after_share_prompt_is_cut);
    tcase_add_test(t, tiny_page_is_kept_whole);
    tcase_add_test(t, tiny_page_three_lines_kept_image_names_not);
    tcase_add_test(t, same_rules_same_result);
    tcase_add_test(t, seed_fixture);
    tcase_add_test(t, huge_single_line);
    tcase_add_test(t, many_short_lines);
    tcase_add_test(t, invalid_utf8);
    tcase_add_test(t, heading_mark_names_the_headline);
    tcase_add_test(t, wrapped_dump_is_read_as_paragraphs);
    tcase_add_test(t, introduced_list_of_links_stays);
    tcase_add_test(t, linked_listicle_headings_stay);
    tcase_add_test(t, wrapped_mojibake_dump_is_repaired_whole);
    tcase_add_test(t, latin1_mojibake_dump_finds_its_capitals);
    tcase_add_test(t, bracketed_year_is_no_link_number);
    tcase_add_test(t, title_over_date_line_beats_subheading);
    tcase_add_test(t, long_title_over_date_opens_the_core);
    tcase_add_test(t, author_name_over_date_is_not_the_headline);
    tcase_add_test(t, standfirst_between_title_and_byline);
    tcase_add_test(t, title_a_little_way_into_the_core);
    tcase_add_test(t, title_over_standfirst_name_and_date);
    tcase_add_test(t, breadcrumb_run_into_the_title);
    tcase_add_test(t, kicker_run_into_the_headline);
    tcase_add_test(t, consent_dialog_after_short_article);
    tcase_add_test(t, consent_dialog_in_german_above_the_article);
    tcase_add_test(t, article_about_consent_stays);
    tcase_add_test(t, numbered_item_hanging_under_its_text_is_joined);
    tcase_add_test(t, feedback_prompt_under_article_is_dropped);
    tcase_add_test(t, post_navigation_in_german_ends_article);
    tcase_add_test(t, german_sentence_opening_with_the_cue_stays);
    tcase_add_test(t, post_navigation_in_spanish_ends_article);
    suite_add_tcase(s, t);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
