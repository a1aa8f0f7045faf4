/* dates.c: read a date the way news pages write it (ISO 8601, RFC 2822, "3. März 2021",
 * "10 de enero de 2020", "2019年5月12日", ...) and normalise it to ISO 8601 with the
 * page's own offset. The patterns are compiled once into a read-only rules object. */
#include "dates.h"
#include "dates_rules.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "textutil.h"
#include "lexicon.h"
#include "rx.h"

/* pcre2 steps and backtracking depth allowed for one match. Our patterns are linear
 * (no nested quantifiers), so honest inputs need a few thousand steps; the cap turns a
 * pathological input into "no match" instead of a stall. */
#define MATCH_LIMIT 200000u
#define DEPTH_LIMIT 2000u
/* Longest string newsclean_date_parse accepts: the longest real form ("Wednesday,
 * 10 September 2020 at 17:36:00 GMT+05:45") is under 60 bytes; more is not one date. */
#define PARSE_MAX 160
/* newsclean_date_find_in_text reads at most this many bytes: the API is for short lines,
 * and the bound keeps a 20 MB single line from costing 8 pattern scans of 20 MB. */
#define FIND_MAX 8192
/* Years outside this range are taken as misreadings (IDs, prices), not publication dates. */
#define YEAR_MIN 1995
#define YEAR_MAX 2035
/* A date written out with its month's name or year first (ISO) is no ID or price: its
 * year may reach further, to archives of the early web and announced dates. */
#define YEAR_WIDE_MIN 1990
#define YEAR_WIDE_MAX 2040

/* Month names, full, genitive and abbreviated, per month. English, German (incl.
 * Austrian), French, Spanish, Catalan, Italian, Portuguese, Dutch, Polish, Russian,
 * Ukrainian, Czech, Finnish, Swedish/Danish/Norwegian, Turkish, Hungarian, Romanian,
 * Indonesian, Arabic (Egyptian and Levantine names), Greek, Bengali (with either
 * encoding of its letter YYA). Longer spellings first so
 * the alternation settles quickly. */
static const char *const month_names[12] = {
    "january|januari|januar|jänner|janvier|janeiro|enero|gennaio|gener|stycznia|styczeń|"
    "styczen|января|январь|січня|tammikuuta|tammikuu|ledna|leden|ocak|január|ianuarie|janv|"
    "jänn|jän|jan|ene|gen|sty|янв|"
    "يناير|كانون الثاني|كانون ثاني|Ιανουαρίου|Ιανουάριος|Ιαν|"
    "জানু(?:য়|য়)ার(?:ি|ী)",
    "february|februari|februar|feber|février|fevrier|febrero|febbraio|fevereiro|febrer|"
    "lutego|luty|февраля|февраль|лютого|helmikuuta|helmikuu|února|únor|şubat|subat|február|"
    "februarie|févr|fevr|febr|feb|fév|fev|lut|февр|фев|"
    "فبراير|شباط|Φεβρουαρίου|Φεβρουάριος|Φεβ|"
    "ফেব্রু(?:য়|য়)ার(?:ি|ী)",
    "march|maart|märz|marz|mars|marts|marzo|março|marco|març|marca|marzec|марта|март|"
    "березня|maaliskuuta|maaliskuu|března|březen|mart|március|martie|maret|mrt|mär|mrz|"
    "márc|mar|мар|"
    "مارس|آذار|Μαρτίου|Μάρτιος|Μαρ|"
    "মার্চ",
    "april|avril|abril|aprile|kwietnia|kwiecień|kwiecien|апреля|апрель|квітня|huhtikuuta|"
    "huhtikuu|dubna|duben|nisan|április|aprilie|avr|abr|apr|ápr|kwi|апр|"
    "أبريل|ابريل|إبريل|نيسان|Απριλίου|Απρίλιος|Απρ|"
    "এপ্রিল",
    "may|mai|mayo|maggio|maio|mei|maig|maja|maj|мая|май|травня|toukokuuta|toukokuu|května|"
    "květen|mayıs|mayis|május|máj|mag|"
    "مايو|أيار|ايار|Μαΐου|Μάιος|Μαΐ|Μαι|"
    "মে",
    "june|juni|juin|junio|giugno|junho|juny|czerwca|czerwiec|июня|июнь|червня|kesäkuuta|"
    "kesäkuu|června|červen|haziran|június|iunie|jún|jun|giu|cze|июн|"
    "يونيو|يونيه|حزيران|Ιουνίου|Ιούνιος|Ιουν|"
    "জুন",
    "july|juli|juillet|julio|luglio|julho|juliol|lipca|lipiec|июля|июль|липня|heinäkuuta|"
    "heinäkuu|července|červenec|temmuz|július|iulie|juil|júl|jul|lug|lip|июл|"
    "يوليو|يوليه|تموز|Ιουλίου|Ιούλιος|Ιουλ|"
    "জুলাই",
    "august|augustus|augusti|août|aout|agosto|agost|agustus|sierpnia|sierpień|sierpien|"
    "августа|август|серпня|elokuuta|elokuu|srpna|srpen|ağustos|agustos|augusztus|aug|ago|"
    "sie|авг|"
    "أغسطس|اغسطس|آب|Αυγούστου|Αύγουστος|Αυγ|"
    "আগস্ট|আগষ্ট",
    "september|septembre|septiembre|setiembre|settembre|setembro|setembre|września|"
    "wrzesień|wrzesien|сентября|сентябрь|вересня|syyskuuta|syyskuu|září|eylül|eylul|"
    "szeptember|septembrie|szept|sept|sett|sep|set|wrz|сент|сен|"
    "سبتمبر|أيلول|ايلول|Σεπτεμβρίου|Σεπτέμβριος|Σεπ|"
    "সেপ্টেম্বর",
    "october|oktober|octobre|octubre|ottobre|outubro|octombrie|października|październik|"
    "pazdziernika|pazdziernik|октября|октябрь|жовтня|lokakuuta|lokakuu|října|říjen|ekim|"
    "október|okt|oct|ott|out|paź|paz|окт|"
    "أكتوبر|اكتوبر|تشرين الأول|تشرين الاول|Οκτωβρίου|Οκτώβριος|Οκτ|"
    "অক্টোবর",
    "november|novembre|noviembre|novembro|noiembrie|listopada|listopadu|listopad|ноября|"
    "ноябрь|листопада|marraskuuta|marraskuu|kasım|kasim|nov|lis|нояб|ноя|"
    "نوفمبر|تشرين الثاني|تشرين ثاني|Νοεμβρίου|Νοέμβριος|Νοε|"
    "নভেম্বর",
    "december|dezember|décembre|decembre|diciembre|dicembre|dezembro|desembre|desember|"
    "decembrie|grudnia|grudzień|grudzien|декабря|декабрь|грудня|joulukuuta|joulukuu|"
    "prosince|prosinec|aralık|aralik|déc|dec|dez|dic|gru|дек|"
    "ديسمبر|كانون الأول|كانون الاول|Δεκεμβρίου|Δεκέμβριος|Δεκ|ডিসেম্বর",
};

