/* kind_body.c: the main content of pages that are not articles.
 *
 * The scorer looks for one run of prose and drops link-dense text as navigation, which is
 * right for an article and wrong for a listing, whose entries are linked titles over short
 * summaries. Once the page's kind is known (kind.c), this stage takes the scorer's choice
 * and widens it for the kinds whose content is made of many short, often linked, parts,
 * still leaving out what the markup names as chrome. A page of any other kind comes here
 * only when the scorer found no prose in it (see the end of this file).
 *
 * A listing's or collection's entries are made from one template: siblings under one
 * parent that share an element name and class word (dom.c's container signature), each a
 * card with a title and most often a summary, date or author. The largest such run of
 * cards is the page's list, and its cards are its main content, whatever the scorer
 * chose; a page with no run of cards keeps the wider choice below. */
#include "kind_body.h"
#include "buf.h"
#include "dates.h"
#include "dateline.h"
#include "page_limits.h"
#include "score.h"
#include "textutil.h"

#include <jansson.h>

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Below this probability for its kind a page keeps the scorer's choice: a news article
 * taken for a listing and widened loses more than a listing read as an article. */
#define MIN_KIND_PROB 0.75

/* Menu entries: a list item or paragraph that is a short link and nothing else. */
#define MENU_ENTRY_CHARS 30

/* A card holds a title and something under it. */
#define CARD_MIN_BLOCKS 2
/* A list is at least this many cards. */
#define LIST_MIN_CARDS 3
/* A scorer's choice with this much prose in long paragraphs is an article's text, whatever
 * the page's kind: the cards next to it are related stories, not content. */
#define PROSE_PARAGRAPH_CHARS 150
#define ARTICLE_PROSE_CHARS 2000
/* Less prose than that, with the cards all below it, is a short article and its related
 * stories. */
#define SHORT_ARTICLE_CHARS 150

/* Marks of a container (mark_chrome). */
#define HINT_ANY 1u
#define HINT_STRONG 2u
#define HINT_REPEATED 4u /* scratch: a weakly named box with a sibling of its template */

/* What the text below one container adds up to. */
typedef struct {
    size_t chars;  /* code points of the blocks that are not chrome */
    size_t blocks; /* how many such blocks */
} subtree;

typedef struct {
    size_t parent;
    unsigned sig;
    size_t index;
} sibling;

static int
by_parent_sig(const void *a, const void *b)
{
    const sibling *x = a, *y = b;
    if (x->parent != y->parent)
        return x->parent < y->parent ? -1 : 1;
    if (x->sig != y->sig)
        return x->sig < y->sig ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

static bool
card(const subtree *t)
{
    /* One paragraph of prose next to others is an article's text, not an entry. */
    return t->blocks >= CARD_MIN_BLOCKS;
}

/* A box named as chrome, marked as boilerplate or set in a dialog holds no entry of a
 * list, whatever its shape. */
static bool
may_hold_entry(const newsclean_blocks *bl, const unsigned char *mark, size_t x)
{
    return !(mark[x] & HINT_STRONG) &&
           !(bl->c[x].flags & (NEWSCLEAN_BF_BOILER_HINT | NEWSCLEAN_BF_DIALOG));
}

/* Find the largest run of cards and mark its members in 'in_list'; false if the page has
 * none worth the name. */
static bool
find_cards(const newsclean_blocks *bl, const subtree *sub, const unsigned char *mark, sibling *sibs,
           bool *in_list, size_t *parent, unsigned *sig)
{
    size_t ns = 0;
    for (size_t x = 0; x < bl->nc; x++)
        if (bl->c[x].parent != NEWSCLEAN_NO_CONTAINER && bl->c[x].sig && sub[x].chars > 0 &&
            may_hold_entry(bl, mark, x))
            sibs[ns++] = (sibling){bl->c[x].parent, bl->c[x].sig, x};
    qsort(sibs, ns, sizeof *sibs, by_parent_sig);
    size_t best_from = 0, best_to = 0, best_chars = 0;
    for (size_t i = 0, j; i < ns; i = j) {
        size_t cards = 0, chars = 0;
        for (j = i; j < ns && sibs[j].parent == sibs[i].parent && sibs[j].sig == sibs[i].sig; j++)
            if (card(&sub[sibs[j].index])) {
                cards++;
                chars += sub[sibs[j].index].chars;
            }
        if (cards >= LIST_MIN_CARDS && chars > best_chars) {
            best_chars = chars;
            best_from = i;
            best_to = j;
        }
    }
    if (!best_chars)
        return false;
    *parent = sibs[best_from].parent;
    *sig = sibs[best_from].sig;
    for (size_t i = best_from; i < best_to; i++)
        if (card(&sub[sibs[i].index]))
            in_list[sibs[i].index] = true;
    return true;
}

/* Whether container 'a' is 'c' or encloses it. */
static bool
encloses(const newsclean_blocks *bl, size_t a, size_t c)
{
    for (; c < bl->nc; c = bl->c[c].parent)
        if (c == a)
            return true;
    return false;
}

/* A kept paragraph long enough to be an article's prose; one mostly made of links (a
 * catalogue entry, a reference) is an entry however long it runs. */
static bool
prose_paragraph(const newsclean_block *b)
{
    return b->keep && b->chars >= PROSE_PARAGRAPH_CHARS && b->punct >= 2 &&
           b->link_chars * 2 <= b->chars;
}

/* The innermost container enclosing both 'around' and block 'b': how the container
 * holding a set of blocks grows block by block. */
static size_t
widen_around(const newsclean_blocks *bl, size_t around, const newsclean_block *b)
{
    while (around < bl->nc && !encloses(bl, around, b->container))
        around = bl->c[around].parent;
    return around;
}

/* A kept paragraph that an element, role or name around it calls chrome outright: a
 * page's footer with its fine print (financing terms, footnotes to the offers), a
 * disclaimer box. Where a shop's or a directory's own content is short titles and prices,
 * the scorer may take that fine print as the page's longest prose. */
static bool
site_prose(const newsclean_block *b)
{
    return prose_paragraph(b) && (b->flags & (NEWSCLEAN_BF_BOILER_HINT | NEWSCLEAN_BF_WEAK_NAME)) ==
                                     NEWSCLEAN_BF_BOILER_HINT;
}

/* How much prose the scorer kept, and the innermost container holding all of it. */
static size_t
kept_prose(const newsclean_blocks *bl, size_t *around)
{
    size_t prose = 0;
    *around = NEWSCLEAN_NO_CONTAINER;
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        if (!prose_paragraph(b))
            continue;
        prose += b->chars;
        *around = widen_around(bl, *around == NEWSCLEAN_NO_CONTAINER ? b->container : *around, b);
    }
    return prose;
}

/* What the markup says of a container and the ones around it: under some chrome name or
 * element (HINT_ANY), under a name or element that calls it chrome outright (HINT_STRONG):
 * a strong class word, a navigation, aside or footer element, a chrome role. A weak word
 * alone ("pagination", "widget") on one box around the grid is often the layout's name on
 * a shop's or an archive's page, so it does not keep the entries inside out; on boxes
 * repeated side by side ("teaser") it names the repeated things themselves, and counts as
 * chrome outright. 'mark' has bl->nc entries. False if out of memory. */
static bool
mark_chrome(const newsclean_blocks *bl, unsigned char *mark)
{
    const unsigned weak = NEWSCLEAN_BF_BOILER_HINT | NEWSCLEAN_BF_WEAK_NAME;
    size_t *last = malloc((bl->nc ? bl->nc : 1) * sizeof *last);
    if (!last)
        return false;
    for (size_t c = 0; c < bl->nc; c++) {
        last[c] = NEWSCLEAN_NO_CONTAINER;
        mark[c] = 0;
    }
    for (size_t c = 0; c < bl->nc; c++) {
        size_t p = bl->c[c].parent;
        if ((bl->c[c].flags & weak) != weak || p == NEWSCLEAN_NO_CONTAINER || !bl->c[c].sig)
            continue;
        size_t l = last[p];
        if (l != NEWSCLEAN_NO_CONTAINER && bl->c[l].sig == bl->c[c].sig)
            mark[l] = mark[c] = HINT_REPEATED;
        last[p] = c;
    }
    free(last);
    for (size_t c = 0; c < bl->nc; c++) {
        unsigned f = bl->c[c].flags;
        size_t p = bl->c[c].parent;
        bool repeated = mark[c] & HINT_REPEATED;
        mark[c] = p != NEWSCLEAN_NO_CONTAINER ? mark[p] : 0;
        if (f & NEWSCLEAN_BF_BOILER_HINT)
            mark[c] |=
                (f & NEWSCLEAN_BF_WEAK_NAME) && !repeated ? HINT_ANY : HINT_ANY | HINT_STRONG;
    }
    return true;
}

/* A block the markup calls chrome: a noise phrase or a box named chrome outright (a chrome
 * name on an inline element inside a card, a "promo" badge on a price, leaves it an entry);
 * by its shape, a menu entry too. */
static bool
marked_chrome(const newsclean_blocks *bl, const newsclean_block *b, const unsigned char *mark)
{
    if (b->flags & NEWSCLEAN_BF_NOISE)
        return true;
    if (b->container >= bl->nc)
        return (b->flags & NEWSCLEAN_BF_BOILER_HINT) != 0;
    return (mark[b->container] & HINT_STRONG) != 0;
}

static bool
card_chrome(const newsclean_blocks *bl, const newsclean_block *b, const unsigned char *mark)
{
    return marked_chrome(bl, b, mark) ||
           (b->chars < MENU_ENTRY_CHARS && b->link_chars * 2 > b->chars);
}

/* The page's title: its first h1 that stands in a box and not in a dialog over the page;
 * bl->n if it has none. */
static size_t
page_title(const newsclean_blocks *bl)
{
    for (size_t i = 0; i < bl->n; i++)
        if (bl->v[i].kind == NEWSCLEAN_BLOCK_HEADING && bl->v[i].level == 1 &&
            bl->v[i].container < bl->nc && !(bl->v[i].flags & NEWSCLEAN_BF_DIALOG))
            return i;
    return bl->n;
}

/* Characters of the blocks kept so far. */
static size_t
kept_chars(const newsclean_blocks *bl)
{
    size_t n = 0;
    for (size_t i = 0; i < bl->n; i++)
        n += bl->v[i].keep ? bl->v[i].chars : 0;
    return n;
}

/* A line that is links and nothing else, without a sentence's punctuation: a teaser's
 * "Read more on how to ...", a "Learn about our mission" link, a row of buttons, a footer's
 * link set as a paragraph. Where a service page is widened past the scorer's choice, such
 * a line sends the reader elsewhere and says nothing of the offer. List items and headings
 * so linked are entries' titles, and a box of linked cards reads as sentences; both stay. */
static bool
link_line(const newsclean_block *b)
{
    return b->kind == NEWSCLEAN_BLOCK_PARAGRAPH && b->chars > 0 && b->punct == 0 &&
           b->link_chars * 10 >= b->chars * 9;
}

/* Without a run of cards, every block that the markup does not call chrome: on a listing
 * or a collection ('list_page'), only what it calls chrome outright (see mark_chrome); a
 * service page's sections sit in boxes whose weak names ("banner", "widget") are as often
 * chrome, and its lines of links alone send the reader elsewhere (see link_line). What
 * comes before the page's title is the site's, not the page's: a promotion bar, the skip
 * links, a sign-in prompt, a cookie notice printed as plain text, a menu's first entries.
 * A page without a title is taken whole. */
static void
keep_entries(newsclean_blocks *bl, bool list_page)
{
    unsigned char *mark = calloc(bl->nc ? bl->nc : 1, 1);
    if (!mark || !mark_chrome(bl, mark)) {
        free(mark);
        return;
    }
    size_t title = page_title(bl);
    for (size_t i = title < bl->n ? title : 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep || card_chrome(bl, b, mark) || (b->flags & NEWSCLEAN_BF_DIALOG) ||
            (!list_page && ((b->flags & NEWSCLEAN_BF_BOILER_HINT) || link_line(b))))
            continue;
        b->keep = true;
        b->reason = "entry of a listing or collection";
    }
    free(mark);
}

/* The card of the run that holds container 'c'; NEWSCLEAN_NO_CONTAINER outside the run. */
static size_t
card_of(const newsclean_blocks *bl, const bool *in_list, size_t c)
{
    for (; c < bl->nc; c = bl->c[c].parent)
        if (in_list[c])
            return c;
    return NEWSCLEAN_NO_CONTAINER;
}

static bool
in_cards(const newsclean_blocks *bl, const bool *in_list, size_t c)
{
    return card_of(bl, in_list, c) != NEWSCLEAN_NO_CONTAINER;
}

/* Words the template prints in nearly every card, the same each time ("Replies",
 * "Views", "Add to cart", a badge), label the entries' fields or offer an action; they
 * are not any entry's text. A field whose value recurs (a difficulty, a town) differs
 * from card to card often enough to stay. A field's name set apart with its colon
 * ("Width:" over "Regular, Wide") stays too: the value under it does not say alone what
 * it measures, as a product's specification rows keep their names. */
#define LABEL_CARD_SHARE 0.8
#define LABEL_MIN_CARDS 3

static int
by_text(const void *a, const void *b)
{
    const newsclean_block *x = *(const newsclean_block *const *)a,
                          *y = *(const newsclean_block *const *)b;
    int d = strcmp(x->text, y->text);
    return d ? d : (x < y ? -1 : x > y);
}

/* Where the run of blocks saying what v[i] says ends, in 'v' sorted by by_text. */
static size_t
same_text_end(newsclean_block *const *v, size_t n, size_t i)
{
    size_t j = i + 1;
    while (j < n && !strcmp(v[j]->text, v[i]->text))
        j++;
    return j;
}

static void
drop_template_labels(newsclean_block **v, size_t n, size_t cards)
{
    if (cards < LABEL_MIN_CARDS)
        return;
    qsort(v, n, sizeof *v, by_text);
    for (size_t i = 0, j; i < n; i = j) {
        j = same_text_end(v, n, i);
        if (j - i < LABEL_MIN_CARDS || (double)(j - i) < LABEL_CARD_SHARE * (double)cards ||
            (v[i]->len && v[i]->text[v[i]->len - 1] == ':'))
            continue;
        for (size_t k = i; k < j; k++) {
            v[k]->keep = false;
            v[k]->reason = "label repeated in every card";
        }
    }
}

/* A listing split into sections (the lead stories over the rest, one box of entries a
 * day or a topic) prints every section's entries from the run's own template; each box
 * holding two or more cards of it is one more section of the list, not another list. */
