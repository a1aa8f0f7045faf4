/* dates.h: publication and modified times, from markup signals and from free text. */
#ifndef NEWSCLEAN_DATES_H
#define NEWSCLEAN_DATES_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "tags.h"

/* Longest normalised timestamp, "2020-01-10T17:36:00.000+05:45" plus NUL, with room. */
#define NEWSCLEAN_DATE_MAX 40

/* Compiled date patterns (pcre2), built once per extractor, read-only after. */
struct newsclean_date_rules;

struct newsclean_date_rules *newsclean_date_rules_new(void);
void newsclean_date_rules_free(struct newsclean_date_rules *r);

/* Parse one date string as a whole (ISO 8601, RFC 2822, "10 Jan, 2020 17:36",
 * "3. März 2021", "12.05.2019", ...). On success write the normalised ISO 8601 form
 * (the page's own offset kept, never converted to UTC) to 'out' and return true. */
bool newsclean_date_parse(const struct newsclean_date_rules *r, const char *s, size_t n,
                          char out[NEWSCLEAN_DATE_MAX]);

/* Find the first plausible date in a short free-text line ("Published 3 March 2021,
 * 10:15 CET", "Updated: 12.05.2019"). On success write it normalised to 'out', its byte
 * span in 's' to *start and *len (either may be NULL), and return true. */
bool newsclean_date_find_in_text(const struct newsclean_date_rules *r, const char *s, size_t n,
                                 char out[NEWSCLEAN_DATE_MAX], size_t *start, size_t *len);

/* Does s[0..n) hold a publication label ("Published", "Veröffentlicht", "Publié le")? */
bool newsclean_date_label_in(const struct newsclean_date_rules *r, const char *s, size_t n);

/* Does s[0..n) hold a verb of publication that follows a date ("... veröffentlicht")? */
bool newsclean_date_verb_in(const struct newsclean_date_rules *r, const char *s, size_t n);

/* The dates stage's part of the page facts (facts.h): the date signals the walk finds,
 * with where on the page each stands, weighed once the walk is over. */
struct newsclean_date_facts;
struct newsclean_jsonld;

struct newsclean_date_facts *newsclean_date_facts_new(const struct newsclean_date_rules *r);
void newsclean_date_facts_free(struct newsclean_date_facts *c);

/* Read element 'el' (looked up as 'id', tags.h) with the context 'flags' inherited from its parent,
 * which it updates for the children; 'ld' is the script's JSON-LD when 'el' is one (else NULL).
 * True if the children hold date signals worth reading. */
bool newsclean_date_facts_element(struct newsclean_date_facts *c, xmlNode *el, newsclean_el id,
                                  unsigned *flags, const struct newsclean_jsonld *ld);

/* Read a text node with its element's context. */
void newsclean_date_facts_text(struct newsclean_date_facts *c, const xmlNode *t, unsigned flags);

/* Weigh the signals read (and the day in 'url' or the canonical URL) into the publication
 * and modified times, "" when unknown. '*modified_shown_alone' tells whether the page gives
 * no publication time anywhere and shows its modified time to the reader ("Updated ...",
 * "Stand: ..."): that one date then most often stands for the publication too. */
void newsclean_dates_decide(struct newsclean_date_facts *c, const char *url,
                            char published[NEWSCLEAN_DATE_MAX], char modified[NEWSCLEAN_DATE_MAX],
                            bool *modified_shown_alone);

#endif /* NEWSCLEAN_DATES_H */