/* Weekday names that may precede a date ("Fri, 10 Jan 2020", "Freitag, 10. Januar"). */
static const char weekdays[] =
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs|thur|mon|tue|wed|"
    "thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|"
    "jueves|viernes|sábado|sabado|domingo|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|"
    "giovedì|giovedi|venerdì|venerdi|sabato|domenica|segunda-feira|terça-feira|terca-feira|"
    "quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    "zaterdag|zondag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|"
    "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|lun|mié|mie|jue|vie|"
    "sáb|dom|mer|jeu|ven|sam|dim|mo|di|mi|do|fr|sa|so|пн|вт|ср|чт|пт|сб|вс";

/* Time zones as written after a time. Case-sensitive: "est" is a French word. The
 * US zone letters without S/D ("ET") say nothing about daylight time, so they are
 * recognised (to end the date there) but give no offset. */
#define ZONE                                                                                       \
    "(?-i:(?:UTC|GMT)\\s?[+\\-−]\\s?[0-9]{1,2}(?::?[0-9]{2})?|[+\\-−][0-9]{2}(?::?[0-9]{2})?"  \
    "(?![0-9])|Z(?!\\p{L})|(?:UTC|GMT|UT|CEST|CET|MESZ|MEZ|EEST|EET|WEST|WET|BST|IST|MSK|EDT|"     \
    "EST|CDT|CST|MDT|MST|PDT|PST|AKDT|AKST|HST|JST|KST|HKT|SGT|AEDT|AEST|ACST|AWST|NZDT|NZST|"     \
    "ET|PT|CT|MT)(?!\\p{L}))"

/* A time after the date: "17:36", "T17:36:00.000Z", ", 5:36 PM EST", " um 17:36 Uhr",
 * " à 14h30". A dot between hours and minutes counts only before "Uhr"/"h"/"am"/"pm",
 * so "10 Jan 2020 12.50 EUR" stays a bare date. */
#define TIME                                                                                           \
    "(?:(?:T|\\s*(?:,|\\||·|•|–|—|-|/|@)?\\s*(?:(?:at|um|à|a\\s+las|a\\s+la|alle(?:\\s+ore)?|" \
    "ore|às|as|om|o|godz\\.?|в|kl\\.?|klo|saat|v)\\s+)?)"                                            \
    "(?<h>[0-9]{1,2})(?:[:h]|\\.(?=[0-9]{2}\\s*(?:uhr|h(?!\\p{L})|[ap]\\.?\\s?m(?!\\p{L}))))"          \
    "(?<mi>[0-9]{2})(?![0-9])(?::(?<s>[0-9]{2})(?:[.,][0-9]{1,9})?)?"                                  \
    "(?:\\s*(?<ap>[ap])\\.?\\s?m(?!\\p{L})\\.?)?"                                                      \
    "(?:\\s*(?:uhr|hrs|hs|h|ч)(?!\\p{L})\\.?)?"                                                       \
    "(?:\\s*\\(?(?<z>" ZONE ")\\)?)?)?"

/* A time before the date: "17:36 Uhr, 10.01.2020", "5:36 PM ET, January 10, 2020". */
#define PRE                                                                                        \
    "(?:(?<![\\p{N}])(?<h2>[0-9]{1,2})[:h](?<mi2>[0-9]{2})(?::[0-9]{2})?"                          \
    "(?:\\s*(?<ap2>[ap])\\.?\\s?m(?!\\p{L})\\.?)?(?:\\s*(?:uhr|h)(?!\\p{L}))?"                     \
    "(?:\\s*(?<z2>" ZONE "))?\\s*(?:[,|·•–—-]|(?<=\\s)(?:on|am|le|el|il|op|del)(?=\\s))?\\s*)?"

#define LNUM "(?<![\\p{N}])"
#define RNUM "(?![0-9])"
/* After a year: its end, or a time a dump ran into it ("28 luglio 202010:43", the date and
 * the time of a byline in two inline elements). */
#define YEND "(?:(?![0-9])|(?=[0-9]{1,2}:[0-9]{2}(?![0-9])))"

/* Which candidate bit each class's KEYS words give: the words that begin the
 * alternatives of the five class patterns and of the two label patterns (lexicon.c). A
 * pattern can match a name or a label only where one of its words stands, and skip_class
 * and soft_class, bounded by (?<![a-z0-9]), only where no letter or digit precedes it.
 * Looking for the words first spares running the patterns on the many names that hold
 * none of them. */
typedef struct {
    newsclean_lex_class cls;
    unsigned char mask;
} key_class;
static const key_class class_keys[] = {{NEWSCLEAN_LX_NAME_DATE_SKIP, NEWSCLEAN_CLS_SKIP},
                                       {NEWSCLEAN_LX_NAME_DATE_SOFT, NEWSCLEAN_CLS_SOFT},
                                       {NEWSCLEAN_LX_NAME_DATE, NEWSCLEAN_CLS_DATE},
                                       {NEWSCLEAN_LX_NAME_DATE_MOD, NEWSCLEAN_CLS_MOD},
                                       {NEWSCLEAN_LX_NAME_DATE_PUB, NEWSCLEAN_CLS_PUB}};
static const key_class label_keys[] = {{NEWSCLEAN_LX_PUBLISHED, NEWSCLEAN_LABEL_PUB},
                                       {NEWSCLEAN_LX_UPDATED, NEWSCLEAN_LABEL_MOD}};

/* The index of the first two letters of a word, or -1 when they are not letters. */
static int
pair_of(const char *w)
{
    unsigned l1 = (unsigned)(w[0] - 'a'), l2 = (unsigned)(w[1] - 'a');
    return l1 < 26 && l2 < 26 ? (int)(l1 * 26 + l2) : -1;
}

/* Gather the KEYS words of the classes in 'keys' from the lexicon and group them by
 * their first two letters (a counting sort into 'ix'). False if a word does not begin
 * with two letters or there are more words than the index holds. */
static bool
index_words(const key_class *keys, size_t nkeys, newsclean_word_index *ix)
{
    enum { PAIRS = 26 * 26 };
    size_t nw = 0;
    for (size_t c = 0; c < nkeys; c++) {
        size_t at = 0;
        for (const newsclean_lex_entry *e;
             (e = newsclean_lexicon_next(&at, keys[c].cls, NEWSCLEAN_LXF_KEYS));) {
            size_t n;
            for (const char *p = e->text, *w; (w = newsclean_lex_next_word(&p, &n));) {
                if (nw == sizeof ix->word / sizeof ix->word[0] || n > UCHAR_MAX)
                    return false;
                ix->word[nw].w = w;
                ix->word[nw].n = (unsigned char)n;
                ix->word[nw++].mask = keys[c].mask;
            }
        }
    }
    unsigned count[PAIRS + 1] = {0};
    for (size_t i = 0; i < nw; i++) {
        int k = ix->word[i].n >= 2 ? pair_of(ix->word[i].w) : -1;
        if (k < 0)
            return false;
        count[k + 1]++;
    }
    for (size_t k = 0; k < PAIRS; k++)
        count[k + 1] += count[k];
    for (size_t k = 0; k <= PAIRS; k++)
        ix->start[k] = (unsigned char)count[k];
    for (size_t i = 0; i < nw; i++)
        ix->order[count[pair_of(ix->word[i].w)]++] = (unsigned char)i;
    return true;
}

/* An ASCII letter's index (0 for 'a' and 'A'), or 26 and more for any other byte. */
static unsigned
letter(unsigned char ch)
{
    unsigned l = (unsigned)((ch | 0x20) - 'a');
    return l < 26 ? l : 26;
}

