/* textdump_cards.c: a page made of cards in a text dump (a section's list of stories, a
 * shop's grid, a catalogue). Each card is a title over a short summary, often with a date
 * or a price line, and the cards repeat one pattern of lines. A summary or two reads as
 * prose and the rest as short lines, so the core search takes the first card alone, or
 * some other paragraph of the page (a consent notice, the site's blurb), and the cards,
 * which are the page's content, are left out. */
#include <stdlib.h>

#include "textdump_int.h"

/* Cards in a row, of one pattern, from which the run is the page's content. */
#define CARD_RUN_MIN 4
/* Lines a card may take: a title, a summary, and a date, price or label line. */
#define CARD_LINES_MAX 4
/* Words from which a line is a summary, not a title, when it does not end a sentence. */
#define CARD_SUMMARY_WORDS 21
/* Words a card's title runs to at least: a menu's entries are a word or two. */
#define CARD_TITLE_WORDS 3
/* Words a date, price or label line runs to at most. */
#define CARD_LABEL_WORDS 6
/* How many times the run's words must outweigh a core that lies apart from it. */
#define CARD_OUTWEIGH 2.0

/* What a line is to a card: the pattern the cards repeat is a string of these. */
enum { CARD_BREAK = 0, CARD_TITLE, CARD_SUMMARY, CARD_LABEL };

/* What line i is to a card, from its length, its ending and the phrase rules. */
static unsigned char
card_role(newsclean_td_ctx *c, size_t i)
{
    const newsclean_td_line *l = &c->ln[i];
    /* A card's date, author or price: a few words, a date among them, or a phrase rule's
     * dateline or byline ("Published on ...", "By ..."). */
    bool stamp = l->kind == NEWSCLEAN_TD_K_PUBLISHED || l->kind == NEWSCLEAN_TD_K_UPDATED ||
                 l->kind == NEWSCLEAN_TD_K_BYLINE;
    if (l->cls != NEWSCLEAN_TD_PROSE &&
        (stamp || (l->weff <= CARD_LABEL_WORDS && !l->why &&
                   (l->weff < CARD_TITLE_WORDS || newsclean_td_has_date(c, i)))))
        return CARD_LABEL;
    if (l->cls == NEWSCLEAN_TD_NOISE || l->why || l->barrier || l->icons ||
        (l->linky && !l->link_text) || l->row || l->consent)
        return CARD_BREAK;
    if (l->cls != NEWSCLEAN_TD_PROSE && !l->endp && !l->lower && l->weff < CARD_SUMMARY_WORDS)
        return CARD_TITLE;
    return CARD_SUMMARY;
}

/* Whether the card of 'period' lines from line a opens on a title said once on the page
 * and holds a second line of its own: a summary, a subtitle, a date or an author. Its
 * summaries are counted into *texts. */
static bool
card_ok(const newsclean_td_ctx *c, const unsigned char *role, size_t a, size_t period,
        size_t *texts)
{
    bool once = role[a] == CARD_TITLE;
    for (size_t j = a; j < a + period && once; j++) {
        once = role[j] != CARD_TITLE || c->ln[j].dup == 1;
        *texts += role[j] == CARD_SUMMARY;
    }
    return once;
}

/* Whether lines i and j open on the same word. */
static bool
same_opening(const newsclean_td_ctx *c, size_t i, size_t j)
{
    const char *a = newsclean_td_text(c, i), *b = newsclean_td_text(c, j);
    size_t na = newsclean_td_len(c, i), nb = newsclean_td_len(c, j), k = 0;
    while (k < na && k < nb && a[k] == b[k] && a[k] != ' ')
        k++;
    return k > 0 && (k == na || a[k] == ' ') && (k == nb || b[k] == ' ');
}

/* Whether cards of 'period' lines from line a to z, none with a summary, are a menu's
 * entries rather than stories': most titles open on the word the one before opens on,
 * one phrase said for a list of places or models ("Prices in ...", "Prices in ..."). */
