/* test_lexicon.c: unit tests for lib/lexicon.c: the table's rows are well formed, entries
 * are found by class and form, word sets answer by class and language, and no word or
 * phrase is listed twice for one class and language. */
#include "lexicon.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

static pcre2_code *
compile(const char *pattern)
{
    int err;
    PCRE2_SIZE off;
    return pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                         PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err, &off, NULL);
}

static bool
matches(const char *pattern, const char *text)
{
    pcre2_code *re = compile(pattern);
    ck_assert_ptr_nonnull(re);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    int rc = pcre2_match(re, (PCRE2_SPTR)text, strlen(text), 0, 0, md, NULL);
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    return rc >= 0;
}

/* ---- the table ----------------------------------------------------------------------- */

START_TEST(rows_well_formed)
{
    size_t n;
    const newsclean_lex_entry *t = newsclean_lexicon_entries(&n);
    ck_assert_uint_gt(n, 30);
    for (size_t i = 0; i < n; i++) {
        ck_assert_uint_lt(t[i].cls, NEWSCLEAN_LX_CLASS_COUNT);
        ck_assert_uint_le(t[i].form, NEWSCLEAN_LXF_KEYS);
        ck_assert_uint_ne(t[i].langs, 0);
        ck_assert(t[i].reason && t[i].reason[0]);
        ck_assert(t[i].text && t[i].text[0]);
        if (t[i].form == NEWSCLEAN_LXF_KEYS) {
            /* Prefilter words: lower-case ASCII, two letters first, one space apart. */
            for (const char *w = t[i].text; *w; w += strcspn(w, " ") + (w[strcspn(w, " ")] != 0)) {
                size_t len = strcspn(w, " ");
                ck_assert_msg(len >= 2 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'a' && w[1] <= 'z',
                              "row %zu (%s): a word does not begin with two letters", i,
                              t[i].reason);
                for (size_t k = 0; k < len; k++)
                    ck_assert_msg((w[k] >= 'a' && w[k] <= 'z') || w[k] == '-',
                                  "row %zu (%s): not a lower-case word", i, t[i].reason);
            }
            ck_assert_uint_eq(t[i].limit, 0);
            continue;
        }
        if (t[i].form == NEWSCLEAN_LXF_WORDS || t[i].form == NEWSCLEAN_LXF_ALTS)
            continue;
        /* Patterns compile and have no capturing group: the dump stage numbers its
         * rules by the groups it adds around them. */
        pcre2_code *re = compile(t[i].text);
        ck_assert_msg(re != NULL, "row %zu (%s) does not compile", i, t[i].reason);
        uint32_t groups = 1;
        pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &groups);
        ck_assert_msg(groups == 0, "row %zu (%s) captures", i, t[i].reason);
        pcre2_code_free(re);
        if (t[i].form == NEWSCLEAN_LXF_FIND)
            ck_assert_uint_eq(t[i].limit, 0);
        else
            ck_assert_uint_gt(t[i].limit, 0);
    }
}
END_TEST

START_TEST(next_by_class_and_form)
{
    size_t i = 0, seen = 0;
    const newsclean_lex_entry *e;
    while ((e = newsclean_lexicon_next(&i, NEWSCLEAN_LX_COMMENTS, NEWSCLEAN_LXF_LINE))) {
        ck_assert_uint_eq(e->cls, NEWSCLEAN_LX_COMMENTS);
        ck_assert_uint_eq(e->form, NEWSCLEAN_LXF_LINE);
        seen++;
    }
    ck_assert_uint_eq(seen, 3); /* counter, form, author */
    i = 0;
    e = newsclean_lexicon_next(&i, NEWSCLEAN_LX_COPYRIGHT, NEWSCLEAN_LXF_LINE);
    ck_assert_ptr_nonnull(e);
    ck_assert(e->flags & NEWSCLEAN_LXE_BARRIER);
    ck_assert(e->langs & NEWSCLEAN_LANG_DE);
    ck_assert(matches(e->text, "Alle Rechte vorbehalten"));
    ck_assert(!matches(e->text, "Die Rechte der Mieter"));
    /* No block pattern of a class that has none. */
    i = 0;
    ck_assert_ptr_null(newsclean_lexicon_next(&i, NEWSCLEAN_LX_COOKIE, NEWSCLEAN_LXF_BLOCK));
    /* Past the end stays past the end. */
    size_t n;
    newsclean_lexicon_entries(&n);
    i = n;
    ck_assert_ptr_null(newsclean_lexicon_next(&i, NEWSCLEAN_LX_STOP, NEWSCLEAN_LXF_WORDS));
    ck_assert_uint_eq(i, n);
}
END_TEST

