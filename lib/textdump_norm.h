/* textdump_norm.h: the text path's first stage. Whatever tool made a dump (a browser's
 * innerText, lynx, w3m, html2text, a Markdown converter), it becomes one piece per
 * paragraph, heading or list item, with what the tool's layout or markup said about it
 * (link text, heading level, list item) kept as evidence for the scoring stage. */
#ifndef NEWSCLEAN_TEXTDUMP_NORM_H
#define NEWSCLEAN_TEXTDUMP_NORM_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "newsclean.h"

/* One paragraph, heading or list item of a dump. */
typedef struct {
    size_t off, len;     /* bytes of its text in the pieces' buffer, one line of UTF-8 */
    size_t link_chars;   /* code points of it that were link text */
    unsigned line;       /* ordinal; a step of more than one stands for a blank line */
    unsigned char level; /* heading level 1..6, 0 for other text */
    bool item;           /* a list item */
    bool row;            /* a table's row, its cells split by tabs (textdump_table.c) */
    bool glued;          /* ran on from the piece before it in the dump, with no blank
                          * line or change of column: a block the tool printed right
                          * under another, or the same paragraph (textdump_unwrap.c) */
} newsclean_td_piece;

typedef struct {
    newsclean_buf text; /* every piece's text, one after the other */
    newsclean_td_piece *v;
    size_t n, cap;
    unsigned line;     /* the last piece's line */
    bool gap;          /* a blank line comes before the next piece */
    bool glued;        /* the next piece is 'glued' (see newsclean_td_piece) */
    bool tool;         /* laid out by a text tool (wrapped lines, lynx's link numbers, a
                        * converter's Markdown), not one line per block as innerText has it */
    newsclean_buf rel; /* lynx's list of the page's <link rel> targets, its lines run
                        * together, which names the page's feeds and often its title (see
                        * rel_links() in textdump_unwrap.c); empty if the dump has none */
} newsclean_td_pieces;

void newsclean_td_pieces_init(newsclean_td_pieces *p);
void newsclean_td_pieces_free(newsclean_td_pieces *p);
/* Append the text written to p->text since byte 'off' as a piece (spaces collapsed and
 * trimmed, a run of them holding a tab kept as one tab, which newsclean_td_tables() reads
 * as a cell boundary); an empty piece is dropped and stands for a blank line. False if out
 * of memory. */
bool newsclean_td_pieces_close(newsclean_td_pieces *p, size_t off, size_t link_chars,
                               unsigned level, bool item);
/* Code points in n bytes of UTF-8. */
size_t newsclean_td_cps(const char *s, size_t n);

/* Split a UTF-8 dump into pieces: Markdown through textdump_markdown.c, anything else
 * through the unwrapping of textdump_unwrap.c. */
newsclean_status newsclean_td_normalise(const char *text, size_t len, newsclean_td_pieces *out);

/* textdump_table.c */
/* Tables among the pieces: lines of cells split by tabs, one above another, and tables
 * written a cell a line, become one piece per row with 'row' set and the cells split by
 * tabs. Tabs anywhere else become spaces. False if out of memory. */
bool newsclean_td_tables(newsclean_td_pieces *p);
/* Whether one of the tab-split cells of s[0, n) is a figure ("12,410", "4.9%", "80g"). */
bool newsclean_td_has_figure(const char *s, size_t n);
/* Spaces for the tabs in s[0, n), in place. */
void newsclean_td_untab(char *s, size_t n);

/* textdump_markdown.c */
/* Whether a dump is written in Markdown (inline links, ATX headings) and small enough to
 * hand to the Markdown parser. */
bool newsclean_td_looks_like_markdown(const char *text, size_t len);
/* Link markup left as text ("[text](target)"): the text kept, counted into '*links',
 * brackets and target dropped. In place over s[0, n); returns the new length. */
size_t newsclean_td_leftover_links(char *s, size_t n, size_t *links);
/* Parse a Markdown dump (CommonMark) into pieces of plain text. */
newsclean_status newsclean_td_markdown(const char *text, size_t len, newsclean_td_pieces *out);

#endif /* NEWSCLEAN_TEXTDUMP_NORM_H */
