/* headline.h: what a title is once the site's name is off it, when two titles say the
 * same, and which copies of the headline the body leaves out. HTML pages and text dumps
 * both decide these here. */
#ifndef NEWSCLEAN_HEADLINE_H
#define NEWSCLEAN_HEADLINE_H

#include <stdbool.h>
#include <stddef.h>

#include "blocks.h"

/* Remove a site-name suffix or prefix (" | Site", " - Site", "Site: ") from a title,
 * given the site name if known (may be NULL). Returns the kept length of 'title' and its
 * start offset in '*start'. */
size_t newsclean_headline_strip_site(const char *title, size_t len, const char *site,
                                     size_t *start);

/* Byte length of a separator sites put between headline and site name (" | ", " - ",
 * " – ", ...) at 's', 0 if none; 's' is NUL-terminated. */
size_t newsclean_headline_separator_at(const char *s);

/* The headline's length in a heading's text: a heading that sets " | " in its line puts
 * a tagline, a part number or the site's name after it ("Headline | Part 2"), as titles
 * do. The whole 'len' when there is no such pipe. */
size_t newsclean_headline_heading_len(const char *text, size_t len);

/* Equal ignoring case, spaces and the punctuation style (curly or straight quotes,
 * dashes): a <title> and an h1, or a heading and the headline, often differ only so.
 * NULL equals nothing. */
bool newsclean_headline_same_text(const char *a, const char *b);

/* Give 'headline' the letter case of a declared title that begins with the same
 * letters in another case, then ends or goes on after a separator ("history of coffee"
 * and the <title> "History of coffee | Origin | Site"), where the heading has letters of
 * one case only (set in lower or upper case by its style sheet) or the title is the
 * heading's text alone. Only ASCII letters change; the length stays. Returns true if a
 * letter changed. */
bool newsclean_headline_take_case(char *headline, const char *title);

/* Words of 'n' bytes of text, not counting tokens made only of ASCII punctuation ("|",
 * "-"), which separate rather than say anything. */
size_t newsclean_headline_words(const char *s, size_t n);

/* Leave the headline's echoes out of the body: a kept block that repeats 'headline'
 * before the article's text starts (the page's h1 or title under the one the record
 * carries), or a heading that repeats it anywhere. The same words as a paragraph inside
 * the text are the article's own and stay. Dropped blocks say why for --explain. Returns
 * the number of blocks dropped. */
size_t newsclean_headline_drop_echoes(newsclean_blocks *bl, const char *headline);

#endif /* NEWSCLEAN_HEADLINE_H */