START_TEST(join_rows_of_a_class)
{
    newsclean_buf b;
    newsclean_buf_init(&b);
    size_t limit = 7;
    ck_assert(newsclean_lexicon_join(&b, NEWSCLEAN_LX_COPYRIGHT, NEWSCLEAN_LXF_FIND, &limit));
    ck_assert_uint_eq(limit, 0);
    ck_assert(matches(b.data, "Text and pictures (c) 2021 Example"));
    ck_assert(matches(b.data, "ALL RIGHTS RESERVED."));
    ck_assert(!matches(b.data, "copyrighted works"));
    /* Two rows of one class become one alternation that matches what either does. */
    b.len = 0;
    ck_assert(newsclean_lexicon_join(&b, NEWSCLEAN_LX_NEWSLETTER, NEWSCLEAN_LXF_LINE, &limit));
    ck_assert_uint_eq(limit, 40);
    ck_assert(matches(b.data, "Newsletter"));
    ck_assert(matches(b.data, "Subscribe to the weekly newsletter"));
    /* No row: false, and nothing appended. */
    b.len = 0;
    ck_assert(!newsclean_lexicon_join(&b, NEWSCLEAN_LX_COOKIE, NEWSCLEAN_LXF_BLOCK, NULL));
    ck_assert_uint_eq(b.len, 0);
    newsclean_buf_free(&b);
}
END_TEST

/* A line phrase names one rule of the dump table: of the line entries, only those of its
 * class match it at the start. */
static void
only_class(const char *line, newsclean_lex_class cls)
{
    size_t n;
    const newsclean_lex_entry *t = newsclean_lexicon_entries(&n);
    size_t hits = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i].form != NEWSCLEAN_LXF_LINE || !matches(t[i].text, line))
            continue;
        ck_assert_msg(t[i].cls == cls, "'%s' matches %s", line, t[i].reason);
        hits++;
    }
    ck_assert_msg(hits == 1, "'%s' matches %zu rows", line, hits);
}

START_TEST(post_furniture_lines)
{
    /* A forum post's furniture is the whole line; the same words in a sentence are not. */
    newsclean_buf b;
    newsclean_buf_init(&b);
    ck_assert(newsclean_lexicon_join(&b, NEWSCLEAN_LX_POST_FURNITURE, NEWSCLEAN_LXF_FIND, NULL));
    static const char *const furniture[] = {
        "Click to expand...",
        "1,204 posts · Joined March 2019",
        "18.2k33 gold badges5151 silver badges104104 bronze badges",
        "Add a comment   |",
        "Improve this question",
        "Share Improve this answer Follow",
        "Sorted by:  Reset to default",
        "Highest score (default)  Date modified (newest first)  Date created (oldest first)",
        "Reactions: ana_k, tide_reader and 3 others",
    };
    for (size_t i = 0; i < sizeof furniture / sizeof furniture[0]; i++)
        ck_assert_msg(matches(b.data, furniture[i]), "%s", furniture[i]);
    static const char *const prose[] = {
        "Add a comment below to tell us how the repair went",
        "How would you improve this answer for a beginner?",
        "Highest score (default). That is the order the answers come in.",
        "Reactions: the crew were pleased with the new sails.",
    };
    for (size_t i = 0; i < sizeof prose / sizeof prose[0]; i++)
        ck_assert_msg(!matches(b.data, prose[i]), "%s", prose[i]);
    newsclean_buf_free(&b);
}
END_TEST

