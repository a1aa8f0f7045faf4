/* test_dates.c: the date parser, the free-text finder and the weighing of HTML date
 * signals. Every input is invented for these tests. */
#include "dates.h"
#include "dates_rules.h"

#include <newsclean.h>

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static struct newsclean_date_rules *R;

static void
setup(void)
{
    R = newsclean_date_rules_new();
    ck_assert_ptr_nonnull(R);
}

static void
teardown(void)
{
    newsclean_date_rules_free(R);
    R = NULL;
}

/* Parse 's' and return the result ("" when rejected) in a static buffer. */
static const char *
P(const char *s)
{
    static char out[NEWSCLEAN_DATE_MAX];
    if (!newsclean_date_parse(R, s, strlen(s), out))
        ck_assert_str_eq(out, "");
    return out;
}

/* Find in 's'; returns the date and the matched text as "date|span". */
static const char *
F(const char *s)
{
    static char res[NEWSCLEAN_DATE_MAX + 256];
    char out[NEWSCLEAN_DATE_MAX];
    size_t st = 99, ln = 99;
    if (!newsclean_date_find_in_text(R, s, strlen(s), out, &st, &ln)) {
        ck_assert_str_eq(out, "");
        return "";
    }
    ck_assert_uint_le(st + ln, strlen(s));
    snprintf(res, sizeof res, "%s|%.*s", out, (int)ln, s + st);
    return res;
}

static char PUB[NEWSCLEAN_DATE_MAX], MOD[NEWSCLEAN_DATE_MAX];

/* The HTML weighing is tested as a page meets it: through the public entry point. */
static newsclean_extractor *EX;

static void
setup_html(void)
{
    setup();
    EX = newsclean_extractor_new(NEWSCLEAN_OPT_NO_QUOTES);
    ck_assert_ptr_nonnull(EX);
}

static void
teardown_html(void)
{
    newsclean_extractor_free(EX);
    EX = NULL;
    teardown();
}

/* Extract 'html' as HTML (with 'url', may be NULL); the article's publication and
 * modification times in PUB and MOD, "" when it has none. */
static void
H(const char *html, const char *url)
{
    strcpy(PUB, "junk");
    strcpy(MOD, "junk");
    newsclean_article *a = NULL;
    const newsclean_input in = {.kind = NEWSCLEAN_INPUT_HTML, .url = url};
    ck_assert_int_eq(newsclean_extract_ex(EX, html, strlen(html), &in, &a), NEWSCLEAN_OK);
    const char *p = newsclean_article_timestamp(a), *m = newsclean_article_modified(a);
    snprintf(PUB, sizeof PUB, "%s", p ? p : "");
    snprintf(MOD, sizeof MOD, "%s", m ? m : "");
    newsclean_article_free(a);
}

/* A paragraph long enough to count as article body text. */
#define BODY                                                                                       \
    "<p>The council met on a grey morning and argued for three hours about the new bridge, "       \
    "the cost of steel, the ferry timetable and who would pay for the lights along the "           \
    "river path that everyone agreed was far too dark in winter.</p>"
#define BODY2                                                                                      \
    "<p>In the end the vote was close, and the mayor promised a second hearing before any "        \
    "contract is signed, so that residents of both banks can say what they think of the "          \
    "plans and of the tolls that might come with them next year.</p>"

/* ---------- rules ---------- */

START_TEST(rules_lifecycle)
{
    struct newsclean_date_rules *r = newsclean_date_rules_new();
    ck_assert_ptr_nonnull(r);
    newsclean_date_rules_free(r);
    newsclean_date_rules_free(NULL);
}
END_TEST

/* The word test before the class patterns may let a name through that no pattern
 * matches, never hold back one that a pattern matches. */
START_TEST(class_candidates_cover_patterns)
{
    /* Space-separated names (the patterns never match across a blank). */
    static const char names[] =
        "comments commentlist comment-body respond disqus_thread replies reply "
        "related-posts recommended popular trending most-read mostread navbar nav "
        "navigation site-nav menu breadcrumbs newsletter promoBox advertisement ads ad "
        "sponsored cookie-bar more-news archives calendar pagination pager prev previous "
        "next post-navigation also outbrain taboola today current-date clock weather "
        "sidebar side-bar aside footer teasers widget_text latest recentPosts date time "
        "publish status-publish posted byline dateline meta submitted author info "
        "details stamp updated modified created dateModified last-update lastupdate "
        "pubdate entry-date post-date article-date datePublished NAV x_ADS xnav header "
        "content story-body col-md-0 ne\xe2\x80\xa8xt coo\xe2\x84\xaaie - a post "
        "entry-content is-sticky";
    const pcre2_code *re[5] = {R->skip_class, R->soft_class, R->date_class, R->mod_class,
                               R->pub_class};
    const unsigned bit[5] = {NEWSCLEAN_CLS_SKIP, NEWSCLEAN_CLS_SOFT, NEWSCLEAN_CLS_DATE,
                             NEWSCLEAN_CLS_MOD, NEWSCLEAN_CLS_PUB};
    newsclean_date_scan sc;
    ck_assert(newsclean_date_scan_init(&sc));
    unsigned spared = 0;
    for (const char *t = names;; t += strcspn(t, " ") + 1) {
        size_t n = strcspn(t, " "), a, b;
        unsigned may = newsclean_class_candidates(R, t, n);
        for (int k = 0; k < 5; k++) {
            if (newsclean_date_search(re[k], &sc, t, n, 0, &a, &b))
                ck_assert_msg(may & bit[k], "%.*s: pattern %d matches", (int)n, t, k);
            else if (!(may & bit[k]))
                spared++;
        }
        if (!t[n])
            break;
    }
    /* ... and it does hold back most of the rest. */
    ck_assert_uint_gt(spared, 200);
    newsclean_date_scan_free(&sc);
}
END_TEST

/* The same for the labels, on short texts. */
START_TEST(label_candidates_cover_patterns)
{
    static const char *const texts[] = {"First published: ",
                                        "Published",
                                        "Publication date",
                                        "Date published",
                                        "Posted on",
                                        "Released",
                                        "Erschienen am",
                                        "Veröffentlicht am",
                                        "Publiziert",
                                        "Erstellt",
                                        "Publiée le",
                                        "Mis en ligne le",
                                        "Publicado",
                                        "Publicación",
                                        "Pubblicato il",
                                        "Pubblicazione",
                                        "Gepubliceerd",
                                        "Geplaatst",
                                        "Opublikowano",
                                        "Data publikacji",
                                        "Опубликовано",
                                        "Publicerad",
                                        "Publiceret",
                                        "Udgivet",
                                        "Julkaistu",
                                        "Yayınlanma",
                                        "YAYINLANDI",
                                        "Vydáno",
                                        "Publikováno",
                                        "Datum:",
                                        "Fecha",
                                        "Last updated",
                                        "UPDATED",
                                        "Last modified",
                                        "Revised",
                                        "Last changed",
                                        "Zuletzt aktualisiert",
                                        "Stand:",
                                        "Mis à jour le",
                                        "Modifiée",
                                        "Actualizado",
                                        "Atualizada",
                                        "Aggiornato",
                                        "Aggiornamento",
                                        "Laatst bijgewerkt",
                                        "Gewijzigd",
                                        "Zaktualizowano",
                                        "Aktualizacja",
                                        "Обновлено",
                                        "Uppdaterad",
                                        "Opdateret",
                                        "Päivitetty",
                                        "Güncellendi",
                                        "Aktualizováno",
                                        "Zuletzt geändert",
                                        "Letzte Änderung",
                                        "By Ann Other",
                                        "Share this story",
                                        "Read more",
                                        "Weather",
                                        "",
                                        "-",
                                        "Sandstand",
                                        "updatedness"};
    newsclean_date_scan sc;
    ck_assert(newsclean_date_scan_init(&sc));
    unsigned spared = 0;
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        size_t n = strlen(texts[i]), a, b;
        unsigned may = newsclean_label_candidates(R, texts[i], n);
        if (newsclean_date_search(R->label_pub, &sc, texts[i], n, 0, &a, &b))
            ck_assert_msg(may & NEWSCLEAN_LABEL_PUB, "%s: published", texts[i]);
        else if (!(may & NEWSCLEAN_LABEL_PUB))
            spared++;
        if (newsclean_date_search(R->label_mod, &sc, texts[i], n, 0, &a, &b))
            ck_assert_msg(may & NEWSCLEAN_LABEL_MOD, "%s: updated", texts[i]);
        else if (!(may & NEWSCLEAN_LABEL_MOD))
            spared++;
    }
    ck_assert_uint_gt(spared, 40);
    newsclean_date_scan_free(&sc);
}
END_TEST

