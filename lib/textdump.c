/* textdump.c: a page a scraper flattened to text (innerText, html2text, lynx -dump, WET)
 * becomes one block per line; the densest run of prose is the article, and the lines
 * just above it give headline, timestamp and byline. */
#include "textdump.h"
#include "textdump_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "lexicon.h"
#include "mojibake.h"
#include "textdump_norm.h"
#include "textutil.h"
#include "tinypage.h"

/* A core with fewer words of prose than this is not an article (index pages, forms). */
#define MIN_CORE_WORDS 25.0
/* What a line of noise costs the core search, and a barrier phrase where it ends no run. */
#define NOISE_VALUE -6.0
#define BARRIER_VALUE -25.0
/* Extra cost of a short line that Markdown's link markup shows to be mostly link text,
 * on top of a short line's. A URL or a "a | b" menu says it is chrome by its own shape
 * and costs more; a Markdown link line ("[Learn more](...)" under a list item, a list of
 * links inside an article) is only as suspect as a plain short line near it, which is
 * what a dump without link markup (innerText) makes of the same line. lynx's link
 * numbers keep the full cost: in its dumps the lighter cost moved cores onto lists of
 * other stories' titles (snippets set, both halves). */
#define LINKED_PENALTY 2.0
/* Value of a table's row in the core search (textdump_table.c): a table inside an article
 * must not cut it in two as a run of short lines would, yet a table alone next to it
 * adds nothing. */
#define ROW_VALUE -0.5
/* Weight of a paragraph that sits alone under a title, as teasers do (see teasers()). */
#define TEASER_WEIGHT 0.4
/* A table of contents: at least TOC_RUN entries in a row, each of at most TOC_WORDS words,
 * valued TOC_WEIGHT in the core search (see contents()). */
#define TOC_RUN 3
#define TOC_WORDS 12.0
#define TOC_WEIGHT -0.5
/* Weight of text after an article-ending phrase, per such phrase (see core()). */
#define AFTER_BARRIER_WEIGHT 0.3
/* After a comment section starts: comments can outgrow any article above them. */
#define AFTER_COMMENTS_WEIGHT 0.1
/* The same after a "Related" or "Most read" heading, which may also sit mid-article. */
#define AFTER_LIST_WEIGHT 0.6
/* Lines a "Related" heading can claim: such boxes hold a handful of links. */
#define LIST_LINES 10
/* How far under the headline a standfirst may sit: past byline, date and picture. */
#define STANDFIRST_LINES 12
/* A consent dialog: at least this many lines holding its words (lexicon.c), each within
 * CONSENT_GAP lines of the last, making up a third of the lines between the first and the last
 * and CONSENT_DENSITY of their words. An article about cookies or data protection uses
 * such words a paragraph apart; a dialog in every line, with its buttons between. */
#define CONSENT_LINES 4
#define CONSENT_GAP 4
#define CONSENT_DENSITY 0.04
/* A dialog has buttons and toggle labels ("Accept all", "Strictly necessary cookies"): at
 * least one line this short among its lines. An article's paragraphs have none. */
#define CONSENT_BUTTON_WORDS 5
/* Value of a dialog's line in the core search: a short line's. A dialog can sit inside
 * an article (a blocked video's "accept cookies to see this"): it must not cut the
 * article in two, as a barrier would; its lines are dropped wherever the core falls. */
#define CONSENT_WEIGHT -2.0
/* A core's tail after a chrome line (share prompt, "Related", sign-up) that holds at
 * least TAIL_TITLES titled paragraphs, none longer than TAIL_PROSE_WORDS words and all
 * together under TAIL_SHARE of the prose above: teasers for other stories, which their
 * small positive values let the core search take in. */
#define TAIL_TITLES 2
#define TAIL_PROSE_WORDS 50.0
#define TAIL_SHARE 0.3
/* Topic overlap (see cohere()) under which a paragraph of a core's tail is off the
 * article's topic, and how many such paragraphs make an off-topic tail. */
#define OFF_TOPIC 0.1
#define OFF_TOPIC_PARAS 2
/* Teasers (a title over one paragraph each, see teasers()) in a row, all off the article's
 * topic, that end a core even with no chrome line above them (see off_topic_tail()). */
#define TEASER_RUN 4
/* A tail whose paragraphs share under this much on average is another story outright (a
 * ticker's or a related box's lead stories under the article): it may weigh up to
 * FAR_TAIL_SHARE of the article and still be cut. */
#define FAR_TOPIC 0.05
#define FAR_TAIL_SHARE 1.0
/* Words of prose an article above a run of cut excerpts must weigh (see excerpt_tail()). */
#define EXCERPT_ARTICLE_WORDS 150.0
/* A run of short lines with prose on both sides is a list of the article's when it is
 * short (SHORT_RUN_LINES lines at most); a longer one still is (a table's rows, a long
 * list of steps) when its lines average at least LONG_LIST_WORDS words and it holds
 * LONG_LIST_LINES lines at most. */
#define SHORT_RUN_LINES 12
#define LONG_LIST_LINES 40
#define LONG_LIST_WORDS 6.0
/* The same holds for a run of shorter phrases (pros and cons, a table's cells, a list of
 * roles), LIST_PHRASE_WORDS words on average, when none of its lines is chrome: a box of
 * other stories' titles comes with its heading, its "More" link or its share row. */
#define LIST_PHRASE_WORDS 4.0
/* Distinct paragraphs a core must hold before a second copy of one of them is dropped
 * (see decide_core()). */
#define REPEAT_DISTINCT 4
/* Words of the paragraph under a subheading that a second copy of the article repeats
 * with it (see decide_core()): a paragraph, not a form's line of fine print. */
#define COPIED_PARAGRAPH_WORDS 25.0

/* Words a teaser's excerpt must hold before its cut, and the most bytes its link after
 * the cut may take ("… Read more Read more", "... Continue reading »"). */
#define EXCERPT_WORDS 8.0
#define EXCERPT_LINK_BYTES 60

/* Whether the n bytes at w, folded, are one of the lexicon's excerpt-link words. */
static bool
excerpt_word(const char *w, size_t n)
{
    char low[24];
    if (n >= sizeof low)
        return false;
    newsclean_fold(w, n, low);
    size_t i = 0;
    for (const newsclean_lex_entry *e;
         (e = newsclean_lexicon_next(&i, NEWSCLEAN_LX_EXCERPT_MORE, NEWSCLEAN_LXF_WORDS));) {
        size_t m;
        for (const char *at = e->text, *x; (x = newsclean_lex_next_word(&at, &m));)
            if (m == n && memcmp(x, low, n) == 0)
                return true;
    }
    return false;
}

/* Whether a line is a teaser's excerpt cut off mid-sentence: text, an ellipsis, then
 * nothing but the link to the story ("… Read more", "... Weiterlesen"), or the bracketed
 * ellipsis blogs put where they cut ("... the best way to […]"). An article's sentence
 * may trail off in an ellipsis, but no link words follow it, and it does not put the
 * ellipsis in brackets after a space at its very end. */
static bool
excerpt_cut(const char *t, size_t len)
{
    while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == '\t'))
        len--;
    static const char *const bracketed[] = {" [\xE2\x80\xA6]", " [...]"};
    for (size_t k = 0; k < sizeof bracketed / sizeof bracketed[0]; k++) {
        size_t m = strlen(bracketed[k]);
        if (len > m && memcmp(t + len - m, bracketed[k], m) == 0)
            return true;
    }
    /* The last ellipsis within reach of the line's end. */
    size_t from = len > EXCERPT_LINK_BYTES + 3 ? len - EXCERPT_LINK_BYTES - 3 : 0, cut = SIZE_MAX;
    for (size_t i = from; i + 3 <= len; i++) {
        if (memcmp(t + i, "\xE2\x80\xA6", 3) == 0 || memcmp(t + i, "...", 3) == 0)
            cut = i + 3;
    }
    if (cut == SIZE_MAX)
        return false;
    size_t words = 0;
    for (size_t i = cut; i < len;) {
        while (i < len && t[i] == ' ')
            i++;
        size_t a = i;
        while (i < len && t[i] != ' ')
            i++;
        size_t z = i;
        /* Brackets, arrows and guillemets around the link are no words. */
        while (a < z && t[a] && strchr("()[]<>:.!-", t[a]))
            a++;
        while (z > a && t[z - 1] && strchr("()[]<>:.!-", t[z - 1]))
            z--;
        if (a == z || (unsigned char)t[a] == 0xC2 || (unsigned char)t[a] == 0xE2)
            continue;
        if (!excerpt_word(t + a, z - a))
            return false;
        words++;
    }
    return words > 0;
}

/* Count identical lines with an open-addressing table: linear time in the input. */
static bool
count_dups(newsclean_td_ctx *c)
{
    size_t cap = 16;
    while (cap < 2 * c->n) {
        if (!newsclean_size_mul(cap, 2, &cap))
            return false;
    }
    size_t bytes;
    if (!newsclean_size_mul(cap, sizeof(size_t), &bytes))
        return false;
    size_t *tab = malloc(bytes);
    if (!tab)
        return false;
    for (size_t i = 0; i < cap; i++)
        tab[i] = SIZE_MAX;
    for (size_t i = 0; i < c->n; i++) {
        size_t h =
            (size_t)newsclean_hash(newsclean_td_text(c, i), newsclean_td_len(c, i), 0) & (cap - 1);
        for (;;) {
            size_t j = tab[h];
            if (j == SIZE_MAX) {
                tab[h] = i;
                c->ln[i].first = i;
                c->ln[i].last = i;
                c->ln[i].dup = 1;
                break;
            }
            if (newsclean_td_len(c, j) == newsclean_td_len(c, i) &&
                memcmp(newsclean_td_text(c, j), newsclean_td_text(c, i), newsclean_td_len(c, i)) ==
                    0) {
                c->ln[i].first = j;
                c->ln[j].last = i;
                c->ln[j].dup++;
                break;
            }
            h = (h + 1) & (cap - 1);
        }
    }
    for (size_t i = 0; i < c->n; i++) {
        c->ln[i].dup = c->ln[c->ln[i].first].dup;
        c->ln[i].last = c->ln[c->ln[i].first].last;
    }
    free(tab);
    return true;
}

/* Prose is what articles are made of: long enough, ending like a sentence or full of
 * function words, and not a menu. The thresholds follow the boilerplate literature
 * (Kohlschütter et al. 2010: word count is the strongest single cue; Pomikálek's
 * jusText: stopword density tells sentences from link lists). */
static void
classify(newsclean_td_line *l, size_t punct)
{
    const double w = l->weff;
    if (l->why && l->kind != NEWSCLEAN_TD_K_BYLINE && l->kind != NEWSCLEAN_TD_K_PUBLISHED &&
        l->kind != NEWSCLEAN_TD_K_UPDATED) {
        l->cls = NEWSCLEAN_TD_NOISE;
        l->v = l->barrier                           ? BARRIER_VALUE
               : l->kind == NEWSCLEAN_TD_K_LISTHEAD ? -10.0
                                                    : NOISE_VALUE;
        return;
    }
    if (l->icons) {
        l->cls = NEWSCLEAN_TD_NOISE;
        l->why = "icon run";
        l->v = -6.0;
        return;
    }
    bool sentence = l->endp || l->stop >= 0.2 || punct >= 2;
    /* Nearly every word capitalised over many words: a list of names or a menu run
     * together, even where commas make it look like a sentence. */
    bool names = w >= 15 && l->caps >= 0.8;
    if (!l->linky && !names &&
        ((w >= 15 && sentence) || (w >= 8 && l->endp && l->caps < 0.7) ||
         (w >= 30 && l->caps < 0.5))) {
        l->cls = NEWSCLEAN_TD_PROSE;
        l->v = w < 150 ? w : 150;
        l->base = l->v;
        return;
    }
    if (!l->linky && l->endp && w >= 3) {
        l->cls = NEWSCLEAN_TD_SENT;
        l->v = w * 0.3;
        return;
    }
    l->cls = NEWSCLEAN_TD_SHORT;
    l->v = -2.0 - (l->dup > 1 ? 2.0 : 0.0) - (l->linked ? LINKED_PENALTY : l->linky ? 3.0 : 0.0);
    if (l->row && !l->linky)
        l->v = ROW_VALUE;
}

/* Whether the lines [a, z] make a consent dialog (see CONSENT_LINES). */
static bool
consent_block(const newsclean_td_ctx *c, size_t a, size_t z)
{
    size_t lines = 0, buttons = 0;
    double hits = 0, words = 0;
    for (size_t i = a; i <= z; i++) {
        lines += c->ln[i].consent > 0;
        buttons += c->ln[i].consent > 0 && c->ln[i].weff <= CONSENT_BUTTON_WORDS;
        hits += c->ln[i].consent;
        words += c->ln[i].weff;
    }
    return lines >= CONSENT_LINES && buttons > 0 && 3 * lines >= z - a + 1 &&
           hits >= CONSENT_DENSITY * words;
}

/* A cookie or consent dialog, which scrapers dump with the page, at its end or its start:
 * its purposes and vendors read as prose and can outweigh a short article or join it.
 * The dialog's lines, and the buttons and toggles between them, are noise. */
static void
consent(newsclean_td_ctx *c)
{
    for (size_t i = 0; i < c->n; i++)
        c->ln[i].consent = (unsigned char)newsclean_td_consent_words(c, i);
    for (size_t a = 0; a < c->n; a++) {
        if (!c->ln[a].consent)
            continue;
        size_t z = a;
        for (size_t j = a + 1; j < c->n && j <= z + CONSENT_GAP; j++) {
            if (c->ln[j].consent)
                z = j;
        }
        if (consent_block(c, a, z)) {
            for (size_t i = a; i <= z; i++) {
                newsclean_td_line *l = &c->ln[i];
                l->cls = NEWSCLEAN_TD_NOISE;
                l->why = "consent dialog";
                l->kind = NEWSCLEAN_TD_K_CONSENT;
                l->v = CONSENT_WEIGHT;
                c->b->v[l->bi].score = l->v;
            }
        }
        a = z;
    }
}

/* A paragraph alone under its own title, with no paragraph after it, is how teaser
 * lists look (title, summary, title, summary); articles run paragraph after paragraph.
 * Such paragraphs count for less, so a long teaser list loses to a shorter article. */
static void
teasers(newsclean_td_ctx *c)
{
    for (size_t i = 1; i < c->n; i++) {
        newsclean_td_line *l = &c->ln[i];
        const newsclean_td_line *p = &c->ln[i - 1];
        if (l->cls != NEWSCLEAN_TD_PROSE)
            continue;
        bool titled = (p->cls == NEWSCLEAN_TD_SHORT || p->cls == NEWSCLEAN_TD_SENT) && !p->lower &&
                      !p->linky && !p->why && p->weff >= 2 && p->weff <= 20 &&
                      !newsclean_td_has_date(c, i - 1);
        bool alone = i + 1 == c->n || c->ln[i + 1].cls != NEWSCLEAN_TD_PROSE;
        if (titled && alone) {
            l->teaser = true;
            l->v *= TEASER_WEIGHT;
            c->b->v[l->bi].score = l->v;
        }
    }
}

/* Whether line j reads as a sentence only for its question mark: sections are often
 * titled with the question they answer ("Why listen to us?", "What is X?"). */
static bool
question_title(const newsclean_td_ctx *c, size_t j)
{
    const char *t = newsclean_td_text(c, j);
    size_t len = newsclean_td_len(c, j);
    while (len > 0 && t[len - 1] == ' ')
        len--;
    return c->ln[j].cls == NEWSCLEAN_TD_SENT && len > 0 && t[len - 1] == '?';
}

