/* article.h: the extraction result and the extractor, as the stages see them. */
#ifndef NEWSCLEAN_ARTICLE_H
#define NEWSCLEAN_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>

#include "newsclean.h"
#include "blocks.h"
#include "kind.h"

struct newsclean_prune_rules;    /* prune.h */
struct newsclean_date_rules;     /* dates.h */
struct newsclean_quote_rules;    /* quotes.h */
struct newsclean_textdump_rules; /* textdump.h */

/* Read-only after newsclean_extractor_new(): every field is shared by all threads. */
struct newsclean_extractor {
    unsigned options;
    size_t max_input_bytes;
    unsigned max_depth;
    size_t max_milliseconds; /* SIZE_MAX: no time limit */
    size_t max_memory_bytes;
    struct newsclean_prune_rules *prune;
    struct newsclean_date_rules *dates;
    struct newsclean_quote_rules *quotes;
    struct newsclean_textdump_rules *textdump;
    struct newsclean_kind_rules *kind; /* kind.c's path, type and class words */
};

typedef struct {
    char *text;    /* without the marks, owned */
    char *speaker; /* owned, NULL when the text does not say */
    char *cue;     /* attributing verb, owned, NULL if none */
    size_t offset; /* byte offset of 'text' in the body */
    size_t length; /* byte length of the quoted span in the body */
} newsclean_quote;

typedef struct {
    newsclean_quote *v;
    size_t n, cap;
} newsclean_quote_list;

void newsclean_quote_list_free(newsclean_quote_list *q);
/* Append a quote, taking ownership of text/speaker/cue (all freed on failure). */
bool newsclean_quote_list_push(newsclean_quote_list *q, char *text, char *speaker, char *cue,
                               size_t offset, size_t length);

/* Metadata as found on the page; every string owned, NULL when unknown. */
typedef struct {
    char *headline;
    char *timestamp;
    char *modified;
    char *byline;
    char *site;
    char *language;
    char *url;
    char *description;
    char *image; /* the lead image's URL (og:image, JSON-LD image, or a large kept image) */
} newsclean_meta;

void newsclean_meta_clear(newsclean_meta *m);
/* Replace *slot with a copy of n bytes of s (whitespace collapsed); false if out of memory. */
bool newsclean_meta_set(char **slot, const char *s, size_t n);

struct newsclean_article {
    newsclean_meta meta;
    char *body; /* never NULL once built */
    size_t body_len;
    newsclean_quote_list quotes;
    char *explain;                         /* NULL unless NEWSCLEAN_OPT_EXPLAIN */
    struct newsclean_structure *structure; /* NULL unless NEWSCLEAN_OPT_STRUCTURE */
    newsclean_page_kind kind;
    double kind_prob;                      /* the model's probability for 'kind' */
    newsclean_kind_features kind_features; /* what 'kind' was decided from */
};

/* The argument check every renderer starts with: false without an article or a place
 * for the output (the call is then NEWSCLEAN_ERR_INVALID_ARG). '*out' is set to NULL
 * whenever 'out' is given, so a failed call leaves no stale pointer. */
static inline bool
newsclean_render_args(const newsclean_article *a, char **out)
{
    if (!out)
        return false;
    *out = NULL;
    return a != NULL;
}

#endif /* NEWSCLEAN_ARTICLE_H */