/* The union of the masks of the words found in t[0..n), caseless; those with a mask in
 * 'bounded' count only where no letter or digit stands before them. 'all' if t holds a
 * byte outside ASCII. */
static unsigned
words_in(const newsclean_word_index *ix, unsigned bounded, unsigned all, const char *t, size_t n)
{
    unsigned m = 0;
    bool boundary = true; /* no letter or digit before t[i] */
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)t[i];
        /* Caseless Unicode matching lets some non-ASCII letters stand for ASCII ones
         * (U+212A KELVIN SIGN for 'k'): such text goes to the patterns. */
        if (ch >= 0x80)
            return all;
        unsigned l1 = letter(ch), l2 = i + 1 < n ? letter((unsigned char)t[i + 1]) : 26;
        if (l1 < 26 && l2 < 26) {
            unsigned pair = l1 * 26 + l2;
            for (unsigned k = ix->start[pair]; k < ix->start[pair + 1]; k++) {
                const newsclean_key_word *w = &ix->word[ix->order[k]];
                if ((m & w->mask) == w->mask || ((w->mask & bounded) && !boundary))
                    continue;
                /* '|0x20' lowers letters and leaves '-' alone; what else it folds onto
                 * '-' only makes a candidate too many. */
                size_t j = 2;
                while (j < w->n && i + j < n && (t[i + j] | 0x20) == w->w[j])
                    j++;
                if (j == w->n)
                    m |= w->mask;
            }
        }
        boundary = l1 >= 26 && !(ch >= '0' && ch <= '9');
    }
    return m;
}

unsigned
newsclean_class_candidates(const struct newsclean_date_rules *r, const char *t, size_t n)
{
    return words_in(&r->class_ix, NEWSCLEAN_CLS_SKIP | NEWSCLEAN_CLS_SOFT, NEWSCLEAN_CLS_ALL, t, n);
}

unsigned
newsclean_label_candidates(const struct newsclean_date_rules *r, const char *t, size_t n)
{
    return words_in(&r->label_ix, 0, NEWSCLEAN_LABEL_ALL, t, n);
}

static const char *const ld_field_src =
    "\"(?<k>datePublished|dateCreated|uploadDate|dateModified)\"\\s*:\\s*\"(?<v>[^\"]{6,60})\"";

static bool
add(newsclean_buf *b, const char *s)
{
    return newsclean_buf_append_str(b, s);
}

/* "(?<mon1>january|...)|(?<mon2>...)..." bounded so "mar" does not match "market". */
static bool
add_months(newsclean_buf *b)
{
    char name[32];
    if (!add(b, "(?<!\\p{L})(?:"))
        return false;
    for (int i = 0; i < 12; i++) {
        snprintf(name, sizeof name, "%s(?<mon%d>", i ? "|" : "", i + 1);
        if (!add(b, name) || !add(b, month_names[i]) || !add(b, ")"))
            return false;
    }
    return add(b, ")(?!\\p{L})\\.?");
}

static bool
add_weekday(newsclean_buf *b)
{
    return add(b, "(?:(?<![\\p{L}\\p{N}])(?:") && add(b, weekdays) &&
           add(b, ")(?!\\p{L})\\.?,?\\s+)?");
}

/* Source text of one form's pattern, built into 'b'. */
static bool
form_source(int f, newsclean_buf *b)
{
    switch (f) {
    case NEWSCLEAN_DF_YMD:
        return add(b, LNUM "(?<y>[0-9]{4})(?<sep>[-./])(?<mo>[0-9]{1,2})\\k<sep>"
                           "(?<d>[0-9]{1,2})" RNUM "(?:\\.(?![0-9]))?" TIME);
    case NEWSCLEAN_DF_DMY_NAME:
        return add(b, PRE) && add_weekday(b) &&
               add(b, LNUM "(?<d>[0-9]{1,2})" RNUM "(?:st|nd|rd|th|er|º|°|\\.)?\\s*"
                           "(?:de\\s+|d['’]|of\\s+|[-/]\\s*)?") &&
               add_months(b) &&
               add(b, "(?:\\s*,\\s*|\\s*[-/]\\s*|\\s+|\\s*\\.\\s*)(?:(?:de|del|of)\\s+)?"
                      /* A dump ran together a date a page showed twice (published and
                       * updated the same day): "2. Februar 20202. Februar 2020". Two
                       * different dates so joined say nothing sure of either. */
                      "(?<y>[0-9]{4})(?:" YEND "|(?=\\k<d>\\.?\\s+\\p{L}+\\.?\\s+\\k<y>))"
                      "(?:\\s*(?:r\\.|г\\.|года|год|roku|rok)(?!\\p{L}))?" TIME);
    case NEWSCLEAN_DF_MDY_NAME:
        return add(b, PRE) && add_weekday(b) && add_months(b) &&
               add(b, "\\s*(?<d>[0-9]{1,2})" RNUM "(?:st|nd|rd|th)?"
                      "(?:\\s*,\\s*|\\s+|\\s*\\.\\s*)(?<y>[0-9]{4})" YEND TIME);
    case NEWSCLEAN_DF_YMD_NAME:
        return add(b, LNUM "(?<y>[0-9]{4})\\.?\\s*") && add_months(b) &&
               add(b, "\\s*(?<d>[0-9]{1,2})" RNUM "\\.?" TIME);
    case NEWSCLEAN_DF_DMY_DOT:
        /* Two-digit years ("02.12.19") only with two-digit day and month, so version
         * numbers like "1.2.19" stay what they are. Bars instead of dots ("25 | 10 |
         * 2022") only with a four-digit year, and not inside a longer row of numbers. A
         * four-digit year may stand a few blanks off, as where day and month ("30.11.")
         * and year are shown in elements of their own. */
        return add(b, PRE) && add_weekday(b) &&
               add(b, "(?<![\\p{N}.])(?|(?<d>[0-9]{1,2})\\.\\s?(?<mo>[0-9]{1,2})\\."
                      "(?:\\s{2,8}(?=[0-9]{4}(?![0-9]))|\\s?)"
                      "(?<y>[0-9]{4}|[0-9]{2}(?!\\.[0-9]))"
                      "(?:" YEND "|(?=\\k<d>\\.\\k<mo>\\.\\k<y>(?![0-9])))|"
                      "(?<![0-9]\\|)(?<![0-9]\\|\\s)(?<![0-9]\\s\\|)(?<![0-9]\\s\\|\\s)"
                      "(?<d>[0-9]{1,2})\\s?\\|\\s?(?<mo>[0-9]{1,2})\\s?\\|\\s?(?"
                      "<y>[0-9]{4})" RNUM "(?!\\s?\\|\\s?[0-9]))" TIME);
    case NEWSCLEAN_DF_SLASH:
        return add(b, PRE) && add_weekday(b) &&
               add(b, "(?<![\\p{N}/])(?<a>[0-9]{1,2})(?<sep>[-/])(?<b>[0-9]{1,2})\\k<sep>"
                      /* Or a date shown twice, run together ("17/11/201917/11/2019"). */
                      "(?<y>[0-9]{4})(?:" YEND
                      "|(?=\\k<a>\\k<sep>\\k<b>\\k<sep>\\k<y>(?![0-9])))" TIME);
    case NEWSCLEAN_DF_CJK:
        return add(b, LNUM "(?<y>[0-9]{4})\\s*[年년]\\s*(?<mo>[0-9]{1,2})\\s*[月월]\\s*"
                           "(?<d>[0-9]{1,2})\\s*[日일]?(?:\\s*[(（]\\s*\\p{L}\\s*[)）])?"
                           "(?:\\s*(?:(?<ap>午後|下午|오후)|午前|上午|오전)?\\s*"
                           "(?<h>[0-9]{1,2})\\s*(?::|時|时|시)\\s*(?<mi>[0-9]{1,2})\\s*(?:分|분)?"
                           "(?::(?<s>[0-9]{2}))?)?");
    case NEWSCLEAN_DF_COMPACT:
        return add(b, "(?<y>[0-9]{4})(?<mo>[0-9]{2})(?<d>[0-9]{2})"
                      "(?:T?(?<h>[0-9]{2})(?<mi>[0-9]{2})(?<s>[0-9]{2})?)?"
                      "(?<z>Z|[+\\-][0-9]{2}(?::?[0-9]{2})?)?");
    default:
        return false;
    }
}