static bool same_list(const newsclean_td_ctx *c, size_t i);

/* Whether line k, an item of a table of contents' list, is an entry of it too: said again
 * further down as a heading of the dump, as a section that opens on a list, a table or a
 * picture instead of its text still heads it. Its weight in the core search stays. */
static bool
contents_entry(const newsclean_td_ctx *c, size_t k)
{
    const newsclean_td_line *l = &c->ln[k];
    return l->first == k && l->last > k && !l->lower && l->weff <= TOC_WORDS &&
           c->b->v[c->ln[l->last].bi].kind == NEWSCLEAN_BLOCK_HEADING;
}

/* A table of contents: a run of short lines each said again further down as the title
 * of a section, right above its text. Its entries are the article's, so they must not
 * cut a lead from the body in the core search, and their section titles are not the
 * repeated lines of a menu. A menu's items come back in the footer, not over paragraphs. */
static void
contents(newsclean_td_ctx *c)
{
    for (size_t j = 0; j + 1 < c->n; j++) {
        const newsclean_td_line *l = &c->ln[j];
        if (l->first == j || (l->cls != NEWSCLEAN_TD_SHORT && !question_title(c, j)) || l->lower ||
            l->weff > TOC_WORDS)
            continue;
        if (c->ln[j + 1].cls == NEWSCLEAN_TD_PROSE ||
            (j + 2 < c->n && c->ln[j + 2].cls == NEWSCLEAN_TD_PROSE))
            c->ln[l->first].toc = true; /* a candidate until its run is counted */
    }
    for (size_t a = 0; a < c->n;) {
        size_t z = a;
        while (z < c->n && c->ln[z].toc)
            z++;
        if (z - a < TOC_RUN) {
            for (size_t i = a; i < z; i++)
                c->ln[i].toc = false;
        } else {
            for (size_t i = a; i < z; i++) {
                c->ln[i].v = TOC_WEIGHT;
                c->b->v[c->ln[i].bi].score = TOC_WEIGHT;
            }
            for (size_t k = a; k > 0 && same_list(c, k - 1) && contents_entry(c, k - 1); k--)
                c->ln[k - 1].toc = true;
            while (z < c->n && same_list(c, z - 1) && contents_entry(c, z))
                c->ln[z++].toc = true;
        }
        a = z + 1;
    }
}

/* The titles under a "Related" or "Most read" heading belong to it, up to the next
 * paragraph. Not a barrier: such boxes often sit in the middle of an article. */
static void
link_lists(newsclean_td_ctx *c)
{
    for (size_t i = 0; i < c->n; i++) {
        if (c->ln[i].kind != NEWSCLEAN_TD_K_LISTHEAD)
            continue;
        for (size_t j = i + 1; j < c->n && j <= i + LIST_LINES; j++) {
            newsclean_td_line *l = &c->ln[j];
            if (l->cls == NEWSCLEAN_TD_PROSE || l->barrier || l->kind == NEWSCLEAN_TD_K_LISTHEAD)
                break;
            if (l->cls != NEWSCLEAN_TD_NOISE) {
                l->cls = NEWSCLEAN_TD_NOISE;
                l->why = "related list";
                l->v = l->v < -3.0 ? l->v : -3.0;
                c->b->v[l->bi].score = l->v;
            }
        }
    }
}

/* Second look at the paragraphs once a first core is known: the three heaviest
 * consecutive paragraphs in it say what the article is about, and a paragraph that
 * shares almost none of their words (a teaser, a live ticker, another story) counts
 * for less. On the Readability pages a third of the prose lines outside the article
 * share under 5% of their words with that seed, against a tenth of those inside. */
static void
cohere(newsclean_td_ctx *c, size_t s, size_t e)
{
    size_t p[3] = {SIZE_MAX, SIZE_MAX, SIZE_MAX}, seed_a = s, seed_z = s;
    double best = -1;
    for (size_t i = s; i <= e; i++) {
        if (c->ln[i].cls != NEWSCLEAN_TD_PROSE)
            continue;
        p[0] = p[1];
        p[1] = p[2];
        p[2] = i;
        double w = 0;
        for (size_t k = 0; k < 3; k++)
            w += p[k] != SIZE_MAX ? c->ln[p[k]].weff : 0;
        if (w > best) {
            best = w;
            seed_a = p[0] != SIZE_MAX ? p[0] : p[1] != SIZE_MAX ? p[1] : p[2];
            seed_z = i;
        }
    }
    newsclean_td_topic t;
    newsclean_td_topic_build(c, seed_a, seed_z, &t);
    for (size_t i = 0; i < c->n; i++) {
        newsclean_td_line *l = &c->ln[i];
        if (l->cls != NEWSCLEAN_TD_PROSE)
            continue;
        const newsclean_block *blk = &c->b->v[l->bi];
        double f = 1.0;
        /* Unspaced scripts have no words to compare: leave them be. */
        bool spaced = l->weff < 1.5 * (double)blk->words;
        /* Items of a bulleted list each say something different: judge them as a list. */
        unsigned char b0 = (unsigned char)blk->text[0];
        if (b0 == '*' || b0 == '+' || b0 == '-' || b0 == 0xE2 /* bullets, dashes */ ||
            blk->kind == NEWSCLEAN_BLOCK_LIST_ITEM)
            spaced = false;
        double ov = 1.0;
        if (spaced && (i < seed_a || i > seed_z)) {
            ov = newsclean_td_topic_overlap(c, i, &t, 1);
            f = ov < 0.05 ? 0.4 : ov < 0.1 ? 0.7 : 1.0;
        }
        if (l->teaser)
            f *= TEASER_WEIGHT;
        l->ov = ov;
        l->v = l->base * f;
        c->b->v[l->bi].score = l->v;
    }
}

/* A line that may close an article: a share prompt, a "Related" heading, a sign-up. */
static bool
tail_chrome(const newsclean_td_line *l)
{
    return l->kind == NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_RELATED) ||
           l->kind == NEWSCLEAN_TD_K_LISTHEAD || l->kind == NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_SHARE) ||
           l->kind == NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_NEWSLETTER) ||
           l->kind == NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_TAXONOMY) ||
           l->kind == NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_CLOSING);
}

/* The words of the prose lines in [s, e], against which a tail's weight is set. */
static double
prose_words(const newsclean_td_ctx *c, size_t s, size_t e)
{
    double total = 0;
    for (size_t i = s; i <= e; i++) {
        if (c->ln[i].cls == NEWSCLEAN_TD_PROSE)
            total += c->ln[i].weff;
    }
    return total;
}

/* Where a core's run of teasers starts after the article (see TAIL_TITLES): the core's
 * new last line, or e itself. One backward pass, so the earliest chrome line whose tail
 * still looks like teasers wins. */
static size_t
teaser_tail(const newsclean_td_ctx *c, size_t s, size_t e)
{
    double total = prose_words(c, s, e);
    double tail = 0;
    size_t titles = 0, cut = e;
    bool teaserish = true;
    for (size_t k = e; k > s && teaserish; k--) {
        const newsclean_td_line *l = &c->ln[k];
        if (l->cls == NEWSCLEAN_TD_PROSE) {
            tail += l->weff;
            teaserish = l->weff <= TAIL_PROSE_WORDS;
            const newsclean_td_line *p = &c->ln[k - 1];
            if (p->cls != NEWSCLEAN_TD_PROSE && p->cls != NEWSCLEAN_TD_NOISE && !p->lower &&
                !p->endp && p->weff >= 2 && p->weff <= 20)
                titles++;
            continue;
        }
        if (tail_chrome(l) && titles >= TAIL_TITLES && tail <= TAIL_SHARE * (total - tail))
            cut = k - 1;
    }
    return cut;
}

/* Lines between two excerpts of one run (see excerpt_tail()): a date, the next title. */
#define EXCERPT_RUN_GAP 4
/* How many times a run's words the article above it must weigh: an article the run
 * closes, not a page that lists its stories' excerpts, which are then its text. */
#define EXCERPT_ABOVE 2.0

/* Whether a line ends in an ellipsis and nothing after it. */
static bool
ends_in_ellipsis(const char *t, size_t len)
{
    while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == '\t'))
        len--;
    return len > 3 && (memcmp(t + len - 3, "\xE2\x80\xA6", 3) == 0 ||
                       (memcmp(t + len - 3, "...", 3) == 0 && t[len - 4] != '.'));
}

/* The title of line i if i is an excerpt cut at a fixed length under it, else SIZE_MAX: a
 * paragraph that ends in an ellipsis, with a title-shaped line right above it or above
 * one short line (a date, a category). The title may be a link, as every card's title is
 * in a dump that marks links (lynx's "[12]Title"): the cut excerpt under it is what tells
 * the card from an article's linked line. */
static size_t
excerpt_title(const newsclean_td_ctx *c, size_t i, size_t s)
{
    const newsclean_td_line *l = &c->ln[i];
    if (l->weff < EXCERPT_WORDS || l->cls != NEWSCLEAN_TD_PROSE ||
        !ends_in_ellipsis(newsclean_td_text(c, i), newsclean_td_len(c, i)))
        return SIZE_MAX;
    for (size_t k = i; k > s && k + 2 >= i; k--) {
        const newsclean_td_line *p = &c->ln[k - 1];
        if (p->weff >= 2 && p->weff <= 20 && !p->lower && !p->period)
            return k - 1;
        if (p->weff > 4 && p->cls != NEWSCLEAN_TD_NOISE)
            break;
    }
    return SIZE_MAX;
}

/* Where a core's closing run of teasers starts when their excerpts were cut at a fixed
 * length with no "Read more" after them (see excerpt_cut()): the core's new last line, or
 * e itself. An article's sentence may trail off in an ellipsis once, but two or more
 * titled paragraphs that end so, one after the other at the core's end, are other
 * stories whose excerpts read as prose; a related box with no heading the other tail
 * cuts can see. Under the run, less prose than the run's own, and above it, prose that is
 * mostly not teasers (a paragraph alone under a title): a list whose items go on below
 * the run, or stand above it, is the page's. */
static size_t
excerpt_tail(const newsclean_td_ctx *c, size_t s, size_t e)
{
    size_t first = SIZE_MAX, last = 0, n = 0, title = SIZE_MAX;
    for (size_t i = e + 1; i-- > s;) {
        size_t t = excerpt_title(c, i, s);
        if (t == SIZE_MAX)
            continue;
        if (n > 0 && first - i > EXCERPT_RUN_GAP)
            break;
        if (n == 0)
            last = i;
        first = i;
        title = t;
        n++;
    }
    if (n < 2 || title <= s)
        return e;
    double above = prose_words(c, s, title - 1), teased = 0;
    for (size_t k = s; k < title; k++) {
        if (c->ln[k].cls == NEWSCLEAN_TD_PROSE && c->ln[k].teaser)
            teased += c->ln[k].weff;
    }
    double run = prose_words(c, first, last), below = last < e ? prose_words(c, last + 1, e) : 0;
    if (above < EXCERPT_ARTICLE_WORDS || above < EXCERPT_ABOVE * run || below >= run ||
        teased * 2 >= above)
        return e;
    return title - 1;
}

/* Where a core's off-topic tail starts (see OFF_TOPIC): the core's new last line, or e
 * itself. The paragraphs after a closing chrome line that share almost none of the words
 * of the article's heaviest paragraphs, and weigh little beside it, are another story, a
 * sign-up's terms or an author's note that the core search took in across the chrome. */
static size_t
off_topic_tail(const newsclean_td_ctx *c, size_t s, size_t e)
{
    double total = prose_words(c, s, e);
    double tail = 0;
    size_t paras = 0, cut = e;
    double ov = 0;
    bool teasers_only = true;
    for (size_t k = e; k > s; k--) {
        const newsclean_td_line *l = &c->ln[k];
        if (l->cls == NEWSCLEAN_TD_PROSE) {
            if (l->ov >= OFF_TOPIC)
                break;
            ov += l->ov * l->weff;
            tail += l->weff;
            paras++;
            teasers_only = teasers_only && l->teaser;
            continue;
        }
        bool far = tail > 0 && ov < FAR_TOPIC * tail;
        double share = far ? FAR_TAIL_SHARE : TAIL_SHARE;
        if (tail_chrome(l) && paras >= OFF_TOPIC_PARAS && tail <= share * (total - tail))
            cut = k - 1;
        /* Titles over one summary each, every one off the article's topic, right under a
         * paragraph of the article that is no teaser: other stories, though no "Related"
         * heads them, and cut whatever they weigh, as a strip of them can outweigh a short
         * article. */
        else if (teasers_only && paras >= TEASER_RUN && c->ln[k + 1].teaser && k > s &&
                 c->ln[k - 1].cls == NEWSCLEAN_TD_PROSE && !c->ln[k - 1].teaser)
            cut = k - 1;
    }
    return cut;
}

/* Whether the text of the lines in [a, b] that are no noise weighs an article's least,
 * words of short lines included: an article of a schedule's or a results table's lines
 * has little prose. */
static bool
weighs_article(const newsclean_td_ctx *c, size_t a, size_t b)
{
    double words = 0;
    for (size_t i = a; i <= b; i++)
        words += c->ln[i].cls != NEWSCLEAN_TD_NOISE ? c->ln[i].weff : 0;
    return words >= MIN_CORE_WORDS;
}

/* Whether prose lines [a, b] share under OFF_TOPIC of their words with the prose of
 * [s, z]. */
static bool
off_topic_of(const newsclean_td_ctx *c, size_t a, size_t b, size_t s, size_t z)
{
    newsclean_td_topic *t = malloc(sizeof *t);
    if (!t)
        return false; /* only a heuristic: without memory, keep the text */
    newsclean_td_topic_build(c, s, z, t);
    bool off = true;
    for (size_t i = a; i <= b && off; i++)
        off = newsclean_td_topic_overlap(c, i, t, 1) < OFF_TOPIC;
    free(t);
    return off;
}

static bool core(const newsclean_td_ctx *c, size_t *s, size_t *e, double *mass);

/* Prose paragraphs a page's closing footer may hold under its last chrome line. */
#define FOOTER_PARAS 2
/* Short lines between a footer's legal links and the notice under them ("Media kit",
 * "Careers"): the links of one footer. */
#define FOOTER_LINK_LINES 4

/* The first line of the chrome that closes an article right above line a, or SIZE_MAX:
 * a share prompt or sign-up line (tail_chrome()), or a footer's legal links ("Imprint",
 * "Privacy policy") with at most FOOTER_LINK_LINES short lines under them and no other
 * barrier (a copyright line) between. A notice that a site prints right under its
 * footer's links, with no copyright phrase before it, closes the page as one printed
 * under a share line does. A date line between them makes the links a top menu's
 * ("Kontakt", "Impressum") and the text under them an article under its dateline. */
static size_t
closing_chrome(newsclean_td_ctx *c, size_t a, size_t s)
{
    if (a <= s + 1)
        return SIZE_MAX;
    if (tail_chrome(&c->ln[a - 1]))
        return a - 1;
    size_t head = SIZE_MAX;
    for (size_t k = a - 1, gap = 0; k > s && gap <= FOOTER_LINK_LINES; k--) {
        const newsclean_td_line *l = &c->ln[k];
        if (l->kind == NEWSCLEAN_TD_K_LEGAL && l->barrier) {
            head = k;
            gap = 0;
            continue;
        }
        if (l->cls == NEWSCLEAN_TD_PROSE || l->cls == NEWSCLEAN_TD_SENT || l->barrier ||
            newsclean_td_date_line(c, k))
            break;
        gap++;
    }
    return head;
}