#define SECTION_MIN_CARDS 2

static void
keep_sections_of_run(const newsclean_blocks *bl, const subtree *sub, const unsigned char *mark,
                     bool *in_list, size_t parent, unsigned sig)
{
    size_t *per_parent = calloc(bl->nc ? bl->nc : 1, sizeof *per_parent);
    if (!per_parent)
        return;
    for (size_t x = 0; x < bl->nc; x++)
        if (bl->c[x].sig == sig && bl->c[x].parent < bl->nc && bl->c[x].parent != parent &&
            card(&sub[x]) && may_hold_entry(bl, mark, x) && !in_cards(bl, in_list, x))
            per_parent[bl->c[x].parent]++;
    for (size_t x = 0; x < bl->nc; x++)
        if (bl->c[x].sig == sig && bl->c[x].parent < bl->nc &&
            per_parent[bl->c[x].parent] >= SECTION_MIN_CARDS && card(&sub[x]) &&
            may_hold_entry(bl, mark, x))
            in_list[x] = true;
    free(per_parent);
}

static bool
word_in(const char *w, size_t n, const char *const *set, size_t count)
{
    for (size_t k = 0; k < count; k++)
        if (strlen(set[k]) == n && strncasecmp(w, set[k], n) == 0)
            return true;
    return false;
}

#define WORD_IN(w, n, set) word_in(w, n, set, sizeof set / sizeof *set)

/* The length of the figure s opens with, its thousands or decimal marks included
 * ("6,239", "4.5"); 0 where s opens with no digit. */
static size_t
figure_len(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (newsclean_is_ascii_digit(s[i]) || (i > 0 && (s[i] == ',' || s[i] == '.'))))
        i++;
    return i;
}

/* A shop's card counts the reviews its product has had ("213 Reviews", "0 reviews") on a
 * line of its own, under the stars that draw the rating: a figure of the shop's, not the
 * product's name, price or words. */
#define REVIEW_COUNT_CHARS 24

static const char *const review_words[] = {"review", "reviews", "rating", "ratings"};

static bool
review_count(const newsclean_block *b)
{
    if (b->chars == 0 || b->chars > REVIEW_COUNT_CHARS || b->kind == NEWSCLEAN_BLOCK_HEADING)
        return false;
    size_t i = figure_len(b->text, b->len);
    if (i == 0 || i >= b->len || b->text[i] != ' ')
        return false;
    return WORD_IN(b->text + i + 1, b->len - i - 1, review_words);
}

/* A card ends on a button or a link that leads to its entry or to more of its kind
 * ("Read more", "See all", "Learn more Buy", "More like this", "More from this brand").
 * The run keeps every block of its cards the markup does not call chrome, short links
 * included (an entry's title may be as short), and the wording differs from card to card
 * often enough that drop_template_labels misses it; it says nothing of the entry. */
#define ACTION_MAX_WORDS 4

static const char *const action_verbs[] = {"read",     "learn",   "see",  "view", "show",
                                           "discover", "explore", "shop", "buy"};
static const char *const action_objects[] = {"more", "all", "now", "details"};
static const char *const more_of_this[] = {"like", "in", "from", "about", "by", "on"};

/* The next word of b's text from byte '*at', spaces between words: its start, its length
 * in '*n', '*at' moved past it; NULL at the text's end. */
static const char *
next_block_word(const newsclean_block *b, size_t *at, size_t *n)
{
    size_t i = *at;
    while (i < b->len && b->text[i] == ' ')
        i++;
    size_t j = i;
    while (j < b->len && b->text[j] != ' ')
        j++;
    if (j == i)
        return NULL;
    *n = j - i;
    *at = j;
    return b->text + i;
}

static bool
card_action(const newsclean_block *b)
{
    if (b->kind == NEWSCLEAN_BLOCK_HEADING)
        return false;
    const char *word[ACTION_MAX_WORDS + 1], *w;
    size_t len[ACTION_MAX_WORDS + 1], n = 0, wlen;
    for (size_t at = 0; (w = next_block_word(b, &at, &wlen));) {
        if (n == ACTION_MAX_WORDS + 1)
            return false;
        word[n] = w;
        len[n++] = wlen;
    }
    if (n < 2 || n > ACTION_MAX_WORDS)
        return false;
    /* "More like this", "More from this brand". */
    if (n >= 3 && len[0] == 4 && strncasecmp(word[0], "more", 4) == 0 &&
        WORD_IN(word[1], len[1], more_of_this) && len[2] == 4 &&
        strncasecmp(word[2], "this", 4) == 0)
        return true;
    /* Verbs each with or without their object: "Read more", "Learn more Buy", "Shop now". */
    if (!WORD_IN(word[0], len[0], action_verbs))
        return false;
    for (size_t k = 1; k < n; k++)
        if (!WORD_IN(word[k], len[k], action_verbs) && !WORD_IN(word[k], len[k], action_objects))
            return false;
    return true;
}

/* A list's entries each say when they were posted, on a line of their own under the title
 * ("Feb 9, 2026", "5 hours ago", "3h"): a stamp of the entry, which its title and summary
 * are read without, as a post's stamp is left out of a thread (post_stamp). The scorer
 * keeps such lines where they sit among the entries' text, and the run of cards keeps them
 * as its cards' blocks. A line is a stamp where a date, or a count of time units since,
 * is all it says, a word at most beside it ("Updated"); a page prints one alone for
 * itself (the listing's own date), so the lines leave the body only where the page holds
 * as many as a list has entries. A span of dates ("Mar 6–Apr 18, 2026") is when an
 * exhibition or a fair runs, the entry's own content, and stays. */
#define ENTRY_DATE_CHARS 40
#define ENTRY_DATE_WORDS 1

static const char *const time_units[] = {"sec",    "secs",    "second", "seconds", "min",  "mins",
                                         "minute", "minutes", "hr",     "hrs",     "hour", "hours",
                                         "day",    "days",    "week",   "weeks",   "wk",   "wks",
                                         "month",  "months",  "year",   "years",   "yr",   "yrs"};

/* "5 hours ago", "an hour ago", "3h", "2d": a time since, a count and its unit, the unit
 * spelled out only with its "ago" (a bare "45 mins" is as often a duration). */
static bool
time_since(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i > 0 && i + 1 == n && strchr("smhdwy", s[i]))
        return true;
    if (i == 0) {
        if (n > 3 && strncasecmp(s, "an ", 3) == 0)
            i = 2;
        else if (n > 2 && strncasecmp(s, "a ", 2) == 0)
            i = 1;
        else
            return false;
    }
    if (i >= n || s[i] != ' ' || n < 4 || strncasecmp(s + n - 4, " ago", 4) != 0)
        return false;
    size_t u = i + 1, e = n - 4;
    return u < e && WORD_IN(s + u, e - u, time_units) && !memchr(s + u, ' ', e - u);
}

static bool
entry_date(const struct newsclean_date_rules *dates, const newsclean_block *b)
{
    if (b->chars == 0 || b->chars > ENTRY_DATE_CHARS || b->kind == NEWSCLEAN_BLOCK_HEADING)
        return false;
    if (time_since(b->text, b->len))
        return true;
    static const char *const spans[] = {"\xE2\x80\x93", "\xE2\x80\x94", " - ", " to "};
    for (size_t k = 0; k < sizeof spans / sizeof spans[0]; k++)
        if (newsclean_contains_ci(b->text, b->len, spans[k]))
            return false;
    char iso[NEWSCLEAN_DATE_MAX];
    size_t start, len;
    return dates && newsclean_date_find_in_text(dates, b->text, b->len, iso, &start, &len) &&
           newsclean_words_outside(b->text, b->len, start, len) <= ENTRY_DATE_WORDS;
}

static void
drop_entry_dates(newsclean_blocks *bl, const struct newsclean_date_rules *dates)
{
    size_t n = 0;
    for (size_t i = 0; i < bl->n; i++)
        n += bl->v[i].keep && entry_date(dates, &bl->v[i]);
    if (n < LIST_MIN_CARDS)
        return;
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep && entry_date(dates, b)) {
            b->keep = false;
            b->reason = "the date of an entry of a list";
        }
    }
}

/* A shop flags some of its cards with a badge over the product's name ("New", "Sale",
 * "Top Rated", "Just In", "Back in stock", "New Arrival"): a word of the shop's about where
 * the product stands in its range or its stock, set on a line of its own. It marks only
 * some cards, so drop_template_labels, which takes what nearly every card prints, misses
 * it; it names nothing of the product. A line of badge words alone, three at most, is
 * such a flag; a word of the product's own (a colour, a fit, a brand) is no badge word.
 * On a listing's or collection's page it leaves the body wherever it was kept: by the run
 * of cards, by keep_entries where no run was found, or by the scorer beside a grid. */
#define BADGE_MAX_WORDS 3

static const char *const badge_words[] = {
    "new",      "sale",     "top",     "rated",    "best",     "seller",    "bestseller",
    "just",     "in",       "arrival", "arrivals", "featured", "exclusive", "limited",
    "edition",  "trending", "popular", "sold",     "out",      "clearance", "online",
    "only",     "award",    "winner",  "back",     "stock",    "low",       "pre-order",
    "preorder", "pre",      "order",   "now",      "on",       "hot",       "deal",
    "special",  "staff",    "pick",    "coming",   "soon",     "selling",   "offer"};

/* Words that join a badge's words ("Back in stock", "Pre order now") and flag nothing
 * alone: a line of them only ("In", "On") is no badge. */
static const char *const joining_words[] = {"in",   "on",   "out", "now",
                                            "only", "back", "pre", "order"};

static bool
card_badge(const newsclean_block *b)
{
    if ((b->kind != NEWSCLEAN_BLOCK_PARAGRAPH && b->kind != NEWSCLEAN_BLOCK_LIST_ITEM) ||
        b->chars == 0)
        return false;
    size_t words = 0, wlen;
    bool flag = false;
    const char *w;
    for (size_t at = 0; (w = next_block_word(b, &at, &wlen));) {
        if (++words > BADGE_MAX_WORDS || !WORD_IN(w, wlen, badge_words))
            return false;
        flag = flag || !WORD_IN(w, wlen, joining_words);
    }
    return flag;
}

/* Drops every kept line that 'matches' picks, saying 'reason': for the tests that read a
 * line alone, wherever on the page it stands. */
static void
drop_kept_lines(newsclean_blocks *bl, bool (*matches)(const newsclean_block *), const char *reason)
{
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep && matches(b)) {
            b->keep = false;
            b->reason = reason;
        }
    }
}

static void
drop_badges(newsclean_blocks *bl)
{
    drop_kept_lines(bl, card_badge, "a badge on a list's card");
}

/* Drops each kept line inside the run's cards that 'is_chrome' reads as the shop's or the
 * template's, not the entry's, saying 'reason'. */
static void
drop_card_lines(newsclean_blocks *bl, const bool *in_list,
                bool (*is_chrome)(const newsclean_block *), const char *reason)
{
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep && is_chrome(b) && in_cards(bl, in_list, b->container)) {
            b->keep = false;
            b->reason = reason;
        }
    }
}

/* A list's page opens with its title (the h1) and a few sentences on what it lists (a
 * shop's category, a topic's archive), set above the first entry, outside the template
 * the run found. The scorer takes prose under a title as its lead only close by or in the
 * article's own paragraph markup, so a sort control or a row of topic links between the
 * title and the entries leaves those sentences out. The paragraphs between the title and
 * the run's first entry are the list's own words, and so are the subheadings there that
 * name what follows ("Featured stories", "Our services"): the scorer drops a heading whose
 * section it kept none of, though the entries under it are kept now. Linked headings
 * (a menu's entries), what the markup calls chrome and short lines of other kinds are
 * not. */
#define INTRO_MIN_CHARS 60

static bool
intro_block(const newsclean_block *b)
{
    if (b->link_chars * 2 > b->chars)
        return false;
    if (b->kind == NEWSCLEAN_BLOCK_HEADING)
        return b->level > 1;
    return b->kind == NEWSCLEAN_BLOCK_PARAGRAPH && b->chars >= INTRO_MIN_CHARS;
}

static void
keep_list_intro(newsclean_blocks *bl, const bool *in_list, const unsigned char *mark)
{
    size_t title = page_title(bl), first = 0;
    while (first < bl->n && !in_cards(bl, in_list, bl->v[first].container))
        first++;
    if (title >= first)
        return;
    for (size_t i = title + 1; i < first; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep || !intro_block(b) || marked_chrome(bl, b, mark) ||
            (b->flags & NEWSCLEAN_BF_DIALOG))
            continue;
        b->keep = true;
        b->reason = b->kind == NEWSCLEAN_BLOCK_HEADING ? "a heading over a list's entries"
                                                       : "a list's introduction under its title";
    }
}

/* A shop's grid prints a price in most of its products' cards; the stories set beside an
 * article never carry one. Such a run is the page's list even where the scorer kept the
 * shop's own text (a buying guide, the category's description) in another branch of the
 * page: that text is read with the grid, not in its place. */
#define PRICED_CARD_SHARE 0.5

static bool
priced_run(const newsclean_blocks *bl, const bool *in_list, const unsigned char *mark)
{
    bool *priced = calloc(bl->nc ? bl->nc : 1, sizeof *priced);
    if (!priced)
        return false;
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        if (marked_chrome(bl, b, mark) || !newsclean_has_price(b->text, b->len))
            continue;
        size_t card = card_of(bl, in_list, b->container);
        if (card != NEWSCLEAN_NO_CONTAINER)
            priced[card] = true;
    }
    size_t cards = 0, with_price = 0;
    for (size_t c = 0; c < bl->nc; c++) {
        cards += in_list[c];
        with_price += priced[c];
    }
    free(priced);
    return cards && (double)with_price >= PRICED_CARD_SHARE * (double)cards;
}

/* A site prints a few sentences about itself (what it is, who runs it) under its pages'
 * content, in a closing box the markup does not always name a footer. Prose that the
 * scorer kept only below a listing's last entry is that blurb, not an article the entries
 * stand beside: an article's own text comes before its related stories. Asked only of a
 * shop's or a directory's page, so the fine print of site_prose() does not count. */
static bool
prose_below_run(const newsclean_blocks *bl, const bool *in_list)
{
    size_t last = bl->n;
    for (size_t i = 0; i < bl->n; i++)
        if (in_cards(bl, in_list, bl->v[i].container))
            last = i;
    if (last == bl->n)
        return false;
    for (size_t i = 0; i <= last; i++)
        if (prose_paragraph(&bl->v[i]) && !site_prose(&bl->v[i]))
            return false;
    return true;
}

