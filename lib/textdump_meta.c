/* textdump_meta.c: headline, publication time and byline of a text dump, read from the
 * short lines just above the article's core; and the topic words that tell which of
 * those lines is about the article. */
#include "textdump_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "textutil.h"
#include "buf.h"
#include "byline.h"
#include "dateline.h"
#include "headline.h"

/* What a heading mark adds to a headline candidate's score (see pick_headline), about
 * what printing the title twice adds. */
#define HEADING_BONUS 3.0
#define HEADING_H1_BONUS 6.0
/* What standing right over the byline or date adds, for the record's headline. */
#define OVER_META_BONUS 8.0
/* How many lines into the core the record's headline may stand. */
#define RECORD_INTO_CORE 10

/* Words of a layout pick short enough to read as a label rather than a headline when a
 * longer title stands right under it. */
#define LABEL_PICK_WORDS 4

static void
topic_add(newsclean_td_topic *t, uint64_t h)
{
    size_t k = (size_t)h & (NEWSCLEAN_TD_TOPIC_SLOTS - 1);
    while (t->h[k] != 0) {
        if (t->h[k] == h) {
            t->cnt[k]++;
            return;
        }
        k = (k + 1) & (NEWSCLEAN_TD_TOPIC_SLOTS - 1);
    }
    t->h[k] = h;
    t->cnt[k] = 1;
    t->n++;
}

/* How many times the word was added, 0 if never. */
static unsigned
topic_has(const newsclean_td_topic *t, uint64_t h)
{
    size_t k = (size_t)h & (NEWSCLEAN_TD_TOPIC_SLOTS - 1);
    while (t->h[k] != 0) {
        if (t->h[k] == h)
            return t->cnt[k];
        k = (k + 1) & (NEWSCLEAN_TD_TOPIC_SLOTS - 1);
    }
    return 0;
}

/* Hash the content words of the prose lines in [s, e] into t, up to half its slots so
 * that probing stays short. */
void
newsclean_td_topic_build(const newsclean_td_ctx *c, size_t s, size_t e, newsclean_td_topic *t)
{
    memset(t, 0, sizeof *t);
    for (size_t i = s; i <= e && t->n < NEWSCLEAN_TD_TOPIC_SLOTS / 2; i++) {
        if (c->ln[i].cls != NEWSCLEAN_TD_PROSE)
            continue;
        const unsigned char *x = (const unsigned char *)newsclean_td_text(c, i);
        size_t n = newsclean_td_len(c, i), k = 0;
        while (k < n && t->n < NEWSCLEAN_TD_TOPIC_SLOTS / 2) {
            size_t st = k;
            while (k < n && x[k] != ' ')
                k++;
            uint64_t h;
            if (newsclean_td_word_hash(c, x + st, k - st, &h))
                topic_add(t, h);
            k++;
        }
    }
}

/* How many of line i's content words the topic holds at least 'min' times; *words gets
 * how many content words the line has. */
static size_t
topic_hits(const newsclean_td_ctx *c, size_t i, const newsclean_td_topic *t, unsigned min,
           size_t *words)
{
    const unsigned char *x = (const unsigned char *)newsclean_td_text(c, i);
    size_t n = newsclean_td_len(c, i), k = 0, hits = 0;
    *words = 0;
    while (k < n) {
        size_t st = k;
        while (k < n && x[k] != ' ')
            k++;
        uint64_t h;
        if (newsclean_td_word_hash(c, x + st, k - st, &h)) {
            (*words)++;
            hits += topic_has(t, h) >= min;
        }
        k++;
    }
    return hits;
}

/* Share of a line's content words that the topic holds at least 'min' times. */
double
newsclean_td_topic_overlap(const newsclean_td_ctx *c, size_t i, const newsclean_td_topic *t,
                           unsigned min)
{
    size_t words, hits = topic_hits(c, i, t, min, &words);
    return words ? (double)hits / (double)words : 0.0;
}

bool
newsclean_td_has_date(newsclean_td_ctx *c, size_t i)
{
    newsclean_td_line *l = &c->ln[i];
    if (l->date == 0) {
        char d[NEWSCLEAN_DATE_MAX];
        const newsclean_block *blk = &c->b->v[l->bi];
        l->date = c->dates && blk->chars <= NEWSCLEAN_DATE_LINE_CHARS &&
                          newsclean_date_find_in_text(c->dates, blk->text, blk->len, d, NULL, NULL)
                      ? 1
                      : -1;
    }
    return l->date > 0;
}

/* A short line that is mostly a date: a timestamp above a comment, an update note. */
bool
newsclean_td_date_line(newsclean_td_ctx *c, size_t i)
{
    return c->ln[i].cls == NEWSCLEAN_TD_SHORT &&
           newsclean_date_line(c->dates, &c->b->v[c->ln[i].bi]);
}

static bool
title_like(const newsclean_td_ctx *c, size_t i)
{
    const newsclean_td_line *l = &c->ln[i];
    if (l->cls == NEWSCLEAN_TD_NOISE || l->linky || l->why || l->period || l->lower)
        return false;
    return l->weff >= 1 && l->weff <= 25;
}

/* Words a headline asking a question may run to: it reads as prose to the line classes. */
#define QUESTION_TITLE_WORDS 16

/* A headline that asks a question ends like a sentence, and the line classes read it as
 * prose. Set off by blank lines and no longer than headlines run, it is a candidate for
 * the record's headline; the layout pick, which sets the body's bounds, keeps to
 * title-shaped lines. */
static bool
question_title(const newsclean_td_ctx *c, size_t i)
{
    const newsclean_td_line *l = &c->ln[i];
    size_t n = newsclean_td_len(c, i);
    return n > 0 && newsclean_td_text(c, i)[n - 1] == '?' && l->weff <= QUESTION_TITLE_WORDS &&
           l->gapb && l->gapa;
}

/* The dump's first line, short and set off by a blank line, is the page's title even when
 * it ends like a sentence: titles copied out as plain text often gain a full stop, and
 * with nothing above it no other line can be the headline. */
static bool
opening_title(const newsclean_td_ctx *c, size_t i)
{
    const newsclean_td_line *l = &c->ln[i];
    return i == 0 && l->gapa && (l->endp || l->period) && l->cls != NEWSCLEAN_TD_NOISE &&
           !l->linky && !l->why && !l->lower && l->weff >= 3 && l->weff <= 20;
}

/* Words a title marked as the page's first-level heading may run to: long headlines
 * read like a sentence, but the markup says what they are. */
#define MARKED_TITLE_WORDS 30

/* A line the dump's markup marks as a first-level heading (Markdown's "# "), long
 * enough to read as prose: still a title. */
static bool
marked_title(const newsclean_td_ctx *c, size_t i)
{
    const newsclean_td_line *l = &c->ln[i];
    const newsclean_block *blk = &c->b->v[l->bi];
    return blk->kind == NEWSCLEAN_BLOCK_HEADING && blk->level == 1 &&
           l->cls == NEWSCLEAN_TD_PROSE && !l->linky && !l->why && !l->lower &&
           l->weff <= MARKED_TITLE_WORDS;
}

/* Byte length of a " - Site" / " | Site" suffix to drop from a title, 0 if none: the
 * same cut as an HTML page's <title> gets (headline.h), with no site name known. */