START_TEST(null_arguments)
{
    char out[NEWSCLEAN_DATE_MAX] = "x";
    size_t st = 7, ln = 7;
    ck_assert(!newsclean_date_parse(NULL, "2020-01-10", 10, out));
    ck_assert_str_eq(out, "");
    ck_assert(!newsclean_date_parse(R, NULL, 10, out));
    ck_assert(!newsclean_date_parse(R, "2020-01-10", 10, NULL));
    strcpy(out, "x");
    ck_assert(!newsclean_date_find_in_text(NULL, "2020-01-10", 10, out, &st, &ln));
    ck_assert_str_eq(out, "");
    ck_assert(!newsclean_date_find_in_text(R, NULL, 10, out, &st, &ln));
    ck_assert_uint_eq(st, 7); /* untouched on failure */
    /* start and len may be NULL */
    ck_assert(newsclean_date_find_in_text(R, "on 2020-01-10", 13, out, NULL, NULL));
    ck_assert_str_eq(out, "2020-01-10");
    /* No facts read (the walk ran out of memory): no dates, both strings emptied. */
    char p[NEWSCLEAN_DATE_MAX] = "x", m[NEWSCLEAN_DATE_MAX] = "x";
    bool shown_alone = true;
    newsclean_dates_decide(NULL, "https://example.org/2020/01/10/story", p, m, &shown_alone);
    ck_assert_str_eq(p, "");
    ck_assert_str_eq(m, "");
    ck_assert(!shown_alone);
}
END_TEST

/* ---------- newsclean_date_parse ---------- */

START_TEST(parse_iso)
{
    ck_assert_str_eq(P("2020-01-10"), "2020-01-10");
    ck_assert_str_eq(P("2020-01-10T17:36"), "2020-01-10T17:36:00");
    ck_assert_str_eq(P("2020-01-10T17:36:00"), "2020-01-10T17:36:00");
    ck_assert_str_eq(P("2020-01-10T17:36:00Z"), "2020-01-10T17:36:00Z");
    ck_assert_str_eq(P("2020-01-10T17:36:00+01:00"), "2020-01-10T17:36:00+01:00");
    ck_assert_str_eq(P("2020-01-10T17:36:00+0100"), "2020-01-10T17:36:00+01:00");
    ck_assert_str_eq(P("2020-01-10T17:36:00-05:00"), "2020-01-10T17:36:00-05:00");
    ck_assert_str_eq(P("2020-01-10T17:36:00+05:45"), "2020-01-10T17:36:00+05:45");
    ck_assert_str_eq(P("2020-01-10T17:36:00+00:00"), "2020-01-10T17:36:00+00:00");
    ck_assert_str_eq(P("2020-01-10T17:36:00.123Z"), "2020-01-10T17:36:00Z");
    ck_assert_str_eq(P("2020-01-10T17:36:00.123456+02:00"), "2020-01-10T17:36:00+02:00");
    ck_assert_str_eq(P("2020-01-10 17:36:00"), "2020-01-10T17:36:00");
    ck_assert_str_eq(P("2020-1-9"), "2020-01-09");
    ck_assert_str_eq(P("2020/01/10"), "2020-01-10");
    ck_assert_str_eq(P("2020.01.10"), "2020-01-10");
    ck_assert_str_eq(P("20200110T173600Z"), "2020-01-10T17:36:00Z");
    ck_assert_str_eq(P("20200110"), "2020-01-10");
    /* never converted: the offset stays the page's */
    ck_assert_str_eq(P("2020-01-10T23:30:00-08:00"), "2020-01-10T23:30:00-08:00");
}
END_TEST

START_TEST(parse_rfc2822_and_english)
{
    ck_assert_str_eq(P("Fri, 10 Jan 2020 17:36:00 +0000"), "2020-01-10T17:36:00+00:00");
    ck_assert_str_eq(P("Fri, 10 Jan 2020 17:36:00 GMT"), "2020-01-10T17:36:00+00:00");
    ck_assert_str_eq(P("Fri, 10 Jan 2020 17:36:00 -0500"), "2020-01-10T17:36:00-05:00");
    ck_assert_str_eq(P("10 Jan, 2020 17:36"), "2020-01-10T17:36:00");
    ck_assert_str_eq(P("January 10, 2020"), "2020-01-10");
    ck_assert_str_eq(P("Jan. 10, 2020 5:36 PM"), "2020-01-10T17:36:00");
    ck_assert_str_eq(P("Jan 10 2020 5:36 p.m."), "2020-01-10T17:36:00");
    ck_assert_str_eq(P("January 10th, 2020"), "2020-01-10");
    ck_assert_str_eq(P("1st March 2020"), "2020-03-01");
    ck_assert_str_eq(P("2nd March 2020"), "2020-03-02");
    ck_assert_str_eq(P("March 3rd, 2020"), "2020-03-03");
    ck_assert_str_eq(P("Friday, January 10, 2020"), "2020-01-10");
    ck_assert_str_eq(P("10 January 2020 at 09:05"), "2020-01-10T09:05:00");
    ck_assert_str_eq(P("10-Jan-2020"), "2020-01-10");
    ck_assert_str_eq(P("SEPT. 9, 2021"), "2021-09-09");
    /* 12 AM is midnight, 12 PM noon; a 13 o'clock PM is no time at all */
    ck_assert_str_eq(P("Jan 10, 2020 12:05 AM"), "2020-01-10T00:05:00");
    ck_assert_str_eq(P("Jan 10, 2020 12:05 PM"), "2020-01-10T12:05:00");
    ck_assert_str_eq(P("Jan 10, 2020 13:05 PM"), "2020-01-10");
}
END_TEST

START_TEST(parse_zones)
{
    ck_assert_str_eq(P("10 Jan 2020 17:36 CET"), "2020-01-10T17:36:00+01:00");
    ck_assert_str_eq(P("10 Jan 2020 17:36 CEST"), "2020-01-10T17:36:00+02:00");
    ck_assert_str_eq(P("Jan 10, 2020 5:36 PM EST"), "2020-01-10T17:36:00-05:00");
    ck_assert_str_eq(P("Jan 10, 2020 5:36 PM PDT"), "2020-01-10T17:36:00-07:00");
    ck_assert_str_eq(P("10 Jan 2020 17:36 UTC"), "2020-01-10T17:36:00+00:00");
    ck_assert_str_eq(P("10 Jan 2020 17:36 GMT+5:30"), "2020-01-10T17:36:00+05:30");
    ck_assert_str_eq(P("10 Jan 2020 17:36 UTC-3"), "2020-01-10T17:36:00-03:00");
    ck_assert_str_eq(P("10 Jan 2020 17:36 (IST)"), "2020-01-10T17:36:00+05:30");
    /* "ET" names no daylight rule: the zone is read but no offset invented */
    ck_assert_str_eq(P("Jan 10, 2020 5:36 PM ET"), "2020-01-10T17:36:00");
    /* an impossible offset leaves the time without a zone */
    ck_assert_str_eq(P("2020-01-10T17:36:00+15:00"), "2020-01-10T17:36:00");
    /* lowercase "est" is French for "is", not a zone */
    ck_assert_str_eq(P("10 janvier 2020 17:36 est"), "");
}
END_TEST