/* A shop's or a directory's page ends, under its list, on the site's own closing parts:
 * footnotes to its offers, a newsletter sign-up, its address, legal lines, a blurb on
 * what the site is. The scorer may keep them where they read as sentences and the markup
 * names no footer. The page's own content sits in one box around its title and its
 * entries; below the last entry, what the scorer kept outside that box is the site's, not
 * the list's. Text the page's <main> or an <article> holds stays: a shop's buying guide
 * under its grid is set there (see priced_run). A title that stands only in the page's
 * frame, with the list, names no such box, and nothing is dropped. */
static void
drop_below_list(newsclean_blocks *bl, const bool *in_list, size_t parent)
{
    size_t title = page_title(bl), last = bl->n;
    if (title == bl->n || parent >= bl->nc)
        return;
    for (size_t i = 0; i < bl->n; i++)
        if (in_cards(bl, in_list, bl->v[i].container))
            last = i;
    if (last == bl->n || last < title)
        return;
    size_t box = widen_around(bl, parent, &bl->v[title]);
    if (box >= bl->nc || bl->c[box].parent >= bl->nc)
        return;
    for (size_t i = last + 1; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep && !encloses(bl, box, b->container) && !(b->flags & NEWSCLEAN_BF_IN_ARTICLE)) {
            b->keep = false;
            b->reason = "below a list, outside the box of its title and entries";
        }
    }
}

/* 'other_kind' says the run is looked for on a page taken for none of the kinds made of
 * entries (an article, a product, a reference page). 'offers' keeps the labels each card repeats: a
 * service page's cards are offers, and a label they share (a plan's "per month", a step's
 * "Included") is part of the offer. A card's line of links alone (link_line: "Read the case study",
 * "See pricing Book a call") sends the reader to another page and says nothing of the offer; as
 * where a service page is widened without cards (keep_entries), it is left out. 'unsure' says the
 * page is less surely a listing or collection than MIN_KIND_PROB (see the veto on a list article
 * below). */
static bool
keep_cards(newsclean_blocks *bl, bool other_kind, bool offers, bool unsure)
{
    /* Only a listing's or collection's own run, not one looked for on a page of another
     * kind. */
    bool shop = !other_kind && !offers;
    size_t around;
    size_t prose = kept_prose(bl, &around);
    if (prose >= ARTICLE_PROSE_CHARS)
        return false;
    subtree *sub = calloc(bl->nc ? bl->nc : 1, sizeof *sub);
    sibling *sibs = malloc((bl->nc ? bl->nc : 1) * sizeof *sibs);
    bool *in_list = calloc(bl->nc ? bl->nc : 1, sizeof *in_list);
    unsigned char *mark = calloc(bl->nc ? bl->nc : 1, 1);
    newsclean_block **template_text = malloc((bl->n ? bl->n : 1) * sizeof *template_text);
    bool found = false;
    size_t parent = NEWSCLEAN_NO_CONTAINER;
    if (!sub || !sibs || !in_list || !mark || !template_text || !mark_chrome(bl, mark))
        goto out;
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        if (card_chrome(bl, b, mark))
            continue;
        for (size_t c = b->container; c < bl->nc; c = bl->c[c].parent) {
            sub[c].chars += b->chars;
            sub[c].blocks++;
        }
    }
    unsigned sig = 0;
    found = find_cards(bl, sub, mark, sibs, in_list, &parent, &sig);
    if (found && prose >= SHORT_ARTICLE_CHARS) {
        /* An article's worth of prose in another branch of the page than the cards: they
         * are a strip of other stories beside it. Prose the scorer kept inside the cards
         * means it read them as one article's sections (a list article). Either way the
         * scorer's choice stands. A list article's sections each hold prose; on a page
         * not surely a listing (a firm's page of offers, a catalogue of services, a
         * gallery), prose the scorer found in one card alone is that card's longer text,
         * the densest spot of a run it took for chrome, and the run is kept. On a sure
         * listing one card of prose may be its lead story told in full, and the scorer's
         * choice stands there as before. */
        size_t inside = 0, prose_cards = 0, last = NEWSCLEAN_NO_CONTAINER;
        for (size_t i = 0; i < bl->n; i++) {
            const newsclean_block *b = &bl->v[i];
            size_t c = card_of(bl, in_list, b->container);
            if (!prose_paragraph(b) || c == NEWSCLEAN_NO_CONTAINER)
                continue;
            inside += b->chars;
            prose_cards += c != last;
            last = c;
        }
        if (unsure && prose_cards == 1)
            inside = 0;
        bool beside = !encloses(bl, parent, around) && !encloses(bl, around, parent);
        /* A shop's grid beside its own text: see priced_run; a site's blurb under the
         * list: see prose_below_run. */
        found = (!beside ||
                 (shop && (priced_run(bl, in_list, mark) || prose_below_run(bl, in_list)))) &&
                inside * 2 < prose;
    }
    if (!found)
        goto out;
    /* A box of the run's template is one of its entries even where it falls short of a
     * card by itself: a product whose linked name is as short as a menu entry leaves its
     * price alone to count, and is no less an entry than its neighbours. */
    for (size_t x = 0; x < bl->nc; x++)
        if (bl->c[x].parent == parent && bl->c[x].sig == sig && sub[x].chars > 0 &&
            may_hold_entry(bl, mark, x))
            in_list[x] = true;
    keep_sections_of_run(bl, sub, mark, in_list, parent, sig);
    size_t cards = 0;
    for (size_t c = 0; c < bl->nc; c++)
        cards += in_list[c];
    size_t nt = 0;
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        bool inside = in_cards(bl, in_list, b->container);
        if (b->keep || !inside || marked_chrome(bl, b, mark) || (offers && link_line(b)))
            continue;
        b->keep = true;
        b->reason = "entry of a listing or collection";
        template_text[nt++] = b;
    }
    if (!offers) {
        drop_template_labels(template_text, nt, cards);
        drop_card_lines(bl, in_list, review_count, "how many reviews a product of a list has had");
        if (shop)
            drop_card_lines(bl, in_list, card_action, "a button of a list's card");
    }
    keep_list_intro(bl, in_list, mark);
    if (shop)
        drop_below_list(bl, in_list, parent);
out:
    free(sub);
    free(sibs);
    free(in_list);
    free(mark);
    free(template_text);
    return found;
}

/* A thread's posts are boxes made from one template, side by side, each with its
 * author, date and text. Forum software names the run of them "comments" or "replies",
 * which reads as chrome to the scorer, and wraps it in a form for its moderation tools;
 * so a thread's text may be left out whole, or all but its first post. On a page taken
 * for a forum, the run of posts holding the most prose is its content, whatever the names
 * around it, when it holds more prose than the scorer kept. */
#define POST_MIN_PROSE 1
#define THREAD_MIN_POSTS 2
#define POST_LINE_CHARS 25
#define POST_OWN_CHARS 80

static bool
prose_block(const newsclean_block *b)
{
    return b->punct >= 1 && b->chars > b->link_chars * 2 && !(b->flags & NEWSCLEAN_BF_NOISE);
}

/* Adds each prose block's characters to every box around it, into 'prose' (zeroed, one
 * slot a container): what a thread's posts and its opening post are weighed by. */
static void
add_box_prose(const newsclean_blocks *bl, size_t *prose)
{
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        if (prose_block(b))
            for (size_t c = b->container; c < bl->nc; c = bl->c[c].parent)
                prose[c] += b->chars;
    }
}

/* Each post says when it was written: a <time> element, or a short line of a date and a
 * name (post_stamp below). A consent box's categories, a site's footer columns or a
 * product's feature boxes are runs of one template too, and may hold more prose than a
 * short thread; their boxes carry no date each. So a run where most boxes are dated is
 * a thread before any run that is not. */
static bool post_stamp(const struct newsclean_date_rules *dates, const newsclean_block *b);

/* A box a class word, role or element names chrome outright; a weak word alone does not. */
static bool
named_chrome(const newsclean_blocks *bl, size_t c)
{
    return (bl->c[c].flags & NEWSCLEAN_BF_BOILER_HINT) &&
           !(bl->c[c].flags & NEWSCLEAN_BF_WEAK_NAME);
}

/* Inside a post, a box the markup names chrome outright holds what the post's text is not
 * (the comments under an answer, the poster's card, a signature) where, the outermost of
 * such boxes, it holds less than half the post's prose. A box so named around most of the
 * post's text is the forum's name for the post itself ("comment"). A heading in such a box
 * is the poster's name, kept as below.
 *
 * A short answer may draw more comments than it has words: the post's own text, a sentence
 * or more outside every box so named, tells the post from the box beside it, however much
 * that box holds. */
static bool
chrome_in_post(const newsclean_blocks *bl, const bool *in_thread, const size_t *prose,
               const size_t *own, size_t c)
{
    size_t outer = NEWSCLEAN_NO_CONTAINER;
    for (; c < bl->nc && !in_thread[c]; c = bl->c[c].parent)
        if (named_chrome(bl, c))
            outer = c;
    return c < bl->nc && outer != NEWSCLEAN_NO_CONTAINER &&
           (prose[outer] * 2 < prose[c] || own[c] >= POST_OWN_CHARS);
}

static void
keep_posts(newsclean_blocks *bl, const struct newsclean_date_rules *dates)
{
    size_t *prose = calloc(bl->nc ? bl->nc : 1, sizeof *prose);
    sibling *sibs = malloc((bl->nc ? bl->nc : 1) * sizeof *sibs);
    bool *in_thread = calloc(bl->nc ? bl->nc : 1, sizeof *in_thread);
    bool *dated = calloc(bl->nc ? bl->nc : 1, sizeof *dated);
    size_t *own = calloc(bl->nc ? bl->nc : 1, sizeof *own);
    if (!prose || !sibs || !in_thread || !dated || !own)
        goto out;
    size_t kept = 0;
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        if ((b->flags & NEWSCLEAN_BF_DATELINE) || post_stamp(dates, b))
            for (size_t c = b->container; c < bl->nc && !dated[c]; c = bl->c[c].parent)
                dated[c] = true;
    }
    add_box_prose(bl, prose);
    size_t ns = 0;
    for (size_t x = 0; x < bl->nc; x++)
        if (bl->c[x].parent != NEWSCLEAN_NO_CONTAINER && bl->c[x].sig &&
            prose[x] >= POST_MIN_PROSE && !(bl->c[x].flags & NEWSCLEAN_BF_DIALOG))
            sibs[ns++] = (sibling){bl->c[x].parent, bl->c[x].sig, x};
    qsort(sibs, ns, sizeof *sibs, by_parent_sig);
    size_t best_from = 0, best_to = 0, best = 0;
    bool best_dated = false;
    for (size_t i = 0, j; i < ns; i = j) {
        size_t sum = 0, with_date = 0;
        for (j = i; j < ns && sibs[j].parent == sibs[i].parent && sibs[j].sig == sibs[i].sig; j++) {
            sum += prose[sibs[j].index];
            with_date += dated[sibs[j].index];
        }
        bool is_dated = with_date * 2 > j - i;
        if (j - i >= THREAD_MIN_POSTS &&
            (is_dated > best_dated || (is_dated == best_dated && sum > best))) {
            best = sum;
            best_dated = is_dated;
            best_from = i;
            best_to = j;
        }
    }
    for (size_t i = best_from; i < best_to; i++)
        in_thread[sibs[i].index] = true;
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        if (!prose_block(b))
            continue;
        size_t c = b->container;
        while (c < bl->nc && !in_thread[c] && !named_chrome(bl, c))
            c = bl->c[c].parent;
        if (c < bl->nc && in_thread[c])
            own[c] += b->chars;
    }
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        if (b->keep && prose_block(b) && in_cards(bl, in_thread, b->container))
            kept += b->chars;
    }
    if (kept * 2 >= best)
        goto out;
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep || !in_cards(bl, in_thread, b->container) || (b->flags & NEWSCLEAN_BF_NOISE) ||
            (b->kind != NEWSCLEAN_BLOCK_HEADING &&
             chrome_in_post(bl, in_thread, prose, own, b->container)))
            continue;
        /* The poster's details beside a post (join date, place, post count) are short
         * lines of a list; the post's text and its author's name are not. */
        if (b->chars < POST_LINE_CHARS && b->kind != NEWSCLEAN_BLOCK_HEADING)
            continue;
        b->keep = true;
        b->reason = "post of a thread";
    }
out:
    free(prose);
    free(sibs);
    free(in_thread);
    free(dated);
    free(own);
}

/* A thread's opening post is often made from another template than its replies (a
 * question over its answers, a topic's lead over the replies' list): it stands before
 * their run, outside it, and the scorer, taking the replies' run for the page's text,
 * leaves it out. The nearest prose before the first post kept belongs to it when the two
 * meet a few boxes above the run; the box holding that prose, below where they meet, is
 * the opening post, and its prose joins the thread. Further up, the prose before a run
 * is the site's own (an introduction to the forum, a column beside it). */
#define OPENING_POST_MAX_LEVELS 4

/* The run of same-template siblings holding most prose among the boxes around container
 * 'c': the post holding it. 'run_prose' gives, for each box of a run of two or more, the
 * prose of its run outside its largest box: a page's layout repeats its boxes too (a row
 * holding the thread beside a row of links), but one of them holds nearly all the prose,
 * where a thread's posts share it. */
static size_t
post_around(const newsclean_blocks *bl, const size_t *run_prose, size_t c)
{
    size_t post = NEWSCLEAN_NO_CONTAINER, most = 0;
    for (; c < bl->nc; c = bl->c[c].parent)
        if (run_prose[c] > most) {
            most = run_prose[c];
            post = c;
        }
    return post;
}

/* Whether a box the markup names chrome outright stands between container 'c' and 'top'. */
static bool
chrome_below(const newsclean_blocks *bl, size_t c, size_t top)
{
    for (; c < bl->nc && c != top; c = bl->c[c].parent)
        if (named_chrome(bl, c))
            return true;
    return false;
}

