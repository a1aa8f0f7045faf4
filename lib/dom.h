/* dom.h: parse HTML with libxml2 and walk the tree into the neutral block list. */
#ifndef NEWSCLEAN_DOM_H
#define NEWSCLEAN_DOM_H

#include <stddef.h>

#include <libxml/HTMLparser.h>

#include "article.h"
#include "blocks.h"

/* Parse 'len' bytes of UTF-8 HTML: recover mode, no network, no error output. '*doc' is
 * freed by the caller with xmlFreeDoc. */
newsclean_status newsclean_dom_parse(const char *utf8, size_t len, const char *url, xmlDocPtr *doc);

/* Walk the document once, skipping what the prune stage drops, and append one block per
 * paragraph-like run of text to 'blocks' (which must be initialised). */
newsclean_status newsclean_dom_to_blocks(const newsclean_extractor *ex, xmlDocPtr doc,
                                         newsclean_blocks *blocks);

#endif /* NEWSCLEAN_DOM_H */
