/* byline.c: bylines cut down to the names. */
#define _POSIX_C_SOURCE 200809L
#include "byline.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "dates.h"
#include "headline.h"

/* Byline candidates longer than this are prose, not a name line. */
#define MAX_BYLINE_CHARS 100

size_t
newsclean_byline_clean(char *s, size_t len)
{
    /* "By Jane Doe", "By: Jane Doe", "Von Max Muster", "Par Élodie Garnier". */
    static const char *const prefixes[] = {"written by", "posted by", "by",     "von", "par",
                                           "por",        "di",        "door",   "av",  "af",
                                           "przez",      "autor",     "author", "text"};
    bool again = true;
    while (again) {
        again = false;
        for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
            size_t k = strlen(prefixes[i]);
            if (len > k + 1 && strncasecmp(s, prefixes[i], k) == 0 &&
                (s[k] == ' ' || s[k] == ':')) {
                memmove(s, s + k, len - k);
                len -= k;
                again = true;
            }
        }
        while (len && (s[0] == ' ' || s[0] == ':' || s[0] == '|' || s[0] == '-')) {
            memmove(s, s + 1, --len);
            again = true;
        }
    }
    while (len && (s[len - 1] == ' ' || s[len - 1] == '|' || s[len - 1] == ',' ||
                   s[len - 1] == '-' || s[len - 1] == ':'))
        len--;
    s[len] = '\0';
    return len;
}

/* Labels that credit a picture, not the text: "Foto: Jane Doe" names no author. */
static bool
credits_picture(const char *label, size_t n)
{
    static const char *const words[] = {
        "foto",
        "fotos",
        "photo",
        "photos",
        "bild",
        "bilder",
        "image",
        "images",
        "picture",
        "pictures",
        "credit",
        "credits",
        "imagen",
        "immagine",
        "zdj\304\231cie",
        "\321\204\320\276\321\202\320\276",                  /* фото */
        "\320\244\320\276\321\202\320\276",                  /* Фото */
        "\321\201\320\275\320\270\320\274\320\272\320\260",  /* снимка */
        "\320\241\320\275\320\270\320\274\320\272\320\260"}; /* Снимка */
    while (n && label[n - 1] == ' ')
        n--;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strlen(words[i]) == n && strncasecmp(label, words[i], n) == 0)
            return true;
    return false;
}

/* A colon in a byline: after a label of a word or two ("Interview: Jane Doe", "Auteur :
 * Jane Doe") the names follow it, unless the label credits a picture (then there is no
 * byline, 0); after the names it starts something else ("Jane Doe Kategorien: Mode"),
 * which goes with the word before the colon. Returns the new length. */
static size_t
cut_at_colon(char *s, size_t len)
{
    const char *colon = memchr(s, ':', len);
    if (!colon)
        return len;
    size_t at = (size_t)(colon - s);
    bool digits = false;
    for (size_t i = 0; i < at; i++)
        digits = digits || (s[i] >= '0' && s[i] <= '9');
    if (!digits && newsclean_headline_words(s, at) <= 2) {
        if (credits_picture(s, at))
            return 0;
        size_t from = at + 1;
        while (from < len && s[from] == ' ')
            from++;
        memmove(s, s + from, len - from);
        len -= from;
    } else {
        size_t e = at;
        while (e && s[e - 1] == ' ')
            e--;
        while (e && s[e - 1] != ' ')
            e--;
        while (e && s[e - 1] == ' ')
            e--;
        len = e;
    }
    s[len] = '\0';
    return len;
}

/* Length of s[0, len) without the spaces, commas and separators that stood between
 * a name and the date cut from after it ("Jane Doe • March 3", "Jane Doe | 3/3/2024"). */
static size_t
trim_separators(const char *s, size_t len)
{
    /* After the ASCII ones: bullet, middle dot, en dash and em dash, in UTF-8. */
    static const char *const marks[] = {
        " ", ",", "|", "/", "-", "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\x93", "\xE2\x80\x94"};
    for (size_t i = 0; i < sizeof marks / sizeof marks[0];) {
        size_t m = strlen(marks[i]);
        if (len >= m && memcmp(s + len - m, marks[i], m) == 0) {
            len -= m;
            i = 0;
        } else {
            i++;
        }
    }
    return len;
}

size_t
newsclean_byline_trim(const struct newsclean_date_rules *dates, char *s, size_t len)
{
    char iso[NEWSCLEAN_DATE_MAX];
    size_t start, mlen;
    if (dates && newsclean_date_find_in_text(dates, s, len, iso, &start, &mlen) && start > 0) {
        len = start;
        len = trim_separators(s, len);
        /* The word that led into the date: "on", "am", "le". */
        static const char *const into[] = {" on", " am", " le"};
        for (size_t i = 0; i < sizeof into / sizeof into[0]; i++)
            if (len > 3 && !memcmp(s + len - 3, into[i], 3)) {
                len -= 3;
                break;
            }
    }
    s[len] = '\0';
    /* Separators, and the relative times pages print after the name ("2 hours ago",
     * "vor 2 Stunden", "před 2 hodinami", "il y a 2 heures", "hace 2 horas"). */
    static const char *const cuts[] = {" | ", "|",     " @",     " • ",      " · ",    " - ", " – ",
                                       " — ", " vor ", " před ", " il y a ", " hace ", " há "};
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        const char *p = strstr(s, cuts[i]);
        if (p && (size_t)(p - s) < len && p > s)
            len = (size_t)(p - s);
    }
    /* A time or count after the name ("Jane Doe 1:39 PM", "Jane Doe 3 comments"). */
    for (size_t i = 1; i < len; i++) {
        if (s[i] >= '0' && s[i] <= '9' && newsclean_headline_words(s, i) >= 2) {
            len = i;
            break;
        }
    }
    s[len] = '\0';
    /* Twice: "Text und Interview: Jane Doe" loses "Text" before the colon is read, and
     * "Artikel von: Von Jane Doe" its second "Von" after. */
    len = newsclean_byline_clean(s, len);
    len = cut_at_colon(s, len);
    len = newsclean_byline_clean(s, len);
    /* "Section by Jane Doe": the names follow the last " by ". */
    for (size_t i = len; i-- > 1;) {
        if (s[i - 1] == ' ' && (s[i] == 'b' || s[i] == 'B') && i + 3 < len &&
            (s[i + 1] == 'y' || s[i + 1] == 'Y') && s[i + 2] == ' ') {
            memmove(s, s + i + 3, len - i - 3);
            len -= i + 3;
            s[len] = '\0';
            break;
        }
    }
    return len;
}

bool
newsclean_byline_is_name(const char *s, size_t len)
{
    size_t words = newsclean_headline_words(s, len), chars = 0;
    for (size_t i = 0; i < len; i++)
        chars += ((unsigned char)s[i] & 0xC0) != 0x80;
    if (words == 0 || words > 8 || chars > MAX_BYLINE_CHARS)
        return false;
    /* Names hold no colon (the trim has dealt with labels), question or exclamation
     * mark, nor a sum: an author box that runs on into a teaser is no byline. */
    if (memchr(s, ':', len) || memchr(s, '?', len) || memchr(s, '!', len) || memchr(s, '$', len))
        return false;
    for (size_t i = 0; i < len; i++)
        if (isupper((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)
            return true;
    return false;
}