static size_t
suffix_len(const char *s, size_t n)
{
    size_t start;
    size_t kept = newsclean_headline_strip_site(s, n, NULL, &start);
    return n - kept;
}

/* Words of a dash's tail from which lower-case words in it mark a subtitle. */
#define SUBTITLE_TAIL_WORDS 3

/* Is the suffix t[0..n) that suffix_len would cut (" - Tail") the headline's own subtitle
 * going on in running words ("... im Test – Ein Kombi mit kleinen Schwächen", "... fixed
 * - Thanks to the forum")? A site's name is a name: its words after the first are
 * capitalised, or it is a domain or a single word. Only a dash's tail: after a pipe a
 * headline does not go on. */
static bool
subtitle_tail(const char *t, size_t n)
{
    size_t k;
    if (n > 3 && !memcmp(t, " - ", 3))
        k = 3;
    else if (n > 5 && (!memcmp(t, " – ", 5) || !memcmp(t, " — ", 5)))
        k = 5;
    else
        return false;
    size_t words = 0, lower = 0;
    for (size_t q = k; q < n; q++) {
        if (t[q] == ' ' || (q > k && t[q - 1] != ' '))
            continue;
        if (words++ > 0 && t[q] >= 'a' && t[q] <= 'z')
            lower++;
    }
    return words >= SUBTITLE_TAIL_WORDS && lower > 0;
}

/* Does line j repeat line i, possibly with a site suffix? */
static bool
same_title(const newsclean_td_ctx *c, size_t i, size_t j)
{
    const char *a = newsclean_td_text(c, i), *b = newsclean_td_text(c, j);
    size_t na = newsclean_td_len(c, i), nb = newsclean_td_len(c, j);
    if (na > nb) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if (memcmp(a, b, na) != 0)
        return false;
    return na == nb || suffix_len(b, nb) == nb - na;
}

/* A byline's cue alone on its line ("By", "Written by"), the name on the next: the line
 * with a name put after it is cut to that name by the byline cleaner (byline.h), whose
 * cue list this shares. A line of separators only ("|") is no cue. */
static bool
cue_alone(const newsclean_td_ctx *c, size_t k)
{
    size_t n = newsclean_td_len(c, k);
    const char *x = newsclean_td_text(c, k);
    if (c->ln[k].weff > 2 || c->ln[k].weff < 1 || n > 32)
        return false;
    bool letter = false;
    for (size_t i = 0; i < n; i++)
        letter = letter || (unsigned)(((unsigned char)x[i] | 0x20) - 'a') < 26u;
    if (!letter)
        return false;
    char t[40];
    memcpy(t, x, n);
    memcpy(t + n, " X", 3);
    return newsclean_byline_clean(t, n + 2) == 1;
}

/* Words a line giving the time since publication runs to ("vor 11 Minuten", "2 hours
 * ago", "il y a 3 heures"). */
#define RELATIVE_TIME_WORDS 5

/* A short line that says how long ago the article went up, which news sites print under
 * the headline in place of a date: a number, or "einer" / "un" / "una", after "vor",
 * "il y a", "hace" or "há"; or a number, "a" or "an" before a unit and "ago". */
bool
newsclean_td_relative_time(const newsclean_td_ctx *c, size_t k)
{
    static const char *const before[] = {"vor ", "il y a ", "hace ", "h\xC3\xA1 "};
    static const char *const counts[] = {"einer ", "einem ", "un ", "une ", "una "};
    const char *x = newsclean_td_text(c, k);
    size_t n = newsclean_td_len(c, k);
    if (c->ln[k].weff < 2 || c->ln[k].weff > RELATIVE_TIME_WORDS)
        return false;
    for (size_t i = 0; i < sizeof before / sizeof before[0]; i++) {
        size_t b = strlen(before[i]);
        if (n <= b + 2 || strncasecmp(x, before[i], b) != 0)
            continue;
        if (x[b] >= '0' && x[b] <= '9')
            return true;
        for (size_t j = 0; j < sizeof counts / sizeof counts[0]; j++)
            if (strncasecmp(x + b, counts[j], strlen(counts[j])) == 0)
                return true;
    }
    return n > 6 && !strncasecmp(x + n - 4, " ago", 4) &&
           ((x[0] >= '0' && x[0] <= '9') || !strncasecmp(x, "an ", 3) || !strncasecmp(x, "a ", 2));
}

/* A line that says who wrote the article or when: a byline, a labelled or bare date, a
 * byline's cue. A separator or a lone word before it ("|", "·") is passed over. */
static bool
meta_line_at(newsclean_td_ctx *c, size_t j)
{
    for (size_t k = j; k < c->n && k <= j + 1; k++) {
        const newsclean_td_line *m = &c->ln[k];
        if (m->kind == NEWSCLEAN_TD_K_BYLINE || m->kind == NEWSCLEAN_TD_K_PUBLISHED ||
            m->kind == NEWSCLEAN_TD_K_UPDATED ||
            (m->cls != NEWSCLEAN_TD_PROSE && newsclean_td_has_date(c, k)) || cue_alone(c, k) ||
            newsclean_td_relative_time(c, k))
            return true;
        if (m->weff > 1)
            break;
    }
    return false;
}

/* Just under a byline: an author's role or second name, part of the byline block. */
static bool
under_byline(const newsclean_td_ctx *c, size_t i)
{
    for (size_t k = i > 3 ? i - 3 : 0; k < i; k++) {
        if (c->ln[k].kind == NEWSCLEAN_TD_K_BYLINE || cue_alone(c, k))
            return true;
    }
    return false;
}

/* Two to four capitalised words and nothing else: an author's name between the title
 * and the date, as often as a title. */
static bool
name_like(const newsclean_td_line *l)
{
    return l->weff >= 2 && l->weff <= 4 && l->caps >= 0.99 && !l->endp;
}

/* Words of letters alone, with the dots, hyphens and apostrophes of names: no
 * separator or colon of a breadcrumb or a label. */
static bool
plain_words(const newsclean_td_ctx *c, size_t i)
{
    const unsigned char *x = (const unsigned char *)newsclean_td_text(c, i);
    size_t n = newsclean_td_len(c, i);
    for (size_t k = 0; k < n; k++) {
        unsigned char ch = x[k];
        bool ok = ch >= 0x80 || ch == ' ' || ch == '.' || ch == '-' || ch == '\'' ||
                  (unsigned)((ch | 0x20) - 'a') < 26u;
        /* U+00BB and U+00AB, guillemets, are breadcrumb separators. */
        if (!ok || (ch == 0xC2 && k + 1 < n && (x[k + 1] == 0xBB || x[k + 1] == 0xAB)))
            return false;
    }
    return true;
}

/* Words of a line between an author's name and the date under a title: one the rules
 * know ("6 min read"), or any other. */
#define NAME_TO_DATE_KNOWN_WORDS 6
#define NAME_TO_DATE_LINE_WORDS 3

/* Lines under a title's standfirst searched for its byline or date. */
#define UNDER_STANDFIRST_LINES 10

/* A title over the article's byline or date (a standfirst may stand between): worded like a title
 * (no full stop, not a link or a phrase the rules know), of a title's length, and right above the
 * line saying who wrote it or when. A long headline reads like prose to the core search, so the
 * line's class does not matter here. */