static void
keep_opening_post(newsclean_blocks *bl, const struct newsclean_date_rules *dates)
{
    size_t *prose = calloc(bl->nc ? bl->nc : 1, sizeof *prose);
    size_t *run_prose = calloc(bl->nc ? bl->nc : 1, sizeof *run_prose);
    sibling *sibs = malloc((bl->nc ? bl->nc : 1) * sizeof *sibs);
    if (!prose || !run_prose || !sibs)
        goto out;
    add_box_prose(bl, prose);
    size_t ns = 0;
    for (size_t x = 0; x < bl->nc; x++)
        if (bl->c[x].parent != NEWSCLEAN_NO_CONTAINER && bl->c[x].sig && prose[x] > 0)
            sibs[ns++] = (sibling){bl->c[x].parent, bl->c[x].sig, x};
    qsort(sibs, ns, sizeof *sibs, by_parent_sig);
    for (size_t i = 0, j; i < ns; i = j) {
        size_t sum = 0, most = 0;
        for (j = i; j < ns && sibs[j].parent == sibs[i].parent && sibs[j].sig == sibs[i].sig; j++) {
            sum += prose[sibs[j].index];
            if (prose[sibs[j].index] > most)
                most = prose[sibs[j].index];
        }
        if (j - i >= THREAD_MIN_POSTS)
            for (size_t k = i; k < j; k++)
                run_prose[sibs[k].index] = sum - most;
    }
    size_t first = 0;
    while (first < bl->n && !(bl->v[first].keep && prose_block(&bl->v[first])))
        first++;
    if (first == bl->n)
        goto out;
    size_t post = post_around(bl, run_prose, bl->v[first].container);
    if (post == NEWSCLEAN_NO_CONTAINER)
        goto out;
    /* The nearest prose before the post; the post's own heading and byline are passed. */
    size_t last = first;
    while (last > 0 && encloses(bl, post, bl->v[last - 1].container))
        last--;
    while (last > 0 && !(prose_block(&bl->v[last - 1]) && bl->v[last - 1].chars >= POST_LINE_CHARS))
        last--;
    if (last == 0 || bl->v[last - 1].keep)
        goto out;
    last--;
    /* Where the prose before the post and the post meet, and the box below it holding
     * that prose. */
    size_t meet = bl->c[post].parent, levels = 0;
    while (meet < bl->nc && !encloses(bl, meet, bl->v[last].container) &&
           levels < OPENING_POST_MAX_LEVELS) {
        meet = bl->c[meet].parent;
        levels++;
    }
    /* Prose set straight in the box around the thread is no post's. */
    if (meet >= bl->nc || bl->v[last].container == meet ||
        !encloses(bl, meet, bl->v[last].container))
        goto out;
    size_t opening = bl->v[last].container;
    while (bl->c[opening].parent != meet)
        opening = bl->c[opening].parent;
    /* A post says who wrote it or when, as the thread's posts do (keep_posts); a notice
     * over the thread (that it is closed, that members may post) does not. */
    size_t from = last, to = last + 1;
    while (from > 0 && encloses(bl, opening, bl->v[from - 1].container))
        from--;
    while (to < bl->n && encloses(bl, opening, bl->v[to].container))
        to++;
    bool dated = false;
    for (size_t i = from; i < to && !dated; i++)
        dated = (bl->v[i].flags & (NEWSCLEAN_BF_DATELINE | NEWSCLEAN_BF_BYLINE)) ||
                post_stamp(dates, &bl->v[i]);
    if (!dated)
        goto out;
    for (size_t i = from; i <= last; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep || !prose_block(b) || b->chars < POST_LINE_CHARS ||
            (b->flags & (NEWSCLEAN_BF_BYLINE | NEWSCLEAN_BF_DATELINE)) ||
            chrome_below(bl, b->container, meet))
            continue;
        b->keep = true;
        b->reason = "the opening post of a thread";
    }
out:
    free(prose);
    free(run_prose);
    free(sibs);
}

/* A poster's signature, the same lines under each of their posts (a quotation, the games
 * they play), is no part of what the post says; forum software names its box so. */
static void
drop_signatures(newsclean_blocks *bl)
{
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep && (b->flags & NEWSCLEAN_BF_SIGNATURE)) {
            b->keep = false;
            b->reason = "a poster's signature under a post";
        }
    }
}

/* Between a thread's posts stand vote and like counts, post numbers and the initial an
 * avatar stands in with: short blocks without a word, which read as text to the scorer.
 * So do the poster's tallies, a count and its noun ("12 Likes") or a label and its figure
 * ("Posts: 1,024", "Registered: 2019-04-02"), which no post's text is alone. */
#define COUNTER_CHARS 12
#define TALLY_CHARS 24

static size_t
span(const char *s, size_t n, size_t i, bool (*in)(char))
{
    while (i < n && in(s[i]))
        i++;
    return i;
}

static bool
count_char(char c)
{
    return newsclean_is_ascii_digit(c) || c == ',' || c == '.';
}

static bool
figure_char(char c)
{
    return newsclean_is_ascii_digit(c) || c == ',' || c == '.' || c == '-' || c == '/' ||
           c == ':' || c == ' ';
}

static bool
tally(const char *s, size_t n)
{
    if (n == 0 || n > TALLY_CHARS)
        return false;
    size_t i;
    if (newsclean_is_ascii_digit(s[0])) { /* "12 Likes", "1.2k replies" */
        i = span(s, n, 0, count_char);
        if (i < n && strchr("kKmM", s[i]))
            i++;
        if (i >= n || s[i] != ' ')
            return false;
        size_t w = span(s, n, i + 1, newsclean_is_ascii_letter);
        return w > i + 1 && w == n;
    }
    i = span(s, n, 0, newsclean_is_ascii_letter); /* "Posts: 98" */
    if (i == 0 || i >= n || s[i] != ':')
        return false;
    i++;
    if (i < n && s[i] == ' ')
        i++;
    return i < n && newsclean_is_ascii_digit(s[i]) && span(s, n, i, figure_char) == n;
}

/* A poster's card may print its tallies on one line, each a count and its noun, or a
 * label and its figure, side by side ("40.1k 3 gold badges 51 silver badges", "14 posts ·
 * Joined 2025", "1.8 MB Views: 407"): figures, each with a word or two of its own and
 * nothing else. A post's line that counts things says more between them ("Slope: 12 to
 * 20 percent"). */
#define TALLY_LINE_CHARS 64
#define TALLY_NOUN_WORDS 2

static size_t
tally_separator(const char *s, size_t n, size_t i)
{
    if (s[i] == ' ' || s[i] == '|')
        return 1;
    if (n - i >= 2 && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xB7)
        return 2; /* U+00B7 middle dot */
    if (n - i >= 3 && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0xA2)
        return 3; /* U+2022 bullet */
    return 0;
}

static bool
tally_line(const char *s, size_t n)
{
    if (n > TALLY_LINE_CHARS)
        return false;
    size_t figures = 0, words = 0, nouns_left = 0;
    bool want_figure = false, separated = true, after_mark = false;
    for (size_t i = 0; i < n;) {
        size_t sep = tally_separator(s, n, i);
        if (sep) {
            if (s[i] != ' ') {
                nouns_left = 0; /* a mark between tallies ends the one before */
                after_mark = true;
            }
            i += sep;
            separated = true;
            continue;
        }
        if (!separated)
            return false;
        separated = false;
        bool marked = after_mark;
        after_mark = false;
        if (newsclean_is_ascii_digit(s[i])) {
            size_t e = span(s, n, i, count_char);
            if (e < n && strchr("kKmM", s[e]))
                e++;
            figures++;
            nouns_left = want_figure ? 0 : TALLY_NOUN_WORDS; /* a label's figure ends it */
            want_figure = false;
            i = e;
            continue;
        }
        size_t e = span(s, n, i, newsclean_is_ascii_letter);
        if (e - i < 2 || want_figure)
            return false;
        bool label = e < n && s[e] == ':';
        words++;
        /* "Views: 407"; "· Joined 2025" after a mark, where "Mar 3, 2024" is a date */
        if (label || (marked && s[i] >= 'A' && s[i] <= 'Z'))
            want_figure = true;
        else if (nouns_left > 0)
            nouns_left--;
        else
            return false;
        i = e + label;
    }
    return figures >= 2 && words >= 1 && !want_figure;
}

static bool
counter(const newsclean_block *b)
{
    if (tally(b->text, b->len) || tally_line(b->text, b->len))
        return true;
    if (b->chars > COUNTER_CHARS)
        return false;
    size_t letters = 0;
    for (size_t i = 0; i < b->len; i++) {
        unsigned char c = (unsigned char)b->text[i];
        if (c >= 0x80)
            return false; /* a word of a script other than Latin, or a symbol: leave it */
        letters += newsclean_is_ascii_letter((char)c);
    }
    return letters == 0 || (letters == 1 && b->chars == 1);
}

/* Over or under each post the forum prints when it was posted, answered, edited or
 * commented, with the poster's name or a word of state at most ("Posted May 2, 2024
 * (edited)", "answered Aug 25, 2011 at 21:26", "Edited 3 June 2023 by jdoe"): a date
 * with a few words around it, which the thread's text is not. */
#define POST_STAMP_CHARS 48
#define POST_STAMP_WORDS 3

static bool
post_stamp(const struct newsclean_date_rules *dates, const newsclean_block *b)
{
    if (!dates || b->chars > POST_STAMP_CHARS || b->kind == NEWSCLEAN_BLOCK_HEADING)
        return false;
    char iso[NEWSCLEAN_DATE_MAX];
    size_t start, len;
    return newsclean_date_find_in_text(dates, b->text, b->len, iso, &start, &len) &&
           newsclean_words_outside(b->text, b->len, start, len) <= POST_STAMP_WORDS;
}

/* Under an edited post forum software notes who last changed it and when ("Last edited by
 * jdoe (2024-08-03 11:02:20)", "Last edited by jdoe; 2 March 2024 at 10:15. Reason: typo"):
 * with the editor's name, and a reason at times, it holds more words than a post's stamp
 * (which drops "Last edited: Apr 12, 2024"), but it opens with those words and says
 * nothing of the thread. */
#define EDIT_NOTICE_CHARS 96

static const char *const edit_notice_openers[] = {"last edited", "edited by"};

static bool
edit_notice(const struct newsclean_date_rules *dates, const newsclean_block *b)
{
    if (!dates || b->chars > EDIT_NOTICE_CHARS || b->kind == NEWSCLEAN_BLOCK_HEADING)
        return false;
    bool opens = false;
    for (size_t k = 0; k < sizeof edit_notice_openers / sizeof *edit_notice_openers; k++) {
        size_t n = strlen(edit_notice_openers[k]);
        if (b->len > n && strncasecmp(b->text, edit_notice_openers[k], n) == 0 &&
            (b->text[n] == ' ' || b->text[n] == ':'))
            opens = true;
    }
    if (!opens)
        return false;
    char iso[NEWSCLEAN_DATE_MAX];
    size_t start, len;
    return newsclean_date_find_in_text(dates, b->text, b->len, iso, &start, &len);
}

/* Forums mark the posts of the thread's opener with a badge beside the poster's name
 * ("Thread Starter", "jdoe Discussion starter", "Original poster"): a word about the
 * poster, not the post. */
#define OPENER_BADGE_CHARS 48

static const char *const opener_badges[] = {
    "thread starter",
    "discussion starter",
    "topic starter",
    "original poster",
};

static bool
opener_badge(const newsclean_block *b)
{
    if (b->chars > OPENER_BADGE_CHARS)
        return false;
    for (size_t k = 0; k < sizeof opener_badges / sizeof *opener_badges; k++) {
        size_t n = strlen(opener_badges[k]);
        if (b->len >= n && strncasecmp(b->text + b->len - n, opener_badges[k], n) == 0 &&
            (b->len == n || b->text[b->len - n - 1] == ' '))
            return true;
    }
    return false;
}

static void
drop_counters(newsclean_blocks *bl, const struct newsclean_date_rules *dates)
{
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep && counter(b)) {
            b->keep = false;
            b->reason = "a count or initial between a thread's posts";
        } else if (b->keep && opener_badge(b)) {
            b->keep = false;
            b->reason = "the badge of a thread's opener";
        } else if (b->keep && post_stamp(dates, b)) {
            b->keep = false;
            b->reason = "when a post of a thread was written or edited";
        } else if (b->keep && edit_notice(dates, b)) {
            b->keep = false;
            b->reason = "who last edited a post of a thread, and when";
        }
    }
}

/* Beside each post a forum prints its poster's rank and presence ("Member", "Offline",
 * "Moderator") and links to their profile ("Website"): a word or two, the same on posts of
 * every poster. A poster's name repeats too, but only on that poster's own posts, so a line
 * is a badge where it stands as often as half the page's most repeated such line does; a
 * name in a heading is the post's title line and stays. */
#define BADGE_MAX_CHARS 24
#define BADGE_MIN_COPIES 5

static bool
badge_line(const newsclean_block *b)
{
    if (!b->keep || b->kind == NEWSCLEAN_BLOCK_HEADING || b->len == 0 || b->len > BADGE_MAX_CHARS)
        return false;
    bool letter = false;
    for (size_t i = 0; i < b->len; i++) {
        if (newsclean_is_ascii_letter(b->text[i]))
            letter = true;
        else if (b->text[i] != ' ' && !newsclean_is_ascii_digit(b->text[i]))
            return false;
    }
    return letter;
}

static void
drop_poster_badges(newsclean_blocks *bl)
{
    newsclean_block **v = malloc((bl->n ? bl->n : 1) * sizeof *v);
    if (!v)
        return;
    size_t n = 0, most = 0;
    for (size_t i = 0; i < bl->n; i++)
        if (badge_line(&bl->v[i]))
            v[n++] = &bl->v[i];
    qsort(v, n, sizeof *v, by_text);
    for (size_t i = 0, j; i < n; i = j) {
        j = same_text_end(v, n, i);
        if (j - i > most)
            most = j - i;
    }
    for (size_t i = 0, j; i < n; i = j) {
        j = same_text_end(v, n, i);
        if (j - i < BADGE_MIN_COPIES || (j - i) * 2 < most)
            continue;
        for (size_t k = i; k < j; k++) {
            v[k]->keep = false;
            v[k]->reason = "a poster's rank or presence beside each post";
        }
    }
    free(v);
}

/* Under a post a forum names the members who liked it, a word and a colon over linked
 * names ("Reactions: jdoe and ann"); the same label under two posts or more is that bar,
 * which no post's text is. A line of a post's own ("See: the manual") names one link once. */
#define MEMBER_BAR_MAX_CHARS 80
#define MEMBER_BAR_MIN_COPIES 2

/* The bytes of 'b's opening label up to its colon, where one word and ": " open it and
 * every code point after them sits in a link; 0 where it is not such a line. */