static bool
one_phrase_menu(const newsclean_td_ctx *c, size_t a, size_t z, size_t period)
{
    size_t cards = 1, same = 0;
    for (size_t k = a + period; k + period <= z + 1; k += period) {
        cards++;
        same += same_opening(c, k - period, k);
    }
    return same * 2 >= cards;
}

/* Words of the titles and summaries of the cards in [a, z]. */
static double
card_words(const newsclean_td_ctx *c, const unsigned char *role, size_t a, size_t z)
{
    double w = 0;
    for (size_t j = a; j <= z; j++)
        w += role[j] == CARD_TITLE || role[j] == CARD_SUMMARY ? c->ln[j].weff : 0;
    return w;
}

/* The heaviest run of CARD_RUN_MIN or more cards of one pattern: its lines in [*ra, *rz]
 * and its words; 0 if there is none. Each period is one pass over the lines. */
static double
best_run(newsclean_td_ctx *c, const unsigned char *role, size_t *ra, size_t *rz)
{
    double best = 0;
    for (size_t p = 2; p <= CARD_LINES_MAX; p++) {
        size_t i = 0;
        while (i + p < c->n) {
            if (role[i] == CARD_BREAK || role[i] != role[i + p]) {
                i++;
                continue;
            }
            size_t j = i;
            while (j + p < c->n && role[j] != CARD_BREAK && role[j] == role[j + p])
                j++;
            /* Lines i .. j + p - 1 repeat the pattern: the cards start at its first title. */
            size_t a = i;
            while (a < i + p && role[a] != CARD_TITLE)
                a++;
            size_t cards = 0, texts = 0, z = a;
            for (size_t k = a; a < i + p && k <= j && card_ok(c, role, k, p, &texts); k += p) {
                cards++;
                z = k + p - 1;
            }
            if (cards >= CARD_RUN_MIN && (texts > 0 || !one_phrase_menu(c, a, z, p))) {
                double w = card_words(c, role, a, z);
                if (w > best) {
                    best = w;
                    *ra = a;
                    *rz = z;
                }
            }
            i = j + 1;
        }
    }
    return best;
}

void
newsclean_td_card_run(newsclean_td_ctx *c, size_t *s, size_t *e)
{
    unsigned char *role = malloc(c->n);
    if (!role)
        return; /* only a heuristic: without memory, the core stays */
    for (size_t i = 0; i < c->n; i++)
        role[i] = card_role(c, i);
    size_t ra = 0, rz = 0;
    double run = best_run(c, role, &ra, &rz);
    if (run > 0) {
        double core = 0, inside = 0;
        for (size_t i = *s; i <= *e; i++) {
            /* A consent dialog's paragraphs are no page's content. */
            double w = c->ln[i].cls == NEWSCLEAN_TD_PROSE && !c->ln[i].consent ? c->ln[i].weff : 0;
            core += w;
            inside += i >= ra && i <= rz ? w : 0;
        }
        /* The core is a card of the run, or a paragraph apart that the run outweighs: the
         * run is the page's content. An article with a strip of cards under it keeps its
         * own core, which outweighs the strip; a run the core already holds is left to
         * the core's own reading of its lines. */
        bool part = inside * 2 >= core && inside > 0;
        bool held = ra >= *s && rz <= *e;
        if (!held && (part || run >= CARD_OUTWEIGH * core)) {
            *s = part && *s < ra ? *s : ra;
            *e = part && *e > rz ? *e : rz;
            /* A card's title and a summary too short for prose are read as sentences, so
             * that the core keeps them where it drops a menu's short lines. A title right
             * over a paragraph the core keeps as its subheading, and a linked one as a
             * linked heading, already. */
            for (size_t i = ra; i <= rz; i++) {
                newsclean_td_line *l = &c->ln[i];
                if (l->cls != NEWSCLEAN_TD_PROSE && !l->link_text && !l->linked &&
                    (role[i] == CARD_TITLE || role[i] == CARD_SUMMARY) &&
                    (i == rz || c->ln[i + 1].cls != NEWSCLEAN_TD_PROSE))
                    l->cls = NEWSCLEAN_TD_SENT;
            }
        }
    }
    free(role);
}
