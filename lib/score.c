/* score.c: main-content selection. Every block weighs for or against each container
 * that encloses it (prose for, links and fragments against); the container with the most
 * prose net of chrome is the article, and blocks inside it are then dropped one by one
 * if they are chrome after all. */
#include "score.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dateline.h"
#include "dates.h"
#include "prune.h"
#include "textutil.h"
#include "tinypage.h"

/* A block of prose: at least this long with sentence punctuation, or this long at all. */
#define PROSE_MIN_CHARS 40
#define PROSE_ANY_CHARS 100
/* Above this share of link text a block is navigation, not prose. */
#define LINK_HEAVY 0.6
/* Short fragments (buttons, labels, menu words) count against their container at this
 * rate per character: very weak evidence, since articles have short lines too (list
 * items, credits, datelines); menus are caught by their links. */
#define FRAGMENT_WEIGHT 0.05
/* The chosen container moves down to a child that holds this share of its total: the
 * parent only wins when the rest of it adds real text. */
#define DESCEND_SHARE 0.9
/* A sibling of the chosen container joins it when it scores this share of it, and at
 * least this much prose net of chrome. */
#define SIBLING_SHARE 0.1
#define SIBLING_MIN 60.0
/* What a teaser's blurb counts for, against prose of the same length. */
#define TEASER_WEIGHT 0.3
/* So many fragments this short, kept one after another, are an interface. */
#define FRAGMENT_CHARS 30
#define FRAGMENT_RUN 4
/* Kept fragments such a run needs, interface phrases counted in: one short line beside
 * share buttons may be a credit or a dateline. */
#define FRAGMENT_KEPT_MIN 2
/* A link-heavy list entry this long, with this many characters outside its links, is
 * prose. */
#define LINKED_PROSE_CHARS 80
#define LINKED_PROSE_OWN_CHARS 30
/* A chrome-named element holding this share of the page's prose is a wrapper. */
#define WRAPPER_SHARE 0.6
/* The same for an element whose tag also says it is the post (<article class="has-paywall">):
 * less prose is enough to call it the wrapper. */
#define MIXED_WRAPPER_SHARE 0.3
/* Prose that must lie in weak-named boxes before their names are taken for the layout's:
 * an article's worth, so a page of a few lines does not settle it. */
#define LAYOUT_MIN_PROSE 1000.0
/* How far before the article's first kept block its headline may stand, in blocks, and
 * how much lead text between the two is taken along. */
#define LEAD_REACH 8
#define LEAD_MAX_CHARS 800
/* Further up, a box of links or a table of contents may part the headline from the
 * article; there only paragraphs set in the article's own paragraph markup are its lead. */
#define LEAD_FAR_REACH 24
_Static_assert(LEAD_REACH <= LEAD_FAR_REACH && LEAD_FAR_REACH < 32,
               "keep_lead keeps one bit per block between headline and article");
/* Below this total the page holds no article (front pages, lists, error pages). */
#define MIN_ARTICLE_CHARS 25

/* Code points in the CJK and Hangul ranges (U+2E80..U+D7FF, U+F900..U+FAFF): their
 * UTF-8 lead bytes are 0xE2 0xBA.. to 0xED and 0xEF 0xA4..0xAB. */
static size_t
wide_chars(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i + 2 < n; i++) {
        unsigned char c = (unsigned char)s[i], d = (unsigned char)s[i + 1];
        if ((c >= 0xE3 && c <= 0xED) || (c == 0xE2 && d >= 0xBA) ||
            (c == 0xEF && d >= 0xA4 && d <= 0xAB))
            w++;
    }
    return w;
}

/* Characters of the block that are a link's: all of them inside a card (a link wrapping
 * blocks), whose text is no link of its own. */
static size_t
linked_chars(const newsclean_block *b)
{
    return (b->flags & NEWSCLEAN_BF_IN_CARD) ? b->chars : b->link_chars;
}

/* The evidence one block gives that its container is the article: positive for prose,
 * negative for links and fragments. */
/* A "heading" that holds sentences (a standfirst set in an h2, a paragraph styled as a
 * heading) is text, not a title. */
static bool
prose_heading(const newsclean_block *b)
{
    return b->kind == NEWSCLEAN_BLOCK_HEADING && b->chars >= PROSE_ANY_CHARS && b->punct >= 1;
}

static double
block_weight(const newsclean_extractor *ex, newsclean_prune_scratch *scratch,
             const newsclean_block *b)
{
    if (b->chars == 0 || b->kind == NEWSCLEAN_BLOCK_HEADING)
        return 0;
    if (b->kind == NEWSCLEAN_BLOCK_CAPTION || (b->flags & NEWSCLEAN_BF_IN_FIGURE))
        return 0;
    double chars = (double)b->chars;
    double density = (double)b->link_chars / chars;
    if (density > LINK_HEAVY)
        return -chars * density;
    if (newsclean_prune_is_noise_text(ex->prune, scratch, b->text, b->len))
        return -chars;
    if ((b->punct >= 1 && b->chars >= PROSE_MIN_CHARS) || b->chars >= PROSE_ANY_CHARS)
        return chars * (1.0 - density);
    /* Chinese, Japanese and Korean say in one character what alphabets say in about
     * three, and often set sentences apart with spaces instead of punctuation. */
    double wide = (double)wide_chars(b->text, b->len);
    if (wide > 0 && chars + 2 * wide >= PROSE_ANY_CHARS)
        return (chars + 2 * wide) * (1.0 - density);
    return -FRAGMENT_WEIGHT * chars;
}

/* The innermost container between 'c' (inclusive) and 'root' (exclusive) marked chrome,
 * NEWSCLEAN_NO_CONTAINER if none is; '*weak' tells whether every one so marked is chrome
 * only by a weak word. */
static size_t
chrome_box(const newsclean_blocks *bl, size_t c, size_t root, bool *weak)
{
    size_t box = NEWSCLEAN_NO_CONTAINER;
    *weak = true;
    for (; c != NEWSCLEAN_NO_CONTAINER && c != root; c = bl->c[c].parent)
        if (bl->c[c].flags & NEWSCLEAN_BF_BOILER_HINT) {
            box = box == NEWSCLEAN_NO_CONTAINER ? c : box;
            *weak = *weak && (bl->c[c].flags & NEWSCLEAN_BF_WEAK_NAME);
        }
    return box;
}

/* True if a container between 'c' (inclusive) and 'root' (exclusive) is marked chrome. */
static bool
chrome_between(const newsclean_blocks *bl, size_t c, size_t root)
{
    for (; c != NEWSCLEAN_NO_CONTAINER && c != root; c = bl->c[c].parent)
        if (bl->c[c].flags & NEWSCLEAN_BF_BOILER_HINT)
            return true;
    return false;
}

/* The block, or the element holding it or that element's parent, is marked as a byline
 * or a dateline: a <p> inside <div class="byline"> is one. */
static bool
byline_or_date(const newsclean_blocks *bl, const newsclean_block *b)
{
    unsigned marks = NEWSCLEAN_BF_BYLINE | NEWSCLEAN_BF_DATELINE;
    if (b->flags & marks)
        return true;
    size_t c = b->container;
    for (int up = 0; up < 2 && c != NEWSCLEAN_NO_CONTAINER; up++, c = bl->c[c].parent)
        if (bl->c[c].flags & marks)
            return true;
    return false;
}

static void
drop(newsclean_block *b, const char *why)
{
    b->keep = false;
    b->reason = why;
}

/* True if every chrome name between container 'c' and 'header' (an ancestor of it) is a
 * weak one: inside the article's header, a "teaser" or "intro" box is the standfirst,
 * while a share bar or a comment count is still chrome. False if 'header' is not an
 * ancestor of 'c' or chrome lies above it. */
static bool
weak_chrome_below(const newsclean_blocks *bl, size_t c, size_t header)
{
    if (header == NEWSCLEAN_NO_CONTAINER)
        return false;
    for (; c != NEWSCLEAN_NO_CONTAINER; c = bl->c[c].parent) {
        if (c == header)
            return !chrome_between(bl, header, NEWSCLEAN_NO_CONTAINER);
        if (bl->c[c].flags & NEWSCLEAN_BF_STRONG_HINT)
            return false;
    }
    return false;
}

/* Prose or a subheading between the headline and the article that is not a byline, dateline,
 * caption, link or interface phrase. */
static bool
lead_text(const newsclean_extractor *ex, newsclean_prune_scratch *scratch,
          const newsclean_blocks *bl, const bool *in_chrome, size_t header,
          const newsclean_block *b)
{
    /* A subheading under the headline (a dek) belongs to the lead as well. */
    bool dek = b->kind == NEWSCLEAN_BLOCK_HEADING && b->level >= 2 && b->chars >= 20;
    if ((b->kind != NEWSCLEAN_BLOCK_PARAGRAPH && !dek) || (!dek && b->score <= 0) ||
        (b->flags & NEWSCLEAN_BF_IN_FIGURE) || b->link_chars * 2 > b->chars)
        return false;
    /* A writer's standfirst is a paragraph element; text set bare in a box above the article
     * is a template's field filled from elsewhere (the page's description, a sticky title
     * bar, a badge, a promotion's line), which readers of the article are not given. */
    if (!dek && !(bl->c[b->container].flags & NEWSCLEAN_BF_PARAGRAPH))
        return false;
    if (in_chrome[b->container] && !weak_chrome_below(bl, b->container, header))
        return false;
    return !byline_or_date(bl, b) && !newsclean_date_line(ex->dates, b) &&
           !newsclean_prune_is_noise_text(ex->prune, scratch, b->text, b->len) &&
           !newsclean_prune_is_caption_text(ex->prune, scratch, b->text, b->len);
}

/* The standfirst: prose set between the headline (h1) and the article's first kept
 * block, in a header of its own rather than in the article's container, is the article's
 * lead. Returns the characters kept. */
static size_t
keep_lead(const newsclean_extractor *ex, newsclean_prune_scratch *scratch, newsclean_blocks *bl,
          const bool *in_chrome)
{
    size_t first = 0;
    while (first < bl->n && !bl->v[first].keep)
        first++;
    if (first == bl->n)
        return 0;
    /* The headline: the nearest h1 above, or an h2 where the page has no h1 there (some
     * sites keep h1 for their logo). */
    size_t h1 = first, h2 = first;
    for (size_t i = first; i-- > 0 && first - i <= LEAD_REACH;) {
        const newsclean_block *b = &bl->v[i];
        if (b->kind == NEWSCLEAN_BLOCK_HEADING && b->level == 1) {
            h1 = i;
            break;
        }
        if (b->kind == NEWSCLEAN_BLOCK_HEADING && b->level == 2 && h2 == first)
            h2 = i;
    }
    size_t headline = h1 != first ? h1 : h2;
    /* Further up, only an h1 is taken for the headline. */
    for (size_t i = first > LEAD_REACH ? first - LEAD_REACH : 0;
         headline == first && i-- > 0 && first - i <= LEAD_FAR_REACH;) {
        if (bl->v[i].kind == NEWSCLEAN_BLOCK_HEADING && bl->v[i].level == 1)
            headline = i;
    }
    if (headline == first || in_chrome[bl->v[headline].container])
        return 0;
    /* The headline's own header group: the element around the heading. */
    size_t header = bl->c[bl->v[headline].container].parent;
    /* Past the near reach, a paragraph is the article's opening only in the element and
     * class of the article's own paragraphs: an opening cut off by a contents box or a
     * picture keeps the writer's markup, while a promotion or a sidebar box set between
     * them has markup of its own. */
    bool far = first - headline > LEAD_REACH;
    unsigned body_sig = 0;
    if (far) {
        for (size_t i = first; i < bl->n && body_sig == 0; i++) {
            const newsclean_block *b = &bl->v[i];
            if (b->keep && b->kind == NEWSCLEAN_BLOCK_PARAGRAPH && b->score > 0)
                body_sig = bl->c[b->container].sig;
        }
        if (body_sig == 0)
            return 0;
    }
    /* Fewer than LEAD_FAR_REACH blocks lie between the headline and the article, so one bit
     * each remembers the verdict (its phrase checks are not cheap) for the second pass. */
    unsigned is_lead = 0;
    size_t lead = 0;
    for (size_t i = headline + 1; i < first; i++) {
        const newsclean_block *b = &bl->v[i];
        if (far && (b->kind != NEWSCLEAN_BLOCK_PARAGRAPH || bl->c[b->container].sig != body_sig))
            continue;
        if (lead_text(ex, scratch, bl, in_chrome, header, b)) {
            is_lead |= 1u << (i - headline);
            lead += bl->v[i].chars;
        }
    }
    if (lead == 0 || lead > LEAD_MAX_CHARS)
        return 0;
    for (size_t i = headline + 1; i < first; i++) {
        if (is_lead & (1u << (i - headline))) {
            bl->v[i].keep = true;
            bl->v[i].reason = "lead beside the headline";
        }
    }
    return lead;
}