static size_t
member_bar_label(const newsclean_block *b)
{
    if (!b->keep || b->kind == NEWSCLEAN_BLOCK_HEADING || b->chars > MEMBER_BAR_MAX_CHARS ||
        b->link_chars == 0)
        return 0;
    size_t i = 0;
    while (i < b->len && newsclean_is_ascii_letter(b->text[i]))
        i++;
    if (i == 0 || i + 1 >= b->len || b->text[i] != ':' || b->text[i + 1] != ' ')
        return 0;
    return b->link_chars + i + 2 >= b->chars ? i + 1 : 0;
}

static int
by_bar_label(const void *a, const void *b)
{
    const newsclean_block *x = *(const newsclean_block *const *)a,
                          *y = *(const newsclean_block *const *)b;
    size_t nx = member_bar_label(x), ny = member_bar_label(y);
    int d = memcmp(x->text, y->text, nx < ny ? nx : ny);
    if (d || nx != ny)
        return d ? d : (nx < ny ? -1 : 1);
    return x < y ? -1 : x > y;
}

static void
drop_member_bars(newsclean_blocks *bl)
{
    newsclean_block **v = malloc((bl->n ? bl->n : 1) * sizeof *v);
    if (!v)
        return;
    size_t n = 0;
    for (size_t i = 0; i < bl->n; i++)
        if (member_bar_label(&bl->v[i]))
            v[n++] = &bl->v[i];
    qsort(v, n, sizeof *v, by_bar_label);
    for (size_t i = 0, j; i < n; i = j) {
        size_t label = member_bar_label(v[i]);
        for (j = i + 1;
             j < n && member_bar_label(v[j]) == label && !memcmp(v[j]->text, v[i]->text, label);
             j++)
            ;
        if (j - i < MEMBER_BAR_MIN_COPIES)
            continue;
        for (size_t k = i; k < j; k++) {
            v[k]->keep = false;
            v[k]->reason = "the members who liked a post, under each post";
        }
    }
    free(v);
}

/* Beside each post a forum prints where its poster lives ("Location: Ipswich, MA", "From:
 * Brisbane, AU"), a field of the poster's card; the field stands on two posts or more,
 * where a post that names a place in its text does so once. */
#define POSTER_PLACE_CHARS 48
#define POSTER_PLACE_MIN_COPIES 2

static const char *const poster_place_labels[] = {"location:", "from:"};

static bool
poster_place(const newsclean_block *b)
{
    if (!b->keep || b->kind == NEWSCLEAN_BLOCK_HEADING || b->chars > POSTER_PLACE_CHARS)
        return false;
    for (size_t k = 0; k < sizeof poster_place_labels / sizeof *poster_place_labels; k++) {
        size_t n = strlen(poster_place_labels[k]);
        if (b->len > n + 1 && strncasecmp(b->text, poster_place_labels[k], n) == 0 &&
            b->text[n] == ' ')
            return true;
    }
    return false;
}

static void
drop_poster_places(newsclean_blocks *bl)
{
    size_t copies = 0;
    for (size_t i = 0; i < bl->n; i++)
        copies += poster_place(&bl->v[i]);
    if (copies < POSTER_PLACE_MIN_COPIES)
        return;
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (poster_place(b)) {
            b->keep = false;
            b->reason = "where a poster lives, beside each of their posts";
        }
    }
}

/* A choice of less than this, without one paragraph of prose in it, is no page's whole
 * content; a short article keeps at least one such paragraph. */
#define LITTLE_KEPT_CHARS 600

static bool
little_kept(const newsclean_blocks *bl)
{
    size_t around;
    return kept_chars(bl) < LITTLE_KEPT_CHARS && kept_prose(bl, &around) == 0;
}

/* A dialog lies over the page (a consent box's settings, a sign-in, a newsletter pop-up);
 * the scorer, taking a wrapper of the whole page or the longest prose on it, may keep it
 * as content. Its text is left out, unless the page's own title (an h1) is in a dialog
 * too: a story opened over its section's page. */
static void
drop_dialogs(newsclean_blocks *bl)
{
    for (size_t i = 0; i < bl->n; i++)
        if ((bl->v[i].flags & NEWSCLEAN_BF_DIALOG) && bl->v[i].kind == NEWSCLEAN_BLOCK_HEADING &&
            bl->v[i].level == 1)
            return;
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep && (b->flags & NEWSCLEAN_BF_DIALOG)) {
            b->keep = false;
            b->reason = "inside a dialog over the page";
        }
    }
}

/* A product's specification is a table of two cells a row, a name and its value
 * ("Weight" "1.2 kg"), which the scorer, looking for prose, leaves out. On a page taken
 * for a product, every such row that the markup does not call chrome is kept. */
static void
keep_spec_rows(newsclean_blocks *bl)
{
    unsigned char *mark = calloc(bl->nc ? bl->nc : 1, 1);
    size_t *cells = calloc(bl->nc ? bl->nc : 1, sizeof *cells);
    if (!mark || !cells || !mark_chrome(bl, mark))
        goto out;
    for (size_t i = 0; i < bl->n; i++) {
        size_t c = bl->v[i].container;
        if (bl->v[i].kind == NEWSCLEAN_BLOCK_CELL && c < bl->nc && bl->c[c].parent < bl->nc &&
            bl->c[bl->c[c].parent].tag == NEWSCLEAN_TAG_ROW)
            cells[bl->c[c].parent]++;
    }
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        size_t c = b->container;
        if (b->keep || b->kind != NEWSCLEAN_BLOCK_CELL || c >= bl->nc ||
            bl->c[c].parent >= bl->nc || cells[bl->c[c].parent] != 2 ||
            marked_chrome(bl, b, mark) || (b->flags & NEWSCLEAN_BF_DIALOG))
            continue;
        b->keep = true;
        b->reason = "row of a product's specification";
    }
out:
    free(mark);
    free(cells);
}

/* A specification is as often a list as a table: one item a row, a name, a colon and its
 * value ("Memory: 8 GB", "Material: Steel"). A label over it ("Recommended", "Minimum")
 * reads to the scorer as one over other stories, and items this short read as menu
 * entries. On a page taken for a product, a list whose items are mostly such rows, at
 * least this many, is kept whole, save what the markup calls chrome (a footer's
 * "Phone: ..." lines). */
#define SPEC_NAME_MAX_CHARS 32
#define SPEC_ROW_MAX_CHARS 120
#define SPEC_LIST_MIN_ROWS 3

static bool
spec_row(const newsclean_block *b)
{
    if (b->kind != NEWSCLEAN_BLOCK_LIST_ITEM || b->chars > SPEC_ROW_MAX_CHARS ||
        b->link_chars * 2 > b->chars)
        return false;
    const char *colon = memchr(b->text, ':', b->len);
    if (!colon || colon == b->text || (size_t)(colon - b->text) > SPEC_NAME_MAX_CHARS)
        return false;
    /* The name is words, not a time ("10:30") or an address ("https://"). */
    char before = colon[-1];
    if (before >= '0' && before <= '9')
        return false;
    size_t rest = b->len - (size_t)(colon + 1 - b->text);
    const char *v = colon + 1;
    while (rest && (*v == ' ' || *v == '\t')) {
        v++;
        rest--;
    }
    return rest > 0 && *v != '/';
}

static void
keep_spec_lists(newsclean_blocks *bl)
{
    unsigned char *mark = calloc(bl->nc ? bl->nc : 1, 1);
    size_t *rows = calloc(bl->nc ? bl->nc : 1, sizeof *rows);
    size_t *items = calloc(bl->nc ? bl->nc : 1, sizeof *items);
    if (!mark || !rows || !items || !mark_chrome(bl, mark))
        goto out;
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        size_t c = b->container;
        if (b->kind != NEWSCLEAN_BLOCK_LIST_ITEM || c >= bl->nc || bl->c[c].parent >= bl->nc)
            continue;
        items[bl->c[c].parent]++;
        rows[bl->c[c].parent] += spec_row(b);
    }
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        size_t c = b->container;
        if (b->keep || !spec_row(b) || c >= bl->nc || bl->c[c].parent >= bl->nc)
            continue;
        size_t l = bl->c[c].parent;
        if (rows[l] < SPEC_LIST_MIN_ROWS || rows[l] * 2 <= items[l] || marked_chrome(bl, b, mark) ||
            (b->flags & NEWSCLEAN_BF_DIALOG))
            continue;
        b->keep = true;
        b->reason = "row of a product's specification list";
    }
out:
    free(mark);
    free(rows);
    free(items);
}

/* Whether the scorer's choice is one box around container 'c': the innermost container
 * holding every kept block encloses it. */
static bool
kept_around(const newsclean_blocks *bl, size_t c)
{
    size_t around = NEWSCLEAN_NO_CONTAINER;
    bool any = false;
    for (size_t i = 0; i < bl->n; i++) {
        if (!bl->v[i].keep)
            continue;
        around = widen_around(bl, any ? around : bl->v[i].container, &bl->v[i]);
        any = true;
    }
    return any && around < bl->nc && encloses(bl, around, c);
}

/* A product's name is its page's h1, and the shop prints its price, options, description
 * and specification in the panel around it. When the scorer kept little and no prose (a
 * sign-in prompt, a newsletter box), the smallest element around the h1 that holds this
 * much text outside chrome is the product, and replaces the scorer's choice; one that
 * holds most of the page is the page's frame, and is not taken.
 * With 'around_name', the scorer kept plenty, in one box around the name: a maker's page
 * of its own product, where the buying panel sits among sections on the shop's services,
 * its values and its other products, all in the same wrapper. The panel replaces that
 * choice too when it holds a good share of it; a panel of name and price alone, far
 * smaller than the choice, leaves the description outside it, and the choice stands. */
#define PRODUCT_PANEL_CHARS 300
#define PRODUCT_PANEL_MAX_SHARE 0.6
#define PANEL_MIN_SHARE_OF_KEPT 0.4

/* The smallest container around the page's title 'title' holding PRODUCT_PANEL_CHARS of
 * text outside chrome, or NEWSCLEAN_NO_CONTAINER when that container holds more than
 * PRODUCT_PANEL_MAX_SHARE of the page (the page's frame); '*panel_chars' receives its
 * text's length. 'mark' comes from mark_chrome. False if out of memory. */
static bool
find_name_panel(const newsclean_blocks *bl, size_t title, const unsigned char *mark, size_t *panel,
                size_t *panel_chars)
{
    size_t total = 0;
    size_t *sub = calloc(bl->nc ? bl->nc : 1, sizeof *sub);
    if (!sub)
        return false;
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        total += b->chars;
        if (card_chrome(bl, b, mark) || (b->flags & NEWSCLEAN_BF_DIALOG))
            continue;
        for (size_t c = b->container; c < bl->nc; c = bl->c[c].parent)
            sub[c] += b->chars;
    }
    size_t p = bl->v[title].container;
    while (p < bl->nc && sub[p] < PRODUCT_PANEL_CHARS)
        p = bl->c[p].parent;
    *panel = NEWSCLEAN_NO_CONTAINER;
    *panel_chars = 0;
    if (p < bl->nc && (double)sub[p] <= PRODUCT_PANEL_MAX_SHARE * (double)total) {
        *panel = p;
        *panel_chars = sub[p];
    }
    free(sub);
    return true;
}

static void
keep_product_panel(newsclean_blocks *bl, bool around_name)
{
    size_t title = page_title(bl);
    if (title == bl->n || (around_name && !kept_around(bl, bl->v[title].container)))
        return;
    unsigned char *mark = calloc(bl->nc ? bl->nc : 1, 1);
    size_t panel, panel_chars;
    if (!mark || !mark_chrome(bl, mark) ||
        !find_name_panel(bl, title, mark, &panel, &panel_chars) || panel >= bl->nc)
        goto out;
    if (around_name) {
        if ((double)panel_chars < PANEL_MIN_SHARE_OF_KEPT * (double)kept_chars(bl))
            goto out;
    }
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        bool inside = encloses(bl, panel, b->container);
        if (b->keep && !inside) {
            b->keep = false;
            b->reason = "outside the panel around a product's name";
        } else if (!b->keep && inside && !card_chrome(bl, b, mark) &&
                   !(b->flags & NEWSCLEAN_BF_DIALOG)) {
            b->keep = true;
            b->reason = "in the panel around a product's name";
        }
    }
out:
    free(mark);
}

/* Whether no block up to the last one inside container 'box' is kept: what the scorer
 * chose lies wholly below the box. */
static bool
kept_only_below(const newsclean_blocks *bl, size_t box)
{
    size_t last = 0;
    for (size_t i = 0; i < bl->n; i++)
        if (encloses(bl, box, bl->v[i].container))
            last = i;
    for (size_t i = 0; i <= last && i < bl->n; i++)
        if (bl->v[i].keep)
            return false;
    return true;
}

/* Many shops print a product's long description in a section of its own under the buying
 * panel, and the scorer keeps that section alone: the panel above it, with the name, the
 * short description and the feature bullets, is lost. Where what was kept lies wholly
 * below the panel around the name and is longer than it, the panel joins it. A panel
 * longer than the choice, or one below kept text, is no such buying box over its
 * description (a footer's newsletter box kept as the longest prose). */
static void
keep_panel_above_description(newsclean_blocks *bl)
{
    size_t title = page_title(bl);
    if (title == bl->n || little_kept(bl) || kept_around(bl, bl->v[title].container))
        return;
    unsigned char *mark = calloc(bl->nc ? bl->nc : 1, 1);
    size_t panel, panel_chars;
    if (!mark || !mark_chrome(bl, mark) ||
        !find_name_panel(bl, title, mark, &panel, &panel_chars) || panel >= bl->nc ||
        panel_chars > kept_chars(bl) || !kept_only_below(bl, panel))
        goto out;
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (!b->keep && encloses(bl, panel, b->container) && !card_chrome(bl, b, mark) &&
            !(b->flags & NEWSCLEAN_BF_DIALOG)) {
            b->keep = true;
            b->reason = "in the buying panel above a product's description";
        }
    }
out:
    free(mark);
}

/* Under a product's name, description and specification, shops print the same few
 * sections on every product page: what buyers wrote of it, questions asked of the shop,
 * other products to buy with it or instead, and the shop's terms for delivery, returns and
 * payment. Each comes under a short heading that names it; the blocks from such a heading
 * to the next heading of its level or above are none of this product's content. */
#define SHOP_HEADING_CHARS 48

static const char *const shop_sections[] = {
    "review",
    "testimonial",
    "what customers",
    "customers say",
    "rating",
    "frequently asked",
    "faq",
    "also bought",
    "also viewed",
    "also like",
    "also love",
    "you might like",
    "related product",
    "similar product",
    "recommended for",
    "complete the look",
    "pairs well",
    "goes well with",
    "shipping",
    "delivery &",
    "delivery and",
    "returns",
    "payment option",
    "recently viewed",
};

