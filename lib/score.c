/* score.c: main-content selection. Each prose block scores its enclosing containers
 * (text length, sentence punctuation, few links), in the manner of Readability's
 * ancestor scoring; the best container and those of its siblings that score alike make
 * the article, and blocks inside it are then dropped one by one if they are chrome. */
#include "score.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "prune.h"

/* A block shorter than this is not evidence of prose on its own. */
#define MIN_SCORING_CHARS 25
/* How many ancestor levels a block's score reaches, with the weight at each. */
#define ANCESTOR_LEVELS 5
static const double level_weight[ANCESTOR_LEVELS] = {1.0, 1.0, 0.5, 1.0 / 6, 1.0 / 9};
/* Siblings of the best container join the article when they score this share of it. */
#define SIBLING_SHARE 0.2
/* Below this, the page holds no article (front pages, lists, error pages). */
#define MIN_ARTICLE_SCORE 1.0
#define MIN_ARTICLE_CHARS 25

typedef struct {
    double chars; /* text chars in the subtree */
    double links; /* link chars in the subtree */
} subtree;

static double
block_score(const newsclean_block *b)
{
    if (b->chars < MIN_SCORING_CHARS)
        return 0;
    if (b->kind == NEWSCLEAN_BLOCK_HEADING || b->kind == NEWSCLEAN_BLOCK_CAPTION)
        return 0;
    double density = b->chars ? (double)b->link_chars / (double)b->chars : 0;
    double s = 1.0 + fmin((double)b->chars / 100.0, 3.0) + fmin((double)b->punct * 0.5, 5.0);
    s *= (1.0 - density) * (1.0 - density);
    if (b->kind == NEWSCLEAN_BLOCK_LIST_ITEM || b->kind == NEWSCLEAN_BLOCK_CELL)
        s *= 0.5; /* lists and tables are more often menus than prose */
    return s;
}

/* True if 'c' is 'root' or lies inside it. */
static bool
inside(const newsclean_blocks *bl, size_t c, size_t root)
{
    for (; c != NEWSCLEAN_NO_CONTAINER; c = bl->c[c].parent)
        if (c == root)
            return true;
    return false;
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

static void
drop(newsclean_block *b, const char *why)
{
    b->keep = false;
    b->reason = why;
}

newsclean_status
newsclean_score_blocks(const newsclean_extractor *ex, newsclean_blocks *bl)
{
    if (bl->n == 0 || bl->nc == 0)
        return NEWSCLEAN_OK;
    size_t bytes;
    if (!newsclean_size_mul(bl->nc, sizeof(subtree), &bytes))
        return NEWSCLEAN_ERR_NOMEM;
    subtree *st = calloc(bl->nc, sizeof *st);
    if (!st)
        return NEWSCLEAN_ERR_NOMEM;
    for (size_t i = 0; i < bl->nc; i++)
        bl->c[i].score = 0;

    /* One pass over blocks: subtree text totals along the whole ancestor chain (bounded
     * by the depth limit) and prose scores to the nearest few ancestors. */
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        b->score = block_score(b);
        size_t level = 0;
        for (size_t c = b->container; c != NEWSCLEAN_NO_CONTAINER; c = bl->c[c].parent, level++) {
            st[c].chars += (double)b->chars;
            st[c].links += (double)b->link_chars;
            if (level < ANCESTOR_LEVELS)
                bl->c[c].score += b->score * level_weight[level];
        }
    }

    size_t best = NEWSCLEAN_NO_CONTAINER;
    double best_score = 0;
    for (size_t c = 0; c < bl->nc; c++) {
        newsclean_container *k = &bl->c[c];
        if (k->score <= 0)
            continue;
        double s = k->score;
        if (k->flags & NEWSCLEAN_BF_IN_ARTICLE)
            s *= 1.3;
        else if (k->flags & NEWSCLEAN_BF_CONTENT_HINT)
            s *= 1.15;
        if (k->flags & NEWSCLEAN_BF_BOILER_HINT)
            s *= 0.3;
        double density = st[c].chars > 0 ? st[c].links / st[c].chars : 0;
        s *= 1.0 - density;
        k->score = s;
        if (s > best_score) {
            best_score = s;
            best = c;
        }
    }

    for (size_t i = 0; i < bl->n; i++)
        drop(&bl->v[i], "outside the main content");
    if (best == NEWSCLEAN_NO_CONTAINER || best_score < MIN_ARTICLE_SCORE) {
        free(st);
        return NEWSCLEAN_OK;
    }

    /* Siblings of the best container that score alike are parts of the same article
     * split by an ad box or a figure. */
    size_t parent = bl->c[best].parent;
    double sibling_floor = fmax(10.0, best_score * SIBLING_SHARE);
    bool *root = calloc(bl->nc, sizeof *root);
    if (!root) {
        free(st);
        return NEWSCLEAN_ERR_NOMEM;
    }
    root[best] = true;
    if (parent != NEWSCLEAN_NO_CONTAINER) {
        for (size_t c = 0; c < bl->nc; c++) {
            if (c != best && bl->c[c].parent == parent && bl->c[c].score >= sibling_floor &&
                !(bl->c[c].flags & NEWSCLEAN_BF_BOILER_HINT))
                root[c] = true;
        }
    }

    newsclean_prune_scratch scratch;
    if (!newsclean_prune_scratch_init(&scratch)) {
        free(root);
        free(st);
        return NEWSCLEAN_ERR_NOMEM;
    }
    size_t kept_chars = 0;
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        size_t top = NEWSCLEAN_NO_CONTAINER;
        for (size_t c = b->container; c != NEWSCLEAN_NO_CONTAINER; c = bl->c[c].parent)
            if (root[c]) {
                top = c;
                break;
            }
        if (top == NEWSCLEAN_NO_CONTAINER)
            continue;
        double density = b->chars ? (double)b->link_chars / (double)b->chars : 0;
        if (chrome_between(bl, b->container, top) && !inside(bl, best, b->container)) {
            drop(b, "chrome class inside the main content");
        } else if (b->kind == NEWSCLEAN_BLOCK_CAPTION || (b->flags & NEWSCLEAN_BF_IN_FIGURE)) {
            drop(b, "caption");
        } else if (density > 0.5 && b->chars < 300) {
            drop(b, "mostly links");
        } else if (newsclean_prune_is_noise_text(ex->prune, &scratch, b->text, b->len)) {
            drop(b, "UI phrase");
        } else if ((b->flags & (NEWSCLEAN_BF_BYLINE | NEWSCLEAN_BF_DATELINE)) && b->chars < 150) {
            drop(b, "byline or date line");
        } else {
            b->keep = true;
            b->reason = "main content";
            kept_chars += b->chars;
        }
    }
    if (kept_chars < MIN_ARTICLE_CHARS) {
        for (size_t i = 0; i < bl->n; i++)
            if (bl->v[i].keep)
                drop(&bl->v[i], "too little text for an article");
    }
    newsclean_prune_scratch_free(&scratch);
    free(root);
    free(st);
    return NEWSCLEAN_OK;
}
