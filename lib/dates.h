/* dates.h: publication and modified times, from markup signals and from free text. */
#ifndef NEWSCLEAN_DATES_H
#define NEWSCLEAN_DATES_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

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

/* A JSON-LD <script> another stage has parsed already, so the dates stage reads the tree
 * instead of parsing the text again. Only values that are an object or an array are
 * shared: those parse the same whether or not blanks around them are trimmed. */
struct json_t;
typedef struct {
    const xmlNode *script; /* the <script> element */
    size_t len;            /* bytes of its text */
    struct json_t *root;   /* the parsed object or array, owned by the caller */
} newsclean_jsonld;

/* Weigh every date signal of a parsed HTML page (JSON-LD, meta tags, <time>, itemprop,
 * URL path, visible text near the headline) and write the publication time to
 * 'published' and the modified time to 'modified' ("" when unknown). 'url' may be NULL.
 * The 'n_ld' JSON-LD scripts of 'ld' (may be 0) are read from their trees; any other
 * script is parsed here. */
void newsclean_dates_from_html_ld(const struct newsclean_date_rules *r, xmlDocPtr doc,
                                  const char *url, const newsclean_jsonld *ld, size_t n_ld,
                                  char published[NEWSCLEAN_DATE_MAX],
                                  char modified[NEWSCLEAN_DATE_MAX]);

#endif /* NEWSCLEAN_DATES_H */