START_TEST(parse_numeric)
{
    ck_assert_str_eq(P("12.05.2019"), "2019-05-12");
    ck_assert_str_eq(P("12.5.2019"), "2019-05-12");
    ck_assert_str_eq(P("1. 2. 2020"), "2020-02-01");
    ck_assert_str_eq(P("12.05.2019 14:30"), "2019-05-12T14:30:00");
    ck_assert_str_eq(P("12.05.2019, 14:30 Uhr"), "2019-05-12T14:30:00");
    ck_assert_str_eq(P("12.05.2019 14.30 Uhr"), "2019-05-12T14:30:00");
    ck_assert_str_eq(P("02.12.19"), "2019-12-02");
    ck_assert_str_eq(P("31.12.99"), "1999-12-31");
    ck_assert_str_eq(P("1.2.19"), "");     /* loose two-digit year: a version number */
    ck_assert_str_eq(P("02. 12. 19"), ""); /* two-digit years only written tight */
    /* slashes: day first or month first, only when the numbers say which */
    ck_assert_str_eq(P("10/01/2020"), "");
    ck_assert_str_eq(P("13/01/2020"), "2020-01-13");
    ck_assert_str_eq(P("01/13/2020"), "2020-01-13");
    ck_assert_str_eq(P("13-01-2020"), "2020-01-13");
    ck_assert_str_eq(P("10-01-2020"), "");
    ck_assert_str_eq(P("13/01-2020"), ""); /* mixed separators */
    ck_assert_str_eq(P("13/13/2020"), "");
}
END_TEST

START_TEST(parse_languages)
{
    ck_assert_str_eq(P("3. März 2021"), "2021-03-03");
    ck_assert_str_eq(P("3. Maerz 2021"), "");
    ck_assert_str_eq(P("Mittwoch, 3. März 2021, 10:15 Uhr"), "2021-03-03T10:15:00");
    ck_assert_str_eq(P("15. Jänner 2020"), "2020-01-15");
    ck_assert_str_eq(P("1er janvier 2020"), "2020-01-01");
    ck_assert_str_eq(P("5 avril 2022 à 14h30"), "2022-04-05T14:30:00");
    ck_assert_str_eq(P("mardi 7 févr. 2023"), "2023-02-07");
    ck_assert_str_eq(P("10 de enero de 2020"), "2020-01-10");
    ck_assert_str_eq(P("10 de enero del 2020"), "2020-01-10");
    ck_assert_str_eq(P("10 de janeiro de 2020"), "2020-01-10");
    ck_assert_str_eq(P("7 de março de 2021 às 08:15"), "2021-03-07T08:15:00");
    ck_assert_str_eq(P("12 maggio 2019"), "2019-05-12");
    ck_assert_str_eq(P("12 mei 2019"), "2019-05-12");
    ck_assert_str_eq(P("12 mrt 2019"), "2019-03-12");
    ck_assert_str_eq(P("12 lutego 2020"), "2020-02-12");
    ck_assert_str_eq(P("12 stycznia 2020 r."), "2020-01-12");
    ck_assert_str_eq(P("12 października 2020"), "2020-10-12");
    ck_assert_str_eq(P("12 февраля 2020 г."), "2020-02-12");
    ck_assert_str_eq(P("12 ФЕВРАЛЯ 2020"), "2020-02-12");
    ck_assert_str_eq(P("1 сентября 2021 года"), "2021-09-01");
    ck_assert_str_eq(P("2019年5月12日"), "2019-05-12");
    ck_assert_str_eq(P("2019年5月12日 15:20"), "2019-05-12T15:20:00");
    ck_assert_str_eq(P("2019년 5월 12일 오후 3:20"), "2019-05-12T15:20:00");
    ck_assert_str_eq(P("2020. január 10."), "2020-01-10");
    ck_assert_str_eq(P("7 أكتوبر 2020"), "2020-10-07");
    ck_assert_str_eq(P("3 Μαΐου 2021"), "2021-05-03");
    /* a month word must be whole: "Marathon" is no month */
    ck_assert_str_eq(P("10 Marathon 2020"), "");
}
END_TEST

START_TEST(parse_calendar)
{
    ck_assert_str_eq(P("2020-02-29"), "2020-02-29"); /* leap year */
    ck_assert_str_eq(P("2019-02-29"), "");
    ck_assert_str_eq(P("2000-02-29"), "2000-02-29");
    ck_assert_str_eq(P("30 February 2020"), "");
    ck_assert_str_eq(P("2020-04-31"), "");
    ck_assert_str_eq(P("2020-13-01"), "");
    ck_assert_str_eq(P("2020-00-10"), "");
    ck_assert_str_eq(P("2020-01-00"), "");
    ck_assert_str_eq(P("1989-12-31"), "");
    ck_assert_str_eq(P("1990-01-01"), "1990-01-01");
    ck_assert_str_eq(P("2040-12-31"), "2040-12-31");
    ck_assert_str_eq(P("2041-01-01"), "");
    /* a whole numeric value with a four-digit year reaches the wide years too (see
     * parse_wide_years) */
    ck_assert_str_eq(P("31.12.1989"), "");
    ck_assert_str_eq(P("31.12.1994"), "1994-12-31");
    ck_assert_str_eq(P("01.01.1995"), "1995-01-01");
    ck_assert_str_eq(P("31.12.2035"), "2035-12-31");
    ck_assert_str_eq(P("01.01.2036"), "2036-01-01");
    ck_assert_str_eq(P("01.01.2041"), "");
    /* an impossible clock keeps the day */
    ck_assert_str_eq(P("2020-01-10T24:00:00"), "2020-01-10");
    ck_assert_str_eq(P("2020-01-10T12:60:00"), "2020-01-10");
}
END_TEST

START_TEST(parse_rejects)
{
    char out[NEWSCLEAN_DATE_MAX];
    ck_assert_str_eq(P(""), "");
    ck_assert_str_eq(P("   "), "");
    ck_assert_str_eq(P("nonsense"), "");
    ck_assert_str_eq(P("January 2020"), "");           /* no day: not guessed */
    ck_assert_str_eq(P("10 January"), "");             /* no year */
    ck_assert_str_eq(P("Published 3 March 2021"), ""); /* parse wants the value alone */
    ck_assert_str_eq(P("2020-01-10 and more"), "");
    ck_assert_str_eq(P("12345678901234"), "");
    ck_assert_str_eq(P("2020-01-10T17:36:00Zulu"), "");
    /* surrounding space, including no-break spaces, is ignored */
    ck_assert_str_eq(P("  \t2020-01-10\n "), "2020-01-10");
    ck_assert_str_eq(P("\xc2\xa0"
                       "10 Jan 2020"
                       "\xc2\xa0"),
                     "2020-01-10");
    /* only n bytes are read: no NUL needed, none looked for */
    ck_assert(newsclean_date_parse(R, "2020-01-10XYZ", 10, out));
    ck_assert_str_eq(out, "2020-01-10");
    ck_assert(!newsclean_date_parse(R, "2020-01-10", 0, out));
    /* an embedded NUL is just a byte */
    ck_assert(!newsclean_date_parse(R, "2020-01\0-10", 10, out));
    /* invalid UTF-8 does not break matching */
    ck_assert_str_eq(P("\xff\xfe 2020"), "");
    ck_assert_str_eq(P("10 Jan 2020\xff"), "");
    /* a long value is not one date, however it is spaced; space around it is trimmed */
    char big[400];
    memset(big, ' ', sizeof big);
    memcpy(big + 300, "2020-01-10", 10);
    ck_assert(newsclean_date_parse(R, big, sizeof big, out));
    ck_assert_str_eq(out, "2020-01-10");
    memcpy(big, "Friday,", 7);
    memcpy(big + 300, "10 Jan 2020", 11);
    ck_assert(!newsclean_date_parse(R, big, 311, out));
    ck_assert(newsclean_date_parse(R, "Friday,   10 Jan 2020", 21, out));
}
END_TEST

