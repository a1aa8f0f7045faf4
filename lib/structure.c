/* structure.c: what the DOM walk records of the article's shape (inline markup, table
 * geometry, images), and the tree of kept items the Markdown and HTML renderers walk. */
#include "structure.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/uri.h>

#include "assemble.h"
#include "buf.h"

/* ---- Limits ----
 *
 * Columns of a table laid out as a grid: wider is a layout, not data a reader scans. */
#define MAX_COLUMNS 64u
/* Columns and rows one cell may span; larger values on real pages are mistakes. */
#define MAX_COLSPAN 64u
#define MAX_ROWSPAN 1000u
/* Cells of one grid (used rows times columns): past this a table is read as a layout. */
#define MAX_GRID_CELLS ((size_t)1 << 20)
/* Image candidates kept for the lead image when the markup is not walked. */
#define MAX_LEAD_CANDIDATES 16u
/* Images recorded for the structure; a page with more is a gallery of thumbnails. */
#define MAX_IMAGES 5000u
/* An image smaller than this either way (by its width/height attributes) is an icon. */
#define LARGE_WIDTH 300
#define LARGE_HEIGHT 150
/* Smaller than this either way, an image is a tracking pixel or an icon, not content. */
#define TINY_SIDE 48

typedef struct {
    char *src, *alt;
    size_t pos, container;
    bool large;
} image;

/* What a container's element says beyond its tag. */
typedef struct {
    bool ordered, header;
    long start;
    size_t table; /* a row or cell: its table's container */
    size_t row, col, span, rspan;
    /* a table: its rows so far, widest row, and the columns rowspans cover */
    size_t rows, cols;
    unsigned short *cover; /* rows each column stays covered after the current one */
    bool *blocked;         /* columns covered in the current row */
    size_t next_col;       /* a row: the next free column */
} cinfo;

struct newsclean_rich {
    bool full;
    char *base;
    char **btext; /* per block: inline text with markers, NULL if none */
    bool *bbr;
    size_t cb, cbr;
    cinfo *ci;
    size_t cci;
    image *im;
    size_t nim, cim;
};

/* ---- Element roles ---- */

unsigned char
newsclean_tag_of(const char *t)
{
    switch (t[0]) {
    case 'b':
        return strcmp(t, "blockquote") == 0 ? NEWSCLEAN_TAG_QUOTE : NEWSCLEAN_TAG_NONE;
    case 'd':
        if ((t[1] == 'd' || t[1] == 't') && !t[2])
            return NEWSCLEAN_TAG_ITEM;
        return (t[1] == 'l' && !t[2]) || strcmp(t, "dir") == 0 ? NEWSCLEAN_TAG_LIST
                                                               : NEWSCLEAN_TAG_NONE;
    case 'f':
        return strcmp(t, "figure") == 0 ? NEWSCLEAN_TAG_FIGURE : NEWSCLEAN_TAG_NONE;
    case 'l':
        return t[1] == 'i' && !t[2] ? NEWSCLEAN_TAG_ITEM : NEWSCLEAN_TAG_NONE;
    case 'm':
        return strcmp(t, "menu") == 0 ? NEWSCLEAN_TAG_LIST : NEWSCLEAN_TAG_NONE;
    case 'o':
    case 'u':
        return t[1] == 'l' && !t[2] ? NEWSCLEAN_TAG_LIST : NEWSCLEAN_TAG_NONE;
    case 't':
        if ((t[1] == 'd' || t[1] == 'h') && !t[2])
            return NEWSCLEAN_TAG_CELL;
        if (t[1] == 'r' && !t[2])
            return NEWSCLEAN_TAG_ROW;
        if (strcmp(t, "table") == 0)
            return NEWSCLEAN_TAG_TABLE;
        return strcmp(t, "thead") == 0 ? NEWSCLEAN_TAG_THEAD : NEWSCLEAN_TAG_NONE;
    default:
        return NEWSCLEAN_TAG_NONE;
    }
}

/* ---- URLs ---- */