/* Where a core's closing footer starts: the core's new last line, or e itself. The
 * page's last prose, one or two paragraphs right under a chrome line that closes the
 * article (a share prompt, a sign-up), sharing almost none of the words of the prose
 * above that line: a publisher's legal notice, terms or imprint, which is printed as
 * long sentences with or without a copyright phrase. Under a short article the notice
 * outweighs it, so neither the core search nor off_topic_tail(), which measure it
 * against the article's weight, can leave it out; its words can. */
static size_t
footer_tail(newsclean_td_ctx *c, size_t s, size_t e)
{
    for (size_t i = e + 1; i < c->n; i++) {
        if (c->ln[i].cls == NEWSCLEAN_TD_PROSE)
            return e;
    }
    size_t k = e, paras = 0;
    while (k > s && c->ln[k].cls == NEWSCLEAN_TD_PROSE) {
        k--;
        paras++;
    }
    size_t h = closing_chrome(c, k + 1, s);
    /* Only a notice that outweighs the article above: an article's own last paragraph
     * under an in-text link line ("Also on ...") may share few of its words too. */
    if (paras == 0 || paras > FOOTER_PARAS || h == SIZE_MAX || !weighs_article(c, s, h - 1) ||
        prose_words(c, k + 1, e) < prose_words(c, s, h - 1) || !off_topic_of(c, k + 1, e, s, h - 1))
        return e;
    return h - 1;
}

/* Words of a button under a prompt's paragraph ("Donate now", "Sign up today"). */
#define BUTTON_WORDS 3

/* Where a core's closing appeal starts: the core's new last line, or e itself. One
 * paragraph right under a share, support or sign-up prompt, with only a button's short
 * line under it and none of the article's words: the box's pitch ("We rely on readers
 * like you ..."), which the core search takes in after a short article. */
static size_t
appeal_tail(const newsclean_td_ctx *c, size_t s, size_t e)
{
    if (e < s + 2 || e + 1 >= c->n || c->ln[e].cls != NEWSCLEAN_TD_PROSE)
        return e;
    const newsclean_td_line *p = &c->ln[e - 1], *u = &c->ln[e + 1];
    bool prompt = p->kind == NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_SHARE) ||
                  p->kind == NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_NEWSLETTER);
    bool button = u->cls != NEWSCLEAN_TD_PROSE && u->cls != NEWSCLEAN_TD_SENT && u->weff >= 1 &&
                  u->weff <= BUTTON_WORDS;
    if (!prompt || !button || prose_words(c, s, e - 2) < MIN_CORE_WORDS ||
        !off_topic_of(c, e, e, s, e - 2))
        return e;
    return e - 2;
}

/* Bytes of a site's name read from its copyright line, and the lines read for one. */
#define SITE_NAME_BYTES 60
#define SITE_NAME_LINES 2
/* Prose paragraphs of the core that may follow a site's notice about itself. */
#define SITE_NOTICE_AFTER 2

/* Past a leading "The ": a name is written with it in one place and without in another. */
static size_t
skip_the(const char *t, size_t len)
{
    return len > 4 && strncasecmp(t, "the ", 4) == 0 ? 4 : 0;
}

/* The name a copyright line gives its holder, as [*a, *z) of the line's text: what
 * follows the sign, the word and the years ("© 2025 The Ledger. All rights reserved",
 * "Copyright 2019-2024 by: Acme Inc.", "© acme.net, all rights reserved"), up to the
 * first mark that ends it. False if no name of a few words is left. */
static bool
copyright_holder(const char *t, size_t len, size_t *a, size_t *z)
{
    size_t i = 0, prev = SIZE_MAX;
    while (i < len && i != prev) {
        prev = i;
        while (i < len && (t[i] == ' ' || t[i] == ':' || t[i] == '-' || t[i] == ','))
            i++;
        if (len - i >= 9 && strncasecmp(t + i, "copyright", 9) == 0)
            i += 9;
        else if (len - i >= 2 && (unsigned char)t[i] == 0xC2 && (unsigned char)t[i + 1] == 0xA9)
            i += 2;
        else if (len - i >= 3 &&
                 (strncasecmp(t + i, "(c)", 3) == 0 || memcmp(t + i, "\xE2\x80\x93", 3) == 0))
            i += 3; /* "(c)", or the en dash of "2019–2024" */
        else if (len - i >= 3 && strncasecmp(t + i, "by", 2) == 0 &&
                 (t[i + 2] == ' ' || t[i + 2] == ':'))
            i += 2;
        else
            while (i < len && (newsclean_is_ascii_digit(t[i]) || t[i] == '/'))
                i++;
    }
    size_t e = i, words = 1;
    while (e < len && e - i < SITE_NAME_BYTES && t[e] != '.' && t[e] != ',' && t[e] != '|' &&
           t[e] != ';' && t[e] != '(' && !(t[e] == ' ' && e + 1 < len && t[e + 1] == '-') &&
           !(len - e >= 11 && strncasecmp(t + e, " all rights", 11) == 0)) {
        words += t[e] == ' ';
        e++;
    }
    if (e - i >= SITE_NAME_BYTES)
        return false;
    newsclean_trim_ascii(t, &i, &e);
    i += skip_the(t + i, e - i);
    /* The company's legal form, which its notice leaves out ("Acme Media is ..."). */
    static const char *const form[] = {" ltd", " limited", " llc", " inc", " gmbh", " ag", " plc"};
    for (size_t f = 0; f < sizeof form / sizeof form[0]; f++) {
        size_t w = strlen(form[f]);
        if (e >= i + w && strncasecmp(t + e - w, form[f], w) == 0) {
            e -= w;
            break;
        }
    }
    *a = i;
    *z = e;
    return e >= i + 3 && words <= 6 && !newsclean_is_ascii_digit(t[i]);
}

/* What follows a site's name in a sentence that says what the site is: "Acme is a maker
 * of ...", "The Ledger is published by ...", "Acme, a nonprofit, ...". A sentence that
 * says what it does ("Acme helps you ...", "Acme is designed to ...") closes many a
 * company's own article, which keeps it. */
static const char *const site_defined[] = {
    " is a ",    " is an ", " is published ", " is owned ", " was founded ", " was established ",
    ", a ",      ", an ",   ", founded ",     " ist ein ",  " ist eine ",    " est un ",
    " est une ",
};

/* Whether prose line k opens with the name [n, n + m) and a sentence saying what it is
 * (see site_defined). */
static bool
opens_with_name(const newsclean_td_ctx *c, size_t k, const char *n, size_t m)
{
    const char *t = newsclean_td_text(c, k);
    size_t len = newsclean_td_len(c, k);
    size_t o = skip_the(t, len);
    if (len < o + m + 3 || strncasecmp(t + o, n, m) != 0)
        return false;
    for (size_t i = 0; i < sizeof site_defined / sizeof site_defined[0]; i++) {
        size_t w = strlen(site_defined[i]);
        if (len >= o + m + w && strncasecmp(t + o + m, site_defined[i], w) == 0)
            return true;
    }
    return false;
}

/* Whether a prose line in [s, j] names the site [n, n + m): a page about the site itself
 * (its service, its own news) whose last words on it are the page's. */
static bool
names_site(const newsclean_td_ctx *c, size_t s, size_t j, const char *n, size_t m)
{
    size_t budget = SIZE_MAX;
    for (size_t i = s; i <= j; i++) {
        if (c->ln[i].cls == NEWSCLEAN_TD_PROSE &&
            newsclean_contains_ci_within(newsclean_td_text(c, i), newsclean_td_len(c, i), n, m,
                                         &budget))
            return true;
    }
    return false;
}

/* Lines from the core's end a site's disclaimer may stand, and the prose paragraphs that
 * may follow it there (a second notice, the site's blurb). */
#define DISCLAIMER_LINES 6
#define DISCLAIMER_AFTER_PARAS 2

/* Whether line i is a site's disclaimer: the label itself, or the words that say the
 * text is no advice and no one's view but the writer's ("for informational purposes
 * only", "the views expressed ... are not necessarily those of ..."). Sites print it under
 * every article; an article's own sentence says it of something else and seldom. */
static bool
disclaimer_line(const newsclean_td_ctx *c, size_t i)
{
    static const char *const says[] = {
        "for informational purposes",
        "for general informational purposes",
        "for general information purposes",
        "for information purposes only",
        "not necessarily those of",
        "do not necessarily reflect",
        "does not necessarily reflect",
        "opinions expressed",
        "views expressed",
        "not intended to substitute",
        "not intended to be a substitute",
        "does not constitute",
    };
    const char *t = newsclean_td_text(c, i);
    size_t len = newsclean_td_len(c, i);
    if (len >= 10 && strncasecmp(t, "disclaimer", 10) == 0)
        return true;
    for (size_t k = 0; k < sizeof says / sizeof *says; k++)
        if (newsclean_contains_ci(t, len, says[k]))
            return true;
    return false;
}

/* Where a core's closing disclaimer starts: the core's new last line, or e itself. The
 * HTML stage leaves such a notice out with the footer box it sits in; in a dump it reads
 * as prose right under the article. */
static size_t
disclaimer_tail(const newsclean_td_ctx *c, size_t s, size_t e)
{
    size_t cut = e, after = 0;
    for (size_t k = e, n = 0; k > s + 1 && n < DISCLAIMER_LINES; k--, n++) {
        if (c->ln[k].cls != NEWSCLEAN_TD_PROSE && c->ln[k].cls != NEWSCLEAN_TD_SENT)
            continue;
        if (disclaimer_line(c, k))
            cut = k - 1;
        else if (++after > DISCLAIMER_AFTER_PARAS)
            break;
    }
    if (cut == e || prose_words(c, s, cut) < MIN_CORE_WORDS)
        return e;
    return cut;
}

/* Where a core's closing notice about the site starts: the core's new last line, or e
 * itself. A paragraph near the core's end that opens with the name the page's copyright
 * line gives ("The Ledger is published by ...", "Acme is a nonprofit ...") is the site
 * speaking of itself: its mission, letters policy or press boilerplate, which reads as
 * prose and can outweigh a short article, so no weight or topic test can leave it out;
 * its subject can. A heading over it that names the site ("About Acme") and the chrome
 * lines above it go with it. */
static size_t
site_notice_tail(const newsclean_td_ctx *c, size_t s, size_t e)
{
    for (size_t i = c->n, seen = 0; i-- > 0 && seen < SITE_NAME_LINES;) {
        if (c->ln[i].kind != NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_COPYRIGHT))
            continue;
        seen++;
        const char *t = newsclean_td_text(c, i);
        size_t a, z;
        if (!copyright_holder(t, newsclean_td_len(c, i), &a, &z))
            continue;
        for (size_t k = e, after = 0; k > s && after <= SITE_NOTICE_AFTER; k--) {
            if (c->ln[k].cls != NEWSCLEAN_TD_PROSE)
                continue;
            if (!opens_with_name(c, k, t + a, z - a)) {
                after++;
                continue;
            }
            size_t j = k - 1;
            while (j > s && c->ln[j].cls != NEWSCLEAN_TD_PROSE &&
                   (tail_chrome(&c->ln[j]) || c->ln[j].cls == NEWSCLEAN_TD_NOISE ||
                    newsclean_contains_ci_within(newsclean_td_text(c, j), newsclean_td_len(c, j),
                                                 t + a, z - a, &(size_t){SIZE_MAX})))
                j--;
            if (prose_words(c, s, j) >= MIN_CORE_WORDS && !names_site(c, s, j, t + a, z - a))
                return j;
            break;
        }
    }
    return e;
}

/* Lines a sign-up box under an article takes from its prompt down, and the paragraphs
 * among them: a pitch, a line of fine print, a form's note. */
#define SIGNUP_BOX_LINES 8
#define SIGNUP_BOX_PARAS 3
#define SIGNUP_BOX_WORDS 80.0

/* Where a core's closing sign-up box starts: the core's new last line, or e itself. A
 * newsletter prompt ("Subscribe for updates") at most SIGNUP_BOX_LINES lines above the
 * core's end, with one to SIGNUP_BOX_PARAS short paragraphs under it: the box's pitch,
 * consent line and form notes, which read as prose and join the article's end. A
 * vendor's pitch speaks of the article's topic, so its words cannot tell it apart. A
 * call to action's button may stand between an article's sections and does not open
 * such a box: the last section under it is as short. */
static size_t
signup_tail(const newsclean_td_ctx *c, size_t s, size_t e)
{
    for (size_t k = e, n = 0; k > s + 1 && n < SIGNUP_BOX_LINES; k--, n++) {
        if (c->ln[k].cls == NEWSCLEAN_TD_PROSE ||
            c->ln[k].kind != NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_NEWSLETTER))
            continue;
        size_t paras = 0;
        for (size_t i = k + 1; i <= e; i++)
            paras += c->ln[i].cls == NEWSCLEAN_TD_PROSE;
        if (paras == 0 || paras > SIGNUP_BOX_PARAS || prose_words(c, s, k - 1) < MIN_CORE_WORDS ||
            prose_words(c, k + 1, e) > SIGNUP_BOX_WORDS)
            return e;
        return k - 1;
    }
    return e;
}

/* A core that is nothing but such a footer (see footer_tail()): the article above its
 * chrome line is a short one of short lines (a schedule, results, a list of steps) whose
 * list the core search values below the notice's one long paragraph. Search again
 * without the footer; the article runs from the new core down to the chrome line when
 * it weighs an article's least and the footer is off its topic. */
static void
footer_core(newsclean_td_ctx *c, size_t *s, size_t *e, double *mass)
{
    size_t a = *s, b = *e;
    size_t h = closing_chrome(c, a, 0);
    if (h == SIZE_MAX || b - a + 1 > FOOTER_PARAS)
        return;
    for (size_t i = a; i < c->n; i++) {
        if (c->ln[i].cls == NEWSCLEAN_TD_PROSE && (i < a || i > b))
            return;
        if (i <= b && c->ln[i].cls != NEWSCLEAN_TD_PROSE)
            return;
    }
    double kept[FOOTER_PARAS];
    for (size_t i = a; i <= b; i++) {
        kept[i - a] = c->ln[i].v;
        c->ln[i].v = NOISE_VALUE;
        c->b->v[c->ln[i].bi].score = NOISE_VALUE;
    }
    size_t ns, ne, end = h - 1;
    double m;
    bool found = core(c, &ns, &ne, &m) && ne < h;
    /* The article stops at a barrier under the new core (a comment section's heading):
     * what lies between it and the footer is not the article's. */
    for (size_t i = found ? ne + 1 : h; i < h; i++) {
        if (c->ln[i].barrier && c->ln[i].kind != NEWSCLEAN_TD_K_LEGAL) {
            end = i - 1;
            break;
        }
    }
    if (found && weighs_article(c, ns, end) && off_topic_of(c, a, b, ns, end)) {
        *s = ns;
        *e = end;
        *mass = m > MIN_CORE_WORDS ? m : MIN_CORE_WORDS;
        return;
    }
    for (size_t i = a; i <= b; i++) {
        c->ln[i].v = kept[i - a];
        c->b->v[c->ln[i].bi].score = kept[i - a];
    }
}

/* Cards of other stories: a title over one summary, with a line giving the story's date
 * right above the title, between title and summary, or under the summary (after at most
 * an author's name). Teaser strips print these in runs; an article dates itself once. */
