/* buf.c: growable byte buffer (every size computation goes through the checked helpers)
 * and the one UTF-8 decoder the stages share. */
#include "buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

bool
newsclean_size_add(size_t a, size_t b, size_t *out)
{
    if (a > SIZE_MAX - b)
        return false;
    *out = a + b;
    return true;
}

bool
newsclean_size_mul(size_t a, size_t b, size_t *out)
{
    if (a != 0 && b > SIZE_MAX / a)
        return false;
    *out = a * b;
    return true;
}

void *
newsclean_array_grow(void *v, size_t *cap, size_t elem, size_t first)
{
    size_t n = *cap ? *cap : first, bytes;
    if (*cap && !newsclean_size_mul(n, 2, &n))
        return NULL;
    if (!newsclean_size_mul(n, elem, &bytes))
        return NULL;
    void *nv = realloc(v, bytes);
    if (nv)
        *cap = n;
    return nv;
}

bool
newsclean_array_fit(void **v, size_t *cap, size_t elem, size_t i, size_t first, bool zero)
{
    if (i < *cap)
        return true;
    size_t n = *cap ? *cap : first, bytes;
    while (n <= i) {
        if (!newsclean_size_mul(n, 2, &n))
            return false;
    }
    if (!newsclean_size_mul(n, elem, &bytes))
        return false;
    char *p = realloc(*v, bytes);
    if (!p)
        return false;
    if (zero)
        memset(p + *cap * elem, 0, (n - *cap) * elem);
    *v = p;
    *cap = n;
    return true;
}

void
newsclean_buf_init(newsclean_buf *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void
newsclean_buf_free(newsclean_buf *b)
{
    free(b->data);
    newsclean_buf_init(b);
}

bool
newsclean_buf_reserve(newsclean_buf *b, size_t extra)
{
    size_t need;
    if (!newsclean_size_add(b->len, extra, &need) || !newsclean_size_add(need, 1, &need))
        return false;
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) {
        /* Doubling keeps appends amortised O(1). */
        if (!newsclean_size_mul(cap, 2, &cap))
            return false;
    }
    char *p = realloc(b->data, cap);
    if (!p)
        return false;
    b->data = p;
    b->cap = cap;
    b->data[b->len] = '\0';
    return true;
}

bool
newsclean_buf_append(newsclean_buf *b, const char *s, size_t n)
{
    if (!newsclean_buf_reserve(b, n))
        return false;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return true;
}

bool
newsclean_buf_append_str(newsclean_buf *b, const char *s)
{
    return newsclean_buf_append(b, s, strlen(s));
}

bool
newsclean_buf_append_char(newsclean_buf *b, char c)
{
    return newsclean_buf_append(b, &c, 1);
}

char *
newsclean_buf_detach(newsclean_buf *b)
{
    if (!b->data && !newsclean_buf_reserve(b, 0))
        return NULL;
    char *p = b->data;
    newsclean_buf_init(b);
    return p;
}

bool
newsclean_buf_hand_over(newsclean_buf *b, bool ok, char **out, size_t *out_len)
{
    size_t len = b->len;
    *out = ok ? newsclean_buf_detach(b) : NULL;
    if (!*out) {
        newsclean_buf_free(b);
        return false;
    }
    if (out_len)
        *out_len = len;
    return true;
}

char *
newsclean_strndup(const char *s, size_t n)
{
    size_t sz;
    if (!newsclean_size_add(n, 1, &sz))
        return NULL;
    char *p = malloc(sz);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *
newsclean_strdup(const char *s)
{
    return newsclean_strndup(s, strlen(s));
}

uint64_t
newsclean_hash(const char *s, size_t n, uint64_t seed)
{
    const uint64_t prime = 1099511628211ull;
    const unsigned char *u = (const unsigned char *)s;
    uint64_t h = 1469598103934665603ull ^ seed;
    size_t i = 0;
    /* Four bytes a round: the same hash with a quarter of the loop's own work, which is
     * most of the cost on the short names it mostly sees. */
    for (; i + 4 <= n; i += 4) {
        h = (h ^ u[i]) * prime;
        h = (h ^ u[i + 1]) * prime;
        h = (h ^ u[i + 2]) * prime;
        h = (h ^ u[i + 3]) * prime;
    }
    for (; i < n; i++)
        h = (h ^ u[i]) * prime;
    return h;
}