START_TEST(parse_wide_years)
{
    /* a date written out (month name, year first) reaches the early web and announced
     * dates; bare numbers, which IDs and prices also take, keep the narrow years */
    ck_assert_str_eq(P("14 March 1993"), "1993-03-14");
    ck_assert_str_eq(P("December 5, 1990"), "1990-12-05");
    ck_assert_str_eq(P("1994-06-30"), "1994-06-30");
    ck_assert_str_eq(P("2036-05-02T10:00:00Z"), "2036-05-02T10:00:00Z");
    ck_assert_str_eq(P("1 janvier 2040"), "2040-01-01");
    ck_assert_str_eq(P("14 March 1989"), "");
    ck_assert_str_eq(P("2041-01-01"), "");
    /* A whole value or a date with its clock time is a date whatever its year; in
     * running text a bare numeric date keeps the narrow years (a birth date, a reunion). */
    ck_assert_str_eq(P("14.03.1993"), "1993-03-14");
    ck_assert_str_eq(P("25/12/2037"), "2037-12-25");
    ck_assert_str_eq(P("25/12/2037 03:45 pm"), "2037-12-25T15:45:00");
    ck_assert_str_eq(P("14.03.93"), "");
    ck_assert_str_eq(P("19930314"), "");
    ck_assert_str_eq(F("Published 14 March 1993 by the desk"), "1993-03-14|14 March 1993");
    ck_assert_str_eq(F("Geboren am 03.10.1990 in Halle"), "");
    ck_assert_str_eq(F("Von Anna Berg, 12.03.1994, 14:20 Uhr"),
                     "1994-03-12T14:20:00|12.03.1994, 14:20 Uhr");
    ck_assert_str_eq(F("Von Anna Berg | 02.01.2036 - 09:05"),
                     "2036-01-02T09:05:00|02.01.2036 - 09:05");
}
END_TEST

/* ---------- newsclean_date_find_in_text ---------- */

START_TEST(find_basic)
{
    ck_assert_str_eq(F("Published 3 March 2021, 10:15"), "2021-03-03T10:15:00|3 March 2021, 10:15");
    ck_assert_str_eq(F("Published 3 March 2021, 10:15 CET"),
                     "2021-03-03T10:15:00+01:00|3 March 2021, 10:15 CET");
    ck_assert_str_eq(F("Updated: 12.05.2019 | 14:30 Uhr"),
                     "2019-05-12T14:30:00|12.05.2019 | 14:30 Uhr");
    ck_assert_str_eq(F("10 Jan, 2020 17:36"), "2020-01-10T17:36:00|10 Jan, 2020 17:36");
    ck_assert_str_eq(F("Veröffentlicht am 3. März 2021 um 10:15 Uhr"),
                     "2021-03-03T10:15:00|3. März 2021 um 10:15 Uhr");
    ck_assert_str_eq(F("Publié le 5 avril 2022 à 14h30"),
                     "2022-04-05T14:30:00|5 avril 2022 à 14h30");
    ck_assert_str_eq(F("By Ann Other | Friday, January 10, 2020"),
                     "2020-01-10|Friday, January 10, 2020");
    /* a time before the date belongs to it */
    ck_assert_str_eq(F("17:36 Uhr, 10.01.2020"), "2020-01-10T17:36:00|17:36 Uhr, 10.01.2020");
    ck_assert_str_eq(F("5:36 PM ET, Fri January 10, 2020"),
                     "2020-01-10T17:36:00|5:36 PM ET, Fri January 10, 2020");
    /* the first date in the line wins */
    ck_assert_str_eq(F("Posted 2 May 2019, updated 4 May 2019"), "2019-05-02|2 May 2019");
    /* a price after the date is not its time */
    ck_assert_str_eq(F("10 Jan 2020 12.50 EUR"), "2020-01-10|10 Jan 2020");
    /* "(18.01.2018) Farmers ..." */
    ck_assert_str_eq(F("(18.01.2018) Farmers fear the winter"), "2018-01-18|18.01.2018");
    /* a date shown twice (published, updated) run together by a text dump; two
     * different dates so joined give none */
    ck_assert_str_eq(F("2. Februar 20202. Februar 2020 Max Muster"), "2020-02-02|2. Februar 2020");
    ck_assert_str_eq(F("20 janvier 202020 janvier 2020"), "2020-01-20|20 janvier 2020");
    ck_assert_str_eq(F("29. Dezember 202230. Dezember 2022"), "");
    /* a longer number after the year is no year */
    ck_assert_str_eq(F("2. Februar 202012 Besucher"), "");
}
END_TEST

START_TEST(find_joined_and_short_forms)
{
    /* a time run into the year by a text dump */
    ck_assert_str_eq(F("28 luglio 202010:43 News"), "2020-07-28T10:43:00|28 luglio 202010:43");
    ck_assert_str_eq(F("August 6, 20209:09 AM"), "2020-08-06T09:09:00|August 6, 20209:09 AM");
    ck_assert_str_eq(F("19.10.201915:30 Uhr"), "2019-10-19T15:30:00|19.10.201915:30 Uhr");
    /* a numeric date shown twice, run together */
    ck_assert_str_eq(F("17/11/201917/11/2019 ~ Kim"), "2019-11-17|17/11/2019");
    ck_assert_str_eq(F("05.01.202005.01.2020"), "2020-01-05|05.01.2020");
    /* "d.m.yy" with a time after it, as bylines write it; alone it stays a number */
    ck_assert_str_eq(F("1.11.23 20:19 von Kim Muster"), "2023-11-01T20:19:00|1.11.23 20:19");
    ck_assert_str_eq(F("version 1.11.23 released"), "");
    ck_assert_str_eq(F("02.12.19 Kim"), "2019-12-02|02.12.19");
    /* bars between day, month and year */
    ck_assert_str_eq(F("Kim | 25 | 10 | 2022"), "2022-10-25|25 | 10 | 2022");
    ck_assert_str_eq(F("Kim|12.05.2019"), "2019-05-12|12.05.2019");
    ck_assert_str_eq(F("3 | 25 | 10 | 2022"), "");
    ck_assert_str_eq(F("25 | 10 | 2022 | 7"), "");
    /* day and month, and a four-digit year a few blanks off (elements of their own) */
    ck_assert_str_eq(F("Kim 30.11.  2020"), "2020-11-30|30.11.  2020");
    ck_assert_str_eq(F("30.11.\n   2020"), "2020-11-30|30.11.\n   2020");
    ck_assert_str_eq(F("30.11.          2020"), "");
    ck_assert_str_eq(F("30.11.  20 Kim"), "");
    /* digits of other scripts, with the span in the text as written */
    ck_assert_str_eq(F("১৪ ফেব্রুয়ারি ২০২০ সংবাদ"), "2020-02-14|১৪ ফেব্রুয়ারি ২০২০");
    ck_assert_str_eq(F("الخميس ١٤ فبراير ٢٠٢٠"), "2020-02-14|١٤ فبراير ٢٠٢٠");
    ck_assert_str_eq(P("۱۴/۰۲/۲۰۲۰"), "2020-02-14");
    ck_assert_str_eq(F("১২৩"), "");
    /* a range of days gives its first */
    ck_assert_str_eq(F("12.-14. Oktober 2022, Messe"), "2022-10-12|12.-14. Oktober 2022");
    ck_assert_str_eq(F("Festival 12 \xE2\x80\x93 14 May 2021"),
                     "2021-05-12|12 \xE2\x80\x93 14 May 2021");
    ck_assert_str_eq(F("Oct 12 - Oct 14, 2022"), "2022-10-12|12 - Oct 14, 2022");
    /* a range of whole dates whose first lacks the year gives its first too */
    ck_assert_str_eq(F("Tour: 12 October - 3 November 2021"),
                     "2021-10-12|12 October - 3 November 2021");
    ck_assert_str_eq(F("October 12 \xE2\x80\x93 November 3, 2021 (online)"),
                     "2021-10-12|October 12 \xE2\x80\x93 November 3, 2021");
    /* what stands before the dash but is no date of that year changes nothing */
    ck_assert_str_eq(F("Anna Berg - 3 November 2021"), "2021-11-03|3 November 2021");
    ck_assert_str_eq(F("30 December - 2 January 2022"), "2022-01-02|2 January 2022");
    /* a number that is no day, or a time, keeps the date as it is */
    ck_assert_str_eq(F("v1.2-14 May 2021"), "2021-05-14|14 May 2021");
    ck_assert_str_eq(F("3 - 14. Oktober 2022 10:00"), "2022-10-14T10:00:00|14. Oktober 2022 10:00");
}
END_TEST

