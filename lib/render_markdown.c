/* render_markdown.c: the article as CommonMark (pipe tables as GitHub writes them), from the
 * structure the walk recorded, or from the body's paragraphs when there is none. Every
 * character that CommonMark could read as markup is escaped, so the words a CommonMark
 * reader renders are the body's words. */
#include "newsclean.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "buf.h"
#include "structure.h"

#define MAX_FRAMES 64

typedef struct {
    unsigned char tag;
    bool ordered;
    long next;       /* a list: the next item's number */
    char bullet;     /* a list: '-' or '*', or '.' or ')' when ordered */
    char marker[24]; /* an item: its marker, written on its first line */
    size_t width;    /* an item: the marker's width, the indent of its other lines */
    bool marker_pending;
    bool fresh; /* opened after the last block: the blank line before the next is outside */
} frame;

typedef struct {
    newsclean_buf out;
    bool ok;
    frame f[MAX_FRAMES];
    size_t nf, skipped; /* frames past MAX_FRAMES are counted, not kept */
    bool any;           /* a block has been written */
    bool prev_in_item;  /* the last block sat in a list item */
    bool item_fresh;    /* an item opened since the last block */
    size_t closed_list; /* frame depth where a list just closed, SIZE_MAX if none */
    char closed_bullet;
} md;

static void
put(md *m, const char *s, size_t n)
{
    m->ok = m->ok && newsclean_buf_append(&m->out, s, n);
}

static void
puts_(md *m, const char *s)
{
    put(m, s, strlen(s));
}

/* The prefix of a line: "> " per quote, and per list item its marker on the item's first
 * line, spaces of the same width after. A blank line takes the prefix of the frames that
 * were open before it, trailing spaces trimmed, and uses up no marker. */
static void
prefix(md *m, bool blank)
{
    size_t start = m->out.len;
    for (size_t i = 0; i < m->nf; i++) {
        frame *f = &m->f[i];
        if (blank && f->fresh)
            break;
        if (f->tag == NEWSCLEAN_TAG_QUOTE) {
            puts_(m, "> ");
        } else if (f->tag == NEWSCLEAN_TAG_ITEM) {
            if (f->marker_pending && !blank) {
                puts_(m, f->marker);
                f->marker_pending = false;
            } else {
                for (size_t k = 0; k < f->width; k++)
                    puts_(m, " ");
            }
        }
    }
    while (blank && m->ok && m->out.len > start && m->out.data[m->out.len - 1] == ' ')
        m->out.data[--m->out.len] = '\0';
}

static bool
in_item(const md *m)
{
    for (size_t i = 0; i < m->nf; i++)
        if (m->f[i].tag == NEWSCLEAN_TAG_ITEM)
            return true;
    return false;
}

/* Start a block: a blank line before it, or a line break alone between the items of a
 * list, then the prefix of its first line. */
static void
begin_block(md *m)
{
    if (m->any) {
        puts_(m, "\n");
        if (!(m->item_fresh && m->prev_in_item)) {
            prefix(m, true);
            puts_(m, "\n");
        }
    }
    prefix(m, false);
    for (size_t i = 0; i < m->nf; i++)
        m->f[i].fresh = false;
    m->any = true;
    m->item_fresh = false;
    m->prev_in_item = in_item(m);
    m->closed_list = SIZE_MAX;
}

static void
newline(md *m)
{
    puts_(m, "\n");
    prefix(m, false);
}

/* ---- Inline text ---- */

typedef enum { T_TEXT, T_OPEN, T_CLOSE } tok_type;

typedef struct {
    tok_type type;
    char kind; /* 'E', 'S', 'C', 'A' */
    const char *s;
    size_t len;   /* text, or a link's URL */
    size_t match; /* the other end of a pair */
    bool drop;
} tok;

static bool
is_space_char(char c)
{
    return c == ' ' || c == '\0';
}

/* ASCII punctuation, and the bytes that start the quotation marks and dashes of U+2010..
 * U+203F and U+00AB/U+00BB (CommonMark counts Unicode punctuation). */
static bool
is_punct(const char *s)
{
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80)
        return c > ' ' && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) != NULL;
    if (c == 0xE2 && (unsigned char)s[1] == 0x80)
        return true;
    return c == 0xC2 && ((unsigned char)s[1] == 0xAB || (unsigned char)s[1] == 0xBB);
}

static const char *
delim_of(char kind)
{
    return kind == 'E' ? "*" : kind == 'S' ? "**" : kind == 'C' ? "`" : "[";
}

/* The character a reader sees just before token 'i' (or after, when 'after'). */
static const char *
edge(const tok *t, size_t n, size_t i, bool after)
{
    if (i >= n)
        return "";
    if (t[i].type == T_TEXT)
        return after ? t[i].s : t[i].s + t[i].len - 1;
    if (t[i].kind == 'A')
        return t[i].type == T_OPEN ? "[" : ")";
    return delim_of(t[i].kind);
}