#define CARD_RUN 3
/* Prose of the article above a run of cards, in words, and against the cards' own. */
#define CARD_ARTICLE_WORDS 150.0
#define CARD_ARTICLE_SHARE 2.0
/* Share of a core's prose in cards above which the cards are the page's content. */
#define CARD_PAGE_SHARE 0.3

/* Whether line j can be a card's date line: short, holding a date. */
static bool
card_date(newsclean_td_ctx *c, size_t j)
{
    return j < c->n && c->ln[j].cls != NEWSCLEAN_TD_PROSE && c->ln[j].weff <= 12 &&
           newsclean_td_has_date(c, j);
}

/* Whether line j can be a card's title: a short line with no date, as teasers() asks. A
 * card's title links to its story, so a line that is links only by the dump's own marks
 * (lynx's numbers) is one too; a URL or a menu of several links is not. */
static bool
card_title(newsclean_td_ctx *c, size_t j)
{
    const newsclean_td_line *p = &c->ln[j];
    return (p->cls == NEWSCLEAN_TD_SHORT || p->cls == NEWSCLEAN_TD_SENT) && !p->lower &&
           (!p->linky || p->link_text) && p->weff >= 2 && p->weff <= 20 &&
           !newsclean_td_has_date(c, j);
}

/* The card whose summary is line i, if it is one: its first and last lines. */
static bool
card_at(newsclean_td_ctx *c, size_t i, size_t *a, size_t *z)
{
    const newsclean_td_line *l = &c->ln[i];
    if (l->cls != NEWSCLEAN_TD_PROSE || i < 2 ||
        (i + 1 < c->n && c->ln[i + 1].cls == NEWSCLEAN_TD_PROSE))
        return false;
    if ((card_title(c, i - 1) && card_date(c, i - 2)) ||
        (card_date(c, i - 1) && card_title(c, i - 2))) {
        *a = i - 2;
        *z = i;
        return true;
    }
    if (card_title(c, i - 1) && card_date(c, i + 1)) {
        *a = i - 1;
        *z = i + 1;
        return true;
    }
    if (card_title(c, i - 1) && i + 2 < c->n && c->ln[i + 1].cls != NEWSCLEAN_TD_PROSE &&
        c->ln[i + 1].weff <= 4 && card_date(c, i + 2)) {
        *a = i - 1;
        *z = i + 2;
        return true;
    }
    return false;
}

/* Where a core's run of dated cards starts after the article: the core's new last line,
 * or e itself. The run must follow an article of its own that outweighs it; a page whose
 * core is the cards (an events list, a changelog) keeps them. */
static size_t
card_tail(newsclean_td_ctx *c, size_t s, size_t e)
{
    double all = 0, cards_all = 0;
    for (size_t i = s; i <= e; i++) {
        size_t a, z;
        if (c->ln[i].cls != NEWSCLEAN_TD_PROSE)
            continue;
        all += c->ln[i].weff;
        if (card_at(c, i, &a, &z))
            cards_all += c->ln[i].weff;
    }
    /* Cards all through the core: a page of them (an events list, a changelog), whose
     * first cards are no article. */
    if (cards_all > CARD_PAGE_SHARE * all)
        return e;
    for (size_t i = s; i <= e; i++) {
        size_t a, z, first;
        if (!card_at(c, i, &a, &z) || a <= s)
            continue;
        first = a;
        size_t cards = 1, k = z + 1, last = i;
        double words = c->ln[i].weff;
        /* The next card's summary comes three to five lines on: title, date and author
         * lines between, in whichever order the strip prints them. */
        for (size_t j = last + 3; j <= e && j <= last + 5; j++) {
            size_t a2, z2;
            if (c->ln[j - 1].cls == NEWSCLEAN_TD_PROSE || c->ln[j - 2].cls == NEWSCLEAN_TD_PROSE)
                break;
            if (card_at(c, j, &a2, &z2) && a2 > last) {
                cards++;
                words += c->ln[j].weff;
                k = z2 + 1 > k ? z2 + 1 : k;
                last = j;
                j = last + 2;
            }
        }
        if (cards < CARD_RUN)
            continue;
        double article = prose_words(c, s, first - 1);
        if (article < CARD_ARTICLE_WORDS || article < CARD_ARTICLE_SHARE * words) {
            i = k - 1;
            continue;
        }
        /* Past the cards, only text off the article's topic (a bio, the site's blurb):
         * the article ended above them. Else the cards are a box inside it. */
        bool goes_on = false;
        for (size_t j = k; j <= e && !goes_on; j++)
            goes_on = c->ln[j].cls == NEWSCLEAN_TD_PROSE && c->ln[j].ov >= OFF_TOPIC;
        if (!goes_on)
            return first - 1;
        for (size_t j = first; j < k; j++) {
            newsclean_td_line *l = &c->ln[j];
            if (l->cls != NEWSCLEAN_TD_NOISE) {
                l->cls = NEWSCLEAN_TD_NOISE;
                l->why = "teaser card";
            }
        }
        i = k - 1;
    }
    return e;
}

/* A comment thread under the article: posts in a row, each a commenter's name and the
 * post's date or age on the two lines over its text. A thread with no heading the phrase
 * rules know ("Join the discussion") runs on from the article's last paragraph and can
 * outweigh a short article. */
#define THREAD_POSTS 3
/* Words a commenter's name runs to, and the lines a post's own buttons ("Reply", "Like")
 * may take between its text and the next post's name. */
#define POSTER_WORDS 3
#define POST_BUTTON_LINES 2

/* Whether line j can be a commenter's name: a few words, none a function word, no date
 * and no sentence. A live blog's entries are titled with sentences of their own. */
static bool
poster_name(newsclean_td_ctx *c, size_t j)
{
    const newsclean_td_line *l = &c->ln[j];
    return l->cls == NEWSCLEAN_TD_SHORT && l->weff >= 1 && l->weff <= POSTER_WORDS &&
           l->stop == 0 && !l->endp && !l->linky && !l->why && !newsclean_td_has_date(c, j);
}

/* Whether line j gives a post's date or age. */
static bool
post_date(newsclean_td_ctx *c, size_t j)
{
    return card_date(c, j) ||
           (c->ln[j].cls != NEWSCLEAN_TD_PROSE && newsclean_td_relative_time(c, j));
}

/* The first line of the text of a post whose head (name and date, either order) starts
 * at line k, or SIZE_MAX if none starts there. */
static size_t
post_at(newsclean_td_ctx *c, size_t k, size_t e)
{
    if (k + 2 > e || c->ln[k + 2].cls != NEWSCLEAN_TD_PROSE)
        return SIZE_MAX;
    if ((poster_name(c, k) && post_date(c, k + 1)) || (poster_name(c, k + 1) && post_date(c, k)))
        return k + 2;
    return SIZE_MAX;
}

/* Where a core's comment thread starts: the core's new last line, or e itself. The
 * thread must close the core, and the article above it must be no post itself: a
 * forum's thread opens with a post as well and is the page's content. */
static size_t
thread_tail(newsclean_td_ctx *c, size_t s, size_t e)
{
    for (size_t k = s + 1; k < e; k++) {
        size_t t = post_at(c, k, e);
        if (t == SIZE_MAX)
            continue;
        if (prose_words(c, s, k - 1) < MIN_CORE_WORDS)
            return e;
        size_t posts = 1, j = t;
        for (;;) {
            while (j < e && c->ln[j + 1].cls == NEWSCLEAN_TD_PROSE)
                j++;
            size_t next = SIZE_MAX; /* the next post's first line of text */
            for (size_t g = j + 1; g <= j + 1 + POST_BUTTON_LINES && next == SIZE_MAX; g++) {
                if (g > e || c->ln[g].cls == NEWSCLEAN_TD_PROSE)
                    break;
                next = post_at(c, g, e);
            }
            if (next == SIZE_MAX)
                break;
            posts++;
            j = next;
        }
        /* The thread runs to the core's end: past its last post, no more prose. */
        bool closes = posts >= THREAD_POSTS;
        for (size_t g = j + 1; g <= e && closes; g++)
            closes = c->ln[g].cls != NEWSCLEAN_TD_PROSE;
        return closes ? k - 1 : e;
    }
    return e;
}

/* Whether a legal phrase at line i heads a section rather than opening a footer: the
 * article's prose goes on right under it, or under the one heading that follows it.
 * Guides have a section called "Terms of Use"; long pages close each section with
 * "Back to top". A footer's links come in a run of short lines. */
static bool
section_goes_on(const newsclean_td_ctx *c, size_t i)
{
    for (size_t k = i + 1; k < c->n && k <= i + 2; k++) {
        const newsclean_td_line *l = &c->ln[k];
        if (l->cls == NEWSCLEAN_TD_PROSE)
            return true;
        if (l->cls != NEWSCLEAN_TD_SHORT || l->linky || l->barrier)
            return false;
    }
    return false;
}

/* Largest-sum run of line values (Kadane): the article is where prose outweighs the
 * short lines between it (Finn et al. 2001, body text extraction). A barrier phrase
 * (comments, copyright, "Tags:") ends every run, so an article never merges with the
 * comments under it; and after a barrier or a "Related" heading that closes a run of
 * text, everything counts for less, since what follows an article's end is rarely the
 * article. Linear in the number of lines. */
static bool
core(const newsclean_td_ctx *c, size_t *s, size_t *e, double *mass)
{
    double best = 0, cur = 0, w = 1.0;
    size_t bs = 0, be = 0, cs = 0;
    bool found = false;
    for (size_t i = 0; i < c->n; i++) {
        const newsclean_td_line *l = &c->ln[i];
        /* Only a barrier that closes a run of real text marks an article's end:
         * menus repeat "Contact" and "Related" long before any article starts. A run
         * of an article's least prose closes: a short article's footer and comments
         * must not outweigh it. */
        bool closes = cur >= MIN_CORE_WORDS;
        double v = l->v;
        if (l->barrier && l->kind == NEWSCLEAN_TD_K_LEGAL && section_goes_on(c, i))
            v = NOISE_VALUE;
        else if (l->barrier) {
            if (closes && l->kind == NEWSCLEAN_TD_K_COMMENTS)
                w *= AFTER_COMMENTS_WEIGHT;
            else if (closes && l->kind != NEWSCLEAN_TD_K_LEGAL)
                w *= AFTER_BARRIER_WEIGHT;
            cur = 0;
            cs = i + 1;
            continue;
        }
        if (l->kind == NEWSCLEAN_TD_K_LISTHEAD && closes)
            w *= AFTER_LIST_WEIGHT;
        if (cur <= 0) {
            cur = 0;
            cs = i;
        }
        cur += v > 0 ? v * w : v;
        if (cur > best) {
            best = cur;
            bs = cs;
            be = i;
            found = true;
        }
    }
    if (!found)
        return false;
    double m = 0;
    for (size_t i = bs; i <= be; i++) {
        if (c->ln[i].cls == NEWSCLEAN_TD_PROSE)
            m += c->ln[i].weff;
    }
    *s = bs;
    *e = be;
    *mass = m;
    return true;
}

static void
drop(newsclean_td_ctx *c, size_t i, const char *why)
{
    newsclean_block *blk = &c->b->v[c->ln[i].bi];
    blk->keep = false;
    blk->reason = why;
}

static void
keep(newsclean_td_ctx *c, size_t i, const char *why)
{
    newsclean_block *blk = &c->b->v[c->ln[i].bi];
    blk->keep = true;
    blk->reason = why;
}

static bool
navish(const newsclean_td_line *l)
{
    return l->cls == NEWSCLEAN_TD_SHORT && l->weff <= 4;
}

/* Whether lines i and i + 1 are items of one list: bulleted, with no blank line between. */
static bool
same_list(const newsclean_td_ctx *c, size_t i)
{
    return c->b->v[c->ln[i].bi].kind == NEWSCLEAN_BLOCK_LIST_ITEM &&
           c->b->v[c->ln[i + 1].bi].kind == NEWSCLEAN_BLOCK_LIST_ITEM && !c->ln[i + 1].gapb &&
           c->ln[i].cls != NEWSCLEAN_TD_NOISE && c->ln[i + 1].cls != NEWSCLEAN_TD_NOISE;
}

/* A core that starts or ends inside a bulleted list takes the whole list: a change log or
 * a list of steps is one piece of the article, its short items worth less in the core
 * search than its long ones. */
static void
whole_list(const newsclean_td_ctx *c, size_t *s, size_t *e)
{
    while (*s > 0 && same_list(c, *s - 1))
        (*s)--;
    while (*e + 1 < c->n && same_list(c, *e))
        (*e)++;
}

/* Whether line i's copy of an earlier line sits next to another copy: a block of the
 * page said twice, not one paragraph that an author (or a filler text) repeats. */
static bool
in_copied_block(const newsclean_td_ctx *c, size_t i)
{
    return (i > 0 && c->ln[i - 1].first < i - 1) || (i + 1 < c->n && c->ln[i + 1].first < i + 1);
}

/* Items a numbered list in the article may hold: a ranking, a top ten, a list of steps. */
#define NUMBERED_ITEMS 30

/* The number opening line i as a list's item does ("3. Canada", "3) Canada"), 0 if none. */
static size_t
item_number(const newsclean_td_ctx *c, size_t i)
{
    const char *t = newsclean_td_text(c, i);
    size_t len = newsclean_td_len(c, i), k = 0, v = 0;
    while (k < len && k < 3 && t[k] >= '0' && t[k] <= '9')
        v = v * 10 + (size_t)(t[k++] - '0');
    if (k == 0 || k + 1 >= len || (t[k] != '.' && t[k] != ')') || t[k + 1] != ' ')
        return 0;
    return v;
}

/* Whether line i is an item of a numbered list the article introduces: the items count
 * up from 1 on consecutive lines right under a line that ends with a colon ("The
 * rankings were as follows:"), three items at least. Short as menu entries, they are
 * the article's own list; a menu or a most-read box is not numbered under a sentence
 * of the article. */
static bool
numbered_item(const newsclean_td_ctx *c, size_t i, size_t s, size_t e)
{
    size_t k = item_number(c, i);
    if (k == 0 || k > NUMBERED_ITEMS || i < s + k)
        return false;
    size_t a = i - (k - 1);
    for (size_t j = a; j <= i; j++) {
        if (item_number(c, j) != j - a + 1 || c->ln[j].cls == NEWSCLEAN_TD_NOISE || c->ln[j].linky)
            return false;
    }
    size_t z = i;
    while (z < e && z - a + 1 < NUMBERED_ITEMS && item_number(c, z + 1) == z - a + 2 &&
           c->ln[z + 1].cls != NEWSCLEAN_TD_NOISE && !c->ln[z + 1].linky)
        z++;
    const char *t = newsclean_td_text(c, a - 1);
    size_t len = newsclean_td_len(c, a - 1);
    return z - a + 1 >= 3 && len > 0 && t[len - 1] == ':' && c->ln[a - 1].cls != NEWSCLEAN_TD_NOISE;
}

/* Lines a list introduced by the article may run to (see introduced_item()). */
#define INTRODUCED_LINES 20

/* Whether line i ends with a colon as a sentence introducing what follows does. */
static bool
introduces(const newsclean_td_ctx *c, size_t i)
{
    const newsclean_td_line *p = &c->ln[i];
    const char *t = newsclean_td_text(c, i);
    size_t len = newsclean_td_len(c, i);
    return len > 0 && t[len - 1] == ':' && !p->why && !p->linky &&
           (p->cls == NEWSCLEAN_TD_PROSE || p->cls == NEWSCLEAN_TD_SENT);
}