static pcre2_code *
compile(const char *src, uint32_t extra)
{
    return newsclean_rx_compile(src, PCRE2_ZERO_TERMINATED, PCRE2_MATCH_INVALID_UTF | extra);
}

static int
group(const pcre2_code *re, const char *name)
{
    int g = pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);
    return g > 0 ? g : 0;
}

static void
lookup_groups(const pcre2_code *re, newsclean_date_groups *g)
{
    char name[24];
    g->y = group(re, "y");
    g->mo = group(re, "mo");
    g->d = group(re, "d");
    g->a = group(re, "a");
    g->b = group(re, "b");
    g->h = group(re, "h");
    g->mi = group(re, "mi");
    g->s = group(re, "s");
    g->ap = group(re, "ap");
    g->z = group(re, "z");
    g->h2 = group(re, "h2");
    g->mi2 = group(re, "mi2");
    g->ap2 = group(re, "ap2");
    g->z2 = group(re, "z2");
    for (int i = 0; i < 12; i++) {
        snprintf(name, sizeof name, "mon%d", i + 1);
        g->mon[i] = group(re, name);
    }
}

/* The lexicon's search patterns of one class (labels, copyright, class names). */
static pcre2_code *
compile_lex(newsclean_buf *b, newsclean_lex_class cls)
{
    b->len = 0;
    return newsclean_lexicon_join(b, cls, NEWSCLEAN_LXF_FIND, NULL) ? compile(b->data, 0) : NULL;
}

struct newsclean_date_rules *
newsclean_date_rules_new(void)
{
    struct newsclean_date_rules *r = calloc(1, sizeof *r);
    newsclean_buf b;
    if (!r)
        return NULL;
    newsclean_buf_init(&b);
    for (int f = 0; f < NEWSCLEAN_DF_COUNT; f++) {
        b.len = 0;
        if (!form_source(f, &b))
            goto fail;
        r->form[f] = compile(b.data, 0);
        if (!r->form[f])
            goto fail;
        lookup_groups(r->form[f], &r->g[f]);
    }
    r->label_pub = compile_lex(&b, NEWSCLEAN_LX_PUBLISHED);
    r->label_mod = compile_lex(&b, NEWSCLEAN_LX_UPDATED);
    r->label_after = compile_lex(&b, NEWSCLEAN_LX_PUBLISHED_AFTER);
    r->copyright = compile_lex(&b, NEWSCLEAN_LX_COPYRIGHT);
    r->skip_class = compile_lex(&b, NEWSCLEAN_LX_NAME_DATE_SKIP);
    r->soft_class = compile_lex(&b, NEWSCLEAN_LX_NAME_DATE_SOFT);
    r->date_class = compile_lex(&b, NEWSCLEAN_LX_NAME_DATE);
    r->mod_class = compile_lex(&b, NEWSCLEAN_LX_NAME_DATE_MOD);
    r->pub_class = compile_lex(&b, NEWSCLEAN_LX_NAME_DATE_PUB);
    r->ld_field = compile(ld_field_src, 0);
    r->state_key = compile_lex(&b, NEWSCLEAN_LX_STATE_DATE_KEY);
    r->names = newsclean_lex_words_new((uint64_t)1 << NEWSCLEAN_LX_LD_DATE_SKIP |
                                           (uint64_t)1 << NEWSCLEAN_LX_LD_DATE_ARTICLE |
                                           (uint64_t)1 << NEWSCLEAN_LX_LD_DATE_PAGE,
                                       ~0u);
    if (!index_words(class_keys, sizeof class_keys / sizeof class_keys[0], &r->class_ix) ||
        !index_words(label_keys, sizeof label_keys / sizeof label_keys[0], &r->label_ix))
        goto fail;
    if (!r->label_pub || !r->label_mod || !r->label_after || !r->copyright || !r->skip_class ||
        !r->soft_class || !r->date_class || !r->mod_class || !r->pub_class || !r->ld_field ||
        !r->state_key || !r->names)
        goto fail;
    newsclean_buf_free(&b);
    return r;
fail:
    newsclean_buf_free(&b);
    newsclean_date_rules_free(r);
    return NULL;
}

void
newsclean_date_rules_free(struct newsclean_date_rules *r)
{
    if (!r)
        return;
    for (int f = 0; f < NEWSCLEAN_DF_COUNT; f++)
        pcre2_code_free(r->form[f]);
    pcre2_code_free(r->label_pub);
    pcre2_code_free(r->label_mod);
    pcre2_code_free(r->label_after);
    pcre2_code_free(r->copyright);
    pcre2_code_free(r->skip_class);
    pcre2_code_free(r->soft_class);
    pcre2_code_free(r->date_class);
    pcre2_code_free(r->mod_class);
    pcre2_code_free(r->pub_class);
    pcre2_code_free(r->ld_field);
    pcre2_code_free(r->state_key);
    newsclean_lex_words_free(r->names);
    free(r);
}

bool
newsclean_date_scan_init(newsclean_date_scan *sc)
{
    /* 48 pairs: the largest form has 12 month groups plus about 20 others. */
    return newsclean_rx_match_new(&sc->md, &sc->mc, NULL, 48, MATCH_LIMIT, DEPTH_LIMIT);
}

void
newsclean_date_scan_free(newsclean_date_scan *sc)
{
    newsclean_rx_match_free(&sc->md, &sc->mc);
}

bool
newsclean_date_search(const pcre2_code *re, newsclean_date_scan *sc, const char *s, size_t n,
                      size_t from, size_t *mstart, size_t *mend)
{
    if (from > n)
        return false;
    int rc = pcre2_match(re, (PCRE2_SPTR)s, n, from, 0, sc->md, sc->mc);
    if (rc < 0)
        return false;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
    *mstart = ov[0];
    *mend = ov[1];
    return true;
}

static bool
leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
days_in(int y, int m)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : dim[m - 1];
}

