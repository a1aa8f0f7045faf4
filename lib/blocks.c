/* blocks.c: the neutral block list, and the text statistics every stage reads from it. */
#include "blocks.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "tags.h"
#include "textutil.h"

void
newsclean_blocks_init(newsclean_blocks *b)
{
    memset(b, 0, sizeof *b);
}

void
newsclean_blocks_free(newsclean_blocks *b)
{
    if (!b)
        return;
    for (size_t i = 0; i < b->n; i++)
        free(b->v[i].text);
    for (size_t i = 0; i < b->nc; i++)
        free(b->c[i].label);
    free(b->v);
    free(b->c);
    newsclean_blocks_init(b);
}

static bool
grow(void **v, size_t *cap, size_t n, size_t elem)
{
    return newsclean_array_fit(v, cap, elem, n, 32, false);
}

bool
newsclean_blocks_add_container(newsclean_blocks *b, size_t parent, const char *label,
                               unsigned flags, size_t *index)
{
    if (!grow((void **)&b->c, &b->ccap, b->nc, sizeof *b->c))
        return false;
    newsclean_container *c = &b->c[b->nc];
    c->parent = parent;
    c->flags = flags;
    c->score = 0;
    c->label = NULL;
    c->tag = NEWSCLEAN_TAG_NONE;
    c->sig = 0;
    if (label && !(c->label = newsclean_strdup(label)))
        return false;
    *index = b->nc++;
    return true;
}

/* Length of the UTF-8 whitespace character at s (of n bytes), 0 if none. Covers the
 * spaces HTML pages use between words: ASCII, NBSP, the U+2000 block, ideographic. */
static size_t
space_len(const unsigned char *s, size_t n)
{
    if (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r' || s[0] == '\f' || s[0] == '\v')
        return 1;
    if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
        return 2;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
        (s[2] <= 0x8A || s[2] == 0xAF || s[2] == 0xA8 || s[2] == 0xA9))
        return 3;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
        return 3;
    if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
        return 3;
    return 0;
}

/* A byte-order mark inside text is an encoding artefact, and a soft hyphen (U+00AD) a
 * hint for breaking lines that a reader never sees unless the word breaks there: both go,
 * so that "Bundes­verfassungs­gericht" is found as one word. Zero-width joiners shape
 * the letters around them and stay. */
static size_t
invisible_len(const unsigned char *s, size_t n)
{
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        return 3;
    if (n >= 2 && s[0] == 0xC2 && s[1] == 0xAD)
        return 2;
    return 0;
}

static size_t
collapse(char *str, size_t n, bool keep_tabs)
{
    unsigned char *s = (unsigned char *)str;
    size_t r = 0, w = 0;
    bool pending = false, tab = false;
    while (r < n) {
        if (s[r] > ' ' && s[r] < 0x80 && !pending) {
            /* Visible ASCII, most of any text: neither a space nor a mark. */
            s[w++] = s[r++];
            continue;
        }
        size_t k = space_len(s + r, n - r);
        if (k) {
            tab = (pending && tab) || (keep_tabs && s[r] == '\t');
            pending = w > 0;
            r += k;
            continue;
        }
        k = invisible_len(s + r, n - r);
        if (k) {
            r += k;
            continue;
        }
        if (pending) {
            s[w++] = tab ? '\t' : ' ';
            pending = false;
        }
        tab = false;
        s[w++] = s[r++];
    }
    if (w < n)
        s[w] = '\0';
    return w;
}

size_t
newsclean_collapse_space(char *str, size_t n)
{
    return collapse(str, n, false);
}

size_t
newsclean_collapse_cells(char *str, size_t n)
{
    return collapse(str, n, true);
}

