/* assemble.h: the article record built from scored blocks and metadata. */
#ifndef NEWSCLEAN_ASSEMBLE_H
#define NEWSCLEAN_ASSEMBLE_H

#include "article.h"
#include "blocks.h"

/* Join the kept blocks into the body (paragraphs split by one blank line), after
 * newsclean_assemble_drop_echoes. Sets a->body and a->body_len. */
newsclean_status newsclean_assemble_body(newsclean_blocks *blocks, newsclean_article *a);

/* Drop the kept blocks that only echo the record's headline (see
 * newsclean_headline_drop_echoes) or, near the top, its byline, saying so in their
 * reason for --explain. The structure builders read what is left. */
void newsclean_assemble_drop_echoes(newsclean_blocks *blocks, const newsclean_meta *m);

/* What goes between two blocks the body takes one after the other: a blank line, but a
 * tab between cells of one table row. */
const char *newsclean_assemble_separator(const newsclean_blocks *bl, const newsclean_block *prev,
                                         const newsclean_block *b);

/* A report of every block with its score and verdict, for newsclean_article_explain. */
newsclean_status newsclean_assemble_explain(const newsclean_blocks *blocks, newsclean_article *a);

#endif /* NEWSCLEAN_ASSEMBLE_H */