/* What the tiny-page rule asks of a block in an HTML page. */
typedef struct {
    const newsclean_extractor *ex;
    newsclean_prune_scratch *scratch;
    const bool *in_chrome;
} readable_ctx;

/* True for a block that a reader would read if the page held nothing else: not in
 * chrome (navigation, footers, asides), not a caption, not an interface phrase. Link
 * text counts: on a page this bare, a link's words are still what the page says. */
static bool
readable_on_its_own(const void *ctx, const newsclean_block *b)
{
    const readable_ctx *r = ctx;
    if (b->chars == 0 || b->kind == NEWSCLEAN_BLOCK_CAPTION || (b->flags & NEWSCLEAN_BF_IN_FIGURE))
        return false;
    if (b->container != NEWSCLEAN_NO_CONTAINER && r->in_chrome[b->container])
        return false;
    return !newsclean_prune_is_noise_text(r->ex->prune, r->scratch, b->text, b->len);
}

/* When no article stands out, a page with only a few words of readable text in all is
 * kept whole (see tinypage.h). */
static void
keep_tiny_page(const newsclean_extractor *ex, newsclean_prune_scratch *scratch,
               newsclean_blocks *bl, const bool *in_chrome)
{
    readable_ctx r = {ex, scratch, in_chrome};
    newsclean_tiny_page_keep(bl, 0, readable_on_its_own, &r);
}

/* The outermost container around 'c' whose own element says it holds the post (<article>,
 * <main>, role=main, itemprop=articleBody), NEWSCLEAN_NO_CONTAINER if none does. */
static size_t
post_region(const newsclean_blocks *bl, size_t c)
{
    size_t region = NEWSCLEAN_NO_CONTAINER;
    for (; c != NEWSCLEAN_NO_CONTAINER; c = bl->c[c].parent)
        if (bl->c[c].flags & NEWSCLEAN_BF_IN_ARTICLE)
            region = c;
    return region;
}

/* The post region holding block 'b' if its prose may stand as a lone post: no chrome box
 * inside the region (a copyright line in a widget of a page-wide <main>), at most a weak
 * word's around it, no header or dialog; NEWSCLEAN_NO_CONTAINER otherwise. */
static size_t
lone_post_region(const newsclean_blocks *bl, const newsclean_block *b)
{
    if (b->score <= 0 || (b->flags & (NEWSCLEAN_BF_IN_HEADER | NEWSCLEAN_BF_DIALOG)))
        return NEWSCLEAN_NO_CONTAINER;
    size_t r = post_region(bl, b->container);
    if (r == NEWSCLEAN_NO_CONTAINER)
        return r;
    bool weak;
    if (chrome_box(bl, b->container, r, &weak) != NEWSCLEAN_NO_CONTAINER ||
        (chrome_box(bl, r, NEWSCLEAN_NO_CONTAINER, &weak) != NEWSCLEAN_NO_CONTAINER && !weak))
        return NEWSCLEAN_NO_CONTAINER;
    return r;
}

/* When no article stands out, a short post that the page's markup places in its main
 * region is the page's text, though a blog's layout wraps it in a box named by a weak
 * chrome word ("widget") and the scorer, rightly, will not take a box holding one
 * paragraph as a wrapper. The prose must all lie in one such region: prose in two is a
 * list of posts. Prose outside any region (a sidebar bio) does not count against it.
 * Returns whether anything was kept. */
static bool
keep_lone_post(newsclean_blocks *bl)
{
    size_t region = NEWSCLEAN_NO_CONTAINER;
    size_t chars = 0;
    for (size_t i = 0; i < bl->n; i++) {
        size_t r = lone_post_region(bl, &bl->v[i]);
        if (r == NEWSCLEAN_NO_CONTAINER)
            continue;
        if (region != NEWSCLEAN_NO_CONTAINER && r != region)
            return false;
        region = r;
        chars += bl->v[i].chars;
    }
    if (region == NEWSCLEAN_NO_CONTAINER || chars < MIN_ARTICLE_CHARS)
        return false;
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (lone_post_region(bl, b) == region) {
            b->keep = true;
            b->reason = "a lone post in the page's main region";
        }
    }
    return true;
}

/* True if container 'c' is 'anc' or lies inside it. */
static bool
inside(const newsclean_blocks *bl, size_t c, size_t anc)
{
    for (; c != NEWSCLEAN_NO_CONTAINER; c = bl->c[c].parent)
        if (c == anc)
            return true;
    return false;
}

/* A label over other stories ("You may like", "More from Politics", "Lesen Sie auch")
 * inside the article heads a list of them. The label's section goes: the element around
 * it, widened until it holds what follows the label, is the list when it lies inside the
 * article and opens with the label; otherwise the widening reaches the article itself, the list
 * runs to the next heading of the label's rank. Returns the characters dropped. */
static size_t
drop_related_sections(const newsclean_extractor *ex, newsclean_prune_scratch *scratch,
                      newsclean_blocks *bl, size_t best)
{
    size_t dropped = 0;
    for (size_t i = 0; i + 1 < bl->n; i++) {
        newsclean_block *h = &bl->v[i];
        bool heading = h->kind == NEWSCLEAN_BLOCK_HEADING;
        /* The label may be dropped already (as a UI phrase): its list still follows. */
        if (h->chars > 60 || (!heading && h->kind != NEWSCLEAN_BLOCK_PARAGRAPH) ||
            !inside(bl, h->container, best) ||
            !newsclean_prune_is_related_label(ex->prune, scratch, h->text, h->len))
            continue;
        size_t scope = bl->c[h->container].parent;
        while (scope != NEWSCLEAN_NO_CONTAINER && scope != best &&
               !inside(bl, bl->v[i + 1].container, scope))
            scope = bl->c[scope].parent;
        /* A label closing a box of its own (a "More on this" line ending a live-blog
         * entry) does not head the boxes after it: the box must open with the label. */
        bool whole = scope != NEWSCLEAN_NO_CONTAINER && scope != best && inside(bl, scope, best) &&
                     (i == 0 || !inside(bl, bl->v[i - 1].container, scope));
        if (!whole)
            scope = best;
        unsigned rank = heading ? h->level : 7;
        if (h->keep) {
            drop(h, "label over other stories");
            dropped += h->chars;
        }
        size_t j = i + 1;
        for (; j < bl->n; j++) {
            newsclean_block *b = &bl->v[j];
            if (!inside(bl, b->container, scope) || (!whole && b->kind == NEWSCLEAN_BLOCK_HEADING &&
                                                     b->level <= rank && !prose_heading(b)))
                break;
            if (b->keep) {
                drop(b, "under a label over other stories");
                dropped += b->chars;
            }
        }
        i = j - 1;
    }
    return dropped;
}

/* Two or more articles nested in the chosen one, each of them titled by a link to another
 * page, are teasers for other stories (a "more like this" rail marked up as <article>
 * cards); an update of a live blog or a section of the article is titled in place. */
static size_t
drop_nested_teasers(newsclean_blocks *bl, size_t best)
{
    /* The nested article each linked heading lies in, outermost below 'best'. */
    size_t found = 0, held = 0, kept = 0;
    for (size_t i = 0; i < bl->n; i++)
        kept += bl->v[i].keep ? bl->v[i].chars : 0;
    for (int pass = 0; pass < 2; pass++) {
        size_t dropped = 0, last = NEWSCLEAN_NO_CONTAINER;
        for (size_t i = 0; i < bl->n; i++) {
            const newsclean_block *h = &bl->v[i];
            if (h->kind != NEWSCLEAN_BLOCK_HEADING || h->chars > 150 ||
                2 * linked_chars(h) <= h->chars)
                continue;
            size_t nested = NEWSCLEAN_NO_CONTAINER;
            size_t c = h->container;
            for (; c != NEWSCLEAN_NO_CONTAINER && c != best; c = bl->c[c].parent)
                if (bl->c[c].flags & NEWSCLEAN_BF_IN_ARTICLE)
                    nested = c;
            if (c != best || nested == NEWSCLEAN_NO_CONTAINER || nested == last)
                continue;
            last = nested;
            if (pass == 0) {
                found++;
                for (size_t k = i; k < bl->n && inside(bl, bl->v[k].container, nested); k++)
                    if (bl->v[k].keep)
                        held += bl->v[k].chars;
                continue;
            }
            /* Its blocks are contiguous around the heading. */
            size_t a = i;
            while (a > 0 && inside(bl, bl->v[a - 1].container, nested))
                a--;
            for (size_t k = a; k < bl->n && inside(bl, bl->v[k].container, nested); k++)
                if (bl->v[k].keep) {
                    drop(&bl->v[k], "teaser for another story");
                    dropped += bl->v[k].chars;
                }
        }
        /* A page that is mostly such cards is a list of stories, not an article with
         * teasers at its foot: that is for the kind of page to settle. */
        if (pass == 0 && (found < 2 || 3 * held >= kept))
            return 0;
        if (pass == 1)
            return dropped;
    }
    return 0;
}

/* A card may set only its title in the link, its blurb beside it as plain text: a box
 * of at most CARD_MAX_BLOCKS blocks that holds a linked title makes its short unlinked
 * blocks (CARD_BLURB_MAX characters or fewer) part of the card. */
#define CARD_MAX_BLOCKS 4
#define CARD_BLURB_MAX 300
/* A card's title, a headline's length at most. */
#define CARD_TITLE_MAX 150

/* The blocks [*a, *z) of the box that holds block 'i' (its container's parent), if that box
 * holds at most CARD_MAX_BLOCKS blocks: a card, its title, blurb and time together. */
static bool
card_box(const newsclean_blocks *bl, size_t i, size_t *a, size_t *z)
{
    const newsclean_block *b = &bl->v[i];
    if (b->container == NEWSCLEAN_NO_CONTAINER)
        return false;
    size_t box = bl->c[b->container].parent;
    if (box == NEWSCLEAN_NO_CONTAINER)
        return false;
    *a = i;
    *z = i + 1;
    while (*a > 0 && i - *a < CARD_MAX_BLOCKS && inside(bl, bl->v[*a - 1].container, box))
        (*a)--;
    while (*z < bl->n && *z - *a <= CARD_MAX_BLOCKS && inside(bl, bl->v[*z].container, box))
        (*z)++;
    return *z - *a <= CARD_MAX_BLOCKS;
}

