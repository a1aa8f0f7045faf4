/* render_html.c: the article as a safe HTML fragment. Nothing of the page's markup is copied:
 * every element and attribute is written here from the structure, from a short list, and
 * all text is escaped, so no script, style, event handler or foreign URL scheme can pass. The
 * fragment is well formed (void elements closed with "/>"), so XML tools read it too. */
#include "newsclean.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "buf.h"
#include "structure.h"

#define MAX_FRAMES 64

typedef struct {
    newsclean_buf out;
    bool ok;
    unsigned char tags[MAX_FRAMES];
    size_t nf, skipped;
    const char *leaf_end; /* end tag of the block element still open, NULL if none; ""
                             for the bare text of a list item */
    bool item_fresh;      /* an <li> was just written and holds nothing yet */
} html;

static void
puts_(html *h, const char *s)
{
    h->ok = h->ok && newsclean_buf_append_str(&h->out, s);
}

/* Text with &, < and > escaped (and quotes, for attributes); control characters, which XML
 * forbids, become spaces. */
static void
escaped(html *h, const char *s, size_t n)
{
    for (size_t i = 0; i < n && h->ok; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *e = c == '&'   ? "&amp;"
                        : c == '<' ? "&lt;"
                        : c == '>' ? "&gt;"
                        : c == '"' ? "&quot;"
                                   : NULL;
        if (e)
            puts_(h, e);
        else if (c < ' ' && c != '\n' && c != '\t')
            puts_(h, " ");
        else
            h->ok = newsclean_buf_append_char(&h->out, (char)c);
    }
}

/* Close the open block element; the bare text of a list item needs no end tag, and no
 * line break before its </li>. */
static void
end_leaf_before(html *h, bool item_end)
{
    if (h->leaf_end) {
        puts_(h, h->leaf_end);
        if (*h->leaf_end || !item_end)
            puts_(h, "\n");
        h->leaf_end = NULL;
    }
}

static void
end_leaf(html *h)
{
    end_leaf_before(h, false);
}

static void
inline_out(html *h, const char *s)
{
    /* Ends are written only for starts written: the markers come paired from the walk, but
     * a text without them (or cut short) must still give well-formed output. */
    char open[8];
    size_t nopen = 0;
    while (*s && h->ok) {
        if (*s == NEWSCLEAN_MARK && s[1]) {
            char code = s[1];
            s += 2;
            const char *url = s;
            if (code == NEWSCLEAN_MARK_LINK_OPEN)
                while (*s && *s != NEWSCLEAN_MARK_END)
                    s++;
            size_t url_len = (size_t)(s - url);
            if (code == NEWSCLEAN_MARK_LINK_OPEN && *s)
                s++;
            if (code < 'a') {
                if (nopen == sizeof open)
                    continue;
                open[nopen++] = code;
                switch (code) {
                case NEWSCLEAN_MARK_EM_OPEN:
                    puts_(h, "<em>");
                    break;
                case NEWSCLEAN_MARK_STRONG_OPEN:
                    puts_(h, "<strong>");
                    break;
                case NEWSCLEAN_MARK_CODE_OPEN:
                    puts_(h, "<code>");
                    break;
                default:
                    puts_(h, "<a href=\"");
                    escaped(h, url, url_len);
                    puts_(h, "\">");
                    break;
                }
                continue;
            }
            if (nopen == 0 || open[nopen - 1] != code - 32)
                continue;
            nopen--;
            puts_(h, code == NEWSCLEAN_MARK_EM_CLOSE       ? "</em>"
                     : code == NEWSCLEAN_MARK_STRONG_CLOSE ? "</strong>"
                     : code == NEWSCLEAN_MARK_CODE_CLOSE   ? "</code>"
                                                           : "</a>");
            continue;
        }
        const char *e = s + 1;
        while (*e && *e != NEWSCLEAN_MARK)
            e++;
        escaped(h, s, (size_t)(e - s));
        s = e;
    }
    while (nopen > 0) {
        char code = open[--nopen];
        puts_(h, code == NEWSCLEAN_MARK_EM_OPEN       ? "</em>"
                 : code == NEWSCLEAN_MARK_STRONG_OPEN ? "</strong>"
                 : code == NEWSCLEAN_MARK_CODE_OPEN   ? "</code>"
                                                      : "</a>");
    }
}

