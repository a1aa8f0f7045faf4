/* textdump_markdown.c: whole pages saved as Markdown (Python's html2text, pandoc, the
 * Markdown modes of crawlers), navigation and footers included. cmark parses them; each
 * paragraph, heading, list item and code block becomes a piece of plain text, with the
 * link text the markup marks and the heading level it gives. */
#include "textdump_norm.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmark.h>

#include "buf.h"
#include "textutil.h"

/* cmark aborts the process when an allocation fails, and needs memory in proportion to
 * its input (a few times its size). Larger dumps than this go through the plain-text
 * path instead, so that the parser's need stays far below what any host has. */
#define MARKDOWN_MAX_BYTES ((size_t)16 << 20)
/* Inline links or images ("[text](target)") that make a dump Markdown, or one with an
 * ATX heading: a text dump may quote a little Markdown, not this much. */
#define MIN_LINKS 3
/* End tags alone on a line after a blank one ("</div>"): how a converter that keeps
 * what Markdown cannot say (pandoc) closes raw HTML blocks, with links written as raw
 * <a> tags where they carry attributes. A text browser never prints them; text quoting
 * HTML code runs its lines together. */
#define MIN_END_TAGS 2
/* Lines that open with a heading's or a list item's mark or an HTML tag, or hold a link,
 * in a dump a converter wrote: one in this many non-blank lines at the least. A converter marks up
 * a page's headings, lists and links from its menus to its footer (one line in 25 or more in the
 * dumps seen); a browser-like dump that quotes Markdown (a hidden copy of the article on one line,
 * script text that happens to read as links) holds it on one line in 100 or fewer. */
#define LAYOUT_SHARE 40
/* How far back from "](" the link's '[' is looked for. */
#define LINK_TEXT_BYTES 300
/* How far a link target is followed to its end. */
#define MAX_TARGET_BYTES 4096

/* A piece being written. */
typedef struct {
    newsclean_td_pieces *out;
    size_t off;     /* start of the open piece in out->text, SIZE_MAX if none */
    size_t links;   /* its link text, in code points */
    unsigned level; /* its heading level */
    unsigned items; /* list items around it */
    unsigned in_link, in_image;
    size_t link_from; /* first piece of an open block link, SIZE_MAX if none */
    size_t link_skip; /* code points of that piece before the link's '[' */
    bool soft;        /* a soft line break waits for the next text */
    bool ok;          /* false once out of memory */
} md;

/* Does the link target opening at s[i] end as a Markdown target does: at its ')', or at
 * a space before a quoted title ("(/path \"Title\")")? A target holds no space, so words
 * in brackets after a bracketed word ("[stable](enabled by default)", a status badge as
 * a text browser prints it) are no link. */
static bool
target_closes(const char *s, size_t n, size_t i)
{
    if (s[i] == '<') /* "<a target with spaces>" */
        return true;
    for (size_t k = i; k < n && k < i + MAX_TARGET_BYTES; k++) {
        if (s[k] == ')')
            return true;
        if (s[k] == ' ' || s[k] == '\n' || s[k] == '\r') {
            while (k < n && (s[k] == ' ' || s[k] == '\n' || s[k] == '\r'))
                k++;
            return k < n && (s[k] == '"' || s[k] == '\'' || s[k] == ')');
        }
    }
    /* A target too long to follow to its end (an image inlined as data) is one. */
    return i + MAX_TARGET_BYTES < n;
}

/* Does "](" at s[i] close a link's text? Not when the brackets hold a number only, as
 * lynx's link numbers do ("[12](BUTTON)"), nor when what follows is no target. */
static bool
link_close(const char *s, size_t n, size_t i)
{
    if (i + 2 >= n || s[i + 1] != '(' || s[i + 2] == ' ' || s[i + 2] == ')' ||
        !target_closes(s, n, i + 2))
        return false;
    size_t lo = i > LINK_TEXT_BYTES ? i - LINK_TEXT_BYTES : 0;
    for (size_t k = i; k-- > lo;) {
        if (s[k] == '[') {
            for (size_t d = k + 1; d < i; d++)
                if (s[d] < '0' || s[d] > '9')
                    return true;
            return i == k + 1; /* "![](image)" */
        }
        if (s[k] == ']')
            return false;
    }
    return false;
}

/* Does s[0, n), at a line's first '#', open an ATX heading: one to six marks, a space,
 * then the heading's text? */
static bool
atx_heading(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && s[k] == '#' && k < 7)
        k++;
    return k <= 6 && k + 1 < n && s[k] == ' ' && s[k + 1] != ' ';
}