static bool
over_meta_line(newsclean_td_ctx *c, size_t i)
{
    const newsclean_td_line *l = &c->ln[i];
    if (l->cls == NEWSCLEAN_TD_NOISE || l->linky || l->why || l->period || l->lower ||
        l->weff < 2 || l->weff > (l->cls == NEWSCLEAN_TD_PROSE ? 20 : 30) ||
        l->kind != NEWSCLEAN_TD_K_NONE || i + 1 >= c->n || newsclean_td_has_date(c, i) ||
        under_byline(c, i))
        return false;
    /* A standfirst may stand between: a longer line of running text, or one as long that
     * ends in a full stop or a colon as a sentence does and a title does not. */
    const newsclean_td_line *n = &c->ln[i + 1];
    size_t j = i + 1;
    if ((n->cls == NEWSCLEAN_TD_PROSE || n->cls == NEWSCLEAN_TD_SENT) && n->weff >= 8 &&
        (n->weff > l->weff || (n->period && n->weff >= l->weff)) && !n->linky && i + 2 < c->n) {
        /* Under a standfirst, short lines may come before the byline: the author's name
         * alone, a caption's credit, a "follow" button; so may the row of share and
         * comment buttons, its longer lines printed again elsewhere on the page. */
        for (size_t k = i + 2; k < c->n && k <= i + UNDER_STANDFIRST_LINES; k++) {
            if (meta_line_at(c, k))
                return true;
            if (c->ln[k].cls == NEWSCLEAN_TD_PROSE || (c->ln[k].weff > 6 && c->ln[k].dup < 2))
                return false;
        }
        return false;
    }
    /* The author's name alone may stand between, the date under it: "Title / Jane Doe /
     * 3 May 2021"; so may a short line between name and date, such as the reading time
     * ("Title / Jane Doe / 6 min / 3 May 2021"), but not the name printed again: a label
     * set twice over a date is a section's. */
    if (name_like(n) && plain_words(c, j) && n->kind == NEWSCLEAN_TD_K_NONE && i + 2 < c->n &&
        !meta_line_at(c, j)) {
        if (meta_line_at(c, i + 2))
            return true;
        const newsclean_td_line *m = &c->ln[i + 2];
        bool between = m->why ? m->weff <= NAME_TO_DATE_KNOWN_WORDS
                              : m->weff <= NAME_TO_DATE_LINE_WORDS && !same_title(c, j, i + 2);
        if (i + 3 < c->n && between && m->cls != NEWSCLEAN_TD_PROSE && meta_line_at(c, i + 3))
            return true;
    }
    return meta_line_at(c, j);
}

/* Lines either side of a title searched for a trail ending with it. */
#define TRAIL_REACH 4

/* Does line 'longer' end with the whole of line 'shorter', with more before it? '*before'
 * receives the byte before the shared end. */
static bool
line_ends_with(const newsclean_td_ctx *c, size_t longer, size_t shorter, unsigned char *before)
{
    const char *a = newsclean_td_text(c, longer), *b = newsclean_td_text(c, shorter);
    size_t na = newsclean_td_len(c, longer), nb = newsclean_td_len(c, shorter);
    if (na <= nb || memcmp(a + na - nb, b, nb) != 0)
        return false;
    *before = (unsigned char)a[na - nb - 1];
    return true;
}

/* Is line i's text the end of a longer line close by, after a blank or a separator
 * ("Home » Section » Title", "Section / Title", "Posted on ... on Title")? A trail of
 * links or a line about the post that ends with the page's own title names it. */
static bool
trail_ends_with(const newsclean_td_ctx *c, size_t i)
{
    size_t na = newsclean_td_len(c, i);
    size_t lo = i > TRAIL_REACH ? i - TRAIL_REACH : 0;
    for (size_t j = lo; j < c->n && j <= i + TRAIL_REACH; j++) {
        unsigned char p;
        if (j == i || newsclean_td_len(c, j) < na + 2 || !line_ends_with(c, j, i, &p))
            continue;
        if (p == ' ' || p == '>' || p == '/' || p == ':' || p == 0xBB /* » */)
            return true;
    }
    return false;
}

/* A person's picture as a dump that prints pictures' text gives it ("Name's avatar",
 * "Avatar for Name", "Author image"): set right over the author's name and the date, it
 * sits where a headline does, but innerText and HTML leave it out. */
static bool
person_picture(const newsclean_td_ctx *c, size_t i)
{
    static const char *const ends[] = {" avatar",         "profile image", "profile photo",
                                       "profile picture", "author image",  "author photo"};
    static const char *const opens[] = {"avatar for ", "avatar of "};
    const char *t = newsclean_td_text(c, i);
    size_t n = newsclean_td_len(c, i);
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        size_t m = strlen(ends[k]);
        if (n >= m && strncasecmp(t + n - m, ends[k], m) == 0)
            return true;
    }
    for (size_t k = 0; k < sizeof opens / sizeof *opens; k++) {
        size_t m = strlen(opens[k]);
        if (n > m && strncasecmp(t, opens[k], m) == 0)
            return true;
    }
    return false;
}

/* The headline is a title-shaped line shortly above the article that shares its words
 * (a caption or a teaser above shares fewer), set off by blank lines as headings are,
 * and often printed twice (title and h1). */