START_TEST(line_phrase_in_one_row)
{
    only_class("All rights reserved", NEWSCLEAN_LX_COPYRIGHT);
    only_class("Tags: Politik, Wahlen", NEWSCLEAN_LX_TAXONOMY);
    only_class("Lesen Sie auch: Der neue Plan", NEWSCLEAN_LX_RELATED);
    /* Dutch, as the HTML path's rows have it. */
    only_class("Lees ook: Het nieuwe plan van de gemeente", NEWSCLEAN_LX_RELATED);
    only_class("Mis à jour le 3 mai", NEWSCLEAN_LX_UPDATED);
    only_class("関連記事", NEWSCLEAN_LX_LISTHEAD);
}
END_TEST

/* ---- word sets --------------------------------------------------------------------- */

START_TEST(words_by_class_and_language)
{
    const uint32_t stop = 1u << NEWSCLEAN_LX_STOP;
    newsclean_lex_words *all = newsclean_lex_words_new(stop, ~0u);
    newsclean_lex_words *de = newsclean_lex_words_new(stop, NEWSCLEAN_LANG_DE);
    ck_assert_ptr_nonnull(all);
    ck_assert_ptr_nonnull(de);
    ck_assert_uint_eq(newsclean_lex_words_get(all, "the", 3), stop);
    ck_assert_uint_eq(newsclean_lex_words_get(all, "der", 3), stop);
    ck_assert_uint_eq(newsclean_lex_words_get(de, "der", 3), stop);
    ck_assert_uint_eq(newsclean_lex_words_get(de, "the", 3), 0);
    /* Exact length: a prefix or a longer word is not the word. */
    ck_assert_uint_eq(newsclean_lex_words_get(all, "th", 2), 0);
    ck_assert_uint_eq(newsclean_lex_words_get(all, "theme", 5), 0);
    ck_assert_uint_eq(newsclean_lex_words_get(all, "", 0), 0);
    /* Not NUL-terminated: only n bytes count. */
    ck_assert_uint_eq(newsclean_lex_words_get(all, "andrew", 3), stop);
    /* Words outside the latin script. */
    ck_assert_uint_eq(newsclean_lex_words_get(all, "что", strlen("что")), stop);
    newsclean_lex_words_free(de);
    newsclean_lex_words_free(all);
    newsclean_lex_words_free(NULL);
}
END_TEST

START_TEST(words_of_several_classes)
{
    const uint64_t strong = (uint64_t)1 << NEWSCLEAN_LX_NAME_STRONG,
                   weak = (uint64_t)1 << NEWSCLEAN_LX_NAME_WEAK,
                   content = (uint64_t)1 << NEWSCLEAN_LX_NAME_CONTENT,
                   stop = (uint64_t)1 << NEWSCLEAN_LX_STOP,
                   past = (uint64_t)1 << NEWSCLEAN_LX_SPK_IRREGULAR;
    newsclean_lex_words *s = newsclean_lex_words_new(strong | weak | content | stop | past, ~0u);
    ck_assert_ptr_nonnull(s);
    ck_assert_uint_eq(newsclean_lex_words_get(s, "breadcrumb", 10), strong);
    ck_assert_uint_eq(newsclean_lex_words_get(s, "sidebar", 7), weak);
    ck_assert_uint_eq(newsclean_lex_words_get(s, "article", 7), content);
    /* "said" is both a function word and an irregular past of a speaker's verb. */
    ck_assert_uint_eq(newsclean_lex_words_get(s, "said", 4), stop | past);
    /* Classes not asked for are not in the set. */
    ck_assert_uint_eq(newsclean_lex_words_get(s, "byline", 6), 0);
    ck_assert_uint_eq(newsclean_lex_words_get(s, "author", 6), 0);
    newsclean_lex_words_free(s);
}
END_TEST