void
newsclean_text_stats(const char *str, size_t n, size_t *chars, size_t *words, size_t *punct)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t c = 0, w = 0, p = 0;
    bool in_word = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = s[i];
        if (ch > ' ' && ch < 0x80) {
            /* Visible ASCII, most of any text: a character of a word; the rest of its run
             * in one loop. */
            if (!in_word) {
                in_word = true;
                w++;
            }
            size_t j = i;
            do {
                p += ch == '.' || ch == '!' || ch == '?' || ch == ',' || ch == ';' || ch == ':';
                j++;
            } while (j < n && (unsigned char)((ch = s[j]) - 0x21) < 0x5F);
            c += j - i;
            i = j - 1;
            continue;
        }
        if ((ch & 0xC0) != 0x80)
            c++;
        bool space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
        if (space) {
            in_word = false;
        } else if (!in_word) {
            in_word = true;
            w++;
        }
        if (ch == '.' || ch == '!' || ch == '?' || ch == ',' || ch == ';' || ch == ':')
            p++;
        /* A horizontal ellipsis (U+2026) ends a sentence as well as three dots do. */
        if (ch == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0xA6)
            p++;
        /* CJK full stop and comma (U+3002, U+3001, U+FF0C) end sentences without spaces. */
        if (ch == 0xE3 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0x82 || s[i + 2] == 0x81))
            p++;
        /* Fullwidth ！ ， ： ； ？ (U+FF01, U+FF0C, U+FF1A, U+FF1B, U+FF1F). */
        if (ch == 0xEF && i + 2 < n && s[i + 1] == 0xBC &&
            (s[i + 2] == 0x81 || s[i + 2] == 0x8C || s[i + 2] == 0x9A || s[i + 2] == 0x9B ||
             s[i + 2] == 0x9F))
            p++;
    }
    *chars = c;
    *words = w;
    *punct = p;
}

/* ---- markup left in text -------------------------------------------------------------- */

/* One tag shape found in a block's text: a shortcode ("[name ...]", "[/name]") or an
 * escaped HTML tag ("<name ...>", "</name>"). */
typedef struct {
    size_t a, b;       /* bytes [a, b) of the text */
    size_t name, nlen; /* its name */
    bool closing;      /* "[/name]" or "</name>" */
    bool attrs;        /* name="..." or, for an HTML tag, anything after the name */
    bool drop;
    newsclean_el el; /* an HTML tag's element, NEWSCLEAN_EL_OTHER where no stage names it */
} tag_shape;

#define MAX_TAG_SHAPES 64
#define MAX_TAG_BYTES 300

static bool
name_byte(char c)
{
    return newsclean_is_ascii_letter(c) || newsclean_is_ascii_digit(c) || c == '_' || c == '-';
}

/* Length of the quoted attribute value at s[i..n): "...", '...' or “...” (as a word
 * processor writes them, seen in shortcodes typed into an editor), 0 if none. */
static size_t
quoted_len(const char *s, size_t n, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    if (s[i] == '"' || s[i] == '\'') {
        for (size_t j = i + 1; j < n && s[j] != ']' && s[j] != '\n'; j++)
            if (s[j] == s[i])
                return j + 1 - i;
        return 0;
    }
    /* U+201C or U+201D opens and closes: an editor's "smart" quotes come either way. */
    if (i + 2 < n && u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0x9C || u[i + 2] == 0x9D)) {
        for (size_t j = i + 3; j + 2 < n && s[j] != ']' && s[j] != '\n'; j++)
            if (u[j] == 0xE2 && u[j + 1] == 0x80 && (u[j + 2] == 0x9C || u[j + 2] == 0x9D))
                return j + 3 - i;
    }
    return 0;
}

/* A shortcode at s[i] == '[': "[/name]", "[name]", or "[name key="value" ...]" with an
 * optional "/]". Names are lowercase as the builders register them, so "[Photo: ...]",
 * "[sic]"-like words with capitals or spaces and "[1]" footnote marks are not shapes of
 * this kind with attributes; those without attributes need their closing tag to count. */
static bool
shortcode_at(const char *s, size_t n, size_t i, tag_shape *t)
{
    size_t j = i + 1, end = i + MAX_TAG_BYTES < n ? i + MAX_TAG_BYTES : n;
    t->closing = j < end && s[j] == '/';
    j += t->closing;
    if (j >= end || s[j] < 'a' || s[j] > 'z')
        return false;
    t->name = j;
    while (j < end && (name_byte(s[j]) && !(s[j] >= 'A' && s[j] <= 'Z')))
        j++;
    t->nlen = j - t->name;
    t->attrs = false;
    while (!t->closing && j < end && s[j] == ' ') {
        while (j < end && s[j] == ' ')
            j++;
        if (t->attrs && j < end && (s[j] == '/' || s[j] == ']'))
            break;
        size_t k = j;
        while (j < end && name_byte(s[j]))
            j++;
        if (j == k || j >= end || s[j] != '=')
            return false;
        j++;
        size_t q = j < end ? quoted_len(s, end, j) : 0;
        if (!q)
            return false;
        j += q;
        t->attrs = true;
    }
    if (!t->closing && t->attrs && j + 1 < end && s[j] == '/' && s[j + 1] == ']')
        j++;
    if (j >= end || s[j] != ']')
        return false;
    t->a = i;
    t->b = j + 1;
    return true;
}