/* Does the line at s[0, n) hold only an end tag ("</div>")? */
static bool
lone_end_tag(const char *s, size_t n)
{
    if (n < 4 || s[0] != '<' || s[1] != '/' || !newsclean_is_ascii_letter(s[2]))
        return false;
    size_t k = 3;
    while (k < n && (newsclean_is_ascii_letter(s[k]) || (s[k] >= '0' && s[k] <= '9')))
        k++;
    return k + 1 == n && s[k] == '>';
}

bool
newsclean_td_looks_like_markdown(const char *text, size_t len)
{
    if (len > MARKDOWN_MAX_BYTES)
        return false;
    size_t links = 0, headings = 0, end_tags = 0;
    bool line_start = true, blank_before = true;
    /* The whole dump if need be: one image inlined as data can fill the first pages. */
    for (size_t i = 0;
         i < len && links < MIN_LINKS && !(links && headings) && end_tags < MIN_END_TAGS; i++) {
        char c = text[i];
        if (line_start) {
            const char *nl = memchr(text + i, '\n', len - i);
            size_t n = nl ? (size_t)(nl - (text + i)) : len - i;
            if (blank_before && lone_end_tag(text + i, n))
                end_tags++;
            blank_before = n == 0;
        }
        if (line_start && c == '#' && atx_heading(text + i, len - i))
            headings++;
        if (c == ']' && link_close(text, len, i))
            links++;
        line_start = c == '\n';
    }
    return links >= MIN_LINKS || (links >= 1 && headings >= 1) || end_tags >= MIN_END_TAGS;
}

/* Does s[k, n) go on after one to four spaces, as a list item's text follows its mark? */
static bool
item_text(const char *s, size_t n, size_t k)
{
    size_t sp = 0;
    while (k + sp < n && s[k + sp] == ' ' && sp < 5)
        sp++;
    return sp >= 1 && sp <= 4 && k + sp < n;
}

/* Does the line at s[0, n) open with a converter's markup: an ATX heading's mark ("## "),
 * a list item's ("* ", "-   ", "12. ", "3) ", at any depth, as nested lists are indented),
 * or a tag of the raw HTML a converter keeps where Markdown has no syntax ("<div",
 * "</span>")? */
static bool
marked_line(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    size_t k = i;
    if (k < n && s[k] == '#')
        return atx_heading(s + k, n - k);
    if (k < n && s[k] == '<')
        return k + 2 < n && (newsclean_is_ascii_letter(s[k + 1]) ||
                             (s[k + 1] == '/' && newsclean_is_ascii_letter(s[k + 2])));
    if (k < n && (s[k] == '*' || s[k] == '-' || s[k] == '+'))
        return item_text(s, n, k + 1);
    while (k < n && k - i < 9 && s[k] >= '0' && s[k] <= '9')
        k++;
    return k > i && k < n && (s[k] == '.' || s[k] == ')') && item_text(s, n, k + 1);
}

/* Is the Markdown the dump's own layout, written by a converter over the whole page, and
 * not a little of it quoted in a dump laid out otherwise? */
static bool
own_layout(const char *text, size_t len)
{
    size_t lines = 0, marked = 0;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) : len, k = i;
        while (k < end && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r'))
            k++;
        if (k < end) {
            lines++;
            bool mark = marked_line(text + i, end - i);
            for (size_t j = i; j < end && !mark; j++)
                mark = text[j] == ']' && link_close(text, len, j);
            marked += mark;
        }
        i = end + 1;
    }
    return lines > 0 && marked * LAYOUT_SHARE >= lines;
}

static void
open_piece(md *m)
{
    if (m->off != SIZE_MAX)
        return;
    m->off = m->out->text.len;
    m->links = 0;
    m->soft = false;
}

/* Brackets remembered while undoing link markup the parser left as text. */
#define MAX_OPEN 32

/* A link target shows itself in its first bytes: a scheme ("javascript:" is among the
 * longest), a slash, a fragment or a query. */
#define TARGET_HEAD 16

/* Whether s reads like a link target: a path or an address, or only a title. */
static bool
target_like(const char *s, size_t n)
{
    if (n >= 2 && (s[0] == '"' || (s[0] == ' ' && s[1] == '"')))
        return true;
    for (size_t i = 0; i < n && i < TARGET_HEAD && s[i] != ' '; i++)
        if (s[i] == '/' || s[i] == ':' || s[i] == '#' || s[i] == '?')
            return true;
    return false;
}

