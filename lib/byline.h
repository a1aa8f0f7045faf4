/* byline.h: a byline's text cut down to the names, for HTML pages and text dumps alike. */
#ifndef NEWSCLEAN_BYLINE_H
#define NEWSCLEAN_BYLINE_H

#include <stdbool.h>
#include <stddef.h>

struct newsclean_date_rules;

/* Strip a leading cue ("By", "Von", "Par", "Written by", "Autor:") and trailing
 * separators from a byline text, in place; returns the new length. */
size_t newsclean_byline_clean(char *s, size_t len);

/* Cut a byline line down to the names, in place: the cue, a date or relative time and
 * what follows it, a handle, a role or share buttons after a separator, a label before a
 * colon ("Text: Jane Doe"). 'dates' may be NULL. Returns the new length, 0 if the line
 * only credits a picture. 's' must hold 'len' bytes and a NUL after them. */
size_t newsclean_byline_trim(const struct newsclean_date_rules *dates, char *s, size_t len);

/* Whether a trimmed byline reads as names: short, capitalised, no colon, question or
 * exclamation mark or sum. Menus and prose that carry an "author" class do not. */
bool newsclean_byline_is_name(const char *s, size_t len);

#endif /* NEWSCLEAN_BYLINE_H */