/* Whether line i is a bulleted item, a few words long and no chrome by its words. */
static bool
plain_item(const newsclean_td_ctx *c, size_t i)
{
    const newsclean_td_line *l = &c->ln[i];
    return c->b->v[l->bi].kind == NEWSCLEAN_BLOCK_LIST_ITEM && !l->why && !l->barrier &&
           l->dup <= 1 && l->weff >= 2 && l->cls != NEWSCLEAN_TD_PROSE;
}

/* A sentence of the article ending with a colon, right over a bulleted list with the
 * article's text going on under it, introduces that list: the patches a release note
 * names, the reports a story cites, each item linked to its page. lynx's link numbers
 * make such items lines of links, costed in the core search like a menu's, and a dozen of
 * them cut the article in two where a dump without the marks keeps them as short lines.
 * They cost what a short line costs; which of them stay is decided with the core
 * (introduced_item()). A menu's or a related box's list hangs under a heading or stands
 * apart, and an archive's list runs longer than INTRODUCED_LINES. */
static void
introduced_links(newsclean_td_ctx *c)
{
    if (c->markdown)
        return;
    for (size_t i = 0; i + 1 < c->n; i++) {
        if (!introduces(c, i) || c->ln[i + 1].gapb)
            continue;
        size_t z = i + 1, linked = 0;
        while (z < c->n && z - i <= INTRODUCED_LINES && plain_item(c, z) &&
               (z == i + 1 || !c->ln[z].gapb) && (!c->ln[z].linky || c->ln[z].link_text)) {
            linked += c->ln[z].link_text;
            z++;
        }
        const newsclean_td_line *after = z < c->n ? &c->ln[z] : NULL;
        if (linked == 0 || z - i > INTRODUCED_LINES || !after || after->why ||
            (after->cls != NEWSCLEAN_TD_PROSE && after->cls != NEWSCLEAN_TD_SENT)) {
            i = z - 1;
            continue;
        }
        for (size_t j = i + 1; j < z; j++) {
            newsclean_td_line *l = &c->ln[j];
            if (!l->link_text)
                continue;
            l->link_text = false;
            l->linky = false;
            classify(l, c->b->v[l->bi].punct);
            c->b->v[l->bi].score = l->v;
            c->b->v[l->bi].flags |= NEWSCLEAN_BF_DUMP_INTRODUCED;
        }
        i = z - 1;
    }
}

/* Whether line i, in the run [a, z] of lines that are no prose inside the core, is an
 * item of a list the article introduces: a sentence of the article ending with a colon
 * above it in the run (or the prose right above the run), the article's prose going on
 * under the run, and no line from the colon down a phrase rule's chrome, a URL or a menu
 * line. Ingredients, a schedule, the names of a ranking: as short as a menu's lines, but
 * said by the article. An item that is all link text (the reports or sources the article
 * cites) is the article's too: the sentence says what the links are, as a menu's or a
 * related box's heading does not. */
static bool
introduced_item(const newsclean_td_ctx *c, size_t i, size_t a, size_t z, size_t s, size_t e)
{
    /* A closing sentence of the article's own (a run's last line read as a sentence) goes
     * on from the list as a paragraph does. */
    bool closes = z == e && c->ln[z].cls == NEWSCLEAN_TD_SENT && c->ln[z].endp && z > i;
    if (a <= s || (z >= e && !closes) || i < a)
        return false;
    size_t k = i - 1;
    while (k >= a && !introduces(c, k))
        k--;
    if (!introduces(c, k) || z - k > INTRODUCED_LINES)
        return false;
    for (size_t j = k + 1; j <= z; j++) {
        const newsclean_td_line *l = &c->ln[j];
        if (l->cls == NEWSCLEAN_TD_NOISE || l->why || (l->linky && !l->link_text) || l->barrier ||
            l->role != NEWSCLEAN_TD_ROLE_NONE)
            return false;
    }
    return true;
}

/* Bytes a one-word subheading holds at least: the short words alone between paragraphs
 * are chrome ("Top", "Ads", "New") or a placeholder more often than a heading. */
#define LONE_HEADING_BYTES 4

/* Whether line i is a one-word subheading: the word alone, capitalised, set apart by
 * blank lines, with the article's paragraphs right above it and two under it ("Background",
 * "Sources"). A stray word of chrome between two paragraphs is rarer than a heading; a
 * card's title over its one line of description is no heading of the article. */
static bool
lone_heading(const newsclean_td_ctx *c, size_t i, size_t a, size_t z, size_t s, size_t e)
{
    const newsclean_td_line *l = &c->ln[i];
    if (a != i || z != i || i <= s || i + 2 > e || c->ln[i + 2].cls != NEWSCLEAN_TD_PROSE ||
        l->weff < 1 || l->weff >= 2 || l->linky || l->lower || l->endp || !l->gapb || !l->gapa)
        return false;
    uint32_t cp;
    size_t k;
    cp = newsclean_utf8_decode(newsclean_td_text(c, i), newsclean_td_len(c, i), 0, &k);
    return newsclean_cp_is_upper(cp) && newsclean_td_len(c, i) >= LONE_HEADING_BYTES;
}

/* A dump that holds the article twice (a print or mobile copy) says the short lines of
 * its first copy again in the same order as the paragraphs round them: a run of copies
 * that holds a copied paragraph is a block said twice, and the list items and subheadings
 * of its first copy in the core [s, e] are the article's, not a menu's items said again in
 * the footer. The second copy may run on past the core's end. */
static void
copied_runs(newsclean_td_ctx *c, size_t s, size_t e)
{
    for (size_t a = s + 1; a < c->n;) {
        if (c->ln[a].first >= a || c->ln[a].first < s) {
            a++;
            continue;
        }
        size_t z = a;
        bool prose = false;
        for (;; z++) {
            const newsclean_td_line *f = &c->ln[c->ln[z].first];
            prose = prose || (f->cls == NEWSCLEAN_TD_PROSE && f->weff >= COPIED_PARAGRAPH_WORDS);
            if (z + 1 >= c->n || c->ln[z + 1].first != c->ln[z].first + 1 ||
                c->ln[z + 1].first >= z + 1)
                break;
        }
        for (size_t k = a; prose && k <= z; k++) {
            newsclean_td_line *f = &c->ln[c->ln[k].first];
            if (c->ln[k].first <= e && !f->linky)
                f->copied = true;
        }
        a = z + 1;
    }
}

/* Words of a heading the article says again (see own_heading()). */
#define OWN_HEADING_WORDS 20

/* Whether short line i, said more than once, is a heading of the article: every copy lies
 * in the core [s, e], and this one stands over the article's text (a sentence or a
 * paragraph) or ends with a colon over a list. A table of contents repeats the
 * subheadings above the article, a list of features repeats its labels ("Pros:"), and the
 * run of contents entries stands over more entries, not text; a menu repeats its items
 * in the footer, outside the core. */
static bool
own_heading(const newsclean_td_ctx *c, size_t i, size_t s, size_t e)
{
    const newsclean_td_line *l = &c->ln[i];
    if (l->first < s || l->linky || l->lower || l->cls == NEWSCLEAN_TD_NOISE || l->why ||
        l->weff > OWN_HEADING_WORDS || i + 1 > e || l->last > e)
        return false;
    const char *t = newsclean_td_text(c, i);
    size_t len = newsclean_td_len(c, i);
    const newsclean_td_line *u = &c->ln[i + 1];
    return (len > 0 && t[len - 1] == ':') ||
           ((u->cls == NEWSCLEAN_TD_PROSE || u->cls == NEWSCLEAN_TD_SENT) && !u->why && !u->linky);
}

/* Words a field's label may hold ("Type", "Release date", "Pull request"). */
#define FIELD_LABEL_WORDS 3

/* The code points of line i's label when it is a field of a fact list (a capitalised
 * label of a few words, a colon, then its value on the same line: "Type: Exploit",
 * "Capacity: 24 ounces"), colon and space included; 0 when it is none. */
static size_t
field_label(const newsclean_td_ctx *c, size_t i)
{
    const newsclean_td_line *l = &c->ln[i];
    if (l->cls == NEWSCLEAN_TD_NOISE || l->why || l->barrier || l->role != NEWSCLEAN_TD_ROLE_NONE)
        return 0;
    const char *t = newsclean_td_text(c, i);
    size_t len = newsclean_td_len(c, i), k;
    if (!newsclean_cp_is_upper(newsclean_utf8_decode(t, len, 0, &k)))
        return 0;
    size_t words = 1, cps = 0;
    for (size_t j = 0; j + 2 < len; j++) {
        cps += ((unsigned char)t[j] & 0xC0) != 0x80;
        if (t[j] == ':')
            return t[j + 1] == ' ' && t[j + 2] != ' ' ? cps + 1 : 0;
        if (t[j] == ' ' && ++words > FIELD_LABEL_WORDS)
            return 0;
        if (t[j] == '.' || t[j] == ',' || t[j] == '[' || t[j] == '(')
            return 0;
    }
    return 0;
}

/* Whether line i is a field among others: a fact list the article sets out (a product's
 * measures, a module's type and path, a plant's light and water), which says its facts
 * in a few words each. A credit under a picture ("Photo: ...") stands alone. A field's
 * value may be a link ("Pull request: #123"), as lynx's numbers show, where its label is
 * not: a menu's links are the whole of their lines. */
static bool
fact_list_field(const newsclean_td_ctx *c, size_t i, size_t s, size_t e)
{
    const newsclean_td_line *l = &c->ln[i];
    const newsclean_block *blk = &c->b->v[l->bi];
    size_t label = field_label(c, i);
    return label > 0 && (!l->linky || (l->link_text && blk->chars - blk->link_chars >= label)) &&
           ((i > s && field_label(c, i - 1)) || (i < e && field_label(c, i + 1)));
}

/* A form's consent line is a short paragraph: FORM_CONSENT_BYTES at most. */
#define FORM_CONSENT_BYTES 320

/* A sign-up or contact form inside the core leaves its consent line under the button
 * ("By signing up, you agree to our Terms and Privacy Policy") and its messages, which
 * the page shows one at a time and a dump all at once ("Please enter a valid email
 * address.", "Thank you for subscribing!"): they read as sentences and stay where the
 * form's labels and button, short lines, leave. They are the form's, wherever the form
 * stands: no article agrees to its own terms or asks for the reader's address. */
static void
drop_form_consent(newsclean_td_ctx *c, size_t s, size_t e)
{
    for (size_t i = s; i <= e; i++) {
        if (newsclean_td_len(c, i) <= FORM_CONSENT_BYTES && newsclean_td_form_consent(c, i))
            drop(c, i, "form line");
    }
}

/* A post's furniture is a short line: POST_FURNITURE_BYTES at most, so a long sort bar or
 * a long list of those who reacted stays. */
#define POST_FURNITURE_BYTES 100

/* A forum thread's posts join the core with the short lines between them, most of which
 * the core's stage drops; a post's furniture (lexicon.c) stays as a list item or a
 * subheading. It is left out only here, once the core is found: its lines weigh in the
 * search as the short lines they are, and the posts' heads tell a thread by them. */
static void
drop_post_furniture(newsclean_td_ctx *c, size_t s, size_t e)
{
    for (size_t i = s; i <= e; i++) {
        if (c->ln[i].cls != NEWSCLEAN_TD_PROSE && newsclean_td_len(c, i) <= POST_FURNITURE_BYTES &&
            newsclean_td_post_furniture(c, i))
            drop(c, i, "post furniture");
    }
}

/* Keeps line i as the article's (an item of a list it introduces, a field of a fact
 * list); where the dump's marks make it a line of links, it is flagged so the scoring
 * stage's test of kept lines does not drop it again as mostly links (score.c,
 * chrome_text()). */
static void
keep_maybe_linked(newsclean_td_ctx *c, size_t i, const char *why)
{
    keep(c, i, why);
    if (c->ln[i].link_text)
        c->b->v[c->ln[i].bi].flags |= NEWSCLEAN_BF_DUMP_INTRODUCED;
}

/* Decide every line inside [s, e] once the core is known. Runs of lines are measured
 * once, when their first line comes up, so the pass stays linear. */
static void
decide_core(newsclean_td_ctx *c, size_t s, size_t e)
{
    size_t nav_a = s, nav_z = s, run_a = s, run_z = s, distinct = 0;
    double run_words = 0;
    bool long_list = false;
    for (size_t i = s; i <= e; i++)
        distinct +=
            c->ln[i].cls == NEWSCLEAN_TD_PROSE && (c->ln[i].first == i || c->ln[i].first < s);
    bool varied = distinct >= REPEAT_DISTINCT;
    /* A dump that holds the article twice repeats its subheadings with the paragraphs
     * under them; a menu's items come back alone, in the footer, and a form's prompts
     * with a line of its fine print. */
    for (size_t j = s + 1; j < e; j++) {
        size_t f = c->ln[j].first;
        if (f + 1 < j && c->ln[j + 1].first == f + 1 && c->ln[f].gapb && c->ln[f].gapa &&
            !c->ln[f].linky && c->ln[f + 1].cls == NEWSCLEAN_TD_PROSE &&
            c->ln[f + 1].weff >= COPIED_PARAGRAPH_WORDS)
            c->ln[f].copied = true;
    }
    copied_runs(c, s, e);
    for (size_t i = s; i <= e; i++) {
        newsclean_td_line *l = &c->ln[i];
        if (navish(l) && (i == s || !navish(&c->ln[i - 1]))) {
            for (nav_a = nav_z = i; nav_z < e && navish(&c->ln[nav_z + 1]);)
                nav_z++;
        }
        if (l->cls != NEWSCLEAN_TD_PROSE && (i == s || c->ln[i - 1].cls == NEWSCLEAN_TD_PROSE)) {
            for (run_a = run_z = i; run_z < e && c->ln[run_z + 1].cls != NEWSCLEAN_TD_PROSE;)
                run_z++;
            run_words = 0;
            bool chrome = false;
            for (size_t j = run_a; j <= run_z; j++) {
                run_words += c->ln[j].weff;
                chrome = chrome || c->ln[j].cls == NEWSCLEAN_TD_NOISE || c->ln[j].barrier;
            }
            run_words /= (double)(run_z - run_a + 1);
            long_list =
                run_a > s && run_z < e && run_z - run_a >= SHORT_RUN_LINES &&
                run_z - run_a < LONG_LIST_LINES &&
                (run_words >= LONG_LIST_WORDS || (!chrome && run_words >= LIST_PHRASE_WORDS));
        }
        if (l->role == NEWSCLEAN_TD_ROLE_HEADLINE) {
            drop(c, i, "headline");
        } else if (l->role == NEWSCLEAN_TD_ROLE_DATE) {
            drop(c, i, "date line");
        } else if (l->role == NEWSCLEAN_TD_ROLE_BYLINE || l->kind == NEWSCLEAN_TD_K_BYLINE) {
            drop(c, i, "byline");
        } else if (l->cls == NEWSCLEAN_TD_NOISE) {
            drop(c, i, l->why);
        } else if (l->captioned) {
            drop(c, i, "image caption");
        } else if (varied && l->first < i && l->first >= s && c->b->v[c->ln[l->first].bi].keep &&
                   in_copied_block(c, i)) {
            /* The same paragraph again, kept above: a dump that holds the article twice
             * (a print or mobile copy, a gallery's captions, a slider's clones). An
             * article rarely says a paragraph twice word for word; a page of one
             * paragraph said over and over (filler, a test page) is what it says. */
            drop(c, i, "repeated paragraph");
        } else if (l->cls != NEWSCLEAN_TD_PROSE && newsclean_td_call_to_action(c, i)) {
            /* A button's words ("Book a demo", "Try it today"): a vendor's box between the
             * article's sections or under it, which the HTML stage drops with its box. */
            drop(c, i, "call to action");
        } else if ((l->cls == NEWSCLEAN_TD_PROSE || l->cls == NEWSCLEAN_TD_SENT) &&
                   newsclean_td_prompt(c, i)) {
            /* Read as text, but the words of a call to support, a sign-up or a
             * disclosure (lexicon.c); the scoring stage drops the shorter ones (score.c). */
            drop(c, i, "closing prompt");
        } else if (l->cls == NEWSCLEAN_TD_PROSE) {
            keep(c, i, "prose core");
        } else if (l->row) {
            keep(c, i, "table row");
        } else if (l->first < i && c->ln[l->first].toc && l->weff <= TOC_WORDS) {
            keep(c, i, "subheading");
        } else if (l->dup > 1 && !l->copied && own_heading(c, i, s, e)) {
            keep(c, i, "subheading");
        } else if (l->dup > 1 && !l->copied) {
            drop(c, i, "repeated line");
        } else if (newsclean_td_date_line(c, i)) {
            drop(c, i, "date line");
        } else if (numbered_item(c, i, s, e)) {
            keep(c, i, "numbered list");
        } else if (l->cls != NEWSCLEAN_TD_PROSE && introduced_item(c, i, run_a, run_z, s, e)) {
            keep_maybe_linked(c, i, "introduced list");
        } else if (fact_list_field(c, i, s, e)) {
            keep_maybe_linked(c, i, "fact list");
        } else if (navish(l) && nav_z - nav_a >= 2 &&
                   !(nav_a > run_a && nav_z < run_z && long_list)) {
            /* Three or more menu-sized lines in a row: a tag list or a link box. Inside
             * a long list of phrases, its shorter items. */
            drop(c, i, "navigation run");
        } else if (l->cls == NEWSCLEAN_TD_SENT) {
            keep(c, i, "sentence in core");
        } else if (!l->linky && l->weff >= 2 &&
                   ((i > s && same_list(c, i - 1)) || (i < e && same_list(c, i)))) {
            keep(c, i, "list item");
        } else if (lone_heading(c, i, run_a, run_z, s, e)) {
            keep(c, i, "subheading");
        } else if (l->linky || l->weff < 2) {
            drop(c, i, "short line in core");
        } else if (i == run_z && run_z < e && l->weff <= 20 && !l->lower) {
            /* Right above a paragraph: a subheading. */
            keep(c, i, "subheading");
        } else if (l->weff >= 3 &&
                   ((run_a > s && run_z < e && run_z - run_a < SHORT_RUN_LINES) || long_list)) {
            /* In a short run with prose on both sides: a list item. A list of teaser
             * titles has prose on one side at most. A longer run holds the article's
             * own list or a table's rows when its lines are written out as phrases,
             * not a menu's words. */
            keep(c, i, "list item");
        } else {
            drop(c, i, "short line in core");
        }
    }
}