static bool
allowed_scheme(const char *s, size_t n)
{
    static const char *const ok[] = {"http", "https", "mailto", "ftp"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        if (strlen(ok[i]) == n && strncasecmp(s, ok[i], n) == 0)
            return true;
    return false;
}

/* Length of the scheme of 's' (before its ':'), 0 if it has none. */
static size_t
scheme_len(const char *s)
{
    size_t i = 0;
    if (!((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z'))
        return 0;
    while (s[i] && s[i] != ':' && s[i] != '/' && s[i] != '?' && s[i] != '#')
        i++;
    return s[i] == ':' ? i : 0;
}

/* Browsers take tabs and line breaks out of a URL and trim its spaces and controls, so
 * "java\tscript:" is a script URL; the same is done here before the scheme is judged. */
static char *
clean_href(const char *h)
{
    size_t n = strlen(h);
    while (n && (unsigned char)h[n - 1] <= ' ')
        n--;
    while (n && (unsigned char)*h <= ' ') {
        h++;
        n--;
    }
    char *c = malloc(n + 1);
    if (!c)
        return NULL;
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (h[i] != '\t' && h[i] != '\n' && h[i] != '\r')
            c[w++] = h[i];
    c[w] = '\0';
    return c;
}

/* Percent-encode what Markdown and HTML attributes cannot hold as it is. */
static char *
encode_url(const char *u)
{
    static const char hex[] = "0123456789ABCDEF";
    newsclean_buf b;
    newsclean_buf_init(&b);
    bool ok = newsclean_buf_reserve(&b, strlen(u));
    for (const unsigned char *p = (const unsigned char *)u; ok && *p; p++) {
        if (*p <= ' ' || *p >= 0x7F || strchr("\"<>\\^`{|}()'", *p)) {
            char e[3] = {'%', hex[*p >> 4], hex[*p & 15]};
            ok = newsclean_buf_append(&b, e, 3);
        } else {
            ok = newsclean_buf_append_char(&b, (char)*p);
        }
    }
    if (!ok) {
        newsclean_buf_free(&b);
        return NULL;
    }
    return newsclean_buf_detach(&b);
}

static char *
resolve(const char *base, const char *href)
{
    if (!href)
        return NULL;
    char *c = clean_href(href);
    /* Encoded first: libxml2 refuses to resolve a reference with a space in it. */
    char *h = c && *c && strncasecmp(c, "data:", 5) != 0 ? encode_url(c) : NULL;
    free(c);
    if (!h)
        return NULL;
    char *abs = NULL;
    if (base && !scheme_len(h)) {
        xmlChar *u = xmlBuildURI((const xmlChar *)h, (const xmlChar *)base);
        if (u) {
            abs = newsclean_strdup((const char *)u);
            xmlFree(u);
        }
    }
    if (!abs) {
        abs = h;
        h = NULL;
    }
    free(h);
    size_t k = scheme_len(abs);
    char *out = NULL;
    if (k == 0 ? abs[0] != '\0' : allowed_scheme(abs, k))
        out = encode_url(abs);
    free(abs);
    return out;
}

char *
newsclean_rich_resolve(const newsclean_rich *r, const char *href)
{
    return resolve(r ? r->base : NULL, href);
}

/* The <base href> of the document, resolved against the page's URL. */
static char *
find_base(xmlDocPtr doc, const char *url)
{
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    for (xmlNodePtr h = root ? root->children : NULL; h; h = h->next) {
        if (h->type != XML_ELEMENT_NODE || strcmp((const char *)h->name, "head") != 0)
            continue;
        for (xmlNodePtr n = h->children; n; n = n->next) {
            if (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, "base") != 0)
                continue;
            xmlChar *href = xmlGetProp(n, (const xmlChar *)"href");
            char *b = href ? resolve(url, (const char *)href) : NULL;
            xmlFree(href);
            if (b && scheme_len(b))
                return b;
            free(b);
        }
    }
    return url && scheme_len(url) ? newsclean_strdup(url) : NULL;
}

/* ---- Recording during the walk ---- */

newsclean_rich *
newsclean_rich_new(bool full, xmlDocPtr doc, const char *url)
{
    newsclean_rich *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->full = full;
    r->base = find_base(doc, url);
    return r;
}

void
newsclean_rich_reset(newsclean_rich *r)
{
    for (size_t i = 0; i < r->cb; i++)
        free(r->btext[i]);
    free(r->btext);
    free(r->bbr);
    for (size_t i = 0; i < r->cci; i++) {
        free(r->ci[i].cover);
        free(r->ci[i].blocked);
    }
    free(r->ci);
    for (size_t i = 0; i < r->nim; i++) {
        free(r->im[i].src);
        free(r->im[i].alt);
    }
    free(r->im);
    r->btext = NULL;
    r->bbr = NULL;
    r->ci = NULL;
    r->im = NULL;
    r->cb = r->cbr = r->cci = r->nim = r->cim = 0;
}

void
newsclean_rich_free(newsclean_rich *r)
{
    if (!r)
        return;
    newsclean_rich_reset(r);
    free(r->base);
    free(r);
}

bool
newsclean_rich_full(const newsclean_rich *r)
{
    return r && r->full;
}

/* Grow array '*v' of '*cap' elements of 'size' bytes, zeroed, to hold index 'i'. */
static bool
grow_to(void **v, size_t *cap, size_t i, size_t size)
{
    return newsclean_array_fit(v, cap, size, i, 64, true);
}

static long
int_attr(const xmlNode *el, const char *name, long dflt, long lo, long hi)
{
    xmlChar *v = xmlGetProp(el, (const xmlChar *)name);
    long n = dflt;
    if (v) {
        char *end;
        long x = strtol((const char *)v, &end, 10);
        if (end != (const char *)v)
            n = x < lo ? lo : x > hi ? hi : x;
        xmlFree(v);
    }
    return n;
}

/* The nearest container of tag 'tag' above 'c', stopping at a table. */
static size_t
up_to(const newsclean_blocks *bl, size_t c, unsigned char tag)
{
    for (; c < bl->nc; c = bl->c[c].parent) {
        if (bl->c[c].tag == tag)
            return c;
        if (bl->c[c].tag == NEWSCLEAN_TAG_TABLE)
            break;
    }
    return NEWSCLEAN_NO_CONTAINER;
}

/* A new row of table 't': the columns rowspans from above still cover. */
static bool
start_row(cinfo *t)
{
    for (size_t c = 0; t->cover && c < MAX_COLUMNS; c++) {
        t->blocked[c] = t->cover[c] > 0;
        if (t->cover[c])
            t->cover[c]--;
    }
    t->rows++;
    return true;
}

static bool
place_cell(cinfo *t, cinfo *row, cinfo *cell)
{
    size_t col = row->next_col;
    while (col < MAX_COLUMNS - 1 && t->blocked && t->blocked[col])
        col++;
    if (col >= MAX_COLUMNS)
        col = MAX_COLUMNS - 1;
    size_t end = col + cell->span > MAX_COLUMNS ? MAX_COLUMNS : col + cell->span;
    cell->col = col;
    cell->row = row->row;
    if (cell->rspan > 1) {
        if (!t->cover && !(t->cover = calloc(MAX_COLUMNS, sizeof *t->cover)))
            return false;
        if (!t->blocked && !(t->blocked = calloc(MAX_COLUMNS, sizeof *t->blocked)))
            return false;
        for (size_t c = col; c < end; c++)
            t->cover[c] = (unsigned short)(cell->rspan - 1);
    }
    row->next_col = end;
    if (end > t->cols)
        t->cols = end;
    return true;
}

bool
newsclean_rich_container(newsclean_rich *r, newsclean_blocks *bl, size_t index, const xmlNode *el)
{
    if (!grow_to((void **)&r->ci, &r->cci, index, sizeof *r->ci))
        return false;
    cinfo *c = &r->ci[index];
    const char *name = (const char *)el->name;
    c->table = NEWSCLEAN_NO_CONTAINER;
    switch (bl->c[index].tag) {
    case NEWSCLEAN_TAG_LIST:
        c->ordered = strcmp(name, "ol") == 0;
        c->start = int_attr(el, "start", 1, 0, 999999999);
        return true;
    case NEWSCLEAN_TAG_ROW: {
        size_t t = up_to(bl, bl->c[index].parent, NEWSCLEAN_TAG_TABLE);
        if (t == NEWSCLEAN_NO_CONTAINER || t >= r->cci)
            return true;
        c->table = t;
        c->header = up_to(bl, bl->c[index].parent, NEWSCLEAN_TAG_THEAD) != NEWSCLEAN_NO_CONTAINER;
        c->row = r->ci[t].rows;
        return start_row(&r->ci[t]);
    }
    case NEWSCLEAN_TAG_CELL: {
        size_t row = up_to(bl, bl->c[index].parent, NEWSCLEAN_TAG_ROW);
        c->header = strcmp(name, "th") == 0;
        c->span = (size_t)int_attr(el, "colspan", 1, 1, MAX_COLSPAN);
        c->rspan = (size_t)int_attr(el, "rowspan", 1, 1, MAX_ROWSPAN);
        if (row == NEWSCLEAN_NO_CONTAINER || row >= r->cci)
            return true;
        cinfo *rw = &r->ci[row];
        size_t t = rw->table;
        if (t >= r->cci || bl->c[t].tag != NEWSCLEAN_TAG_TABLE)
            return true;
        c->table = t;
        return place_cell(&r->ci[t], rw, c);
    }
    default:
        return true;
    }
}

/* Normalise the inline text of a block: spaces collapsed as the block's text has them,
 * spaces moved out of the markup's edges ("a<em> b</em>" reads "a *b*"), empty markup and
 * markup nested in its own kind dropped, every start closed. */
static char *
normalise(const char *raw, size_t len, const char *base)
{
    char *s = newsclean_strndup(raw, len);
    if (!s)
        return NULL;
    size_t n = newsclean_collapse_space(s, len);
    newsclean_buf o;
    newsclean_buf_init(&o);
    bool ok = newsclean_buf_reserve(&o, n + 8);
    /* Open markup: kind letter and where its start marker was written (SIZE_MAX while it
     * waits for the first visible character). */
    struct {
        char kind;
        size_t at, start, len;
        char *url; /* a link's, resolved */
    } open[4];
    size_t nopen = 0;
    unsigned ignored[4] = {0};
    static const char kinds[] = "ESCA";
    bool space = false, visible = false;
    for (size_t i = 0; ok && i < n; i++) {
        char ch = s[i];
        if (ch == NEWSCLEAN_MARK && i + 1 < n) {
            size_t mark = i;
            char code = s[++i];
            if (code == NEWSCLEAN_MARK_LINK_OPEN) {
                while (i < n && s[i] != NEWSCLEAN_MARK_END)
                    i++;
                if (i == n)
                    break; /* cut short: cannot happen, the walk writes the end */
            }
            const char *k = strchr(kinds, code >= 'a' ? code - 32 : code);
            if (!k || !*k)
                continue;
            size_t kind = (size_t)(k - kinds);
            bool in_code = false, same = false;
            for (size_t j = 0; j < nopen; j++) {
                in_code |= open[j].kind == 'C';
                same |= open[j].kind == *k;
            }
            if (code < 'a') { /* a start */
                char *url = NULL;
                if (*k == 'A' && !same && !in_code && nopen < 4) {
                    char *href = newsclean_strndup(s + mark + 2, i - mark - 2);
                    url = href ? resolve(base, href) : NULL;
                    free(href);
                }
                if (same || in_code || nopen == 4 || (*k == 'A' && !url)) {
                    ignored[kind]++;
                    continue;
                }
                open[nopen].url = url;
                open[nopen].kind = *k;
                open[nopen].at = SIZE_MAX;
                open[nopen].start = mark;
                open[nopen].len = i + 1 - mark;
                nopen++;
                continue;
            }
            if (ignored[kind]) {
                ignored[kind]--;
                continue;
            }
            size_t j = nopen;
            while (j > 0 && open[j - 1].kind != *k)
                j--;
            if (j == 0)
                continue; /* its start went with an earlier block */
            while (ok && nopen >= j) {
                nopen--;
                free(open[nopen].url);
                if (open[nopen].at == SIZE_MAX)
                    continue; /* never started: nothing visible inside */
                if (open[nopen].at + open[nopen].len == o.len) {
                    o.len = open[nopen].at; /* empty */
                    o.data[o.len] = '\0';
                    continue;
                }
                char m[2] = {NEWSCLEAN_MARK, (char)(open[nopen].kind + 32)};
                ok = newsclean_buf_append(&o, m, 2);
            }
            continue;
        }
        if (ch == ' ') {
            space = visible;
            continue;
        }
        if (space)
            ok = newsclean_buf_append_char(&o, ' ');
        space = false;
        for (size_t j = 0; ok && j < nopen; j++) {
            if (open[j].at != SIZE_MAX)
                continue;
            open[j].at = o.len;
            char m[2] = {NEWSCLEAN_MARK, open[j].kind}, end = NEWSCLEAN_MARK_END;
            ok = newsclean_buf_append(&o, m, 2);
            if (ok && open[j].url) {
                ok = newsclean_buf_append_str(&o, open[j].url) && newsclean_buf_append(&o, &end, 1);
                open[j].len = o.len - open[j].at;
            } else {
                open[j].len = 2;
            }
        }
        ok = ok && newsclean_buf_append_char(&o, ch);
        visible = true;
    }
    while (nopen > 0) {
        nopen--;
        free(open[nopen].url);
        if (!ok || open[nopen].at == SIZE_MAX)
            continue;
        char m[2] = {NEWSCLEAN_MARK, (char)(open[nopen].kind + 32)};
        ok = newsclean_buf_append(&o, m, 2);
    }
    free(s);
    if (!ok) {
        newsclean_buf_free(&o);
        return NULL;
    }
    return newsclean_buf_detach(&o);
}

bool
newsclean_rich_block(newsclean_rich *r, size_t index, const char *raw, size_t len, bool after_br)
{
    if (!grow_to((void **)&r->btext, &r->cb, index, sizeof *r->btext) ||
        !grow_to((void **)&r->bbr, &r->cbr, index, sizeof *r->bbr))
        return false;
    r->bbr[index] = after_br;
    /* Kept raw: only the blocks the body takes are normalised, at the end. */
    free(r->btext[index]);
    r->btext[index] = raw ? newsclean_strndup(raw, len) : NULL;
    return raw == NULL || r->btext[index] != NULL;
}

bool
newsclean_rich_inline(const newsclean_rich *r, const xmlNode *el, bool open, bool *opened,
                      newsclean_buf *out)
{
    const char *t = (const char *)el->name;
    char code = 0;
    switch (t[0]) {
    case 'a':
        code = !t[1] ? NEWSCLEAN_MARK_LINK_OPEN : 0;
        break;
    case 'b':
        code = !t[1] ? NEWSCLEAN_MARK_STRONG_OPEN : 0;
        break;
    case 'c':
        code = strcmp(t, "code") == 0 ? NEWSCLEAN_MARK_CODE_OPEN : 0;
        break;
    case 'e':
        code = strcmp(t, "em") == 0 ? NEWSCLEAN_MARK_EM_OPEN : 0;
        break;
    case 'i':
        code = !t[1] ? NEWSCLEAN_MARK_EM_OPEN : 0;
        break;
    case 'k':
        code = strcmp(t, "kbd") == 0 ? NEWSCLEAN_MARK_CODE_OPEN : 0;
        break;
    case 's':
        code = strcmp(t, "strong") == 0 ? NEWSCLEAN_MARK_STRONG_OPEN
               : strcmp(t, "samp") == 0 ? NEWSCLEAN_MARK_CODE_OPEN
                                        : 0;
        break;
    case 't':
        code = strcmp(t, "tt") == 0 ? NEWSCLEAN_MARK_CODE_OPEN : 0;
        break;
    default:
        break;
    }
    if (!code)
        return true;
    char m[2] = {NEWSCLEAN_MARK, open ? code : (char)(code + 32)};
    if (!open)
        return newsclean_buf_append(out, m, 2);
    if (code != NEWSCLEAN_MARK_LINK_OPEN) {
        *opened = true;
        return newsclean_buf_append(out, m, 2);
    }
    /* The address is resolved only if its block is kept (normalise); here it is only made
     * safe to carry: no spaces or controls, which the collapsing of spaces would change. */
    (void)r;
    xmlChar *href = xmlGetProp(el, (const xmlChar *)"href");
    char *h = href ? clean_href((const char *)href) : NULL;
    xmlFree(href);
    if (!h || !*h) {
        free(h);
        return true;
    }
    static const char hex[] = "0123456789ABCDEF";
    bool ok = newsclean_buf_append(out, m, 2);
    for (const unsigned char *p = (const unsigned char *)h; ok && *p; p++) {
        if (*p <= ' ' || *p >= 0x7F) {
            char e[3] = {'%', hex[*p >> 4], hex[*p & 15]};
            ok = newsclean_buf_append(out, e, 3);
        } else {
            ok = newsclean_buf_append_char(out, (char)*p);
        }
    }
    char end = NEWSCLEAN_MARK_END;
    ok = ok && newsclean_buf_append(out, &end, 1);
    free(h);
    *opened = ok;
    return ok;
}

/* An image the page draws tiny: a tracking pixel, an icon. */
static bool
looks_tiny(const xmlNode *img)
{
    long w = int_attr(img, "width", -1, 0, 100000);
    long h = int_attr(img, "height", -1, 0, 100000);
    return (w >= 0 && w < TINY_SIDE) || (h >= 0 && h < TINY_SIDE);
}

/* An image the page draws large: not an icon, spacer, avatar or vector logo. */
static bool
looks_large(const xmlNode *img, const char *src)
{
    long w = int_attr(img, "width", -1, 0, 100000);
    long h = int_attr(img, "height", -1, 0, 100000);
    if ((w >= 0 && w < LARGE_WIDTH) || (h >= 0 && h < LARGE_HEIGHT))
        return false;
    size_t n = strlen(src);
    const char *q = strpbrk(src, "?#");
    if (q)
        n = (size_t)(q - src);
    return !(n >= 4 && (strncasecmp(src + n - 4, ".svg", 4) == 0 ||
                        strncasecmp(src + n - 4, ".gif", 4) == 0));
}

bool
newsclean_rich_image(newsclean_rich *r, const xmlNode *img, size_t pos, size_t container)
{
    if (r->nim >= (r->full ? MAX_IMAGES : MAX_LEAD_CANDIDATES))
        return true;
    /* Pages that load images late put the address in data-src and a placeholder in src. */
    xmlChar *src = xmlGetProp(img, (const xmlChar *)"data-src");
    if (!src) {
        src = xmlGetProp(img, (const xmlChar *)"src");
    }
    char *u = src ? resolve(r->base, (const char *)src) : NULL;
    xmlFree(src);
    if (!u)
        return true;
    bool large = looks_large(img, u);
    if ((!r->full && !large) || looks_tiny(img)) {
        free(u);
        return true;
    }
    if (!grow_to((void **)&r->im, &r->cim, r->nim, sizeof *r->im)) {
        free(u);
        return false;
    }
    image *m = &r->im[r->nim++];
    m->src = u;
    m->pos = pos;
    m->container = container;
    m->large = large;
    xmlChar *alt = xmlGetProp(img, (const xmlChar *)"alt");
    m->alt = NULL;
    if (alt) {
        size_t n = strlen((const char *)alt);
        m->alt = newsclean_strndup((const char *)alt, n);
        if (m->alt) {
            n = newsclean_collapse_space(m->alt, n);
            m->alt[n] = '\0';
            for (size_t i = 0; i < n; i++)
                if (m->alt[i] == NEWSCLEAN_MARK || m->alt[i] == NEWSCLEAN_MARK_END)
                    m->alt[i] = ' ';
        }
        xmlFree(alt);
        if (!m->alt)
            return false;
    }
    return true;
}

/* ---- The tree of kept items ---- */

void
newsclean_structure_free(struct newsclean_structure *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->ni; i++) {
        free(s->items[i].text);
        free(s->items[i].src);
        free(s->items[i].title);
        free(s->items[i].path);
    }
    free(s->items);
    free(s->nodes);
    free(s);
}

typedef struct {
    const newsclean_blocks *bl;
    const newsclean_rich *r;
    struct newsclean_structure *s;
    size_t *node_of; /* per container: its node + 1, 0 if none yet */
    size_t *list_of; /* per container: the node of the list its loose items make + 1 */
    size_t cap_items, cap_nodes;
} builder;

static size_t
new_node(builder *b, unsigned char tag)
{
    if (!grow_to((void **)&b->s->nodes, &b->cap_nodes, b->s->nn, sizeof *b->s->nodes))
        return NEWSCLEAN_NO_CONTAINER;
    newsclean_snode *n = &b->s->nodes[b->s->nn];
    memset(n, 0, sizeof *n);
    n->tag = tag;
    n->start = 1;
    n->span = n->rspan = 1;
    return b->s->nn++;
}

static size_t
node_for(builder *b, size_t c)
{
    if (b->node_of[c])
        return b->node_of[c] - 1;
    size_t k = new_node(b, b->bl->c[c].tag);
    if (k == NEWSCLEAN_NO_CONTAINER)
        return k;
    newsclean_snode *n = &b->s->nodes[k];
    const cinfo *ci = b->r && c < b->r->cci ? &b->r->ci[c] : NULL;
    if (ci) {
        n->ordered = ci->ordered;
        n->start = ci->start;
        n->row = ci->row;
        n->col = ci->col;
        n->span = ci->span ? ci->span : 1;
        n->rspan = ci->rspan ? ci->rspan : 1;
        n->rows = ci->rows;
        n->cols = ci->cols;
        n->header = ci->header;
        if (n->tag == NEWSCLEAN_TAG_CELL && ci->table == NEWSCLEAN_NO_CONTAINER)
            n->tag = NEWSCLEAN_TAG_NONE; /* a cell outside any table */
    }
    b->node_of[c] = k + 1;
    return k;
}

/* The structural containers above 'c', outermost first, with a list made up for items
 * that have none. */
static bool
path_of(builder *b, size_t c, newsclean_sitem *it)
{
    size_t chain[64], n = 0;
    for (size_t x = c; x < b->bl->nc && n < 64; x = b->bl->c[x].parent) {
        unsigned char t = b->bl->c[x].tag;
        if (t != NEWSCLEAN_TAG_NONE && t != NEWSCLEAN_TAG_THEAD)
            chain[n++] = x;
    }
    it->path = malloc((2 * n + 1) * sizeof *it->path);
    if (!it->path)
        return false;
    it->npath = 0;
    for (size_t i = n; i-- > 0;) {
        size_t x = chain[i];
        if (b->bl->c[x].tag == NEWSCLEAN_TAG_ITEM &&
            (it->npath == 0 || b->s->nodes[it->path[it->npath - 1]].tag != NEWSCLEAN_TAG_LIST)) {
            size_t p = b->bl->c[x].parent < b->bl->nc ? b->bl->c[x].parent : x;
            if (!b->list_of[p]) {
                size_t k = new_node(b, NEWSCLEAN_TAG_LIST);
                if (k == NEWSCLEAN_NO_CONTAINER)
                    return false;
                b->list_of[p] = k + 1;
            }
            it->path[it->npath++] = b->list_of[p] - 1;
        }
        size_t k = node_for(b, x);
        if (k == NEWSCLEAN_NO_CONTAINER)
            return false;
        if (b->s->nodes[k].tag != NEWSCLEAN_TAG_NONE)
            it->path[it->npath++] = k;
    }
    return true;
}

static newsclean_sitem *
new_item(builder *b)
{
    if (!grow_to((void **)&b->s->items, &b->cap_items, b->s->ni, sizeof *b->s->items))
        return NULL;
    newsclean_sitem *it = &b->s->items[b->s->ni++];
    memset(it, 0, sizeof *it);
    return it;
}

/* 'text' without its markers equals 'plain'? */
static bool
same_visible(const char *text, const char *plain)
{
    const char *p = plain;
    for (const char *t = text; *t; t++) {
        if (*t == NEWSCLEAN_MARK) {
            if (t[1] == NEWSCLEAN_MARK_LINK_OPEN)
                while (t[1] && t[1] != NEWSCLEAN_MARK_END)
                    t++;
            if (t[1])
                t++;
            continue;
        }
        if (*t != *p++)
            return false;
    }
    return *p == '\0';
}

/* A copy of plain text that cannot be read as markers. */
static char *
plain_copy(const char *s)
{
    char *c = newsclean_strdup(s ? s : "");
    for (char *p = c; p && *p; p++)
        if (*p == NEWSCLEAN_MARK || *p == NEWSCLEAN_MARK_END)
            *p = ' ';
    return c;
}

static bool
add_block(builder *b, size_t i, size_t prev_block)
{
    const newsclean_block *blk = &b->bl->v[i];
    newsclean_sitem *it = new_item(b);
    if (!it)
        return false;
    it->kind = blk->kind;
    it->level = blk->level;
    const char *raw = b->r && i < b->r->cb ? b->r->btext[i] : NULL;
    char *rich =
        raw && blk->kind != NEWSCLEAN_BLOCK_PRE ? normalise(raw, strlen(raw), b->r->base) : NULL;
    if (rich && same_visible(rich, blk->text)) {
        it->text = rich;
    } else {
        free(rich);
        it->text = plain_copy(blk->text);
    }
    it->br_before = b->r && i < b->r->cbr && b->r->bbr[i] && prev_block + 1 == i &&
                    b->bl->v[prev_block].container == blk->container;
    return it->text && path_of(b, blk->container, it);
}

static bool inside(const newsclean_blocks *bl, size_t c, size_t box);

/* The caption of image 'm''s figure when scoring left it out of the body (captions are
 * not body text), so that Markdown and HTML still give it; NULL if there is none. */
static char *
dropped_caption(const newsclean_blocks *bl, const image *m)
{
    size_t fig = NEWSCLEAN_NO_CONTAINER;
    for (size_t x = m->container; x < bl->nc; x = bl->c[x].parent)
        if (bl->c[x].tag == NEWSCLEAN_TAG_FIGURE) {
            fig = x;
            break;
        }
    if (fig == NEWSCLEAN_NO_CONTAINER)
        return NULL;
    /* The caption stands just before or just after the picture, inside its figure. */
    size_t from = m->pos > 16 ? m->pos - 16 : 0;
    for (size_t j = from; j < bl->n && j < m->pos + 16; j++) {
        const newsclean_block *c = &bl->v[j];
        if (!inside(bl, c->container, fig)) {
            if (j >= m->pos)
                break;
            continue;
        }
        if (c->kind == NEWSCLEAN_BLOCK_CAPTION && !c->keep && c->text && c->text[0])
            return newsclean_strdup(c->text);
    }
    return NULL;
}

static bool
add_image(builder *b, const image *m)
{
    newsclean_sitem *it = new_item(b);
    if (!it)
        return false;
    it->image = true;
    it->kind = NEWSCLEAN_BLOCK_PARAGRAPH;
    it->src = newsclean_strdup(m->src);
    it->text = plain_copy(m->alt ? m->alt : "");
    it->title = dropped_caption(b->bl, m);
    return it->src && it->text && path_of(b, m->container, it);
}

static bool
inside(const newsclean_blocks *bl, size_t c, size_t box)
{
    for (unsigned hops = 0; c < bl->nc && hops < 64; c = bl->c[c].parent, hops++)
        if (c == box)
            return true;
    return false;
}

/* Is image 'm' part of the kept article? In a figure whose caption or text was kept, in a
 * block whose own text was kept, or between two kept blocks (those of its figure aside:
 * a caption the scoring dropped does not take the picture with it). */
static bool
image_kept(const newsclean_blocks *bl, const bool *sub_kept, const bool *own_kept, const image *m)
{
    size_t c = m->container, fig = NEWSCLEAN_NO_CONTAINER;
    for (size_t x = c; x < bl->nc; x = bl->c[x].parent)
        if (bl->c[x].tag == NEWSCLEAN_TAG_FIGURE) {
            if (sub_kept[x])
                return true;
            fig = x;
            break;
        }
    if (c < bl->nc && own_kept[c])
        return true;
    /* A figure holds a caption or two; past a few blocks it is a gallery, read no further. */
    size_t next = m->pos;
    while (fig != NEWSCLEAN_NO_CONTAINER && next < bl->n && next < m->pos + 16 &&
           inside(bl, bl->v[next].container, fig))
        next++;
    return m->pos > 0 && next < bl->n && bl->v[m->pos - 1].keep && bl->v[next].keep;
}

/* Decide for each table whether it is a grid of data: every item in it sits in one of its
 * cells, right under a row (or is its caption), and it is not too wide. A layout table's
 * rows and cells leave the paths of the items inside it, which then read as plain blocks.
 * One pass over the items and their paths, then one to strip. */
static bool
settle_tables(struct newsclean_structure *s)
{
    size_t *last_row = malloc((s->nn + 1) * sizeof *last_row);
    size_t *used = calloc(s->nn + 1, sizeof *used);
    bool *any = calloc(s->nn + 1, sizeof *any);
    if (!last_row || !used || !any) {
        free(last_row);
        free(used);
        free(any);
        return false;
    }
    for (size_t t = 0; t < s->nn; t++) {
        newsclean_snode *n = &s->nodes[t];
        n->data = n->tag == NEWSCLEAN_TAG_TABLE && n->cols > 0 && n->cols <= MAX_COLUMNS;
        last_row[t] = SIZE_MAX;
    }
    for (size_t i = 0; i < s->ni; i++) {
        const newsclean_sitem *it = &s->items[i];
        for (size_t k = 0; k < it->npath; k++) {
            size_t t = it->path[k];
            if (s->nodes[t].tag != NEWSCLEAN_TAG_TABLE)
                continue;
            size_t rest = it->npath - k - 1;
            any[t] = true;
            if (rest == 0 && it->kind == NEWSCLEAN_BLOCK_CAPTION && !it->image)
                continue;
            if (rest != 2 || it->image || s->nodes[it->path[k + 1]].tag != NEWSCLEAN_TAG_ROW ||
                s->nodes[it->path[k + 2]].tag != NEWSCLEAN_TAG_CELL) {
                s->nodes[t].data = false;
            } else if (it->path[k + 1] != last_row[t]) {
                last_row[t] = it->path[k + 1];
                used[t]++;
            }
        }
    }
    for (size_t t = 0; t < s->nn; t++)
        if (!any[t] || used[t] == 0 ||
            (s->nodes[t].cols && used[t] > MAX_GRID_CELLS / s->nodes[t].cols))
            s->nodes[t].data = false;
    for (size_t i = 0; i < s->ni; i++) {
        newsclean_sitem *it = &s->items[i];
        size_t w = 0;
        bool layout = false; /* inside a layout table, up to the next table */
        for (size_t k = 0; k < it->npath; k++) {
            const newsclean_snode *n = &s->nodes[it->path[k]];
            if (n->tag == NEWSCLEAN_TAG_TABLE) {
                layout = !n->data;
                if (layout)
                    continue;
            } else if (layout && (n->tag == NEWSCLEAN_TAG_ROW || n->tag == NEWSCLEAN_TAG_CELL)) {
                continue;
            }
            it->path[w++] = it->path[k];
        }
        it->npath = w;
    }
    free(last_row);
    free(used);
    free(any);
    return true;
}

static bool
build_items(builder *b, newsclean_article *a, const bool *take, const bool *img_kept)
{
    const newsclean_blocks *bl = b->bl;
    size_t im = 0, prev = SIZE_MAX;
    (void)a;
    for (size_t i = 0; i <= bl->n; i++) {
        for (; b->r && im < b->r->nim && b->r->im[im].pos <= i; im++)
            if (img_kept[im] && !add_image(b, &b->r->im[im]))
                return false;
        if (i == bl->n || !take[i])
            continue;
        if (!add_block(b, i, prev))
            return false;
        prev = i;
    }
    /* A cell's row knows its header from thead; a row of th cells is one too. */
    for (size_t i = 0; i < b->s->ni; i++) {
        const newsclean_sitem *it = &b->s->items[i];
        for (size_t k = 1; k < it->npath; k++) {
            newsclean_snode *cell = &b->s->nodes[it->path[k]];
            newsclean_snode *row = &b->s->nodes[it->path[k - 1]];
            if (cell->tag == NEWSCLEAN_TAG_CELL && row->tag == NEWSCLEAN_TAG_ROW && cell->header)
                row->header = true;
        }
    }
    return settle_tables(b->s);
}

newsclean_status
newsclean_structure_build(const newsclean_blocks *bl, const newsclean_rich *r, newsclean_article *a)
{
    /* An og:image may be relative; the record gives it absolute. */
    if (a->meta.image && r) {
        char *u = resolve(r->base, a->meta.image);
        free(a->meta.image);
        a->meta.image = u;
    }
    bool want_image = !a->meta.image && r && r->nim > 0;
    if (!want_image && !newsclean_rich_full(r))
        return NEWSCLEAN_OK;
    newsclean_status st = NEWSCLEAN_ERR_NOMEM;
    bool *take = calloc(bl->n + 1, sizeof *take);
    bool *sub_kept = calloc(bl->nc + 1, sizeof *sub_kept);
    bool *own_kept = calloc(bl->nc + 1, sizeof *own_kept);
    bool *img_kept = calloc(r->nim + 1, sizeof *img_kept);
    builder b = {.bl = bl, .r = r};
    if (!take || !sub_kept || !own_kept || !img_kept)
        goto done;
    /* The body's assembly has dropped the headline's and byline's echoes already. */
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *blk = &bl->v[i];
        if (!blk->keep)
            continue;
        take[i] = true;
        if (blk->container < bl->nc)
            own_kept[blk->container] = true;
        for (size_t x = blk->container; x < bl->nc && !sub_kept[x]; x = bl->c[x].parent)
            sub_kept[x] = true;
    }
    for (size_t i = 0; i < r->nim; i++) {
        img_kept[i] = image_kept(bl, sub_kept, own_kept, &r->im[i]);
        if (want_image && img_kept[i] && r->im[i].large && !a->meta.image) {
            a->meta.image = newsclean_strdup(r->im[i].src);
            if (!a->meta.image)
                goto done;
        }
    }
    st = NEWSCLEAN_OK;
    if (!r->full)
        goto done;
    st = NEWSCLEAN_ERR_NOMEM;
    b.s = calloc(1, sizeof *b.s);
    b.node_of = calloc(bl->nc + 1, sizeof *b.node_of);
    b.list_of = calloc(bl->nc + 1, sizeof *b.list_of);
    if (!b.s || !b.node_of || !b.list_of || !build_items(&b, a, take, img_kept))
        goto done;
    a->structure = b.s;
    b.s = NULL;
    st = NEWSCLEAN_OK;
done:
    newsclean_structure_free(b.s);
    free(b.node_of);
    free(b.list_of);
    free(take);
    free(sub_kept);
    free(own_kept);
    free(img_kept);
    return st;
}

/* ---- Text dumps ---- */

/* Length of a list marker at the start of a line ("- ", "* ", "• ", "12. ", "3) "), 0 if
 * none; '*ordered' and '*number' say which kind. */
static size_t
item_marker(const char *s, bool *ordered, long *number)
{
    *ordered = false;
    if ((s[0] == '-' || s[0] == '*') && s[1] == ' ')
        return 2;
    if (!strncmp(s, "\xE2\x80\xA2 ", 4)) /* U+2022 bullet */
        return 4;
    size_t i = 0;
    while (i < 4 && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i > 0 && i < 4 && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ') {
        *ordered = true;
        *number = strtol(s, NULL, 10);
        return i + 2;
    }
    return 0;
}

/* Where the next item of a list starts inside 'text' (a dump's unwrapping may have joined
 * item lines into one): the same bullet, or the next number, after the punctuation that
 * ends an item ("…before; - every stall…", "…o'clock; 2. Market Lane…"). NULL if none. */
static const char *
next_marker(const char *text, char bullet_or_kind, long number)
{
    for (const char *p = strchr(text, ' '); p; p = strchr(p + 1, ' ')) {
        if (p == text || !strchr(";,.:", p[-1]))
            continue;
        bool ordered;
        long n = 0;
        size_t m = item_marker(p + 1, &ordered, &n);
        if (!m || !p[1 + m])
            continue;
        if (ordered ? bullet_or_kind == '1' && n == number + 1 : bullet_or_kind == p[1])
            return p;
    }
    return NULL;
}

/* Add the items of a dump block that starts with a list marker. */
static bool
add_text_items(builder *b, const char *text, size_t list)
{
    bool ordered;
    long number = 1;
    size_t m = item_marker(text, &ordered, &number);
    char kind = ordered ? '1' : text[0];
    while (m) {
        const char *next = next_marker(text + m, kind, number);
        size_t len = next ? (size_t)(next - text) : strlen(text);
        newsclean_sitem *it = new_item(b);
        if (!it)
            return false;
        it->kind = NEWSCLEAN_BLOCK_LIST_ITEM;
        it->text = newsclean_strndup(text + m, len - m);
        size_t li = new_node(b, NEWSCLEAN_TAG_ITEM);
        it->path = malloc(2 * sizeof *it->path);
        if (!it->text || li == NEWSCLEAN_NO_CONTAINER || !it->path)
            return false;
        for (char *p = it->text; *p; p++)
            if (*p == NEWSCLEAN_MARK || *p == NEWSCLEAN_MARK_END)
                *p = ' ';
        it->path[0] = list;
        it->path[1] = li;
        it->npath = 2;
        if (!next)
            break;
        text = next + 1;
        m = item_marker(text, &ordered, &number);
    }
    return true;
}

newsclean_status
newsclean_structure_from_text(const newsclean_blocks *bl, newsclean_article *a)
{
    builder b = {.bl = bl};
    b.s = calloc(1, sizeof *b.s);
    if (!b.s)
        return NEWSCLEAN_ERR_NOMEM;
    size_t list = NEWSCLEAN_NO_CONTAINER;
    bool list_ordered = false;
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *blk = &bl->v[i];
        if (!blk->keep)
            continue;
        bool ordered = false;
        long number = 1;
        size_t m = blk->kind == NEWSCLEAN_BLOCK_PRE ? 0 : item_marker(blk->text, &ordered, &number);
        if (m && m >= blk->len)
            m = 0;
        if (!m || (list != NEWSCLEAN_NO_CONTAINER && ordered != list_ordered))
            list = NEWSCLEAN_NO_CONTAINER;
        if (m) {
            if (list == NEWSCLEAN_NO_CONTAINER) {
                list = new_node(&b, NEWSCLEAN_TAG_LIST);
                if (list == NEWSCLEAN_NO_CONTAINER)
                    goto oom;
                b.s->nodes[list].ordered = list_ordered = ordered;
                b.s->nodes[list].start = ordered ? number : 1;
            }
            if (!add_text_items(&b, blk->text, list))
                goto oom;
            continue;
        }
        newsclean_sitem *it = new_item(&b);
        if (!it)
            goto oom;
        it->kind = blk->kind;
        it->level = blk->level;
        it->text = plain_copy(blk->text);
        if (!it->text)
            goto oom;
    }
    a->structure = b.s;
    return NEWSCLEAN_OK;
oom:
    newsclean_structure_free(b.s);
    return NEWSCLEAN_ERR_NOMEM;
}