/* Link markup the parser left as text ("[text](target with spaces)", as converters write
 * some targets): keep the text, drop the brackets and the target, count the text as link
 * text. A target that never closes runs to the piece's end. In place over s[0, n);
 * returns the new length. */
size_t
newsclean_td_leftover_links(char *s, size_t n, size_t *links)
{
    size_t open[MAX_OPEN], depth = 0, w = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ']' && i + 1 < n && s[i + 1] == '(' && target_like(s + i + 2, n - i - 2)) {
            size_t k = i + 2, par = 0;
            for (; k < n; k++) {
                if (s[k] == '(')
                    par++;
                else if (s[k] == ')' && par-- == 0)
                    break;
            }
            /* Its '[' may sit in an earlier piece: then only the target goes. */
            if (depth > 0) {
                size_t b = open[--depth];
                size_t cut = b > 0 && s[b - 1] == '!' ? 2 : 1;
                *links += newsclean_td_cps(s + b + 1, w - b - 1);
                memmove(s + b + 1 - cut, s + b + 1, w - b - 1);
                w -= cut;
            }
            i = k;
            continue;
        }
        if (c == '[') {
            if (depth == MAX_OPEN) {
                memmove(open, open + 1, (MAX_OPEN - 1) * sizeof *open);
                depth--;
            }
            open[depth++] = w;
        } else if (c == ']' && depth > 0) {
            depth--;
        }
        s[w++] = c;
    }
    return w;
}

/* Emphasis marks the parser left as text: a converter writes "** Bold:**" with spaces
 * inside, which CommonMark does not take for emphasis. Runs of two or more '*' or '_'
 * next to a space or an end go; an identifier's inner "__" stays. In place over
 * s[0, n); returns the new length. */
static size_t
leftover_emphasis(char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        char c = s[i];
        if (c == '*' || c == '_') {
            size_t e = i;
            while (e < n && s[e] == c)
                e++;
            bool open = i == 0 || s[i - 1] == ' ' || e == n || s[e] == ' ';
            if (e - i >= 2 && open) {
                i = e;
                continue;
            }
            memmove(s + w, s + i, e - i);
            w += e - i;
            i = e;
            continue;
        }
        s[w++] = s[i++];
    }
    return w;
}

/* Offset of the outermost '[' in s[0, n) that no ']' closes, SIZE_MAX if none. */
static size_t
unclosed_bracket(const char *s, size_t n)
{
    size_t open[MAX_OPEN], depth = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '[') {
            if (depth == MAX_OPEN)
                return SIZE_MAX;
            open[depth++] = i;
        } else if (s[i] == ']' && depth > 0) {
            depth--;
        }
    }
    return depth ? open[0] : SIZE_MAX;
}

/* Whether a piece starts by closing a link: "](target)". */
static bool
closes_link(const char *s, size_t n)
{
    while (n > 0 && *s == ' ') {
        s++;
        n--;
    }
    return n > 2 && s[0] == ']' && s[1] == '(' && target_like(s + 2, n - 2);
}

/* A link around whole blocks (a teaser's picture, title and summary in one <a>) comes out
 * of a converter as a '[' that ends one piece and a "](target)" that starts a later one;
 * the parser leaves both as text. Once the close shows, every piece between is link
 * text, as the HTML path counts it. 'first' is the index the closing piece would have. */
static void
close_block_link(md *m, size_t first)
{
    newsclean_td_pieces *p = m->out;
    for (size_t k = m->link_from; k < first && k < p->n; k++) {
        size_t cps = newsclean_td_cps(p->text.data + p->v[k].off, p->v[k].len);
        size_t skip = k == m->link_from ? m->link_skip : 0;
        size_t in = cps > skip ? cps - skip : 0;
        if (p->v[k].link_chars < in)
            p->v[k].link_chars = in;
    }
    m->link_from = SIZE_MAX;
}

/* Pieces a block link may hold: a teaser's title, summary and credit. Past this, a '['
 * left open is only a stray bracket. */
#define BLOCK_LINK_PIECES 8