/* Whether the tag's name is an HTML element's: "<T>", "<stdin>" and a dataset's own
 * "<tweet>" are placeholders in prose, not markup. The lookup table knows the elements
 * some stage asks about; inline ones no stage asks about are listed here. */
static bool
html_name(const char *s, tag_shape *t)
{
    static const char *const inline_names[] = {"abbr",  "b",    "cite",   "del",  "em",  "font",
                                               "i",     "ins",  "kbd",    "mark", "q",   "s",
                                               "small", "span", "strong", "sub",  "sup", "u"};
    char name[12];
    size_t k;
    if (t->nlen >= sizeof name)
        return false;
    for (k = 0; k < t->nlen; k++)
        name[k] = newsclean_ascii_lower(s[t->name + k]);
    name[k] = '\0';
    t->el = newsclean_el_lookup(name);
    if (t->el != NEWSCLEAN_EL_OTHER)
        return true;
    for (k = 0; k < sizeof inline_names / sizeof *inline_names; k++)
        if (strcmp(name, inline_names[k]) == 0)
            return true;
    return false;
}

/* An HTML tag at s[i] == '<': "</name>", "<name>", "<name/>" or "<name ...>" on one
 * line. "a < b" and "<3" are not: a letter must follow. */
static bool
html_tag_at(const char *s, size_t n, size_t i, tag_shape *t)
{
    size_t j = i + 1, end = i + MAX_TAG_BYTES < n ? i + MAX_TAG_BYTES : n;
    t->closing = j < end && s[j] == '/';
    j += t->closing;
    if (j >= end || !newsclean_is_ascii_letter(s[j]))
        return false;
    t->name = j;
    while (j < end && (newsclean_is_ascii_letter(s[j]) || newsclean_is_ascii_digit(s[j])))
        j++;
    t->nlen = j - t->name;
    if (t->nlen > 10 || j >= end)
        return false;
    t->attrs = s[j] != '>';
    if ((t->attrs && s[j] != ' ' && s[j] != '/') || !html_name(s, t))
        return false;
    while (j < end && s[j] != '>' && s[j] != '<' && s[j] != '\n')
        j++;
    if (j >= end || s[j] != '>')
        return false;
    t->a = i;
    t->b = j + 1;
    return true;
}

static bool
same_name(const char *s, const tag_shape *x, const tag_shape *y)
{
    if (x->nlen != y->nlen)
        return false;
    for (size_t k = 0; k < x->nlen; k++)
        if (newsclean_ascii_lower(s[x->name + k]) != newsclean_ascii_lower(s[y->name + k]))
            return false;
    return true;
}

/* Mark the closing tags that have an unmatched opening of the same name before them, and
 * those openings; returns how many pairs. */
static size_t
mark_pairs(const char *s, tag_shape *t, size_t nt, bool *opened)
{
    size_t pairs = 0;
    for (size_t k = 0; k < nt; k++) {
        if (!t[k].closing)
            continue;
        for (size_t m = k; m-- > 0;) {
            if (!t[m].closing && !opened[m] && same_name(s, &t[m], &t[k])) {
                opened[m] = true;
                t[m].drop = t[k].drop = true;
                pairs++;
                break;
            }
        }
    }
    return pairs;
}

/* Whether the tag shape should leave a space: a block element or a line break between
 * words; inline ones ("<a ...>", "<em>") sat inside the words' run. */
static bool
tag_breaks(const tag_shape *t)
{
    return t->el == NEWSCLEAN_EL_BR || (newsclean_el_props(t->el) & NEWSCLEAN_EL_BLOCK);
}

static size_t
find_shapes(const char *s, size_t n, char open, tag_shape *t, bool html)
{
    size_t nt = 0;
    const char *p = s;
    while (nt < MAX_TAG_SHAPES && (p = memchr(p, open, n - (size_t)(p - s))) != NULL) {
        size_t i = (size_t)(p - s);
        tag_shape *x = &t[nt];
        memset(x, 0, sizeof *x);
        if (html ? html_tag_at(s, n, i, x) : shortcode_at(s, n, i, x)) {
            nt++;
            p = s + x->b;
        } else {
            p++;
        }
        if ((size_t)(p - s) >= n)
            break;
    }
    return nt;
}

