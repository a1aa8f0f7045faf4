/* quotes.h: direct quotations in the body and who said them. */
#ifndef NEWSCLEAN_QUOTES_H
#define NEWSCLEAN_QUOTES_H

#include <stdbool.h>
#include <stddef.h>

#include "article.h"

/* The speakers' word lists (hash tables), built once per extractor, read-only after. */
struct newsclean_quote_rules;

struct newsclean_quote_rules *newsclean_quote_rules_new(void);
void newsclean_quote_rules_free(struct newsclean_quote_rules *r);

/* Find the direct quotations in 'body' (UTF-8, paragraphs separated by "\n\n") and
 * append them in order to 'out', offsets relative to 'body'. 'language' is the page's
 * declared language or NULL. False only if out of memory. */
bool newsclean_quotes_find(const struct newsclean_quote_rules *r, const char *body, size_t len,
                           const char *language, newsclean_quote_list *out);

#endif /* NEWSCLEAN_QUOTES_H */