static bool
in_figure(const html *h)
{
    return h->nf > 0 && h->tags[h->nf - 1] == NEWSCLEAN_TAG_FIGURE;
}

static bool
v_item(void *ctx, const newsclean_sitem *it, bool br_join)
{
    html *h = ctx;
    if (br_join && h->leaf_end) {
        puts_(h, "<br/>");
        inline_out(h, it->text);
        return h->ok;
    }
    end_leaf(h);
    bool fresh = h->item_fresh;
    h->item_fresh = false;
    if (it->image) {
        bool bare = in_figure(h);
        puts_(h, bare ? "<img src=\"" : "<p><img src=\"");
        escaped(h, it->src, strlen(it->src));
        puts_(h, "\" alt=\"");
        escaped(h, it->text, strlen(it->text));
        puts_(h, bare ? "\"/>\n" : "\"/></p>\n");
        if (bare && it->title) {
            puts_(h, "<figcaption>");
            escaped(h, it->title, strlen(it->title));
            puts_(h, "</figcaption>\n");
        }
        return h->ok;
    }
    if (it->kind == NEWSCLEAN_BLOCK_PRE) {
        puts_(h, "<pre><code>");
        escaped(h, it->text, strlen(it->text));
        puts_(h, "</code></pre>\n");
        return h->ok;
    }
    static const char *const heads[][2] = {{"<h2>", "</h2>"},
                                           {"<h3>", "</h3>"},
                                           {"<h4>", "</h4>"},
                                           {"<h5>", "</h5>"},
                                           {"<h6>", "</h6>"}};
    if (it->kind == NEWSCLEAN_BLOCK_HEADING) {
        unsigned level = it->level < 2 ? 2 : it->level > 6 ? 6 : it->level;
        puts_(h, heads[level - 2][0]);
        h->leaf_end = heads[level - 2][1];
    } else if (fresh) {
        /* A list item's first paragraph is its own text: <li>text</li>. */
        h->leaf_end = "";
    } else if (it->kind == NEWSCLEAN_BLOCK_CAPTION && in_figure(h)) {
        puts_(h, "<figcaption>");
        h->leaf_end = "</figcaption>";
    } else {
        puts_(h, "<p>");
        h->leaf_end = "</p>";
    }
    inline_out(h, it->text);
    return h->ok;
}

static bool
v_open(void *ctx, const newsclean_snode *n)
{
    html *h = ctx;
    end_leaf(h);
    if (h->item_fresh)
        puts_(h, "\n");
    h->item_fresh = false;
    if (h->nf == MAX_FRAMES) {
        h->skipped++;
        return true;
    }
    h->tags[h->nf++] = n->tag;
    char buf[48];
    switch (n->tag) {
    case NEWSCLEAN_TAG_LIST:
        if (n->ordered && n->start != 1)
            snprintf(buf, sizeof buf, "<ol start=\"%ld\">\n", n->start);
        else
            snprintf(buf, sizeof buf, "%s", n->ordered ? "<ol>\n" : "<ul>\n");
        puts_(h, buf);
        break;
    case NEWSCLEAN_TAG_ITEM:
        puts_(h, "<li>");
        h->item_fresh = true;
        break;
    case NEWSCLEAN_TAG_QUOTE:
        puts_(h, "<blockquote>\n");
        break;
    case NEWSCLEAN_TAG_FIGURE:
        puts_(h, "<figure>\n");
        break;
    default:
        break;
    }
    return h->ok;
}