/* Would CommonMark take the delimiters of emphasis pair (o, c) as emphasis? An opener must
 * be left-flanking, a closer right-flanking. */
static bool
flanks(const tok *t, size_t n, size_t o, size_t c)
{
    const char *before = o > 0 ? edge(t, n, o - 1, false) : "";
    const char *first = edge(t, n, o + 1, true);
    const char *last = edge(t, n, c - 1, false);
    const char *after = edge(t, n, c + 1, true);
    bool left =
        !is_space_char(*first) && (!is_punct(first) || is_space_char(*before) || is_punct(before));
    bool right =
        !is_space_char(*last) && (!is_punct(last) || is_space_char(*after) || is_punct(after));
    return left && right;
}

static size_t
tokenize(const char *s, tok *t, size_t cap)
{
    size_t n = 0;
    while (*s && n < cap) {
        if (*s == NEWSCLEAN_MARK && s[1]) {
            char code = s[1];
            tok *k = &t[n++];
            memset(k, 0, sizeof *k);
            k->type = code < 'a' ? T_OPEN : T_CLOSE;
            k->kind = code < 'a' ? code : (char)(code - 32);
            s += 2;
            if (code == NEWSCLEAN_MARK_LINK_OPEN) {
                k->s = s;
                while (*s && *s != NEWSCLEAN_MARK_END)
                    s++;
                k->len = (size_t)(s - k->s);
                if (*s)
                    s++;
            }
            continue;
        }
        const char *e = s;
        while (*e && *e != NEWSCLEAN_MARK)
            e++;
        if (*e == NEWSCLEAN_MARK && !e[1])
            e++;
        t[n] = (tok){.type = T_TEXT, .s = s, .len = (size_t)(e - s)};
        n++;
        s = e;
    }
    /* Pair the ends; an end without its start, or a start without its end, is dropped. */
    size_t stack[8], depth = 0;
    for (size_t i = 0; i < n; i++) {
        t[i].match = SIZE_MAX;
        if (t[i].type == T_OPEN) {
            if (depth < 8)
                stack[depth++] = i;
            else
                t[i].drop = true;
        } else if (t[i].type == T_CLOSE) {
            if (depth && t[stack[depth - 1]].kind == t[i].kind) {
                size_t o = stack[--depth];
                t[o].match = i;
                t[i].match = o;
            } else {
                t[i].drop = true;
            }
        }
    }
    while (depth)
        t[stack[--depth]].drop = true;
    /* "<b>S</b><b>unshine</b>": an end and a start of one kind that touch would read as
     * "**S****unshine**"; the two pairs become one. */
    for (size_t i = 0; i + 1 < n; i++) {
        tok *c = &t[i], *o = &t[i + 1];
        if (c->type != T_CLOSE || o->type != T_OPEN || c->drop || o->drop || c->kind != o->kind ||
            c->kind == 'A')
            continue;
        size_t first = c->match, last = o->match;
        c->drop = o->drop = true;
        t[first].match = last;
        t[last].match = first;
    }
    for (size_t i = 0; i < n; i++)
        if (t[i].type == T_OPEN && !t[i].drop && (t[i].kind == 'E' || t[i].kind == 'S') &&
            !flanks(t, n, i, t[i].match))
            t[i].drop = t[t[i].match].drop = true;
    return n;
}

/* Escape text: what CommonMark reads as markup anywhere, and at a line's start what starts
 * a block (headings, quotes, list markers, thematic breaks, fences). */
static void
text_out(md *m, const char *s, size_t n, bool *line_start, bool heading)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if ((unsigned char)c < ' ' && c != '\t')
            c = ' ';
        bool esc = strchr("\\`*_[]<&|", c) != NULL && c != '\0';
        if (*line_start && strchr("#>+-=~", c) && c)
            esc = true;
        if (heading && c == '#')
            esc = true;
        /* "!" before a link's "[" would make it an image. */
        if (c == '!' && i + 1 == n)
            esc = true;
        if (*line_start && c >= '0' && c <= '9') {
            size_t j = i;
            while (j < n && s[j] >= '0' && s[j] <= '9')
                j++;
            put(m, s + i, j - i);
            if (j < n && (s[j] == '.' || s[j] == ')'))
                put(m, "\\", 1);
            i = j - 1;
            *line_start = false;
            continue;
        }
        if (esc)
            put(m, "\\", 1);
        put(m, &c, 1);
        *line_start = false;
    }
}

