/* buf.h: a growable byte buffer, overflow-checked size arithmetic, hashing and string
 * copies. */
#ifndef NEWSCLEAN_BUF_H
#define NEWSCLEAN_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    char *data; /* NUL-terminated whenever cap > 0 */
    size_t len;
    size_t cap;
} newsclean_buf;

/* a + b into *out; false on overflow. */
bool newsclean_size_add(size_t a, size_t b, size_t *out);
/* a * b into *out; false on overflow. */
bool newsclean_size_mul(size_t a, size_t b, size_t *out);

/* Room for more elements in an array of '*cap' elements of 'elem' bytes: the array moved
 * to twice the room ('first' elements when it has none), '*cap' updated. NULL when out
 * of memory or the size would overflow; the array and '*cap' are then as they were. */
void *newsclean_array_grow(void *v, size_t *cap, size_t elem, size_t first);

/* Make the array '*v' of '*cap' elements of 'elem' bytes hold index 'i': as it is if it
 * does, else moved to room doubled from '*cap' ('first' when it has none) until it does,
 * '*v' and '*cap' updated; with 'zero' the new elements are zeroed. False when out of
 * memory or the size would overflow; the array and '*cap' are then as they were. */
bool newsclean_array_fit(void **v, size_t *cap, size_t elem, size_t i, size_t first, bool zero);

void newsclean_buf_init(newsclean_buf *b);
void newsclean_buf_free(newsclean_buf *b);
/* Ensure room for 'extra' more bytes plus the NUL. False if out of memory. */
bool newsclean_buf_reserve(newsclean_buf *b, size_t extra);
bool newsclean_buf_append(newsclean_buf *b, const char *s, size_t n);
bool newsclean_buf_append_str(newsclean_buf *b, const char *s);
bool newsclean_buf_append_char(newsclean_buf *b, char c);
/* Hand the data over to the caller (never NULL on success) and reset the buffer. */
char *newsclean_buf_detach(newsclean_buf *b);
/* The end of a function that built its result in 'b': if 'ok', hand the data to '*out'
 * (never NULL) and its length to '*out_len' (if not NULL) and return true; if not, or if
 * memory runs out, free the buffer, set '*out' to NULL and return false. Either way the
 * buffer is left empty. */
bool newsclean_buf_hand_over(newsclean_buf *b, bool ok, char **out, size_t *out_len);

/* FNV-1a over n bytes, its offset basis xor 'seed' (so one string can key two tables).
 * The stages' hash tables and caches all use it. */
uint64_t newsclean_hash(const char *s, size_t n, uint64_t seed);

/* Copy n bytes into a new NUL-terminated string; NULL if out of memory. */
char *newsclean_strndup(const char *s, size_t n);
char *newsclean_strdup(const char *s);

#endif /* NEWSCLEAN_BUF_H */