START_TEST(ambiguous_numbers_and_labels)
{
    char out[NEWSCLEAN_DATE_MAX];
    /* day and month that could be either way round are not guessed */
    const char *s = "Publié le 02/11/2023 à 15h57";
    ck_assert(!newsclean_date_find_in_text(R, s, strlen(s), out, NULL, NULL));

    s = "Veröffentlicht: ";
    ck_assert(newsclean_date_label_in(R, s, strlen(s)));
    s = "[ ";
    ck_assert(!newsclean_date_label_in(R, s, strlen(s)));
    s = " veröffentlicht und";
    ck_assert(newsclean_date_verb_in(R, s, strlen(s)));
    s = " und dann";
    ck_assert(!newsclean_date_verb_in(R, s, strlen(s)));
}
END_TEST

START_TEST(find_skips_impossible)
{
    /* an impossible or ambiguous date is passed over for the next real one */
    ck_assert_str_eq(F("on 30.02.2020 or 01.03.2020"), "2020-03-01|01.03.2020");
    ck_assert_str_eq(F("10/01/2020 then 14/01/2020"), "2020-01-14|14/01/2020");
    ck_assert_str_eq(F("founded 1989-05-01, relaunched 2001-05-01"), "2001-05-01|2001-05-01");
    ck_assert_str_eq(F("order no. 20200110 shipped"), ""); /* compact only as a whole value */
    ck_assert_str_eq(F("3 items for 2020 people"), "");
    ck_assert_str_eq(F("no date here at all"), "");
    ck_assert_str_eq(F(""), "");
    ck_assert_str_eq(F("v1.10.20.5 released"), "");
}
END_TEST

START_TEST(find_huge)
{
    /* 20 MB on one line: only the head of a line is read, so this is quick and finds
     * nothing past it */
    size_t n = 20u * 1024 * 1024;
    char *s = malloc(n);
    char out[NEWSCLEAN_DATE_MAX];
    size_t st, ln;
    ck_assert_ptr_nonnull(s);
    memset(s, '1', n);
    memcpy(s + n - 20, " 10 Jan 2020 ", 13);
    ck_assert(!newsclean_date_find_in_text(R, s, n, out, &st, &ln));
    memcpy(s + 100, " 10 Jan 2020 ", 13);
    ck_assert(newsclean_date_find_in_text(R, s, n, out, &st, &ln));
    ck_assert_str_eq(out, "2020-01-10");
    ck_assert_uint_eq(st, 101);
    ck_assert_uint_eq(ln, 11);
    /* pathological for the patterns: digits and dots and month-ish words */
    for (size_t i = 0; i < n; i++)
        s[i] = "1.2 Jan. 3:4,"[i % 13];
    ck_assert(!newsclean_date_parse(R, s, n, out));
    ck_assert(!newsclean_date_find_in_text(R, s, n, out, &st, &ln));
    free(s);
}
END_TEST

/* ---------- the dates of a page, through newsclean_extract_ex ---------- */

START_TEST(html_jsonld)
{
    H("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
      "\"@type\":\"NewsArticle\",\"headline\":\"Bridge vote\",\"datePublished\":"
      "\"2020-01-10T17:36:00+01:00\",\"dateModified\":\"2020-01-11T08:00:00+01:00\"}</script>"
      "</head><body><h1>Bridge vote</h1>" BODY "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2020-01-10T17:36:00+01:00");
    ck_assert_str_eq(MOD, "2020-01-11T08:00:00+01:00");
}
END_TEST

START_TEST(html_jsonld_graph_prefers_article)
{
    /* the WebPage says one thing, the article in the same graph another */
    H("<html><head><script type=\"application/ld+json\">{\"@graph\":["
      "{\"@type\":\"WebPage\",\"datePublished\":\"2020-03-01T10:00:00Z\"},"
      "{\"@type\":[\"BlogPosting\"],\"datePublished\":\"2020-02-27T09:00:00Z\"},"
      "{\"@type\":\"Comment\",\"dateCreated\":\"2020-03-05T10:00:00Z\"}]}</script>"
      "</head><body><h1>A post</h1>" BODY "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2020-02-27T09:00:00Z");
    ck_assert_str_eq(MOD, "");
}
END_TEST

START_TEST(html_jsonld_types_from_the_lexicon)
{
    /* A story type without "Article" in its name outranks the page's own date; an image's
     * upload date is never the page's. */
    H("<html><head><script type=\"application/ld+json\">{\"@graph\":["
      "{\"@type\":\"ImageObject\",\"datePublished\":\"2019-01-01\"},"
      "{\"@type\":\"WebPage\",\"datePublished\":\"2020-03-01T10:00:00Z\"},"
      "{\"@type\":\"PodcastEpisode\",\"datePublished\":\"2020-02-27T09:00:00Z\"}]}"
      "</script></head><body><h1>An episode</h1>" BODY "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2020-02-27T09:00:00Z");
}
END_TEST

