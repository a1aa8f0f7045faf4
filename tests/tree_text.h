/* tree_text.h: a libxml2 tree as one string, for tests that compare the trees two inputs
 * parse to. Header-only: the unit tests and the fuzz targets include it (after dom.h). */
#ifndef NEWSCLEAN_TESTS_TREE_TEXT_H
#define NEWSCLEAN_TESTS_TREE_TEXT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

typedef struct {
    char *p;
    size_t n, cap;
    int oom;
} tree_text;

static void
tree_text_put(tree_text *t, const char *s)
{
    size_t k = strlen(s);
    if (t->oom)
        return;
    if (t->n + k + 1 > t->cap) {
        size_t cap = (t->n + k + 1) * 2;
        char *p = realloc(t->p, cap);
        if (!p) {
            t->oom = 1;
            return;
        }
        t->p = p;
        t->cap = cap;
    }
    memcpy(t->p + t->n, s, k + 1);
    t->n += k;
}

/* Every node with its type, name, attributes and content. Without 'raw_text', what the
 * parse stage's cut removes is left out: the children of script and style elements, the
 * text of comments and the attributes no stage reads. */
static void
tree_text_add(tree_text *t, const xmlNode *n, int raw_text)
{
    for (; n; n = n->next) {
        char head[16];
        snprintf(head, sizeof head, "[%d:", (int)n->type);
        tree_text_put(t, head);
        if (n->name)
            tree_text_put(t, (const char *)n->name);
        if (n->type == XML_ELEMENT_NODE) {
            for (const xmlAttr *a = n->properties; a; a = a->next) {
                const char *an = (const char *)a->name;
                if (!raw_text && !newsclean_dom_reads_attribute(an, strlen(an)))
                    continue;
                tree_text_put(t, " @");
                tree_text_put(t, (const char *)a->name);
                tree_text_put(t, "=");
                xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
                if (v)
                    tree_text_put(t, (const char *)v);
                xmlFree(v);
            }
            const char *name = (const char *)n->name;
            if (raw_text || (strcmp(name, "script") != 0 && strcmp(name, "style") != 0))
                tree_text_add(t, n->children, raw_text);
        } else if (n->content && (raw_text || n->type != XML_COMMENT_NODE)) {
            tree_text_put(t, (const char *)n->content);
        }
        tree_text_put(t, "]");
    }
}

/* The document as a string owned by the caller (free), or NULL if out of memory. */
static char *
tree_text_of(const xmlDoc *doc, int raw_text)
{
    tree_text t = {0};
    tree_text_put(&t, "");
    if (doc)
        tree_text_add(&t, doc->children, raw_text);
    if (t.oom) {
        free(t.p);
        return NULL;
    }
    return t.p;
}

/* The tree newsclean_dom_parse builds from 'len' bytes of UTF-8 HTML, as a string owned
 * by the caller, or NULL if the parse fails or memory runs out. */
static char *
tree_text_of_html(const char *html, size_t len, int raw_text)
{
    xmlDocPtr doc = NULL;
    if (newsclean_dom_parse(html, len, NULL, &doc) != NEWSCLEAN_OK)
        return NULL;
    char *t = tree_text_of(doc, raw_text);
    xmlFreeDoc(doc);
    return t;
}

#endif /* NEWSCLEAN_TESTS_TREE_TEXT_H */
