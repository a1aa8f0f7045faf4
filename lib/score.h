/* score.h: choose the blocks that make up the main content of an HTML page. */
#ifndef NEWSCLEAN_SCORE_H
#define NEWSCLEAN_SCORE_H

#include "article.h"
#include "blocks.h"

/* Score every block and container and set block.keep/reason/score. Reads only the
 * block list, so any input that becomes blocks can be scored. */
newsclean_status newsclean_score_blocks(const newsclean_extractor *ex, newsclean_blocks *blocks);

/* The reason scoring gives a block dropped for being mostly links. Later stages that take
 * such blocks back find them by comparing a block's reason with this address. */
extern const char newsclean_reason_mostly_links[];

/* The share of scoring that a text dump's lines go through once the dump's own stage has
 * chosen its core and marked its lines (blocks.h, NEWSCLEAN_BF_DUMP_*), from index 'from'
 * on: the stretches next to the core that hold prose net of the short lines between join
 * it, as an HTML article's siblings do; then each kept line the dump's stage did not weigh
 * as prose and that is chrome by its own text and links (a caption, a line of links, an
 * interface phrase) is dropped, as inside an HTML page's article. */
newsclean_status newsclean_score_text_blocks(const newsclean_extractor *ex,
                                             newsclean_blocks *blocks, size_t from);

#endif /* NEWSCLEAN_SCORE_H */