static bool
shop_heading(const newsclean_block *b)
{
    if (b->kind != NEWSCLEAN_BLOCK_HEADING || b->level < 2 || b->chars > SHOP_HEADING_CHARS)
        return false;
    /* A name is matched from a word's start: "overview" is no review, nor "operating"
     * a rating. */
    for (size_t i = 0; i < b->len; i++) {
        unsigned char prev = i ? (unsigned char)b->text[i - 1] : ' ';
        if ((prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z') || prev >= 0x80)
            continue;
        for (size_t k = 0; k < sizeof shop_sections / sizeof *shop_sections; k++) {
            size_t n = strlen(shop_sections[k]);
            if (n <= b->len - i && strncasecmp(b->text + i, shop_sections[k], n) == 0)
                return true;
        }
    }
    return false;
}

/* Such sections sit beside the product's text and are shorter than it; one that would
 * take more than this share of what is kept holds the product itself (a tab's label over
 * the whole panel of tabs), and the page is left as it is. */
#define SHOP_SECTIONS_MAX_SHARE 0.5

static void
drop_shop_sections(newsclean_blocks *bl)
{
    size_t kept = 0, cut = 0;
    for (int pass = 0; pass < 2; pass++) {
        unsigned open = 0; /* level of the heading whose section is being dropped, or 0 */
        for (size_t i = 0; i < bl->n; i++) {
            newsclean_block *b = &bl->v[i];
            if (b->kind == NEWSCLEAN_BLOCK_HEADING && b->level >= 1 && (!open || b->level <= open))
                open = shop_heading(b) ? b->level : 0;
            if (!b->keep)
                continue;
            if (pass == 0) {
                kept += b->chars;
                cut += open ? b->chars : 0;
            } else if (open) {
                b->keep = false;
                b->reason = "in a shop's section beside a product (reviews, questions, other "
                            "products, delivery)";
            }
        }
        if (pass == 0 && (cut == 0 || (double)cut > SHOP_SECTIONS_MAX_SHARE * (double)kept))
            return;
    }
}

/* Other products to buy with this one or instead sit in boxes of their own under the
 * product, each opened by a label that names the offer ("Similar items", "Complete the
 * look", "More from <brand>"); the label is as often a styled line as a heading, so the
 * sections by heading level above miss it. Such a label opens the box around it and what
 * follows it: the box, where it opens with the label and holds no page title, is none of
 * this product's content. The label's words come first: "Free returns on similar items"
 * is a line of the offer's terms. */
static const char *const shop_offers[] = {
    "similar item",       "similar product",        "related item",
    "related product",    "you may also",           "you might also",
    "customers also",     "customers who",          "how about these",
    "complete the look",  "shop the look",          "more from",
    "frequently bought",  "recently viewed",        "keep exploring",
    "explore related",    "vous aimerez",           "produits similaires",
    "das könnte",         "ähnliche produkte",      "ähnliche artikel",
    "kunden kauften",     "productos relacionados", "te puede gustar",
    "prodotti correlati", "prodotti simili",        "potrebbe piacerti",
};

/* A firm's page sets teasers of its own blog under its offers, opened by a label that
 * names them ("From our blog", "Latest insights", "News & insights"): stories the site
 * published, each with its own page, none of them the offer. */
static const char *const blog_labels[] = {
    "latest insights", "latest news",     "latest articles",   "latest posts",
    "latest stories",  "latest from",     "from the blog",     "from our blog",
    "on the blog",     "on our blog",     "news and insights", "news & insights",
    "recent posts",    "recent articles", "read our blog",     "our latest",
};

/* Whether block 'b' is a label of a heading's length whose words open with one of the
 * 'n' phrases of 'labels'. */
static bool
box_label(const newsclean_block *b, const char *const *labels, size_t n)
{
    /* A label of a heading's length is at most four bytes a character. */
    char folded[SHOP_HEADING_CHARS * 4 + 1];
    if ((b->kind != NEWSCLEAN_BLOCK_HEADING && b->kind != NEWSCLEAN_BLOCK_PARAGRAPH) ||
        b->chars > SHOP_HEADING_CHARS || b->len >= sizeof folded)
        return false;
    /* Folded past ASCII, so that "Ähnliche Produkte" is found as the row is written. */
    newsclean_fold(b->text, b->len, folded);
    for (size_t k = 0; k < n; k++) {
        size_t l = strlen(labels[k]);
        if (l <= b->len && memcmp(folded, labels[k], l) == 0)
            return true;
    }
    return false;
}

static bool
offers_label(const newsclean_block *b)
{
    return box_label(b, shop_offers, sizeof shop_offers / sizeof *shop_offers);
}

static bool
blog_label(const newsclean_block *b)
{
    return box_label(b, blog_labels, sizeof blog_labels / sizeof *blog_labels);
}

/* Whether 'box' opens with block 'i': no block before it lies in the box, or one short
 * line only, the head row's other label ("Variations of this style" over "How about
 * these?"). */
static bool
opens_with(const newsclean_blocks *bl, size_t box, size_t i)
{
    if (i == 0 || !encloses(bl, box, bl->v[i - 1].container))
        return true;
    const newsclean_block *p = &bl->v[i - 1];
    return p->chars <= SHOP_HEADING_CHARS &&
           !(p->kind == NEWSCLEAN_BLOCK_HEADING && p->level == 1) &&
           (i == 1 || !encloses(bl, box, bl->v[i - 2].container));
}

static void
drop_labelled_boxes(newsclean_blocks *bl, bool (*label)(const newsclean_block *),
                    const char *reason)
{
    size_t title = page_title(bl), kept = kept_chars(bl);
    for (size_t i = 0; i + 1 < bl->n; i++) {
        const newsclean_block *h = &bl->v[i];
        if (h->container >= bl->nc || !label(h))
            continue;
        size_t box = bl->c[h->container].parent;
        while (box < bl->nc && !encloses(bl, box, bl->v[i + 1].container))
            box = bl->c[box].parent;
        if (box >= bl->nc || !opens_with(bl, box, i) ||
            (title < bl->n && encloses(bl, box, bl->v[title].container)))
            continue;
        /* A carousel's label sits in a head row of its own (the label, a "See all" link),
         * beside the row of cards: the box is the widest one still opening with it. */
        for (size_t up = bl->c[box].parent;
             up < bl->nc && opens_with(bl, up, i) &&
             !(title < bl->n && encloses(bl, up, bl->v[title].container));
             up = bl->c[up].parent)
            box = up;
        size_t first = i, end = i, cut = 0;
        while (first > 0 && encloses(bl, box, bl->v[first - 1].container))
            first--;
        for (end = first; end < bl->n && encloses(bl, box, bl->v[end].container); end++)
            cut += bl->v[end].keep ? bl->v[end].chars : 0;
        if ((double)cut > SHOP_SECTIONS_MAX_SHARE * (double)kept)
            continue;
        for (size_t j = first; j < end; j++)
            if (bl->v[j].keep) {
                bl->v[j].keep = false;
                bl->v[j].reason = reason;
            }
        i = end - 1;
    }
}

static void
drop_offer_boxes(newsclean_blocks *bl)
{
    drop_labelled_boxes(bl, offers_label, "in a box of other products offered beside this one");
}

/* Under a product, shops set grids and carousels of other products ("Often bought
 * together", "Recommendations", a seller's other items): boxes made from one template side
 * by side, each a product's name and its price. The label over such a row varies too much
 * to be listed (drop_offer_boxes), and a scorer short of prose, or a run of cards taken for
 * the page's list, may keep the cards; the shape is what they share. A run of at least
 * LIST_MIN_CARDS cards, most of them priced (PRICED_CARD_SHARE), outside the panel around
 * the product's name (find_name_panel) is none of this product's content. Where that panel
 * is the page's frame, the add-ons and packs offered in it are the product's own, and
 * nothing is dropped. A card names and prices its product in a few lines: a box with more
 * text than this, or with a paragraph of prose, is a section of the page that happens to
 * quote a price. */
#define OFFER_CARD_MAX_CHARS 400

static void
drop_priced_cards(newsclean_blocks *bl)
{
    size_t title = page_title(bl);
    if (title == bl->n)
        return;
    subtree *sub = calloc(bl->nc ? bl->nc : 1, sizeof *sub);
    size_t *priced = calloc(bl->nc ? bl->nc : 1, sizeof *priced);
    sibling *sibs = malloc((bl->nc ? bl->nc : 1) * sizeof *sibs);
    bool *in_run = calloc(bl->nc ? bl->nc : 1, sizeof *in_run);
    bool *has_prose = calloc(bl->nc ? bl->nc : 1, sizeof *has_prose);
    unsigned char *mark = calloc(bl->nc ? bl->nc : 1, 1);
    size_t panel, panel_chars;
    if (!sub || !priced || !sibs || !in_run || !has_prose || !mark || !mark_chrome(bl, mark) ||
        !find_name_panel(bl, title, mark, &panel, &panel_chars) || panel >= bl->nc)
        goto out;
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        if (marked_chrome(bl, b, mark))
            continue;
        bool offer = newsclean_has_price(b->text, b->len);
        bool text = !card_chrome(bl, b, mark);
        bool prose =
            b->chars >= PROSE_PARAGRAPH_CHARS && b->punct >= 2 && b->link_chars * 2 <= b->chars;
        for (size_t c = b->container; c < bl->nc; c = bl->c[c].parent) {
            sub[c].chars += text ? b->chars : 0;
            sub[c].blocks += text;
            priced[c] += offer;
            has_prose[c] |= prose;
        }
    }
    size_t ns = 0;
    for (size_t x = 0; x < bl->nc; x++)
        if (bl->c[x].parent != NEWSCLEAN_NO_CONTAINER && bl->c[x].sig && sub[x].chars > 0 &&
            !encloses(bl, x, panel) && !encloses(bl, panel, x))
            sibs[ns++] = (sibling){bl->c[x].parent, bl->c[x].sig, x};
    qsort(sibs, ns, sizeof *sibs, by_parent_sig);
    bool any = false;
    for (size_t i = 0, j; i < ns; i = j) {
        size_t cards = 0, with_price = 0;
        for (j = i; j < ns && sibs[j].parent == sibs[i].parent && sibs[j].sig == sibs[i].sig; j++)
            if (card(&sub[sibs[j].index])) {
                cards++;
                with_price += priced[sibs[j].index] > 0 && !has_prose[sibs[j].index] &&
                              sub[sibs[j].index].chars <= OFFER_CARD_MAX_CHARS;
            }
        if (cards < LIST_MIN_CARDS || (double)with_price < PRICED_CARD_SHARE * (double)cards)
            continue;
        for (size_t k = i; k < j; k++)
            in_run[sibs[k].index] = true;
        any = true;
    }
    for (size_t i = 0; any && i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep && in_cards(bl, in_run, b->container)) {
            b->keep = false;
            b->reason = "in a priced card of a row of other products";
        }
    }
out:
    free(sub);
    free(priced);
    free(sibs);
    free(in_run);
    free(has_prose);
    free(mark);
}

/* A product's price is printed once, in its panel; further lines holding a price alone
 * are other products' prices (a row of add-ons, a carousel whose names were left out, a
 * table comparing kits) and say nothing of this one. The first such line stays. */
#define PRICE_LINE_MAX_CHARS 16

static bool
price_line(const newsclean_block *b)
{
    if (b->chars > PRICE_LINE_MAX_CHARS || !newsclean_has_price(b->text, b->len))
        return false;
    for (size_t i = 0; i < b->len; i++)
        if (newsclean_is_ascii_letter(b->text[i]))
            return false;
    return true;
}

/* Under the product's own price, a short line holding a price and a few words is another
 * offer's too: a carousel card's former or lowest price ("Originally: $59.00"), another
 * seller's delivery cost ("+ $7.50 delivery"), a unit price or a "From $12" over a
 * variant's card. A line this short holds no sentence on the product itself; a longer
 * one naming a price ("Free delivery on orders over $75") is left to the sections above. */
#define LABELLED_PRICE_MAX_CHARS 32

static bool
labelled_price_line(const newsclean_block *b)
{
    return b->chars <= LABELLED_PRICE_MAX_CHARS && newsclean_has_price(b->text, b->len);
}

static void
drop_later_prices(newsclean_blocks *bl)
{
    bool seen = false;
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (!b->keep)
            continue;
        bool bare = price_line(b);
        /* Only a price standing alone is taken for the product's own: a labelled one
         * above it may be the product's former price, set before the current one. */
        if (seen && (bare || labelled_price_line(b))) {
            b->keep = false;
            b->reason = bare ? "a price line under the product's own, another product's"
                             : "a labelled price under the product's own, another offer's";
        }
        seen = seen || bare;
    }
}

/* Shops print a product's stock code on a line of its own in the buying panel, as often
 * run together with its categories and tags ("SKU: 400-150 Categories: Home, Gym"): the
 * shop's bookkeeping, which says nothing of the product to its reader. A paragraph or list
 * item opening with the word, a colon and the code is dropped; a specification's "SKU"
 * row stays with its table or list (a cell, or a name item whose value is the next one). */
static bool
stock_code_line(const newsclean_block *b)
{
    if (b->kind != NEWSCLEAN_BLOCK_PARAGRAPH && b->kind != NEWSCLEAN_BLOCK_LIST_ITEM)
        return false;
    if (b->len < 4 || strncasecmp(b->text, "sku", 3) != 0)
        return false;
    size_t i = 3;
    while (i < b->len && b->text[i] == ' ')
        i++;
    if (i >= b->len || b->text[i] != ':')
        return false;
    for (i++; i < b->len; i++)
        if (b->text[i] != ' ')
            return true;
    return false;
}

static void
drop_stock_codes(newsclean_blocks *bl)
{
    drop_kept_lines(bl, stock_code_line, "a product's stock code line, the shop's bookkeeping");
}

/* A shop tallies what buyers thought of the product on a line of its own, by the name or
 * over the reviews: a count of reviews or votes, a score out of five ("6239 Reviews",
 * "Rated 4.4 out of 5 stars", "0 stars based on 0 reviews", "Déjà 17200 avis", "4,5 / 5").
 * It is the shop's figure, not the product's name, description or specification. A line
 * that short holding a figure and a word naming reviews, stars or votes is such a tally,
 * and so is a score alone out of five or ten. "Rating" is not among the words: a
 * specification rates power and loads too ("Power rating: 1200 W"). */
#define RATING_LINE_CHARS 60

