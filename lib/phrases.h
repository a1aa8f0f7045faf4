/* phrases.h: tokens, word classes and noun phrases that speakers.c reads attributions
 * from. Private to the quote stage. */
#ifndef NEWSCLEAN_PHRASES_H
#define NEWSCLEAN_PHRASES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lexicon.h"
#include "speakers.h"

/* How far (in tokens) to look around a quote for its attribution. Attributions sit next
 * to the quote or a clause away; a fixed window keeps the work per quote constant, so a
 * body with 10^5 quotes stays linear. */
#define SPK_WINDOW 48
/* Longest name or noun phrase taken as a speaker, in tokens. */
#define SPK_NP_MAX 10

enum {
    W_CAP = 1u << 0,      /* starts with an upper-case letter */
    W_VERB = 1u << 1,     /* attributing verb: said, told, sagte, erklärte */
    W_INV = 1u << 2,      /* verb that also comes before its subject: "said Smith" */
    W_AUX = 1u << 3,      /* auxiliary: "hatte Winterkorn … erklärt", "a déclaré" */
    W_TITLE = 1u << 4,    /* title or role before a name: President, Sen, Minister */
    W_DET = 1u << 5,      /* determiner or possessive: the, a, his, der, einem */
    W_PRON = 1u << 6,     /* subject pronoun */
    W_PERS = 1u << 7,     /* he, she, er, sie: resolved to the last named person */
    W_REL = 1u << 8,      /* who */
    W_SKIP = 1u << 9,     /* auxiliary or adverb between subject and verb */
    W_FUNC = 1u << 10,    /* function word: never part of a name */
    W_PREP = 1u << 11,    /* preposition */
    W_ABBR = 1u << 12,    /* abbreviation that takes a full stop: Mr, Sen, U.S */
    W_THAT = 1u << 13,    /* complementiser: that, dass */
    W_AND = 1u << 14,     /* and, but, und */
    W_CONN = 1u << 15,    /* lower-case name particle: of, de, van, von, al */
    W_INITIAL = 1u << 16, /* a single letter: an initial when a full stop follows */
    W_VERB2 = 1u << 17,   /* -s verb that is also a noun ("claims", "notes"): a verb
                           * only right next to a quote */
    W_DONE = 1u << 30     /* classes computed */
};

enum { L_EN, L_DE, L_FR, L_ES, L_N };

/* Class patterns, one list per language where the languages differ. */
enum {
    P_VERB,
    P_INV,
    P_AUX,
    P_TITLE,
    P_DET,
    P_PRON,
    P_PERS,
    P_REL,
    P_SKIP,
    P_FUNC,
    P_PREP,
    P_ABBR,
    P_THAT,
    P_AND,
    P_CONN,
    P_VERB2,
    P_LANG, /* frequent words that mark the language */
    P_N
};

/* One word of a list, lower-cased, with the classes (bit P_*) it belongs to. */
typedef struct {
    char *word;
    size_t len; /* strlen(word), kept: lookups compare it for every probe and suffix */
    uint32_t mask;
} newsclean_ph_entry;

/* The word lists of one language as a hash set: every token near a quotation is looked
 * up in every class, so a lookup must cost one hash, not one pattern match per class.
 * German role compounds ("Außenminister") are matched by their last part, as suffixes. */
typedef struct {
    newsclean_ph_entry *slots; /* open addressing, 'cap' a power of two */
    size_t cap;
    newsclean_ph_entry *suffixes;
    size_t nsuffixes;
} newsclean_ph_table;

/* Word lists, built once per extractor and read-only after. */
struct newsclean_speaker_rules {
    newsclean_ph_table words[L_N];
    newsclean_lex_words *cues; /* the lexicon's SPK_* cue words */
};

enum { T_WORD, T_PUNCT, T_QUOTE, T_PARA };

typedef struct {
    size_t s, e;    /* byte span in the body */
    size_t q;       /* T_QUOTE: index of the quotation */
    uint32_t cp;    /* T_PUNCT: the character */
    unsigned flags; /* W_* for words, filled on first use */
    unsigned char kind;
} newsclean_ph_tok;

/* A speaker as found: a token range, or a string already built (inherited, resolved). */
typedef struct {
    bool ok;
    size_t a, b;         /* tokens a..b inclusive */
    bool person;         /* a personal name: may stand for a later "he" */
    bool pronoun;        /* a pronoun still to resolve */
    size_t cue_a, cue_b; /* cue tokens, cue_a == SIZE_MAX for none */
    size_t cue_p;        /* separable particle token ("fügte ... hinzu"), SIZE_MAX for none */
    size_t pp;           /* np_back refused an object of this preposition, else SIZE_MAX */
} newsclean_ph_np;

typedef struct {
    size_t tok;      /* token index of the first word of a full name */
    size_t s, e;     /* bytes of the full name */
    size_t ks, ke;   /* bytes of the surname (possessive stripped) */
    const char *key; /* the surname itself, for sorting */
} newsclean_ph_fullname;

