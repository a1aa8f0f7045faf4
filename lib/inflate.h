/* inflate.h: the library's one whole-buffer zlib inflater, shared by newsclean_gunzip()
 * and the HTTP content decoding of WARC payloads, and the one decoding loop it, brotli and
 * zstd step through. */
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

/* What one step of a streaming decoder says of its stream. */
typedef enum {
    NEWSCLEAN_STEP_MORE,    /* step again */
    NEWSCLEAN_STEP_END,     /* the stream ended properly */
    NEWSCLEAN_STEP_STOPPED, /* it stops early or is damaged: CUT if anything came out of
                             * it, BAD if nothing did */
    NEWSCLEAN_STEP_BAD,     /* not this format, whatever came out */
    NEWSCLEAN_STEP_NOMEM
} newsclean_step_status;

/* One step of a streaming decoder (zlib here, brotli and zstd for WARC payloads): decode
 * into dst[0..room) and say in '*got' how many bytes it wrote. */
typedef newsclean_step_status (*newsclean_decode_step)(void *state, char *dst, size_t room,
                                                       size_t *got);

/* Call 'step' until its stream ends, appending what it writes to 'out'. Each step gets at
 * most 64 KiB of room, and at most one byte past 'limit', so passing the limit is seen
 * without decoding (and storing) any further; 'out' never grows past 'limit' + 1 bytes
 * and stays NUL-terminated. */
newsclean_inflate_result newsclean_decode_run(newsclean_buf *out, size_t limit,
                                              newsclean_decode_step step, void *state);

/* Inflate p[0..n) and append what comes out to 'out', which never grows past 'limit' + 1
 * bytes. 'window_bits' is zlib's: 15 + 32 reads gzip or zlib framing, 15 zlib, -15 raw
 * deflate. With gzip framing, members that follow one another are read as one stream
 * (RFC 1952 2.2), and zero padding after a member is skipped; anything else after a
 * complete member ends the stream. */
newsclean_inflate_result newsclean_inflate(const char *p, size_t n, int window_bits, size_t limit,
                                           newsclean_buf *out);

#endif /* NEWSCLEAN_INFLATE_H */