/* Keeps line i, a line of links by the dump's marks, as the article's; the flag keeps the
 * scoring stage's test of kept lines from dropping it again as mostly links (score.c,
 * chrome_text()). */
static void
keep_link_line(newsclean_td_ctx *c, size_t i, const char *why)
{
    keep(c, i, why);
    c->b->v[c->ln[i].bi].flags |= NEWSCLEAN_BF_DUMP_INTRODUCED;
}

/* Most words of a linked heading kept between kept blocks (see keep_linked_headings()). */
#define LINKED_HEADING_WORDS 12.0

/* Whether line i (inside the core, so with a line on each side) is a heading the core
 * dropped while the lines right above and below it are kept. */
static bool
dropped_heading_between_kept(const newsclean_td_ctx *c, size_t i)
{
    const newsclean_block *b = &c->b->v[c->ln[i].bi];
    return b->kind == NEWSCLEAN_BLOCK_HEADING && !b->keep && c->b->v[c->ln[i - 1].bi].keep &&
           c->b->v[c->ln[i + 1].bi].keep;
}

/* A listicle names each entry in a heading linked to the thing it names (a shop, a tool, a
 * book), and a dump's link marks make it a short line of links, which the core drops. A
 * heading the layout shows, inside the core, with kept blocks right above and below it,
 * stands in the article's flow: a teaser's title or a menu's entry has no kept article
 * text on both sides. Markdown's links are left to its own reading of headings. */
static void
keep_linked_headings(newsclean_td_ctx *c, size_t s, size_t e)
{
    for (size_t i = s + 1; i < e; i++) {
        const newsclean_td_line *l = &c->ln[i];
        if (l->link_text && !l->linked && l->cls != NEWSCLEAN_TD_NOISE &&
            l->role == NEWSCLEAN_TD_ROLE_NONE && l->weff <= LINKED_HEADING_WORDS &&
            dropped_heading_between_kept(c, i))
            keep_link_line(c, i, "linked subheading");
    }
}

/* Fewest words of a layout heading kept between kept lines (see keep_layout_headings()):
 * one, as sections are often titled in a word ("Results", "Conclusion"). */
#define LAYOUT_HEADING_WORDS 1.0

/* Lynx sets a page's headings flush left, its paragraphs indented, so a short heading
 * stands out by its layout alone. One that stands inside the core right between two kept
 * lines heads the section under it: a menu's or a box's title heads links, not the
 * article's text. Only where lynx's link numbers show the layout is lynx's own. */
static void
keep_layout_headings(newsclean_td_ctx *c, size_t s, size_t e)
{
    for (size_t i = s + 1; i < e; i++) {
        const newsclean_td_line *l = &c->ln[i];
        if (l->cls != NEWSCLEAN_TD_NOISE && !l->why && !l->linky && !l->lower &&
            l->role == NEWSCLEAN_TD_ROLE_NONE && l->weff >= LAYOUT_HEADING_WORDS &&
            l->weff <= LINKED_HEADING_WORDS && dropped_heading_between_kept(c, i))
            keep(c, i, "layout subheading");
    }
}

/* Most lines in a run of linked lines between two kept paragraphs (see keep_linked_runs()). */
#define LINKED_RUN_LINES 3

/* Bytes of a normalised day ("2024-05-03"); a longer normalised date carries a time. */
#define DAY_CHARS 10

/* Whether line i is a post's header: a date with its time of day ("jdoe May 3, 2024,
 * 1:23pm 4", "Re: ... by name: 9:43pm On Dec 09, 2023"). A forum or a comment thread
 * links the poster's name and the post's time above every post, between the posts'
 * paragraphs, where a short run of linked lines reads as the article's pointers to other
 * stories; such a pointer names a day at most. */
static bool
post_header(const newsclean_td_ctx *c, size_t i)
{
    const newsclean_block *blk = &c->b->v[c->ln[i].bi];
    char d[NEWSCLEAN_DATE_MAX];
    return c->dates && blk->chars <= NEWSCLEAN_DATE_LINE_CHARS &&
           newsclean_date_find_in_text(c->dates, blk->text, blk->len, d, NULL, NULL) &&
           strlen(d) > DAY_CHARS;
}

/* An article points to its other stories from inside its text: a line or two of linked
 * titles set between two of its paragraphs. A dump without link marks shows them as the
 * short lines of a run with prose on both sides, which stay; lynx's numbers make them
 * lines of links, which the core drops. Such a run, of at most LINKED_RUN_LINES lines of
 * three words or more, each all link text by the dump's marks alone, between two kept
 * paragraphs, stays, as the same run without its marks would. A menu or a box of teasers
 * sits outside the article's paragraphs, or runs longer. Markdown's links are left to
 * its own reading. */
static void
keep_linked_runs(newsclean_td_ctx *c, size_t s, size_t e)
{
    for (size_t a = s + 1; a < e; a++) {
        if (c->ln[a - 1].cls != NEWSCLEAN_TD_PROSE || !c->b->v[c->ln[a - 1].bi].keep)
            continue;
        size_t z = a;
        while (z < e && z - a < LINKED_RUN_LINES) {
            const newsclean_td_line *l = &c->ln[z];
            if (!l->link_text || l->linked || l->cls != NEWSCLEAN_TD_SHORT || l->why ||
                l->role != NEWSCLEAN_TD_ROLE_NONE || l->weff < 3 || l->dup > 1 ||
                c->b->v[l->bi].keep || post_header(c, z))
                break;
            z++;
        }
        if (z == a || z >= e || c->ln[z].cls != NEWSCLEAN_TD_PROSE || !c->b->v[c->ln[z].bi].keep)
            continue;
        for (size_t i = a; i < z; i++)
            keep_link_line(c, i, "linked line in text");
    }
}

/* Bulleted items, all link text by lynx's marks, in a list whose other items the core keeps
 * as the article's (see keep_linked_items()). */
static bool
linked_item(const newsclean_td_ctx *c, size_t i)
{
    const newsclean_td_line *l = &c->ln[i];
    return l->link_text && !l->linked && l->cls != NEWSCLEAN_TD_NOISE && !l->why &&
           l->role == NEWSCLEAN_TD_ROLE_NONE && l->weff >= 2 && l->dup <= 1 &&
           c->b->v[l->bi].kind == NEWSCLEAN_BLOCK_LIST_ITEM && !c->b->v[l->bi].keep;
}

/* An article's list links some of its items or all of them (places, people, the guides
 * it points to): the dump's link marks make the linked ones lines of links, which the core
 * drops, though a dump without the marks keeps them as list items. A bulleted list inside
 * the core is the article's when one of its items is kept and reads as no link, or when
 * it hangs right under a kept paragraph, no blank line between, with kept text under it:
 * the paragraph's own list. Its linked items stay. A menu's or a related box's list is
 * links throughout and set apart by a blank line or under a heading; an archive's list of
 * every month's posts runs longer than the article's lists (INTRODUCED_LINES). Markdown's links are
 * left to its own reading. */
static void
keep_linked_items(newsclean_td_ctx *c, size_t s, size_t e)
{
    if (c->markdown)
        return;
    for (size_t a = s; a <= e;) {
        size_t z = a;
        while (z < e && same_list(c, z))
            z++;
        bool short_list = z > a && z - a < INTRODUCED_LINES;
        bool article = short_list && a > s && z < e && !c->ln[a].gapb &&
                       c->ln[a - 1].cls == NEWSCLEAN_TD_PROSE && c->b->v[c->ln[a - 1].bi].keep &&
                       c->b->v[c->ln[z + 1].bi].keep;
        for (size_t j = a; short_list && j <= z; j++)
            article |= c->b->v[c->ln[j].bi].keep && !c->ln[j].link_text && !c->ln[j].linky &&
                       c->b->v[c->ln[j].bi].kind == NEWSCLEAN_BLOCK_LIST_ITEM;
        for (size_t j = a; article && j <= z; j++)
            if (linked_item(c, j))
                keep_link_line(c, j, "linked list item");
        a = z + 1;
    }
}

/* One block per piece of the normalised dump (see textdump_norm.h), carrying what the
 * dump's layout or markup said: heading level, list item, link text. */
static newsclean_block_kind
piece_kind(const newsclean_td_piece *pc)
{
    return pc->level  ? NEWSCLEAN_BLOCK_HEADING
           : pc->item ? NEWSCLEAN_BLOCK_LIST_ITEM
                      : NEWSCLEAN_BLOCK_LINE;
}

/* A dump whose tool read the page's UTF-8 as the windows-1252 or Latin-1 its stale
 * declaration named ("GroÃŸe") has its pieces repaired. The lines are read as the tool
 * wrote them first: it wrapped them by the width of the mojibake, and a repaired line
 * falls short of the wrap width, so it would read as a paragraph's last. */
static bool
repair_mojibake(const char *text, size_t len, newsclean_td_pieces *p)
{
    newsclean_mojibake how;
    if (!newsclean_mojibake_detect(text, len, &how))
        return true;
    newsclean_buf fixed;
    newsclean_buf_init(&fixed);
    for (size_t i = 0; i < p->n; i++) {
        newsclean_td_piece *pc = &p->v[i];
        size_t off = fixed.len;
        if (!newsclean_mojibake_fix(&how, p->text.data + pc->off, pc->len, &fixed)) {
            newsclean_buf_free(&fixed);
            return false;
        }
        /* Link text is counted in code points, fewer now where it was repaired. */
        size_t before = newsclean_td_cps(p->text.data + pc->off, pc->len);
        size_t after = newsclean_td_cps(fixed.data + off, fixed.len - off);
        if (before > 0)
            pc->link_chars = pc->link_chars * after / before;
        pc->off = off;
        pc->len = fixed.len - off;
        /* A line break between pieces, outside them, keeps their words apart. */
        if (!newsclean_buf_append_char(&fixed, '\n')) {
            newsclean_buf_free(&fixed);
            return false;
        }
    }
    if (how.drop && !newsclean_mojibake_capitals(fixed.data, fixed.len)) {
        newsclean_buf_free(&fixed);
        return false;
    }
    newsclean_buf_free(&p->text);
    p->text = fixed;
    return true;
}

static newsclean_status
split(newsclean_td_ctx *c, const char *text, size_t len)
{
    size_t root;
    if (!newsclean_blocks_add_container(c->b, NEWSCLEAN_NO_CONTAINER, "text", 0, &root))
        return NEWSCLEAN_ERR_NOMEM;
    newsclean_td_pieces p;
    newsclean_status st = newsclean_td_normalise(text, len, &p);
    if (st == NEWSCLEAN_OK && p.tool)
        c->b->c[root].flags |= NEWSCLEAN_BF_DUMP_TOOL;
    if (st == NEWSCLEAN_OK && !repair_mojibake(text, len, &p))
        st = NEWSCLEAN_ERR_NOMEM;
    for (size_t i = 0; st == NEWSCLEAN_OK && i < p.n; i++) {
        const newsclean_td_piece *pc = &p.v[i];
        size_t before = c->b->n;
        /* A dump has lost the box around its code: any line may be a code sample's. */
        if (!newsclean_blocks_add(c->b, p.text.data + pc->off, pc->len, piece_kind(pc), pc->level,
                                  pc->line, (pc->row ? NEWSCLEAN_BF_ROW : 0) | NEWSCLEAN_BF_CODE,
                                  root, pc->link_chars)) {
            st = NEWSCLEAN_ERR_NOMEM;
            break;
        }
        if (c->b->n == before)
            continue;
        c->b->v[before].keep = false;
        c->b->v[before].reason = "outside core";
        c->b->v[before].score = 0;
    }
    if (st == NEWSCLEAN_OK && p.rel.len > 0) {
        c->rel_len = p.rel.len;
        c->rel = newsclean_buf_detach(&p.rel);
    }
    newsclean_td_pieces_free(&p);
    return st;
}

/* Most words of a paragraph under a picture's link taken for its caption: a caption or a
 * credit is a phrase or a line, the article's own paragraphs run longer. */
#define CAPTION_WORDS 16
/* Lines of the dump a caption may wrap over. */
#define CAPTION_LINES 2
/* Captions not found among the pieces before the search stops, as each miss reads the
 * rest of them. */
#define CAPTION_MISSES 4
/* Link numbers glued to their text that show a dump is lynx's. */
#define LYNX_GLUED_NUMBERS 3

/* Whether the n bytes at s, a line with its spaces trimmed (trimmed_line()), are a lynx
 * link number alone: "[12]", as lynx prints a link round a picture without a description. */
