/* textutil.c: UTF-8 decoding, character classes, case folding, trimming and
 * case-insensitive search, shared by every stage. */
#include "textutil.h"

#include <stdint.h>
#include <string.h>

size_t
newsclean_utf8_seq(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && s[1] < 0xA0)
            return 0; /* overlong */
        if (c == 0xED && s[1] >= 0xA0)
            return 0; /* surrogate */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90)
            return 0; /* overlong */
        if (c == 0xF4 && s[1] >= 0x90)
            return 0; /* past U+10FFFF */
        return 4;
    }
    return 0;
}

uint32_t
newsclean_utf8_decode(const char *s, size_t len, size_t i, size_t *n)
{
    const unsigned char *p = (const unsigned char *)s + i;
    *n = 1;
    if (p[0] < 0x80)
        return p[0];
    switch (newsclean_utf8_seq(p, len - i)) {
    case 2:
        *n = 2;
        return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    case 3:
        *n = 3;
        return ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    case 4:
        *n = 4;
        return ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
               ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    default:
        return 0xFFFD;
    }
}

bool
newsclean_cp_is_upper(uint32_t cp)
{
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
           (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

bool
newsclean_cp_is_lower(uint32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) ||
           (cp >= 0x3B1 && cp <= 0x3C9) || (cp >= 0x430 && cp <= 0x45F);
}

uint32_t
newsclean_utf8_before(const char *s, size_t len, size_t i, size_t *n)
{
    size_t k = 0;
    uint32_t c = 0;
    if (i > 0) {
        size_t j = i - 1;
        /* Step back over at most three continuation bytes to the lead byte. */
        while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
            j--;
        c = newsclean_utf8_decode(s, len, j, &k);
        if (j + k != i) {
            c = 0xFFFD;
            k = 1;
        }
    }
    if (n)
        *n = k;
    return c;
}

bool
newsclean_is_ascii_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool
newsclean_is_space(uint32_t cp)
{
    if (cp < 0x80)
        return newsclean_is_ascii_space((unsigned char)cp);
    return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000 || cp == 0xFEFF;
}

newsclean_char_class
newsclean_char_class_of(uint32_t cp)
{
    if (cp == 0 || newsclean_is_space(cp))
        return NEWSCLEAN_CH_SPACE;
    if (cp < 0x80)
        return ((cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'))
                   ? NEWSCLEAN_CH_WORD
                   : NEWSCLEAN_CH_PUNCT;
    if ((cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2010 && cp <= 0x206F) ||
        (cp >= 0x3001 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) || cp == 0xFFFD)
        return NEWSCLEAN_CH_PUNCT;
    return NEWSCLEAN_CH_WORD;
}

bool
newsclean_is_word_char(uint32_t cp)
{
    return newsclean_char_class_of(cp) == NEWSCLEAN_CH_WORD;
}

void
newsclean_fold(const char *s, size_t n, char *out)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[i++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            continue;
        }
        size_t k;
        uint32_t cp = newsclean_utf8_decode(s, n, i, &k);
        if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x410 && cp <= 0x42F)) {
            /* Both cases of these are two bytes long. */
            cp += 0x20;
            out[i] = (char)(0xC0 | (cp >> 6));
            out[i + 1] = (char)(0x80 | (cp & 0x3F));
        } else {
            memcpy(out + i, s + i, k);
        }
        i += k;
    }
    out[n] = '\0';
}

void
newsclean_trim_ascii(const char *s, size_t *a, size_t *b)
{
    while (*a < *b && newsclean_is_ascii_space((unsigned char)s[*a]))
        (*a)++;
    while (*b > *a && newsclean_is_ascii_space((unsigned char)s[*b - 1]))
        (*b)--;
}

void
newsclean_trim_space(const char *s, size_t *a, size_t *b)
{
    size_t n;
    while (*a < *b && newsclean_is_space(newsclean_utf8_decode(s, *b, *a, &n)))
        *a += n;
    while (*b > *a) {
        uint32_t cp = newsclean_utf8_before(s, *b, *b, &n);
        if (n > *b - *a || !newsclean_is_space(cp))
            break;
        *b -= n;
    }
}

static unsigned char
lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

bool
newsclean_contains_ci(const char *s, size_t n, const char *needle)
{
    size_t unbounded = SIZE_MAX;
    return newsclean_contains_ci_within(s, n, needle, strlen(needle), &unbounded);
}

/* Each position tried costs one character, and one more for each it matched before the
 * needle failed there; positions whose first byte differs are skipped in a tight loop and
 * charged together, as this search runs on every script and class name of a page. */
bool
newsclean_contains_ci_within(const char *s, size_t n, const char *needle, size_t m, size_t *budget)
{
    if (m == 0)
        return true;
    if (m > n)
        return false;
    const unsigned char *h = (const unsigned char *)s, *w = (const unsigned char *)needle;
    unsigned char first = lower(w[0]);
    size_t last = n - m, charged = 0; /* positions [0, charged) are paid for */
    for (size_t at = 0; at <= last; at++) {
        if (lower(h[at]) != first)
            continue;
        size_t j = 1;
        while (j < m && lower(h[at + j]) == lower(w[j]))
            j++;
        size_t skipped = at - charged;
        if (*budget <= skipped) {
            *budget = 0;
            return false;
        }
        *budget -= skipped;
        if (j == m)
            return true;
        if (*budget <= j + 1) {
            *budget = 0;
            return false;
        }
        *budget -= j + 1;
        charged = at + 1;
    }
    size_t rest = last + 1 - charged;
    *budget = *budget <= rest ? 0 : *budget - rest;
    return false;
}

size_t
newsclean_html_entity(const char *s, size_t n, char out[4], size_t *outn)
{
    static const struct {
        const char *name, *text;
    } named[] = {{"&amp;", "&"},   {"&lt;", "<"},   {"&gt;", ">"},
                 {"&quot;", "\""}, {"&apos;", "'"}, {"&nbsp;", " "}};
    for (size_t k = 0; k < sizeof named / sizeof named[0]; k++) {
        size_t l = strlen(named[k].name);
        if (n >= l && memcmp(s, named[k].name, l) == 0) {
            *outn = strlen(named[k].text);
            memcpy(out, named[k].text, *outn);
            return l;
        }
    }
    if (n < 4 || s[1] != '#')
        return 0;
    bool hex = s[2] == 'x' || s[2] == 'X';
    size_t i = hex ? 3 : 2;
    uint32_t cp = 0;
    size_t digits = 0;
    for (; i < n && digits < 7; i++, digits++) {
        char c = s[i];
        unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0')
                     : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f'
                         ? (unsigned)((c | 0x20) - 'a' + 10)
                         : 99;
        if (d == 99)
            break;
        cp = cp * (hex ? 16 : 10) + d;
    }
    if (!digits || i >= n || s[i] != ';' || cp == 0 || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    if (cp < 0x80) {
        out[0] = (char)cp;
        *outn = 1;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        *outn = 2;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        *outn = 3;
    } else {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
        *outn = 4;
    }
    return i + 1;
}
