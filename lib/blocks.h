/* blocks.h: the neutral list of text blocks that HTML pages and text dumps both become.
 * For HTML, one walk of the tree (dom.c) makes this list and, alongside it, the page facts
 * (facts.h: head metadata, JSON-LD, date signals); the metadata stage reads the scored list
 * and the facts, the dates stage the facts. Quotes and the body's assembly read only this
 * list. Choosing the article has two deciders and one assembler: score.c scores an HTML
 * page's blocks by their containers; a dump's stage (textdump.c), which has one container
 * and no markup, chooses the densest run of prose (its core) and the lines in it, and marks
 * on its blocks what it found (NEWSCLEAN_BF_DUMP_*). score.c then decides a dump's lines
 * next to the core from those marks and runs its chrome-by-text checks on the kept ones.
 * Bylines, site suffixes, date lines, tiny pages and headline echoes are decided once for
 * both (byline.h, headline.h, dateline.h, tinypage.h). */
#ifndef NEWSCLEAN_BLOCKS_H
#define NEWSCLEAN_BLOCKS_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    NEWSCLEAN_BLOCK_PARAGRAPH = 0,
    NEWSCLEAN_BLOCK_HEADING,   /* h1..h6; 'level' says which */
    NEWSCLEAN_BLOCK_LIST_ITEM, /* li, dt, dd */
    NEWSCLEAN_BLOCK_QUOTE,     /* text inside blockquote */
    NEWSCLEAN_BLOCK_CELL,      /* td, th */
    NEWSCLEAN_BLOCK_PRE,       /* pre/code: whitespace kept */
    NEWSCLEAN_BLOCK_CAPTION,   /* figcaption, caption */
    NEWSCLEAN_BLOCK_LINE       /* one line of a text dump */
} newsclean_block_kind;

/* Block flags: what the markup around a block says about it. */
#define NEWSCLEAN_BF_IN_ARTICLE (1u << 0)   /* inside <article>, <main>, itemprop=articleBody */
#define NEWSCLEAN_BF_BOILER_HINT (1u << 1)  /* an ancestor's class/id/role looks like chrome */
#define NEWSCLEAN_BF_CONTENT_HINT (1u << 2) /* an ancestor's class/id looks like article text */
#define NEWSCLEAN_BF_IN_HEADER (1u << 3)    /* inside <header> */
#define NEWSCLEAN_BF_IN_LINK_LIST (1u << 4) /* list item whose text is mostly one link */
#define NEWSCLEAN_BF_IN_FIGURE (1u << 5)    /* inside <figure> */
#define NEWSCLEAN_BF_NOISE (1u << 6)        /* matches a UI-noise phrase ("Share this", ...) */
#define NEWSCLEAN_BF_BYLINE (1u << 7)       /* looks like a byline element (class/rel/itemprop) */
#define NEWSCLEAN_BF_DATELINE (1u << 8)     /* inside <time> or a date-like element */
#define NEWSCLEAN_BF_STRONG_HINT (1u << 10) /* class/id names chrome outright ("comments") */
#define NEWSCLEAN_BF_WEAK_NAME (1u << 15)   /* chrome only by a weak class/id word ("widget") */
#define NEWSCLEAN_BF_IN_CARD (1u << 16)     /* inside a link that wraps blocks (a teaser card) */
#define NEWSCLEAN_BF_DIALOG (1u << 17)      /* inside an element of role dialog or alertdialog */
#define NEWSCLEAN_BF_ROW (1u << 18)         /* a text dump's table row, its cells split by tabs */
#define NEWSCLEAN_BF_SLIDES (1u << 21)      /* chrome by a carousel's name alone ("slideshow") */
#define NEWSCLEAN_BF_SELF_LINK (1u << 22)   /* a heading linked to itself: a permalink anchor */
#define NEWSCLEAN_BF_SIGNATURE (1u << 25)   /* a forum poster's signature under a post */
#define NEWSCLEAN_BF_PARAGRAPH (1u << 26)   /* the element is a <p>, not a box holding text */
#define NEWSCLEAN_BF_CODE                                                                          \
    (1u << 24) /* may hold code, whose tags are content: inline <code>, a dump */
/* What a text dump's stage (textdump.c) says of its lines, for scoring to decide them. */
#define NEWSCLEAN_BF_DUMP_CORE (1u << 11)   /* in the densest run of prose: the article's core */
#define NEWSCLEAN_BF_DUMP_END (1u << 12)    /* ends an article or heads other stories */
#define NEWSCLEAN_BF_DUMP_SET (1u << 13)    /* settled by the dump's stage: metadata or a phrase */
#define NEWSCLEAN_BF_DUMP_CHROME (1u << 14) /* a URL, a menu line, mostly links, or repeated */
#define NEWSCLEAN_BF_DUMP_READABLE (1u << 19)   /* reads on its own, in a dump with no article */
#define NEWSCLEAN_BF_DUMP_INTRODUCED (1u << 20) /* a link line the dump kept as the article's */
#define NEWSCLEAN_BF_DUMP_TOOL (1u << 23)       /* on a dump's root: a text tool laid it out */