static bool
v_close(void *ctx, const newsclean_snode *n)
{
    html *h = ctx;
    end_leaf_before(h, true);
    h->item_fresh = false;
    if (h->skipped) {
        h->skipped--;
        return true;
    }
    if (h->nf == 0)
        return true;
    /* The end tag follows what was opened, whatever the node says. */
    unsigned char tag = h->tags[--h->nf];
    bool ordered = n->ordered;
    switch (tag) {
    case NEWSCLEAN_TAG_LIST:
        puts_(h, ordered ? "</ol>\n" : "</ul>\n");
        break;
    case NEWSCLEAN_TAG_ITEM:
        puts_(h, "</li>\n");
        break;
    case NEWSCLEAN_TAG_QUOTE:
        puts_(h, "</blockquote>\n");
        break;
    case NEWSCLEAN_TAG_FIGURE:
        puts_(h, "</figure>\n");
        break;
    default:
        break;
    }
    return h->ok;
}

static bool
v_table(void *ctx, const newsclean_grid *g)
{
    html *h = ctx;
    end_leaf(h);
    if (h->item_fresh)
        puts_(h, "\n");
    h->item_fresh = false;
    puts_(h, "<table>\n");
    if (g->caption) {
        puts_(h, "<caption>");
        inline_out(h, g->caption);
        puts_(h, "</caption>\n");
    }
    size_t r = 0;
    if (g->rows && g->header[0]) {
        puts_(h, "<thead>\n<tr>");
        for (size_t c = 0; c < g->cols; c++) {
            puts_(h, "<th>");
            if (g->cells[c])
                inline_out(h, g->cells[c]);
            puts_(h, "</th>");
        }
        puts_(h, "</tr>\n</thead>\n");
        r = 1;
    }
    if (r < g->rows)
        puts_(h, "<tbody>\n");
    for (size_t first = r; r < g->rows; r++) {
        puts_(h, "<tr>");
        for (size_t c = 0; c < g->cols; c++) {
            const char *cell = g->cells[r * g->cols + c];
            bool th = g->header[r];
            puts_(h, th ? "<th>" : "<td>");
            if (cell)
                inline_out(h, cell);
            puts_(h, th ? "</th>" : "</td>");
        }
        puts_(h, "</tr>\n");
        if (r + 1 == g->rows && first < g->rows)
            puts_(h, "</tbody>\n");
    }
    puts_(h, "</table>\n");
    return h->ok;
}

static void
from_body(html *h, const newsclean_article *a)
{
    const char *s = a->body ? a->body : "";
    while (*s && h->ok) {
        const char *e = strstr(s, "\n\n");
        size_t len = e ? (size_t)(e - s) : strlen(s);
        puts_(h, "<p>");
        escaped(h, s, len);
        puts_(h, "</p>\n");
        s = e ? e + 2 : s + len;
    }
}

newsclean_status
newsclean_article_to_html(const newsclean_article *a, char **out, size_t *out_len)
{
    if (!newsclean_render_args(a, out))
        return NEWSCLEAN_ERR_INVALID_ARG;
    html h = {.ok = true};
    newsclean_buf_init(&h.out);
    puts_(&h, "<article>\n");
    if (a->meta.headline) {
        puts_(&h, "<h1>");
        escaped(&h, a->meta.headline, strlen(a->meta.headline));
        puts_(&h, "</h1>\n");
    }
    if (a->structure) {
        newsclean_visitor v = {v_open, v_close, v_item, v_table};
        h.ok = h.ok && newsclean_structure_visit(a->structure, &v, &h);
        end_leaf(&h);
    } else {
        from_body(&h, a);
    }
    puts_(&h, "</article>\n");
    return newsclean_buf_hand_over(&h.out, h.ok, out, out_len) ? NEWSCLEAN_OK : NEWSCLEAN_ERR_NOMEM;
}
