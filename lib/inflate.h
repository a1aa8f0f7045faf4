/* inflate.h: the library's one whole-buffer zlib inflater, shared by newsclean_gunzip()
 * and the HTTP content decoding of WARC payloads. */
#ifndef NEWSCLEAN_INFLATE_H
#define NEWSCLEAN_INFLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

typedef enum {
    NEWSCLEAN_INFLATE_END,   /* the stream (every member of it) ended properly */
    NEWSCLEAN_INFLATE_CUT,   /* it stopped early or was damaged after giving output */
    NEWSCLEAN_INFLATE_BAD,   /* nothing came out: not this format, or damaged at once */
    NEWSCLEAN_INFLATE_LIMIT, /* more than 'limit' bytes would come out */
    NEWSCLEAN_INFLATE_NOMEM
} newsclean_inflate_result;

/* Room for the next decoding step into 'out': at most 64 KiB, and at most one byte past
 * 'limit', so passing the limit is seen without decoding (and storing) any further. The
 * buffer holds that room plus the NUL afterwards; 0 if out of memory. Every decoder of
 * the library (zlib here, brotli and zstd for WARC payloads) steps by it. */
size_t newsclean_decode_room(newsclean_buf *out, size_t limit);

/* Take the 'got' bytes a decoding step wrote into that room: 'out' and the running count
 * '*made' grow by them and the NUL follows. False when 'out' has passed 'limit'. */
bool newsclean_decode_took(newsclean_buf *out, size_t got, size_t *made, size_t limit);

/* Inflate p[0..n) and append what comes out to 'out', which never grows past 'limit' + 1
 * bytes. 'window_bits' is zlib's: 15 + 32 reads gzip or zlib framing, 15 zlib, -15 raw
 * deflate. With gzip framing, members that follow one another are read as one stream
 * (RFC 1952 2.2), and zero padding after a member is skipped; anything else after a
 * complete member ends the stream. */
newsclean_inflate_result newsclean_inflate(const char *p, size_t n, int window_bits, size_t limit,
                                           newsclean_buf *out);

#endif /* NEWSCLEAN_INFLATE_H */
