/* textdump_table.c: tables in a text dump. They reach the text path in these shapes:
 * - a browser's innerText writes a row on one line, its cells split by tabs;
 * - a walk of the page that breaks the line at every cell (a scraper's get-text with a
 *   newline for separator) writes a cell a line, and the table becomes a run of short
 *   lines that reads like a menu.
 * - a Markdown converter writes a pipe table ("| Zone | Single |", "|---|---|"), which the
 *   Markdown parser leaves as text: a row a line, or (soft line breaks) one paragraph.
 * Each becomes one piece per row, its cells split by tabs and the piece marked 'row', so
 * that the scoring stage (textdump.c) sees the rows of a table where an article has one,
 * not a menu's words. A table written a cell a line shows its columns in the shape of its
 * cells: figures beside words, in the same order row after row. */
#include <stdlib.h>
#include <string.h>

#include "textdump_norm.h"
#include "textutil.h"

/* A cell holds at most this many code points and words; a longer line is text. */
#define CELL_MAX_CPS 60
#define CELL_MAX_WORDS 10
/* A line of more words than this that ends like a sentence is no cell. */
#define SENTENCE_WORDS 3
/* A figure ("$1,250", "14.2 %", "80g", "12 Dec 2025") has at most this many words. */
#define FIGURE_MAX_WORDS 3
/* Columns of a table written a cell a line: a figure beside a word needs two, and past
 * eight the pattern of shapes says too little. */
#define MIN_COLS 2
#define MAX_COLS 8
/* Rows that make the pattern more than an accident: three label-and-figure pairs are a
 * fact box's lines as often as a table. */
#define MIN_ROWS 4
/* Lines of tab-split cells one above the other that make a table, with a figure among
 * their cells (a text browser lays out a menu in columns too); one such line alone is a
 * line with a tab in it. */
#define MIN_TAB_ROWS 2

enum { NOT_CELL, WORD_CELL, FIGURE_CELL, DATE_CELL };

/* Digits at s[i, n), as many as there are, at most 'most'; 0 if none. */
static size_t
digits_at(const char *s, size_t n, size_t i, size_t most)
{
    size_t k = 0;
    while (i + k < n && k <= most && newsclean_is_ascii_digit(s[i + k]))
        k++;
    return k <= most ? k : 0;
}

/* Whether a cell holds a date or a time: numbers split by two of the same mark
 * ("14/06/2019", "2020-07-13", "8.8.2017"), a year among words ("November 30, 2017"), or
 * hours and minutes ("04:56 PM"). A column of dates beside titles is how a list of other
 * stories or a live blog's entries are laid out, not a table's figures. */
