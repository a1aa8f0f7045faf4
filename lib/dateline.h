/* dateline.h: whether a short block is a date line, the page's timestamp printed as text
 * ("Published May 22, 2024 4:05 p.m.", "2 May 2020 · Jane Doe"), which the record carries
 * as its timestamp rather than as body text. HTML pages and text dumps both ask here. */
#ifndef NEWSCLEAN_DATELINE_H
#define NEWSCLEAN_DATELINE_H

#include <stdbool.h>
#include <stddef.h>

#include "blocks.h"

struct newsclean_date_rules;

/* A block short enough to be a date line: longer blocks are sentences that mention a
 * date. Text dumps look for their dates in lines this short too. */
#define NEWSCLEAN_DATE_LINE_CHARS 160

/* Words outside the date span [start, start+len) of a text of 'n' bytes. */
size_t newsclean_words_outside(const char *s, size_t n, size_t start, size_t len);

/* True if 'b' is mostly a date: short, and the date at least half of its bytes. False
 * without date rules. */
bool newsclean_date_line(const struct newsclean_date_rules *dates, const newsclean_block *b);

/* Words in the first 'start' bytes of 's'. */
size_t newsclean_words_before(const char *s, size_t start);

#endif /* NEWSCLEAN_DATELINE_H */
