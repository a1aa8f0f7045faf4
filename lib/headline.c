/* headline.c: titles without the site's name, titles compared, the headline's echoes. */
#include "headline.h"

#include "buf.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Separators sites put between headline and site name. */
static const char *const separators[] = {" | ", " - ", " – ", " — ", " :: ", " · ",
                                         " • ", " » ", " « ", " / ", " ~ "};

size_t
newsclean_headline_separator_at(const char *s)
{
    for (size_t i = 0; i < sizeof separators / sizeof separators[0]; i++) {
        size_t k = strlen(separators[i]);
        if (!strncmp(s, separators[i], k))
            return k;
    }
    return 0;
}

size_t
newsclean_headline_words(const char *s, size_t n)
{
    size_t w = 0;
    bool in = false, alnum = false;
    for (size_t i = 0; i <= n; i++) {
        bool sp = i == n || s[i] == ' ';
        if (sp) {
            w += in && alnum;
            in = alnum = false;
            continue;
        }
        in = true;
        unsigned char c = (unsigned char)s[i];
        alnum = alnum || c >= 0x80 || isalnum(c);
    }
    return w;
}

/* "Site | Headline" or "Site: Headline" with the site's name known: the offset of the
 * headline after the separator, 0 if the title does not start so. */
static size_t
site_prefix(const char *title, size_t len, const char *site)
{
    static const char *const prefix_separators[] = {
        " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", ": "};
    size_t n = site ? strlen(site) : 0;
    if (!n || n >= len || strncasecmp(title, site, n) != 0)
        return 0;
    for (size_t i = 0; i < sizeof prefix_separators / sizeof prefix_separators[0]; i++) {
        size_t k = strlen(prefix_separators[i]);
        if (n + k < len && !memcmp(title + n, prefix_separators[i], k))
            return n + k;
    }
    return 0;
}

/* "Headline - Site - Tagline" with the site's name "Site - Tagline" known: the length
 * of the headline before the separator, 0 if the title does not end so. A site name may
 * hold a separator itself, so the last separator alone would cut it in two. */
static size_t
site_suffix(const char *title, size_t len, const char *site)
{
    size_t n = site ? strlen(site) : 0;
    if (!n || n >= len || strncasecmp(title + len - n, site, n) != 0)
        return 0;
    for (size_t i = 0; i < sizeof separators / sizeof separators[0]; i++) {
        size_t k = strlen(separators[i]);
        if (n + k < len && !memcmp(title + len - n - k, separators[i], k))
            return len - n - k;
    }
    return 0;
}

/* True if more quotations or brackets open than close in the first 'n' bytes: a
 * separator there lies inside a quoted title or an aside ("Record: 'Dot / Lift Off'"),
 * not between headline and site. */
static bool
inside_quotes(const char *s, size_t n)
{
    int open = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '(' || c == '[')
            open++;
        else if ((c == ')' || c == ']') && open > 0)
            open--;
        else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
            unsigned char d = (unsigned char)s[i + 2];
            if (d == 0x98 || d == 0x9C) /* ‘ “ */
                open++;
            else if ((d == 0x99 || d == 0x9D) && open > 0) /* ’ ” */
                open--;
        }
    }
    return open > 0;
}

size_t
newsclean_headline_strip_site(const char *title, size_t len, const char *site, size_t *start)
{
    *start = site_prefix(title, len, site);
    if (*start)
        return len - *start;
    size_t before_site = site_suffix(title, len, site);
    if (before_site)
        return before_site;
    /* Find the last separator; the shorter side, if short, is the site name. */
    size_t best_pos = 0, best_sep = 0;
    for (size_t i = 0; i < sizeof separators / sizeof separators[0]; i++) {
        size_t k = strlen(separators[i]);
        for (size_t p = len; p-- > 0;) {
            if (p + k <= len && memcmp(title + p, separators[i], k) == 0) {
                if (p > best_pos) {
                    best_pos = p;
                    best_sep = k;
                }
                break;
            }
        }
    }
    if (best_sep && !inside_quotes(title, best_pos)) {
        const char *tail = title + best_pos + best_sep;
        size_t tail_len = len - best_pos - best_sep;
        size_t tail_words = newsclean_headline_words(tail, tail_len);
        size_t head_words = newsclean_headline_words(title, best_pos);
        /* The site's name, or its domain without the ending ("homify" for "homify.de"). */
        bool tail_is_site = site && tail_len && !strncasecmp(tail, site, tail_len) &&
                            (site[tail_len] == '\0' || site[tail_len] == '.');
        /* Site names are capitalised or look like a domain: " - an async framework" is
         * the headline going on, not a site. After a pipe, though, a short tail is the
         * site in any case: headlines do not go on after " | ". */
        unsigned char t0 = (unsigned char)tail[0];
        bool name_like = isupper(t0) || isdigit(t0) || t0 >= 0x80 || memchr(tail, '.', tail_len) ||
                         (best_sep == 3 && !memcmp(title + best_pos, " | ", 3));
        if (tail_is_site || (name_like && tail_words <= 4 && head_words >= 3))
            return best_pos;
    }
    return len;
}