static void
close_piece(md *m)
{
    if (m->off == SIZE_MAX)
        return;
    newsclean_buf *b = &m->out->text;
    size_t first = m->out->n;
    if (m->link_from != SIZE_MAX && closes_link(b->data + m->off, b->len - m->off))
        close_block_link(m, first);
    else if (m->link_from != SIZE_MAX && first - m->link_from > BLOCK_LINK_PIECES)
        m->link_from = SIZE_MAX;
    if (m->ok && b->len - m->off > 3 && memchr(b->data + m->off, ']', b->len - m->off))
        b->len = m->off + newsclean_td_leftover_links(b->data + m->off, b->len - m->off, &m->links);
    if (m->ok && b->len > m->off &&
        (memchr(b->data + m->off, '*', b->len - m->off) ||
         memchr(b->data + m->off, '_', b->len - m->off)))
        b->len = m->off + leftover_emphasis(b->data + m->off, b->len - m->off);
    size_t open = m->ok ? unclosed_bracket(b->data + m->off, b->len - m->off) : SIZE_MAX;
    if (open != SIZE_MAX) {
        /* The bracket opens a block link: it goes, and what follows it may be link text. */
        char *at = b->data + m->off + open;
        memmove(at, at + 1, b->len - m->off - open - 1);
        b->len--;
        m->link_from = first;
        m->link_skip = newsclean_td_cps(b->data + m->off, open);
    }
    if (m->ok && !newsclean_td_pieces_close(m->out, m->off, m->links, m->level, m->items > 0))
        m->ok = false;
    m->off = SIZE_MAX;
}

/* Append text to the open piece. A soft break between a word's halves that the writer
 * broke after a hyphen ("well-" / "known") takes no space. */
static void
add_text(md *m, const char *s, size_t n)
{
    if (!m->ok || n == 0)
        return;
    if (m->in_image)
        return; /* alt text is not shown on the page */
    open_piece(m);
    newsclean_buf *b = &m->out->text;
    if (m->soft) {
        bool hyphen = b->len >= m->off + 2 && b->data[b->len - 1] == '-' &&
                      newsclean_is_ascii_letter(b->data[b->len - 2]) &&
                      newsclean_is_ascii_letter(s[0]);
        if (!hyphen && !newsclean_buf_append_char(b, ' '))
            m->ok = false;
        if (!hyphen && m->in_link)
            m->links++;
        m->soft = false;
    }
    if (m->ok && !newsclean_buf_append(b, s, n))
        m->ok = false;
    if (m->in_link)
        m->links += newsclean_td_cps(s, n);
}

/* A hard break, or a block boundary inside raw HTML: the text goes on in a new piece
 * with the same standing. */
static void
break_piece(md *m)
{
    close_piece(m);
}

static bool
tag_is(const char *tag, size_t n, const char *name)
{
    size_t k = strlen(name);
    return n >= k && strncasecmp(tag, name, k) == 0 &&
           (n == k || tag[k] == ' ' || tag[k] == '>' || tag[k] == '/' || tag[k] == '\t' ||
            tag[k] == '\n');
}

/* Tags that start a new line in a browser's rendering. */
static bool
block_tag(const char *name, size_t n)
{
    static const char *const tags[] = {
        "p",  "div", "br",     "li",     "tr",      "td",     "th",         "h1",         "h2",
        "h3", "h4",  "h5",     "h6",     "pre",     "table",  "ul",         "ol",         "section",
        "dd", "dt",  "header", "footer", "article", "figure", "figcaption", "blockquote", "hr"};
    for (size_t k = 0; k < sizeof tags / sizeof tags[0]; k++)
        if (tag_is(name, n, tags[k]))
            return true;
    return false;
}

/* Going into (enter) or out of a link, an image or a list item: one count of how deep the
 * text is. A stray closing tag leaves the count at 0. */
static void
nest(unsigned *depth, bool enter)
{
    if (enter)
        (*depth)++;
    else if (*depth)
        (*depth)--;
}

/* One HTML tag at s[0] == '<' (n bytes of it up to and including '>'): links counted,
 * block boundaries break the piece. */
static void
html_tag(md *m, const char *s, size_t n)
{
    bool closing = n > 1 && s[1] == '/';
    const char *name = s + 1 + closing;
    size_t nn = n - 1 - closing;
    if (tag_is(name, nn, "a")) {
        nest(&m->in_link, !closing);
    } else if (block_tag(name, nn)) {
        break_piece(m);
    }
}

/* Raw HTML left in the Markdown (pandoc keeps what Markdown cannot say): its text, with
 * links counted and block tags breaking pieces; comments, scripts and styles dropped. */
