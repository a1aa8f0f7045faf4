/* render_text.c: the plain-text rendering: headline, timestamp, blank line, body. */
#include "newsclean.h"

#include "article.h"
#include "buf.h"

newsclean_status
newsclean_article_to_text(const newsclean_article *a, char **out, size_t *out_len)
{
    if (!newsclean_render_args(a, out))
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
    return newsclean_buf_hand_over(&b, ok, out, out_len) ? NEWSCLEAN_OK : NEWSCLEAN_ERR_NOMEM;
}