/* A card's title: a block inside a link that wraps blocks, or a heading that is all a
 * link ("<h3><a>Title</a></h3>"). */
static bool
linked_title(const newsclean_block *b)
{
    return (b->flags & NEWSCLEAN_BF_IN_CARD) ||
           (b->kind == NEWSCLEAN_BLOCK_HEADING && !(b->flags & NEWSCLEAN_BF_SELF_LINK) &&
            b->chars > 0 && 2 * b->link_chars > b->chars);
}

static bool
card_part(const newsclean_blocks *bl, size_t i)
{
    const newsclean_block *b = &bl->v[i];
    if (b->flags & NEWSCLEAN_BF_IN_CARD)
        return true;
    /* A linked heading the article kept is one of its entries (keep_linked_subheadings);
     * only the blurbs beside such headings count, with the share of titles below. */
    if (linked_title(b))
        return false;
    size_t a, z;
    if (b->chars > CARD_BLURB_MAX || !card_box(bl, i, &a, &z))
        return false;
    for (size_t k = a; k < z; k++)
        if (linked_title(&bl->v[k]))
            return true;
    return false;
}

/* The reasons a date line is dropped for; drop_card_teasers() reads them back. */
static const char DATE_LINE[] = "date line";
static const char BYLINE_OR_DATE_LINE[] = "byline or date line";

/* Whether block 'i' is a card's title that was dropped as mostly links ("<h3><a>Title</a>
 * </h3>") while its blurb was kept, in a box of at most CARD_MAX_BLOCKS blocks that also
 * holds a date line: a story's teaser, its blurb and its time. An item the article lists
 * (a tool, a webcam, an event's place) is set the same way but carries no date of its own. */
static bool
dated_card_title(const newsclean_blocks *bl, size_t i)
{
    const newsclean_block *b = &bl->v[i];
    size_t a, z;
    if (b->reason != newsclean_reason_mostly_links || !card_box(bl, i, &a, &z))
        return false;
    for (size_t k = a; k < z; k++)
        if (bl->v[k].reason == DATE_LINE || bl->v[k].reason == BYLINE_OR_DATE_LINE)
            return true;
    return false;
}

/* Cards (links wrapping a heading, a blurb, a time) kept after the article's last prose
 * of its own are teasers for other pages: the related rail at its foot. Cards amid the
 * text may be the article's own list of items (tools, products, templates) and stay. A
 * page whose kept text is mostly cards is a list of stories, for the kind of page to
 * settle, and keeps them. Returns the characters dropped. */
static size_t
drop_card_teasers(newsclean_blocks *bl)
{
    size_t kept = 0, linked = 0, held = 0;
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        bool title = linked_title(b);
        if (!b->keep && !(title && dated_card_title(bl, i)))
            continue;
        kept += b->chars;
        linked += title ? b->chars : 0;
    }
    /* A list of stories: linked titles make a third of the text, or titles and their
     * blurbs half of it (a blurb may be a page's own words about an item it lists). */
    if (linked == 0 || 3 * linked >= kept)
        return 0;
    for (size_t i = 0; i < bl->n; i++)
        held += bl->v[i].keep && card_part(bl, i) ? bl->v[i].chars : 0;
    if (2 * held >= kept)
        return 0;
    size_t dropped = 0, last = 0;
    for (size_t i = 0; i < bl->n; i++)
        if (bl->v[i].keep && bl->v[i].score > 0 && !card_part(bl, i))
            last = i;
    for (size_t i = last; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep && card_part(bl, i)) {
            drop(b, "card for another page");
            dropped += b->chars;
        }
    }
    return dropped;
}

/* The article nested in 'best' that holds block 'i', outermost below 'best';
 * NEWSCLEAN_NO_CONTAINER when it lies in none or outside 'best'. */
static size_t
nested_article(const newsclean_blocks *bl, size_t i, size_t best)
{
    size_t nested = NEWSCLEAN_NO_CONTAINER, c = bl->v[i].container;
    for (; c != NEWSCLEAN_NO_CONTAINER && c != best; c = bl->c[c].parent)
        if (bl->c[c].flags & NEWSCLEAN_BF_IN_ARTICLE)
            nested = c;
    return c == best ? nested : NEWSCLEAN_NO_CONTAINER;
}

/* The first block after 'from' (which lies in 'box') that lies outside 'box'. */
static size_t
box_end(const newsclean_blocks *bl, size_t from, size_t box)
{
    size_t z = from + 1;
    while (z < bl->n && inside(bl, bl->v[z].container, box))
        z++;
    return z;
}

/* Whether blocks [a, z) make a card: a short title linked to another page, and no more
 * than a blurb and a time beside it. A box whose heading is not linked may be the page's
 * own entry (a review, a step, a post) as well as another story's card. */
static bool
card_shape(const newsclean_blocks *bl, size_t a, size_t z)
{
    size_t headings = 0;
    if (z - a < 2 || z - a > CARD_MAX_BLOCKS)
        return false;
    for (size_t k = a; k < z; k++) {
        const newsclean_block *b = &bl->v[k];
        if (b->kind == NEWSCLEAN_BLOCK_HEADING && b->chars <= CARD_TITLE_MAX && linked_title(b))
            headings++;
        else if (b->kind != NEWSCLEAN_BLOCK_PARAGRAPH || b->chars > CARD_BLURB_MAX)
            return false;
    }
    return headings == 1;
}

/* Two or more sibling articles of one template nested in the chosen one, each a card
 * (card_shape), with none of the story's own text after them, are other stories. Their
 * blurbs count as the article's text, so after a short story drop_nested_teasers takes
 * them for a list of stories and leaves them; here the story's own text must outweigh
 * them, so a page made of such articles (a listing, a live blog of short posts) keeps
 * them. Returns the characters dropped. */
static size_t
drop_nested_card_runs(newsclean_blocks *bl, size_t best)
{
    /* Spans of blocks per nested article, in order; a card run is a stretch of adjacent
     * card spans whose articles share a parent and a template. */
    size_t own = 0, held = 0, last_own = 0, dropped = 0;
    bool any_own = false;
    unsigned char *in_run = calloc(bl->n ? bl->n : 1, 1);
    if (!in_run)
        return 0;
    for (size_t i = 0; i < bl->n;) {
        size_t box = nested_article(bl, i, best);
        size_t z = box == NEWSCLEAN_NO_CONTAINER ? i + 1 : box_end(bl, i, box);
        size_t run_end = i, runs = 0, prev = NEWSCLEAN_NO_CONTAINER;
        for (size_t a = i, b = z, bx = box; bx != NEWSCLEAN_NO_CONTAINER && card_shape(bl, a, b);) {
            if (prev != NEWSCLEAN_NO_CONTAINER &&
                (bl->c[bx].parent != bl->c[prev].parent || bl->c[bx].sig != bl->c[prev].sig))
                break;
            runs++;
            run_end = b;
            prev = bx;
            if (b >= bl->n)
                break;
            a = b;
            bx = nested_article(bl, a, best);
            if (bx == NEWSCLEAN_NO_CONTAINER)
                break;
            b = box_end(bl, a, bx);
        }
        if (runs >= 2) {
            for (size_t k = i; k < run_end; k++) {
                in_run[k] = 1;
                held += bl->v[k].keep ? bl->v[k].chars : 0;
            }
            i = run_end;
            continue;
        }
        for (size_t k = i; k < z; k++)
            if (bl->v[k].keep) {
                own += bl->v[k].chars;
                if (bl->v[k].score > 0) {
                    last_own = k;
                    any_own = true;
                }
            }
        i = z;
    }
    if (any_own && held > 0 && own > held)
        for (size_t k = last_own + 1; k < bl->n; k++)
            if (in_run[k] && bl->v[k].keep) {
                drop(&bl->v[k], "card for another story");
                dropped += bl->v[k].chars;
            }
    free(in_run);
    return dropped;
}

/* The reason a block that is an interface phrase is dropped for; passes after the
 * first read it back. */
static const char UI_PHRASE[] = "UI phrase";

/* A prompt box set inside the article ("Have a tip?", a sign-up's "Never miss ...", an
 * "About the author" box) is its heading and a line or two that say where to write, what
 * to click or who wrote. The heading is dropped as an interface phrase; the short lines
 * under it, in a box the heading opens and nothing else shares, belong to that box and
 * go with it. A box that holds more, or a longer paragraph, is the article's own section,
 * and a heading that matches no such phrase keeps its lines. */
#define PROMPT_BOX_MAX_BLOCKS 4
#define PROMPT_BOX_LINE_MAX 300

static size_t
drop_prompt_boxes(newsclean_blocks *bl)
{
    size_t dropped = 0;
    for (size_t i = 0; i + 1 < bl->n; i++) {
        const newsclean_block *h = &bl->v[i];
        if (h->kind != NEWSCLEAN_BLOCK_HEADING || h->keep || h->reason != UI_PHRASE ||
            h->container == NEWSCLEAN_NO_CONTAINER)
            continue;
        size_t box = bl->c[h->container].parent;
        if (box == NEWSCLEAN_NO_CONTAINER || (i > 0 && inside(bl, bl->v[i - 1].container, box)))
            continue;
        size_t z = i + 1;
        bool short_lines = true;
        for (; z < bl->n && inside(bl, bl->v[z].container, box); z++)
            short_lines = short_lines && bl->v[z].kind == NEWSCLEAN_BLOCK_PARAGRAPH &&
                          bl->v[z].chars <= PROMPT_BOX_LINE_MAX;
        if (z == i + 1 || z - i > PROMPT_BOX_MAX_BLOCKS || !short_lines)
            continue;
        for (size_t k = i + 1; k < z; k++)
            if (bl->v[k].keep) {
                drop(&bl->v[k], "under a prompt heading");
                dropped += bl->v[k].chars;
            }
        i = z - 1;
    }
    return dropped;
}

/* A press release ends in set pieces that are the issuer's, not the story's: an end mark
 * ("###", "-30-") and an "About <Company>" section whose paragraph opens with the
 * company's name ("Acme Corp. is a maker of ..."), then media contacts and legal notices.
 * From the first of these on, in the article's last part, the rest is dropped. A section
 * about its subject that the article goes on from ("About the festival") names no one
 * in that way, or holds the article's larger part; and the issuer's section stands once,
 * where a roundup repeats "About <Title>" under each of its items, as the article's. */
#define RELEASE_ABOUT_MAX_CHARS 80

/* Whether 'b' is an end mark alone: three or more '#' (spaces between allowed) or
 * "-30-". */
static bool
release_end_mark(const newsclean_block *b)
{
    size_t a = 0, z = b->len, hashes = 0;
    newsclean_trim_ascii(b->text, &a, &z);
    if (z - a == 4 && memcmp(b->text + a, "-30-", 4) == 0)
        return true;
    for (size_t k = a; k < z; k++) {
        if (b->text[k] == '#')
            hashes++;
        else if (b->text[k] != ' ')
            return false;
    }
    return hashes >= 3;
}

static const char ABOUT[] = "About ";

/* Whether 'b' is a short line "About <Name>". */
static bool
about_line(const newsclean_block *b)
{
    size_t n = sizeof ABOUT - 1;
    return b->chars <= RELEASE_ABOUT_MAX_CHARS && b->len > n + 1 &&
           memcmp(b->text, ABOUT, n) == 0 && b->text[n] >= 'A' && b->text[n] <= 'Z';
}

/* Whether 'next' opens with the name of about_line() 'b', then a space, a comma, a
 * parenthesis, an apostrophe or a dash (0xE2 leads the UTF-8 of ’ and of – and —). */