/* newsclean_date_format with the years [ymin, ymax] allowed. */
static bool
format_in(int ymin, int ymax, int year, int month, int day, int hour, int minute, int second,
          int zone, int offset_min, char out[NEWSCLEAN_DATE_MAX])
{
    if (year < ymin || year > ymax || month < 1 || month > 12 || day < 1 ||
        day > days_in(year, month))
        return false;
    if (hour < 0) {
        snprintf(out, NEWSCLEAN_DATE_MAX, "%04d-%02d-%02d", year, month, day);
        return true;
    }
    if (hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return false;
    int len = snprintf(out, NEWSCLEAN_DATE_MAX, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day,
                       hour, minute, second);
    if (zone == 2) {
        snprintf(out + len, (size_t)(NEWSCLEAN_DATE_MAX - len), "Z");
    } else if (zone == 1) {
        /* The widest real offsets are -12:00 and +14:00. */
        if (offset_min < -14 * 60 || offset_min > 14 * 60)
            return false;
        int a = offset_min < 0 ? -offset_min : offset_min;
        snprintf(out + len, (size_t)(NEWSCLEAN_DATE_MAX - len), "%c%02d:%02d",
                 offset_min < 0 ? '-' : '+', a / 60, a % 60);
    }
    return true;
}

bool
newsclean_date_format(int year, int month, int day, int hour, int minute, int second, int zone,
                      int offset_min, char out[NEWSCLEAN_DATE_MAX])
{
    return format_in(YEAR_MIN, YEAR_MAX, year, month, day, hour, minute, second, zone, offset_min,
                     out);
}

/* Value of ASCII digits s[a..b); -1 if there are none or too many. */
static int
num(const char *s, size_t a, size_t b)
{
    int v = 0;
    if (b <= a || b - a > 4)
        return -1;
    for (size_t i = a; i < b; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

typedef struct {
    const char *name;
    int minutes;
} zone_name;

/* Standard abbreviations with fixed offsets. IST is read as India, the reading news
 * pages overwhelmingly mean. */
static const zone_name zone_names[] = {
    {"UTC", 0},    {"GMT", 0},    {"UT", 0},      {"WET", 0},     {"CET", 60},   {"MEZ", 60},
    {"BST", 60},   {"WEST", 60},  {"CEST", 120},  {"MESZ", 120},  {"EET", 120},  {"EEST", 180},
    {"MSK", 180},  {"IST", 330},  {"SGT", 480},   {"HKT", 480},   {"JST", 540},  {"KST", 540},
    {"ACST", 570}, {"AWST", 480}, {"AEST", 600},  {"AEDT", 660},  {"NZST", 720}, {"NZDT", 780},
    {"EST", -300}, {"EDT", -240}, {"CST", -360},  {"CDT", -300},  {"MST", -420}, {"MDT", -360},
    {"PST", -480}, {"PDT", -420}, {"AKST", -540}, {"AKDT", -480}, {"HST", -600},
};

/* Read a zone ("Z", "+01:00", "+0100", "GMT+1", "CET"). Sets *zone to 0 (none or
 * unknown), 1 (offset in *off) or 2 ("Z"). False only for an impossible offset. */
static bool
read_zone(const char *s, size_t n, int *zone, int *off)
{
    *zone = 0;
    *off = 0;
    if (n == 0)
        return true;
    if (n == 1 && (s[0] == 'Z' || s[0] == 'z')) {
        *zone = 2;
        return true;
    }
    size_t i = 0;
    if (n >= 3 && (memcmp(s, "UTC", 3) == 0 || memcmp(s, "GMT", 3) == 0)) {
        i = 3;
        while (i < n && s[i] == ' ')
            i++;
        if (i == n) {
            *zone = 1;
            return true;
        }
    }
    int sign = 0;
    if (s[i] == '+') {
        sign = 1;
        i++;
    } else if (s[i] == '-') {
        sign = -1;
        i++;
    } else if (n - i >= 3 && memcmp(s + i, "\xe2\x88\x92", 3) == 0) { /* U+2212 minus */
        sign = -1;
        i += 3;
    }
    if (sign == 0) {
        for (size_t k = 0; k < sizeof zone_names / sizeof zone_names[0]; k++) {
            if (strlen(zone_names[k].name) == n && memcmp(zone_names[k].name, s, n) == 0) {
                *zone = 1;
                *off = zone_names[k].minutes;
                return true;
            }
        }
        return true; /* ET, PT, ...: a zone, but not an offset */
    }
    while (i < n && s[i] == ' ')
        i++;
    size_t h0 = i;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    size_t hd = i - h0;
    int h, m = 0;
    if (hd == 4 || hd == 3) { /* +0100, +530 */
        h = num(s, h0, h0 + hd - 2);
        m = num(s, h0 + hd - 2, i);
    } else if (hd == 1 || hd == 2) {
        h = num(s, h0, i);
        if (i < n && s[i] == ':') {
            m = num(s, i + 1, n);
            i = n;
        }
    } else {
        return false;
    }
    if (h < 0 || m < 0 || h > 14 || m > 59)
        return false;
    *zone = 1;
    *off = sign * (h * 60 + m);
    return true;
}

static bool
grp(const PCRE2_SIZE *ov, int rc, int g, size_t *a, size_t *b)
{
    if (g <= 0 || g >= rc || ov[2 * g] == PCRE2_UNSET)
        return false;
    *a = ov[2 * g];
    *b = ov[2 * g + 1];
    return true;
}

static int
gnum(const char *s, const PCRE2_SIZE *ov, int rc, int g)
{
    size_t a, b;
    return grp(ov, rc, g, &a, &b) ? num(s, a, b) : -1;
}

/* Turn a match of form 'f' into a normalised date; false if the date is impossible or
 * ambiguous. An impossible time alone degrades to the bare day. 'whole' says the match is
 * a whole value (an attribute, a meta tag), not a piece of running text. */
static bool
from_match(const struct newsclean_date_rules *r, int f, const char *s, const PCRE2_SIZE *ov, int rc,
           bool whole, char out[NEWSCLEAN_DATE_MAX])
{
    const newsclean_date_groups *g = &r->g[f];
    size_t a, b;
    int y = gnum(s, ov, rc, g->y), mo = gnum(s, ov, rc, g->mo), d = gnum(s, ov, rc, g->d);
    if (mo < 0) {
        for (int i = 0; i < 12; i++) {
            if (grp(ov, rc, g->mon[i], &a, &b)) {
                mo = i + 1;
                break;
            }
        }
    }
    if (f == NEWSCLEAN_DF_SLASH) {
        int x = gnum(s, ov, rc, g->a), z = gnum(s, ov, rc, g->b);
        /* Day first (Europe) or month first (US) cannot be told apart unless one number
         * is over 12; guessing would be a coin toss passed off as fact. */
        if (x > 12 && z <= 12) {
            d = x;
            mo = z;
        } else if (z > 12 && x <= 12) {
            d = z;
            mo = x;
        } else {
            return false;
        }
    }
    if (y < 0 || mo < 0 || d < 0)
        return false;
    if (f == NEWSCLEAN_DF_DMY_DOT && grp(ov, rc, g->y, &a, &b) && b - a == 2) {
        size_t da, db;
        size_t ha, hb;
        /* "dd.mm.yy" written tight; looser ("1.11.23") only with a time after it, as a
         * byline writes it: alone it may be a version number. */
        if (!grp(ov, rc, g->d, &da, &db) ||
            ((db - da != 2 || a - db != 4) && !grp(ov, rc, g->h, &ha, &hb)))
            return false;
        y += y < 70 ? 2000 : 1900; /* "19" is 2019; the year range check drops the rest */
    }

    int hg = g->h, mg = g->mi, apg = g->ap, zg = g->z, sg = g->s;
    if (!grp(ov, rc, hg, &a, &b)) {
        hg = g->h2;
        mg = g->mi2;
        apg = g->ap2;
        zg = g->z2;
        sg = 0;
    }
    int hour = gnum(s, ov, rc, hg), minute = gnum(s, ov, rc, mg), second = 0, zone = 0, off = 0;
    if (sg && gnum(s, ov, rc, sg) >= 0)
        second = gnum(s, ov, rc, sg);
    if (hour >= 0 && grp(ov, rc, apg, &a, &b)) {
        bool pm = !(s[a] == 'a' || s[a] == 'A');
        if (hour < 1 || hour > 12)
            hour = -1;
        else if (pm)
            hour = hour == 12 ? 12 : hour + 12;
        else
            hour = hour == 12 ? 0 : hour;
    }
    if (hour >= 0 && grp(ov, rc, zg, &a, &b) && !read_zone(s + a, b - a, &zone, &off))
        zone = 0;
    /* Only the forms no ID or price takes (a month's name, the year first, a CJK date) may
     * reach the wider years; two-digit years stay in the narrow range. A numeric date
     * with a four-digit year joins them where nothing else can be meant: a whole value,
     * or a date with its clock time (a birth date or a reunion in prose has none). */
    bool four = grp(ov, rc, g->y, &a, &b) && b - a == 4;
    bool wide =
        (f != NEWSCLEAN_DF_DMY_DOT && f != NEWSCLEAN_DF_SLASH && f != NEWSCLEAN_DF_COMPACT) ||
        ((f == NEWSCLEAN_DF_DMY_DOT || f == NEWSCLEAN_DF_SLASH) && four && (whole || hour >= 0));
    int ymin = wide ? YEAR_WIDE_MIN : YEAR_MIN, ymax = wide ? YEAR_WIDE_MAX : YEAR_MAX;
    if (hour >= 0 && format_in(ymin, ymax, y, mo, d, hour, minute, second, zone, off, out))
        return true;
    return format_in(ymin, ymax, y, mo, d, -1, 0, 0, 0, 0, out);
}

static bool
digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Every written form has a four-digit year, is "dd.mm.yy" or has a time after a two-digit
 * year ("1.11.23 20:19"); text with none
 * (most of a page: "3 comments", "Page 2") is dismissed without running the patterns. */
static bool
may_hold_date(const char *s, size_t n)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        run = digit(s[i]) ? run + 1 : 0;
        if (run == 4)
            return true;
        if (i + 8 <= n && digit(s[i]) && digit(s[i + 1]) && s[i + 2] == '.' && digit(s[i + 3]) &&
            digit(s[i + 4]) && s[i + 5] == '.' && digit(s[i + 6]) && digit(s[i + 7]))
            return true;
        if (i + 4 <= n && digit(s[i]) && s[i + 1] == ':' && digit(s[i + 2]) && digit(s[i + 3]))
            return true;
    }
    return false;
}

/* The value of a digit of another script at s[i] (Arabic-Indic, Persian, Bengali: pages
 * in those languages write dates in them), its length in *len; -1 if there is none. */
static int
native_digit(const char *s, size_t n, size_t i, size_t *len)
{
    const unsigned char *u = (const unsigned char *)s + i;
    size_t left = n - i;
    if (left >= 2 && u[0] == 0xD9 && u[1] >= 0xA0 && u[1] <= 0xA9) { /* U+0660.. */
        *len = 2;
        return u[1] - 0xA0;
    }
    if (left >= 2 && u[0] == 0xDB && u[1] >= 0xB0 && u[1] <= 0xB9) { /* U+06F0.. */
        *len = 2;
        return u[1] - 0xB0;
    }
    if (left >= 3 && u[0] == 0xE0 && u[1] == 0xA7 && u[2] >= 0xA6 && u[2] <= 0xAF) { /* U+09E6.. */
        *len = 3;
        return u[2] - 0xA6;
    }
    return -1;
}

bool
newsclean_date_has_digit(const char *s, size_t n)
{
    size_t len;
    for (size_t i = 0; i < n; i++)
        if (digit(s[i]) || native_digit(s, n, i, &len) >= 0)
            return true;
    return false;
}

/* s[0..n) with its digits of other scripts written as ASCII ones, in a new t[0..*tn),
 * and, unless 'from' is NULL, where each byte of t came from in from[0..*tn]
 * (from[*tn] == n). False, with nothing allocated, when s holds no such digit or memory
 * is short. */
static bool
ascii_digits(const char *s, size_t n, char **t, size_t **from, size_t *tn)
{
    size_t len, i = 0;
    for (; i < n; i++)
        if (((unsigned char)s[i] == 0xD9 || (unsigned char)s[i] == 0xDB ||
             (unsigned char)s[i] == 0xE0) &&
            native_digit(s, n, i, &len) >= 0)
            break;
    if (i == n)
        return false;
    *t = malloc(n + 1);
    size_t *at = from ? malloc((n + 1) * sizeof *at) : NULL;
    if (!*t || (from && !at)) {
        free(*t);
        free(at);
        return false;
    }
    size_t k = 0;
    for (i = 0; i < n;) {
        int v = native_digit(s, n, i, &len);
        if (at)
            at[k] = i;
        if (v >= 0) {
            (*t)[k++] = (char)('0' + v);
            i += len;
        } else {
            (*t)[k++] = s[i++];
        }
    }
    if (at) {
        at[k] = n;
        *from = at;
    }
    (*t)[k] = '\0';
    *tn = k;
    return true;
}

static bool parse_in(const struct newsclean_date_rules *r, newsclean_date_scan *sc, const char *s,
                     size_t n, char out[NEWSCLEAN_DATE_MAX]);

bool
newsclean_date_parse_sc(const struct newsclean_date_rules *r, newsclean_date_scan *sc,
                        const char *s, size_t n, char out[NEWSCLEAN_DATE_MAX])
{
    char *t;
    size_t tn;
    if (!s || n > PARSE_MAX * 3 || !ascii_digits(s, n, &t, NULL, &tn))
        return parse_in(r, sc, s, n, out);
    bool ok = parse_in(r, sc, t, tn, out);
    free(t);
    return ok;
}

/* newsclean_date_parse_sc on text whose digits are ASCII. */
static bool
parse_in(const struct newsclean_date_rules *r, newsclean_date_scan *sc, const char *s, size_t n,
         char out[NEWSCLEAN_DATE_MAX])
{
    if (!r || !s || !out)
        return false;
    out[0] = '\0';
    size_t a = 0;
    newsclean_trim_space(s, &a, &n);
    s += a;
    n -= a;
    if (n == 0 || n > PARSE_MAX || !may_hold_date(s, n))
        return false;
    for (int f = 0; f < NEWSCLEAN_DF_COUNT; f++) {
        /* Anchored at both ends: the whole value must be one date, so backtracking
         * looks for the reading that covers it all. */
        int rc = pcre2_match(r->form[f], (PCRE2_SPTR)s, n, 0, PCRE2_ANCHORED | PCRE2_ENDANCHORED,
                             sc->md, sc->mc);
        if (rc < 0)
            continue;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
        /* With invalid UTF-8 the end anchor can hold at a segment end; ask for all of it. */
        if (ov[1] == n && from_match(r, f, s, ov, rc, true, out))
            return true;
    }
    out[0] = '\0';
    return false;
}

/* A byte that may belong to a month or weekday name: an ASCII letter, or any byte of a
 * non-ASCII character (the names in other scripts, and what caseless matching lets an
 * ASCII letter stand for). */
static bool
name_byte(unsigned char c)
{
    return c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static bool
blank_byte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The forms that could match somewhere in s[0..n), as bits (1u << form). Each form needs
 * digit runs of set lengths in a set order, with no other digits between them: a day or
 * month of one or two digits (never part of a longer run: the patterns fence them with
 * (?<![\p{N}]) and (?![0-9])), a four-digit year, and for the named forms a name between
 * or before them. One pass over the text finds which of those sequences are there, so
 * find skips the patterns that cannot match anything; its results are the same, since
 * every pattern that could match still runs. The tests only ever let more through than
 * the patterns take (any non-ASCII byte may be a letter or a space). Running the large
 * name patterns over text they cannot match was most of the cost of a search. */
/* ASCII bytes other than blanks that a named date may hold before its day: an optional
 * time ("5:36 p.m. GMT+05:45, "), a weekday and a month name come to about half this
 * (non-ASCII bytes and blanks, of any number, are not counted). */
#define NAME_LEAD_MAX 128

/* Where a search for a named date whose first digit run starts at 'day' may begin: no
 * match can start further back. */
static size_t
lead_start(const char *s, size_t day)
{
    size_t p = day, budget = NAME_LEAD_MAX;
    while (p > 0 && budget > 0) {
        unsigned char c = (unsigned char)s[--p];
        if (c < 0x80 && !blank_byte(c))
            budget--;
    }
    while (p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80)
        p--;
    return p;
}

static unsigned
possible_forms(const char *s, size_t n, size_t from[NEWSCLEAN_DF_COUNT])
{
    unsigned forms = 0;
    size_t prev_start = 0;   /* where the previous run starts */
    size_t prev_len = 0;     /* digits in the previous run; 0 before the first */
    bool name_since = false; /* a name byte since the previous run */
    bool after_name = false; /* the previous run follows a name, as a day after a month */
    bool sep_only = true;    /* since the previous run only a suffix ("st"), then blanks,
                              * commas, dots or non-ASCII: "January 10, 2020" */
    bool in_suffix = true;   /* no blank, comma or dot since the previous run yet */
    size_t suffix_letters = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (!digit((char)c)) {
            if (name_byte(c))
                name_since = true;
            if (blank_byte(c) || c == ',' || c == '.')
                in_suffix = false;
            else if (c < 0x80 && !(name_byte(c) && in_suffix && suffix_letters++ < 2))
                sep_only = false;
            /* 年 and 년 (U+5E74, U+B144) follow the year in the CJK form. */
            if (i + 3 <= n && ((c == 0xE5 && !memcmp(s + i, "\xE5\xB9\xB4", 3)) ||
                               (c == 0xEB && !memcmp(s + i, "\xEB\x85\x84", 3))))
                forms |= 1u << NEWSCLEAN_DF_CJK;
            i++;
            continue;
        }
        size_t b = i;
        while (i < n && digit(s[i]))
            i++;
        size_t len = i - b;
        char next = i < n ? s[i] : '\0';
        if (len >= 4 && len <= 6) {
            /* For the two largest patterns, also where the first possible day is: the
             * search starts a little before it instead of at the start of the text. */
            if (prev_len && prev_len <= 2 && name_since &&
                !(forms & (1u << NEWSCLEAN_DF_DMY_NAME))) {
                forms |= 1u << NEWSCLEAN_DF_DMY_NAME; /* 10 Jan 2020 */
                from[NEWSCLEAN_DF_DMY_NAME] = lead_start(s, prev_start);
            }
            if (prev_len && prev_len <= 2 && after_name && sep_only &&
                !(forms & (1u << NEWSCLEAN_DF_MDY_NAME))) {
                forms |= 1u << NEWSCLEAN_DF_MDY_NAME; /* January 10, 2020 */
                from[NEWSCLEAN_DF_MDY_NAME] = lead_start(s, prev_start);
            }
        }
        if (len <= 2) {
            if (next == '.' || next == '|' || (next == ' ' && i + 1 < n && s[i + 1] == '|'))
                forms |= 1u << NEWSCLEAN_DF_DMY_DOT; /* 12.05.2019, 12 | 05 | 2019 */
            if (next == '-' || next == '/')
                forms |= 1u << NEWSCLEAN_DF_SLASH; /* 10/01/2020 */
            if (prev_len == 4 && name_since)
                forms |= 1u << NEWSCLEAN_DF_YMD_NAME; /* 2020. január 10. */
            size_t j = b;
            while (j > 0 && (blank_byte((unsigned char)s[j - 1]) || s[j - 1] == '.'))
                j--;
            after_name = j > 0 && name_byte((unsigned char)s[j - 1]);
        } else if (len >= 4 && len <= 6) {
            /* Five or six digits: a year run into the day of a date after it. */
            if (len == 4 && (next == '-' || next == '.' || next == '/'))
                forms |= 1u << NEWSCLEAN_DF_YMD; /* 2020-01-10 */
        }
        prev_start = b;
        prev_len = len;
        name_since = false;
        sep_only = in_suffix = true;
        suffix_letters = 0;
    }
    return forms;
}

/* Next UTF-8 character boundary after 'i'. */
static size_t
next_char(const char *s, size_t n, size_t i)
{
    i++;
    while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
        i++;
    return i;
}

/* Where the text before a range's dash ends, spaces passed over, when the date found at
 * 'at' follows a dash (a hyphen or an en dash); SIZE_MAX when it does not. */
static size_t
before_range_dash(const char *s, size_t at)
{
    size_t p = at;
    while (p > 0 && s[p - 1] == ' ')
        p--;
    if (p >= 3 && !memcmp(s + p - 3, "\xE2\x80\x93", 3)) /* en dash */
        p -= 3;
    else if (p > 0 && s[p - 1] == '-')
        p--;
    else
        return SIZE_MAX;
    while (p > 0 && s[p - 1] == ' ')
        p--;
    return p;
}

/* A range of days ("12.-14. Oktober 2022", "12 – 14 May 2021", "Oct 12 - 14, 2022")
 * begins when the event or the story began: when the date found at 'at' (a day without a
 * time, in 'out') follows "DD-" or "DD. –", its day becomes DD. Returns where the date
 * now starts. */
static size_t
range_start(const char *s, size_t at, char out[NEWSCLEAN_DATE_MAX])
{
    if (strlen(out) != 10)
        return at;
    size_t p = before_range_dash(s, at);
    if (p == SIZE_MAX)
        return at;
    if (p > 0 && s[p - 1] == '.')
        p--;
    size_t e = p;
    while (p > 0 && digit(s[p - 1]) && e - p < 3)
        p--;
    if (e == p || e - p > 2 ||
        (p > 0 && (digit(s[p - 1]) || s[p - 1] == '.' || s[p - 1] == '/' || s[p - 1] == ':')))
        return at;
    int first = num(s, p, e), y = atoi(out), m = atoi(out + 5), d = atoi(out + 8);
    char tmp[NEWSCLEAN_DATE_MAX];
    if (first < 1 || first >= d || !newsclean_date_format(y, m, first, -1, 0, 0, 0, 0, tmp))
        return at;
    memcpy(out, tmp, NEWSCLEAN_DATE_MAX);
    return p;
}

static bool find_in(const struct newsclean_date_rules *r, newsclean_date_scan *sc, const char *s,
                    size_t n, bool ranges, char out[NEWSCLEAN_DATE_MAX], size_t *start,
                    size_t *len);

/* Bytes before a range's dash searched for its first date: "Wednesday, 12 September" and
 * "September 12th" fit. */
#define RANGE_LEAD 40

/* A range of whole dates whose first lacks the year ("12 October – 3 November 2021",
 * "October 12 - November 3, 2021") begins at its first date: when the date found at 'at'
 * (a day without a time, in 'out') follows a dash, read the text before the dash with the
 * year of 'out' after it, and take the date that gives when it is earlier. Returns where
 * the date now starts. */
static size_t
range_named_start(const struct newsclean_date_rules *r, newsclean_date_scan *sc, const char *s,
                  size_t at, char out[NEWSCLEAN_DATE_MAX])
{
    if (strlen(out) != 10)
        return at;
    size_t p = before_range_dash(s, at);
    if (p == SIZE_MAX)
        return at;
    if (p == 0)
        return at;
    size_t b = p > RANGE_LEAD ? p - RANGE_LEAD : 0;
    while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80)
        b++;
    char buf[RANGE_LEAD + 8], d[NEWSCLEAN_DATE_MAX];
    size_t k = p - b;
    memcpy(buf, s + b, k);
    buf[k++] = ' ';
    memcpy(buf + k, out, 4);
    k += 4;
    size_t ds, dl;
    /* The first date must end where the year was put after it. */
    if (!find_in(r, sc, buf, k, false, d, &ds, &dl) || ds + dl != k || strlen(d) != 10 ||
        strcmp(d, out) >= 0)
        return at;
    memcpy(out, d, NEWSCLEAN_DATE_MAX);
    return b + ds;
}