/* ---- Walking the tree ---- */

static void
grid_free(newsclean_grid *g)
{
    for (size_t i = 0; g->cells && i < g->rows * g->cols; i++)
        free(g->cells[i]);
    free(g->cells);
    free(g->header);
    free(g->caption);
}

static bool
append_to(char **slot, const char *text)
{
    if (!*slot)
        return (*slot = newsclean_strdup(text)) != NULL;
    size_t a = strlen(*slot), n = strlen(text);
    char *p = realloc(*slot, a + n + 2);
    if (!p)
        return false;
    p[a] = ' ';
    memcpy(p + a + 1, text, n + 1);
    *slot = p;
    return true;
}

/* Lay the items [from, to) of table node 't' (at path depth 'k') out as a grid of the rows
 * they use. */
static bool
make_grid(const struct newsclean_structure *s, size_t from, size_t to, size_t k, size_t t,
          newsclean_grid *g)
{
    memset(g, 0, sizeof *g);
    size_t *row_of = calloc(s->nodes[t].rows + 1, sizeof *row_of);
    if (!row_of)
        return false;
    size_t used = 0;
    for (size_t i = from; i < to; i++) {
        const newsclean_sitem *it = &s->items[i];
        if (it->npath < k + 3)
            continue;
        size_t r = s->nodes[it->path[k + 1]].row;
        if (r < s->nodes[t].rows && !row_of[r])
            row_of[r] = ++used;
    }
    g->cols = s->nodes[t].cols;
    g->rows = used;
    g->cells = calloc(used * g->cols + 1, sizeof *g->cells);
    g->header = calloc(used + 1, sizeof *g->header);
    bool ok = g->cells && g->header;
    for (size_t i = from; ok && i < to; i++) {
        const newsclean_sitem *it = &s->items[i];
        if (it->npath < k + 3) {
            if (it->kind == NEWSCLEAN_BLOCK_CAPTION)
                ok = append_to(&g->caption, it->text);
            continue;
        }
        const newsclean_snode *row = &s->nodes[it->path[k + 1]];
        const newsclean_snode *cell = &s->nodes[it->path[k + 2]];
        if (row->row >= s->nodes[t].rows || cell->col >= g->cols)
            continue;
        size_t r = row_of[row->row] - 1;
        g->header[r] |= row->header;
        ok = append_to(&g->cells[r * g->cols + cell->col], it->text);
    }
    free(row_of);
    if (!ok)
        grid_free(g);
    return ok;
}