static size_t
pick(newsclean_td_ctx *c, size_t s, size_t e, bool record, bool into_core)
{
    size_t lo = s > NEWSCLEAN_TD_HEAD_WINDOW ? s - NEWSCLEAN_TD_HEAD_WINDOW : 0, best = SIZE_MAX;
    /* A question or exclamation headline can open the core itself. */
    size_t hi = s;
    while (hi < e && hi < s + 2 && c->ln[hi].cls != NEWSCLEAN_TD_PROSE)
        hi++;
    /* The record's headline may also stand a little way into the core, when the core
     * opens with a login prompt or a notice: up to the first full paragraph. */
    size_t top = hi;
    for (size_t k = s; into_core && k < e && k < s + RECORD_INTO_CORE; k++) {
        if (c->ln[k].cls == NEWSCLEAN_TD_PROSE && c->ln[k].weff >= 40)
            break;
        top = k > top ? k : top;
    }
    double best_score = 0;
    newsclean_td_topic t;
    /* The words an opening line shares with the text are counted without its own. */
    size_t ts = s == 0 && e > 0 && opening_title(c, 0) ? 1 : s;
    newsclean_td_topic_build(c, ts, e < ts + 8 ? e : ts + 8, &t);
    size_t between = 0; /* title-like or text lines between the candidate and the core */
    for (size_t i = top + 1; i-- > lo;) {
        newsclean_td_line *l = &c->ln[i];
        bool opening = opening_title(c, i) || marked_title(c, i);
        bool over_meta = record && over_meta_line(c, i) && !name_like(l);
        if ((i > hi && !over_meta) || person_picture(c, i))
            continue;
        if ((!opening && !over_meta &&
             ((l->cls == NEWSCLEAN_TD_PROSE && !(record && question_title(c, i))) ||
              !title_like(c, i))) ||
            l->role != NEWSCLEAN_TD_ROLE_NONE || l->kind == NEWSCLEAN_TD_K_BYLINE ||
            newsclean_td_has_date(c, i)) {
            if (i < s && l->cls != NEWSCLEAN_TD_NOISE && l->kind != NEWSCLEAN_TD_K_BYLINE &&
                l->weff > 2)
                between++;
            continue;
        }
        /* A question opening the core is counted against the lines under it: the core's
         * opening lines hold its own words. */
        bool question = l->cls == NEWSCLEAN_TD_PROSE && !opening && !over_meta;
        newsclean_td_topic under;
        const newsclean_td_topic *against = &t;
        if (question && i >= s) {
            newsclean_td_topic_build(c, i + 1, e < i + 9 ? e : i + 9, &under);
            against = &under;
        }
        size_t words, hits = topic_hits(c, i, against, 1, &words);
        double ov = words ? (double)hits / (double)words : 0.0;
        /* A notice or a site's motto opens some dumps too: it shares few words with the
         * article under it. */
        if (opening && !(title_like(c, i) && l->cls != NEWSCLEAN_TD_PROSE) && ov < 0.2)
            continue;
        /* One or two words: only right above the text and wholly about it. */
        if (l->weff < 3 &&
            (newsclean_td_topic_overlap(c, i, &t, 2) < 1.0 || between > 0 || !l->gapb || !l->gapa))
            continue;
        /* For the record's headline, the share is counted with one word more: two words
         * of two, a caption's name or a subheading's, say less about the article than
         * six of eight in a headline above them. A heading the dump's markup marks keeps
         * the plain share, the markup saying what it is; so does the layout pick, so the
         * body's bounds do not move with it. */
        double share = record && c->b->v[l->bi].kind != NEWSCLEAN_BLOCK_HEADING
                           ? (double)hits / (double)(words + 1)
                           : ov;
        double sc = 10.0 + 12.0 * share - (double)between * 0.7;
        if (l->gapb && l->gapa)
            sc += 2;
        /* A heading, where the dump's markup or layout shows one; h1 most of all. */
        const newsclean_block *blk = &c->b->v[l->bi];
        if (blk->kind == NEWSCLEAN_BLOCK_HEADING)
            sc += blk->level == 1 ? HEADING_H1_BONUS : HEADING_BONUS;
        if (l->weff >= 4)
            sc += 2;
        /* Title and h1 printed one after the other. */
        if ((i > 0 && same_title(c, i - 1, i)) || (i + 1 < c->n && same_title(c, i, i + 1)) ||
            (i > 1 && same_title(c, i - 2, i)) || (i + 2 < c->n && same_title(c, i, i + 2)))
            sc += 6;
        else if (record && trail_ends_with(c, i))
            sc += 6; /* named again at the end of a trail of links, as much as twice */
        /* A date or byline right next to it. */
        for (size_t j = i > 3 ? i - 3 : 0; j < i + 4 && j < c->n; j++) {
            if (j != i && (c->ln[j].kind == NEWSCLEAN_TD_K_BYLINE ||
                           c->ln[j].kind == NEWSCLEAN_TD_K_PUBLISHED ||
                           (c->ln[j].cls != NEWSCLEAN_TD_PROSE && newsclean_td_has_date(c, j)))) {
                sc += 3;
                break;
            }
        }
        if (over_meta)
            sc += OVER_META_BONUS;
        if (sc > best_score) {
            best_score = sc;
            best = i;
        }
        if (i < s)
            between++;
    }
    return best;
}

size_t
newsclean_td_pick_headline(newsclean_td_ctx *c, size_t s, size_t e)
{
    return pick(c, s, e, false, false);
}

/* Words a headline opening the core may run to: past it the line reads as prose. */
#define CORE_TITLE_MAX_WORDS 25

/* The core's first line worded as a title (no full stop, colon or semicolon at its end,
 * not a link, a date or a phrase the rules know, not starting in lower case), with the
 * byline, the author's name or the date under it, or the date right above it: a long
 * headline or one asking a question reads as prose to the core search, which then
 * starts the core with it. A line so worded over running text alone is as often the
 * article's first subheading or a question opening its text. */
static bool
core_opens_with_title(newsclean_td_ctx *c, size_t s, size_t e)
{
    if (s >= e || s + 1 >= c->n)
        return false;
    const newsclean_td_line *l = &c->ln[s], *n = &c->ln[s + 1];
    if (l->cls == NEWSCLEAN_TD_NOISE || l->linky || l->why || l->period || l->lower ||
        l->kind != NEWSCLEAN_TD_K_NONE || l->role != NEWSCLEAN_TD_ROLE_NONE || l->weff < 4 ||
        l->weff > CORE_TITLE_MAX_WORDS || newsclean_td_has_date(c, s))
        return false;
    const newsclean_td_line *p = s > 0 ? &c->ln[s - 1] : NULL;
    return meta_line_at(c, s + 1) || name_like(n) ||
           (p && p->cls != NEWSCLEAN_TD_PROSE && newsclean_td_has_date(c, s - 1));
}

/* The record's headline weighs one more shape than the layout pick: the title right over
 * the byline or date, which a subheading, a menu line or a teaser title above the core
 * can outscore. It is kept apart from the pick so the body's bounds do not move with it. */
static size_t
record_pick(newsclean_td_ctx *c, size_t h, size_t s, size_t e)
{
    size_t r = pick(c, s, e, true, false);
    /* A core that opens with a title-shaped line over its byline, date or first paragraph
     * opens with the headline, when no title over a byline stands above it. */
    if ((r == SIZE_MAX || !over_meta_line(c, r)) && core_opens_with_title(c, s, e))
        return s;
    /* Into the core only when no title over a byline or date stands above it. */
    if (r == SIZE_MAX || !over_meta_line(c, r)) {
        size_t in = pick(c, s, e, true, true);
        if (in != SIZE_MAX && over_meta_line(c, in))
            r = in;
    }
    if (r == SIZE_MAX)
        return h;
    if (h == SIZE_MAX || r <= h || r > h + 3)
        return r;
    /* The pick printed twice in a row (title and h1) is the title; what stands under it
     * is its subtitle. */
    if ((h + 1 < c->n && same_title(c, h, h + 1)) || (h > 0 && same_title(c, h - 1, h)))
        return h;
    if (r > h + 2 || c->ln[r].weff <= c->ln[h].weff)
        return r;
    /* A pick of a few words over a longer title is a label set over the headline (the
     * site's or section's name, a button, a kicker in capitals) as often as a title: the
     * longer line is the headline. */
    if (c->ln[h].weff <= LABEL_PICK_WORDS)
        return r;
    /* The longer line named again at the end of the trail of links above ("Home »
     * Section » Title"), over the byline or date, is the title the trail names: the pick
     * over it is a caption's credit or a section's name. */
    if (over_meta_line(c, r) && trail_ends_with(c, r) && !trail_ends_with(c, h))
        return r;
    /* A longer line just under a longer pick that is about the article, over the byline,
     * is its standfirst (or the headline again with a kicker run into it): the pick stays.
     * A shorter one is the headline under its kicker; under a pick about something else
     * (a motto, a login prompt) it is the headline. */
    newsclean_td_topic t;
    newsclean_td_topic_build(c, s, e < s + 8 ? e : s + 8, &t);
    return newsclean_td_topic_overlap(c, h, &t, 1) >= 0.5 ? h : r;
}

/* No arrow, guillemet or pipe of a link to the previous post or of a trail of links, no
 * bracket of a picture's text as a dump prints it, no copyright sign of its credit. */