/* Longest run of backticks in s. */
static size_t
backtick_run(const char *s, size_t n)
{
    size_t best = 0, run = 0;
    for (size_t i = 0; i < n; i++) {
        run = s[i] == '`' ? run + 1 : 0;
        if (run > best)
            best = run;
    }
    return best;
}

static void
code_span(md *m, const tok *t, size_t from, size_t to)
{
    newsclean_buf c;
    newsclean_buf_init(&c);
    for (size_t i = from; i < to; i++)
        if (t[i].type == T_TEXT)
            m->ok = m->ok && newsclean_buf_append(&c, t[i].s, t[i].len);
    if (!m->ok || c.len == 0) {
        newsclean_buf_free(&c);
        return;
    }
    size_t fence = backtick_run(c.data, c.len) + 1;
    bool pad = c.data[0] == '`' || c.data[c.len - 1] == '`' ||
               (c.data[0] == ' ' && c.data[c.len - 1] == ' ');
    for (size_t k = 0; k < fence; k++)
        puts_(m, "`");
    if (pad)
        puts_(m, " ");
    put(m, c.data, c.len);
    if (pad)
        puts_(m, " ");
    for (size_t k = 0; k < fence; k++)
        puts_(m, "`");
    newsclean_buf_free(&c);
}

/* Tokens of one line of inline text at most; longer texts render in pieces. */
#define MAX_TOKENS 4096

static void
inline_out(md *m, const char *text, bool line_start, bool heading)
{
    tok *t = malloc(MAX_TOKENS * sizeof *t);
    if (!t) {
        m->ok = false;
        return;
    }
    while (*text && m->ok) {
        size_t n = tokenize(text, t, MAX_TOKENS);
        if (n == 0)
            break;
        for (size_t i = 0; i < n; i++) {
            const tok *k = &t[i];
            if (k->type == T_TEXT) {
                text_out(m, k->s, k->len, &line_start, heading);
                continue;
            }
            if (k->drop)
                continue;
            line_start = false;
            if (k->kind == 'C' && k->type == T_OPEN) {
                code_span(m, t, i + 1, k->match);
                i = k->match;
                continue;
            }
            if (k->kind == 'A') {
                if (k->type == T_OPEN) {
                    puts_(m, "[");
                } else {
                    const tok *o = &t[k->match];
                    puts_(m, "](");
                    put(m, o->s, o->len);
                    puts_(m, ")");
                }
                continue;
            }
            puts_(m, delim_of(k->kind));
        }
        const tok *last = &t[n - 1];
        text = last->type == T_TEXT ? last->s + last->len : text + strlen(text);
        if (n < MAX_TOKENS)
            break;
    }
    free(t);
}

/* ---- Blocks ---- */

static void
code_block(md *m, const char *text)
{
    size_t n = strlen(text), fence = backtick_run(text, n) + 1;
    if (fence < 3)
        fence = 3;
    begin_block(m);
    for (size_t k = 0; k < fence; k++)
        puts_(m, "`");
    const char *s = text;
    while (m->ok) {
        newline(m);
        const char *e = strchr(s, '\n');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        for (size_t i = 0; i < len; i++)
            if (s[i] != '\r')
                put(m, s + i, 1);
        if (!e)
            break;
        s = e + 1;
    }
    newline(m);
    for (size_t k = 0; k < fence; k++)
        puts_(m, "`");
}

static bool
v_item(void *ctx, const newsclean_sitem *it, bool br_join)
{
    md *m = ctx;
    if (it->kind == NEWSCLEAN_BLOCK_PRE && !it->image) {
        code_block(m, it->text);
        return m->ok;
    }
    if (br_join) {
        /* A backslash at the end of a line is CommonMark's hard line break. */
        puts_(m, "\\");
        newline(m);
    } else {
        begin_block(m);
    }
    if (it->image) {
        puts_(m, "![");
        inline_out(m, it->text, false, false);
        puts_(m, "](");
        puts_(m, it->src);
        if (it->title) {
            /* The figure's caption as the image's title: "…" with \ and " escaped. */
            puts_(m, " \"");
            for (const char *c = it->title; *c; c++) {
                if (*c == '"' || *c == '\\')
                    puts_(m, "\\");
                char one[2] = {*c, '\0'};
                puts_(m, one);
            }
            puts_(m, "\"");
        }
        puts_(m, ")");
        return m->ok;
    }
    if (it->kind == NEWSCLEAN_BLOCK_HEADING) {
        unsigned level = it->level < 2 ? 2 : it->level > 6 ? 6 : it->level;
        for (unsigned k = 0; k < level; k++)
            puts_(m, "#");
        puts_(m, " ");
        inline_out(m, it->text, false, true);
        return m->ok;
    }
    inline_out(m, it->text, true, false);
    return m->ok;
}