typedef struct {
    char *text;        /* UTF-8, whitespace collapsed (kept in PRE), owned */
    size_t len;        /* bytes */
    size_t chars;      /* code points */
    size_t link_chars; /* code points inside <a> */
    size_t words;
    size_t punct; /* sentence punctuation: . ! ? , ; : …, and their CJK forms */
    newsclean_block_kind kind;
    unsigned level;   /* heading level 1..6, 0 otherwise */
    unsigned depth;   /* element nesting depth; line number for text dumps */
    unsigned flags;   /* NEWSCLEAN_BF_* */
    size_t container; /* index into the container list: the element holding the text */

    /* Written by the scoring stage. */
    double score;
    bool keep;
    const char *reason; /* static string: why kept or dropped, for --explain */
} newsclean_block;

/* What a container's element is to the article's shape (structure.h); most are NONE. */
enum {
    NEWSCLEAN_TAG_NONE = 0,
    NEWSCLEAN_TAG_LIST,  /* ul, ol, dl, menu, dir */
    NEWSCLEAN_TAG_ITEM,  /* li, dt, dd */
    NEWSCLEAN_TAG_TABLE, /* table */
    NEWSCLEAN_TAG_THEAD, /* thead */
    NEWSCLEAN_TAG_ROW,   /* tr */
    NEWSCLEAN_TAG_CELL,  /* td, th */
    NEWSCLEAN_TAG_QUOTE, /* blockquote */
    NEWSCLEAN_TAG_FIGURE /* figure */
};

/* An element that holds blocks, so scores can flow up the tree as in the page. */
typedef struct {
    size_t parent;     /* index of the enclosing container, NEWSCLEAN_NO_CONTAINER for the root */
    char *label;       /* "div.article-body#main" for --explain, owned, may be NULL */
    unsigned flags;    /* NEWSCLEAN_BF_* that hold for everything inside */
    double score;      /* scratch space for the scoring stage */
    unsigned char tag; /* NEWSCLEAN_TAG_* */
    /* The element's name and first class word, digits left out, hashed: siblings that
     * share it are made from one template (cards, posts, rows). 0 for text dumps. */
    unsigned sig;
} newsclean_container;

#define NEWSCLEAN_NO_CONTAINER ((size_t)-1)

typedef struct {
    newsclean_block *v;
    size_t n, cap;
    newsclean_container *c;
    size_t nc, ccap;
} newsclean_blocks;

void newsclean_blocks_init(newsclean_blocks *b);
void newsclean_blocks_free(newsclean_blocks *b);

/* Append a container; '*index' receives its index. 'label' is copied (may be NULL). */
bool newsclean_blocks_add_container(newsclean_blocks *b, size_t parent, const char *label,
                                    unsigned flags, size_t *index);

/* Append a block from 'n' bytes of UTF-8 text. Whitespace runs collapse to one space and
 * the ends are trimmed unless kind is PRE; an all-space text adds nothing and succeeds.
 * 'link_chars' is how many code points of it sat inside links. False if out of memory. */
bool newsclean_blocks_add(newsclean_blocks *b, const char *text, size_t n,
                          newsclean_block_kind kind, unsigned level, unsigned depth, unsigned flags,
                          size_t container, size_t link_chars);

/* Count code points, words and sentence punctuation of a UTF-8 string. */
void newsclean_text_stats(const char *s, size_t n, size_t *chars, size_t *words, size_t *punct);

/* Drop markup printed as text, in place, keeping the words it wrapped: a page builder's
 * shortcodes ("[button url=...]Sign[/button]") and, if 'tags', HTML escaped twice
 * ("<p>...</p>" as text). Returns the new length. */
size_t newsclean_strip_markup(char *s, size_t n, bool tags);

/* Collapse whitespace (ASCII space, tab, CR, LF, NBSP, other Unicode spaces) into single
 * spaces and trim, in place; returns the new length. */
size_t newsclean_collapse_space(char *s, size_t n);
/* The same, except that a run of white space holding a tab becomes one tab: the cell
 * boundaries of a table's row as a text dump writes it. */
size_t newsclean_collapse_cells(char *s, size_t n);

#endif /* NEWSCLEAN_BLOCKS_H */