bool
newsclean_date_find_sc(const struct newsclean_date_rules *r, newsclean_date_scan *sc, const char *s,
                       size_t n, char out[NEWSCLEAN_DATE_MAX], size_t *start, size_t *len)
{
    char *t;
    size_t *from, tn, ts, tl;
    if (s && n > FIND_MAX)
        n = FIND_MAX;
    if (!s || !ascii_digits(s, n, &t, &from, &tn))
        return find_in(r, sc, s, n, true, out, start, len);
    bool ok = find_in(r, sc, t, tn, true, out, &ts, &tl);
    if (ok && start)
        *start = from[ts];
    if (ok && len)
        *len = from[ts + tl] - from[ts];
    free(t);
    free(from);
    return ok;
}

/* newsclean_date_find_sc; 'ranges' says whether to look for the start of a range. */
static bool
find_in(const struct newsclean_date_rules *r, newsclean_date_scan *sc, const char *s, size_t n,
        bool ranges, char out[NEWSCLEAN_DATE_MAX], size_t *start, size_t *len)
{
    char tmp[NEWSCLEAN_DATE_MAX];
    size_t best_s = SIZE_MAX, best_e = 0;
    if (!r || !s || !out)
        return false;
    out[0] = '\0';
    if (n > FIND_MAX)
        n = FIND_MAX;
    if (!may_hold_date(s, n))
        return false;
    size_t from[NEWSCLEAN_DF_COUNT] = {0};
    unsigned forms = possible_forms(s, n, from);
    /* Earliest start wins, then the longest span: "17:36, 10.01.2020" is one date. */
    for (int f = 0; f < NEWSCLEAN_DF_COUNT; f++) {
        if (f == NEWSCLEAN_DF_COMPACT)
            continue; /* eight digits in running text are far more often not a date */
        if (!(forms & (1u << f)))
            continue;
        size_t pos = from[f];
        while (pos < n && pos <= best_s) {
            int rc = pcre2_match(r->form[f], (PCRE2_SPTR)s, n, pos, 0, sc->md, sc->mc);
            if (rc < 0)
                break;
            const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
            if (ov[0] > best_s)
                break;
            if (from_match(r, f, s, ov, rc, false, tmp)) {
                if (ov[0] < best_s || ov[1] > best_e) {
                    best_s = ov[0];
                    best_e = ov[1];
                    memcpy(out, tmp, NEWSCLEAN_DATE_MAX);
                }
                break;
            }
            pos = next_char(s, n, ov[0]);
        }
    }
    if (best_s == SIZE_MAX)
        return false;
    best_s = range_start(s, best_s, out);
    if (ranges)
        best_s = range_named_start(r, sc, s, best_s, out);
    /* The patterns may take trailing blanks after a zone-less time; keep them out. */
    while (best_e > best_s && newsclean_is_ascii_space((unsigned char)s[best_e - 1]))
        best_e--;
    if (start)
        *start = best_s;
    if (len)
        *len = best_e - best_s;
    return true;
}