static void
html_text(md *m, const char *s, size_t n)
{
    size_t run = 0; /* start of the text not yet added */
    for (size_t i = 0; i < n && m->ok;) {
        if (s[i] == '<') {
            const char *end = NULL;
            size_t skip = 0;
            if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
                for (size_t k = i + 4; k + 3 <= n && !end; k++)
                    if (memcmp(s + k, "-->", 3) == 0)
                        end = s + k + 2;
                if (!end) {
                    /* A comment that never closes hides the rest. */
                    add_text(m, s + run, i - run);
                    return;
                }
            } else if (i + 1 < n && (newsclean_is_ascii_letter(s[i + 1]) || s[i + 1] == '/')) {
                end = memchr(s + i, '>', n - i);
                if (!end) {
                    /* A tag cut off by the block's end: the rest is its attributes. */
                    add_text(m, s + run, i - run);
                    return;
                }
            }
            if (end) {
                add_text(m, s + run, i - run);
                size_t tl = (size_t)(end - (s + i)) + 1;
                const char *name = s + i + 1;
                if (tag_is(name, tl - 1, "script") || tag_is(name, tl - 1, "style")) {
                    /* Skip to the next end tag, or to the end if none comes. */
                    for (size_t k = i + tl; k + 2 <= n && !skip; k++)
                        if (s[k] == '<' && s[k + 1] == '/')
                            skip = k;
                    if (!skip)
                        skip = n;
                }
                html_tag(m, s + i, tl);
                i = skip ? skip : i + tl;
                run = i;
                continue;
            }
        }
        char ent[4];
        size_t en = 0, el = s[i] == '&' ? newsclean_html_entity(s + i, n - i, ent, &en) : 0;
        if (el) {
            add_text(m, s + run, i - run);
            add_text(m, ent, en);
            i += el;
            run = i;
            continue;
        }
        if (s[i] == '\n') {
            add_text(m, s + run, i - run);
            if (m->off != SIZE_MAX)
                m->soft = true;
            run = ++i;
            continue;
        }
        i++;
    }
    add_text(m, s + run, n - run);
}

/* A code block is one piece, its lines run together, as a browser's innerText of a
 * <pre> reads once spaces are collapsed. */
static void
code_block(md *m, const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && s[e] != '\n')
            e++;
        add_text(m, s + i, e - i);
        m->soft = true;
        i = e + 1;
    }
    close_piece(m);
}

static void
inline_node(md *m, cmark_node *node, cmark_event_type ev)
{
    const char *lit;
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
        lit = cmark_node_get_literal(node);
        if (lit)
            add_text(m, lit, strlen(lit));
        break;
    case CMARK_NODE_SOFTBREAK:
        if (m->off != SIZE_MAX)
            m->soft = true;
        break;
    case CMARK_NODE_LINEBREAK:
        break_piece(m);
        break;
    case CMARK_NODE_HTML_INLINE:
        lit = cmark_node_get_literal(node);
        if (lit && lit[0] == '<')
            html_tag(m, lit, strlen(lit));
        break;
    case CMARK_NODE_LINK:
        nest(&m->in_link, ev == CMARK_EVENT_ENTER);
        break;
    case CMARK_NODE_IMAGE:
        nest(&m->in_image, ev == CMARK_EVENT_ENTER);
        break;
    default:
        break;
    }
}

/* A list of one item that counts from a number other than 1 is a line of text that
 * starts with a number and a full stop, which a converter left unescaped: a German date
 * ("7. Oktober 2019") or a ranking ("3. Platz"). Its number and mark go into 'num';
 * false for an item of a real list. */
static bool
numbered_line(cmark_node *item, char num[16])
{
    cmark_node *list = cmark_node_parent(item), *first = cmark_node_first_child(item);
    /* Numbers alone ("2. 2.", as reference lists come out) are no text. */
    if (!first || cmark_node_get_type(first) != CMARK_NODE_PARAGRAPH)
        return false;
    if (!list || cmark_node_get_list_type(list) != CMARK_ORDERED_LIST ||
        cmark_node_first_child(list) != cmark_node_last_child(list))
        return false;
    int start = cmark_node_get_list_start(list);
    if (start == 1 || start < 0 || start > 999999999)
        return false;
    int len = snprintf(num, 16, "%d%c ", start,
                       cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ')' : '.');
    /* At the margin with one space after the number, as text runs; converters set their
     * own numbers in ("  2. ") or pad them to the text's column ("2.  "). */
    return cmark_node_get_start_column(list) == 1 && cmark_node_get_start_column(first) == 1 + len;
}

/* Blocks: a paragraph or heading is a piece; lists mark their pieces as items, and
 * blank lines fall where a browser would leave them, around paragraphs, headings and
 * whole lists. */
