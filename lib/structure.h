/* structure.h: the article's shape (lists, tables, quotes, figures, links, emphasis) for
 * the Markdown and HTML renderers. The DOM walk records it beside the blocks only when an
 * extractor asks for it (NEWSCLEAN_OPT_STRUCTURE); after scoring, the kept blocks and their
 * structural ancestors become a small tree of items the renderers read. */
#ifndef NEWSCLEAN_STRUCTURE_H
#define NEWSCLEAN_STRUCTURE_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "article.h"
#include "blocks.h"
#include "buf.h"

/* Inline markup inside an item's text: a marker byte, then a code letter. A link's start
 * carries its (absolute, percent-encoded) URL up to NEWSCLEAN_MARK_END. Text never holds
 * either byte: the walk turns them into spaces. */
#define NEWSCLEAN_MARK '\x01'
#define NEWSCLEAN_MARK_END '\x02'
#define NEWSCLEAN_MARK_EM_OPEN 'E'
#define NEWSCLEAN_MARK_EM_CLOSE 'e'
#define NEWSCLEAN_MARK_STRONG_OPEN 'S'
#define NEWSCLEAN_MARK_STRONG_CLOSE 's'
#define NEWSCLEAN_MARK_CODE_OPEN 'C'
#define NEWSCLEAN_MARK_CODE_CLOSE 'c'
#define NEWSCLEAN_MARK_LINK_OPEN 'A'
#define NEWSCLEAN_MARK_LINK_CLOSE 'a'

/* What the DOM walk records beyond the blocks. Images are always looked at (the lead
 * image of the JSON record); inline markup and table geometry only when 'full'. */
typedef struct newsclean_rich newsclean_rich;

/* 'doc' gives the <base> element, 'url' the page's own address (either may be absent). */
newsclean_rich *newsclean_rich_new(bool full, xmlDocPtr doc, const char *url);
void newsclean_rich_free(newsclean_rich *r);
/* Forget what was recorded, for a second walk of the same page. */
void newsclean_rich_reset(newsclean_rich *r);
bool newsclean_rich_full(const newsclean_rich *r);

/* Record container 'index' made for element 'el' (its tag already set), whose parent
 * container is 'parent'. False if out of memory. */
bool newsclean_rich_container(newsclean_rich *r, newsclean_blocks *bl, size_t index,
                              const xmlNode *el);
/* Record the inline text with markers of block 'index' ('len' bytes at 'raw', as the walk
 * gathered it), and whether a <br> separated it from the block before. */
bool newsclean_rich_block(newsclean_rich *r, size_t index, const char *raw, size_t len,
                          bool after_br);
/* Record an <img> met before block 'pos' inside container 'container'. */
bool newsclean_rich_image(newsclean_rich *r, const xmlNode *img, size_t pos, size_t container);
/* Append to 'out' the start (open) or end marker of inline element 'el', if it is one the
 * renderers keep. '*opened' says whether a start marker was written (end marker follows). */
bool newsclean_rich_inline(const newsclean_rich *r, const xmlNode *el, bool open, bool *opened,
                           newsclean_buf *out);

/* The structural role of an element name: NEWSCLEAN_TAG_*. */
unsigned char newsclean_tag_of(const char *name);

/* The tree the renderers read. */
typedef struct {
    unsigned char tag;  /* NEWSCLEAN_TAG_* */
    bool ordered;       /* a list: <ol> */
    bool header;        /* a row: in <thead> or all <th> */
    long start;         /* an ordered list's first number */
    size_t row, col;    /* a cell: its place in its table */
    size_t span, rspan; /* a cell: columns and rows it covers */
    size_t rows, cols;  /* a table: its size */
    bool data;          /* a table: a grid of cells, not a layout box */
} newsclean_snode;

typedef struct {
    newsclean_block_kind kind;
    unsigned level;
    bool image;     /* an image: 'src' and 'text' (its alt) */
    bool br_before; /* a line break, not a new block, separates it from the item before */
    char *text;     /* inline text with markers; for PRE the text itself */
    char *src;
    char *title;  /* an image: its figure's caption where the body left it out, or NULL */
    size_t *path; /* indexes into nodes, outermost first */
    size_t npath;
} newsclean_sitem;

struct newsclean_structure {
    newsclean_snode *nodes;
    size_t nn;
    newsclean_sitem *items;
    size_t ni;
};

void newsclean_structure_free(struct newsclean_structure *s);

/* After scoring and assembly of an HTML page: the kept blocks (as the body has them) and
 * the kept images become a->structure when 'r' is full; a->meta.image is set to the first
 * large kept image when the page's metadata named none. */
newsclean_status newsclean_structure_build(const newsclean_blocks *bl, const newsclean_rich *r,
                                           newsclean_article *a);
/* For a text dump: paragraphs, headings and lines that look like list items. */
newsclean_status newsclean_structure_from_text(const newsclean_blocks *bl, newsclean_article *a);

/* Resolve 'href' against the page's base; NULL when it is empty or unsafe (a scheme other
 * than http, https, mailto or ftp). The result is percent-encoded ASCII, owned. */
char *newsclean_rich_resolve(const newsclean_rich *r, const char *href);

/* ---- Walking the tree, for the renderers ---- */

/* A data table laid out as a grid: cells[row * cols + col], NULL where empty. */
typedef struct {
    size_t rows, cols;
    char **cells;  /* inline text with markers, owned */
    bool *header;  /* per row */
    char *caption; /* owned, may be NULL */
} newsclean_grid;

typedef struct {
    bool (*open)(void *ctx, const newsclean_snode *n);
    bool (*close)(void *ctx, const newsclean_snode *n);
    bool (*item)(void *ctx, const newsclean_sitem *it, bool br_join);
    bool (*table)(void *ctx, const newsclean_grid *g);
} newsclean_visitor;

/* Call the visitor for every item in order, opening and closing the structural nodes
 * around them; each data table comes whole through 'table'. False if a callback failed
 * or memory ran out. */
bool newsclean_structure_visit(const struct newsclean_structure *s, const newsclean_visitor *v,
                               void *ctx);

#endif /* NEWSCLEAN_STRUCTURE_H */