static const char *const tally_words[] = {
    "review",    "reviews",      "reviewer",   "reviewers",  "rated",         "star",
    "stars",     "vote",         "votes",      "avis",       "bewertung",     "bewertungen",
    "opiniones", "valoraciones", "recensioni", "recensione", "beoordelingen", "avaliações",
};

/* A byte of a word: an ASCII letter, or any byte of a character past ASCII ("avis",
 * "avaliações"); figures are read apart. */
static bool
tally_word_byte(char c)
{
    return (unsigned char)c >= 0x80 || newsclean_is_ascii_letter(c);
}

/* Whether b's text is a score alone: a figure, a slash and 5 or 10 ("4.5/5", "0 / 5"). */
static bool
bare_score(const newsclean_block *b)
{
    const char *s = b->text;
    size_t n = b->len, i = figure_len(s, n);
    if (i == 0)
        return false;
    while (i < n && s[i] == ' ')
        i++;
    if (i >= n || s[i] != '/')
        return false;
    for (i++; i < n && s[i] == ' '; i++)
        ;
    return (n - i == 1 && s[i] == '5') || (n - i == 2 && s[i] == '1' && s[i + 1] == '0');
}

static bool
rating_line(const newsclean_block *b)
{
    if (b->chars == 0 || b->chars > RATING_LINE_CHARS ||
        (b->kind == NEWSCLEAN_BLOCK_HEADING && b->level == 1))
        return false;
    if (bare_score(b))
        return true;
    bool figure = false, word = false;
    for (size_t i = 0; i < b->len;) {
        if (!tally_word_byte(b->text[i])) {
            figure = figure || newsclean_is_ascii_digit(b->text[i]);
            i++;
            continue;
        }
        size_t j = i;
        while (j < b->len && tally_word_byte(b->text[j]))
            j++;
        word = word || WORD_IN(b->text + i, j - i, tally_words);
        i = j;
    }
    return figure && word;
}

static void
drop_rating_lines(newsclean_blocks *bl)
{
    drop_kept_lines(bl, rating_line, "a count of reviews or a rating, the shop's tally");
}

/* From this probability on, a page read as a service page keeps every entry from its
 * title down (keep_entries), not only the sections in the box around its title. A service
 * page sets its sections in boxes of their own (a team's cards, a feature grid, a closing
 * offer), side by side with the hero's, and the widening model reads such a page less
 * surely than a listing, for its prose reads as an article's; the articles it takes for
 * service pages it reads at well under this. */
#define MIN_SERVICE_ENTRIES_PROB 0.65

/* A service page's title (its h1) heads a hero box, and its offers, features, figures,
 * testimonials and steps follow as sections of their own, each a heading over a sentence
 * or two; the scorer, looking for one run of prose, keeps one of them. Where the kind is
 * too uncertain to keep every entry of the page, the sections from the title down are:
 * the blocks inside the innermost box that holds both the title and what was kept, still
 * leaving out what the markup calls chrome, by any name. A choice with an article's worth
 * of prose is an article taken for a service page, whose box around the title holds its
 * pager and related stories too; it is left as it is. */
static size_t
keep_sections_under_title(newsclean_blocks *bl)
{
    size_t title = page_title(bl);
    size_t around;
    if (title == bl->n || kept_prose(bl, &around) >= ARTICLE_PROSE_CHARS)
        return NEWSCLEAN_NO_CONTAINER;
    size_t box = bl->v[title].container;
    bool any = false;
    for (size_t i = 0; i < bl->n; i++)
        if (bl->v[i].keep) {
            box = widen_around(bl, box, &bl->v[i]);
            any = true;
        }
    if (!any || box >= bl->nc)
        return NEWSCLEAN_NO_CONTAINER;
    unsigned char *mark = calloc(bl->nc ? bl->nc : 1, 1);
    if (!mark || !mark_chrome(bl, mark)) {
        free(mark);
        return NEWSCLEAN_NO_CONTAINER;
    }
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep || !encloses(bl, box, b->container) || card_chrome(bl, b, mark) ||
            link_line(b) || (b->flags & (NEWSCLEAN_BF_DIALOG | NEWSCLEAN_BF_BOILER_HINT)))
            continue;
        b->keep = true;
        b->reason = "section of a service page under its title";
    }
    free(mark);
    return box;
}

/* A service page turns its testimonials, its features or the steps of its offer in a
 * carousel, whose name (NEWSCLEAN_BF_SLIDES) calls it chrome on a news page, where the
 * slides are other stories. Inside the part of the page kept as its content ('box', or
 * the whole page for NEWSCLEAN_NO_CONTAINER), a block is kept when the only names that
 * call it chrome are carousels' and it is no menu entry or noise phrase. */
static void
keep_slides(newsclean_blocks *bl, size_t box)
{
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep || !(b->flags & NEWSCLEAN_BF_SLIDES) ||
            (b->flags & (NEWSCLEAN_BF_NOISE | NEWSCLEAN_BF_DIALOG)) ||
            (b->chars < MENU_ENTRY_CHARS && b->link_chars * 2 > b->chars) ||
            (box != NEWSCLEAN_NO_CONTAINER && !encloses(bl, box, b->container)))
            continue;
        bool slides_only = true;
        for (size_t c = b->container; c < bl->nc && slides_only; c = bl->c[c].parent)
            slides_only = !(bl->c[c].flags & NEWSCLEAN_BF_BOILER_HINT) ||
                          (bl->c[c].flags & NEWSCLEAN_BF_SLIDES);
        if (!slides_only)
            continue;
        b->keep = true;
        b->reason = "slide of a service page's carousel";
    }
}

/* A service page, a shop's category or a section's front opens on a hero: its title (the
 * h1), a line or a paragraph saying what it offers, and a button, in a box the theme names
 * "banner". On a news page a box so named is an advertisement or a promotion, and the
 * scorer drops it as chrome; on these pages it holds the page's own first words. Where the
 * h1 sits in a box named chrome only by weak words, that box's text is kept, save menu
 * entries and what a strong name calls chrome. A box that holds what the scorer kept, or
 * more text than a hero holds, is the page's frame; one whose only other text is short or
 * linked (a menu drawer titled "Menu" over a currency switch) says nothing of the page.
 * Both are left alone. Articles and threads keep their title apart from their text. */
#define HERO_MAX_CHARS 1000

static void
keep_hero(newsclean_blocks *bl)
{
    size_t title = page_title(bl);
    if (title == bl->n || bl->v[title].keep)
        return;
    unsigned char *mark = calloc(bl->nc ? bl->nc : 1, 1);
    if (!mark || !mark_chrome(bl, mark))
        goto out;
    size_t hero = NEWSCLEAN_NO_CONTAINER;
    for (size_t c = bl->v[title].container; c < bl->nc && (mark[c] & HINT_ANY);
         c = bl->c[c].parent) {
        if (mark[c] & HINT_STRONG)
            goto out;
        if (bl->c[c].flags & NEWSCLEAN_BF_BOILER_HINT)
            hero = c;
    }
    if (hero == NEWSCLEAN_NO_CONTAINER)
        goto out;
    size_t chars = 0;
    bool says = false;
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        if (!encloses(bl, hero, b->container))
            continue;
        if (b->keep)
            goto out;
        chars += b->chars;
        says |= i != title && !card_chrome(bl, b, mark) && b->chars >= MENU_ENTRY_CHARS &&
                b->link_chars * 2 <= b->chars;
    }
    if (chars > HERO_MAX_CHARS || !says)
        goto out;
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (!encloses(bl, hero, b->container) || card_chrome(bl, b, mark) ||
            (b->flags & NEWSCLEAN_BF_DIALOG))
            continue;
        b->keep = true;
        b->reason = "hero under the page's title";
    }
out:
    free(mark);
}

/* A reference page lists an API's members, options or related guides as list items that
 * open with a link to the member's own entry and go on with its type or gist in plain
 * words ("create_before_destroy boolean", "Promise.all() - waits for all"). The scorer
 * drops them as mostly links, as it drops a menu's entries, which are their link alone.
 * Only items it dropped for their links inside the content are taken back, and only
 * where a word or more of their text lies outside the link; on a page surely read as
 * documentation, so that a news page's lists of other stories stay out. A sentence that
 * sends the reader on ("For more information, see Loading data.") is dropped the same
 * way for its long linked title; on a reference page it is part of the text. */
#define MEMBER_MIN_PLAIN_CHARS 4
static void
keep_member_items(newsclean_blocks *bl)
{
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        bool sentence =
            b->kind == NEWSCLEAN_BLOCK_PARAGRAPH && b->len > 0 && b->text[b->len - 1] == '.';
        if (b->keep || (b->kind != NEWSCLEAN_BLOCK_LIST_ITEM && !sentence) ||
            b->reason != newsclean_reason_mostly_links ||
            (b->flags & (NEWSCLEAN_BF_NOISE | NEWSCLEAN_BF_DIALOG)) || b->link_chars == 0 ||
            b->chars < b->link_chars + MEMBER_MIN_PLAIN_CHARS)
            continue;
        b->keep = true;
        b->reason = sentence ? "sentence pointing to another entry" : "member of a reference list";
    }
}

/* A reference page ends its text on a section of pointers to related entries, a heading
 * such as "See also" over a list of linked titles ("Using promises", "async function").
 * The markup names the section for what it is ("see-also", "related-content"), which the
 * scorer reads as chrome, and the items are links alone; on a reference page they are the
 * entry's last part, which its readers follow. Where such a heading comes straight after
 * the kept text, it and the list items under it, up to the next block of another kind,
 * are kept. */
static const char *const pointer_sections[] = {
    "see also",        "related content", "related topics",       "related pages",
    "further reading", "external links",  "additional resources", "more resources",
};

static bool
pointer_heading(const newsclean_block *b)
{
    return b->kind == NEWSCLEAN_BLOCK_HEADING && b->level >= 2 &&
           box_label(b, pointer_sections, sizeof pointer_sections / sizeof *pointer_sections);
}

static void
keep_pointer_sections(newsclean_blocks *bl)
{
    for (size_t i = 1; i < bl->n; i++) {
        newsclean_block *h = &bl->v[i];
        if (h->keep || !bl->v[i - 1].keep || !pointer_heading(h) ||
            (h->flags & (NEWSCLEAN_BF_NOISE | NEWSCLEAN_BF_DIALOG)))
            continue;
        size_t j = i + 1;
        while (j < bl->n && bl->v[j].kind == NEWSCLEAN_BLOCK_LIST_ITEM &&
               !(bl->v[j].flags & (NEWSCLEAN_BF_NOISE | NEWSCLEAN_BF_DIALOG)))
            j++;
        if (j == i + 1)
            continue;
        for (size_t k = i; k < j; k++)
            if (!bl->v[k].keep) {
                bl->v[k].keep = true;
                bl->v[k].reason = "pointer to a related entry at a reference page's end";
            }
        i = j - 1;
    }
}

/* A directory of links or a list of resources sets each entry as a linked title over a
 * line or two describing it. The scorer keeps the descriptions, which read as prose, and
 * drops the titles as links, though a description without its title names nothing. Where
 * a run of boxes from one template each hold such a pair and nothing else, the titles are
 * kept too. A teaser of other stories holds more than the pair (a date, a section, a
 * credit), and its summary is seldom kept. */
#define ENTRY_TITLE_MAX_CHARS 120
#define ENTRY_MIN_PAIRS 3

/* The innermost container holding both 'a' and 'b'. */
static size_t
common_container(const newsclean_blocks *bl, size_t a, size_t b)
{
    for (; a < bl->nc; a = bl->c[a].parent)
        if (encloses(bl, a, b))
            return a;
    return NEWSCLEAN_NO_CONTAINER;
}

static bool
entry_title(const newsclean_block *t, const newsclean_block *d)
{
    return !t->keep && t->chars > 0 && t->chars <= ENTRY_TITLE_MAX_CHARS &&
           t->link_chars * 2 > t->chars &&
           !(t->flags & (NEWSCLEAN_BF_NOISE | NEWSCLEAN_BF_DIALOG)) && d->keep &&
           d->link_chars * 2 <= d->chars && d->punct >= 1;
}