static bool
lone_link_number(const char *s, size_t n)
{
    if (n < 3 || s[0] != '[' || s[n - 1] != ']')
        return false;
    for (size_t k = 1; k + 1 < n; k++)
        if (!newsclean_is_ascii_digit(s[k]))
            return false;
    return true;
}

/* Whether the dump shows lynx's links: numbers glued to the link's text ("[12]Home"), as
 * other tools never write them; only there does a number alone mark a picture's link. */
static bool
lynx_link_numbers(const char *t, size_t len)
{
    size_t glued = 0;
    for (size_t i = 0; i + 3 < len && glued < LYNX_GLUED_NUMBERS; i++) {
        if (t[i] != '[' || !newsclean_is_ascii_digit(t[i + 1]))
            continue;
        size_t e = i + 1;
        while (e < len && newsclean_is_ascii_digit(t[e]))
            e++;
        if (e + 1 < len && t[e] == ']' && t[e + 1] != ' ' && t[e + 1] != '\n' && t[e + 1] != '[')
            glued++;
        i = e - 1;
    }
    return glued >= LYNX_GLUED_NUMBERS;
}

/* Bounds of the line at t[i], spaces trimmed, into *a and *b; the next line's start. */
static size_t
trimmed_line(const char *t, size_t len, size_t i, size_t *a, size_t *b)
{
    size_t e = i;
    while (e < len && t[e] != '\n')
        e++;
    *a = i;
    *b = e;
    newsclean_trim_ascii(t, a, b);
    return e < len ? e + 1 : len;
}

/* Lynx prints a link round a picture as its number alone on a line, and the caption or
 * credit the page sets under the picture follows as a short paragraph of its own. Such
 * a paragraph (one without links, a blank line or the number's line before it, a blank
 * line after it) is marked, unless it asks a question or introduces what follows, as an
 * article's numbered questions do. The pieces keep the dump's order, so one walk finds
 * each among them. Called only where lynx_link_numbers() holds. */
static void
mark_image_captions(newsclean_td_ctx *c, const char *t, size_t len)
{
    size_t next_piece = 0, misses = 0;
    for (size_t i = 0; i < len && next_piece < c->n;) {
        size_t a, b;
        size_t after = trimmed_line(t, len, i, &a, &b);
        i = after;
        if (!lone_link_number(t + a, b - a))
            continue;
        size_t ca, cb, k = trimmed_line(t, len, i, &ca, &cb);
        if (ca == cb && k < len)
            k = trimmed_line(t, len, k, &ca, &cb);
        if (ca == cb || memchr(t + ca, '[', cb - ca))
            continue;
        /* The paragraph ends within CAPTION_LINES at a blank line or the dump's end. */
        size_t lines = 1, xa, xb, z = k;
        bool ends = false;
        while (lines <= CAPTION_LINES) {
            if (z >= len) {
                ends = true;
                break;
            }
            z = trimmed_line(t, len, z, &xa, &xb);
            if (xa == xb) {
                ends = true;
                break;
            }
            if (memchr(t + xa, '[', xb - xa))
                break;
            lines++;
        }
        if (!ends)
            continue;
        size_t head = cb - ca;
        size_t j = next_piece;
        while (j < c->n && (c->b->v[c->ln[j].bi].len < head ||
                            memcmp(c->b->v[c->ln[j].bi].text, t + ca, head) != 0))
            j++;
        /* Not among the pieces as it stands in the dump: the tool's layout joined it to
         * another. A few such misses and the dump is not read for captions any more. */
        if (j == c->n) {
            if (++misses >= CAPTION_MISSES)
                return;
            continue;
        }
        const newsclean_block *blk = &c->b->v[c->ln[j].bi];
        char last = blk->text[blk->len - 1];
        size_t words = 1;
        for (size_t w = 0; w < blk->len; w++)
            words += blk->text[w] == ' ';
        c->ln[j].captioned = blk->kind == NEWSCLEAN_BLOCK_LINE && words <= CAPTION_WORDS &&
                             last != '?' && last != ':';
        next_piece = j + 1;
    }
}

/* Every line's statistics, phrase match and class. */
static void
measure_all(newsclean_td_ctx *c)
{
    const newsclean_blocks *b = c->b;
    for (size_t i = 0; i < c->n; i++) {
        newsclean_td_line *l = &c->ln[i];
        /* The depth is the line number, so a jump of more than one is a blank line. */
        l->gapb = i == 0 || b->v[l->bi - 1].depth + 1 < b->v[l->bi].depth;
        if (i > 0)
            c->ln[i - 1].gapa = l->gapb;
        newsclean_td_measure(c, l);
        newsclean_td_phrases(c, l, b->v[l->bi].words);
        /* A teaser's excerpt reads as prose, and a list of them can outweigh the
         * article it sits under or beside. */
        if (!l->why && l->weff >= EXCERPT_WORDS && excerpt_cut(b->v[l->bi].text, b->v[l->bi].len))
            l->why = "teaser excerpt";
        classify(l, b->v[l->bi].punct);
        b->v[l->bi].score = l->v;
    }
    c->ln[c->n - 1].gapa = true;
    /* "Name says:" is a comment's header only with the comment's date under it; in an
     * article the same line introduces a quotation. */
    for (size_t i = 0; i < c->n; i++) {
        newsclean_td_line *l = &c->ln[i];
        if (l->kind == NEWSCLEAN_TD_K_COMMENTS && !l->barrier &&
            !(i + 1 < c->n && newsclean_td_has_date(c, i + 1))) {
            l->why = NULL;
            l->kind = NEWSCLEAN_TD_K_NONE;
            classify(l, b->v[l->bi].punct);
            b->v[l->bi].score = l->v;
        }
    }
    introduced_links(c);
    consent(c);
    contents(c);
    teasers(c);
    link_lists(c);
}

/* A menu-sized line, or a short interface phrase, as menus mix them. */
static bool
menu_sized(const newsclean_td_line *l)
{
    return l->weff <= 4 && (l->cls == NEWSCLEAN_TD_SHORT || l->cls == NEWSCLEAN_TD_NOISE);
}

/* Lines of a menu: a run this long of menu-sized lines with no blank line between them. A
 * page of three short lines may be all its content says; four make a menu. */
#define MENU_RUN 4

/* Whether line i is one of MENU_RUN or more menu-sized lines in a row, with no blank line
 * between them: a title under a menu stands apart from it. */
static bool
in_nav_run(const newsclean_td_ctx *c, size_t i)
{
    size_t a = i, z = i;
    while (a > 0 && !c->ln[a].gapb && menu_sized(&c->ln[a - 1]) && i - a < MENU_RUN - 1)
        a--;
    while (z + 1 < c->n && !c->ln[z + 1].gapb && menu_sized(&c->ln[z + 1]) && z - i < MENU_RUN - 1)
        z++;
    return navish(&c->ln[i]) && z - a + 1 >= MENU_RUN;
}

/* A picture's file name alone on a line, as dumpers print an image without alt text
 * ("performance.jpg"): no text of the page's own. */
static bool
image_name(const newsclean_block *b)
{
    static const char *const ext[] = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"};
    if (b->words != 1)
        return false;
    for (size_t k = 0; k < sizeof ext / sizeof ext[0]; k++) {
        size_t m = strlen(ext[k]);
        if (b->len > m && strncasecmp(b->text + b->len - m, ext[k], m) == 0)
            return true;
    }
    return false;
}

/* The tiny-page rule's question for a dump's line. A dump has no markup to say what is
 * chrome, so its own shapes say it: a phrase the dump's rules call noise, a URL or menu
 * line, a run of menu-sized lines. 'ctx' is the extraction's context. */
static bool
line_readable(const void *ctx, const newsclean_block *b)
{
    const newsclean_td_ctx *c = ctx;
    size_t i = (size_t)(b - c->b->v) - c->ln[0].bi;
    return b->chars > 0 && c->ln[i].cls != NEWSCLEAN_TD_NOISE && !c->ln[i].linky &&
           !image_name(b) && !in_nav_run(c, i);
}

/* No article: drop everything, unless the dump is too small to hold anything else
 * (tinypage.h). The lines that read on their own are marked: a page of another kind
 * keeps them (kind_body.c). */
static void
no_article(newsclean_td_ctx *c, const char *why)
{
    for (size_t i = 0; i < c->n; i++) {
        drop(c, i, c->ln[i].why ? c->ln[i].why : why);
        if (line_readable(c, &c->b->v[c->ln[i].bi]))
            c->b->v[c->ln[i].bi].flags |= NEWSCLEAN_BF_DUMP_READABLE;
    }
    newsclean_tiny_page_keep(c->b, c->ln[0].bi, line_readable, c);
}

/* A standfirst under the headline, set apart from the body by byline, date or picture
 * lines, is still the article's first paragraph: move the core's start up to it. */
static size_t
standfirst(const newsclean_td_ctx *c, size_t h, size_t s)
{
    if (h == SIZE_MAX || h >= s)
        return s;
    for (size_t i = h + 1; i < s && i <= h + STANDFIRST_LINES; i++) {
        const newsclean_td_line *l = &c->ln[i];
        if (l->barrier)
            break;
        if (l->role == NEWSCLEAN_TD_ROLE_NONE && l->cls != NEWSCLEAN_TD_NOISE && !l->linky &&
            (l->cls == NEWSCLEAN_TD_PROSE || (l->cls == NEWSCLEAN_TD_SENT && l->weff >= 8)))
            return i;
    }
    return s;
}

static const char *
outside_reason(const newsclean_td_line *l)
{
    if (l->role == NEWSCLEAN_TD_ROLE_HEADLINE)
        return "headline";
    if (l->role == NEWSCLEAN_TD_ROLE_DATE)
        return "date line";
    if (l->role == NEWSCLEAN_TD_ROLE_BYLINE)
        return "byline";
    if (l->why)
        return l->why;
    return l->cls == NEWSCLEAN_TD_PROSE ? "prose outside core" : "short line outside core";
}

/* What scoring needs to decide the lines outside the core (score.h): where the core is,
 * which lines end an article or head other stories, and which this stage settled. */
static void
mark_evidence(newsclean_td_ctx *c, size_t s, size_t e)
{
    for (size_t i = 0; i < c->n; i++) {
        const newsclean_td_line *l = &c->ln[i];
        newsclean_block *b = &c->b->v[l->bi];
        if (i >= s && i <= e)
            b->flags |= NEWSCLEAN_BF_DUMP_CORE;
        if (l->barrier || l->kind == NEWSCLEAN_TD_K_LISTHEAD)
            b->flags |= NEWSCLEAN_BF_DUMP_END;
        if (l->role != NEWSCLEAN_TD_ROLE_NONE || l->why || l->cls == NEWSCLEAN_TD_NOISE)
            b->flags |= NEWSCLEAN_BF_DUMP_SET;
        if (l->linky || l->dup > 1)
            b->flags |= NEWSCLEAN_BF_DUMP_CHROME;
    }
}

/* A core that ends on a sentence introducing a list ("The programme at a glance:") with
 * the list's short lines under it and a sentence of the article after them: a short
 * article of a schedule, results or steps, whose prose alone weighs less than an
 * article's least. The list and the sentence join the core, and their words its weight. */
static void
introduced_run(const newsclean_td_ctx *c, size_t *e, double *mass)
{
    if (!introduces(c, *e))
        return;
    double words = 0;
    size_t z = *e + 1;
    for (; z < c->n && z - *e <= INTRODUCED_LINES; z++) {
        const newsclean_td_line *l = &c->ln[z];
        if (l->cls != NEWSCLEAN_TD_SHORT || l->why || l->linky || l->barrier ||
            l->role != NEWSCLEAN_TD_ROLE_NONE)
            break;
        words += l->weff;
    }
    if (z - *e < 3 || z >= c->n)
        return;
    const newsclean_td_line *l = &c->ln[z];
    if ((l->cls != NEWSCLEAN_TD_PROSE && l->cls != NEWSCLEAN_TD_SENT) || l->why || l->barrier ||
        !l->endp)
        return;
    *e = z;
    *mass += words + l->weff;
}

/* Most words of a person's name, and of the short line that holds it over a biography
 * ("Jane Q. Doe", "By Jane Doe", "Posted by : Jane Doe"). */
#define BIO_NAME_WORDS 4
#define BIO_NAME_LINE_WORDS 6

/* Fewest words of a biography in an author's box. A news report's closing line on who
 * contributed to it ("Jane Doe is a producer based in Seoul.") says less, and belongs
 * to the report. */
#define BIO_MIN_WORDS 20.0

/* Words after "is" a biography may take before the writer's trade ("is an experienced
 * freelance writer"), and the trades themselves, folded. A heading over a paragraph
 * that opens on its subject's name names a place, a product or a firm, and the
 * paragraph says what that is: a trail, a platform, a band's project. */
#define BIO_ROLE_WORDS 5
static const char *const bio_roles[] = {
    "writer",       "editor",        "author",     "journalist", "reporter", "columnist",
    "contributor",  "correspondent", "copywriter", "blogger",    "founder",  "co-founder",
    "cofounder",    "president",     "ceo",        "manager",    "director", "partner",
    "analyst",      "consultant",    "strategist", "marketer",   "tester",   "reviewer",
    "photographer", "researcher",    "producer",
};

/* Whether one of the BIO_ROLE_WORDS words from t[at] on is a trade of bio_roles. */
static bool
names_a_trade(const char *t, size_t len, size_t at)
{
    for (size_t w = 0; w < BIO_ROLE_WORDS && at < len; w++) {
        size_t z = at;
        while (z < len && t[z] != ' ' && t[z] != ',' && t[z] != '.' && t[z] != '/')
            z++;
        char low[16];
        if (z - at < sizeof low) {
            newsclean_fold(t + at, z - at, low);
            for (size_t r = 0; r < sizeof bio_roles / sizeof *bio_roles; r++)
                if (strlen(bio_roles[r]) == z - at && memcmp(bio_roles[r], low, z - at) == 0)
                    return true;
        }
        if (z < len && t[z] != ' ' && t[z] != '/')
            return false;
        at = z + 1;
    }
    return false;
}

/* Bytes of the name line i-1 repeats at the start of line i: the opening words of
 * line i, each starting with a capital, run up to " is " and a trade ("Jane Doe is a
 * reporter who ..."), at least two of them, and line i-1 holds them as whole words.
 * 0 when line i opens otherwise. */
static size_t
bio_subject(const newsclean_td_ctx *c, size_t i)
{
    const char *t = newsclean_td_text(c, i), *name = newsclean_td_text(c, i - 1);
    size_t len = newsclean_td_len(c, i), nlen = newsclean_td_len(c, i - 1), words = 0, k;
    size_t at = 0;
    while (at < len && words < BIO_NAME_WORDS) {
        if (!newsclean_cp_is_upper(newsclean_utf8_decode(t, len, at, &k)))
            return 0;
        while (at < len && t[at] != ' ')
            at++;
        words++;
        if (words >= 2 && len - at > 4 && memcmp(t + at, " is ", 4) == 0)
            break;
        at++;
    }
    if (words < 2 || at + 4 > len || memcmp(t + at, " is ", 4) != 0 || at > nlen ||
        !names_a_trade(t, len, at + 4))
        return 0;
    for (size_t j = 0; j + at <= nlen; j++)
        if ((j == 0 || name[j - 1] == ' ') && (j + at == nlen || name[j + at] == ' ') &&
            memcmp(name + j, t, at) == 0)
            return at;
    return 0;
}