static bool
plain_title(const newsclean_td_ctx *c, size_t i)
{
    const unsigned char *x = (const unsigned char *)newsclean_td_text(c, i);
    size_t n = newsclean_td_len(c, i);
    for (size_t k = 0; k < n; k++) {
        if (x[k] == '|' || x[k] == '>' || x[k] == '<' || x[k] == '[' || x[k] == ']')
            return false;
        if (k + 1 < n && x[k] == 0xC2 && x[k + 1] == 0xA9) /* © */
            return false;
        /* U+00AB, U+00BB and the arrows U+2190..U+21BF */
        if (k + 1 < n && ((x[k] == 0xC2 && (x[k + 1] == 0xAB || x[k + 1] == 0xBB)) ||
                          (x[k] == 0xE2 && x[k + 1] == 0x86)))
            return false;
    }
    return true;
}

/* Where a blog names its feeds after the site, lynx's list of the page's <link rel>
 * targets gives the post's title: "Site » Feed Site » Comments Feed Site » Title Comments
 * Feed", in the site's language. The site's name is what the first two feeds' titles end
 * with; the second's label ("Comments Feed") then closes the title after the third
 * guillemet. The titles after it are the next and previous posts'. Sets *at and *len to
 * the title in rel; false if the list is not so shaped. */
static bool
rel_title(const char *r, size_t n, size_t *at, size_t *len)
{
    static const char sep[] = " \xC2\xBB ";
    size_t m = sizeof sep - 1, s[3], k = 0;
    for (size_t i = 0, f = 0; f < 3; i = s[f - 1] + m) {
        const char *p = i < n ? strstr(r + i, sep) : NULL;
        if (!p)
            return false;
        s[f++] = (size_t)(p - r);
    }
    size_t a = s[1] - s[0] - m, b = s[2] - s[1] - m; /* the first two feeds' titles */
    while (k < a && k < b && r[s[1] - 1 - k] == r[s[2] - 1 - k])
        k++;
    while (k > 0 && (k > a || k >= b || r[s[1] - 1 - k] != ' ' || r[s[2] - 1 - k] != ' '))
        k--;
    if (k == 0)
        return false;
    const char *label = r + s[1] + m;
    size_t ln = b - k - 1;
    for (size_t i = s[2] + m + 1; i + ln < n; i++) {
        if (r[i] == ' ' && memcmp(r + i + 1, label, ln) == 0 &&
            (i + 1 + ln == n || r[i + 1 + ln] == ' ')) {
            *at = s[2] + m;
            *len = i - *at;
            return true;
        }
    }
    return false;
}

/* The first line of the dump that is the title lynx's list of <link rel> targets gives
 * the page (see rel_title()), SIZE_MAX if none: the page's own markup saying which of its
 * title-shaped lines is the headline. The post's title may be a shorter form of the one
 * the page prints: a line that opens with it and reads as a title is the headline too. */
static size_t
rel_named(const newsclean_td_ctx *c)
{
    size_t at, len;
    if (!c->rel || !rel_title(c->rel, c->rel_len, &at, &len))
        return SIZE_MAX;
    for (size_t i = 0; i < c->n; i++) {
        const newsclean_td_line *l = &c->ln[i];
        size_t n = newsclean_td_len(c, i);
        const char *t = newsclean_td_text(c, i);
        if (n < len || l->linky || memcmp(t, c->rel + at, len) != 0)
            continue;
        if (n == len || (t[len] == ' ' && l->cls != NEWSCLEAN_TD_PROSE && !l->period))
            return i;
    }
    return SIZE_MAX;
}

/* Fewest words of a title over the pick for it to be the headline over a subtitle. */
#define OVER_SUBTITLE_WORDS 5

size_t
newsclean_td_record_headline(newsclean_td_ctx *c, size_t h, size_t s, size_t e)
{
    size_t named = rel_named(c);
    if (named != SIZE_MAX)
        return named;
    size_t r = record_pick(c, h, s, e);
    if (r == SIZE_MAX || r == 0)
        return r;
    /* A title-shaped pick right under a longer title is that headline's subtitle (a
     * kicker or a section's name over a headline is shorter than it): the page prints
     * its headline, then a second title-worded line that sums it up. */
    const newsclean_td_line *u = &c->ln[r - 1], *l = &c->ln[r];
    if (title_like(c, r - 1) && u->cls != NEWSCLEAN_TD_PROSE && u->kind == NEWSCLEAN_TD_K_NONE &&
        u->role == NEWSCLEAN_TD_ROLE_NONE && !newsclean_td_has_date(c, r - 1) &&
        u->weff >= OVER_SUBTITLE_WORDS && u->weff > l->weff && !same_title(c, r - 1, r) &&
        plain_title(c, r - 1)) {
        /* ... and about the article: a teaser or a motto over the headline is not. */
        newsclean_td_topic t;
        newsclean_td_topic_build(c, s, e < s + 8 ? e : s + 8, &t);
        double up = newsclean_td_topic_overlap(c, r - 1, &t, 1);
        if (up >= 0.5 || up >= newsclean_td_topic_overlap(c, r, &t, 1))
            return r - 1;
    }
    return r;
}

/* Fewest words left of a headline once a kicker is taken off its front. */
#define KICKER_REST_WORDS 3

/* Does the character ending at s[n - 1] belong to a word? Of the others, the signs of
 * U+0080..U+00BF (guillemets, middle dot) and of U+2000..U+2FFF (dashes, arrows, bullets)
 * are a trail's separators; letters of other scripts count. */
static bool
word_char_before(const char *s, size_t n)
{
    uint32_t cp = newsclean_utf8_before(s, n, n, NULL);
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    return cp > 0xBF && !(cp >= 0x2000 && cp <= 0x2FFF);
}

/* Lines either side of the headline searched for the same title without what a dump ran
 * into its front. */
#define RUN_IN_REACH 4

/* The headline line with a breadcrumb, a section name or a kicker run into its front
 * ("Home » Section » Title", "Section Title"), where the title also stands alone on a
 * line close by: that line, which is the title as the page prints it. Only the text
 * written as the headline changes; which lines leave the body does not. */
static size_t
run_in_title(const newsclean_td_ctx *c, size_t r)
{
    size_t lo = r > RUN_IN_REACH ? r - RUN_IN_REACH : 0;
    for (size_t j = lo; j < c->n && j <= r + RUN_IN_REACH; j++) {
        const char *b = newsclean_td_text(c, j);
        unsigned char p;
        size_t nb = newsclean_td_len(c, j);
        if (j == r || nb < 4 || !title_like(c, j) || c->ln[j].kind != NEWSCLEAN_TD_K_NONE ||
            !line_ends_with(c, r, j, &p))
            continue;
        /* A word or two that end the headline's own sentence ("... to Protecting
         * Climate" near a section named "Climate") are not a title run into a front:
         * a trail sets its last link off by a separator ("Home » Climate"). */
        size_t na = newsclean_td_len(c, r);
        if (p == ' ' && na >= nb + 2 && newsclean_headline_words(b, nb) < KICKER_REST_WORDS &&
            nb * 2 < na && word_char_before(newsclean_td_text(c, r), na - nb - 1))
            continue;
        /* The front ends a word of its own: "SectionTitle" run together counts too
         * when the title starts with a capital after a lower-case letter. */
        if (p == ' ' || p == '\t' || p == ':' ||
            (p >= 'a' && p <= 'z' && b[0] >= 'A' && b[0] <= 'Z'))
            return j;
    }
    return r;
}