static int
by_sig(const void *a, const void *b)
{
    const sibling *x = a, *y = b;
    if (x->sig != y->sig)
        return x->sig < y->sig ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* A link every pair of a group prints alike ("Read more", "Visit website", "Source", an
 * icon's letter) is the template's label for the entry's page, not its title: a title
 * names one entry and differs from its neighbours'. Marks such pairs in 'label' and
 * returns how many distinct titles are left. 'pairs' are one group of keep_entry_titles,
 * sorted by by_sig (one template, in the page's order); 'scratch' holds 'n' pointers. */
static size_t
mark_repeated_titles(const newsclean_blocks *bl, const sibling *pairs, size_t n,
                     newsclean_block **scratch, bool *label)
{
    for (size_t k = 0; k < n; k++) {
        scratch[k] = &bl->v[pairs[k].index];
        label[k] = false;
    }
    qsort(scratch, n, sizeof *scratch, by_text);
    size_t titles = n;
    for (size_t i = 0, j; i < n; i = j) {
        j = same_text_end(scratch, n, i);
        if (j - i < 2)
            continue;
        titles -= j - i;
        for (size_t k = i; k < j; k++) {
            sibling key = {0, pairs[0].sig, (size_t)(scratch[k] - bl->v)};
            const sibling *p = bsearch(&key, pairs, n, sizeof *pairs, by_sig);
            if (p)
                label[p - pairs] = true;
        }
    }
    return titles;
}

static void
keep_entry_titles(newsclean_blocks *bl)
{
    if (bl->n < 2)
        return;
    /* One per pair: the template of the box holding it, and the title's block. */
    sibling *pairs = malloc(bl->n * sizeof *pairs);
    newsclean_block **texts = malloc(bl->n * sizeof *texts);
    bool *label = malloc(bl->n * sizeof *label);
    if (!pairs || !texts || !label) {
        free(pairs);
        free(texts);
        free(label);
        return;
    }
    size_t np = 0;
    for (size_t i = 0; i + 1 < bl->n; i++) {
        const newsclean_block *t = &bl->v[i], *d = &bl->v[i + 1];
        if (!entry_title(t, d) || t->container >= bl->nc || d->container >= bl->nc)
            continue;
        size_t box = common_container(bl, t->container, d->container);
        if (box >= bl->nc || !bl->c[box].sig ||
            (i > 0 && encloses(bl, box, bl->v[i - 1].container)) ||
            (i + 2 < bl->n && encloses(bl, box, bl->v[i + 2].container)))
            continue;
        pairs[np++] = (sibling){box, bl->c[box].sig, i};
    }
    qsort(pairs, np, sizeof *pairs, by_sig);
    for (size_t i = 0, j; i < np; i = j) {
        for (j = i; j < np && pairs[j].sig == pairs[i].sig; j++)
            ;
        if (mark_repeated_titles(bl, pairs + i, j - i, texts, label) < ENTRY_MIN_PAIRS)
            continue;
        for (size_t k = i; k < j; k++) {
            if (label[k - i])
                continue;
            bl->v[pairs[k].index].keep = true;
            bl->v[pairs[k].index].reason = "title of a described entry";
        }
    }
    free(pairs);
    free(texts);
    free(label);
}

/* A shop's, a directory's or a firm's page often holds its text twice, one copy for wide
 * screens and one for narrow ones (a description under the gallery and again in a tab, an
 * offer in a slide and in a grid), of which a browser shows one; a forum may show a
 * thread's opening post in a card over the thread as well as in it. Where both copies are
 * kept, a block of this many characters or more whose text one kept block before it has
 * already said is dropped; the first copy stays. A text three entries or more say is a
 * value they share (a subject, an age range) and stays with each, save where
 * 'every_copy': a service page's entries are offers, whose sentences are their own, and a
 * page builder sets its hero and sections once for each screen size (phone, tablet,
 * desktop), three copies or more; there every copy after the first is dropped. */
#define REPEAT_MIN_CHARS 40

static void
drop_second_copies(newsclean_blocks *bl, bool every_copy)
{
    newsclean_block **v = malloc((bl->n ? bl->n : 1) * sizeof *v);
    if (!v)
        return;
    size_t n = 0;
    for (size_t i = 0; i < bl->n; i++)
        if (bl->v[i].keep && bl->v[i].chars >= REPEAT_MIN_CHARS)
            v[n++] = &bl->v[i];
    /* Equal texts sort together, in the page's order. */
    qsort(v, n, sizeof *v, by_text);
    for (size_t i = 0, j; i < n; i = j) {
        j = same_text_end(v, n, i);
        if (j - i == 2 || every_copy)
            for (size_t k = i + 1; k < j; k++) {
                v[k]->keep = false;
                v[k]->reason = "a second copy of a kept block";
            }
    }
    free(v);
}

/* A listing the model took for another kind: when the scorer kept little and no paragraph
 * of prose, a run of cards is the page's content whatever its kind. */
static void
keep_cards_of_any_page(newsclean_blocks *bl)
{
    if (little_kept(bl))
        keep_cards(bl, true, false, false);
}

/* Service pages: rules measured and left out, recorded so that they are not tried again
 * as they were (wcxb body_f1 deltas, from main at 169a0df: service 0.85650 on the tune
 * half, 0.82280 on the check half):
 *   - the page's title kept in the body where the stages above kept it, though it repeats
 *     the headline (a hero's first line): service tune +0.00422, check -0.00002; article
 *     -0.00020 tune, -0.00001 check. Kept even where the scorer dropped it: check
 *     service -0.00025, collection -0.00028. With the small box around the title as a
 *     hero: tune +0.00388, below the title alone.
 *   - short rate lines, a price and its unit ("$125/hr", "$0.07 per word"): tune
 *     +0.00010, check -0.00109.
 *   - a run of eight kept blocks repeating an earlier run one by one (carousel clones, a
 *     marquee's second row; six took a collection's cards with equal fields too): tune
 *     +0.00188, check -0.00395.
 *   - the boxes of one template, three or more, each stamped with one date (a review
 *     feed, a blog's latest posts), dropped whole: tune -0.00054; their date lines alone
 *     (drop_entry_dates): tune +0.00027, one page, too little to take further.
 *   - an article the widening model reads below 0.6 and whose second likeliest kind is a
 *     service page, widened to the sections under its title: tune +0.00460 (readability
 *     +0.00025), check +0.00049 but listing -0.00278; without the second kind's test,
 *     tune snippets snip_f1 -0.00067 and the same check listing fall.
 * The rate lines and the copied runs lowered the check half's service recall (-0.00191,
 * -0.00728) and left its precision as it was: the lines they take out belong to the
 * check half's annotated text more often than to the tune half's. */

void
newsclean_kind_body(newsclean_blocks *bl, newsclean_page_kind kind, double prob, bool html,
                    const struct newsclean_date_rules *dates)
{
    if (!html)
        return;
    drop_dialogs(bl);
    switch (kind) {
    case NEWSCLEAN_KIND_LISTING:
    case NEWSCLEAN_KIND_COLLECTION:
        if (keep_cards(bl, false, false, prob < MIN_KIND_PROB))
            break;
        if (prob >= MIN_KIND_PROB)
            keep_entries(bl, true);
        break;
    case NEWSCLEAN_KIND_FORUM:
        keep_posts(bl, dates);
        keep_opening_post(bl, dates);
        drop_signatures(bl);
        drop_counters(bl, dates);
        drop_poster_badges(bl);
        drop_member_bars(bl);
        drop_poster_places(bl);
        break;
    case NEWSCLEAN_KIND_SERVICE:
        /* A service page's offers, features or plans are often cards of one template
         * too, a heading over a sentence or two each; a run of them is kept as on a
         * listing, whatever the kind's probability, and the sections around them below. */
        keep_cards(bl, false, true, false);
        if (prob >= MIN_SERVICE_ENTRIES_PROB) {
            keep_entries(bl, false);
            keep_slides(bl, NEWSCLEAN_NO_CONTAINER);
        } else {
            size_t box = keep_sections_under_title(bl);
            if (box != NEWSCLEAN_NO_CONTAINER)
                keep_slides(bl, box);
        }
        drop_labelled_boxes(bl, blog_label, "in a box of the site's blog posts");
        break;
    case NEWSCLEAN_KIND_PRODUCT:
        keep_product_panel(bl, !little_kept(bl));
        keep_panel_above_description(bl);
        keep_spec_rows(bl);
        keep_spec_lists(bl);
        keep_cards_of_any_page(bl);
        drop_shop_sections(bl);
        drop_offer_boxes(bl);
        drop_priced_cards(bl);
        drop_later_prices(bl);
        drop_stock_codes(bl);
        drop_rating_lines(bl);
        break;
    case NEWSCLEAN_KIND_DOCUMENTATION:
        if (prob >= MIN_KIND_PROB)
            keep_member_items(bl);
        keep_pointer_sections(bl);
        keep_cards_of_any_page(bl);
        break;
    default:
        /* An article the model is not sure of may be a topic page or a section's front: a
         * short introduction over a run of cards. The run joins the body even
         * where the scorer kept that introduction (keep_cards still leaves it alone beside
         * 2,000 characters of prose, or standing apart from what the scorer kept). */
        if (kind == NEWSCLEAN_KIND_ARTICLE && prob < MIN_KIND_PROB)
            keep_cards(bl, true, false, false);
        else
            keep_cards_of_any_page(bl);
        break;
    }
    if (kind != NEWSCLEAN_KIND_FORUM)
        keep_entry_titles(bl);
    if (kind != NEWSCLEAN_KIND_FORUM && kind != NEWSCLEAN_KIND_ARTICLE)
        keep_hero(bl);
    if (kind == NEWSCLEAN_KIND_PRODUCT || kind == NEWSCLEAN_KIND_LISTING ||
        kind == NEWSCLEAN_KIND_COLLECTION || kind == NEWSCLEAN_KIND_SERVICE ||
        kind == NEWSCLEAN_KIND_FORUM)
        drop_second_copies(bl, kind == NEWSCLEAN_KIND_SERVICE);
    if (kind == NEWSCLEAN_KIND_LISTING || kind == NEWSCLEAN_KIND_COLLECTION) {
        drop_entry_dates(bl, dates);
        drop_badges(bl);
    }
}

/* ---------- a product's description from its schema ---------- */

/* Some shops fill their description in by script, or hide it in a tab the page's markup
 * leaves closed, so the page's own text lacks it; their JSON-LD "Product" (schema.org)
 * carries it whole. A description of fewer words than this is a tagline, and one without
 * spaces is encoded (percent-escaped), not text to read. */
#define LD_DESCRIPTION_MIN_WORDS 8
/* A description is added when less than this share of its words are in the body already:
 * a page that shows it keeps its own copy. */
#define LD_DESCRIPTION_MAX_SHOWN 0.5

static bool
product_type(const json_t *t)
{
    if (json_is_string(t)) {
        const char *s = json_string_value(t);
        return !strcmp(s, "Product") || !strcmp(s, "ProductGroup") ||
               !strcmp(s, "http://schema.org/Product") || !strcmp(s, "https://schema.org/Product");
    }
    size_t i;
    const json_t *e;
    if (json_is_array(t)) {
        json_array_foreach(t, i, e)
        {
            if (product_type(e))
                return true;
        }
    }
    return false;
}

/* The longest description of a Product object in 'v' or under it. */
static void
find_ld_description(const json_t *v, unsigned depth, const char **best, size_t *best_len)
{
    if (depth > NEWSCLEAN_MAX_JSONLD_DEPTH)
        return;
    size_t i;
    const char *k;
    const json_t *e;
    if (json_is_array(v)) {
        json_array_foreach(v, i, e) { find_ld_description(e, depth + 1, best, best_len); }
        return;
    }
    if (!json_is_object(v))
        return;
    const json_t *d = json_object_get(v, "description");
    if (product_type(json_object_get(v, "@type")) && json_is_string(d) &&
        json_string_length(d) > *best_len) {
        *best = json_string_value(d);
        *best_len = json_string_length(d);
    }
    json_object_foreach((json_t *)v, k, e)
    {
        if (json_is_object(e) || json_is_array(e))
            find_ld_description(e, depth + 1, best, best_len);
    }
}

char *
newsclean_kind_ld_description(const newsclean_page_facts *f)
{
    const char *best = NULL;
    size_t n = 0;
    for (size_t i = 0; i < f->n_ld; i++)
        if (f->ld[i].root)
            find_ld_description(f->ld[i].root, 0, &best, &n);
    if (!best)
        return NULL;
    /* Markup in the string (a shop's rich-text field) is dropped; a closing block tag or a
     * break ends a paragraph. */
    char *out = malloc(n + 1);
    if (!out)
        return NULL;
    size_t o = 0, spaces = 0;
    for (size_t i = 0; i < n; i++) {
        if (best[i] == '<') {
            const char *gt = memchr(best + i, '>', n - i);
            if (!gt)
                break;
            bool ends = (best[i + 1] == '/' && strchr("pPhHlLdD", best[i + 2])) ||
                        !strncasecmp(best + i, "<br", 3);
            out[o++] = ends ? '\n' : ' ';
            i = (size_t)(gt - best);
            continue;
        }
        /* The character references a rich-text field escapes its text with. */
        char ent[4];
        size_t en = 0, el = best[i] == '&' ? newsclean_html_entity(best + i, n - i, ent, &en) : 0;
        if (el) {
            memcpy(out + o, ent, en);
            o += en;
            spaces += en == 1 && ent[0] == ' ';
            i += el - 1;
            continue;
        }
        char c = best[i];
        spaces += c == ' ';
        out[o++] = c;
    }
    out[o] = '\0';
    size_t chars, words, punct;
    newsclean_text_stats(out, o, &chars, &words, &punct);
    if (!spaces || words < LD_DESCRIPTION_MIN_WORDS) {
        free(out);
        return NULL;
    }
    return out;
}

static void
lower_ascii(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s - 'A' + 'a');
}

bool
newsclean_kind_body_description(newsclean_blocks *bl, newsclean_page_kind kind, const char *desc)
{
    if (kind != NEWSCLEAN_KIND_PRODUCT || !desc)
        return true;
    size_t total = 1;
    for (size_t i = 0; i < bl->n; i++)
        total += bl->v[i].keep ? bl->v[i].len + 1 : 0;
    char *kept = malloc(total + 1), *d = newsclean_strdup(desc);
    if (!kept || !d) {
        free(kept);
        free(d);
        return false;
    }
    size_t o = 0;
    kept[o++] = ' ';
    for (size_t i = 0; i < bl->n; i++)
        if (bl->v[i].keep) {
            memcpy(kept + o, bl->v[i].text, bl->v[i].len);
            o += bl->v[i].len;
            kept[o++] = ' ';
        }
    kept[o] = '\0';
    lower_ascii(kept);
    lower_ascii(d);
    /* Each word of the description is looked for in the body as a word start. */
    size_t words = 0, shown = 0;
    for (char *p = d; *p;) {
        while (*p && !newsclean_is_word_byte(*p))
            p++;
        if (!*p)
            break;
        char *w = p;
        while (*p && newsclean_is_word_byte(*p))
            p++;
        char save = *p;
        *p = '\0';
        words++;
        for (const char *h = strstr(kept, w); h; h = strstr(h + 1, w))
            if (!newsclean_is_word_byte(h[-1])) {
                shown++;
                break;
            }
        *p = save;
    }
    free(kept);
    free(d);
    if (!words || (double)shown >= LD_DESCRIPTION_MAX_SHOWN * (double)words)
        return true;
    for (const char *p = desc; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        size_t before = bl->n;
        if (!newsclean_blocks_add(bl, p, n, NEWSCLEAN_BLOCK_PARAGRAPH, 0, 0, 0,
                                  NEWSCLEAN_NO_CONTAINER, 0))
            return false;
        if (bl->n > before) {
            bl->v[before].keep = true;
            bl->v[before].reason = "a product's description from its schema";
        }
        p += n + (nl != NULL);
    }
    return true;
}

void
newsclean_kind_body_dump(newsclean_blocks *bl, newsclean_page_kind kind, newsclean_page_kind read,
                         double prob)
{
    /* The text model was fitted on dumps of one line a block. A tool's layout, lynx's
     * link numbers above all, reads to it as an article's: a listing's or a shop's dump
     * whose lines the text path left out came out empty, where the tool model, fitted on
     * such dumps, is sure it is no article. */
    if (kind == NEWSCLEAN_KIND_ARTICLE && prob >= MIN_KIND_PROB)
        kind = read;
    if (kind == NEWSCLEAN_KIND_ARTICLE)
        return;
    for (size_t i = 0; i < bl->n; i++)
        if (bl->v[i].keep)
            return;
    for (size_t i = 0; i < bl->n; i++) {
        if (bl->v[i].flags & NEWSCLEAN_BF_DUMP_READABLE) {
            bl->v[i].keep = true;
            bl->v[i].reason = "page of another kind";
        }
    }
}