/* Whether a word he, she, his, her, him (or he's, she's) stands in t: a paragraph about a
 * person, where a place's, a product's or a firm's says "it". */
static bool
speaks_of_person(const char *t, size_t len)
{
    static const char *const pronouns[] = {"he", "she", "his", "her", "him"};
    for (size_t a = 0; a < len;) {
        size_t z = a;
        while (z < len && t[z] != ' ' && t[z] != ',' && t[z] != '.' && t[z] != '\'' &&
               t[z] != '\xE2')
            z++;
        for (size_t k = 0; k < sizeof pronouns / sizeof *pronouns; k++) {
            size_t m = strlen(pronouns[k]);
            if (z - a == m && strncasecmp(t + a, pronouns[k], m) == 0)
                return true;
        }
        a = z + 1;
    }
    return false;
}

/* Bytes of the name line i-1 that open line i when the biography calls its subject by
 * the first name alone or by the name with a verb other than "is" ("Jane Doe / Jane is a
 * content specialist ...", "Jane Doe / Jane joined the team in 2014 ...", "Jane Doe /
 * Jane Doe covers film ..."): the opening words, each starting with a capital, are the
 * name line's first word, or two or more of its words in a row, and a lower-case word
 * follows. 0 when line i opens otherwise. */
static size_t
bio_given_name(const newsclean_td_ctx *c, size_t i)
{
    const char *t = newsclean_td_text(c, i), *name = newsclean_td_text(c, i - 1);
    size_t len = newsclean_td_len(c, i), nlen = newsclean_td_len(c, i - 1), k;
    for (size_t words = 1, at = 0; words <= BIO_NAME_WORDS && at < len; words++) {
        if (!newsclean_cp_is_upper(newsclean_utf8_decode(t, len, at, &k)))
            return 0;
        while (at < len && t[at] != ' ')
            at++;
        if (at + 1 >= len || at > nlen)
            return 0;
        if (!newsclean_cp_is_lower(newsclean_utf8_decode(t, len, at + 1, &k))) {
            at++;
            continue;
        }
        /* The first name alone is the name line's first word, over a second one that
         * starts with a capital: a first and a last name, not a product's one word. */
        if (words == 1) {
            if (at >= nlen || memcmp(name, t, at) != 0 || name[at] != ' ' ||
                !newsclean_cp_is_upper(newsclean_utf8_decode(name, nlen, at + 1, &k)))
                return 0;
            return at;
        }
        for (size_t j = 0; j + at <= nlen; j++)
            if ((j == 0 || name[j - 1] == ' ') &&
                (j + at == nlen || name[j + at] == ' ' || name[j + at] == ',') &&
                memcmp(name + j, t, at) == 0)
                return at;
        return 0;
    }
    return 0;
}

/* Whether line i, a biography opening on its subject's name, is the last paragraph of
 * the core [s, e] but one at most: an author's box closes the article, while a list of
 * people (speakers, a team, nominees) goes on with the next one. */
static bool
closes_core(const newsclean_td_ctx *c, size_t i, size_t e)
{
    size_t after = 0;
    for (size_t k = i + 1; k <= e; k++)
        after += c->ln[k].cls == NEWSCLEAN_TD_PROSE;
    return after <= 1;
}

/* An author's box under or over the article: the writer's name alone on a line, then a
 * paragraph about them that opens with that name ("Jane Doe / Jane Doe is a reporter
 * who covers ..."). An HTML page marks the box with its class; a dump keeps only the
 * name said twice in a row. A list article's heading over a paragraph that opens on the
 * same name says what a place or a product is, not whose trade it is (see bio_roles). */
static void
drop_author_boxes(newsclean_td_ctx *c, size_t s, size_t e)
{
    for (size_t i = s + 1; i <= e; i++) {
        const newsclean_td_line *name = &c->ln[i - 1], *l = &c->ln[i];
        if (l->cls != NEWSCLEAN_TD_PROSE || l->weff < BIO_MIN_WORDS ||
            name->cls == NEWSCLEAN_TD_PROSE || name->weff > BIO_NAME_LINE_WORDS || name->endp ||
            name->linky)
            continue;
        if (bio_subject(c, i) == 0) {
            /* A first name alone, or another verb than "is": the paragraph must still
             * say "he" or "she" or name a trade, and close the core. */
            size_t at = bio_given_name(c, i);
            const char *t = newsclean_td_text(c, i);
            size_t len = newsclean_td_len(c, i);
            if (at == 0 || !closes_core(c, i, e) ||
                !(speaks_of_person(t, len) || (len - at > 4 && memcmp(t + at, " is ", 4) == 0 &&
                                               names_a_trade(t, len, at + 4))))
                continue;
        }
        drop(c, i - 1, "the author's name over a biography");
        drop(c, i, "the author's biography");
    }
}

/* Lines a recipe's ingredient list or its steps may run to, and the fewest lines of the
 * list that open on a quantity ("200 g flour", "1/2 tsp salt", "2 eggs") for it to be one. */
#define RECIPE_LINES 40
#define INGREDIENT_MIN_AMOUNTS 3

/* Headings of a recipe's ingredient list and of its steps, folded, in the languages the
 * phrase table reads. A recipe card prints each list a line an item under one of them. */
static const char *const ingredient_headings[] = {
    "ingredients",  "ingredient list", "zutaten",      "ingrédients",
    "ingredientes", "ingredienti",     "ingrediënten",
};
static const char *const method_headings[] = {
    "directions",  "instructions", "method",      "preparation",  "steps",
    "zubereitung", "préparation",  "preparación", "preparazione", "bereiding",
};

/* Whether line i is alone one of the n headings h, a colon after it or not. */
static bool
is_heading_of(const newsclean_td_ctx *c, size_t i, const char *const *h, size_t n)
{
    const char *t = newsclean_td_text(c, i);
    size_t len = newsclean_td_len(c, i);
    if (len > 0 && t[len - 1] == ':')
        len--;
    char low[24];
    if (len == 0 || len >= sizeof low)
        return false;
    newsclean_fold(t, len, low);
    for (size_t k = 0; k < n; k++)
        if (strlen(h[k]) == len && memcmp(h[k], low, len) == 0)
            return true;
    return false;
}

/* Whether line i opens on a quantity: a digit or a fraction sign ("½ cup"). */
static bool
opens_on_amount(const newsclean_td_ctx *c, size_t i)
{
    const char *t = newsclean_td_text(c, i);
    size_t len = newsclean_td_len(c, i), k;
    uint32_t cp = newsclean_utf8_decode(t, len, 0, &k);
    return (cp >= '0' && cp <= '9') || (cp >= 0xBC && cp <= 0xBE) || (cp >= 0x2150 && cp <= 0x215E);
}

/* Whether line i ends like a sentence once the invisible marks a page may leave after
 * its text are set aside (U+200B to U+200D, U+2060 to U+2064, U+FEFF, spaces). */
static bool
ends_like_sentence(const newsclean_td_ctx *c, size_t i)
{
    if (c->ln[i].endp)
        return true;
    const unsigned char *t = (const unsigned char *)newsclean_td_text(c, i);
    size_t len = newsclean_td_len(c, i);
    for (;;) {
        if (len > 0 && t[len - 1] == ' ')
            len--;
        else if (len >= 3 && t[len - 3] == 0xE2 &&
                 ((t[len - 2] == 0x80 && t[len - 1] >= 0x8B && t[len - 1] <= 0x8D) ||
                  (t[len - 2] == 0x81 && t[len - 1] >= 0xA0 && t[len - 1] <= 0xA4)))
            len -= 3;
        else if (len >= 3 && t[len - 3] == 0xEF && t[len - 2] == 0xBB && t[len - 1] == 0xBF)
            len -= 3;
        else
            break;
    }
    return len > 0 && (t[len - 1] == '.' || t[len - 1] == '!');
}

/* Whether line i may be an item of a recipe card's list: said once, no chrome by its
 * words, no link line, and (for the ingredients) no paragraph. */
static bool
recipe_item(const newsclean_td_ctx *c, size_t i, bool prose_ok)
{
    const newsclean_td_line *l = &c->ln[i];
    return (prose_ok || l->cls != NEWSCLEAN_TD_PROSE) && l->cls != NEWSCLEAN_TD_NOISE && !l->why &&
           !l->barrier && !l->linky && l->first == i && l->role == NEWSCLEAN_TD_ROLE_NONE;
}

/* A recipe card: a line naming the ingredients, then short lines, a thing to use a line,
 * most of them opening on a quantity; then, if a line names the steps, the steps, most
 * of them ending like sentences. The card sits apart from the post's prose (its own
 * title, times and servings between), so the core search leaves it out as a menu's
 * short lines, while the recipe is what the page is for. The lists end at the first line
 * of chrome; an ingredient list with fewer than INGREDIENT_MIN_AMOUNTS quantities is a
 * menu's, and steps that do not read as sentences are a card's links. */
static void
keep_recipe_cards(newsclean_td_ctx *c)
{
    for (size_t i = 0; i + 1 < c->n; i++) {
        if (c->ln[i].first != i ||
            !is_heading_of(c, i, ingredient_headings,
                           sizeof ingredient_headings / sizeof *ingredient_headings))
            continue;
        size_t z = i + 1, amounts = 0;
        while (z < c->n && z - i <= RECIPE_LINES && recipe_item(c, z, false) &&
               !is_heading_of(c, z, method_headings,
                              sizeof method_headings / sizeof *method_headings)) {
            amounts += opens_on_amount(c, z);
            z++;
        }
        if (amounts < INGREDIENT_MIN_AMOUNTS || amounts * 2 < z - i - 1) {
            i = z - 1;
            continue;
        }
        keep(c, i, "subheading");
        for (size_t j = i + 1; j < z; j++)
            keep(c, j, "ingredient");
        i = z - 1;
        if (z >= c->n ||
            !is_heading_of(c, z, method_headings, sizeof method_headings / sizeof *method_headings))
            continue;
        size_t m = z + 1, steps = 0, sentences = 0;
        for (; m < c->n && m - z <= RECIPE_LINES && recipe_item(c, m, true); m++) {
            steps += c->ln[m].weff >= 2;
            sentences += c->ln[m].weff >= 2 && ends_like_sentence(c, m);
        }
        if (steps == 0 || sentences * 2 < steps)
            continue;
        keep(c, z, "subheading");
        for (size_t j = z + 1; j < m; j++)
            if (c->ln[j].weff >= 2)
                keep(c, j, "recipe step");
        i = m - 1;
    }
}

/* Find the core, read the metadata around it and decide every line. */
static newsclean_status
choose(newsclean_td_ctx *c, bool lynx_layout)
{
    size_t s, e;
    double mass;
    bool found = core(c, &s, &e, &mass);
    if (found) {
        cohere(c, s, e);
        found = core(c, &s, &e, &mass);
    }
    if (found) {
        footer_core(c, &s, &e, &mass);
        introduced_run(c, &e, &mass);
    }
    if (!found || mass < MIN_CORE_WORDS) {
        no_article(c, "no article");
        return NEWSCLEAN_OK;
    }
    e = teaser_tail(c, s, e);
    /* An off-topic tail stays out: the scoring stage's joins (score.c) may not take it
     * back in. */
    size_t full_e = e;
    e = off_topic_tail(c, s, e);
    e = card_tail(c, s, e);
    /* A forum's later posts carry dates and titles of their own: the headline and the
     * metadata are read over the core as it stood before the thread joined it. */
    size_t first_post_e = e;
    e = newsclean_td_thread_end(c, s, e);
    e = thread_tail(c, s, e);
    e = excerpt_tail(c, s, e);
    e = footer_tail(c, s, e);
    e = appeal_tail(c, s, e);
    e = signup_tail(c, s, e);
    e = site_notice_tail(c, s, e);
    e = disclaimer_tail(c, s, e);
    /* The layout pick h settles the body's bounds and where the metadata is read; the
     * record's headline r may be a line of a surer shape (textdump_meta.c). The copies of
     * both leave the body. */
    size_t meta_e = first_post_e >= s && first_post_e < e ? first_post_e : e;
    size_t h = newsclean_td_pick_headline(c, s, meta_e);
    size_t r = newsclean_td_record_headline(c, h, s, meta_e);
    if (r != SIZE_MAX && !newsclean_td_set_headline(c, h, r, s))
        return NEWSCLEAN_ERR_NOMEM;
    if (!newsclean_td_find_meta(c, h, s, meta_e))
        return NEWSCLEAN_ERR_NOMEM;
    s = standfirst(c, h, s);
    /* A layout pick inside the article (a subheading under a table of contents) leaves
     * the lead under the record's headline above it. */
    if (r != SIZE_MAX && r != h)
        s = standfirst(c, r, s);
    if (e == full_e)
        whole_list(c, &s, &e);
    for (size_t i = 0; i < c->n; i++) {
        if (i < s || i > e)
            drop(c, i, outside_reason(&c->ln[i]));
    }
    decide_core(c, s, e);
    keep_linked_headings(c, s, e);
    keep_linked_runs(c, s, e);
    keep_linked_items(c, s, e);
    if (lynx_layout)
        keep_layout_headings(c, s, e);
    drop_author_boxes(c, s, e);
    keep_recipe_cards(c);
    drop_form_consent(c, s, e);
    drop_post_furniture(c, s, e);
    /* A layout pick that lost to the record's headline is printed as text, where it was
     * printed as the headline before: a subtitle, kicker or subheading, mostly. */
    if (h != SIZE_MAX && r != h && h <= e && c->ln[h].cls != NEWSCLEAN_TD_NOISE && !c->ln[h].linky)
        keep(c, h, "subheading");
    mark_evidence(c, s, e);
    for (size_t i = e + 1; i <= full_e; i++)
        c->b->v[c->ln[i].bi].flags |= NEWSCLEAN_BF_DUMP_SET;
    return NEWSCLEAN_OK;
}

newsclean_status
newsclean_textdump_extract(const struct newsclean_textdump_rules *r,
                           const struct newsclean_date_rules *dates, const char *text, size_t len,
                           newsclean_blocks *blocks, newsclean_meta *meta)
{
    if (!r || !blocks || !meta || (!text && len > 0))
        return NEWSCLEAN_ERR_INVALID_ARG;
    newsclean_td_ctx c = {r,
                          dates,
                          blocks,
                          meta,
                          NULL,
                          0,
                          NULL,
                          NULL,
                          NEWSCLEAN_TD_ORDER_UNASKED,
                          text && newsclean_td_looks_like_markdown(text, len),
                          NULL,
                          0};
    size_t base = blocks->n, bytes;
    newsclean_status st = split(&c, text ? text : "", len);
    if (st != NEWSCLEAN_OK)
        goto done;
    c.n = blocks->n - base;
    if (c.n == 0)
        goto done;
    if (!newsclean_size_mul(c.n, sizeof *c.ln, &bytes) || !(c.ln = calloc(1, bytes))) {
        st = NEWSCLEAN_ERR_NOMEM;
        goto done;
    }
    for (size_t i = 0; i < c.n; i++)
        c.ln[i].bi = base + i;
    if (!newsclean_td_match_begin(&c) || !count_dups(&c)) {
        st = NEWSCLEAN_ERR_NOMEM;
        goto done;
    }
    bool lynx_layout = lynx_link_numbers(text ? text : "", len);
    if (lynx_layout)
        mark_image_captions(&c, text ? text : "", len);
    measure_all(&c);
    st = choose(&c, lynx_layout);
done:
    newsclean_td_match_end(&c);
    free(c.ln);
    free(c.rel);
    return st;
}