/* Does t[0..n) open with the kicker k[0..kn) and a blank, with a headline's words after? */
static size_t
opens_with(const char *t, size_t n, const char *k, size_t kn)
{
    if (kn < 3 || kn + 1 >= n || memcmp(t, k, kn) != 0 || t[kn] != ' ' ||
        newsclean_headline_words(t + kn + 1, n - kn - 1) < KICKER_REST_WORDS)
        return 0;
    return kn + 1;
}

/* Words before a colon within which the rest of a headline sets off a kicker of its own. */
#define OWN_KICKER_WORDS 4

/* Does the rest of a headline after a nearby line's kicker go on to a colon of its own
 * within a few words ("Kicker in Town: Headline" beside "Kicker: Other words")? Then the
 * headline's kicker is the longer one and already set apart: cutting the nearby line's
 * would leave "in Town: Headline". */
static bool
own_kicker(const char *t, size_t n)
{
    const char *colon = memchr(t, ':', n);
    return colon && colon + 1 < t + n && colon[1] == ' ' &&
           newsclean_headline_words(t, (size_t)(colon - t)) <= OWN_KICKER_WORDS;
}

/* Bytes of a kicker run into the front of the headline line w ("Kicker Headline"), where
 * a line close by sets the same words apart from the headline as the page's <title> or
 * teaser does ("Kicker: Shorter headline", "Headline - Kicker"): the markup joined the
 * kicker's span and the heading, the other line shows where one ends. 0 if none. */
static size_t
kicker_run_in(const newsclean_td_ctx *c, size_t w, const char *t, size_t n)
{
    size_t lo = w > RUN_IN_REACH ? w - RUN_IN_REACH : 0;
    for (size_t j = lo; j < c->n && j <= w + RUN_IN_REACH; j++) {
        const char *b = newsclean_td_text(c, j);
        size_t nb = newsclean_td_len(c, j);
        if (j == w || nb < 4)
            continue;
        /* "Kicker: ..." */
        const char *colon = memchr(b, ':', nb);
        size_t got;
        if (colon && colon + 1 < b + nb && colon[1] == ' ' &&
            (got = opens_with(t, n, b, (size_t)(colon - b))) != 0 && !own_kicker(t + got, n - got))
            return got;
        /* "... - Kicker" */
        size_t cut = suffix_len(b, nb);
        if (cut) {
            size_t k = newsclean_headline_separator_at(b + nb - cut);
            if (k && (got = opens_with(t, n, b + nb - cut + k, cut - k)) != 0)
                return got;
        }
    }
    return 0;
}

/* Write line r as the headline (without a site suffix) and mark its copies and those of
 * the layout pick h, if any, for the body to leave out. */
bool
newsclean_td_set_headline(newsclean_td_ctx *c, size_t h, size_t r, size_t s)
{
    size_t w = run_in_title(c, r);
    const char *t = newsclean_td_text(c, w);
    size_t n = newsclean_td_len(c, w);
    size_t kick = kicker_run_in(c, w, t, n);
    t += kick;
    n -= kick;
    size_t cut = suffix_len(t, n);
    if (cut && !subtitle_tail(t + n - cut, cut))
        n -= cut;
    if (!newsclean_meta_set(&c->meta->headline, t, n))
        return false;
    size_t lo = s > NEWSCLEAN_TD_HEAD_WINDOW ? s - NEWSCLEAN_TD_HEAD_WINDOW : 0;
    for (size_t i = lo; i < c->n && i <= s + 2; i++) {
        if (i == r || same_title(c, r, i) || (h != SIZE_MAX && (i == h || same_title(c, h, i))))
            c->ln[i].role = NEWSCLEAN_TD_ROLE_HEADLINE;
    }
    /* The time since publication under it ("vor 12 Minuten", "2 hours ago") is the
     * page's date line, which the date reader cannot parse: it leaves the body as a
     * printed date does. A separator or a lone word may stand between. */
    for (size_t k = r + 1; k < c->n && k <= r + 2; k++) {
        if (c->ln[k].role == NEWSCLEAN_TD_ROLE_NONE && newsclean_td_relative_time(c, k)) {
            c->ln[k].role = NEWSCLEAN_TD_ROLE_DATE;
            break;
        }
        if (c->ln[k].weff > 1)
            break;
    }
    return true;
}

/* Trim a byline line to the names as an HTML page's byline is (byline.h): the cue, the
 * date and what follows it, a handle or a role after a separator. */
static bool
set_byline(newsclean_td_ctx *c, size_t i)
{
    char *t = newsclean_strndup(newsclean_td_text(c, i), newsclean_td_len(c, i));
    if (!t)
        return false;
    size_t n = newsclean_byline_trim(c->dates, t, newsclean_td_len(c, i));
    bool ok =
        n == 0 || !newsclean_byline_is_name(t, n) || newsclean_meta_set(&c->meta->byline, t, n);
    free(t);
    return ok;
}

/* Bytes of a paragraph's start searched for a lead dateline: the date and a place name. */
#define LEAD_DATELINE_BYTES 60

/* Words of a place name a lead dateline may open with ("Berlin, (25.10.2022).",
 * "NEW YORK - 3 May 2021 -"). */
#define LEAD_PLACE_WORDS 3

/* Is t[0..n) nothing but blanks and brackets, or a place name of capitalised words ended
 * by a comma or a dash (then blanks and brackets)? */
static bool
place_before(const char *t, size_t n)
{
    while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '('))
        n--;
    if (n == 0)
        return true;
    if (t[n - 1] == ',' || t[n - 1] == '-')
        n--;
    else if (n >= 3 && !memcmp(t + n - 3, "\xE2\x80\x93", 3)) /* en dash */
        n -= 3;
    else
        return false;
    while (n > 0 && t[n - 1] == ' ')
        n--;
    size_t words = 0, i = 0;
    while (i < n) {
        while (i < n && t[i] == ' ')
            i++;
        if (i == n)
            break;
        unsigned char ch = (unsigned char)t[i];
        if (!((ch >= 'A' && ch <= 'Z') || ch >= 0x80) || ++words > LEAD_PLACE_WORDS)
            return false;
        while (i < n && t[i] != ' ') {
            if (t[i] >= '0' && t[i] <= '9')
                return false;
            i++;
        }
    }
    return words > 0;
}

/* A paragraph under the headline that opens with its date: a lead dateline ("27.1.2022 -
 * Bei der ...", "31. Oktober 2023. Dragqueens sind ...") or a byline row the dump ran into
 * the text ("19.10.2019, 15:30 UhrAm 8. Spieltag ..."). A date inside the sentence is
 * what the text speaks of, not when it was written. */
static bool
lead_dateline(const newsclean_td_ctx *c, const newsclean_block *blk, char out[NEWSCLEAN_DATE_MAX])
{
    size_t n = blk->len < LEAD_DATELINE_BYTES ? blk->len : LEAD_DATELINE_BYTES;
    size_t ds = 0, dl = 0;
    if (!c->dates || !newsclean_date_find_in_text(c->dates, blk->text, n, out, &ds, &dl))
        return false;
    if (!place_before(blk->text, ds) || ds + dl >= blk->len)
        return false;
    /* The date ends before the sentence begins: a dash, a stop, a colon, a bracket or a
     * comma, or a capital run into it. */
    unsigned char next = (unsigned char)blk->text[ds + dl];
    return next == '-' || next == '.' || next == ':' || next == ')' || next == ',' || next == ' ' ||
           next >= 0x80 || (next >= 'A' && next <= 'Z');
}