START_TEST(html_jsonld_array_and_broken)
{
    H("<html><head><script type=\"application/ld+json\">[{\"@type\":\"Organization\","
      "\"name\":\"Example Times\"},{\"@type\":\"ReportageNewsArticle\",\"mainEntityOfPage\":"
      "{\"@type\":\"WebPage\"},\"datePublished\":\"2021-06-02\"}]</script></head>"
      "<body><h1>A report</h1>" BODY "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2021-06-02");
    /* a raw line break inside a string makes the JSON invalid; the fields still count */
    H("<html><head><script type=\"application/ld+json\"><!--\n{\"@type\":\"NewsArticle\","
      "\"description\":\"two\nlines\",\"datePublished\":\"2021-06-03T07:00:00+02:00\","
      "\"dateModified\":\"2021-06-04T07:00:00+02:00\",}\n--></script></head>"
      "<body><h1>A report</h1>" BODY "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2021-06-03T07:00:00+02:00");
    ck_assert_str_eq(MOD, "2021-06-04T07:00:00+02:00");
    /* garbage JSON-LD gives nothing, and no crash */
    H("<html><head><script type=\"application/ld+json\">{{{[[[\"datePublished\":}</script>"
      "</head><body><h1>x</h1></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "");
}
END_TEST

START_TEST(html_meta)
{
    H("<html><head><meta property=\"article:published_time\" content=\"2019-05-12T14:30:00+02:00\">"
      "<meta property=\"article:modified_time\" content=\"2019-05-13T09:00:00+02:00\">"
      "</head><body><h1>t</h1>" BODY "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2019-05-12T14:30:00+02:00");
    ck_assert_str_eq(MOD, "2019-05-13T09:00:00+02:00");
    static const char *const names[] = {
        "<meta name=\"dc.date.issued\" content=\"2019-05-12\">",
        "<meta name=\"DC.date.created\" content=\"2019-05-12\">",
        "<meta name=\"parsely-pub-date\" content=\"2019-05-12T10:00:00Z\">",
        "<meta name=\"sailthru.date\" content=\"2019-05-12 10:00:00\">",
        "<meta name=\"pubdate\" content=\"20190512\">",
        "<meta name=\"publish-date\" content=\"12.05.2019\">",
        "<meta name=\"date\" content=\"2019-05-12\">",
        "<meta itemprop=\"datePublished\" content=\"2019-05-12\">",
        "<meta name=\"cXenseParse:recs:publishtime\" content=\"2019-05-12T10:00:00+0200\">",
        "<meta name=\"article_publish_date\" content=\"May 12, 2019\">",
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char html[512];
        snprintf(html, sizeof html, "<html><head>%s</head><body><h1>t</h1></body></html>",
                 names[i]);
        H(html, NULL);
        ck_assert_msg(strncmp(PUB, "2019-05-12", 10) == 0, "%s gave '%s'", names[i], PUB);
        ck_assert_str_eq(MOD, "");
    }
    /* a meta without a date, or a publisher's name, gives nothing */
    H("<html><head><meta name=\"article:publisher\" content=\"Example Times\">"
      "<meta name=\"date\" content=\"soon\"></head><body></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "");
}
END_TEST

START_TEST(html_modified_only)
{
    /* a modified time only the head declares is not passed off as the publication */
    H("<html><head><meta property=\"og:updated_time\" content=\"2020-05-01T10:00:00+00:00\">"
      "<meta http-equiv=\"last-modified\" content=\"2020-05-01\"></head>"
      "<body><h1>t</h1>" BODY "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "");
    ck_assert_str_eq(MOD, "2020-05-01T10:00:00+00:00");
    /* nor is one only JSON-LD gives */
    H("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"dateModified\":\"2021-03-12T09:00:00Z\"}</script></head>"
      "<body><h1>Bridge vote</h1>" BODY "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "");
    ck_assert_str_eq(MOD, "2021-03-12T09:00:00Z");
    /* the one date the page shows, labelled as an update, stands for the publication too */
    H("<html><body><article><h1>Bridge vote</h1><p class=\"info\">Updated 12 March 2021</p>" BODY
      "</article></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2021-03-12");
    ck_assert_str_eq(MOD, "2021-03-12");
    H("<html><body><article><h1>Bridge vote</h1><p>Stand: 12.03.2021 10:15 Uhr</p>" BODY
      "</article></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2021-03-12T10:15:00");
    ck_assert_str_eq(MOD, "2021-03-12T10:15:00");
    H("<html><body><article><h1>Bridge vote</h1><p>Last updated <time itemprop=\"dateModified\" "
      "datetime=\"2021-03-12T10:15:00+01:00\">12 March</time></p>" BODY "</article></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2021-03-12T10:15:00+01:00");
    /* a shown publication date keeps its own day beside a later update */
    H("<html><body><article><h1>Bridge vote</h1><p>Published 10 March 2021. Updated 12 March "
      "2021</p>" BODY "</article></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2021-03-10");
    ck_assert_str_eq(MOD, "2021-03-12");
}
END_TEST

START_TEST(html_state_script)
{
    /* an app's JSON state is the only place the date stands */
    H("<html><head><script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{"
      "\"story\":{\"id\":7,\"publishedDate\":\"2022-10-25T10:30:00Z\",\"title\":\"t\"},"
      "\"author\":{\"createdAt\":\"2022-10-25T08:00:00Z\"}}}</script></head>"
      "<body><h1>Bridge vote</h1>" BODY "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2022-10-25T10:30:00Z");
    /* state that holds other stories' days says nothing sure */
    H("<html><head><script type=\"application/json\">{\"list\":[{\"publishedAt\":"
      "\"2022-10-25T10:30:00Z\"},{\"publishedAt\":\"2022-10-21T09:00:00Z\"}]}</script></head>"
      "<body><h1>Bridge vote</h1>" BODY "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "");
    /* a declared date outranks it */
    H("<html><head><meta property=\"article:published_time\" content=\"2022-10-24\">"
      "<script type=\"application/json\">{\"publishedDate\":\"2022-10-25\"}</script></head>"
      "<body><h1>Bridge vote</h1>" BODY "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2022-10-24");
    /* a plain script's state, also inside a string with its quotes escaped */
    H("<html><head><script>window.__STATE__={\"story\":{\"createdAt\":\"2022-10-25T08:00:00Z\"}};"
      "</script></head><body><h1>Bridge vote</h1>" BODY "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2022-10-25T08:00:00Z");
    H("<html><head><script>self.__data.push(\"{\\\"story\\\":{\\\"publishedAt\\\":"
      "\\\"2022-10-25T08:00:00Z\\\"}}\")</script></head><body><h1>Bridge vote</h1>" BODY
      "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2022-10-25T08:00:00Z");
    H("<html><head><script>self.__data.push(\"[{\\\"publishedAt\\\":\\\"2022-10-25\\\"},"
      "{\\\"publishedAt\\\":\\\"2022-10-21\\\"}]\")</script></head><body><h1>Bridge vote</h1>" BODY
      "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "");
}
END_TEST

START_TEST(html_fact_row_in_body)
{
    /* a labelled date after the lead paragraph is a fact of the story ("Datum:" in a list
     * of when and where) once the byline above the lead has dated it */
    const char *facts = "<ul><li>Datum: 12.05.2021</li><li>Ort: Rathaus, Saal 2</li></ul>";
    char page[2048];
    snprintf(page, sizeof page,
             "<html><body><nav><a href=\"/\">Start</a></nav><article><h1>Neue Br\xC3\xBC"
             "cke geplant</h1><p class=\"byline\">Von Anna Berg, 04.03.2021</p>" BODY "%s" BODY2
             "</article></body></html>",
             facts);
    H(page, NULL);
    ck_assert_str_eq(PUB, "2021-03-04");
    /* the same with a plain byline paragraph and a time */
    snprintf(page, sizeof page,
             "<html><body><article><h1>Neue Br\xC3\xBC"
             "cke geplant</h1><p>Von Anna Berg am "
             "04.03.2021, 14:20</p>" BODY "%s" BODY2 "</article></body></html>",
             facts);
    H(page, NULL);
    ck_assert_str_eq(PUB, "2021-03-04T14:20:00");
    /* or with the day in the URL */
    snprintf(page, sizeof page,
             "<html><body><article><h1>Neue Br\xC3\xBC"
             "cke geplant</h1>" BODY "%s" BODY2 "</article></body></html>",
             facts);
    H(page, "https://example.org/lokal/2021/03/04/neue-bruecke");
    ck_assert_str_eq(PUB, "2021-03-04");
    /* with nothing above the lead, the row after it is the page's only date */
    H(page, NULL);
    ck_assert_str_eq(PUB, "2021-05-12");
}
END_TEST

START_TEST(html_published_after_modified)
{
    /* the meta says published after modified: the published claim stands, and the
     * modified time that contradicts it is dropped */
    H("<html><head><meta property=\"article:published_time\" content=\"2020-01-12T10:00:00Z\">"
      "<meta property=\"article:modified_time\" content=\"2020-01-10T10:00:00Z\"></head>"
      "<body><h1>Bridge vote</h1>" BODY "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2020-01-12T10:00:00Z");
    ck_assert_str_eq(MOD, "");
}
END_TEST

START_TEST(html_time_elements)
{
    H("<html><body><article><h1>Bridge vote</h1><time itemprop=\"datePublished\" "
      "datetime=\"2020-01-10T17:36:00+01:00\">10 Jan</time> <time itemprop=\"dateModified\" "
      "datetime=\"2020-01-11T09:00:00+01:00\">11 Jan</time>" BODY "</article></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2020-01-10T17:36:00+01:00");
    ck_assert_str_eq(MOD, "2020-01-11T09:00:00+01:00");
    /* WordPress: entry-date published and updated */
    H("<html><body><article><h1 class=\"entry-title\">Bridge vote</h1><span class=\"posted-on\">"
      "Posted on <a href=\"/x\"><time class=\"entry-date published\" "
      "datetime=\"2020-01-10T17:36:00+00:00\">January 10, 2020</time><time class=\"updated\" "
      "datetime=\"2020-01-14T08:00:00+00:00\">January 14, 2020</time></a></span>" BODY
      "</article></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2020-01-10T17:36:00+00:00");
    ck_assert_str_eq(MOD, "2020-01-14T08:00:00+00:00");
    /* a <time> with only text */
    H("<html><body><article><h1>Bridge vote</h1><time>3. März 2021</time>" BODY
      "</article></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2021-03-03");
    /* pubdate attribute (HTML5 draft) */
    H("<html><body><h1>Bridge vote</h1><time pubdate datetime=\"2021-03-03\">x</time>" BODY
      "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2021-03-03");
}
END_TEST

START_TEST(html_related_time_first)
{
    /* a list of other articles higher in the page than the article's own date */
    H("<html><body><aside class=\"related-stories\"><ul>"
      "<li><a href=\"/a\">Ferry fares rise</a> <time datetime=\"2020-01-02\">2 Jan</time></li>"
      "<li><a href=\"/b\">New lights on the river</a> <time datetime=\"2020-01-03\">3 "
      "Jan</time></li>"
      "</ul></aside><article><h1>Bridge vote</h1><time datetime=\"2020-01-10T17:36:00Z\">"
      "10 Jan 2020</time>" BODY "</article><div id=\"comments\"><div class=\"comment\">"
      "<time datetime=\"2020-01-11T09:00:00Z\">11 Jan</time><p>Great news.</p></div></div>"
      "</body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2020-01-10T17:36:00Z");
    /* the same list after the article, and the comments, do not win either */
    H("<html><body><article><h1>Bridge vote</h1><p class=\"byline\">By Ann Other, 10 January "
      "2020</p>" BODY BODY2 "</article><section class=\"more-stories\">"
      "<time datetime=\"2020-01-12\">x</time><time datetime=\"2020-01-12\">y</time></section>"
      "<ol class=\"commentlist\"><li>Posted 13 January 2020 at 10:00</li></ol></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2020-01-10");
}
END_TEST

START_TEST(html_microdata_hatom)
{
    H("<html><body><div itemscope itemtype=\"https://schema.org/NewsArticle\"><h1>Bridge vote"
      "</h1><span itemprop=\"datePublished\">12 May 2019</span>" BODY "</div></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2019-05-12");
    H("<html><body><div class=\"hentry\"><h2 class=\"entry-title\">Bridge vote</h2><abbr "
      "class=\"published\" title=\"2016-12-23T05:11:00-05:00\">5:11 AM</abbr>" BODY
      "</div></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2016-12-23T05:11:00-05:00");
    /* comments marked up as such are not the article */
    H("<html><body><h1>Bridge vote</h1>" BODY "<div itemscope itemtype=\"https://schema.org/"
      "Comment\"><meta itemprop=\"dateCreated\" content=\"2019-05-20\"><span itemprop="
      "\"datePublished\">20 May 2019</span></div></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "");
}
END_TEST

START_TEST(html_url)
{
    const char *page = "<html><body><h1>Bridge vote</h1>" BODY "</body></html>";
    H(page, "https://news.example/2020/01/10/bridge-vote/");
    ck_assert_str_eq(PUB, "2020-01-10");
    H(page, "https://news.example/politics/2020-01-10-bridge-vote");
    ck_assert_str_eq(PUB, "2020-01-10");
    H(page, "https://news.example/20200110/bridge-vote.html");
    ck_assert_str_eq(PUB, "2020-01-10");
    /* month only: no day is invented */
    H(page, "https://news.example/2020/01/bridge-vote/");
    ck_assert_str_eq(PUB, "");
    /* a numbered slug after a month is not a day */
    H(page, "https://news.example/2020/01/10-things-about-bridges/");
    ck_assert_str_eq(PUB, "");
    /* impossible dates and query strings are ignored */
    H(page, "https://news.example/2020/02/30/x/");
    ck_assert_str_eq(PUB, "");
    H(page, "https://news.example/story?date=2020-01-10");
    ck_assert_str_eq(PUB, "");
    H(page, "not a url");
    ck_assert_str_eq(PUB, "");
    /* the day in the id of the page's body, after a word, with its time or nothing */
    H("<html><body id=\"news20200110173600\"><h1>Bridge vote</h1>" BODY "</body></html>", NULL);
    ck_assert_str_eq(PUB, "2020-01-10");
    H("<html><body id=\"page20200110\"><h1>Bridge vote</h1>" BODY "</body></html>", NULL);
    ck_assert_str_eq(PUB, "2020-01-10");
    /* a bare number, other digits after the day, or an impossible day are no dates */
    H("<html><body id=\"20200110\"><h1>Bridge vote</h1>" BODY "</body></html>", NULL);
    ck_assert_str_eq(PUB, "");
    H("<html><body id=\"news202001107\"><h1>Bridge vote</h1>" BODY "</body></html>", NULL);
    ck_assert_str_eq(PUB, "");
    H("<html><body id=\"news20201310\"><h1>Bridge vote</h1>" BODY "</body></html>", NULL);
    ck_assert_str_eq(PUB, "");
    /* without a URL, the page's canonical link or og:url is read */
    H("<html><head><link rel=\"canonical\" href=\"https://news.example/2019/11/05/x/\"></head>"
      "<body><h1>x</h1></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2019-11-05");
    H("<html><head><meta property=\"og:url\" content=\"https://news.example/2019/11/06/x\">"
      "</head><body><h1>x</h1></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2019-11-06");
    /* markup beats the URL; where they agree on the day the markup's time is kept */
    H("<html><head><meta property=\"article:published_time\" content=\"2019-11-07T10:00:00Z\">"
      "</head><body><h1>x</h1></body></html>",
      "https://news.example/2019/11/05/x/");
    ck_assert_str_eq(PUB, "2019-11-07T10:00:00Z");
    H("<html><body><h1>x</h1><p>Veröffentlicht am 5. November 2019 um 10:00 Uhr</p>" BODY
      "</body></html>",
      "https://news.example/2019/11/05/x/");
    ck_assert_str_eq(PUB, "2019-11-05T10:00:00");
}
END_TEST

START_TEST(html_visible_text)
{
    static const struct {
        const char *line, *want;
    } cases[] = {
        {"Veröffentlicht am 3. März 2021, 10:15 Uhr", "2021-03-03T10:15:00"},
        {"Publié le 5 avril 2022 à 14h30", "2022-04-05T14:30:00"},
        {"Publicado el 10 de enero de 2020", "2020-01-10"},
        {"Pubblicato il 12 maggio 2019", "2019-05-12"},
        {"Gepubliceerd op 12 mei 2019", "2019-05-12"},
        {"Opublikowano: 12 lutego 2020", "2020-02-12"},
        {"Опубликовано 12 февраля 2020", "2020-02-12"},
        {"Published January 10, 2020 5:36 PM EST", "2020-01-10T17:36:00-05:00"},
        {"10 Jan, 2020 17:36", "2020-01-10T17:36:00"},
        {"Dieser Beitrag wurde am 3. Mai 2011 veröffentlicht.", "2011-05-03"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char html[2048];
        snprintf(html, sizeof html,
                 "<html><body><div class=\"nav\">Home | World</div><article><h1>Bridge vote "
                 "today</h1><div>%s</div>" BODY BODY2 "</article></body></html>",
                 cases[i].line);
        H(html, NULL);
        ck_assert_msg(strcmp(PUB, cases[i].want) == 0, "'%s' gave '%s'", cases[i].line, PUB);
    }
    /* the label may stand in its own element */
    H("<html><body><article><h1>Bridge vote "
      "today</h1><dl><dt>Datum</dt><dd>12.01.2017</dd></dl>" BODY "</article></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2017-01-12");
    /* a date split over elements of a dateline */
    H("<html><body><article><h1>Bridge vote today</h1><div class=\"date\"><span>10</span>"
      "<span>Jan</span><span>2020</span></div>" BODY "</article></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2020-01-10");
}
END_TEST

START_TEST(html_text_traps)
{
    /* a date mentioned inside the body is not the publication date */
    H("<html><body><article><h1>Bridge vote today</h1>" BODY
      "<p>The first bridge opened on 3 March 2001.</p>" BODY2 "<p>A hearing is set for "
      "14 February 2020.</p>" BODY "</article></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "");
    /* a copyright line with a full date does not win */
    H("<html><body><article><h1>Bridge vote today</h1>" BODY BODY2 "</article><div>"
      "© 10.01.2023 Example Media, all rights reserved</div></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "");
    /* the masthead's "today" far above the headline loses to the article's dateline */
    H("<html><body><header><div class=\"topbar\">Friday, 17 January 2020</div><nav>Home World "
      "Sport Culture Business Science Travel Opinion Weather</nav></header>"
      "<div class=\"promo\">" BODY "</div><article><h1>Bridge vote today</h1>"
      "<p class=\"dateline\">10 January 2020</p>" BODY "</article></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2020-01-10");
    /* teasers in a sidebar marked up as such */
    H("<html><body><div class=\"sidebar\"><p>Latest: 15 January 2020</p></div><article><h1>"
      "Bridge vote today</h1><p>12 January 2020</p>" BODY "</article></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2020-01-12");
}
END_TEST

START_TEST(html_class_names_that_lie)
{
    /* the main column named "sidebar_content": still the article */
    H("<html><body><div class=\"sidebar_content\"><h1>Bridge vote today</h1>"
      "<div class=\"post_detail\">27 Sep 2016</div>" BODY BODY2 "</div></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2016-09-27");
    /* WordPress marks the whole post "status-publish": not a dateline by itself */
    H("<html><body><div class=\"post status-publish hentry\"><h1>Results of the 19.5.2007 "
      "meeting</h1><div class=\"meta\">by A. Runner | 20. Mai 2007</div><table>"
      "<tr><td>19.5.2007</td><td>100 m</td></tr><tr><td>19.5.2007</td><td>200 m</td></tr>"
      "<tr><td>19.5.2007</td><td>400 m</td></tr></table>" BODY "</div></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2007-05-20");
}
END_TEST

START_TEST(html_local_reading)
{
    /* markup in UTC, the page prints the same moment as the evening before, local time:
     * the page's own day is kept, never a conversion of ours */
    H("<html><head><meta property=\"article:published_time\" content=\"2020-02-25T02:25:54Z\">"
      "</head><body><article><h1>Bridge vote today</h1><p>February 24, 2020 | 9:25pm</p>" BODY
      "</article></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2020-02-24T21:25:00");
    /* with an explicit local offset in the markup nothing changes */
    H("<html><head><meta property=\"article:published_time\" content=\"2020-02-25T02:25:54+01:00\">"
      "</head><body><article><h1>Bridge vote today</h1><p>February 24, 2020 | 9:25pm</p>" BODY
      "</article></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2020-02-25T02:25:54+01:00");
    /* a bare neighbouring day counts only when the UTC time is near midnight */
    H("<html><head><meta property=\"article:published_time\" content=\"2020-02-25T11:00:00Z\">"
      "</head><body><article><h1>Bridge vote today</h1><p>February 26, 2020</p>" BODY
      "</article></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "2020-02-25T11:00:00Z");
}
END_TEST

START_TEST(html_empty_and_odd)
{
    H("", NULL);
    ck_assert_str_eq(PUB, "");
    ck_assert_str_eq(MOD, "");
    H("<html></html>", NULL);
    ck_assert_str_eq(PUB, "");
    /* a date in a sentence of unmarked text says nothing; a bare date line does */
    H("just some text without markup, 2020-01-10 somewhere", NULL);
    ck_assert_str_eq(PUB, "");
    H("2020-01-10", NULL);
    ck_assert_str_eq(PUB, "2020-01-10");
    H("<html><body><script>var d = \"2020-01-10\";</script><style>.x{}</style>"
      "<noscript>10 Jan 2020</noscript><h1>x</h1></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "");
    H("<html><body><h1>x</h1><time datetime=\"2020-02-30\">soon</time><time "
      "datetime=\"1980-01-01\">"
      "then</time></body></html>",
      NULL);
    ck_assert_str_eq(PUB, "");
}
END_TEST

START_TEST(html_pathological)
{
    /* 100 000 nested elements, 20 000 <time> teasers, 5 000 JSON-LD objects: read to the
     * end with the right answer. The time they take is the benchmark's to measure; the
     * extraction's own time limit is lifted so that a slow, sanitised build on a busy
     * machine does not fail for its speed. */
    size_t cap = 8u * 1024 * 1024, n = 0;
    char *s = malloc(cap);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(newsclean_extractor_set_limit(EX, NEWSCLEAN_LIMIT_MILLISECONDS, SIZE_MAX),
                     NEWSCLEAN_OK);
    n += (size_t)snprintf(s + n, cap - n, "<html><body>");
    for (int i = 0; i < 100000; i++)
        n += (size_t)snprintf(s + n, cap - n, "<div class=\"sidebar date\">");
    n += (size_t)snprintf(s + n, cap - n, "<h1>Deep</h1>10 Jan 2020");
    s[n] = '\0';
    H(s, NULL);
    n = 0;
    n += (size_t)snprintf(s + n, cap - n, "<html><body><h1>List</h1>");
    for (int i = 0; i < 20000; i++)
        n += (size_t)snprintf(s + n, cap - n,
                              "<p class=\"date\"><time datetime=\"2020-01-%02d\">"
                              "%d Jan 2020</time></p>",
                              i % 28 + 1, i % 28 + 1);
    n += (size_t)snprintf(s + n, cap - n, "<script type=\"application/ld+json\">[");
    for (int i = 0; i < 5000; i++)
        n += (size_t)snprintf(s + n, cap - n,
                              "%s{\"@type\":\"NewsArticle\",\"datePublished\":"
                              "\"2020-02-%02d\",\"mainEntity\":[[[[[[[[[{}]]]]]]]]]}",
                              i ? "," : "", i % 28 + 1);
    n += (size_t)snprintf(s + n, cap - n, "]</script></body></html>");
    H(s, NULL);
    ck_assert_str_eq(PUB, "2020-02-01"); /* the first article of the JSON-LD list */
    free(s);
}
END_TEST

static Suite *
dates_suite(void)
{
    Suite *s = suite_create("dates");
    TCase *tc = tcase_create("parse");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, rules_lifecycle);
    tcase_add_test(tc, class_candidates_cover_patterns);
    tcase_add_test(tc, label_candidates_cover_patterns);
    tcase_add_test(tc, null_arguments);
    tcase_add_test(tc, parse_iso);
    tcase_add_test(tc, parse_rfc2822_and_english);
    tcase_add_test(tc, parse_zones);
    tcase_add_test(tc, parse_numeric);
    tcase_add_test(tc, parse_languages);
    tcase_add_test(tc, parse_calendar);
    tcase_add_test(tc, parse_rejects);
    tcase_add_test(tc, parse_wide_years);
    suite_add_tcase(s, tc);

    tc = tcase_create("find");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, find_basic);
    tcase_add_test(tc, find_skips_impossible);
    tcase_add_test(tc, find_joined_and_short_forms);
    tcase_add_test(tc, ambiguous_numbers_and_labels);
    tcase_add_test(tc, find_huge);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);

    tc = tcase_create("html");
    tcase_add_checked_fixture(tc, setup_html, teardown_html);
    tcase_add_test(tc, html_jsonld);
    tcase_add_test(tc, html_jsonld_graph_prefers_article);
    tcase_add_test(tc, html_jsonld_types_from_the_lexicon);
    tcase_add_test(tc, html_jsonld_array_and_broken);
    tcase_add_test(tc, html_meta);
    tcase_add_test(tc, html_modified_only);
    tcase_add_test(tc, html_state_script);
    tcase_add_test(tc, html_fact_row_in_body);
    tcase_add_test(tc, html_published_after_modified);
    tcase_add_test(tc, html_time_elements);
    tcase_add_test(tc, html_related_time_first);
    tcase_add_test(tc, html_microdata_hatom);
    tcase_add_test(tc, html_url);
    tcase_add_test(tc, html_visible_text);
    tcase_add_test(tc, html_text_traps);
    tcase_add_test(tc, html_class_names_that_lie);
    tcase_add_test(tc, html_local_reading);
    tcase_add_test(tc, html_empty_and_odd);
    tcase_add_test(tc, html_pathological);
    tcase_set_timeout(tc, 120);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(dates_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