static bool
release_about(const newsclean_block *b, const newsclean_block *next)
{
    size_t a = sizeof ABOUT - 1, z = b->len;
    newsclean_trim_ascii(b->text, &a, &z);
    while (z > a && (b->text[z - 1] == ':' || b->text[z - 1] == ' '))
        z--;
    size_t m = z - a;
    if (m < 2 || next->kind != NEWSCLEAN_BLOCK_PARAGRAPH || next->len <= m ||
        memcmp(next->text, b->text + a, m) != 0)
        return false;
    char c = next->text[m];
    return c == ' ' || c == ',' || c == '(' || c == '\'' || (unsigned char)c == 0xE2;
}

/* Drops a press release's closing pieces. Returns the characters dropped. */
static size_t
drop_release_tail(newsclean_blocks *bl)
{
    size_t kept = 0, before = 0, from = SIZE_MAX, about = SIZE_MAX, abouts = 0;
    for (size_t i = 0; i < bl->n; i++) {
        if (!bl->v[i].keep)
            continue;
        kept += bl->v[i].chars;
        if (!about_line(&bl->v[i]))
            continue;
        abouts++;
        size_t j = i + 1;
        while (j < bl->n && !bl->v[j].keep)
            j++;
        if (j < bl->n && release_about(&bl->v[i], &bl->v[j]))
            about = i;
    }
    if (abouts != 1)
        about = SIZE_MAX;
    for (size_t i = 0; i < bl->n && from == SIZE_MAX; i++) {
        const newsclean_block *b = &bl->v[i];
        if (!b->keep)
            continue;
        if (before > 0 && (release_end_mark(b) || i == about))
            from = i;
        else
            before += b->chars;
    }
    if (from == SIZE_MAX || 2 * before < kept)
        return 0;
    size_t dropped = 0;
    for (size_t i = from; i < bl->n; i++)
        if (bl->v[i].keep) {
            drop(&bl->v[i], "closing a press release");
            dropped += bl->v[i].chars;
        }
    return dropped;
}

/* A summary set above the article (a post's excerpt, the page's description shown as a
 * lead) that restates its opening: the first kept paragraph opens with the same
 * RESTATE_WORDS words as the paragraph after it. The article says it in full, so the
 * summary is a copy. A standfirst that is written for itself opens otherwise. */
#define RESTATE_MIN_CHARS 80
#define RESTATE_MAX_CHARS 600
#define RESTATE_WORDS 8

/* The next word of 's' (letters, digits and any non-ASCII byte) from '*at', lower-cased
 * into 'w' (at most 'cap' bytes); its length, 0 at the end. */
static size_t
next_word(const char *s, size_t n, size_t *at, char *w, size_t cap)
{
    size_t i = *at;
    while (i < n && !newsclean_is_word_byte(s[i]))
        i++;
    size_t k = 0;
    while (i < n && newsclean_is_word_byte(s[i])) {
        if (k < cap)
            w[k++] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] | 0x20) : s[i];
        i++;
    }
    *at = i;
    return k;
}

/* Drops such a summary. Returns the characters dropped. */
static size_t
drop_restated_summary(newsclean_blocks *bl)
{
    /* The headline and a kicker above the summary are kept here yet. */
    size_t i = 0;
    while (i < bl->n && (!bl->v[i].keep || bl->v[i].kind == NEWSCLEAN_BLOCK_HEADING))
        i++;
    if (i == bl->n)
        return 0;
    newsclean_block *sum = &bl->v[i];
    if (sum->kind != NEWSCLEAN_BLOCK_PARAGRAPH || sum->chars < RESTATE_MIN_CHARS ||
        sum->chars > RESTATE_MAX_CHARS)
        return 0;
    const newsclean_block *next = NULL;
    for (size_t j = i + 1; j < bl->n && !next; j++)
        if (bl->v[j].keep && bl->v[j].kind == NEWSCLEAN_BLOCK_PARAGRAPH)
            next = &bl->v[j];
    /* A paragraph that repeats the next one word for word beside it, in the same box, is
     * the text's own (a refrain, a filler page); a summary is set apart from the text. */
    if (!next ||
        (sum->len == next->len && memcmp(sum->text, next->text, sum->len) == 0 &&
         sum->container != NEWSCLEAN_NO_CONTAINER && next->container != NEWSCLEAN_NO_CONTAINER &&
         bl->c[sum->container].parent == bl->c[next->container].parent))
        return 0;
    char a[32], b[32];
    size_t at = 0, bt = 0, same = 0;
    for (; same < RESTATE_WORDS; same++) {
        size_t ka = next_word(sum->text, sum->len, &at, a, sizeof a);
        size_t kb = next_word(next->text, next->len, &bt, b, sizeof b);
        if (ka == 0 || ka != kb || memcmp(a, b, ka < sizeof a ? ka : sizeof a) != 0)
            break;
    }
    if (same < RESTATE_WORDS)
        return 0;
    drop(sum, "summary restating the opening");
    return sum->chars;
}

/* A page may carry its article twice (a second layout for small screens, a print copy):
 * a run of at least REPEAT_RUN kept paragraphs of REPEAT_MIN_CHARS or more that repeats
 * an earlier run word for word and in order is the second copy. A paragraph repeated on
 * its own (a refrain, a disclaimer, filler) is left alone. */
#define REPEAT_MIN_CHARS 80
#define REPEAT_RUN 3

/* Within a second copy, the subheadings and short items between its paragraphs repeat
 * those between the first copy's: each kept block from 'b0' to 'b1' shorter than
 * REPEAT_MIN_CHARS whose text a kept block from 'a0' to 'a1' holds goes with the copy.
 * Returns the characters dropped. */
static size_t
drop_copied_short_blocks(newsclean_blocks *bl, size_t a0, size_t a1, size_t b0, size_t b1)
{
    size_t dropped = 0;
    for (size_t i = b0 + 1; i < b1; i++) {
        newsclean_block *b = &bl->v[i];
        if (!b->keep || b->chars >= REPEAT_MIN_CHARS)
            continue;
        for (size_t j = a0 + 1; j < a1; j++) {
            const newsclean_block *a = &bl->v[j];
            if (a->keep && a->len == b->len && memcmp(a->text, b->text, b->len) == 0) {
                drop(b, "second copy of the text");
                dropped += b->chars;
                break;
            }
        }
    }
    return dropped;
}

/* Drops the second copy of a repeated run of paragraphs. Returns the characters dropped,
 * or SIZE_MAX if out of memory. */
static size_t
drop_repeated_runs(newsclean_blocks *bl)
{
    size_t cap = 16;
    while (cap < 2 * bl->n)
        cap *= 2;
    /* The long kept paragraphs in order, the hash table of their first copies, and for
     * each the position (in 'par') of the first paragraph with its text. */
    size_t *par = malloc(bl->n * sizeof *par), *slot = malloc(cap * sizeof *slot);
    size_t *first = malloc(bl->n * sizeof *first);
    if (!par || !slot || !first) {
        free(par);
        free(slot);
        free(first);
        return SIZE_MAX;
    }
    for (size_t k = 0; k < cap; k++)
        slot[k] = SIZE_MAX;
    size_t np = 0;
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        if (!b->keep || b->chars < REPEAT_MIN_CHARS)
            continue;
        size_t k = (size_t)newsclean_hash(b->text, b->len, 0) & (cap - 1);
        first[np] = np;
        for (; slot[k] != SIZE_MAX; k = (k + 1) & (cap - 1)) {
            const newsclean_block *a = &bl->v[par[slot[k]]];
            if (a->len == b->len && memcmp(a->text, b->text, b->len) == 0) {
                first[np] = slot[k];
                break;
            }
        }
        if (first[np] == np)
            slot[k] = np;
        par[np++] = i;
    }
    size_t dropped = 0;
    for (size_t q = 0; q < np;) {
        size_t p = first[q], run = 0;
        while (p != q && q + run < np && first[q + run] == p + run && p + run < q)
            run++;
        if (run < REPEAT_RUN) {
            q++;
            continue;
        }
        for (size_t m = 0; m < run; m++) {
            drop(&bl->v[par[q + m]], "second copy of the text");
            dropped += bl->v[par[q + m]].chars;
        }
        dropped += drop_copied_short_blocks(bl, par[p], par[p + run - 1], par[q], par[q + run - 1]);
        q += run;
    }
    free(par);
    free(slot);
    free(first);
    return dropped;
}

/* A <header> outside any <article> or <main> is the page's masthead: its mega menu may
 * hold more sentences than a short article, yet the body never lies in it. It is chrome
 * by a weak name, so a page that a parser recovering from an unclosed <header> put
 * inside it keeps its text by the wrapper rule. A header inside the article holds its
 * headline and standfirst, which the lead keeps. Containers come after their parents,
 * so the parent's bit already holds when a child is reached. */
static bool
mark_masthead(newsclean_blocks *bl)
{
    bool *in_article = malloc(2 * bl->nc * sizeof *in_article);
    if (!in_article)
        return false;
    bool *titled = in_article + bl->nc;
    for (size_t c = 0; c < bl->nc; c++)
        titled[c] = false;
    for (size_t i = 0; i < bl->n; i++) {
        if (bl->v[i].kind != NEWSCLEAN_BLOCK_HEADING || bl->v[i].level != 1)
            continue;
        for (size_t c = bl->v[i].container; c != NEWSCLEAN_NO_CONTAINER && !titled[c];
             c = bl->c[c].parent)
            titled[c] = true;
    }
    for (size_t c = 0; c < bl->nc; c++) {
        size_t p = bl->c[c].parent;
        unsigned *f = &bl->c[c].flags;
        in_article[c] =
            (*f & NEWSCLEAN_BF_IN_ARTICLE) || (p != NEWSCLEAN_NO_CONTAINER && in_article[p]);
        if ((*f & NEWSCLEAN_BF_IN_HEADER) && !in_article[c] && !titled[c] &&
            !(*f & NEWSCLEAN_BF_BOILER_HINT))
            *f |= NEWSCLEAN_BF_BOILER_HINT | NEWSCLEAN_BF_WEAK_NAME;
    }
    free(in_article);
    return true;
}

/* First pass: block weights, and how much prose each container holds. Returns the
 * page's total prose. */
static double
weigh_blocks(const newsclean_extractor *ex, newsclean_prune_scratch *scratch, newsclean_blocks *bl)
{
    double total_prose = 0;
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        b->score = block_weight(ex, scratch, b);
        /* A blurb under a linked heading is a teaser for another page: headlines in
         * articles are not links, headlines in lists of stories are. */
        if (b->score > 0 && i > 0 && bl->v[i - 1].kind == NEWSCLEAN_BLOCK_HEADING &&
            2 * bl->v[i - 1].link_chars > bl->v[i - 1].chars)
            b->score *= TEASER_WEIGHT;
        if (b->score <= 0)
            continue;
        total_prose += b->score;
        for (size_t c = b->container; c != NEWSCLEAN_NO_CONTAINER; c = bl->c[c].parent)
            bl->c[c].score += b->score;
    }
    return total_prose;
}

static int
compare_sig(const void *a, const void *b)
{
    unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
    return (x > y) - (x < y);
}

/* Page builders give every box of a page the same generic words ("widget", "widget-wrap"):
 * when most of the page's prose lies in chrome named only by such a weak word, split among
 * two or more such elements, the word is the layout's, not chrome's, and the ones holding
 * prose lose it. Navigation so named still weighs against its container by its links.
 * A box already cleared as the wrapper is left out of that count, since it may wrap a page
 * whose sidebar widgets are the weak boxes; but where it is made from the same template as
 * weak boxes (a builder's row among its sibling rows, the article set in sections) and
 * with them holds most of the prose, the weak boxes inside the element holding those rows
 * lose the name too, and only they: a sidebar or footer beside that element keeps it.
 * Runs before the container scores are reset; 'mark' is scratch of bl->nc bytes, 'sigs'
 * of bl->nc template hashes. */