/* Longest sentence read for "This entry was posted on ..." and its kin. */
#define POSTED_SENTENCE_CHARS 400
/* Bytes before the date its label may stand in ("posted on "), and after it the verb
 * ("... um 15:21 Uhr veröffentlicht"): a label further off labels something else. */
#define POSTED_LABEL_BEFORE 16
#define POSTED_LABEL_REACH 40

/* A blog's footer sentence about its post: "This entry was posted on 3 May 2011 at 10:15
 * and is filed under ...", "Dieser Beitrag wurde am 3. Mai 2011 um 10:15 Uhr
 * veröffentlicht und ...": the date with a publication label just before it or a
 * publication verb just after it. */
static bool
posted_sentence(const newsclean_td_ctx *c, const newsclean_block *blk, char out[NEWSCLEAN_DATE_MAX])
{
    size_t ds = 0, dl = 0;
    if (!newsclean_date_find_in_text(c->dates, blk->text, blk->len, out, &ds, &dl))
        return false;
    size_t a = ds > POSTED_LABEL_BEFORE ? ds - POSTED_LABEL_BEFORE : 0;
    size_t e = ds + dl + POSTED_LABEL_REACH < blk->len ? ds + dl + POSTED_LABEL_REACH : blk->len;
    return newsclean_date_label_in(c->dates, blk->text + a, ds - a) ||
           newsclean_date_verb_in(c->dates, blk->text + ds + dl, e - ds - dl);
}

/* Bytes of a line read for the page's date order; a date stands near a line's start. */
#define ORDER_READ_BYTES 400

static bool
dgt(char ch)
{
    return ch >= '0' && ch <= '9';
}

static int
two_digits(const char *s)
{
    return (s[0] - '0') * 10 + (s[1] - '0');
}

/* Votes for the day or the month first from the numeric dates in s[0..n) that can be read
 * one way only: "25/12/2019" (a part over 12) or "25.12.2019" (dots are written day
 * first). */
static void
numeric_votes(const char *s, size_t n, unsigned *day, unsigned *month)
{
    for (size_t i = 0; i + 10 <= n; i++) {
        if ((i > 0 && (dgt(s[i - 1]) || s[i - 1] == '/' || s[i - 1] == '.')) || !dgt(s[i]) ||
            !dgt(s[i + 1]) || !dgt(s[i + 3]) || !dgt(s[i + 4]) || s[i + 2] != s[i + 5] ||
            !dgt(s[i + 6]) || !dgt(s[i + 7]) || !dgt(s[i + 8]) || !dgt(s[i + 9]) ||
            (i + 10 < n && dgt(s[i + 10])))
            continue;
        int a = two_digits(s + i), b = two_digits(s + i + 3);
        char sep = s[i + 2];
        if (sep == '.' && a >= 1 && a <= 31 && b >= 1 && b <= 12)
            (*day)++;
        else if ((sep == '/' || sep == '-') && a > 12 && a <= 31 && b >= 1 && b <= 12)
            (*day)++;
        else if ((sep == '/' || sep == '-') && b > 12 && b <= 31 && a >= 1 && a <= 12)
            (*month)++;
    }
}

/* A vote from a date written with the month's name, found at s[ds..ds+dl) and read as
 * 'iso': a day number followed by a word ("2 novembre 2023", "23. Januar 2020") is day
 * first, one followed by a comma or the year ("August 6, 2020", "October 18th, 2020")
 * month first. */
static void
named_vote(const char *s, size_t ds, size_t dl, const char *iso, unsigned *day, unsigned *month)
{
    int d = (iso[8] - '0') * 10 + (iso[9] - '0');
    for (size_t k = ds; k < ds + dl; k++) {
        if (!dgt(s[k]) || (k > ds && dgt(s[k - 1])))
            continue;
        size_t e = k, v = 0;
        while (e < ds + dl && dgt(s[e]))
            v = v * 10 + (size_t)(s[e++] - '0');
        if (e - k > 2 || v != (size_t)d)
            continue;
        /* An ordinal's ending is part of the number. */
        if (e + 2 <= ds + dl && (!strncmp(s + e, "st", 2) || !strncmp(s + e, "nd", 2) ||
                                 !strncmp(s + e, "rd", 2) || !strncmp(s + e, "th", 2)))
            e += 2;
        while (e < ds + dl && (s[e] == '.' || s[e] == ' '))
            e++;
        bool name_before = false;
        for (size_t j = ds; j < k && !name_before; j++)
            name_before = (unsigned char)s[j] >= 'A';
        if (e >= ds + dl)
            return;
        if (name_before && (dgt(s[e]) || s[e] == ','))
            (*month)++;
        else if ((unsigned char)s[e] >= 'A')
            (*day)++;
        return;
    }
}

/* The order this page writes numeric dates in, from its dates that cannot be read two
 * ways; unknown when they do not say or disagree. Asked once per dump. */
static unsigned char
date_order(newsclean_td_ctx *c)
{
    if (c->date_order != NEWSCLEAN_TD_ORDER_UNASKED)
        return c->date_order;
    unsigned day = 0, month = 0;
    for (size_t i = 0; c->dates && i < c->n; i++) {
        const char *s = newsclean_td_text(c, i);
        size_t n = newsclean_td_len(c, i);
        n = n < ORDER_READ_BYTES ? n : ORDER_READ_BYTES;
        numeric_votes(s, n, &day, &month);
        char iso[NEWSCLEAN_DATE_MAX];
        size_t ds = 0, dl = 0;
        if (newsclean_date_find_in_text(c->dates, s, n, iso, &ds, &dl))
            named_vote(s, ds, dl, iso, &day, &month);
    }
    c->date_order = day > month   ? NEWSCLEAN_TD_ORDER_DAY_FIRST
                    : month > day ? NEWSCLEAN_TD_ORDER_MONTH_FIRST
                                  : NEWSCLEAN_TD_ORDER_UNKNOWN;
    return c->date_order;
}

/* The date in a line, as newsclean_date_find_in_text reads it; failing that, a numeric
 * date that reads two ways ("06/05/2020") in the order the page's other dates show, put
 * in the year-first form in the same bytes so that its span stays. */
static bool
find_date(newsclean_td_ctx *c, const char *s, size_t n, char out[NEWSCLEAN_DATE_MAX], size_t *ds,
          size_t *dl)
{
    if (!c->dates)
        return false;
    if (newsclean_date_find_in_text(c->dates, s, n, out, ds, dl))
        return true;
    size_t i = 0;
    for (; i + 10 <= n; i++) {
        if ((i == 0 || !dgt(s[i - 1])) && dgt(s[i]) && dgt(s[i + 1]) &&
            (s[i + 2] == '/' || s[i + 2] == '-') && s[i + 2] == s[i + 5] && dgt(s[i + 3]) &&
            dgt(s[i + 4]) && dgt(s[i + 6]) && dgt(s[i + 7]) && dgt(s[i + 8]) && dgt(s[i + 9]) &&
            (i + 10 == n || !dgt(s[i + 10])))
            break;
    }
    if (i + 10 > n)
        return false;
    int a = two_digits(s + i), b = two_digits(s + i + 3);
    if (a < 1 || b < 1 || a > 12 || b > 12 || a == b)
        return false;
    unsigned char order = date_order(c);
    if (order != NEWSCLEAN_TD_ORDER_DAY_FIRST && order != NEWSCLEAN_TD_ORDER_MONTH_FIRST)
        return false;
    char *t = newsclean_strndup(s, n);
    if (!t)
        return false;
    const char *day = order == NEWSCLEAN_TD_ORDER_DAY_FIRST ? s + i : s + i + 3;
    const char *mon = order == NEWSCLEAN_TD_ORDER_DAY_FIRST ? s + i + 3 : s + i;
    memcpy(t + i, s + i + 6, 4);
    t[i + 4] = '-';
    memcpy(t + i + 5, mon, 2);
    t[i + 7] = '-';
    memcpy(t + i + 8, day, 2);
    bool ok = newsclean_date_find_in_text(c->dates, t, n, out, ds, dl);
    free(t);
    return ok;
}