/* newsclean_date_find_sc ('find') or newsclean_date_parse_sc with a scan state of its own,
 * for callers that scan once. */
static bool
with_own_scan(bool find, const struct newsclean_date_rules *r, const char *s, size_t n,
              char out[NEWSCLEAN_DATE_MAX], size_t *start, size_t *len)
{
    newsclean_date_scan sc;
    if (out)
        out[0] = '\0';
    if (!r || !s || !out || !newsclean_date_scan_init(&sc))
        return false;
    bool ok = find ? newsclean_date_find_sc(r, &sc, s, n, out, start, len)
                   : newsclean_date_parse_sc(r, &sc, s, n, out);
    newsclean_date_scan_free(&sc);
    return ok;
}

bool
newsclean_date_parse(const struct newsclean_date_rules *r, const char *s, size_t n,
                     char out[NEWSCLEAN_DATE_MAX])
{
    return with_own_scan(false, r, s, n, out, NULL, NULL);
}

bool
newsclean_date_find_in_text(const struct newsclean_date_rules *r, const char *s, size_t n,
                            char out[NEWSCLEAN_DATE_MAX], size_t *start, size_t *len)
{
    return with_own_scan(true, r, s, n, out, start, len);
}

bool
newsclean_date_label_in(const struct newsclean_date_rules *r, const char *s, size_t n)
{
    newsclean_date_scan sc;
    size_t ms, me;
    if (!r || !s || n == 0 || !(newsclean_label_candidates(r, s, n) & NEWSCLEAN_LABEL_PUB) ||
        !newsclean_date_scan_init(&sc))
        return false;
    bool found = newsclean_date_search(r->label_pub, &sc, s, n, 0, &ms, &me);
    newsclean_date_scan_free(&sc);
    return found;
}

bool
newsclean_date_verb_in(const struct newsclean_date_rules *r, const char *s, size_t n)
{
    newsclean_date_scan sc;
    size_t ms, me;
    if (!r || !s || n == 0 || !newsclean_date_scan_init(&sc))
        return false;
    bool found = newsclean_date_search(r->label_after, &sc, s, n, 0, &ms, &me);
    newsclean_date_scan_free(&sc);
    return found;
}