#define MARK_WEAK 1u
#define MARK_STRONG 2u
#define MARK_ROW 4u
static void
clear_layout_names(newsclean_blocks *bl, unsigned char *mark, unsigned *sigs, double total_prose)
{
    const unsigned weak = NEWSCLEAN_BF_BOILER_HINT | NEWSCLEAN_BF_WEAK_NAME;
    size_t boxes = 0;
    for (size_t c = 0; c < bl->nc; c++)
        if ((bl->c[c].flags & weak) == weak && bl->c[c].score > 0)
            sigs[boxes++] = bl->c[c].sig;
    qsort(sigs, boxes, sizeof *sigs, compare_sig);
    /* The templates of the cleared boxes that weak boxes share, after the weak boxes'. */
    unsigned *rows = sigs + boxes;
    size_t nrows = 0;
    for (size_t c = 0; c < bl->nc; c++) {
        unsigned f = bl->c[c].flags;
        size_t p = bl->c[c].parent;
        mark[c] = p != NEWSCLEAN_NO_CONTAINER ? mark[p] : 0;
        if (f & NEWSCLEAN_BF_BOILER_HINT) {
            mark[c] |= (f & NEWSCLEAN_BF_WEAK_NAME) ? MARK_WEAK : MARK_STRONG;
        } else if ((f & NEWSCLEAN_BF_WEAK_NAME) && bl->c[c].sig != 0 &&
                   bsearch(&bl->c[c].sig, sigs, boxes, sizeof *sigs, compare_sig)) {
            mark[c] |= MARK_ROW;
            rows[nrows++] = bl->c[c].sig;
        }
    }
    double held = 0, in_rows = 0;
    for (size_t i = 0; i < bl->n; i++) {
        unsigned m = mark[bl->v[i].container];
        if (bl->v[i].score <= 0 || (m & MARK_STRONG))
            continue;
        held += (m & MARK_WEAK) ? bl->v[i].score : 0;
        in_rows += m ? bl->v[i].score : 0;
    }
    if (boxes < 2)
        return;
    if (held >= LAYOUT_MIN_PROSE && held >= WRAPPER_SHARE * total_prose) {
        for (size_t c = 0; c < bl->nc; c++)
            if ((bl->c[c].flags & NEWSCLEAN_BF_WEAK_NAME) && bl->c[c].score > 0)
                bl->c[c].flags &= ~NEWSCLEAN_BF_BOILER_HINT;
        return;
    }
    if (in_rows < LAYOUT_MIN_PROSE || in_rows < WRAPPER_SHARE * total_prose)
        return;
    qsort(rows, nrows, sizeof *rows, compare_sig);
    /* The layout: what lies in an element holding rows of the template. */
    for (size_t c = 0; c < bl->nc; c++)
        mark[c] = 0;
    for (size_t c = 0; c < bl->nc; c++)
        if ((bl->c[c].flags & NEWSCLEAN_BF_WEAK_NAME) &&
            bl->c[c].parent != NEWSCLEAN_NO_CONTAINER &&
            bsearch(&bl->c[c].sig, rows, nrows, sizeof *rows, compare_sig))
            mark[bl->c[c].parent] = 1;
    for (size_t c = 0; c < bl->nc; c++) {
        size_t p = bl->c[c].parent;
        if (p != NEWSCLEAN_NO_CONTAINER && mark[p])
            mark[c] = 1;
        if ((bl->c[c].flags & weak) == weak && bl->c[c].score > 0 && mark[c])
            bl->c[c].flags &= ~NEWSCLEAN_BF_BOILER_HINT;
    }
}

/* Where no container outside chrome holds an article's worth of prose, the one <h1> of
 * the page is its headline, and a box outside the page's header that holds it and prose
 * after it is the article's, whatever its name says: a short story set in a box named
 * like a ticker item or a promo. A page with several h1s (a list of stories, a logo set
 * in one) says nothing by it. Only a fallback: where an article was found elsewhere, such
 * a box is a hero banner or a promotion over it. True if a name was cleared. */
static bool
clear_headline_box_names(newsclean_blocks *bl)
{
    size_t h = SIZE_MAX;
    for (size_t i = 0; i < bl->n; i++) {
        if (bl->v[i].kind != NEWSCLEAN_BLOCK_HEADING || bl->v[i].level != 1)
            continue;
        if (h != SIZE_MAX)
            return false;
        h = i;
    }
    if (h == SIZE_MAX)
        return false;
    bool cleared = false;
    for (size_t c = bl->v[h].container; c != NEWSCLEAN_NO_CONTAINER; c = bl->c[c].parent) {
        unsigned f = bl->c[c].flags;
        if (f & (NEWSCLEAN_BF_IN_HEADER | NEWSCLEAN_BF_DIALOG))
            return cleared;
        if (!(f & NEWSCLEAN_BF_BOILER_HINT))
            continue;
        bool prose = false;
        for (size_t j = h + 1; j < bl->n && inside(bl, bl->v[j].container, c) && !prose; j++)
            prose = bl->v[j].score > 0;
        if (prose) {
            bl->c[c].flags &= ~NEWSCLEAN_BF_BOILER_HINT;
            cleared = true;
        }
    }
    return cleared;
}

/* A chrome-looking name on an element that holds most of the page's prose is a
 * wrapper's name ("story paywall", "with-sidebar"), not chrome. A wrapper holds the
 * page's text, so more than one block of prose, or the headline's <h1>: a footer or a
 * rail holding one long paragraph (a publisher's notice, a legal box) beside a short
 * article is still chrome. Resets the container scores for the second pass. False if
 * out of memory. */
static bool
clear_wrapper_names(newsclean_blocks *bl, double total_prose)
{
    bool *in_post = calloc(bl->nc, sizeof *in_post);
    unsigned char *mark = malloc(bl->nc);
    unsigned *sigs = malloc(bl->nc * sizeof *sigs);
    if (!in_post || !mark || !sigs) {
        free(in_post);
        free(mark);
        free(sigs);
        return false;
    }
    /* mark: 1 once a container holds one block of prose, 2 once it holds more or an h1. */
    memset(mark, 0, bl->nc);
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        bool h1 = b->kind == NEWSCLEAN_BLOCK_HEADING && b->level == 1;
        if (b->score <= 0 && !h1)
            continue;
        for (size_t c = b->container; c != NEWSCLEAN_NO_CONTAINER; c = bl->c[c].parent)
            mark[c] = (mark[c] || h1) ? 2 : 1;
    }
    for (size_t c = 0; c < bl->nc; c++) {
        unsigned f = bl->c[c].flags;
        size_t p = bl->c[c].parent;
        in_post[c] = (f & NEWSCLEAN_BF_IN_ARTICLE) || (p != NEWSCLEAN_NO_CONTAINER && in_post[p]);
        bool mixed =
            (f & NEWSCLEAN_BF_IN_ARTICLE) || (in_post[c] && !(f & NEWSCLEAN_BF_STRONG_HINT));
        double share = mixed ? MIXED_WRAPPER_SHARE : WRAPPER_SHARE;
        if ((f & NEWSCLEAN_BF_BOILER_HINT) && bl->c[c].score > 0 && mark[c] > 1 &&
            bl->c[c].score >= share * total_prose)
            bl->c[c].flags &= ~NEWSCLEAN_BF_BOILER_HINT;
    }
    clear_layout_names(bl, mark, sigs, total_prose);
    for (size_t c = 0; c < bl->nc; c++)
        bl->c[c].score = 0;
    free(in_post);
    free(mark);
    free(sigs);
    return true;
}

/* Second pass: each block adds its weight to every enclosing container, so a
 * container's score is the prose it holds minus the chrome it holds. Past the first
 * ancestor whose class names chrome (comments, related stories), prose counts
 * against. The walk is bounded by the depth limit, so the pass is linear. */
static void
score_containers(newsclean_blocks *bl)
{
    for (size_t i = 0; i < bl->n; i++) {
        double w = bl->v[i].score;
        if (w == 0)
            continue;
        bool past_chrome = false;
        for (size_t c = bl->v[i].container; c != NEWSCLEAN_NO_CONTAINER; c = bl->c[c].parent) {
            if (bl->c[c].flags & NEWSCLEAN_BF_BOILER_HINT)
                past_chrome = true;
            bl->c[c].score += past_chrome && w > 0 ? -w : w;
        }
    }
    for (size_t c = 0; c < bl->nc; c++) {
        /* An <article> or <main> element says where the text is; a small nudge. */
        if (bl->c[c].score > 0 && (bl->c[c].flags & NEWSCLEAN_BF_IN_ARTICLE))
            bl->c[c].score *= 1.1;
    }
}

/* The best-scoring container outside chrome, NEWSCLEAN_NO_CONTAINER if none scores
 * above zero; its score in '*score'. */
static size_t
best_container(const newsclean_blocks *bl, const bool *in_chrome, double *score)
{
    size_t best = NEWSCLEAN_NO_CONTAINER;
    *score = 0;
    for (size_t c = 0; c < bl->nc; c++) {
        if (!in_chrome[c] && bl->c[c].score > *score) {
            *score = bl->c[c].score;
            best = c;
        }
    }
    return best;
}

/* Narrow down to the child that holds nearly everything. Children come after their
 * parent in the list, so one forward scan per level finds the best child. */
static size_t
descend(const newsclean_blocks *bl, const bool *in_chrome, size_t best)
{
    for (;;) {
        size_t child = NEWSCLEAN_NO_CONTAINER;
        double child_score = 0;
        for (size_t c = best + 1; c < bl->nc; c++) {
            if (bl->c[c].parent == best && !in_chrome[c] && bl->c[c].score > child_score) {
                child_score = bl->c[c].score;
                child = c;
            }
        }
        if (child == NEWSCLEAN_NO_CONTAINER || child_score < DESCEND_SHARE * bl->c[best].score)
            return best;
        best = child;
    }
}

/* A list entry that is a sentence with links in it (a reference with its title and DOI
 * linked, a release note crediting its authors) is the article's text, unlike a teaser
 * entry that is one headline-long link: it holds sentence punctuation and words of its
 * own besides its links. A paragraph is not given the same benefit: a post's "filed
 * under ... tagged ..." line has that shape too. */
static bool
linked_prose(const newsclean_block *b)
{
    return b->kind == NEWSCLEAN_BLOCK_LIST_ITEM && b->chars >= LINKED_PROSE_CHARS &&
           b->punct >= 2 && b->chars - b->link_chars >= LINKED_PROSE_OWN_CHARS;
}

/* A paragraph that is a sentence with links in it ("Companies using it are A, B and C.",
 * "Read our guide to choosing a lender.") set between two kept blocks of the article is
 * the article's text, not a line of links: it ends in a full stop and keeps some words
 * out of its links. Menus, tag lines ("Filed under: A, B") and teaser titles seldom end
 * in a full stop, and a call to sign up or subscribe closing the article has nothing of
 * the article after it. */
#define LINKED_SENTENCE_MAX_SHARE 0.85

