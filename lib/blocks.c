/* blocks.c: the neutral block list, and the text statistics every stage reads from it. */
#include "blocks.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"

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