static void
block_node(md *m, cmark_node *node, cmark_event_type ev)
{
    bool enter = ev == CMARK_EVENT_ENTER;
    const char *lit;
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
        if (enter) {
            if (!m->items)
                m->out->gap = true;
            m->level = 0;
        } else {
            close_piece(m);
        }
        break;
    case CMARK_NODE_HEADING:
        close_piece(m);
        m->out->gap = true;
        m->level = enter ? (unsigned)cmark_node_get_heading_level(node) : 0;
        break;
    case CMARK_NODE_LIST:
        /* A list inside a list item goes on without a blank line. */
        close_piece(m);
        if (!m->items)
            m->out->gap = true;
        break;
    case CMARK_NODE_BLOCK_QUOTE:
    case CMARK_NODE_THEMATIC_BREAK:
        close_piece(m);
        m->out->gap = true;
        break;
    case CMARK_NODE_ITEM: {
        char num[16];
        close_piece(m);
        if (!numbered_line(node, num))
            nest(&m->items, enter);
        else if (enter)
            add_text(m, num, strlen(num));
        break;
    }
    case CMARK_NODE_CODE_BLOCK:
        close_piece(m);
        lit = cmark_node_get_literal(node);
        if (lit)
            code_block(m, lit, strlen(lit));
        break;
    case CMARK_NODE_HTML_BLOCK:
        close_piece(m);
        lit = cmark_node_get_literal(node);
        if (lit)
            html_text(m, lit, strlen(lit));
        close_piece(m);
        break;
    default:
        inline_node(m, node, ev);
        break;
    }
}

/* Where CommonMark's raw HTML block that only its end tag can close (script, style, pre,
 * textarea) opens a line whose end tag never comes, the rest of the dump would be one
 * block of raw HTML: converters drop a script's body and keep its start tag. In the copy
 * the parser reads, such a tag becomes a <div>, whose block ends at a blank line. */
static void
unclosed_raw_blocks(char *s, size_t n)
{
    static const char *const names[] = {"script", "style", "pre", "textarea"};
    bool closed[4] = {false, false, false, false};
    size_t i = n;
    while (i > 0) {
        size_t e = i, st = i;
        while (st > 0 && s[st - 1] != '\n')
            st--;
        i = st > 0 ? st - 1 : 0;
        size_t a = st;
        while (a < e && a < st + 3 && s[a] == ' ')
            a++;
        for (size_t k = 0; k < 4; k++) {
            size_t l = strlen(names[k]);
            for (size_t j = a; j + l + 2 <= e && !closed[k]; j++)
                if (s[j] == '<' && s[j + 1] == '/' && strncasecmp(s + j + 2, names[k], l) == 0)
                    closed[k] = true;
            if (a + l + 1 < e && s[a] == '<' && strncasecmp(s + a + 1, names[k], l) == 0 &&
                !closed[k]) {
                memcpy(s + a + 1, "div", 3);
                memset(s + a + 4, ' ', l - 3);
            }
        }
        if (st == 0)
            break;
    }
}

/* Whether a line starts a block of its own: a heading, a list item, a quotation, a
 * table row, raw HTML, a code fence. */
static bool
block_start(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && i < 4 && s[i] == ' ')
        i++;
    if (i >= n || i == 4)
        return i == 4; /* indented code */
    char c = s[i];
    if (strchr("#*-+>|<`~=_", c))
        return true;
    size_t d = i;
    while (d < n && s[d] >= '0' && s[d] <= '9')
        d++;
    return d > i && d < n && (s[d] == '.' || s[d] == ')');
}

/* Bytes of a line that a wrapping converter filled: near its width (72 to 80). */
#define WRAPPED_LINE_BYTES 60

/* Whether a line opens a block that may interrupt a paragraph in CommonMark: a bullet
 * ("- ", "* ", "+ "), a list counting from one ("1. ", "1) "), a quotation or a heading. */
static bool
interrupts(const char *s, size_t n)
{
    if (n >= 3 && strchr("-*+", s[0]) && s[1] == ' ' && s[2] != ' ')
        return true;
    if (n >= 4 && s[0] == '1' && (s[1] == '.' || s[1] == ')') && s[2] == ' ')
        return true;
    if (n >= 2 && s[0] == '>')
        return true;
    size_t k = 0;
    while (k < n && k < 7 && s[k] == '#')
        k++;
    return k >= 1 && k <= 6 && k + 1 < n && s[k] == ' ';
}

/* How far an image's description may run before its "](": a feed's caption of a few
 * paragraphs, not the rest of a page. */
