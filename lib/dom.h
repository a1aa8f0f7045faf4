/* dom.h: parse HTML with libxml2 and walk the tree once, into the neutral block list and
 * the page facts the metadata and dates stages read. */
#ifndef NEWSCLEAN_DOM_H
#define NEWSCLEAN_DOM_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/HTMLparser.h>

#include "article.h"
#include "blocks.h"
#include "buf.h"
#include "deadline.h"
#include "facts.h"

/* Cut the bodies of <script> (except JSON-LD) and <style> elements, the text of comments
 * and the attributes no stage reads out of 'len' bytes of UTF-8 HTML, in place, as libxml2
 * delimits them; tags and comment markers stay. Repeated attributes and end tags that close
 * nothing go too (libxml2 spends quadratic time on them). Returns the new length. The parse
 * of the cut page gives the same tree less those texts and attributes (dom_cut.c). */
size_t newsclean_dom_cut(char *html, size_t len);

/* What newsclean_dom_cut_ex did besides the cut itself. */
typedef struct {
    bool guarded;            /* the scan met markup it could not read as libxml2 surely does:
                                the rest went on as it was, but for the next two */
    size_t capped_tags;      /* start tags past that point with more attributes than any
                                real page's, cut all the same (their tree may differ) */
    size_t dropped_end_tags; /* end tags taken out because they close nothing */
    newsclean_buf *links;    /* set by the caller: where NEWSCLEAN_CUT_LINK_LIST puts the
                                links it takes out, or NULL */
} newsclean_cut_report;

/* As newsclean_dom_cut, and fills in 'report' (may be NULL). */
size_t newsclean_dom_cut_ex(char *html, size_t len, newsclean_cut_report *report);

/* Flags of newsclean_dom_cut_with. SCOPED: href and src go too from the elements on which
 * no stage reads them (all but <a>, <link>, <base> and <img>); LINKS: with SCOPED, <a>
 * keeps its href (the structure reads it); LINK_LIST: with SCOPED and without LINKS, the
 * href of an <a> is appended to the report's 'links' instead, NUL-terminated, in the
 * page's order, as the page has it (character references not decoded). Only where the
 * kind stage reads a link but not its element, and libxml2 spends much of its time on
 * long attribute values; a link to a place in the page ("#...") stays on its element. A
 * link the list cannot take (out of memory, or past a point where the cut is unsure) stays
 * on its element too. */
#define NEWSCLEAN_CUT_SCOPED 1u
#define NEWSCLEAN_CUT_LINKS 2u
#define NEWSCLEAN_CUT_LINK_LIST 4u

/* As newsclean_dom_cut_ex, with NEWSCLEAN_CUT_* 'flags' (0: as newsclean_dom_cut_ex). */
size_t newsclean_dom_cut_with(char *html, size_t len, unsigned flags, newsclean_cut_report *report);

/* Is the attribute named by 'len' bytes at 'name' (any case) one that some stage reads,
 * and so kept by the cut? */
bool newsclean_dom_reads_attribute(const char *name, size_t len);

/* Parse 'len' bytes of UTF-8 HTML: recover mode, no network, no error output. '*doc' is
 * freed by the caller with xmlFreeDoc. */
newsclean_status newsclean_dom_parse(const char *utf8, size_t len, const char *url, xmlDocPtr *doc);

/* As newsclean_dom_parse, within limits: past 'deadline' (may be NULL) the parse stops and
 * gives NEWSCLEAN_ERR_LIMIT; a page whose parse would take more than linear work stops
 * being read where the work runs out, and '*cut_short' (may be NULL) says so: the tree
 * holds what was read. */
newsclean_status newsclean_dom_parse_ex(const char *utf8, size_t len, const char *url,
                                        const newsclean_deadline *deadline, xmlDocPtr *doc,
                                        bool *cut_short);

/* Walk the document once, skipping what the prune stage drops, and append one block per
 * paragraph-like run of text to 'blocks' (which must be initialised). */
newsclean_status newsclean_dom_to_blocks(const newsclean_extractor *ex, xmlDocPtr doc,
                                         newsclean_blocks *blocks);

/* As newsclean_dom_to_blocks, recording images and (when 'rich' is full) the inline markup
 * and table geometry into 'rich' (structure.h; may be NULL). */
struct newsclean_rich;
newsclean_status newsclean_dom_to_blocks_rich(const newsclean_extractor *ex, xmlDocPtr doc,
                                              newsclean_blocks *blocks,
                                              struct newsclean_rich *rich);

/* The page's one walk: as newsclean_dom_to_blocks_rich, and on the same walk reads the
 * page facts the metadata and dates stages need into 'facts' (facts.h; initialised by the
 * caller, may be NULL). Every element within the extractor's depth limit is read for
 * facts in document order, the ones the prune stage drops too (<head>, scripts,
 * navigation), so the later stages never walk the tree again. */
newsclean_status newsclean_dom_walk(const newsclean_extractor *ex, xmlDocPtr doc,
                                    newsclean_blocks *blocks, struct newsclean_rich *rich,
                                    newsclean_page_facts *facts);

/* Repair the text of a parsed page that was UTF-8 read as windows-1252 or Latin-1 and
 * written out as UTF-8 again ("itâ€™s", often as character references), in place, when
 * the page's text reads so as a whole (mojibake.h). Code and preformatted text are left as
 * written. A reader, and a program reading the text, wants what the writer typed, not
 * what a wrong charset on the way made of it. */
newsclean_status newsclean_dom_repair_mojibake(xmlDocPtr doc);

#endif /* NEWSCLEAN_DOM_H */
