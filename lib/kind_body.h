/* kind_body.h: the main content of pages that are not articles. */
#ifndef NEWSCLEAN_KIND_BODY_H
#define NEWSCLEAN_KIND_BODY_H

#include <stdbool.h>

#include "blocks.h"
#include "facts.h"
#include "kind.h"

struct newsclean_date_rules;

/* Widen or narrow the scored blocks' choice to what a page of 'kind' holds as its main
 * content: a listing's or collection's entries, a product's description and
 * specification, a service page's sections. An article's blocks are left as they are.
 * 'prob' is the model's probability for 'kind'; 'html' is false for text dumps, whose
 * blocks carry no markup hints. 'dates' (may be NULL) finds the dates in a thread's post
 * stamps ("answered May 2, 2024"), which are dropped. */
void newsclean_kind_body(newsclean_blocks *bl, newsclean_page_kind kind, double prob, bool html,
                         const struct newsclean_date_rules *dates);

/* A text dump of a page of 'kind' that holds no article (no block kept): its lines that
 * read on their own become its body, a listing's entries or a service page's offers
 * with the menus, links and phrases of noise left out, where an empty body would say
 * the page held nothing. An article's dump is left as it is. 'read' is the kind the
 * dump's own model reported (the tool model for a tool's dump, else 'kind' itself) and
 * 'prob' its probability: sure enough of another kind, it overrules an article. */
void newsclean_kind_body_dump(newsclean_blocks *bl, newsclean_page_kind kind,
                              newsclean_page_kind read, double prob);

/* The description a page's JSON-LD "Product" carries, tags taken out, or NULL if it has
 * none that reads as prose (or out of memory). The caller frees it. */
char *newsclean_kind_ld_description(const newsclean_page_facts *f);

/* On a page of 'kind' product whose kept blocks lack most words of 'desc' (from
 * newsclean_kind_ld_description, may be NULL), add its paragraphs to the body as kept
 * blocks after the others. False if out of memory. */
bool newsclean_kind_body_description(newsclean_blocks *bl, newsclean_page_kind kind,
                                     const char *desc);

#endif /* NEWSCLEAN_KIND_BODY_H */
