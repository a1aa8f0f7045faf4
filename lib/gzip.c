/* gzip.c: the one whole-buffer inflater (newsclean_inflate, used by newsclean_gunzip and by
 * WARC payload decoding) and crawl-dump sniffing for callers that hold a file's first bytes
 * (the CLI decides per file whether it is a page or a dump). */
#include "newsclean.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "buf.h"
#include "inflate.h"

int
newsclean_is_gzip(const char *head, size_t len)
{
    return len >= 2 && (unsigned char)head[0] == 0x1f && (unsigned char)head[1] == 0x8b;
}

static int
starts_warc(const char *s, size_t n)
{
    /* A dump may start with blank lines left by a careless concatenation. */
    while (n && (*s == '\r' || *s == '\n')) {
        s++;
        n--;
    }
    return n >= 7 && memcmp(s, "WARC/1.", 7) == 0;
}

int
newsclean_looks_like_warc(const char *head, size_t len)
{
    if (!head)
        return 0;
    if (!newsclean_is_gzip(head, len))
        return starts_warc(head, len);
    /* Inflate only the first few bytes: enough to see "WARC/1." */
    char out[64];
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 32) != Z_OK)
        return 0;
    z.next_in = (Bytef *)(uintptr_t)head;
    z.avail_in = (uInt)(len > 1u << 20 ? 1u << 20 : len);
    z.next_out = (Bytef *)out;
    z.avail_out = sizeof out;
    int r = inflate(&z, Z_SYNC_FLUSH);
    size_t got = sizeof out - z.avail_out;
    inflateEnd(&z);
    return (r == Z_OK || r == Z_STREAM_END || r == Z_BUF_ERROR) && starts_warc(out, got);
}

/* Decoded bytes produced per decoding step: bounds how far past the limit a bomb gets. */
#define DECODE_STEP ((size_t)64 << 10)

static size_t
decode_room(newsclean_buf *out, size_t limit)
{
    if (!newsclean_buf_reserve(out, DECODE_STEP))
        return 0;
    size_t room = out->cap - out->len - 1;
    if (room > DECODE_STEP)
        room = DECODE_STEP;
    if (room > limit - out->len)
        room = limit - out->len + 1;
    return room;
}

static bool
decode_took(newsclean_buf *out, size_t got, size_t *made, size_t limit)
{
    out->len += got;
    *made += got;
    out->data[out->len] = '\0';
    return out->len <= limit;
}

newsclean_inflate_result
newsclean_decode_run(newsclean_buf *out, size_t limit, newsclean_decode_step step, void *state)
{
    size_t made = 0;
    for (;;) {
        size_t room = decode_room(out, limit);
        if (!room)
            return NEWSCLEAN_INFLATE_NOMEM;
        size_t got = 0;
        newsclean_step_status st = step(state, out->data + out->len, room, &got);
        if (!decode_took(out, got, &made, limit))
            return NEWSCLEAN_INFLATE_LIMIT;
        switch (st) {
        case NEWSCLEAN_STEP_MORE:
            continue;
        case NEWSCLEAN_STEP_END:
            return NEWSCLEAN_INFLATE_END;
        case NEWSCLEAN_STEP_STOPPED:
            return made ? NEWSCLEAN_INFLATE_CUT : NEWSCLEAN_INFLATE_BAD;
        case NEWSCLEAN_STEP_BAD:
            return NEWSCLEAN_INFLATE_BAD;
        case NEWSCLEAN_STEP_NOMEM:
        default:
            return NEWSCLEAN_INFLATE_NOMEM;
        }
    }
}

typedef struct {
    z_stream zs;
    const char *p;
    size_t n, pos;
    int window_bits;
} zlib_state;

static newsclean_step_status
zlib_step(void *state, char *dst, size_t room, size_t *got)
{
    zlib_state *z = state;
    /* zlib counts in uInt, so input is given in slices. */
    size_t in_left = z->n - z->pos;
    uInt given = in_left > UINT_MAX ? UINT_MAX : (uInt)in_left;
    z->zs.next_in = (Bytef *)(uintptr_t)(z->p + z->pos);
    z->zs.avail_in = given;
    z->zs.next_out = (Bytef *)dst;
    z->zs.avail_out = (uInt)room;
    int zr = inflate(&z->zs, Z_NO_FLUSH);
    size_t used = given - z->zs.avail_in;
    *got = room - z->zs.avail_out;
    z->pos += used;
    if (zr == Z_STREAM_END) {
        if (z->window_bits > 15) {
            /* Trailing zero padding after a member is common and harmless. */
            while (z->pos < z->n && z->p[z->pos] == '\0')
                z->pos++;
            if (newsclean_is_gzip(z->p + z->pos, z->n - z->pos) && inflateReset(&z->zs) == Z_OK)
                return NEWSCLEAN_STEP_MORE;
        }
        return NEWSCLEAN_STEP_END;
    }
    if (zr == Z_OK || zr == Z_BUF_ERROR) {
        /* Input used up with room to spare, or no progress: the stream stops early. */
        bool stopped = (z->pos == z->n && z->zs.avail_out > 0) || (used == 0 && *got == 0);
        return stopped ? NEWSCLEAN_STEP_STOPPED : NEWSCLEAN_STEP_MORE;
    }
    if (zr == Z_MEM_ERROR)
        return NEWSCLEAN_STEP_NOMEM;
    return NEWSCLEAN_STEP_STOPPED; /* Z_DATA_ERROR, Z_NEED_DICT */
}

newsclean_inflate_result
newsclean_inflate(const char *p, size_t n, int window_bits, size_t limit, newsclean_buf *out)
{
    zlib_state z = {.p = p, .n = n, .window_bits = window_bits};
    if (inflateInit2(&z.zs, window_bits) != Z_OK)
        return NEWSCLEAN_INFLATE_NOMEM;
    newsclean_inflate_result res = newsclean_decode_run(out, limit, zlib_step, &z);
    inflateEnd(&z.zs);
    return res;
}

newsclean_status
newsclean_gunzip(const char *in, size_t len, size_t max_out, char **out, size_t *out_len)
{
    if (!out || (!in && len))
        return NEWSCLEAN_ERR_INVALID_ARG;
    *out = NULL;
    newsclean_buf b;
    newsclean_buf_init(&b);
    newsclean_status st = NEWSCLEAN_OK;
    if (len > 0) {
        switch (newsclean_inflate(in, len, 15 + 32, max_out, &b)) {
        case NEWSCLEAN_INFLATE_END:
            break;
        case NEWSCLEAN_INFLATE_LIMIT:
            st = NEWSCLEAN_ERR_LIMIT;
            break;
        case NEWSCLEAN_INFLATE_NOMEM:
            st = NEWSCLEAN_ERR_NOMEM;
            break;
        case NEWSCLEAN_INFLATE_CUT:
        case NEWSCLEAN_INFLATE_BAD:
        default:
            st = NEWSCLEAN_ERR_PARSE; /* a damaged or cut file is refused whole */
            break;
        }
    }
    if (!newsclean_buf_hand_over(&b, st == NEWSCLEAN_OK, out, out_len) && st == NEWSCLEAN_OK)
        st = NEWSCLEAN_ERR_NOMEM;
    return st;
}
