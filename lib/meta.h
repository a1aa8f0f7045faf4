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

/* Remove a site-name suffix or prefix (" | Site", " - Site", "Site: ") from a title,
 * given the site name if known (may be NULL). Returns the kept length of 'title'
 * and its start offset in '*start'. */
size_t newsclean_meta_strip_site(const char *title, size_t len, const char *site, size_t *start);

/* Equal ignoring case, spaces and the punctuation style (curly or straight quotes,
 * dashes): a <title> and an h1, or a heading and the headline, often differ only so.
 * NULL equals nothing. */
bool newsclean_meta_same_text(const char *a, const char *b);

/* Strip a leading "By"/"Von"/"Par"/"Por"/"Di"/"Door" and trailing separators from a
 * byline text, in place; returns the new length. */
size_t newsclean_meta_clean_byline(char *s, size_t len);

#endif /* NEWSCLEAN_META_H */
