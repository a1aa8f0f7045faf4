/* render_text.c: the plain-text rendering: headline, timestamp, blank line, body. */
#include "newsclean.h"

#include "article.h"
#include "buf.h"

newsclean_status
newsclean_article_to_text(const newsclean_article *a, char **out, size_t *out_len)
{
    if (!out)
        return NEWSCLEAN_ERR_INVALID_ARG;
    *out = NULL;
    if (!a)
        return NEWSCLEAN_ERR_INVALID_ARG;
    newsclean_buf b;
    newsclean_buf_init(&b);
    bool ok = true;
    if (a->meta.headline)
        ok = newsclean_buf_append_str(&b, a->meta.headline) && newsclean_buf_append_char(&b, '\n');
    if (ok && a->meta.timestamp)
        ok = newsclean_buf_append_str(&b, a->meta.timestamp) && newsclean_buf_append_char(&b, '\n');
    if (ok && b.len)
        ok = newsclean_buf_append_char(&b, '\n');
    if (ok && a->body && a->body_len)
        ok = newsclean_buf_append(&b, a->body, a->body_len) && newsclean_buf_append_char(&b, '\n');
    if (!ok) {
        newsclean_buf_free(&b);
        return NEWSCLEAN_ERR_NOMEM;
    }
    size_t len = b.len;
    *out = newsclean_buf_detach(&b);
    if (!*out)
        return NEWSCLEAN_ERR_NOMEM;
    if (out_len)
        *out_len = len;
    return NEWSCLEAN_OK;
}