/* Date, byline: look at the short lines around the headline and the core's start. */
bool
newsclean_td_find_meta(newsclean_td_ctx *c, size_t h, size_t s, size_t e)
{
    size_t anchor = h != SIZE_MAX ? h : s;
    size_t lo = anchor > 6 ? anchor - 6 : 0;
    size_t hi = s + 3 < c->n ? s + 3 : c->n;
    if (hi < anchor + 8 && anchor + 8 <= c->n)
        hi = anchor + 8;
    size_t pub = SIZE_MAX, plain = SIZE_MAX, upd = SIZE_MAX;
    char pubv[NEWSCLEAN_DATE_MAX], plainv[NEWSCLEAN_DATE_MAX], updv[NEWSCLEAN_DATE_MAX];
    size_t lead = SIZE_MAX;
    char leadv[NEWSCLEAN_DATE_MAX];
    for (size_t i = lo; i < hi; i++) {
        newsclean_td_line *l = &c->ln[i];
        const newsclean_block *blk = &c->b->v[l->bi];
        if (l->role != NEWSCLEAN_TD_ROLE_NONE)
            continue;
        if (blk->chars > NEWSCLEAN_DATE_LINE_CHARS || l->cls == NEWSCLEAN_TD_PROSE) {
            if (lead == SIZE_MAX && h != SIZE_MAX && i > h && i <= s + 1 &&
                lead_dateline(c, blk, leadv))
                lead = i;
            continue;
        }
        char d[NEWSCLEAN_DATE_MAX];
        size_t ds = 0, dl = 0;
        bool has_date = find_date(c, blk->text, blk->len, d, &ds, &dl);
        if (l->kind == NEWSCLEAN_TD_K_BYLINE && c->meta->byline == NULL) {
            if (!set_byline(c, i))
                return false;
            l->role = NEWSCLEAN_TD_ROLE_BYLINE;
        }
        if (!has_date)
            continue;
        /* A date with a few words around it is a date line, and so is one that opens the
         * line or follows its label, whatever metadata follows ("2 May 2020 · Jane Doe ·
         * 3 comments", "Posted: 2 May 2020 | Author: Jane Doe | Filed under: ...");
         * a date inside more text is part of a sentence. */
        size_t others = newsclean_words_outside(blk->text, blk->len, ds, dl);
        if (l->role == NEWSCLEAN_TD_ROLE_NONE && others > 8 && !(ds == 0 && others <= 16) &&
            !(newsclean_words_before(blk->text, ds) <= 2 && others <= 24 &&
              newsclean_date_label_in(c->dates, blk->text, ds)))
            continue;
        if (l->role == NEWSCLEAN_TD_ROLE_NONE)
            l->role = NEWSCLEAN_TD_ROLE_DATE;
        if (l->kind == NEWSCLEAN_TD_K_UPDATED) {
            if (upd == SIZE_MAX) {
                upd = i;
                memcpy(updv, d, sizeof d);
            }
        } else if (l->kind == NEWSCLEAN_TD_K_PUBLISHED) {
            if (pub == SIZE_MAX) {
                pub = i;
                memcpy(pubv, d, sizeof d);
            }
        } else if (plain == SIZE_MAX || (plain < anchor && i > anchor)) {
            /* Nearest the headline: a date under it beats one in the masthead. */
            if (plain == SIZE_MAX || i - anchor < anchor - plain) {
                plain = i;
                memcpy(plainv, d, sizeof d);
            }
        }
    }
    /* Nothing near the headline: a date the page labels as its publication or update
     * time ("Published: ...", "Stand: ...") may stand anywhere, in a sidebar or under the
     * text; failing that, a line that is only a date between the header and the text's
     * end. Only one date of a kind is taken: a page with several (a forum thread, a list
     * of dated teasers) does not say which is its own. */
    if (pub == SIZE_MAX && plain == SIZE_MAX && upd == SIZE_MAX && c->dates && h != SIZE_MAX) {
        size_t end = e + 3 < c->n ? e + 3 : c->n;
        size_t from = anchor > NEWSCLEAN_TD_HEAD_WINDOW ? anchor - NEWSCLEAN_TD_HEAD_WINDOW : 0;
        bool cued_many = false, alone_many = false;
        for (size_t i = 0; i < c->n; i++) {
            newsclean_td_line *l = &c->ln[i];
            const newsclean_block *blk = &c->b->v[l->bi];
            /* A "last updated" footer under the text is a documentation page's stamp, not
             * an article's time. */
            bool cued = l->kind == NEWSCLEAN_TD_K_PUBLISHED ||
                        (l->kind == NEWSCLEAN_TD_K_UPDATED && i <= e);
            bool alone = !cued && i >= from && i < end && l->cls == NEWSCLEAN_TD_SHORT &&
                         newsclean_date_line(c->dates, blk);
            if (l->role != NEWSCLEAN_TD_ROLE_NONE)
                continue;
            char d[NEWSCLEAN_DATE_MAX];
            if (!cued && !alone && blk->chars <= POSTED_SENTENCE_CHARS &&
                posted_sentence(c, blk, d)) {
                cued = true;
            } else if ((!cued && !alone) || blk->chars > NEWSCLEAN_DATE_LINE_CHARS ||
                       !find_date(c, blk->text, blk->len, d, &(size_t){0}, &(size_t){0})) {
                continue;
            }
            size_t *at = cued ? &pub : &plain;
            char *v = cued ? pubv : plainv;
            bool *many = cued ? &cued_many : &alone_many;
            if (*at == SIZE_MAX) {
                *at = i;
                memcpy(v, d, sizeof d);
            } else if (strncmp(v, d, 10) != 0) {
                *many = true;
            }
        }
        if (cued_many)
            pub = SIZE_MAX;
        if (alone_many)
            plain = SIZE_MAX;
    }
    const char *ts = pub != SIZE_MAX                       ? pubv
                     : plain != SIZE_MAX                   ? plainv
                     : lead != SIZE_MAX && upd == SIZE_MAX ? leadv
                                                           : NULL;
    if (ts && !newsclean_meta_set(&c->meta->timestamp, ts, strlen(ts)))
        return false;
    if (upd != SIZE_MAX && !newsclean_meta_set(&c->meta->modified, updv, strlen(updv)))
        return false;
    /* A page that only says when it was updated: that is still the best time we have. */
    if (!ts && upd != SIZE_MAX && !newsclean_meta_set(&c->meta->timestamp, updv, strlen(updv)))
        return false;
    return true;
}
