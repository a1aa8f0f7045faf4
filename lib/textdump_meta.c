/* textdump_meta.c: headline, publication time and byline of a text dump, read from the
 * short lines just above the article's core; and the topic words that tell which of
 * those lines is about the article. */
#include "textdump_int.h"

#include <stdlib.h>
#include <string.h>

#include "textutil.h"
#include "buf.h"
#include "byline.h"
#include "dateline.h"
#include "headline.h"

/* What a heading mark adds to a headline candidate's score (see pick_headline), about
 * what printing the title twice adds. */
#define HEADING_BONUS 3.0
#define HEADING_H1_BONUS 6.0

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

/* Share of a line's content words that the topic holds at least 'min' times. */
double
newsclean_td_topic_overlap(const newsclean_td_ctx *c, size_t i, const newsclean_td_topic *t,
                           unsigned min)
{
    const unsigned char *x = (const unsigned char *)newsclean_td_text(c, i);
    size_t n = newsclean_td_len(c, i), k = 0, words = 0, hits = 0;
    while (k < n) {
        size_t st = k;
        while (k < n && x[k] != ' ')
            k++;
        uint64_t h;
        if (newsclean_td_word_hash(c, x + st, k - st, &h)) {
            words++;
            hits += topic_has(t, h) >= min;
        }
        k++;
    }
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
title_like(const newsclean_td_line *l)
{
    if (l->cls == NEWSCLEAN_TD_NOISE || l->linky || l->why || l->period || l->lower)
        return false;
    return l->weff >= 1 && l->weff <= 25;
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

/* Byte length of a " - Site" / " | Site" suffix to drop from a title, 0 if none: the
 * same cut as an HTML page's <title> gets (headline.h), with no site name known. */
static size_t
suffix_len(const char *s, size_t n)
{
    size_t start;
    size_t kept = newsclean_headline_strip_site(s, n, NULL, &start);
    return n - kept;
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

/* The headline is a title-shaped line shortly above the article that shares its words
 * (a caption or a teaser above shares fewer), set off by blank lines as headings are,
 * and often printed twice (title and h1). */
size_t
newsclean_td_pick_headline(newsclean_td_ctx *c, size_t s, size_t e)
{
    size_t lo = s > NEWSCLEAN_TD_HEAD_WINDOW ? s - NEWSCLEAN_TD_HEAD_WINDOW : 0, best = SIZE_MAX;
    /* A question or exclamation headline can open the core itself. */
    size_t hi = s;
    while (hi < e && hi < s + 2 && c->ln[hi].cls != NEWSCLEAN_TD_PROSE)
        hi++;
    double best_score = 0;
    newsclean_td_topic t;
    /* The words an opening line shares with the text are counted without its own. */
    size_t ts = s == 0 && e > 0 && opening_title(c, 0) ? 1 : s;
    newsclean_td_topic_build(c, ts, e < ts + 8 ? e : ts + 8, &t);
    size_t between = 0; /* title-like or text lines between the candidate and the core */
    for (size_t i = hi + 1; i-- > lo;) {
        newsclean_td_line *l = &c->ln[i];
        bool opening = opening_title(c, i);
        if ((!opening && (l->cls == NEWSCLEAN_TD_PROSE || !title_like(l))) ||
            l->role != NEWSCLEAN_TD_ROLE_NONE || l->kind == NEWSCLEAN_TD_K_BYLINE ||
            newsclean_td_has_date(c, i)) {
            if (i < s && l->cls != NEWSCLEAN_TD_NOISE && l->kind != NEWSCLEAN_TD_K_BYLINE &&
                l->weff > 2)
                between++;
            continue;
        }
        double ov = newsclean_td_topic_overlap(c, i, &t, 1);
        /* A notice or a site's motto opens some dumps too: it shares few words with the
         * article under it. */
        if (opening && !(title_like(l) && l->cls != NEWSCLEAN_TD_PROSE) && ov < 0.2)
            continue;
        /* One or two words: only right above the text and wholly about it. */
        if (l->weff < 3 &&
            (newsclean_td_topic_overlap(c, i, &t, 2) < 1.0 || between > 0 || !l->gapb || !l->gapa))
            continue;
        double sc = 10.0 + 12.0 * ov - (double)between * 0.7;
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
        /* A date or byline right next to it. */
        for (size_t j = i > 3 ? i - 3 : 0; j < i + 4 && j < c->n; j++) {
            if (j != i && (c->ln[j].kind == NEWSCLEAN_TD_K_BYLINE ||
                           c->ln[j].kind == NEWSCLEAN_TD_K_PUBLISHED ||
                           (c->ln[j].cls != NEWSCLEAN_TD_PROSE && newsclean_td_has_date(c, j)))) {
                sc += 3;
                break;
            }
        }
        if (sc > best_score) {
            best_score = sc;
            best = i;
        }
        if (i < s)
            between++;
    }
    return best;
}

/* Write the headline (without a site suffix) and mark every copy of it. */
bool
newsclean_td_set_headline(newsclean_td_ctx *c, size_t h, size_t s)
{
    const char *t = newsclean_td_text(c, h);
    size_t n = newsclean_td_len(c, h);
    size_t cut = suffix_len(t, n);
    if (cut)
        n -= cut;
    if (!newsclean_meta_set(&c->meta->headline, t, n))
        return false;
    size_t lo = s > NEWSCLEAN_TD_HEAD_WINDOW ? s - NEWSCLEAN_TD_HEAD_WINDOW : 0;
    for (size_t i = lo; i < c->n && i <= s + 2; i++) {
        if (i == h || same_title(c, h, i))
            c->ln[i].role = NEWSCLEAN_TD_ROLE_HEADLINE;
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
lead_dateline(const newsclean_td_ctx *c, int order, const newsclean_block *blk,
              char out[NEWSCLEAN_DATE_MAX])
{
    size_t n = blk->len < LEAD_DATELINE_BYTES ? blk->len : LEAD_DATELINE_BYTES;
    size_t ds = 0, dl = 0;
    if (!c->dates ||
        !newsclean_date_find_in_text_ordered(c->dates, order, blk->text, n, out, &ds, &dl))
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
posted_sentence(const newsclean_td_ctx *c, int order, const newsclean_block *blk,
                char out[NEWSCLEAN_DATE_MAX])
{
    size_t ds = 0, dl = 0;
    if (!newsclean_date_find_in_text_ordered(c->dates, order, blk->text, blk->len, out, &ds, &dl))
        return false;
    size_t a = ds > POSTED_LABEL_BEFORE ? ds - POSTED_LABEL_BEFORE : 0;
    size_t e = ds + dl + POSTED_LABEL_REACH < blk->len ? ds + dl + POSTED_LABEL_REACH : blk->len;
    return newsclean_date_label_in(c->dates, blk->text + a, ds - a) ||
           newsclean_date_verb_in(c->dates, blk->text + ds + dl, e - ds - dl);
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
    /* Numeric dates are read only where day and month cannot be mixed up: reading
     * "02/11/2023" in the order the page's other dates show misread as many pages as it
     * read. */
    int order = NEWSCLEAN_DATE_ORDER_UNKNOWN;
    size_t lead = SIZE_MAX;
    char leadv[NEWSCLEAN_DATE_MAX];
    for (size_t i = lo; i < hi; i++) {
        newsclean_td_line *l = &c->ln[i];
        const newsclean_block *blk = &c->b->v[l->bi];
        if (l->role != NEWSCLEAN_TD_ROLE_NONE)
            continue;
        if (blk->chars > NEWSCLEAN_DATE_LINE_CHARS || l->cls == NEWSCLEAN_TD_PROSE) {
            if (lead == SIZE_MAX && h != SIZE_MAX && i > h && i <= s + 1 &&
                lead_dateline(c, order, blk, leadv))
                lead = i;
            continue;
        }
        char d[NEWSCLEAN_DATE_MAX];
        size_t ds = 0, dl = 0;
        bool has_date = c->dates && newsclean_date_find_in_text_ordered(c->dates, order, blk->text,
                                                                        blk->len, d, &ds, &dl);
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
                         newsclean_date_line_ordered(c->dates, order, blk);
            if (l->role != NEWSCLEAN_TD_ROLE_NONE)
                continue;
            char d[NEWSCLEAN_DATE_MAX];
            if (!cued && !alone && blk->chars <= POSTED_SENTENCE_CHARS &&
                posted_sentence(c, order, blk, d)) {
                cued = true;
            } else if ((!cued && !alone) || blk->chars > NEWSCLEAN_DATE_LINE_CHARS ||
                       !newsclean_date_find_in_text_ordered(c->dates, order, blk->text, blk->len, d,
                                                            NULL, NULL)) {
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