#define ALT_TEXT_BYTES 3000

/* Whether the image description open at s[0] closes within reach: its "](" comes before
 * another image opens. */
static bool
alt_text_closes(const char *s, size_t n)
{
    size_t depth = 0;
    for (size_t i = 0; i < n && i < ALT_TEXT_BYTES; i++) {
        if (s[i] == '[') {
            if (i > 0 && s[i - 1] == '!')
                return false;
            depth++;
        } else if (s[i] == ']') {
            if (depth == 0)
                return i + 1 < n && s[i + 1] == '(';
            depth--;
        }
    }
    return false;
}

/* Widest value taken for a one-line definition. */
#define VALUE_BYTES 40

/* Whether 'term' reads as a label (it ends in a letter, a digit or a closing bracket, not
 * in the colon or stop that introduces code) and 'value' as a short value with none of the
 * marks code is written with. */
static bool
label_over_value(const char *term, size_t tn, const char *value, size_t vn)
{
    unsigned char last = (unsigned char)term[tn - 1];
    if (!(last >= 0x80 || (last >= '0' && last <= '9') ||
          ((last | 0x20) >= 'a' && (last | 0x20) <= 'z') || last == ')'))
        return false;
    if (vn == 0 || vn > VALUE_BYTES)
        return false;
    for (size_t i = 0; i < vn; i++)
        if (strchr("(){}[];=<>\\/_`|#'\"", value[i]))
            return false;
    return true;
}

/* Widest line taken for a definition list's term. */
#define TERM_BYTES 80

/* Where the line 'term' (as written so far, ending at s[nl], a newline) is a definition
 * list's term and a blank line then a line set in by four spaces its definition, the
 * offset of that definition's line; SIZE_MAX if not.
 * A wrapping converter writes <dt>, a blank line and <dd> set in as a code block would be;
 * unwrapped, it writes them on consecutive lines. It is a definition, not code, when the
 * indented run goes straight on into a line at the margin, as a code block never does in
 * a converter's output (it leaves a blank line after one). '*run_end' is set to where the
 * indented run ends. */
static size_t
definition_after_term(const char *term, size_t tn, const char *s, size_t n, size_t nl,
                      bool follows_definition, size_t *run_end)
{
    if (tn == 0 || tn > TERM_BYTES || term[0] == ' ' || block_start(term, tn))
        return SIZE_MAX;
    size_t j = nl + 1, blanks = 0;
    for (;;) {
        size_t e = j;
        while (e < n && s[e] == ' ')
            e++;
        if (e >= n || s[e] != '\n')
            break;
        j = e + 1;
        blanks++;
    }
    if (!blanks)
        return SIZE_MAX;
    size_t k = j, lines = 0;
    while (k + 4 < n && memcmp(s + k, "    ", 4) == 0 && s[k + 4] != ' ' && s[k + 4] != '\n') {
        const char *e = memchr(s + k, '\n', n - k);
        if (!e)
            return SIZE_MAX;
        k = (size_t)(e - s) + 1;
        lines++;
    }
    if (!lines)
        return SIZE_MAX;
    /* The list's last definition has a blank line after it, but its term came straight
     * after the definition before. A list of one term has blank lines on both sides of its
     * definition too: a name ending in a letter or digit over one short value with none of
     * code's marks (a fact box's "Founded" over "1998") is taken for one. */
    if (!(k < n && s[k] != ' ' && s[k] != '\n') && !follows_definition &&
        !(lines == 1 && label_over_value(term, tn, s + j + 4, k - j - 5)))
        return SIZE_MAX;
    *run_end = k;
    return j;
}

/* Undo what a wrapping converter (Python's html2text, pandoc) does to Markdown that the
 * Markdown itself cannot take: a heading wrapped onto a second line, which would become a
 * paragraph of its own (pandoc wraps a heading whose link is a raw <a> tag, inside a list
 * item too); a link's target broken after a hyphen, which would leave the link unread;
 * blank lines the wrap puts inside an image's description (a feed's photo captioned in
 * paragraphs), which would end the paragraph and spill the description and the image's
 * address into the text; a definition list's definitions set in as code (see
 * definition_after_term()). Compacts s in place and returns its new length. */