typedef struct {
    const struct newsclean_speaker_rules *r;
    const char *s;
    size_t len;
    int lang;
    newsclean_ph_tok *t;
    size_t nt, capt;
    newsclean_quote_span *q;
    size_t nq;
    size_t *qtok; /* token of each quotation */
    newsclean_ph_fullname *names;
    size_t nnames, capnames;
    bool names_built;
    char *last_person;      /* owned copy of the last personal name given as a speaker */
    size_t last_person_tok; /* the token of the quote that speaker was given to */
} newsclean_ph_ctx;

/* Cut the body into words, punctuation, paragraph breaks and one token per quotation. */
bool newsclean_ph_tokenize(newsclean_ph_ctx *c);
/* Characters that join two word parts into one word: don't, Iraq’s, Al-Muttalibi, U.S */
bool newsclean_ph_is_joiner(uint32_t c);
/* Is token 'w' in class 'p' (P_*) of language 'lang'? Caseless. */
bool newsclean_ph_word_is(newsclean_ph_ctx *c, int lang, int p, const newsclean_ph_tok *w);
/* Does token 'w' start with an upper-case or title-case letter? */
bool newsclean_ph_capitalised(const newsclean_ph_ctx *c, const newsclean_ph_tok *w);
/* W_* classes of token i (0 for non-words), computed on first use. */
unsigned newsclean_ph_flags(newsclean_ph_ctx *c, size_t i);
bool newsclean_ph_abbr_dot(newsclean_ph_ctx *c, size_t i);
bool newsclean_ph_ends_sentence(newsclean_ph_ctx *c, size_t i);
size_t newsclean_ph_sent_start(newsclean_ph_ctx *c, size_t i);
size_t newsclean_ph_sent_end(newsclean_ph_ctx *c, size_t i);
bool newsclean_ph_name_word(newsclean_ph_ctx *c, size_t i);
/* Bytes of a possessive ending on token i ("’s", "'s", "s’", "s'" less the s), 0 if none. */
size_t newsclean_ph_possessive_len(const newsclean_ph_ctx *c, size_t i);
bool newsclean_ph_possessive(const newsclean_ph_ctx *c, size_t i);
bool newsclean_ph_conn_between(newsclean_ph_ctx *c, size_t i);
size_t newsclean_ph_name_fwd(newsclean_ph_ctx *c, size_t st, size_t hi);
size_t newsclean_ph_strip_title(newsclean_ph_ctx *c, size_t a, size_t b);
/* The noun phrase ending at token end (read backwards, not before lo) or starting at
 * token st (not past hi). False when there is none; *out is then cleared. */
bool newsclean_ph_np_back(newsclean_ph_ctx *c, size_t end, size_t lo, newsclean_ph_np *out);
bool newsclean_ph_np_fwd(newsclean_ph_ctx *c, size_t st, size_t hi, newsclean_ph_np *out);

/* Small helpers both files use. */
static inline bool
is_p(const newsclean_ph_ctx *c, size_t i, uint32_t cp)
{
    return i < c->nt && c->t[i].kind == T_PUNCT && c->t[i].cp == cp;
}

static inline bool
is_word(const newsclean_ph_ctx *c, size_t i)
{
    return i < c->nt && c->t[i].kind == T_WORD;
}

static inline bool
has(newsclean_ph_ctx *c, size_t i, unsigned f)
{
    return i < c->nt && (newsclean_ph_flags(c, i) & f) != 0;
}

static inline bool
word_eq(const newsclean_ph_ctx *c, size_t i, const char *w)
{
    if (!is_word(c, i))
        return false;
    size_t n = strlen(w);
    if (c->t[i].e - c->t[i].s != n)
        return false;
    for (size_t k = 0; k < n; k++) {
        char a = c->s[c->t[i].s + k];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a - 'A' + 'a');
        if (a != w[k])
            return false;
    }
    return true;
}

/* True if token i, lower-cased in ASCII as word_eq() compares, is a word of the lexicon's
 * class 'cls' (one of the SPK_* cue classes). */
static inline bool
cue_word(const newsclean_ph_ctx *c, size_t i, newsclean_lex_class cls)
{
    if (!is_word(c, i))
        return false;
    char low[32];
    size_t n = c->t[i].e - c->t[i].s;
    if (n > sizeof low)
        return false; /* longer than any cue word */
    for (size_t k = 0; k < n; k++) {
        char a = c->s[c->t[i].s + k];
        low[k] = a >= 'A' && a <= 'Z' ? (char)(a - 'A' + 'a') : a;
    }
    return (newsclean_lex_words_get(c->r->cues, low, n) >> cls & 1u) != 0;
}

static inline void
np_clear(newsclean_ph_np *x)
{
    memset(x, 0, sizeof *x);
    x->cue_a = x->cue_b = x->cue_p = x->pp = SIZE_MAX;
}

#endif /* NEWSCLEAN_PHRASES_H */
