/* meta.h: headline, byline, site, language, URL and description of an HTML page. */
#ifndef NEWSCLEAN_META_H
#define NEWSCLEAN_META_H

#include <libxml/tree.h>

#include "article.h"
#include "blocks.h"

/* Fill 'meta' from the document's head, JSON-LD and visible headings, choosing the
 * headline in agreement with the scored blocks (the article's own h1 wins when the
 * <title> differs from it only by a site suffix). Dates come from dates.h. 'url' may be
 * NULL. */
newsclean_status newsclean_meta_from_html(const newsclean_extractor *ex, xmlDocPtr doc,
                                          const newsclean_blocks *blocks, const char *url,
                                          newsclean_meta *meta);

#endif /* NEWSCLEAN_META_H */
