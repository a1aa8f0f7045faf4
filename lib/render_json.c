/* render_json.c: the JSON record of the output contract, through jansson so escaping and
 * UTF-8 validity are never hand-written. */
#include "newsclean.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "article.h"

static json_t *
str_or_null(const char *s)
{
    json_t *v = s ? json_string(s) : json_null();
    /* json_string refuses invalid UTF-8; earlier stages guarantee validity, so a
     * refusal means a bug, and null is the honest output. */
    return v ? v : json_null();
}

static bool
put(json_t *obj, const char *key, json_t *v)
{
    return v && json_object_set_new(obj, key, v) == 0;
}

/* Escape U+0085, U+2028 and U+2029 as \uXXXX. JSON allows them raw, but many
 * line-oriented readers (Python's splitlines, JavaScript before ES2019) take them for line
 * ends and would cut a JSON Lines record in two. They only occur inside strings, so a
 * byte-level rewrite is safe. Returns a new buffer, or 's' itself when none occurs. */
static char *
escape_line_breaks(char *s)
{
    size_t extra = 0, n = 0;
    for (; s[n]; n++) {
        unsigned char c = (unsigned char)s[n];
        if ((c == 0xC2 && (unsigned char)s[n + 1] == 0x85) ||
            (c == 0xE2 && (unsigned char)s[n + 1] == 0x80 &&
             ((unsigned char)s[n + 2] == 0xA8 || (unsigned char)s[n + 2] == 0xA9)))
            extra += 6;
    }
    if (!extra)
        return s;
    char *o = malloc(n + extra + 1);
    if (!o)
        return NULL;
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xC2 && (unsigned char)s[i + 1] == 0x85) {
            memcpy(o + w, "\\u0085", 6);
            w += 6;
            i += 1;
        } else if (c == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
                   ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
            memcpy(o + w, (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029", 6);
            w += 6;
            i += 2;
        } else {
            o[w++] = (char)c;
        }
    }
    o[w] = '\0';
    return o;
}

static newsclean_status
dump(json_t *root, unsigned flags, char **out, size_t *out_len)
{
    size_t jflags = JSON_PRESERVE_ORDER;
    jflags |= (flags & NEWSCLEAN_RENDER_PRETTY) ? JSON_INDENT(2) : JSON_COMPACT;
    char *s = json_dumps(root, jflags);
    json_decref(root);
    if (!s)
        return NEWSCLEAN_ERR_NOMEM;
    char *e = escape_line_breaks(s);
    if (e != s) {
        free(s); /* jansson allocates with malloc unless told otherwise */
        if (!e)
            return NEWSCLEAN_ERR_NOMEM;
        s = e;
    }
    *out = s;
    if (out_len)
        *out_len = strlen(s);
    return NEWSCLEAN_OK;
}

static bool
extras_valid(const char *const *keys, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!keys || !keys[i])
            return false;
    return true;
}

static bool
put_extra(json_t *root, const char *const *keys, const char *const *values, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!keys || !keys[i] || !put(root, keys[i], str_or_null(values ? values[i] : NULL)))
            return false;
    }
    return true;
}

newsclean_status
newsclean_article_to_json(const newsclean_article *a, const char *source, unsigned flags,
                          char **out, size_t *out_len)
{
    return newsclean_article_to_json_ex(a, source, NULL, NULL, 0, flags, out, out_len);
}

