/* textdump.h: pages a scraper already flattened to text, turned into blocks. */
#ifndef NEWSCLEAN_TEXTDUMP_H
#define NEWSCLEAN_TEXTDUMP_H

#include <stdbool.h>
#include <stddef.h>

#include "article.h"
#include "blocks.h"
#include "dates.h"

/* Compiled noise-phrase table (pcre2) and stopword set, built once per extractor,
 * read-only after. */
struct newsclean_textdump_rules;

struct newsclean_textdump_rules *newsclean_textdump_rules_new(void);
void newsclean_textdump_rules_free(struct newsclean_textdump_rules *r);

/* Split a UTF-8 text dump into blocks (one per paragraph or line), decide for each
 * whether it belongs to the article (block.keep, block.reason, block.score) and fill
 * meta->headline, meta->timestamp and meta->byline where the dump shows them.
 * Kept blocks, in order, joined by "\n\n", are the body. */
newsclean_status newsclean_textdump_extract(const struct newsclean_textdump_rules *r,
                                            const struct newsclean_date_rules *dates,
                                            const char *text, size_t len, newsclean_blocks *blocks,
                                            newsclean_meta *meta);

#endif /* NEWSCLEAN_TEXTDUMP_H */