START_TEST(words_of_speaker_cues)
{
    const uint64_t part = (uint64_t)1 << NEWSCLEAN_LX_SPK_PARTICIPLE,
                   gap = (uint64_t)1 << NEWSCLEAN_LX_SPK_PASSIVE_GAP,
                   open = (uint64_t)1 << NEWSCLEAN_LX_SPK_TIME_OPEN,
                   time = (uint64_t)1 << NEWSCLEAN_LX_SPK_TIME,
                   src = (uint64_t)1 << NEWSCLEAN_LX_SPK_SOURCE_PREP;
    newsclean_lex_words *s = newsclean_lex_words_new(part | gap | open | time | src, ~0u);
    newsclean_lex_words *en = newsclean_lex_words_new(src, NEWSCLEAN_LANG_EN);
    ck_assert_ptr_nonnull(s);
    ck_assert_ptr_nonnull(en);
    ck_assert_uint_eq(newsclean_lex_words_get(s, "written", 7), part);
    ck_assert_uint_eq(newsclean_lex_words_get(s, "as", 2), gap);
    /* "last" opens a time phrase and is one of its words. */
    ck_assert_uint_eq(newsclean_lex_words_get(s, "last", 4), open | time);
    ck_assert_uint_eq(newsclean_lex_words_get(s, "laut", 4), src);
    /* German only: no English set holds "so" as a source preposition. */
    ck_assert_uint_eq(newsclean_lex_words_get(en, "so", 2), 0);
    newsclean_lex_words_free(en);
    newsclean_lex_words_free(s);
}
END_TEST

START_TEST(words_of_date_names)
{
    const uint64_t skip = (uint64_t)1 << NEWSCLEAN_LX_LD_DATE_SKIP,
                   story = (uint64_t)1 << NEWSCLEAN_LX_LD_DATE_ARTICLE,
                   page = (uint64_t)1 << NEWSCLEAN_LX_LD_DATE_PAGE;
    newsclean_lex_words *s = newsclean_lex_words_new(skip | story | page, ~0u);
    ck_assert_ptr_nonnull(s);
    ck_assert_uint_eq(newsclean_lex_words_get(s, "ImageObject", 11), skip);
    ck_assert_uint_eq(newsclean_lex_words_get(s, "PodcastEpisode", 14), story);
    ck_assert_uint_eq(newsclean_lex_words_get(s, "FAQPage", 7), page);
    /* Types are exact bytes. */
    ck_assert_uint_eq(newsclean_lex_words_get(s, "faqpage", 7), 0);
    newsclean_lex_words_free(s);
}
END_TEST

START_TEST(words_of_page_kinds)
{
    const uint64_t listing = (uint64_t)1 << NEWSCLEAN_LX_KIND_URL_LISTING,
                   service = (uint64_t)1 << NEWSCLEAN_LX_KIND_URL_SERVICE,
                   article = (uint64_t)1 << NEWSCLEAN_LX_KIND_URL_ARTICLE,
                   ld_article = (uint64_t)1 << NEWSCLEAN_LX_KIND_LD_ARTICLE,
                   ld_service = (uint64_t)1 << NEWSCLEAN_LX_KIND_LD_SERVICE,
                   ld_creative = (uint64_t)1 << NEWSCLEAN_LX_KIND_LD_CREATIVE;
    /* Classes past the 32nd keep their own bits. */
    ck_assert(NEWSCLEAN_LX_KIND_LD_CREATIVE >= 32);
    newsclean_lex_words *s = newsclean_lex_words_new(
        listing | service | article | ld_article | ld_service | ld_creative, ~0u);
    ck_assert_ptr_nonnull(s);
    ck_assert(newsclean_lex_words_get(s, "tag", 3) == listing);
    ck_assert(newsclean_lex_words_get(s, "blog", 4) == article);
    /* A path word with hyphens is one word. */
    ck_assert(newsclean_lex_words_get(s, "who-we-are", 10) == service);
    ck_assert(newsclean_lex_words_get(s, "who", 3) == 0);
    /* Type names are exact bytes: the path word and the type name differ in case. */
    ck_assert(newsclean_lex_words_get(s, "article", 7) == article);
    ck_assert(newsclean_lex_words_get(s, "Article", 7) == ld_article);
    ck_assert(newsclean_lex_words_get(s, "NewsArticle", 11) == ld_article);
    ck_assert(newsclean_lex_words_get(s, "Organization", 12) == ld_service);
    ck_assert(newsclean_lex_words_get(s, "Recipe", 6) == ld_creative);
    /* A class not asked for is not in the set. */
    ck_assert(newsclean_lex_words_get(s, "shop", 4) == 0);
    ck_assert(newsclean_lex_words_get(s, "Product", 7) == 0);
    newsclean_lex_words_free(s);
}
END_TEST