static bool
same_path(const newsclean_sitem *x, const newsclean_sitem *y)
{
    if (x->npath != y->npath)
        return false;
    for (size_t i = 0; i < x->npath; i++)
        if (x->path[i] != y->path[i])
            return false;
    return true;
}

bool
newsclean_structure_visit(const struct newsclean_structure *s, const newsclean_visitor *v,
                          void *ctx)
{
    size_t stack[64], depth = 0;
    bool ok = true;
    for (size_t i = 0; ok && s && i < s->ni; i++) {
        const newsclean_sitem *it = &s->items[i];
        size_t limit = it->npath < 64 ? it->npath : 64, table = SIZE_MAX;
        for (size_t k = 0; k < limit; k++)
            if (s->nodes[it->path[k]].tag == NEWSCLEAN_TAG_TABLE && s->nodes[it->path[k]].data) {
                table = k;
                limit = k;
                break;
            }
        size_t common = 0;
        while (common < depth && common < limit && stack[common] == it->path[common])
            common++;
        while (ok && depth > common)
            ok = v->close(ctx, &s->nodes[stack[--depth]]);
        for (; ok && depth < limit; depth++) {
            stack[depth] = it->path[depth];
            ok = v->open(ctx, &s->nodes[stack[depth]]);
        }
        if (!ok)
            break;
        if (table != SIZE_MAX) {
            size_t t = it->path[table], j = i;
            while (j < s->ni && s->items[j].npath > table && s->items[j].path[table] == t)
                j++;
            newsclean_grid g;
            if (!make_grid(s, i, j, table, t, &g))
                return false;
            ok = v->table(ctx, &g);
            grid_free(&g);
            i = j - 1;
            continue;
        }
        bool br = it->br_before && i > 0 && !it->image && !s->items[i - 1].image &&
                  same_path(it, &s->items[i - 1]);
        ok = v->item(ctx, it, br);
    }
    while (ok && depth > 0)
        ok = v->close(ctx, &s->nodes[stack[--depth]]);
    return ok;
}
