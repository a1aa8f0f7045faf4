/* speakers.h: who said each quotation, from the words around it (English and German; French and
 * Spanish basics). */
#ifndef NEWSCLEAN_SPEAKERS_H
#define NEWSCLEAN_SPEAKERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The word lists as hash tables, built once per extractor, read-only after. */
struct newsclean_speaker_rules;

struct newsclean_speaker_rules *newsclean_speaker_rules_new(void);
void newsclean_speaker_rules_free(struct newsclean_speaker_rules *r);

/* One quotation found in the body, as quotes.c hands it over. */
typedef struct {
    size_t open;       /* offset of the opening mark */
    size_t close;      /* one past the closing mark */
    size_t start, end; /* the quoted text, trimmed: first byte, one past the last */
    uint32_t mark;     /* the opening mark's code point */
    char *speaker;     /* out: owned, NULL when the text does not say */
    char *cue;         /* out: the attributing words as written, owned, NULL if none */
    bool title;        /* out: a name or title in quote marks ("Meet the Press"), no speech */
} newsclean_quote_span;

/* Fill speaker, cue and title of the n quotations in 'q' (in body order, not
 * overlapping).
 * 'language' is the page's declared language or NULL (then it is guessed). On failure
 * (out of memory) every speaker and cue is left NULL and false is returned. */
bool newsclean_speakers_find(const struct newsclean_speaker_rules *r, const char *body, size_t len,
                             const char *language, newsclean_quote_span *q, size_t n);

#endif /* NEWSCLEAN_SPEAKERS_H */