static bool
v_open(void *ctx, const newsclean_snode *n)
{
    md *m = ctx;
    if (m->nf == MAX_FRAMES) {
        m->skipped++;
        return true;
    }
    frame *f = &m->f[m->nf];
    memset(f, 0, sizeof *f);
    f->tag = n->tag;
    f->fresh = true;
    if (n->tag == NEWSCLEAN_TAG_LIST) {
        f->ordered = n->ordered;
        f->next = n->start;
        f->bullet = n->ordered ? '.' : '-';
        /* Two lists one after the other would read as one: the second changes its marker. */
        if (m->closed_list == m->nf && m->closed_bullet == f->bullet)
            f->bullet = n->ordered ? ')' : '*';
    } else if (n->tag == NEWSCLEAN_TAG_ITEM) {
        frame *list = m->nf && m->f[m->nf - 1].tag == NEWSCLEAN_TAG_LIST ? &m->f[m->nf - 1] : NULL;
        if (list && list->ordered)
            snprintf(f->marker, sizeof f->marker, "%ld%c ", list->next++, list->bullet);
        else
            snprintf(f->marker, sizeof f->marker, "%c ", list ? list->bullet : '-');
        f->width = strlen(f->marker);
        f->marker_pending = true;
        m->item_fresh = true;
    }
    m->nf++;
    return true;
}

static bool
v_close(void *ctx, const newsclean_snode *n)
{
    md *m = ctx;
    (void)n;
    if (m->skipped) {
        m->skipped--;
        return true;
    }
    if (m->nf == 0)
        return true;
    frame *f = &m->f[--m->nf];
    if (f->tag == NEWSCLEAN_TAG_LIST) {
        m->closed_list = m->nf;
        m->closed_bullet = f->bullet;
    }
    return true;
}

static void
table_row(md *m, const newsclean_grid *g, size_t r, bool first)
{
    if (!first)
        newline(m);
    puts_(m, "|");
    for (size_t c = 0; c < g->cols; c++) {
        const char *cell = r < g->rows ? g->cells[r * g->cols + c] : NULL;
        puts_(m, " ");
        if (cell)
            inline_out(m, cell, false, false);
        puts_(m, " |");
    }
}

static bool
v_table(void *ctx, const newsclean_grid *g)
{
    md *m = ctx;
    if (g->caption) {
        begin_block(m);
        inline_out(m, g->caption, true, false);
    }
    if (g->rows == 0 || g->cols == 0)
        return m->ok;
    begin_block(m);
    /* A pipe table needs a header row: the table's own, or an empty one. */
    bool head = g->header[0];
    table_row(m, g, head ? 0 : SIZE_MAX, true);
    newline(m);
    puts_(m, "|");
    for (size_t c = 0; c < g->cols; c++)
        puts_(m, " --- |");
    for (size_t r = head ? 1 : 0; r < g->rows; r++)
        table_row(m, g, r, false);
    return m->ok;
}

/* No structure: the body's paragraphs, escaped. */
static void
from_body(md *m, const newsclean_article *a)
{
    const char *s = a->body ? a->body : "";
    while (*s && m->ok) {
        const char *e = strstr(s, "\n\n");
        size_t len = e ? (size_t)(e - s) : strlen(s);
        char *p = newsclean_strndup(s, len);
        if (!p) {
            m->ok = false;
            return;
        }
        for (char *q = p; *q; q++)
            if (*q == NEWSCLEAN_MARK || *q == '\n')
                *q = ' ';
        begin_block(m);
        inline_out(m, p, true, false);
        free(p);
        s = e ? e + 2 : s + len;
    }
}

newsclean_status
newsclean_article_to_markdown(const newsclean_article *a, char **out, size_t *out_len)
{
    if (!newsclean_render_args(a, out))
        return NEWSCLEAN_ERR_INVALID_ARG;
    md m = {.ok = true, .closed_list = SIZE_MAX};
    newsclean_buf_init(&m.out);
    if (a->meta.headline) {
        char *h = newsclean_strdup(a->meta.headline);
        m.ok = h != NULL;
        for (char *q = h; q && *q; q++)
            if (*q == NEWSCLEAN_MARK)
                *q = ' ';
        puts_(&m, "# ");
        if (h)
            inline_out(&m, h, false, true);
        free(h);
        m.any = true;
    }
    if (a->structure) {
        newsclean_visitor v = {v_open, v_close, v_item, v_table};
        m.ok = m.ok && newsclean_structure_visit(a->structure, &v, &m);
    } else {
        from_body(&m, a);
    }
    if (m.any)
        puts_(&m, "\n");
    return newsclean_buf_hand_over(&m.out, m.ok, out, out_len) ? NEWSCLEAN_OK : NEWSCLEAN_ERR_NOMEM;
}