static size_t
rejoin_wraps(char *s, size_t n)
{
    /* 'from' is where the line being read starts in the input, 'wfrom' where it starts in
     * the output written over the input's front (what looks back at the line reads it
     * there). */
    size_t w = 0, indent = 0, from = 0, wfrom = 0, term_at = SIZE_MAX;
    bool heading = false, target = false, start = true, quoted = false, alt = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (start && (i == 0 || s[i - 1] == '\n')) {
            from = i;
            wfrom = w;
        }
        if (start) {
            /* A heading inside a list item is set in as far as the item's text, on the
             * item's first line after its marker. */
            size_t a = i;
            while (a < n && s[a] == ' ')
                a++;
            size_t mk = a;
            while (mk < n && mk - a < 9 && s[mk] >= '0' && s[mk] <= '9')
                mk++;
            if (mk < n &&
                ((mk > a && (s[mk] == '.' || s[mk] == ')')) ||
                 (mk == a && (s[mk] == '-' || s[mk] == '*' || s[mk] == '+'))) &&
                mk + 1 < n && s[mk + 1] == ' ') {
                a = mk + 1;
                while (a < n && s[a] == ' ')
                    a++;
            }
            size_t k = a;
            while (k < n && s[k] == '#' && k - a < 7)
                k++;
            heading = k > a && k - a <= 6 && k < n && s[k] == ' ';
            quoted = a < n && s[a] == '>';
            indent = a - i;
            start = false;
        }
        if (c == '(' && w > 0 && s[w - 1] == ']') {
            target = true;
            alt = false;
        } else if (target && (c == ')' || c == ' ')) {
            target = false;
        } else if (c == '[' && w > 0 && s[w - 1] == '!') {
            alt = alt_text_closes(s + i + 1, n - i - 1);
        } else if (c == '\n') {
            const char *next = s + i + 1;
            size_t rest = n - i - 1, blank = 0;
            while (blank < rest && next[blank] == ' ')
                blank++;
            bool text_follows = blank < rest && next[blank] != '\n';
            size_t dd = text_follows || heading || quoted || indent
                            ? SIZE_MAX
                            : definition_after_term(s + wfrom, w - wfrom, s, n, i, from == term_at,
                                                    &term_at);
            if (dd != SIZE_MAX) {
                s[w++] = '\n';
                i = dd - 1;
                start = true;
                continue;
            }
            if (alt && !text_follows) {
                /* Blank lines inside the description go; the line break stays. */
                size_t e = i + 1;
                while (e < n && (s[e] == ' ' || s[e] == '\n'))
                    e++;
                s[w++] = '\n';
                i = e - 1;
                start = true;
                continue;
            }
            if (target && w > 0 && s[w - 1] == '-' && text_follows) {
                i += blank; /* the target goes on after the hyphen */
                continue;
            }
            target = false;
            size_t in = blank < indent ? blank : indent;
            if (heading && text_follows && !block_start(next + in, rest - in)) {
                s[w++] = ' ';
                continue;
            }
            /* A paragraph's long line, then a line in its column that opens as a list item,
             * a quotation or a heading would: the converter wrapped before a dash, a star or
             * a "1." in the text, as it never sets such a block right under a paragraph
             * without a blank line. The line goes on with the paragraph. */
            if (!heading && !quoted && text_follows && blank == indent &&
                i - from >= WRAPPED_LINE_BYTES && interrupts(next + blank, rest - blank)) {
                s[w++] = ' ';
                i += blank;
                start = true;
                from = i + 1;
                wfrom = w;
                continue;
            }
            start = true;
        }
        s[w++] = c;
    }
    return w;
}

newsclean_status
newsclean_td_markdown(const char *text, size_t len, newsclean_td_pieces *out)
{
    if (len > MARKDOWN_MAX_BYTES)
        return NEWSCLEAN_ERR_LIMIT;
    char *copy = newsclean_strndup(text, len);
    if (!copy)
        return NEWSCLEAN_ERR_NOMEM;
    /* Only a converter's dump is read by the kind model of tools' dumps. */
    out->tool = own_layout(text, len);
    unclosed_raw_blocks(copy, len);
    cmark_node *doc = cmark_parse_document(copy, rejoin_wraps(copy, len), CMARK_OPT_DEFAULT);
    free(copy);
    cmark_iter *it = doc ? cmark_iter_new(doc) : NULL;
    md m = {.out = out, .off = SIZE_MAX, .link_from = SIZE_MAX, .ok = it != NULL};
    cmark_event_type ev;
    while (m.ok && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
        block_node(&m, cmark_iter_get_node(it), ev);
    close_piece(&m);
    cmark_iter_free(it);
    cmark_node_free(doc);
    return m.ok ? NEWSCLEAN_OK : NEWSCLEAN_ERR_NOMEM;
}
