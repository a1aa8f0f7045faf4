/* facts.h: what the metadata and dates stages read of an HTML page, gathered by the one
 * walk over the tree that also makes the blocks (dom.c). The walk asks each element of the
 * readers below in document order, under the extractor's depth limit and one node limit
 * (page_limits.h); the stages then weigh what was gathered without walking the tree again. */
#ifndef NEWSCLEAN_FACTS_H
#define NEWSCLEAN_FACTS_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "dates.h"
#include "tags.h"

struct json_t;
struct newsclean_head_facts; /* meta.c: <title>, meta tags, JSON-LD fields, lang, byline */
struct newsclean_date_facts; /* dates_html.c: date signals and where they stand */

/* One JSON-LD <script>, read once for both readers. */
typedef struct newsclean_jsonld {
    const xmlNode *script;
    size_t len;          /* bytes of its text */
    struct json_t *root; /* the parsed object or array, NULL if none; owned */
    char *broken;        /* the text, kept only when it would not parse; owned */
} newsclean_jsonld;

/* The readers an element's subtree is still of interest to. */
#define NEWSCLEAN_READ_HEAD (1u << 0)
#define NEWSCLEAN_READ_DATES (1u << 1)

/* What the walk carries down the tree for the readers. */
typedef struct {
    unsigned readers;    /* NEWSCLEAN_READ_* */
    unsigned date_flags; /* the dates reader's inherited context */
} newsclean_fact_frame;

typedef struct {
    struct newsclean_head_facts *head;
    struct newsclean_date_facts *dates;
    newsclean_jsonld *ld;
    size_t n_ld;
    size_t nodes;       /* nodes read so far, up to NEWSCLEAN_MAX_FACT_NODES */
    unsigned max_depth; /* the extractor's */
} newsclean_page_facts;

/* Set up empty facts for one page. False if out of memory. */
bool newsclean_facts_init(newsclean_page_facts *f, const struct newsclean_date_rules *dates,
                          unsigned max_depth);
void newsclean_facts_free(newsclean_page_facts *f);

/* The frame of the document itself: every reader listening. */
newsclean_fact_frame newsclean_facts_top(void);

/* Read element 'el' (looked up as 'id', tags.h) under 'parent'; '*child' receives the frame for its
 * children. True if some reader wants them. */
bool newsclean_facts_element(newsclean_page_facts *f, const newsclean_fact_frame *parent,
                             xmlNode *el, newsclean_el id, newsclean_fact_frame *child);

/* Read a text node under the frame of its element. */
void newsclean_facts_text(newsclean_page_facts *f, const newsclean_fact_frame *fr,
                          const xmlNode *text);

/* Read the children of 'parent' (at nesting 'depth') and all below: for the parts of the
 * page the block walk does not enter. */
void newsclean_facts_walk(newsclean_page_facts *f, xmlNode *parent, const newsclean_fact_frame *fr,
                          unsigned depth);

#endif /* NEWSCLEAN_FACTS_H */
