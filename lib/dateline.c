/* dateline.c: date lines told from sentences that mention a date. */
#include "dateline.h"

#include "dates.h"

/* A date line is mostly its date ("Published May 22, 2024 4:05 p.m."); a line with a
 * few more words around the date is a tweet's signature, a reference's "Retrieved" note
 * or an item of a list of events, which belong to the text. */
#define DATE_LINE_WORDS 12
#define DATE_LINE_PUNCT 6

size_t
newsclean_words_outside(const char *s, size_t n, size_t start, size_t len)
{
    size_t ch, w1 = 0, w2 = 0, p;
    newsclean_text_stats(s, start, &ch, &w1, &p);
    if (start + len < n)
        newsclean_text_stats(s + start + len, n - start - len, &ch, &w2, &p);
    return w1 + w2;
}

bool
newsclean_date_line(const struct newsclean_date_rules *dates, const newsclean_block *b)
{
    if (!dates || b->chars > NEWSCLEAN_DATE_LINE_CHARS / 2 || b->words > DATE_LINE_WORDS ||
        b->punct > DATE_LINE_PUNCT)
        return false;
    char iso[NEWSCLEAN_DATE_MAX];
    size_t start, len;
    if (!newsclean_date_find_in_text(dates, b->text, b->len, iso, &start, &len))
        return false;
    return len * 2 >= b->len;
}

size_t
newsclean_words_before(const char *s, size_t start)
{
    size_t ch, w = 0, p;
    newsclean_text_stats(s, start, &ch, &w, &p);
    return w;
}
