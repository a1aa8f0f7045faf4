/* meta.h: headline, byline, site, language, URL and description of an HTML page. */
#ifndef NEWSCLEAN_META_H
#define NEWSCLEAN_META_H

#include <libxml/tree.h>

#include "article.h"
#include "blocks.h"
#include "facts.h"

struct newsclean_date_rules;
struct newsclean_head_facts;
struct newsclean_jsonld;

/* The metadata stage's part of the page facts (facts.h): <title>, meta tags, the fields
 * of article JSON-LD, <html lang>, rel=canonical and the first byline-like element, each
 * the first of its kind the walk meets. 'dates' cuts a date off a byline. */
struct newsclean_head_facts *newsclean_head_facts_new(const struct newsclean_date_rules *dates);
void newsclean_head_facts_free(struct newsclean_head_facts *f);

/* Read element 'el' (looked up as 'id', tags.h; 'ld' its JSON-LD when it is such a script, else
 * NULL); true if its children may hold more head facts. */
bool newsclean_head_facts_element(struct newsclean_head_facts *f, xmlNode *el, newsclean_el id,
                                  const struct newsclean_jsonld *ld);

/* Fill 'meta' (all but the dates) from the page facts, choosing the headline in agreement
 * with the scored blocks (the article's own h1 wins when the <title> differs from it only
 * by a site suffix). 'url' may be NULL. */
newsclean_status newsclean_meta_from_facts(const newsclean_page_facts *facts,
                                           const newsclean_blocks *blocks, const char *url,
                                           newsclean_meta *meta);

#endif /* NEWSCLEAN_META_H */