/* Remove the marked shapes from s, in place; returns the new length. */
static size_t
cut_shapes(char *s, size_t n, const tag_shape *t, size_t nt, bool html)
{
    size_t w = 0, r = 0;
    for (size_t k = 0; k < nt; k++) {
        if (!t[k].drop)
            continue;
        memmove(s + w, s + r, t[k].a - r);
        w += t[k].a - r;
        r = t[k].b;
        /* A shortcode sits inside the words' run as it was typed ("[dropcap]T[/dropcap]he"). */
        if (html && tag_breaks(&t[k]))
            s[w++] = ' ';
    }
    memmove(s + w, s + r, n - r);
    w += n - r;
    return w;
}

size_t
newsclean_strip_markup(char *s, size_t n, bool tags)
{
    tag_shape t[MAX_TAG_SHAPES];
    bool opened[MAX_TAG_SHAPES];
    bool cut = false;
    /* A page builder's shortcodes whose plugin is gone ("[button url=...]Sign
     * up[/button]"): a pair wrapping words, or one tag with key="value" attributes. The
     * words stay. */
    if (memchr(s, '[', n)) {
        size_t nt = find_shapes(s, n, '[', t, false);
        if (nt) {
            memset(opened, 0, sizeof opened);
            mark_pairs(s, t, nt, opened);
            for (size_t k = 0; k < nt; k++)
                if (!t[k].closing && t[k].attrs)
                    t[k].drop = true;
            for (size_t k = 0; k < nt && !cut; k++)
                cut = t[k].drop;
            if (cut)
                n = cut_shapes(s, n, t, nt, false);
        }
    }
    /* HTML escaped twice, so that its tags print as text ("&lt;p&gt;" in the source).
     * A block is taken for such only when it holds an element closed after it opened, or
     * two tags with attributes: "<ul> List of <img>" names elements and stays. */
    if (tags && memchr(s, '<', n)) {
        size_t nt = find_shapes(s, n, '<', t, true);
        if (nt >= 2) {
            memset(opened, 0, sizeof opened);
            size_t pairs = mark_pairs(s, t, nt, opened), with_attrs = 0;
            for (size_t k = 0; k < nt; k++)
                with_attrs += t[k].attrs;
            if (pairs || with_attrs >= 2) {
                for (size_t k = 0; k < nt; k++)
                    t[k].drop = true;
                n = cut_shapes(s, n, t, nt, true);
                cut = true;
            }
        }
    }
    if (cut) {
        n = newsclean_collapse_space(s, n);
        s[n] = '\0';
    }
    return n;
}

bool
newsclean_blocks_add(newsclean_blocks *b, const char *text, size_t n, newsclean_block_kind kind,
                     unsigned level, unsigned depth, unsigned flags, size_t container,
                     size_t link_chars)
{
    char *t = newsclean_strndup(text, n);
    if (!t)
        return false;
    size_t len = n;
    if (flags & NEWSCLEAN_BF_ROW) {
        len = newsclean_collapse_cells(t, n);
    } else if (kind != NEWSCLEAN_BLOCK_PRE) {
        len = newsclean_collapse_space(t, n);
        /* Preformatted text is code, where tags and brackets are the content; so are
         * the tags in a paragraph's inline code. */
        len = newsclean_strip_markup(t, len, !(flags & NEWSCLEAN_BF_CODE));
    } else {
        /* Keep inner layout of preformatted text, trim only blank edges. */
        size_t a = 0;
        while (a < len && (t[a] == '\n' || t[a] == '\r'))
            a++;
        while (len > a && (t[len - 1] == '\n' || t[len - 1] == '\r' || t[len - 1] == ' '))
            len--;
        memmove(t, t + a, len - a);
        len -= a;
        t[len] = '\0';
        size_t c, w, p;
        newsclean_text_stats(t, len, &c, &w, &p);
        if (w == 0)
            len = 0;
    }
    if (len == 0) {
        free(t);
        return true;
    }
    if (!grow((void **)&b->v, &b->cap, b->n, sizeof *b->v)) {
        free(t);
        return false;
    }
    newsclean_block *blk = &b->v[b->n++];
    memset(blk, 0, sizeof *blk);
    blk->text = t;
    blk->len = len;
    newsclean_text_stats(t, len, &blk->chars, &blk->words, &blk->punct);
    blk->link_chars = link_chars > blk->chars ? blk->chars : link_chars;
    blk->kind = kind;
    blk->level = level;
    blk->depth = depth;
    blk->flags = flags;
    blk->container = container;
    return true;
}
