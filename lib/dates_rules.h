/* dates_rules.h: private to the date stage (dates.c parses, dates_html.c weighs page
 * signals): the compiled patterns and the scanning helpers both files share. */
#ifndef NEWSCLEAN_DATES_RULES_H
#define NEWSCLEAN_DATES_RULES_H

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif

#include <stdbool.h>
#include <stddef.h>

#include <pcre2.h>

#include "dates.h"
#include "lexicon.h"

/* The written forms of a date, one pattern each (see dates.c for examples). */
enum {
    NEWSCLEAN_DF_YMD,      /* 2020-01-10T17:36:00+01:00, 2020/01/10, 2020.01.10 */
    NEWSCLEAN_DF_DMY_NAME, /* 10 Jan 2020, 3. März 2021, 10 de enero de 2020 */
    NEWSCLEAN_DF_MDY_NAME, /* January 10, 2020; Jan. 10 2020 5:36 PM */
    NEWSCLEAN_DF_YMD_NAME, /* 2020. január 10. */
    NEWSCLEAN_DF_DMY_DOT,  /* 12.05.2019 */
    NEWSCLEAN_DF_SLASH,    /* 10/01/2020, 01-13-2020: only when unambiguous */
    NEWSCLEAN_DF_CJK,      /* 2019年5月12日, 2019년 5월 12일 */
    NEWSCLEAN_DF_COMPACT,  /* 20200110T173600Z: whole values only, never in free text */
    NEWSCLEAN_DF_COUNT
};

/* Capture group numbers of one form, looked up once at compile time; 0 when absent. */
typedef struct {
    int y, mo, d, a, b, h, mi, s, ap, z, h2, mi2, ap2, z2;
    int mon[12];
} newsclean_date_groups;

/* A word of the lexicon's KEYS rows (not NUL-terminated) and the candidate bit it gives. */
typedef struct {
    const char *w;
    unsigned char n, mask;
} newsclean_key_word;

/* Words grouped by their first two letters: order lists them (by their place in 'word'),
 * those beginning with letters L1 L2 (0 for 'a') from start[K] to start[K + 1],
 * K = L1 * 26 + L2. */
typedef struct {
    newsclean_key_word word[64];
    unsigned char order[64];
    unsigned char start[26 * 26 + 1];
} newsclean_word_index;

/* Read-only after newsclean_date_rules_new(): shared by every thread. */
struct newsclean_date_rules {
    pcre2_code *form[NEWSCLEAN_DF_COUNT];
    newsclean_date_groups g[NEWSCLEAN_DF_COUNT];
    pcre2_code *label_pub;   /* "Published", "Veröffentlicht am", "Publié le", ... */
    pcre2_code *label_mod;   /* "Updated", "Stand:", "Mis à jour", ... */
    pcre2_code *label_after; /* "... veröffentlicht" after the date */
    pcre2_code *copyright;   /* "©", "Copyright", "All rights reserved" */
    pcre2_code *skip_class;  /* class/id of comments, related lists, navigation */
    pcre2_code *soft_class;  /* class/id of sidebars, footers, teasers: suspicious only */
    pcre2_code *date_class;  /* class/id of datelines, bylines and article meta rows */
    pcre2_code *mod_class;   /* class/id saying "updated" / "modified" */
    pcre2_code *pub_class;   /* class/id saying "published" / "posted" */
    pcre2_code *ld_field;    /* "datePublished": "..." in JSON-LD that jansson rejects */
    pcre2_code *state_key;   /* "publishedDate": " in a script's JSON state */
    /* The words of dates.c that begin the class patterns' and the labels' alternatives,
     * grouped by their first two letters. */
    newsclean_word_index class_ix, label_ix;
    newsclean_lex_words *names; /* the lexicon's LD_DATE_* words */
};

/* Which of the five class patterns can match one class or id name. */
enum {
    NEWSCLEAN_CLS_SKIP = 1,
    NEWSCLEAN_CLS_SOFT = 2,
    NEWSCLEAN_CLS_DATE = 4,
    NEWSCLEAN_CLS_MOD = 8,
    NEWSCLEAN_CLS_PUB = 16,
    NEWSCLEAN_CLS_ALL = 31
};

/* The class patterns that may match the name t[0..n): a superset of those that do, found
 * without running them. Names outside ASCII get NEWSCLEAN_CLS_ALL. */
unsigned newsclean_class_candidates(const struct newsclean_date_rules *r, const char *t, size_t n);

/* Which of label_pub and label_mod can match in t[0..n). */
enum { NEWSCLEAN_LABEL_PUB = 1, NEWSCLEAN_LABEL_MOD = 2, NEWSCLEAN_LABEL_ALL = 3 };

/* The label patterns that may match in t[0..n): a superset of those that do, found
 * without running them. Text outside ASCII gets NEWSCLEAN_LABEL_ALL. */
unsigned newsclean_label_candidates(const struct newsclean_date_rules *r, const char *t, size_t n);

/* Per-call matching state: match data plus a match context carrying the limits, so
 * the rules stay read-only and one hostile input cannot make a match run away. */
typedef struct {
    pcre2_match_data *md;
    pcre2_match_context *mc;
} newsclean_date_scan;

bool newsclean_date_scan_init(newsclean_date_scan *sc);
void newsclean_date_scan_free(newsclean_date_scan *sc);

/* Find 're' in s[from..n). On a match store its byte span and return true. */
bool newsclean_date_search(const pcre2_code *re, newsclean_date_scan *sc, const char *s, size_t n,
                           size_t from, size_t *mstart, size_t *mend);

/* newsclean_date_parse / newsclean_date_find_in_text with caller-owned scan state. */
bool newsclean_date_parse_sc(const struct newsclean_date_rules *r, newsclean_date_scan *sc,
                             const char *s, size_t n, char out[NEWSCLEAN_DATE_MAX]);
bool newsclean_date_find_sc(const struct newsclean_date_rules *r, newsclean_date_scan *sc,
                            const char *s, size_t n, char out[NEWSCLEAN_DATE_MAX], size_t *start,
                            size_t *len);

/* Whether s[0..n) holds a digit, ASCII or of a script whose dates are read. */
bool newsclean_date_has_digit(const char *s, size_t n);

/* Build a normalised date from fields ('hour' < 0: day only; 'zone' 0 none, 1 the
 * offset 'offset_min', 2 "Z"). False if the calendar or the clock says impossible. */
bool newsclean_date_format(int year, int month, int day, int hour, int minute, int second, int zone,
                           int offset_min, char out[NEWSCLEAN_DATE_MAX]);

#endif /* NEWSCLEAN_DATES_RULES_H */
