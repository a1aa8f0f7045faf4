/* score.h: choose the blocks that make up the main content of an HTML page. */
#ifndef NEWSCLEAN_SCORE_H
#define NEWSCLEAN_SCORE_H

#include "article.h"
#include "blocks.h"

/* Score every block and container and set block.keep/reason/score. Reads only the
 * block list, so any input that becomes blocks can be scored. */
newsclean_status newsclean_score_blocks(const newsclean_extractor *ex, newsclean_blocks *blocks);

#endif /* NEWSCLEAN_SCORE_H */
