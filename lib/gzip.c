/* gzip.c: whole-buffer gzip decompression and crawl-dump sniffing for callers that hold
 * a file's first bytes (the CLI decides per file whether it is a page or a dump). */
#include "newsclean.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "buf.h"

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

newsclean_status
newsclean_gunzip(const char *in, size_t len, size_t max_out, char **out, size_t *out_len)
{
    if (!out || (!in && len))
        return NEWSCLEAN_ERR_INVALID_ARG;
    *out = NULL;
    newsclean_buf b;
    newsclean_buf_init(&b);
    newsclean_status st = NEWSCLEAN_OK;
    size_t pos = 0;
    /* Loop over members: concatenated gzip files are one valid gzip file. */
    while (pos < len && st == NEWSCLEAN_OK) {
        z_stream z;
        memset(&z, 0, sizeof z);
        if (inflateInit2(&z, 15 + 32) != Z_OK)
            return NEWSCLEAN_ERR_NOMEM;
        int r = Z_OK;
        while (r != Z_STREAM_END) {
            if (!newsclean_buf_reserve(&b, 65536)) {
                st = NEWSCLEAN_ERR_NOMEM;
                break;
            }
            size_t chunk = len - pos > (1u << 30) ? (1u << 30) : len - pos;
            z.next_in = (Bytef *)(uintptr_t)(in + pos);
            z.avail_in = (uInt)chunk;
            z.next_out = (Bytef *)(b.data + b.len);
            /* zlib counts in uInt: past 4 GiB of room the count must be clamped, not cut
             * (cut, it could come out 0 and the loop never end). And no more than one byte
             * past the limit is asked for, so that the buffer stays near the limit. */
            size_t room = b.cap - b.len - 1, want = max_out - b.len;
            if (want < SIZE_MAX)
                want++;
            if (room > want)
                room = want;
            z.avail_out = room > UINT_MAX ? UINT_MAX : (uInt)room;
            size_t before_out = z.avail_out;
            r = inflate(&z, Z_NO_FLUSH);
            pos += chunk - z.avail_in;
            b.len += before_out - z.avail_out;
            b.data[b.len] = '\0';
            if (b.len > max_out) {
                st = NEWSCLEAN_ERR_LIMIT;
                break;
            }
            if (r == Z_STREAM_END)
                break;
            if (r != Z_OK && !(r == Z_BUF_ERROR && z.avail_out == 0)) {
                st = NEWSCLEAN_ERR_PARSE;
                break;
            }
            if (pos >= len && z.avail_out != 0) {
                st = NEWSCLEAN_ERR_PARSE; /* cut short */
                break;
            }
        }
        inflateEnd(&z);
        /* Trailing zero padding after the last member is common and harmless. */
        while (pos < len && in[pos] == '\0')
            pos++;
        if (st == NEWSCLEAN_OK && pos < len && !newsclean_is_gzip(in + pos, len - pos))
            break;
    }
    if (st != NEWSCLEAN_OK) {
        newsclean_buf_free(&b);
        return st;
    }
    size_t n = b.len;
    *out = newsclean_buf_detach(&b);
    if (!*out)
        return NEWSCLEAN_ERR_NOMEM;
    if (out_len)
        *out_len = n;
    return NEWSCLEAN_OK;
}