newsclean_status
newsclean_article_to_json_ex(const newsclean_article *a, const char *source,
                             const char *const *extra_keys, const char *const *extra_values,
                             size_t n_extra, unsigned flags, char **out, size_t *out_len)
{
    if (!newsclean_render_args(a, out) || !extras_valid(extra_keys, n_extra))
        return NEWSCLEAN_ERR_INVALID_ARG;
    json_t *root = json_object();
    json_t *quotes = json_array();
    bool ok = root && quotes;
    ok = ok && put(root, "source", str_or_null(source));
    ok = ok && put(root, "headline", str_or_null(a->meta.headline));
    ok = ok && put(root, "timestamp", str_or_null(a->meta.timestamp));
    ok = ok && put(root, "byline", str_or_null(a->meta.byline));
    ok = ok && put(root, "body", json_string(a->body ? a->body : ""));
    if (ok && (flags & NEWSCLEAN_RENDER_MARKDOWN)) {
        char *md = NULL;
        newsclean_status st = newsclean_article_to_markdown(a, &md, NULL);
        ok = st == NEWSCLEAN_OK && put(root, "markdown", json_string(md));
        free(md);
    }
    for (size_t i = 0; ok && i < a->quotes.n; i++) {
        const newsclean_quote *q = &a->quotes.v[i];
        json_t *o = json_object();
        ok = o && put(o, "text", str_or_null(q->text)) &&
             put(o, "speaker", str_or_null(q->speaker)) && put(o, "cue", str_or_null(q->cue)) &&
             put(o, "offset", json_integer((json_int_t)q->offset)) &&
             put(o, "length", json_integer((json_int_t)q->length));
        if (o && json_array_append_new(quotes, o) != 0)
            ok = false;
    }
    if (ok) {
        ok = json_object_set_new(root, "quotes", quotes) == 0;
        quotes = NULL;
    }
    ok = ok && put(root, "modified", str_or_null(a->meta.modified));
    ok = ok && put(root, "site", str_or_null(a->meta.site));
    ok = ok && put(root, "language", str_or_null(a->meta.language));
    ok = ok && put(root, "url", str_or_null(a->meta.url));
    ok = ok && put(root, "description", str_or_null(a->meta.description));
    ok = ok && put(root, "kind", json_string(newsclean_kind_name(a->kind)));
    ok = ok && put(root, "image", str_or_null(a->meta.image));
    ok = ok && put_extra(root, extra_keys, extra_values, n_extra);
    json_decref(quotes);
    if (!ok) {
        json_decref(root);
        return NEWSCLEAN_ERR_NOMEM;
    }
    return dump(root, flags, out, out_len);
}

newsclean_status
newsclean_error_to_json(const char *source, const char *code, const char *message, unsigned flags,
                        char **out, size_t *out_len)
{
    return newsclean_error_to_json_ex(source, code, message, NULL, NULL, 0, flags, out, out_len);
}

newsclean_status
newsclean_error_to_json_ex(const char *source, const char *code, const char *message,
                           const char *const *extra_keys, const char *const *extra_values,
                           size_t n_extra, unsigned flags, char **out, size_t *out_len)
{
    if (!out)
        return NEWSCLEAN_ERR_INVALID_ARG;
    *out = NULL;
    if (!extras_valid(extra_keys, n_extra))
        return NEWSCLEAN_ERR_INVALID_ARG;
    json_t *root = json_object();
    json_t *err = json_object();
    bool ok = root && err;
    ok = ok && put(root, "source", str_or_null(source));
    ok = ok && put(root, "headline", json_null());
    ok = ok && put(root, "timestamp", json_null());
    ok = ok && put(root, "byline", json_null());
    ok = ok && put(root, "body", json_string(""));
    if (flags & NEWSCLEAN_RENDER_MARKDOWN)
        ok = ok && put(root, "markdown", json_string(""));
    ok = ok && put(root, "quotes", json_array());
    static const char *const nulls[] = {"modified",    "site", "language", "url",
                                        "description", "kind", "image"};
    for (size_t i = 0; i < sizeof nulls / sizeof nulls[0]; i++)
        ok = ok && put(root, nulls[i], json_null());
    ok = ok && put(err, "code", str_or_null(code ? code : "error"));
    ok = ok && put(err, "message", str_or_null(message ? message : "unknown error"));
    ok = ok && put_extra(root, extra_keys, extra_values, n_extra);
    if (ok) {
        ok = json_object_set_new(root, "error", err) == 0;
        err = NULL;
    }
    json_decref(err);
    if (!ok) {
        json_decref(root);
        return NEWSCLEAN_ERR_NOMEM;
    }
    return dump(root, flags, out, out_len);
}
