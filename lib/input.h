/* input.h: first stage: tell HTML from a text dump, find the charset, convert to UTF-8. */
#ifndef NEWSCLEAN_INPUT_H
#define NEWSCLEAN_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "newsclean.h"

/* True if the bytes look like HTML markup rather than a text dump. */
bool newsclean_input_looks_like_html(const char *in, size_t len);

/* "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" if the bytes are text in one of those
 * (a byte-order mark, or the zero bytes around ASCII characters that markup leaves without
 * one), else NULL. Sniffing for markup and for binary data reads bytes as ASCII would, so
 * wide text is converted first. */
const char *newsclean_input_wide_charset(const char *in, size_t len);

/* True if the bytes are no text at all: the magic number of a binary format (image, PDF,
 * executable, archive, gzip), or control characters where text has none. */
bool newsclean_input_looks_binary(const char *in, size_t len);

/* Convert 'len' bytes to UTF-8. The charset is taken from a byte-order mark, then
 * 'charset_hint' (a transport's declaration, or newsclean_input_wide_charset's finding; may
 * be NULL), then (for HTML) a
 * <meta charset>/http-equiv declaration, then valid UTF-8 is taken as such, then
 * statistical detection, then windows-1252. Invalid sequences become U+FFFD and NUL
 * bytes are dropped, so no invalid byte reaches later stages. '*out' is malloc'ed and
 * NUL-terminated. 'charset_used' (may be NULL) receives the name used, 32 bytes. */
newsclean_status newsclean_input_to_utf8(const char *in, size_t len, bool is_html,
                                         const char *charset_hint, char **out, size_t *out_len,
                                         char charset_used[32]);

#endif /* NEWSCLEAN_INPUT_H */