/* Fewest words before the pipe for the part before it to be a headline: "Reviews | Cars"
 * is a path of sections, not a headline with a tagline. */
#define PIPE_HEAD_WORDS 3

size_t
newsclean_headline_heading_len(const char *text, size_t len)
{
    size_t at = 0;
    while (at + 3 <= len && memcmp(text + at, " | ", 3) != 0)
        at++;
    if (at + 3 > len)
        return len;
    const char *p = text + at;
    if (inside_quotes(text, at) || newsclean_headline_words(text, at) < PIPE_HEAD_WORDS ||
        newsclean_headline_words(p + 3, len - at - 3) == 0)
        return len;
    return at;
}

bool
newsclean_headline_take_case(char *headline, const char *title)
{
    if (!headline || !title)
        return false;
    size_t n = strlen(headline);
    if (n == 0 || strlen(title) < n || strncasecmp(headline, title, n) != 0 ||
        !strncmp(headline, title, n))
        return false;
    if (title[n] != '\0' && !(title[n] == ' ' && newsclean_headline_separator_at(title + n)))
        return false;
    /* A heading in mixed case was written so, where the title goes on past it: sentence
     * case and title case are both ways to write a headline, and a title written for
     * sharing often recases it. A title that is the heading alone was copied from the
     * headline as the editor wrote it. */
    bool upper = false, lower = false;
    for (size_t i = 0; i < n; i++) {
        upper = upper || isupper((unsigned char)headline[i]);
        lower = lower || islower((unsigned char)headline[i]);
    }
    if (upper && lower && title[n] != '\0')
        return false;
    memcpy(headline, title, n);
    return true;
}

/* Length of a punctuation character at s that titles and headings write in different
 * styles (curly or straight quotes, dashes, ellipsis, guillemets), 0 if none. */
static size_t
style_punct(const unsigned char *s, size_t n)
{
    if (s[0] < 0x80)
        return isalnum(s[0]) ? 0 : 1;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80)
        return 3; /* U+2000..U+203F: dashes, quotes, ellipsis, spaces */
    if (n >= 2 && s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB || s[1] == 0xA0))
        return 2; /* « » NBSP */
    return 0;
}

bool
newsclean_headline_same_text(const char *a, const char *b)
{
    if (!a || !b)
        return false;
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    size_t i = 0, j = 0, la = strlen(a), lb = strlen(b);
    for (;;) {
        size_t k;
        while (i < la && (k = style_punct(x + i, la - i)))
            i += k;
        while (j < lb && (k = style_punct(y + j, lb - j)))
            j += k;
        if (i == la || j == lb)
            return i == la && j == lb;
        if (tolower(x[i]) != tolower(y[j]))
            return false;
        i++;
        j++;
    }
}

/* Where the article's text starts: a kept block that reads as a sentence, not a
 * heading, kicker, place or date line. */
#define TEXT_MIN_WORDS 8
#define TEXT_MIN_CHARS 40

static bool
starts_text(const newsclean_block *b)
{
    return b->kind != NEWSCLEAN_BLOCK_HEADING &&
           (b->words >= TEXT_MIN_WORDS || b->chars >= TEXT_MIN_CHARS);
}

/* A heading that is the headline with a tagline after a pipe (see
 * newsclean_headline_heading_len) echoes it as much as the bare headline does. */
static bool
pipe_echo(const newsclean_block *b, const char *headline)
{
    if (b->kind != NEWSCLEAN_BLOCK_HEADING)
        return false;
    size_t n = newsclean_headline_heading_len(b->text, b->len);
    if (n == b->len)
        return false;
    char *head = newsclean_strndup(b->text, n);
    bool r = head && newsclean_headline_same_text(head, headline);
    free(head);
    return r;
}

size_t
newsclean_headline_drop_echoes(newsclean_blocks *bl, const char *headline)
{
    if (!headline || !*headline)
        return 0;
    size_t dropped = 0;
    bool in_text = false;
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (!b->keep)
            continue;
        if ((!in_text || b->kind == NEWSCLEAN_BLOCK_HEADING) &&
            (newsclean_headline_same_text(b->text, headline) || pipe_echo(b, headline))) {
            b->keep = false;
            b->reason = in_text ? "heading repeats the headline" : "repeats the headline";
            dropped++;
            continue;
        }
        in_text = in_text || starts_text(b);
    }
    return dropped;
}
