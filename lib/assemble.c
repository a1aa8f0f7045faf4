/* assemble.c: from kept blocks to the body text, and the --explain report. */
#include "assemble.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "byline.h"
#include "headline.h"

/* A short block at the top that only repeats the byline ("By Jane Doe"). */
static bool
repeats_byline(const newsclean_block *b, const char *byline)
{
    if (!byline || b->chars > 150)
        return false;
    char *c = newsclean_strndup(b->text, b->len);
    if (!c)
        return false;
    newsclean_byline_clean(c, b->len);
    bool r = newsclean_headline_same_text(c, byline);
    free(c);
    return r;
}

/* Blocks this close to the top that repeat the byline are its echo, not text. */
#define BYLINE_ECHO_BLOCKS 3

void
newsclean_assemble_drop_echoes(newsclean_blocks *bl, const newsclean_meta *m)
{
    newsclean_headline_drop_echoes(bl, m->headline);
    size_t emitted = 0;
    for (size_t i = 0; i < bl->n && emitted < BYLINE_ECHO_BLOCKS; i++) {
        newsclean_block *b = &bl->v[i];
        if (!b->keep)
            continue;
        if (repeats_byline(b, m->byline)) {
            b->keep = false;
            b->reason = "repeats the byline";
            continue;
        }
        emitted++;
    }
}

/* The row (tr) and cell (td, th) containers a block sits in; false if it is in no cell or
 * the walk up the tree meets a table first. */
static bool
cell_of(const newsclean_blocks *bl, size_t c, size_t *cell, size_t *row)
{
    *cell = NEWSCLEAN_NO_CONTAINER;
    /* The cell is near: a <p> or <div> or two inside a td at most, on real pages. */
    for (unsigned hops = 0; c < bl->nc && hops < 8; hops++, c = bl->c[c].parent) {
        unsigned char t = bl->c[c].tag;
        if (t == NEWSCLEAN_TAG_TABLE)
            return false;
        if (t == NEWSCLEAN_TAG_CELL && *cell == NEWSCLEAN_NO_CONTAINER)
            *cell = c;
        else if (t == NEWSCLEAN_TAG_ROW)
            return (*row = c, *cell != NEWSCLEAN_NO_CONTAINER);
    }
    return false;
}

const char *
newsclean_assemble_separator(const newsclean_blocks *bl, const newsclean_block *prev,
                             const newsclean_block *b)
{
    size_t c1, r1, c2, r2;
    if (prev->kind != NEWSCLEAN_BLOCK_CELL || b->kind != NEWSCLEAN_BLOCK_CELL ||
        !cell_of(bl, prev->container, &c1, &r1) || !cell_of(bl, b->container, &c2, &r2) || r1 != r2)
        return "\n\n";
    /* A table's row reads as one line, its cells split by tabs. Paragraphs inside one cell
     * stay paragraphs: a layout table may hold a whole article in one cell. */
    return c1 == c2 ? "\n\n" : "\t";
}

newsclean_status
newsclean_assemble_body(newsclean_blocks *bl, newsclean_article *a)
{
    newsclean_assemble_drop_echoes(bl, &a->meta);
    newsclean_buf body;
    newsclean_buf_init(&body);
    /* One allocation for the whole body: growing it block by block copies it again and
     * again once it is long. */
    size_t most = 0;
    for (size_t i = 0; i < bl->n; i++)
        if (bl->v[i].keep)
            most += bl->v[i].len + 2;
    if (!newsclean_buf_reserve(&body, most))
        return NEWSCLEAN_ERR_NOMEM;
    const newsclean_block *prev = NULL;
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        if (!b->keep)
            continue;
        const char *sep = "\n\n";
        if (body.len && prev)
            sep = newsclean_assemble_separator(bl, prev, b);
        prev = b;
        if ((body.len && !newsclean_buf_append_str(&body, sep)) ||
            !newsclean_buf_append(&body, b->text, b->len)) {
            newsclean_buf_free(&body);
            return NEWSCLEAN_ERR_NOMEM;
        }
    }
    a->body_len = body.len;
    a->body = newsclean_buf_detach(&body);
    return a->body ? NEWSCLEAN_OK : NEWSCLEAN_ERR_NOMEM;
}

static const char *
kind_name(newsclean_block_kind k)
{
    switch (k) {
    case NEWSCLEAN_BLOCK_PARAGRAPH:
        return "p";
    case NEWSCLEAN_BLOCK_HEADING:
        return "h";
    case NEWSCLEAN_BLOCK_LIST_ITEM:
        return "li";
    case NEWSCLEAN_BLOCK_QUOTE:
        return "quote";
    case NEWSCLEAN_BLOCK_CELL:
        return "cell";
    case NEWSCLEAN_BLOCK_PRE:
        return "pre";
    case NEWSCLEAN_BLOCK_CAPTION:
        return "caption";
    case NEWSCLEAN_BLOCK_LINE:
        return "line";
    }
    return "?";
}

newsclean_status
newsclean_assemble_explain(const newsclean_blocks *bl, newsclean_article *a)
{
    newsclean_buf out;
    newsclean_buf_init(&out);
    char line[512];
    bool ok = true;
    for (size_t i = 0; i < bl->n && ok; i++) {
        const newsclean_block *b = &bl->v[i];
        const char *label =
            b->container < bl->nc && bl->c[b->container].label ? bl->c[b->container].label : "";
        double cscore = b->container < bl->nc ? bl->c[b->container].score : 0;
        snprintf(
            line, sizeof line,
            "%s %4zu %-7s chars=%-5zu links=%-4zu punct=%-3zu score=%6.2f box=%7.2f %s | %s\n  ",
            b->keep ? "KEEP" : "drop", i, kind_name(b->kind), b->chars, b->link_chars, b->punct,
            b->score, cscore, b->reason ? b->reason : "", label);
        ok = newsclean_buf_append_str(&out, line);
        /* The first 100 bytes of the text, cut at a character boundary. */
        size_t n = b->len < 100 ? b->len : 100;
        while (n < b->len && n > 0 && ((unsigned char)b->text[n] & 0xC0) == 0x80)
            n--;
        ok = ok && newsclean_buf_append(&out, b->text, n);
        ok = ok && newsclean_buf_append_str(&out, n < b->len ? "…\n" : "\n");
    }
    if (!ok) {
        newsclean_buf_free(&out);
        return NEWSCLEAN_ERR_NOMEM;
    }
    a->explain = newsclean_buf_detach(&out);
    return a->explain ? NEWSCLEAN_OK : NEWSCLEAN_ERR_NOMEM;
}