static bool
date_cell(const char *s, size_t n)
{
    bool words = false;
    for (size_t i = 0; i < n && !words; i++)
        words = newsclean_is_ascii_letter(s[i]) || (unsigned char)s[i] >= 0x80;
    for (size_t i = 0; i < n; i++) {
        if (!newsclean_is_ascii_digit(s[i]) || (i > 0 && newsclean_is_ascii_digit(s[i - 1])))
            continue;
        size_t a = digits_at(s, n, i, 4);
        if (a == 4 && words &&
            ((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0')))
            return true;
        if (!a || i + a >= n)
            continue;
        char mark = s[i + a];
        /* A time of day ("04:56 PM", "20:51 (IST)") dates a list's entries as well. */
        if (mark == ':' && a <= 2 && digits_at(s, n, i + a + 1, 2) == 2)
            return true;
        if (mark != '/' && mark != '-' && mark != '.')
            continue;
        /* The year may be left out: "07.02." */
        size_t b = digits_at(s, n, i + a + 1, 2);
        if (b && i + a + 1 + b < n && s[i + a + 1 + b] == mark &&
            (digits_at(s, n, i + a + 2 + b, 4) || (a <= 2 && mark != '-')))
            return true;
    }
    return false;
}

/* The shape of a piece's text as a table's cell. */
static unsigned char
cell_shape(const char *s, size_t n)
{
    size_t words = 1, cps = 0, digits = 0, marks = 0, letters = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\t')
            return NOT_CELL;
        if ((ch & 0xC0) == 0x80)
            continue;
        cps++;
        if (ch == ' ')
            words++;
        else if (ch >= '0' && ch <= '9')
            digits++;
        else if (strchr(".,%$+-/:()", ch))
            marks++;
        else if (newsclean_is_ascii_letter((char)ch))
            letters++;
    }
    if (n == 0 || cps > CELL_MAX_CPS || words > CELL_MAX_WORDS)
        return NOT_CELL;
    if (digits >= 3 && date_cell(s, n))
        return DATE_CELL;
    /* Figures and the marks that go with them make up half its characters or more, and
     * letters ("80g", "613 mm") are fewer than digits: "file-277-b.png" is a name. */
    if (digits && words <= FIGURE_MAX_WORDS && 2 * (digits + marks) >= cps - (words - 1) &&
        letters <= digits)
        return FIGURE_CELL;
    char last = s[n - 1];
    if (words > SENTENCE_WORDS && (last == '.' || last == '!' || last == '?'))
        return NOT_CELL;
    return WORD_CELL;
}

bool
newsclean_td_has_figure(const char *s, size_t n)
{
    for (size_t a = 0; a < n;) {
        const char *tab = memchr(s + a, '\t', n - a);
        size_t z = tab ? (size_t)(tab - s) : n;
        if (cell_shape(s + a, z - a) == FIGURE_CELL)
            return true;
        a = z + 1;
    }
    return false;
}

/* Whether column c of the 'rows' rows of 'cols' cells from piece i counts up by a step of
 * at most 'cols': the ranks of a "most read" list ("1", "2", "3" beside titles, or "4", "6"
 * and "5", "7" where two ranked lists are laid side by side) are no table's figures. */
static bool
counts_up(const newsclean_td_pieces *p, size_t i, size_t cols, size_t rows, size_t c)
{
    long prev = 0, step = 0;
    for (size_t r = 0; r < rows; r++) {
        const newsclean_td_piece *pc = &p->v[i + r * cols + c];
        const char *s = p->text.data + pc->off;
        long v = 0;
        for (size_t k = 0; k < pc->len; k++) {
            if (!newsclean_is_ascii_digit(s[k]) || k >= 6)
                return false;
            v = v * 10 + (s[k] - '0');
        }
        if (r == 1)
            step = v - prev;
        if (r > 0 && (step < 1 || step > (long)cols || v != prev + step))
            return false;
        prev = v;
    }
    return true;
}

/* Rows of a table written a cell a line that starts at piece i, 0 if none does; its
 * columns in '*cols'. Of the column counts whose pattern holds, the one that takes in the
 * most cells; a table of two columns also repeats every four cells, and the fewer columns
 * are the table's. '*span' is the most pieces any pattern held for, a table or not: a
 * ranked list is passed over whole, not tried again at each of its pieces. */
static size_t
cell_grid(const newsclean_td_pieces *p, const unsigned char *shape, size_t i, size_t *cols,
          size_t *span)
{
    size_t best_rows = 0, best_cells = 0;
    *span = 0;
    for (size_t c = MIN_COLS; c <= MAX_COLS && i + c * MIN_ROWS <= p->n; c++) {
        bool figure = false, word = false, cells = true;
        for (size_t k = 0; k < c; k++) {
            figure |= shape[i + k] == FIGURE_CELL;
            word |= shape[i + k] == WORD_CELL;
            cells &= shape[i + k] != NOT_CELL;
        }
        if (!figure || !word || !cells)
            continue;
        size_t rows = 1;
        for (bool same = true; same && i + (rows + 1) * c <= p->n; rows += same) {
            for (size_t k = 0; same && k < c; k++)
                same = shape[i + rows * c + k] == shape[i + k];
        }
        if (rows < MIN_ROWS)
            continue;
        *span = rows * c > *span ? rows * c : *span;
        if (rows * c <= best_cells)
            continue;
        bool measured = false;
        for (size_t k = 0; !measured && k < c; k++)
            measured = shape[i + k] == FIGURE_CELL && !counts_up(p, i, c, rows, k);
        if (measured) {
            best_rows = rows;
            best_cells = rows * c;
            *cols = c;
        }
    }
    return best_rows;
}

/* Append 'cols' cells to p->text, split by tabs: cell k is the len[k] bytes at
 * p->text.data + base + at[k], its edge spaces left out. The row's text starts at '*off'.
 * The cells are copied from the buffer they are appended to, so it is grown first: it
 * must not move while they are read. */
static bool
append_cells(newsclean_td_pieces *p, size_t base, const size_t *at, const size_t *len, size_t cols,
             size_t *off)
{
    size_t bytes = cols;
    for (size_t k = 0; k < cols; k++)
        bytes += len[k];
    *off = p->text.len;
    if (!newsclean_buf_reserve(&p->text, bytes))
        return false;
    for (size_t k = 0; k < cols; k++) {
        const char *c = p->text.data + base + at[k];
        size_t m = len[k];
        while (m && *c == ' ')
            c++, m--;
        while (m && c[m - 1] == ' ')
            m--;
        if ((k && !newsclean_buf_append_char(&p->text, '\t')) ||
            !newsclean_buf_append(&p->text, c, m))
            return false;
    }
    return true;
}

/* Append the 'cols' pieces from 'from' as one row piece, written to 'out', cells split by
 * tabs. The pieces are read before 'out' is written: 'out' is at or before 'from'. */
static bool
join_row(newsclean_td_pieces *p, size_t from, size_t cols, newsclean_td_piece *out)
{
    size_t at[MAX_COLS], len[MAX_COLS], links = 0, off;
    for (size_t k = 0; k < cols; k++) {
        at[k] = p->v[from + k].off;
        len[k] = p->v[from + k].len;
        links += p->v[from + k].link_chars;
    }
    if (!append_cells(p, 0, at, len, cols, &off))
        return false;
    newsclean_td_piece row = p->v[from];
    row.off = off;
    row.len = p->text.len - off;
    row.link_chars = links;
    row.row = true;
    *out = row;
    return true;
}

/* The end of a run of rows that starts at piece i, each a label (a word cell) and its
 * figures; 0 if none does. A table whose rows leave some cells empty loses them to a dump
 * written a cell a line ("Down payment", "3,000", "3,000", "Residual value", "12,000"),
 * and its rows keep no one width, which cell_grid() needs: each label opens a row. The
 * run holds MIN_ROWS rows, one of two figures or more (rows of one figure each are
 * cell_grid()'s), and none wider than MAX_COLS. '*scanned' is where the run read ends. */
static size_t
label_rows(const unsigned char *shape, size_t n, size_t i, size_t *scanned)
{
    size_t rows = 0, widest = 0, k = i;
    while (k + 1 < n && shape[k] == WORD_CELL && shape[k + 1] == FIGURE_CELL) {
        size_t z = k + 1;
        while (z < n && shape[z] == FIGURE_CELL)
            z++;
        if (z - k > MAX_COLS)
            break;
        widest = z - k > widest ? z - k : widest;
        rows++;
        k = z;
    }
    *scanned = k > i ? k : i + 1;
    return rows >= MIN_ROWS && widest >= 3 ? k : 0;
}

/* Cells in the widest of the label rows of pieces [i, end) (see label_rows()). */
static size_t
widest_label_row(const unsigned char *shape, size_t i, size_t end)
{
    size_t widest = 0;
    for (size_t k = i; k < end;) {
        size_t z = k + 1;
        while (z < end && shape[z] == FIGURE_CELL)
            z++;
        widest = z - k > widest ? z - k : widest;
        k = z;
    }
    return widest;
}

/* Join the label rows of pieces [i, end) (see label_rows()) into row pieces, written at
 * p->v[*w] on: each row is read before it is written over, *w <= i. */
static bool
join_label_rows(newsclean_td_pieces *p, const unsigned char *shape, size_t i, size_t end, size_t *w)
{
    bool ok = true;
    for (size_t k = i; ok && k < end;) {
        size_t z = k + 1;
        while (z < end && shape[z] == FIGURE_CELL)
            z++;
        newsclean_td_piece row;
        if ((ok = join_row(p, k, z - k, &row)))
            p->v[(*w)++] = row;
        k = z;
    }
    return ok;
}

/* Spaces for the tabs in s[0, n): a tab that splits no table's cells is a space. */
void
newsclean_td_untab(char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        s[i] = s[i] == '\t' ? ' ' : s[i];
}

/* A Markdown table's delimiter cell ("---", ":--:"), s[0, n) trimmed of nothing. */
static bool
delimiter_cell(const char *s, size_t n)
{
    size_t a = 0, z = n, dashes = 0;
    while (a < z && s[a] == ' ')
        a++;
    while (z > a && s[z - 1] == ' ')
        z--;
    if (a < z && s[a] == ':')
        a++;
    if (z > a && s[z - 1] == ':')
        z--;
    for (; a < z && s[a] == '-'; a++)
        dashes++;
    return a == z && dashes >= 3;
}

/* Whether s[0, n) holds nothing but spaces. */
static bool
blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ')
            return false;
    return true;
}

/* The cells of a piece split at its pipes, up to 'cap' of them: start and length of each
 * in 'at'/'len'. Returns how many, or cap + 1 if there are more. */
static size_t
pipe_cells(const char *s, size_t n, size_t *at, size_t *len, size_t cap)
{
    size_t k = 0;
    for (size_t a = 0;;) {
        const char *bar = memchr(s + a, '|', n - a);
        size_t z = bar ? (size_t)(bar - s) : n;
        if (k == cap)
            return cap + 1;
        at[k] = a;
        len[k++] = z - a;
        if (!bar)
            return k;
        a = z + 1;
    }
}

/* Most cells of a pipe table's piece that are looked at: a paragraph holding a whole table
 * (pandoc's, its line breaks soft) has its rows' cells one after another. */
#define PIPE_CELLS 4096

/* Room for one more piece in 'out'. */
static bool
room(newsclean_td_piece **out, size_t n, size_t *cap)
{
    if (n < *cap)
        return true;
    newsclean_td_piece *v = newsclean_array_grow(*out, cap, sizeof **out, 64);
    if (v)
        *out = v;
    return v != NULL;
}

/* Append cells [from, from + cols) of the text at p->text.data + base, cut as 'at' and
 * 'len' say, as a row piece like 'model' to 'out'. */
static bool
add_row(newsclean_td_pieces *p, size_t base, const size_t *at, const size_t *len, size_t from,
        size_t cols, newsclean_td_piece model, newsclean_td_piece **out, size_t *n, size_t *cap)
{
    size_t off;
    if (!room(out, *n, cap) || !append_cells(p, base, at + from, len + from, cols, &off))
        return false;
    model.off = off;
    model.len = p->text.len - off;
    model.row = true;
    model.link_chars = 0;
    (*out)[(*n)++] = model;
    return true;
}

/* Whether a piece holds both a pipe and three dashes in a row, as a delimiter row does:
 * most dumps hold no pipe table, and need not be copied piece by piece to find that out. */
static bool
delimiter_somewhere(const newsclean_td_pieces *p)
{
    for (size_t i = 0; i < p->n; i++) {
        const char *s = p->text.data + p->v[i].off;
        size_t n = p->v[i].len;
        if (!memchr(s, '|', n))
            continue;
        for (const char *d = memchr(s, '-', n); d; d = memchr(d + 1, '-', (size_t)(s + n - d - 1)))
            if (d + 2 < s + n && d[1] == '-' && d[2] == '-')
                return true;
    }
    return false;
}

/* Cells of a row piece of a pipe table with 'cols' columns, cut into 'at'/'len': the index
 * of its first cell, or SIZE_MAX if the piece is no such row. Its pipes may open and close
 * the row ("| a | b |") or stand between the cells only ("a| b"). */
static size_t
row_cells(const newsclean_td_pieces *p, const newsclean_td_piece *pc, size_t cols, size_t *at,
          size_t *len)
{
    const char *s = p->text.data + pc->off;
    if (pc->level || pc->item || pc->row || !memchr(s, '|', pc->len))
        return SIZE_MAX;
    size_t k = pipe_cells(s, pc->len, at, len, PIPE_CELLS);
    if (k == cols)
        return 0;
    if (k == cols + 2 && blank(s + at[0], len[0]) && blank(s + at[k - 1], len[k - 1]))
        return 1;
    return SIZE_MAX;
}

/* Markdown pipe tables among the pieces become rows. A table shows itself by its delimiter
 * row ("---|---"): with the rows a piece each (html2text's hard line breaks), the delimiter
 * is a piece of its own, the header the piece above it and the rows the pieces below with
 * as many cells; in one paragraph (pandoc's soft line breaks), the cells run on, each row
 * opened and closed by a pipe, so that a blank cell ("| |") stands between two rows. */
static bool
pipe_tables(newsclean_td_pieces *p)
{
    if (!delimiter_somewhere(p))
        return true;
    size_t *at = malloc(2 * (PIPE_CELLS + 1) * sizeof *at);
    if (!at)
        return false;
    size_t *len = at + PIPE_CELLS + 1;
    newsclean_td_piece *out = NULL;
    size_t n = 0, cap = 0;
    bool ok = true, any = false;
    for (size_t i = 0; ok && i < p->n; i++) {
        newsclean_td_piece pc = p->v[i];
        const char *s = p->text.data + pc.off;
        size_t k = pc.level || pc.item || !memchr(s, '|', pc.len)
                       ? 0
                       : pipe_cells(s, pc.len, at, len, PIPE_CELLS);
        /* The first run of two delimiter cells or more: cells [d, d + cols). */
        size_t d = 0, cols = 0;
        for (; k <= PIPE_CELLS && d < k; d++) {
            while (d + cols < k && delimiter_cell(s + at[d + cols], len[d + cols]))
                cols++;
            if (cols >= 2)
                break;
            cols = 0;
        }
        bool alone = cols && (d == 0 || (d == 1 && blank(s, len[0]))) &&
                     (d + cols == k || (d + cols + 1 == k && blank(s + at[k - 1], len[k - 1])));
        if (alone && n > 0) {
            /* A delimiter piece of its own: the header above it, the rows below. */
            size_t h = row_cells(p, &out[n - 1], cols, at, len);
            if (h == SIZE_MAX) {
                ok = room(&out, n, &cap);
                if (ok)
                    out[n++] = pc;
                continue;
            }
            newsclean_td_piece head = out[--n];
            ok = add_row(p, head.off, at, len, h, cols, head, &out, &n, &cap);
            size_t j = i + 1, c;
            for (; ok && j < p->n && (c = row_cells(p, &p->v[j], cols, at, len)) != SIZE_MAX; j++)
                ok = add_row(p, p->v[j].off, at, len, c, cols, p->v[j], &out, &n, &cap);
            i = j - 1;
            any = true;
            continue;
        }
        /* A whole table in one piece: "| h | h | |---|---| | c | c |". */
        size_t start = cols && d >= cols + 2 ? d - 1 - cols : SIZE_MAX;
        if (start != SIZE_MAX &&
            (!blank(s + at[d - 1], len[d - 1]) || !blank(s + at[start - 1], len[start - 1])))
            start = SIZE_MAX;
        if (start == SIZE_MAX) {
            ok = room(&out, n, &cap);
            if (ok)
                out[n++] = pc;
            continue;
        }
        /* Text before the table, in the same piece, stays a piece of its own. */
        size_t before = at[start] - 1; /* the table's first pipe */
        if (!blank(s, before) && (ok = room(&out, n, &cap))) {
            out[n] = pc;
            out[n++].len = before;
        }
        ok = ok && add_row(p, pc.off, at, len, start, cols, pc, &out, &n, &cap);
        size_t r = d + cols + 1;
        for (; ok && r + cols < k && blank(p->text.data + pc.off + at[r + cols], len[r + cols]);
             r += cols + 1)
            ok = add_row(p, pc.off, at, len, r, cols, pc, &out, &n, &cap);
        /* and what follows it. */
        if (ok && r < k && !blank(p->text.data + pc.off + at[r], pc.len - at[r]) &&
            (ok = room(&out, n, &cap))) {
            out[n] = pc;
            out[n].off = pc.off + at[r];
            out[n++].len = pc.len - at[r];
        }
        any = true;
    }
    if (ok && any) {
        free(p->v);
        p->v = out;
        p->n = n;
        p->cap = cap;
        out = NULL;
    }
    free(out);
    free(at);
    return ok;
}

/* Whether piece i may be a cell: text, not a heading or a list item. */
static bool
plain(const newsclean_td_piece *pc)
{
    return !pc->level && !pc->item && !pc->row;
}

bool
newsclean_td_tables(newsclean_td_pieces *p)
{
    if (p->n == 0)
        return true;
    if (!pipe_tables(p))
        return false;
    unsigned char *shape = malloc(p->n);
    if (!shape)
        return false;
    for (size_t i = 0; i < p->n; i++)
        shape[i] = plain(&p->v[i]) ? cell_shape(p->text.data + p->v[i].off, p->v[i].len) : NOT_CELL;
    /* The pieces are compacted over themselves: piece i is read before v[w] is written,
     * w <= i. 'copied' counts the pieces last copied one for one, so that v[w - copied, w)
     * are pieces [i - copied, i). */
    size_t w = 0, copied = 0, label_scanned = 0;
    bool ok = true;
    for (size_t i = 0; ok && i < p->n;) {
        if (plain(&p->v[i]) && memchr(p->text.data + p->v[i].off, '\t', p->v[i].len)) {
            size_t z = i;
            /* One line right under the other: a blank line ends the table. */
            while (++z < p->n && plain(&p->v[z]) && p->v[z].line == p->v[z - 1].line + 1 &&
                   memchr(p->text.data + p->v[z].off, '\t', p->v[z].len))
                ;
            bool figures = false;
            for (size_t k = i; k < z && !figures; k++)
                figures = newsclean_td_has_figure(p->text.data + p->v[k].off, p->v[k].len);
            for (size_t k = i; k < z; k++) {
                newsclean_td_piece *row = &p->v[k];
                if (z - i >= MIN_TAB_ROWS && figures)
                    row->row = true;
                else
                    newsclean_td_untab(p->text.data + row->off, row->len);
                p->v[w++] = *row;
            }
            copied = z - i >= MIN_TAB_ROWS && figures ? 0 : copied + (z - i);
            i = z;
            continue;
        }
        size_t cols = 0, span = 0, rows = shape[i] ? cell_grid(p, shape, i, &cols, &span) : 0;
        /* A row starts with its label: a figure above the first label (the last cell of a
         * header, a total) shifts the pattern by a cell. */
        for (size_t k = 1; rows && shape[i] == FIGURE_CELL && k < cols; k++) {
            size_t c2 = 0, s2,
                   r2 = shape[i + k] == WORD_CELL ? cell_grid(p, shape, i + k, &c2, &s2) : 0;
            if (r2 + 1 >= rows && c2 == cols)
                rows = span = 0;
        }
        /* Rows of a label and its figures that run on past the grid's, or where none is. A
         * run that holds none holds none from any of its rows on either: it is read once. */
        size_t label_end = shape[i] == WORD_CELL && i >= label_scanned
                               ? label_rows(shape, p->n, i, &label_scanned)
                               : 0;
        if (label_end && label_end - i > rows * cols) {
            /* The header names the figures' columns: word cells right above, one fewer
             * than the widest row has, the labels' column left without a name. */
            size_t named = widest_label_row(shape, i, label_end) - 1;
            bool head = copied >= named;
            for (size_t k = 0; head && k < named; k++)
                head = shape[i - named + k] == WORD_CELL;
            newsclean_td_piece row;
            if (head && (ok = join_row(p, w - named, named, &row))) {
                w -= named;
                p->v[w++] = row;
            }
            ok = ok && join_label_rows(p, shape, i, label_end, &w);
            i = label_end;
            copied = 0;
            continue;
        }
        if (rows == 0) {
            for (size_t e = i + (span ? span : 1); i < e; i++) {
                /* A lone tab in a heading or a list item is a space too. */
                if (!p->v[i].row)
                    newsclean_td_untab(p->text.data + p->v[i].off, p->v[i].len);
                p->v[w++] = p->v[i];
                copied++;
            }
            continue;
        }
        /* The header: as many cells of words right above the first row ("Change on
         * 2025" among them). */
        bool head = copied >= cols;
        for (size_t k = 0; head && k < cols; k++)
            head = shape[i - cols + k] == WORD_CELL || shape[i - cols + k] == DATE_CELL;
        newsclean_td_piece row;
        if (head && (ok = join_row(p, w - cols, cols, &row))) {
            w -= cols;
            p->v[w++] = row;
        }
        for (size_t r = 0; ok && r < rows; r++) {
            if ((ok = join_row(p, i + r * cols, cols, &row)))
                p->v[w++] = row;
        }
        i += rows * cols;
        copied = 0;
    }
    p->n = w;
    free(shape);
    return ok;
}
