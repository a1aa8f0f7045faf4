/* dom.h: parse HTML with libxml2 and walk the tree into the neutral block list. */
#ifndef NEWSCLEAN_DOM_H
#define NEWSCLEAN_DOM_H

#include <stddef.h>

#include <libxml/HTMLparser.h>

#include "article.h"
#include "blocks.h"

/* Cut the bodies of <script> (except JSON-LD) and <style> elements, the text of comments
 * and the attributes no stage reads out of 'len' bytes of UTF-8 HTML, in place, as libxml2
 * delimits them; tags and comment markers stay. Returns the new length. The parse of the
 * cut page gives the same tree less those texts and attributes (dom_cut.c). */
size_t newsclean_dom_cut(char *html, size_t len);

/* Is the attribute named by 'len' bytes at 'name' (any case) one that some stage reads,
 * and so kept by the cut? */
bool newsclean_dom_reads_attribute(const char *name, size_t len);

/* Parse 'len' bytes of UTF-8 HTML: recover mode, no network, no error output. '*doc' is
 * freed by the caller with xmlFreeDoc. */
newsclean_status newsclean_dom_parse(const char *utf8, size_t len, const char *url, xmlDocPtr *doc);

/* Walk the document once, skipping what the prune stage drops, and append one block per
 * paragraph-like run of text to 'blocks' (which must be initialised). */
newsclean_status newsclean_dom_to_blocks(const newsclean_extractor *ex, xmlDocPtr doc,
                                         newsclean_blocks *blocks);

#endif /* NEWSCLEAN_DOM_H */
