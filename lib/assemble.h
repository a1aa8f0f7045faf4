/* assemble.h: the article record built from scored blocks and metadata. */
#ifndef NEWSCLEAN_ASSEMBLE_H
#define NEWSCLEAN_ASSEMBLE_H

#include "article.h"
#include "blocks.h"

/* Join the kept blocks into the body (paragraphs split by one blank line), leaving out
 * every block that repeats the headline, wherever it stands, and a byline repeated among
 * the first three (see newsclean_assemble_takes). Sets a->body and a->body_len. */
newsclean_status newsclean_assemble_body(const newsclean_blocks *blocks, newsclean_article *a);

/* Does the body take kept block 'b', 'emitted' blocks having gone before it? Not when it
 * repeats the headline (anywhere), or the byline within the first three blocks. */
bool newsclean_assemble_takes(const newsclean_block *b, const newsclean_meta *m, size_t emitted);

/* What goes between two blocks the body takes one after the other: a blank line, but a
 * tab between cells of one table row. */
const char *newsclean_assemble_separator(const newsclean_blocks *bl, const newsclean_block *prev,
                                         const newsclean_block *b);

/* A report of every block with its score and verdict, for newsclean_article_explain. */
newsclean_status newsclean_assemble_explain(const newsclean_blocks *blocks, newsclean_article *a);

#endif /* NEWSCLEAN_ASSEMBLE_H */