static bool
linked_sentence(const newsclean_block *b)
{
    if (b->kind != NEWSCLEAN_BLOCK_PARAGRAPH || (b->flags & NEWSCLEAN_BF_IN_CARD) || b->len == 0)
        return false;
    if ((double)b->link_chars > LINKED_SENTENCE_MAX_SHARE * (double)b->chars)
        return false;
    size_t end = b->len;
    /* A closing quotation mark or bracket may follow the sentence's stop. */
    while (end > 0) {
        size_t n = 0;
        uint32_t cp = newsclean_utf8_before(b->text, b->len, end, &n);
        if (n == 0 || !(cp == ')' || cp == '"' || cp == 0x201D || cp == 0x2019 || cp == ' '))
            break;
        end -= n;
    }
    if (end == 0 || b->text[end - 1] != '.')
        return false;
    /* A question or an exclamation beside a link is a call to act ("Like it? Add it to
     * your basket."), a label and a colon before one a pointer to another page ("Also
     * read: ...", "Our standards: ..."). */
    for (size_t k = 0; k < end; k++) {
        char c = b->text[k];
        if (c == '?' || c == '!' || (c == ':' && (k + 1 == end || b->text[k + 1] == ' ')))
            return false;
    }
    return true;
}

/* A caption: a figcaption or table caption, or other text set in a <figure> beside what
 * it shows. Block editors set tables, code listings and quotations in a <figure> of
 * their own, and the text of those is what the figure shows, not a caption of it. (A
 * list in a figure is as often a gallery's or a product box's labels.) */
static bool
figure_caption(const newsclean_block *b)
{
    if (b->kind == NEWSCLEAN_BLOCK_CAPTION)
        return true;
    if (!(b->flags & NEWSCLEAN_BF_IN_FIGURE))
        return false;
    return b->kind != NEWSCLEAN_BLOCK_CELL && b->kind != NEWSCLEAN_BLOCK_PRE &&
           b->kind != NEWSCLEAN_BLOCK_QUOTE;
}

const char newsclean_reason_mostly_links[] = "mostly links";

/* Why a block inside the article is chrome by its own text and links, whatever markup
 * holds it: a caption, a line of links, an interface phrase that is not prose. NULL if
 * it is none of these. Text dumps ask the same of their kept lines. */
static const char *
chrome_text(const newsclean_extractor *ex, newsclean_prune_scratch *scratch,
            const newsclean_block *b)
{
    double density = b->chars ? (double)b->link_chars / (double)b->chars : 0;
    if (figure_caption(b) || newsclean_prune_is_caption_text(ex->prune, scratch, b->text, b->len))
        return "caption";
    /* A dump's link line that its stage kept as the article's is the article's: a list of
     * links a sentence of the article introduces, a linked subheading or a short run of
     * linked lines between kept blocks (textdump.c: introduced_item(),
     * keep_linked_headings(), keep_linked_runs()); a heading whose link is its own address
     * leads to no other page. */
    if (density > 0.5 && b->chars < 300 && b->kind != NEWSCLEAN_BLOCK_CELL && !linked_prose(b) &&
        !(b->flags & (NEWSCLEAN_BF_DUMP_INTRODUCED | NEWSCLEAN_BF_SELF_LINK)))
        return newsclean_reason_mostly_links;
    if (b->score <= 0 && b->chars >= 3 && b->len <= 300 &&
        newsclean_prune_is_noise_text(ex->prune, scratch, b->text, b->len))
        return UI_PHRASE;
    return NULL;
}

/* Keep the blocks of the chosen container and of its siblings that hold prose of their
 * own (the rest of an article split around a figure or an ad, a lead set apart; chrome
 * does not join), less the chrome among them. Returns the characters kept. */
/* Page builders set each heading of an article in a box of its own, named by the
 * builder's weak word ("elementor-widget-heading", "section-heading-widget"). A heading
 * alone in such a box, the box holding nothing else, is the article's subheading when
 * the text right after it is kept; a widget with a title over its own text (a sidebar's
 * "Newsletter" box) holds more than the heading. The heading must pass the tests every
 * kept block passes: a teaser's linked headline set alone in a "teaser" box is a link
 * to another page. */
static const char LONE_HEADING[] = "heading alone in a weakly named box";

static bool
lone_heading(const newsclean_blocks *bl, size_t i, size_t box)
{
    const newsclean_block *b = &bl->v[i];
    if (b->kind != NEWSCLEAN_BLOCK_HEADING)
        return false;
    if (i > 0 && inside(bl, bl->v[i - 1].container, box))
        return false;
    return i + 1 < bl->n && !inside(bl, bl->v[i + 1].container, box);
}

/* Keeps such headings where the block after them was kept. Returns the characters kept. */
static size_t
keep_lone_headings(newsclean_blocks *bl)
{
    size_t kept = 0;
    for (size_t i = 0; i + 1 < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->reason != LONE_HEADING || !bl->v[i + 1].keep)
            continue;
        b->keep = true;
        b->reason = "main content";
        kept += b->chars;
    }
    return kept;
}

static size_t
keep_content(const newsclean_extractor *ex, newsclean_prune_scratch *scratch, newsclean_blocks *bl,
             const bool *in_chrome, size_t best)
{
    size_t parent = bl->c[best].parent;
    double sibling_floor = SIBLING_SHARE * bl->c[best].score;
    if (sibling_floor < SIBLING_MIN)
        sibling_floor = SIBLING_MIN;
    size_t kept_chars = 0;
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        size_t root = NEWSCLEAN_NO_CONTAINER;
        for (size_t c = b->container; c != NEWSCLEAN_NO_CONTAINER; c = bl->c[c].parent) {
            if (c == best || (parent != NEWSCLEAN_NO_CONTAINER && bl->c[c].parent == parent &&
                              !in_chrome[c] && bl->c[c].score >= sibling_floor)) {
                root = c;
                break;
            }
        }
        if (root == NEWSCLEAN_NO_CONTAINER)
            continue;
        const char *chrome = NULL;
        bool weak;
        size_t box = chrome_box(bl, b->container, root, &weak);
        if (box != NEWSCLEAN_NO_CONTAINER) {
            drop(b, "chrome class inside the main content");
            if (weak && lone_heading(bl, i, box) && !chrome_text(ex, scratch, b))
                b->reason = LONE_HEADING;
        } else if ((chrome = chrome_text(ex, scratch, b))) {
            drop(b, chrome);
        } else if (byline_or_date(bl, b) && b->chars < 150) {
            drop(b, BYLINE_OR_DATE_LINE);
        } else if (b->kind != NEWSCLEAN_BLOCK_CELL && newsclean_date_line(ex->dates, b)) {
            drop(b, DATE_LINE);
        } else {
            b->keep = true;
            b->reason = "main content";
            kept_chars += b->chars;
        }
    }
    return kept_chars;
}

/* A list of links that a sentence of the article introduces ("Many patches were sent for
 * review:") and that the article's prose follows is the article's own list: release
 * notes, sources, the works it discusses. Teaser lists stand at the article's foot or
 * under a label, not inside its text. Returns the characters kept. */
#define INTRO_MIN_WORDS 4
static size_t
keep_introduced_lists(newsclean_blocks *bl)
{
    size_t kept = 0, last_prose = SIZE_MAX;
    /* Only list items change below, so the last kept paragraph stays where it is. */
    for (size_t k = 0; k < bl->n; k++)
        if (bl->v[k].keep && bl->v[k].kind == NEWSCLEAN_BLOCK_PARAGRAPH && bl->v[k].score > 0)
            last_prose = k;
    for (size_t i = 1; i < bl->n; i++) {
        const newsclean_block *intro = &bl->v[i - 1];
        if (!intro->keep || intro->kind != NEWSCLEAN_BLOCK_PARAGRAPH ||
            intro->words < INTRO_MIN_WORDS || intro->len == 0 || intro->text[intro->len - 1] != ':')
            continue;
        size_t j = i;
        while (j < bl->n && !bl->v[j].keep && bl->v[j].kind == NEWSCLEAN_BLOCK_LIST_ITEM &&
               bl->v[j].reason == newsclean_reason_mostly_links)
            j++;
        if (j == i)
            continue;
        if (last_prose == SIZE_MAX || last_prose < j)
            continue;
        for (size_t k = i; k < j; k++) {
            bl->v[k].keep = true;
            bl->v[k].reason = "list the text introduces";
            kept += bl->v[k].chars;
        }
        i = j;
    }
    return kept;
}

/* An FAQ makes each question the link or button that opens its answer, so the question
 * reads as a line of links. A heading that asks a question, over an answer the article
 * keeps, is the article's subheading: teasers' linked titles name other pages and are
 * seldom questions, and a blurb under one weighs too little to be kept. (Answers in boxes
 * of one template are kept with their titles by the kind stage; this holds where the
 * questions and answers run loose, or are too few for a template.) */
static bool
question_heading(const newsclean_block *b)
{
    if (b->kind != NEWSCLEAN_BLOCK_HEADING || b->len == 0)
        return false;
    return b->text[b->len - 1] == '?';
}

/* Keeps such questions. Returns the characters kept. */
static size_t
keep_linked_questions(newsclean_blocks *bl)
{
    size_t kept = 0;
    for (size_t i = 0; i + 1 < bl->n; i++) {
        newsclean_block *q = &bl->v[i];
        const newsclean_block *a = &bl->v[i + 1];
        if (q->reason == newsclean_reason_mostly_links && question_heading(q) && a->keep &&
            a->kind != NEWSCLEAN_BLOCK_HEADING && a->score > 0) {
            q->keep = true;
            q->reason = "question over its answer";
            kept += q->chars;
        }
    }
    return kept;
}

/* Keeps linked sentences between two kept blocks. Returns the characters kept. */
static size_t
keep_linked_sentences(newsclean_blocks *bl)
{
    size_t kept = 0;
    for (size_t i = 1; i + 1 < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        const newsclean_block *before = &bl->v[i - 1], *after = &bl->v[i + 1];
        if (b->reason != newsclean_reason_mostly_links || !linked_sentence(b))
            continue;
        if (!before->keep || !after->keep)
            continue;
        b->keep = true;
        b->reason = "linked sentence between paragraphs";
        kept += b->chars;
    }
    return kept;
}

/* A listicle names each entry in a linked subheading (a restaurant, a tool, an event,
 * linked to its own site) over the article's words about it. Such a heading stands
 * loose in the article's own flow: the paragraph under it and prose the article kept
 * before it share its parent element. A teaser's linked title sits in a card or a list
 * box of its own, whose blurb is the only text beside it. Returns the characters kept. */
#define SUBHEAD_LOOKBACK 64
static size_t
keep_linked_subheadings(newsclean_blocks *bl)
{
    size_t kept = 0, first_prose = SIZE_MAX;
    for (size_t i = 0; i + 1 < bl->n; i++) {
        newsclean_block *h = &bl->v[i];
        const newsclean_block *a = &bl->v[i + 1];
        if (first_prose == SIZE_MAX && h->keep && h->kind == NEWSCLEAN_BLOCK_PARAGRAPH &&
            h->score > 0)
            first_prose = i;
        if (h->reason != newsclean_reason_mostly_links || h->kind != NEWSCLEAN_BLOCK_HEADING ||
            h->level < 2 || first_prose == SIZE_MAX || (h->flags & NEWSCLEAN_BF_IN_CARD) ||
            !a->keep || a->kind != NEWSCLEAN_BLOCK_PARAGRAPH || a->score <= 0 ||
            h->container == NEWSCLEAN_NO_CONTAINER || a->container == NEWSCLEAN_NO_CONTAINER)
            continue;
        size_t flow = bl->c[h->container].parent;
        if (flow == NEWSCLEAN_NO_CONTAINER || bl->c[a->container].parent != flow)
            continue;
        /* The entry before it is near: a bounded look back keeps a page of many such
         * headings linear. */
        bool in_flow = false;
        size_t from = i - first_prose > SUBHEAD_LOOKBACK ? i - SUBHEAD_LOOKBACK : first_prose;
        for (size_t k = i; k-- > from && !in_flow;) {
            const newsclean_block *p = &bl->v[k];
            in_flow = p->keep && p->kind == NEWSCLEAN_BLOCK_PARAGRAPH && p->score > 0 &&
                      p->container != NEWSCLEAN_NO_CONTAINER && bl->c[p->container].parent == flow;
        }
        if (!in_flow)
            continue;
        h->keep = true;
        h->reason = "linked subheading over its section";
        kept += h->chars;
    }
    return kept;
}

