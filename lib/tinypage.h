/* tinypage.h: a page with no article whose readable text is only a few words is kept
 * whole: those words are what the page says (a notice, a stub, a page of two headings).
 * A longer page without an article is a front page or a list and stays empty. HTML pages
 * and text dumps both decide so here. */
#ifndef NEWSCLEAN_TINYPAGE_H
#define NEWSCLEAN_TINYPAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "blocks.h"

/* Readable text, in code points, up to which a page counts as tiny. */
#define NEWSCLEAN_TINY_PAGE_CHARS 120

/* Whether a reader would read block 'b' if the page held nothing else (not chrome, not a
 * caption, not an interface phrase); each path says so in its own terms. */
typedef bool (*newsclean_readable_fn)(const void *ctx, const newsclean_block *b);

/* If the readable blocks from index 'from' on hold some text and no more than
 * NEWSCLEAN_TINY_PAGE_CHARS, keep them all and return true; otherwise change nothing. */
bool newsclean_tiny_page_keep(newsclean_blocks *bl, size_t from, newsclean_readable_fn readable,
                              const void *ctx);

#endif /* NEWSCLEAN_TINYPAGE_H */
