/* warc_http.h: the HTTP envelope of WARC response records (status line, Content-Type,
 * chunked transfer coding, content coding) and payload sniffing, for lib/warc.c. */
#ifndef NEWSCLEAN_WARC_HTTP_H
#define NEWSCLEAN_WARC_HTTP_H

#include <stdbool.h>
#include <stddef.h>

#include "newsclean.h"
#include "buf.h"

/* What the HTTP header section of a response says. */
typedef struct {
    int status;      /* 100..999, or 0 if the block does not start with an HTTP status line */
    size_t body_off; /* offset of the body, which runs to the end of the block */
    char *mime;      /* Content-Type media type, lowercased; NULL if absent */
    char *charset;   /* Content-Type charset parameter as written, unquoted; NULL if absent */
    char *encoding;  /* Content-Encoding as written; NULL if absent */
    bool chunked;    /* Transfer-Encoding lists "chunked" */
} newsclean_http_head;

/* Outcome of undoing a Content-Encoding. */
typedef enum {
    NEWSCLEAN_DECODE_DONE = 0,    /* 'out' holds the decoded bytes */
    NEWSCLEAN_DECODE_RAW,         /* not decodable: use the raw bytes; 'out' is empty */
    NEWSCLEAN_DECODE_UNSUPPORTED, /* a coding we cannot undo (compress, ...); 'out' empty */
    NEWSCLEAN_DECODE_LIMIT,       /* decoded size would pass 'limit'; 'out' empty */
    NEWSCLEAN_DECODE_NOMEM
} newsclean_decode_result;

/* ASCII case-insensitive comparison of p[0..n) with the NUL-terminated 'lit'. */
bool newsclean_http_ieq(const char *p, size_t n, const char *lit);

/* Split a Content-Type value (p[0..n)) into the lowercased media type and the charset
 * parameter. Either output is NULL when absent. NEWSCLEAN_ERR_NOMEM on allocation failure
 * (both outputs NULL then). */
newsclean_status newsclean_http_content_type(const char *p, size_t n, char **mime, char **charset);

/* Parse the status line and headers of the block p[0..n). A block that is not an HTTP
 * response gives status 0 and body_off 0. Free with newsclean_http_head_free(). */
newsclean_status newsclean_http_parse(const char *p, size_t n, newsclean_http_head *h);
void newsclean_http_head_free(newsclean_http_head *h);

/* Undo chunked transfer coding of p[0..n) into 'out' (appended). '*ok' is false when the
 * framing is wrong (a size that is not hex, a chunk not followed by CRLF), and then 'out'
 * is left as it was, so the caller keeps the raw body. A body cut off inside or after a
 * chunk is a truncated capture, not a framing error: what was there is kept. */
newsclean_status newsclean_http_dechunk(const char *p, size_t n, newsclean_buf *out, bool *ok);

/* Undo the Content-Encoding 'enc' (gzip, x-gzip, deflate, br, zstd, identity, listed as
 * applied, e.g. "deflate, gzip") on
 * p[0..n) into 'out', which must be empty. A stream that is cut off or damaged part way
 * gives what decoded before the damage; one that yields nothing gives DECODE_RAW. */
newsclean_decode_result newsclean_http_decode(const char *enc, const char *p, size_t n,
                                              size_t limit, newsclean_buf *out);

/* Guess the kind of a payload that has no usable Content-Type: HTML if it looks like
 * markup, SKIP if it looks binary or is blank, TEXT otherwise. */
newsclean_payload_kind newsclean_http_sniff(const char *p, size_t n);

/* The kind a media type asks for: HTML, TEXT, SKIP, or ERROR meaning "unknown, sniff". */
newsclean_payload_kind newsclean_http_kind_of_mime(const char *mime);

#endif /* NEWSCLEAN_WARC_HTTP_H */