/* The <li> holding a list item's block, looked for a few elements up: block editors wrap
 * an item's text in an element of its own (<li><p>...</p></li>, a span styled as a
 * paragraph). NEWSCLEAN_NO_CONTAINER for other blocks. */
#define ITEM_TEXT_REACH 3
static size_t
item_of(const newsclean_blocks *bl, const newsclean_block *b)
{
    if (b->kind != NEWSCLEAN_BLOCK_LIST_ITEM)
        return NEWSCLEAN_NO_CONTAINER;
    size_t c = b->container;
    for (unsigned up = 0; c < bl->nc && up < ITEM_TEXT_REACH; up++, c = bl->c[c].parent)
        if (bl->c[c].tag == NEWSCLEAN_TAG_ITEM)
            return c;
    return NEWSCLEAN_NO_CONTAINER;
}

/* The list holding a list item's block (lines split by <br> share their item's list),
 * NEWSCLEAN_NO_CONTAINER for other blocks. An item's text wrapped in an element of its
 * own counts where it is the item's only block: an item of several blocks (a reference's
 * citation over its row of database links) is an entry made of parts, not a line of a
 * list. */
static size_t
list_parent(const newsclean_blocks *bl, const newsclean_block *b)
{
    size_t item = item_of(bl, b);
    if (item == NEWSCLEAN_NO_CONTAINER)
        return NEWSCLEAN_NO_CONTAINER;
    if (item != b->container) {
        size_t i = (size_t)(b - bl->v);
        if ((i > 0 && item_of(bl, b - 1) == item) || (i + 1 < bl->n && item_of(bl, b + 1) == item))
            return NEWSCLEAN_NO_CONTAINER;
    }
    return bl->c[item].parent;
}

/* A list of the article's in which a few items are links (a tool named by its maker's
 * site among tools described in words, a directory's linked names over their addresses,
 * a source list where some entries are a bare linked title and others say what the
 * linked document holds) holds them as its own items: a menu's or a teaser list's items
 * are all links, so none of them is kept. A linked item is kept where its list's kept
 * items, with links in them or not, are at least two and outnumber the linked ones.
 * Returns the characters kept. */
#define TEXT_LIST_MIN_ITEMS 2
#define TEXT_LIST_PER_LINK 1

static size_t
keep_linked_items_of_text_lists(newsclean_blocks *bl)
{
    size_t kept = 0;
    for (size_t i = 0; i < bl->n;) {
        size_t list = list_parent(bl, &bl->v[i]);
        if (list == NEWSCLEAN_NO_CONTAINER) {
            i++;
            continue;
        }
        size_t j = i, own = 0, linked = 0;
        for (; j < bl->n && list_parent(bl, &bl->v[j]) == list; j++) {
            if (bl->v[j].keep)
                own++;
            else if (bl->v[j].reason == newsclean_reason_mostly_links)
                linked++;
        }
        if (linked > 0 && own >= TEXT_LIST_MIN_ITEMS && own > TEXT_LIST_PER_LINK * linked) {
            for (size_t k = i; k < j; k++) {
                if (bl->v[k].reason != newsclean_reason_mostly_links)
                    continue;
                bl->v[k].keep = true;
                bl->v[k].reason = "linked item of a list of text";
                kept += bl->v[k].chars;
            }
        }
        i = j;
    }
    return kept;
}

/* A line of the article that names what comes next and ends with a colon ("Use cases of
 * the service:", a sewing pattern's linked name over its notes) is read as a line of links
 * when its subject is linked. Between two blocks the article keeps, it is the article's
 * own lead-in: a teaser list's label ("Related posts:") stands over links that are
 * dropped, not over kept text. Returns the characters kept. */
static size_t
keep_linked_lead_ins(newsclean_blocks *bl)
{
    size_t kept = 0;
    for (size_t i = 1; i + 1 < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->reason != newsclean_reason_mostly_links || b->kind != NEWSCLEAN_BLOCK_PARAGRAPH ||
            b->len == 0 || b->text[b->len - 1] != ':' || !bl->v[i - 1].keep || !bl->v[i + 1].keep)
            continue;
        b->keep = true;
        b->reason = "linked lead-in to kept text";
        kept += b->chars;
    }
    return kept;
}

/* A block that is a bare web address, as a reference list's entries are. */
static bool
bare_address(const newsclean_block *b)
{
    static const char *const opens[] = {"http://", "https://", "www."};
    for (size_t k = 0; k < sizeof opens / sizeof *opens; k++) {
        size_t n = strlen(opens[k]);
        if (b->len >= n && strncmp(b->text, opens[k], n) == 0)
            return true;
    }
    return false;
}

/* Words of a list entry that names something (a shop, a tool, a page), unlike a button's. */
#define LINK_LIST_NAME_WORDS 3

/* A list whose items are all links, set inside the article's flow with kept text right
 * before and right after it (a guide's list of the tools it names, the shops a product is
 * sold at, the pages a section goes on to), is the article's own list: a menu or a teaser
 * list stands at the article's edge or under a dropped label, so the text on one side of
 * it is not kept. A list right under a heading is a section of links of its own ("More on
 * this"), and a row of one- and two-word items is a row of buttons (share, print). Bare
 * addresses are left out: a list of them is a reference list, which articles keep or not
 * by their own habits. Returns the characters kept. */
static size_t
keep_enclosed_link_lists(newsclean_blocks *bl)
{
    size_t kept = 0;
    for (size_t i = 1; i < bl->n;) {
        size_t list = list_parent(bl, &bl->v[i]);
        if (list == NEWSCLEAN_NO_CONTAINER || bl->v[i].keep ||
            bl->v[i].reason != newsclean_reason_mostly_links || !bl->v[i - 1].keep ||
            bl->v[i - 1].kind == NEWSCLEAN_BLOCK_HEADING) {
            i++;
            continue;
        }
        size_t j = i;
        bool addresses = false, named = false;
        while (j < bl->n && !bl->v[j].keep && bl->v[j].reason == newsclean_reason_mostly_links &&
               list_parent(bl, &bl->v[j]) == list) {
            addresses = addresses || bare_address(&bl->v[j]);
            named = named || bl->v[j].words >= LINK_LIST_NAME_WORDS;
            j++;
        }
        if (j < bl->n && bl->v[j].keep && named && !addresses) {
            for (size_t k = i; k < j; k++) {
                bl->v[k].keep = true;
                bl->v[k].reason = "linked list inside the article's text";
                kept += bl->v[k].chars;
            }
        }
        i = j;
    }
    return kept;
}

/* Prose inside an element named for the author (class "author-block", itemprop=author),
 * or inside a byline block itself. */
static bool
in_author_box(const newsclean_blocks *bl, const newsclean_block *b)
{
    if (b->flags & NEWSCLEAN_BF_BYLINE)
        return true;
    for (size_t c = b->container; c != NEWSCLEAN_NO_CONTAINER; c = bl->c[c].parent)
        if (bl->c[c].flags & NEWSCLEAN_BF_BYLINE)
            return true;
    return false;
}

/* Such prose is the author's biography when the rest of the article far outweighs it: a
 * byline element holds a name and a date, an author box a few sentences about the writer.
 * When it is much of what was kept, the name is on the post's wrapper instead and the
 * prose is the article. Returns the characters dropped. */
#define BIO_MAX_SHARE 0.25
static size_t
drop_author_bios(newsclean_blocks *bl, size_t kept_chars)
{
    size_t bio = 0;
    for (size_t i = 0; i < bl->n; i++)
        if (bl->v[i].keep && in_author_box(bl, &bl->v[i]))
            bio += bl->v[i].chars;
    if (bio == 0 || (double)bio > BIO_MAX_SHARE * (double)kept_chars)
        return 0;
    for (size_t i = 0; i < bl->n; i++)
        if (bl->v[i].keep && in_author_box(bl, &bl->v[i]))
            drop(&bl->v[i], "the author's biography");
    return bio;
}

/* Runs of tiny fragments inside the article (player controls, button rows, tag clouds)
 * are interface, not text. Lists and tables are left alone: a list of ingredients is
 * short items too. A fragment already dropped as an interface phrase between them
 * ("0:00", "Loaded: 0%") counts towards the run: a player's labels are half phrases the
 * lexicon knows ("Current Time 0:00 / Duration 2:31"). Returns the characters dropped. */
static size_t
drop_fragment_runs(newsclean_blocks *bl)
{
    size_t dropped = 0;
    for (size_t i = 0; i < bl->n;) {
        size_t j = i, run = 0, kept = 0;
        while (j < bl->n) {
            const newsclean_block *b = &bl->v[j];
            if (!b->keep) {
                run += b->reason == UI_PHRASE && b->chars < FRAGMENT_CHARS;
                j++;
                continue;
            }
            if (b->kind != NEWSCLEAN_BLOCK_PARAGRAPH || b->chars >= FRAGMENT_CHARS || b->punct > 0)
                break;
            run++;
            kept++;
            j++;
        }
        if (run >= FRAGMENT_RUN && kept >= FRAGMENT_KEPT_MIN) {
            for (size_t k = i; k < j; k++)
                if (bl->v[k].keep) {
                    drop(&bl->v[k], "run of interface fragments");
                    dropped += bl->v[k].chars;
                }
        }
        i = j > i ? j : i + 1;
    }
    return dropped;
}

/* The table holding a cell block, NEWSCLEAN_NO_CONTAINER if none is near: a cell's text
 * sits at most a few elements (a link, a span) inside its td. */
#define CELL_TABLE_REACH 6
static size_t
cell_table(const newsclean_blocks *bl, const newsclean_block *b)
{
    size_t c = b->container;
    for (unsigned up = 0; c != NEWSCLEAN_NO_CONTAINER && up < CELL_TABLE_REACH; up++) {
        if (bl->c[c].tag == NEWSCLEAN_TAG_TABLE)
            return c;
        c = bl->c[c].parent;
    }
    return NEWSCLEAN_NO_CONTAINER;
}

/* A table of links: every cell kept from it is a link and nothing else. Data tables link
 * a name here and there among their figures; a grid of "see also" links links each cell
 * whole. So many cells make a grid rather than a two-link aside. */
#define LINK_TABLE_CELLS 4
static size_t
drop_link_tables(newsclean_blocks *bl)
{
    size_t dropped = 0;
    for (size_t i = 0; i < bl->n; i++) {
        if (!bl->v[i].keep || bl->v[i].kind != NEWSCLEAN_BLOCK_CELL)
            continue;
        size_t table = cell_table(bl, &bl->v[i]);
        if (table == NEWSCLEAN_NO_CONTAINER)
            continue;
        /* The table's cells lie in one run of blocks from here on. */
        size_t cells = 0, linked = 0, z = i;
        for (size_t k = i; k < bl->n && cell_table(bl, &bl->v[k]) == table; k++) {
            z = k;
            const newsclean_block *b = &bl->v[k];
            if (!b->keep || b->kind != NEWSCLEAN_BLOCK_CELL)
                continue;
            cells++;
            linked += b->chars > 0 && b->link_chars == b->chars;
        }
        if (cells >= LINK_TABLE_CELLS && linked == cells) {
            for (size_t k = i; k <= z; k++) {
                if (bl->v[k].keep && bl->v[k].kind == NEWSCLEAN_BLOCK_CELL) {
                    drop(&bl->v[k], "table of links");
                    dropped += bl->v[k].chars;
                }
            }
        }
        i = z;
    }
    return dropped;
}

