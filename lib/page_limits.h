/* page_limits.h: the bounds every stage keeps on one page, in one place. Each says why it is
 * where it is; none is reached by a real page, and each keeps a hostile one linear. */
#ifndef NEWSCLEAN_PAGE_LIMITS_H
#define NEWSCLEAN_PAGE_LIMITS_H

#include <stddef.h>

/* Larger inputs are not web pages (NEWSCLEAN_LIMIT_INPUT_BYTES). */
#define NEWSCLEAN_DEFAULT_MAX_INPUT_BYTES ((size_t)64 << 20)
/* Element nesting the walk follows (NEWSCLEAN_LIMIT_DEPTH): real layouts nest 30-60 deep;
 * 256 leaves room and bounds the walk's recursion. Deeper elements are skipped by every
 * stage alike, since one walk reads the page for all of them. */
#define NEWSCLEAN_DEFAULT_MAX_DEPTH 256u
/* Every stage takes time linear in the input, 10 MB a second or more on one core, so a
 * page that takes ten seconds is hostile or the machine is starved; either way the batch
 * it is in must go on (NEWSCLEAN_LIMIT_MILLISECONDS). */
#define NEWSCLEAN_DEFAULT_MAX_MILLISECONDS 10000u
/* Memory one extraction may take at its peak, as estimated before the tree is built: a
 * page of 50 MB of prose fits, as does one of nearly a million short paragraphs
 * (NEWSCLEAN_LIMIT_MEMORY_BYTES). */
#define NEWSCLEAN_DEFAULT_MAX_MEMORY_BYTES ((size_t)512 << 20)

/* Nodes (elements and texts) the walk reads page facts from: head metadata, JSON-LD and
 * date signals. A page has a few thousand; past this many the rest of a hostile page
 * gives no more facts (its blocks are still made). */
#define NEWSCLEAN_MAX_FACT_NODES 300000u
/* A JSON-LD script larger than this is a data dump, not metadata, and is not parsed (a
 * real one is a few KB). */
#define NEWSCLEAN_MAX_JSONLD_BYTES ((size_t)1 << 20)
/* JSON-LD bytes per page the dates stage reads, all scripts together. */
#define NEWSCLEAN_MAX_JSONLD_TOTAL ((size_t)4 << 20)
/* JSON-LD nesting followed, and objects examined per page. */
#define NEWSCLEAN_MAX_JSONLD_DEPTH 8
#define NEWSCLEAN_MAX_JSONLD_ITEMS 500

/* Quotation marks in a body past which quotes are not looked for: the quote stage keeps
 * several hundred bytes per mark, and an article has a few hundred marks, not thousands. */
#define NEWSCLEAN_MAX_QUOTE_MARKS 50000u

#endif /* NEWSCLEAN_PAGE_LIMITS_H */