/* True if a WORDS row of class 'cls' lists 'word'. */
static bool
class_lists(newsclean_lex_class cls, const char *word)
{
    size_t i = 0, n = strlen(word);
    for (const newsclean_lex_entry *e; (e = newsclean_lexicon_next(&i, cls, NEWSCLEAN_LXF_WORDS));)
        for (const char *w = e->text; *w;) {
            size_t len = strcspn(w, " ");
            if (len == n && !memcmp(w, word, n))
                return true;
            w += len;
            while (*w == ' ')
                w++;
        }
    return false;
}

/* The class and id words of page kinds (kind.c) and of an author's role (meta.c): found by
 * class, lower-case ASCII words that begin with a letter, as their matchers fold the
 * values they read; no word set holds them. */
START_TEST(words_of_class_names)
{
    static const struct {
        newsclean_lex_class cls;
        const char *words[3];
    } want[] = {
        {NEWSCLEAN_LX_KIND_NAME_FORUM, {"comment", "reply", "replies"}},
        {NEWSCLEAN_LX_KIND_NAME_PRODUCT, {"price", "addtocart", "qty"}},
        {NEWSCLEAN_LX_KIND_NAME_CARD, {"card", "teaser", "pagination"}},
        {NEWSCLEAN_LX_KIND_NAME_DOCS, {"toc", "hljs", "admonition"}},
        {NEWSCLEAN_LX_KIND_NAME_SERVICE, {"hero", "cta", "testimonial"}},
        {NEWSCLEAN_LX_KIND_NAME_USER, {"avatar", "username", "poster"}},
        {NEWSCLEAN_LX_KIND_NAME_ARTICLE, {"story", "byline", "lede"}},
        {NEWSCLEAN_LX_NAME_ROLE, {"title", "job", "bio"}},
    };
    for (size_t k = 0; k < sizeof want / sizeof want[0]; k++) {
        for (size_t j = 0; j < 3; j++)
            ck_assert_msg(class_lists(want[k].cls, want[k].words[j]), "'%s' not in class %d",
                          want[k].words[j], (int)want[k].cls);
        size_t i = 0, rows = 0;
        for (const newsclean_lex_entry *e;
             (e = newsclean_lexicon_next(&i, want[k].cls, NEWSCLEAN_LXF_WORDS));) {
            rows++;
            ck_assert_uint_eq(e->langs, NEWSCLEAN_LANG_ANY);
            for (const char *w = e->text; *w; w++)
                ck_assert_msg((*w >= 'a' && *w <= 'z') || *w == ' ' ||
                                  ((*w >= '0' && *w <= '9') && w > e->text && w[-1] != ' '),
                              "%s: '%c' in a class word", e->reason, *w);
        }
        ck_assert_uint_eq(rows, 1);
        ck_assert_int_ge(want[k].cls, NEWSCLEAN_LX_WORD_CLASSES);
    }
    /* A word of one family is not taken for another's. */
    ck_assert(!class_lists(NEWSCLEAN_LX_KIND_NAME_FORUM, "price"));
    ck_assert(!class_lists(NEWSCLEAN_LX_NAME_ROLE, "titles"));
}
END_TEST