/* Whether a block's first letter is a lowercase one (Latin, Greek, Cyrillic). */
static bool
opens_lowercase(const newsclean_block *b)
{
    size_t len;
    uint32_t cp = b->len ? newsclean_utf8_decode(b->text, b->len, 0, &len) : 0;
    return newsclean_cp_is_lower(cp);
}

/* A heading that the next heading of its rank or above follows with no block at all
 * between them heads a section of pictures, a video or a gallery ("Screenshots", "Video
 * review"), not a section whose text was dropped: the page's markup holds nothing there
 * that could have been chrome. A next heading that goes on in lowercase is the rest of
 * one sentence set as two headings (a paywall's "To read on" / "and get three articles"),
 * not a new section. Both headings sit in one box: a grid of cards, each a title over
 * a picture, puts each title in a box of its own. */
static bool
heads_media_section(const newsclean_blocks *bl, size_t i, size_t next_kept)
{
    const newsclean_block *b = &bl->v[i];
    if (next_kept != i + 1 || b->words == 0 || b->chars < 2)
        return false;
    const newsclean_block *n = &bl->v[next_kept];
    return n->kind == NEWSCLEAN_BLOCK_HEADING && !prose_heading(n) && n->level <= b->level &&
           !opens_lowercase(n) && b->container != NEWSCLEAN_NO_CONTAINER &&
           n->container != NEWSCLEAN_NO_CONTAINER &&
           bl->c[b->container].parent == bl->c[n->container].parent;
}

/* A heading whose section kept no text ("Related", "About the author", "Contact:")
 * headed something that was dropped. Walking back, 'covered' is the heading level
 * above which kept text lies within the section: text covers every level, a kept
 * h3 covers the h2 above it but not another h3. Returns the characters dropped. */
static size_t
drop_empty_headings(newsclean_blocks *bl)
{
    size_t dropped = 0;
    unsigned covered = 0;
    size_t next_kept = SIZE_MAX;
    for (size_t i = bl->n; i-- > 0;) {
        newsclean_block *b = &bl->v[i];
        if (!b->keep)
            continue;
        size_t after = next_kept;
        next_kept = i;
        if (b->kind != NEWSCLEAN_BLOCK_HEADING || prose_heading(b)) {
            covered = 7;
        } else if (b->level >= covered && !heads_media_section(bl, i, after)) {
            drop(b, "heading of a section with no kept text");
            dropped += b->chars;
        } else {
            covered = b->level;
        }
    }
    return dropped;
}

/* Scoring runs its passes in order: weigh blocks, clear wrapper names, score containers,
 * choose the article's container and narrow it down, keep its content less chrome, then
 * take in the lead and drop related lists, teaser cards, fragment runs and empty
 * headings; a page left with too little text falls back to the tiny-page rule. */
newsclean_status
newsclean_score_blocks(const newsclean_extractor *ex, newsclean_blocks *bl)
{
    if (bl->n == 0 || bl->nc == 0)
        return NEWSCLEAN_OK;
    newsclean_prune_scratch scratch;
    if (!newsclean_prune_scratch_init(&scratch))
        return NEWSCLEAN_ERR_NOMEM;
    for (size_t i = 0; i < bl->nc; i++)
        bl->c[i].score = 0;
    if (!mark_masthead(bl)) {
        newsclean_prune_scratch_free(&scratch);
        return NEWSCLEAN_ERR_NOMEM;
    }
    double total_prose = weigh_blocks(ex, &scratch, bl);
    if (!clear_wrapper_names(bl, total_prose)) {
        newsclean_prune_scratch_free(&scratch);
        return NEWSCLEAN_ERR_NOMEM;
    }
    score_containers(bl);

    /* A container inside chrome (a newsletter box in an aside) is not the article, however
     * well it scores. Parents precede children, so one forward pass marks them. */
    bool *in_chrome = calloc(bl->nc, sizeof *in_chrome);
    if (!in_chrome) {
        newsclean_prune_scratch_free(&scratch);
        return NEWSCLEAN_ERR_NOMEM;
    }
    for (size_t c = 0; c < bl->nc; c++) {
        size_t p = bl->c[c].parent;
        in_chrome[c] = (bl->c[c].flags & NEWSCLEAN_BF_BOILER_HINT) ||
                       (p != NEWSCLEAN_NO_CONTAINER && in_chrome[p]);
    }
    double best_score;
    size_t best = best_container(bl, in_chrome, &best_score);
    if ((best == NEWSCLEAN_NO_CONTAINER || best_score < MIN_ARTICLE_CHARS) &&
        clear_headline_box_names(bl)) {
        for (size_t c = 0; c < bl->nc; c++) {
            size_t p = bl->c[c].parent;
            bl->c[c].score = 0;
            in_chrome[c] = (bl->c[c].flags & NEWSCLEAN_BF_BOILER_HINT) ||
                           (p != NEWSCLEAN_NO_CONTAINER && in_chrome[p]);
        }
        score_containers(bl);
        best = best_container(bl, in_chrome, &best_score);
    }
    for (size_t i = 0; i < bl->n; i++)
        drop(&bl->v[i], "outside the main content");
    if (best == NEWSCLEAN_NO_CONTAINER || best_score < MIN_ARTICLE_CHARS) {
        if (!keep_lone_post(bl))
            keep_tiny_page(ex, &scratch, bl, in_chrome);
        free(in_chrome);
        newsclean_prune_scratch_free(&scratch);
        return NEWSCLEAN_OK;
    }
    best = descend(bl, in_chrome, best);
    size_t kept_chars = keep_content(ex, &scratch, bl, in_chrome, best);
    kept_chars += keep_lead(ex, &scratch, bl, in_chrome);
    kept_chars += keep_introduced_lists(bl);
    kept_chars += keep_lone_headings(bl);
    kept_chars += keep_linked_questions(bl);
    kept_chars += keep_linked_subheadings(bl);
    kept_chars += keep_linked_sentences(bl);
    kept_chars += keep_linked_items_of_text_lists(bl);
    kept_chars += keep_linked_lead_ins(bl);
    kept_chars += keep_enclosed_link_lists(bl);
    kept_chars -= drop_related_sections(ex, &scratch, bl, best);
    kept_chars -= drop_nested_teasers(bl, best);
    kept_chars -= drop_card_teasers(bl);
    kept_chars -= drop_nested_card_runs(bl, best);
    kept_chars -= drop_author_bios(bl, kept_chars);
    kept_chars -= drop_restated_summary(bl);
    kept_chars -= drop_prompt_boxes(bl);
    kept_chars -= drop_release_tail(bl);
    size_t repeated = drop_repeated_runs(bl);
    if (repeated == SIZE_MAX) {
        free(in_chrome);
        newsclean_prune_scratch_free(&scratch);
        return NEWSCLEAN_ERR_NOMEM;
    }
    kept_chars -= repeated;
    kept_chars -= drop_fragment_runs(bl);
    kept_chars -= drop_link_tables(bl);
    kept_chars -= drop_empty_headings(bl);
    if (kept_chars < MIN_ARTICLE_CHARS) {
        for (size_t i = 0; i < bl->n; i++)
            if (bl->v[i].keep)
                drop(&bl->v[i], "too little text for an article");
        if (!keep_lone_post(bl))
            keep_tiny_page(ex, &scratch, bl, in_chrome);
    }
    free(in_chrome);
    newsclean_prune_scratch_free(&scratch);
    return NEWSCLEAN_OK;
}

/* Whether a dump's line outside the core may be taken in with the text around it: not
 * settled by the dump's stage (metadata, a phrase), not the end of an article. */
static bool
dump_open(const newsclean_block *b)
{
    return !(b->flags & (NEWSCLEAN_BF_DUMP_SET | NEWSCLEAN_BF_DUMP_END | NEWSCLEAN_BF_DUMP_CORE));
}

/* A dump's line in a stretch that joins the core: text the dump weighs positive, a list
 * item, or a short title right above a paragraph; never a line whose shape says chrome. */
static bool
dump_join_line(const newsclean_block *b, const newsclean_block *next)
{
    if (b->flags & NEWSCLEAN_BF_DUMP_CHROME)
        return false;
    if (b->score > 0)
        return true;
    if (b->words < 2)
        return false;
    return b->kind == NEWSCLEAN_BLOCK_LIST_ITEM ||
           (next && next->score > 0 && b->chars <= 80 && b->punct == 0);
}

/* Words of prose, net of the short lines between, that a stretch next to a dump's core
 * must hold to join it: a sentence's worth. */
#define DUMP_JOIN_WORDS 8.0

/* The lines next to a dump's core that its densest-run search left out, decided as an
 * HTML page's siblings of the article are: a stretch of lines up to the next article end
 * (comments, copyright, a "Related" heading) or settled line joins the core when its
 * lines, by the values the dump's stage gave them, weigh DUMP_JOIN_WORDS of prose net of
 * chrome. Wrapped dumps break articles at every run of short lines (a table, a list of
 * tools, a code sample), where the core's search ends. Returns the lines kept. */
static size_t
join_dump_stretches(newsclean_blocks *bl, size_t from)
{
    size_t s = bl->n, e = 0, kept = 0;
    for (size_t i = from; i < bl->n; i++) {
        if (bl->v[i].flags & NEWSCLEAN_BF_DUMP_CORE) {
            s = i < s ? i : s;
            e = i;
        }
    }
    if (s == bl->n)
        return 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        /* Walk away from the core, remembering the heaviest prefix of the stretch. */
        double sum = 0, best = 0;
        size_t far = SIZE_MAX;
        for (size_t i = dir > 0 ? e + 1 : s - 1; i >= from && i < bl->n; i += (size_t)dir) {
            const newsclean_block *b = &bl->v[i];
            if (!dump_open(b))
                break;
            sum += b->score;
            if (sum > best) {
                best = sum;
                far = i;
            }
            if (i == from)
                break;
        }
        if (far == SIZE_MAX || best < DUMP_JOIN_WORDS)
            continue;
        size_t a = dir > 0 ? e + 1 : far, z = dir > 0 ? far : s - 1;
        for (size_t i = a; i <= z; i++) {
            newsclean_block *b = &bl->v[i];
            if (dump_join_line(b, i + 1 <= z ? &bl->v[i + 1] : NULL)) {
                b->keep = true;
                b->reason = "joins the core";
                kept++;
            }
        }
    }
    return kept;
}

newsclean_status
newsclean_score_text_blocks(const newsclean_extractor *ex, newsclean_blocks *bl, size_t from)
{
    newsclean_prune_scratch scratch;
    if (!newsclean_prune_scratch_init(&scratch))
        return NEWSCLEAN_ERR_NOMEM;
    join_dump_stretches(bl, from);
    for (size_t i = from; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        /* Only lines the dump's stage did not weigh as prose: a paragraph that reads
         * like a caption inside a dump's article is still the article's. */
        const char *chrome = b->keep && b->score <= 0 ? chrome_text(ex, &scratch, b) : NULL;
        if (chrome)
            drop(b, chrome);
    }
    newsclean_prune_scratch_free(&scratch);
    return NEWSCLEAN_OK;
}