/* The words of a list row, one at a time: ' ' separates WORDS rows, '|' ALTS rows, whose
 * ".*(?:…)" group of endings is left out. Returns the length of the word at *p (0 at the
 * end) and moves *p past it. */
static size_t
next_word(const char **p, const char **w, unsigned char form)
{
    const char *sep = form == NEWSCLEAN_LXF_ALTS ? "|" : " ";
    while (**p && strchr(sep, **p))
        (*p)++;
    if (!strncmp(*p, ".*(?:", 5))
        return 0;
    *w = *p;
    size_t n = strcspn(*p, sep);
    *p += n;
    return n;
}

/* Each word stands once in its class and language: a second copy is dead weight, and two
 * copies are where two lists drift apart. */
START_TEST(word_listed_once)
{
    size_t n;
    const newsclean_lex_entry *t = newsclean_lexicon_entries(&n);
    for (size_t i = 0; i < n; i++) {
        unsigned char form = t[i].form;
        if (form != NEWSCLEAN_LXF_WORDS && form != NEWSCLEAN_LXF_ALTS)
            continue;
        const char *p = t[i].text, *w;
        for (size_t len; (len = next_word(&p, &w, form));) {
            /* Later in the same row, then in every later row of the class sharing a
             * language. */
            for (size_t j = i; j < n; j++) {
                if (t[j].form != form || t[j].cls != t[i].cls || !(t[j].langs & t[i].langs))
                    continue;
                const char *q = j == i ? p : t[j].text, *v;
                for (size_t vl; (vl = next_word(&q, &v, form));)
                    ck_assert_msg(!(vl == len && memcmp(v, w, len) == 0), "'%.*s' twice in %s",
                                  (int)len, w, t[i].reason);
            }
        }
    }
}
END_TEST

/* The quotation word lists are found by class and language. */
START_TEST(word_lists_by_language)
{
    size_t i = 0, rows = 0;
    unsigned langs = 0;
    for (const newsclean_lex_entry *e;
         (e = newsclean_lexicon_next(&i, NEWSCLEAN_LX_PH_VERB, NEWSCLEAN_LXF_ALTS));) {
        rows++;
        langs |= e->langs;
        if (e->langs == NEWSCLEAN_LANG_DE)
            ck_assert(strstr(e->text, "sagte|") != NULL);
    }
    ck_assert_uint_eq(rows, 4);
    ck_assert_uint_eq(langs, NEWSCLEAN_LANG_EN | NEWSCLEAN_LANG_DE | NEWSCLEAN_LANG_FR |
                                 NEWSCLEAN_LANG_ES);
}
END_TEST

static Suite *
lexicon_suite(void)
{
    Suite *s = suite_create("lexicon");
    TCase *tc = tcase_create("table");
    tcase_add_test(tc, rows_well_formed);
    tcase_add_test(tc, next_by_class_and_form);
    tcase_add_test(tc, line_phrase_in_one_row);
    tcase_add_test(tc, join_rows_of_a_class);
    suite_add_tcase(s, tc);

    tc = tcase_create("words");
    tcase_add_test(tc, words_by_class_and_language);
    tcase_add_test(tc, words_of_several_classes);
    tcase_add_test(tc, words_of_page_kinds);
    tcase_add_test(tc, words_of_date_names);
    tcase_add_test(tc, words_of_speaker_cues);
    tcase_add_test(tc, words_of_class_names);
    tcase_add_test(tc, word_listed_once);
    tcase_add_test(tc, word_lists_by_language);
    tcase_add_test(tc, post_furniture_lines);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(lexicon_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
