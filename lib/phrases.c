/* phrases.c: the word lists (English, German, French, Spanish; rows of lexicon.c) read
 * into tables, the body cut into tokens, sentence bounds and noun phrases (names, titles,
 * "the country’s prime minister"). */
#include "phrases.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "textutil.h"
#include "lexicon.h"

typedef newsclean_ph_tok tok;
typedef newsclean_ph_np np;
typedef newsclean_ph_ctx ctx;

/* ---- word classes ---- */

static const unsigned p_flag[P_N] = {
    W_VERB, W_INV,  W_AUX,  W_TITLE, W_DET, W_PRON, W_PERS,  W_REL, W_SKIP,
    W_FUNC, W_PREP, W_ABBR, W_THAT,  W_AND, W_CONN, W_VERB2, 0,
};

/* The word lists are the lexicon's PH_* rows (lexicon.c), one per class and language;
 * a class with no row for a language never matches in it. */
_Static_assert(NEWSCLEAN_LX_PH_LANG - NEWSCLEAN_LX_PH_VERB == P_LANG,
               "the lexicon's PH_* classes follow phrases.h's P_* order");
static const unsigned lang_bit[L_N] = {NEWSCLEAN_LANG_EN, NEWSCLEAN_LANG_DE, NEWSCLEAN_LANG_FR,
                                       NEWSCLEAN_LANG_ES};

/* Longest word a list holds, in bytes; longer tokens are in no list. */
#define MAX_LIST_WORD 64

/* The lower-case key of a word of 'n' bytes, in 'out' (MAX_LIST_WORD + 1 bytes, see
 * newsclean_fold). Returns its length, or 0 if the word is too long to be in a list. */
static size_t
fold(const char *s, size_t n, char out[MAX_LIST_WORD + 1])
{
    if (n == 0 || n > MAX_LIST_WORD)
        return 0;
    newsclean_fold(s, n, out);
    return n;
}

static bool
table_add(newsclean_ph_table *t, const char *w, size_t n, uint32_t mask)
{
    char key[MAX_LIST_WORD + 1];
    size_t k = fold(w, n, key);
    if (!k)
        return false;
    size_t i = (size_t)newsclean_hash(key, k, 0) & (t->cap - 1);
    while (t->slots[i].word) {
        if (t->slots[i].len == k && !memcmp(t->slots[i].word, key, k)) {
            t->slots[i].mask |= mask;
            return true;
        }
        i = (i + 1) & (t->cap - 1);
    }
    if (!(t->slots[i].word = newsclean_strndup(key, k)))
        return false;
    t->slots[i].len = k;
    t->slots[i].mask = mask;
    return true;
}

static bool
suffix_add(newsclean_ph_table *t, const char *w, size_t n, uint32_t mask)
{
    char key[MAX_LIST_WORD + 1];
    size_t k = fold(w, n, key);
    newsclean_ph_entry *p = realloc(t->suffixes, (t->nsuffixes + 1) * sizeof *p);
    if (!k || !p)
        return false;
    t->suffixes = p;
    if (!(p[t->nsuffixes].word = newsclean_strndup(key, k)))
        return false;
    p[t->nsuffixes].len = k;
    p[t->nsuffixes++].mask = mask;
    return true;
}

/* Read one list ("a|b|\\.c|.*(?:x|y)") into the table: plain words, words with an
 * escaped dot, and one ".*(?:…)" group of suffixes. */
static bool
load_list(newsclean_ph_table *t, const char *list, uint32_t mask)
{
    const char *p = list;
    bool in_suffixes = false;
    while (*p) {
        if (!in_suffixes && !strncmp(p, ".*(?:", 5)) {
            in_suffixes = true;
            p += 5;
        }
        char word[MAX_LIST_WORD];
        size_t n = 0;
        while (*p && *p != '|' && !(in_suffixes && *p == ')')) {
            if (*p == '\\' && p[1]) /* "\\." is a literal dot */
                p++;
            if (n < sizeof word)
                word[n++] = *p;
            p++;
        }
        if (n && !(in_suffixes ? suffix_add(t, word, n, mask) : table_add(t, word, n, mask)))
            return false;
        if (*p == ')') {
            in_suffixes = false;
            p++;
        }
        if (*p == '|')
            p++;
    }
    return true;
}

/* The P_* class of a lexicon row if it is a word list of language l, else -1. */
static int
row_of(const newsclean_lex_entry *e, int l)
{
    if (e->form != NEWSCLEAN_LXF_ALTS || !(e->langs & lang_bit[l]) ||
        e->cls < NEWSCLEAN_LX_PH_VERB || e->cls >= NEWSCLEAN_LX_PH_VERB + P_N)
        return -1;
    return (int)(e->cls - NEWSCLEAN_LX_PH_VERB);
}

struct newsclean_speaker_rules *
newsclean_speaker_rules_new(void)
{
    struct newsclean_speaker_rules *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    size_t nrows;
    const newsclean_lex_entry *rows = newsclean_lexicon_entries(&nrows);
    for (int l = 0; l < L_N; l++) {
        size_t words = 1;
        for (size_t i = 0; i < nrows; i++)
            if (row_of(&rows[i], l) >= 0)
                for (const char *q = rows[i].text; *q; q++)
                    words += *q == '|';
        newsclean_ph_table *t = &r->words[l];
        t->cap = 64;
        while (t->cap < 2 * words) /* at most half full: short probe runs */
            t->cap *= 2;
        t->slots = calloc(t->cap, sizeof *t->slots);
        if (!t->slots)
            goto fail;
        for (size_t i = 0; i < nrows; i++) {
            int p = row_of(&rows[i], l);
            if (p >= 0 && !load_list(t, rows[i].text, 1u << p))
                goto fail;
        }
    }
    uint64_t cue_classes = 0;
    for (int k = NEWSCLEAN_LX_SPK_IRREGULAR; k <= NEWSCLEAN_LX_SPK_SUBJUNCTIVE; k++)
        cue_classes |= (uint64_t)1 << k;
    r->cues = newsclean_lex_words_new(cue_classes, ~0u);
    if (!r->cues)
        goto fail;
    return r;
fail:
    newsclean_speaker_rules_free(r);
    return NULL;
}

void
newsclean_speaker_rules_free(struct newsclean_speaker_rules *r)
{
    if (!r)
        return;
    for (int l = 0; l < L_N; l++) {
        newsclean_ph_table *t = &r->words[l];
        for (size_t i = 0; t->slots && i < t->cap; i++)
            free(t->slots[i].word);
        for (size_t i = 0; i < t->nsuffixes; i++)
            free(t->suffixes[i].word);
        free(t->slots);
        free(t->suffixes);
    }
    newsclean_lex_words_free(r->cues);
    free(r);
}

/* ---- tokens ---- */

/* Characters that join two word parts into one word: don't, Iraq’s, Al-Muttalibi, U.S */
bool
newsclean_ph_is_joiner(uint32_t c)
{
    return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == 0x2011 || c == '.' ||
           c == '&';
}

static bool
add_tok(ctx *c, size_t s, size_t e, unsigned char kind, uint32_t cp, size_t q)
{
    if (c->nt == c->capt) {
        tok *t = newsclean_array_grow(c->t, &c->capt, sizeof *c->t, 256);
        if (!t)
            return false;
        c->t = t;
    }
    tok *t = &c->t[c->nt++];
    t->s = s;
    t->e = e;
    t->kind = kind;
    t->cp = cp;
    t->q = q;
    t->flags = 0;
    return true;
}

/* Cut the body into words, punctuation, paragraph breaks and one token per quotation
 * (its inside is opaque: words in a quote never attribute it). */
bool
newsclean_ph_tokenize(ctx *c)
{
    const char *s = c->s;
    size_t len = c->len, i = 0, qi = 0, n;
    bool para_pending = false;
    while (i < len) {
        if (qi < c->nq && i >= c->q[qi].open) {
            if (para_pending && c->nt && !add_tok(c, i, i, T_PARA, 0, 0))
                return false;
            para_pending = false;
            c->qtok[qi] = c->nt;
            if (!add_tok(c, c->q[qi].open, c->q[qi].close, T_QUOTE, 0, qi))
                return false;
            i = c->q[qi].close > i ? c->q[qi].close : i + 1;
            qi++;
            continue;
        }
        uint32_t ch = newsclean_utf8_decode(s, len, i, &n);
        if (newsclean_is_space(ch)) {
            if (ch == '\n') {
                /* A blank line ends the paragraph. */
                size_t j = i + 1;
                while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
                    j++;
                if (j < len && s[j] == '\n')
                    para_pending = true;
            }
            i += n;
            continue;
        }
        if (para_pending && c->nt && !add_tok(c, i, i, T_PARA, 0, 0))
            return false;
        para_pending = false;
        size_t lim = qi < c->nq ? c->q[qi].open : len;
        if (newsclean_is_word_char(ch)) {
            size_t j = i + n;
            while (j < lim) {
                /* ASCII letters and digits, most of a word, without the calls below. */
                unsigned char b = (unsigned char)s[j];
                if ((b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) {
                    j++;
                    continue;
                }
                size_t m, m2;
                uint32_t d = newsclean_utf8_decode(s, len, j, &m);
                if (newsclean_is_word_char(d)) {
                    j += m;
                    continue;
                }
                if (newsclean_ph_is_joiner(d) && j + m < lim &&
                    newsclean_is_word_char(newsclean_utf8_decode(s, len, j + m, &m2))) {
                    j += m;
                    continue;
                }
                /* "the students’ union": a plural possessive keeps its apostrophe (a
                 * closing quote mark here would already sit inside a quote token). */
                if ((d == '\'' || d == 0x2019) && (s[j - 1] == 's' || s[j - 1] == 'S') &&
                    (j + m >= lim ||
                     !newsclean_is_word_char(newsclean_utf8_decode(s, len, j + m, &m2))))
                    j += m;
                break;
            }
            if (!add_tok(c, i, j, T_WORD, 0, 0))
                return false;
            i = j;
            continue;
        }
        if (!add_tok(c, i, i + n, T_PUNCT, ch, 0))
            return false;
        i += n;
    }
    return true;
}

/* The classes (bits P_*) a token belongs to in one language. */
static uint32_t
word_mask(const ctx *c, int lang, const tok *w)
{
    char key[MAX_LIST_WORD + 1];
    size_t k = fold(c->s + w->s, w->e - w->s, key);
    if (!k)
        return 0;
    const newsclean_ph_table *t = &c->r->words[lang];
    uint32_t mask = 0;
    for (size_t i = (size_t)newsclean_hash(key, k, 0) & (t->cap - 1); t->slots[i].word;
         i = (i + 1) & (t->cap - 1)) {
        if (t->slots[i].len == k && !memcmp(t->slots[i].word, key, k)) {
            mask = t->slots[i].mask;
            break;
        }
    }
    for (size_t i = 0; i < t->nsuffixes; i++) {
        size_t n = t->suffixes[i].len;
        if (n <= k && !memcmp(key + k - n, t->suffixes[i].word, n))
            mask |= t->suffixes[i].mask;
    }
    return mask;
}

bool
newsclean_ph_word_is(ctx *c, int lang, int p, const tok *w)
{
    return (word_mask(c, lang, w) >> p) & 1u;
}

bool
newsclean_ph_capitalised(const ctx *c, const tok *w)
{
    size_t n;
    uint32_t cp = newsclean_utf8_decode(c->s, c->len, w->s, &n);
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    if (cp >= 0xC0 && cp <= 0xDE)
        return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x17F) {
        /* Latin Extended-A alternates capital and small letters, with two shifts. */
        if (cp >= 0x139 && cp <= 0x148)
            return cp % 2 == 1;
        if (cp >= 0x179 && cp <= 0x17E)
            return cp % 2 == 1;
        return cp == 0x178 || (cp % 2 == 0 && cp != 0x138);
    }
    if (cp >= 0x391 && cp <= 0x3AB)
        return cp != 0x3A2; /* Greek capitals */
    if (cp >= 0x400 && cp <= 0x42F)
        return true;     /* Cyrillic capitals */
    return cp == 0x1E9E; /* capital sharp s */
}

/* Classes of token i, computed on first use (most tokens never need them). */
unsigned
newsclean_ph_flags(ctx *c, size_t i)
{
    tok *w = &c->t[i];
    if (w->kind != T_WORD)
        return 0;
    if (w->flags & W_DONE)
        return w->flags;
    unsigned f = W_DONE;
    uint32_t mask = word_mask(c, c->lang, w);
    for (int p = 0; p < P_N; p++)
        if ((mask >> p) & 1u)
            f |= p_flag[p];
    if (newsclean_ph_capitalised(c, w))
        f |= W_CAP;
    size_t n;
    newsclean_utf8_decode(c->s, c->len, w->s, &n);
    if (w->s + n == w->e && (f & W_CAP))
        f |= W_INITIAL;
    /* -ly adverbs sit between subject and verb: "Trump repeatedly said". */
    if (c->lang == L_EN && !(f & W_CAP) && w->e - w->s > 3 && c->s[w->e - 2] == 'l' &&
        c->s[w->e - 1] == 'y')
        f |= W_SKIP;
    w->flags = f;
    return f;
}

/* Compare token i with an ASCII word, caseless. */

/* Is token i a full stop that belongs to an abbreviation or initial ("Sen.", "J.")? */
bool
newsclean_ph_abbr_dot(ctx *c, size_t i)
{
    return is_p(c, i, '.') && i > 0 && c->t[i - 1].e == c->t[i].s &&
           has(c, i - 1, W_ABBR | W_INITIAL);
}

static bool
starts_upper_or_digit(ctx *c, size_t i)
{
    if (i >= c->nt)
        return true;
    if (c->t[i].kind == T_QUOTE || c->t[i].kind == T_PARA)
        return true;
    if (c->t[i].kind == T_PUNCT)
        return c->t[i].cp == '(' || c->t[i].cp == '[';
    unsigned char b = (unsigned char)c->s[c->t[i].s];
    return (b >= '0' && b <= '9') || (newsclean_ph_flags(c, i) & W_CAP);
}

/* Does a sentence end right after token i? Paragraph breaks always end one; . ! ? end
 * one before a capital, a digit or a quote unless they close an abbreviation; a
 * quotation whose text ends in . ! ? ends one before a capital. */
bool
newsclean_ph_ends_sentence(ctx *c, size_t i)
{
    if (i + 1 >= c->nt || c->t[i + 1].kind == T_PARA || c->t[i].kind == T_PARA)
        return true;
    if (c->t[i].kind == T_PUNCT) {
        uint32_t p = c->t[i].cp;
        if (p != '.' && p != '!' && p != '?' && p != 0x2026)
            return false;
        if (p == '.' && newsclean_ph_abbr_dot(c, i))
            return false;
        return starts_upper_or_digit(c, i + 1);
    }
    if (c->t[i].kind == T_QUOTE) {
        const newsclean_quote_span *q = &c->q[c->t[i].q];
        if (q->end == q->start)
            return false;
        char last = c->s[q->end - 1];
        if (last != '.' && last != '!' && last != '?')
            return false;
        return c->t[i + 1].kind == T_WORD && (newsclean_ph_flags(c, i + 1) & W_CAP);
    }
    return false;
}

/* First token of the sentence holding token i, looking back at most SPK_WINDOW. */
size_t
newsclean_ph_sent_start(ctx *c, size_t i)
{
    size_t lo = i > SPK_WINDOW ? i - SPK_WINDOW : 0;
    for (size_t j = i; j > lo; j--)
        if (newsclean_ph_ends_sentence(c, j - 1))
            return j;
    return lo;
}

/* Last token of the sentence holding token i, looking ahead at most SPK_WINDOW. */
size_t
newsclean_ph_sent_end(ctx *c, size_t i)
{
    size_t hi = i + SPK_WINDOW < c->nt ? i + SPK_WINDOW : c->nt - 1;
    for (size_t j = i; j < hi; j++)
        if (newsclean_ph_ends_sentence(c, j))
            return j;
    return hi;
}

/* ---- noun phrases ---- */

/* Can token i be part of a name? A capitalised word that is not a function word. */
static bool
plain_name_word(ctx *c, size_t i)
{
    return is_word(c, i) && (newsclean_ph_flags(c, i) & W_CAP) &&
           !(newsclean_ph_flags(c, i) & (W_FUNC | W_DET | W_PRON | W_VERB | W_THAT | W_AND));
}

bool
newsclean_ph_name_word(ctx *c, size_t i)
{
    if (plain_name_word(c, i))
        return true;
    /* "Will Doyle", "Rand Paul", "Ian Read": a capitalised function word or verb inside
     * a sentence and next to a name is part of the name. */
    unsigned f = is_word(c, i) ? newsclean_ph_flags(c, i) : 0;
    return (f & W_CAP) && (f & (W_FUNC | W_VERB)) && !(f & (W_DET | W_PRON | W_THAT | W_AND)) &&
           i > 0 && !newsclean_ph_ends_sentence(c, i - 1) &&
           (plain_name_word(c, i + 1) || (plain_name_word(c, i - 1) && !(f & W_FUNC)));
}

/* Ends in a possessive ’s: "Trump’s" names an owner, not a speaker. */
size_t
newsclean_ph_possessive_len(const ctx *c, size_t i)
{
    const tok *w = &c->t[i];
    size_t n = w->e - w->s;
    const char *p = c->s + w->e;
    bool s_end = n > 2 && (p[-1] == 's' || p[-1] == 'S');
    if (s_end && p[-2] == '\'')
        return 2; /* Trump's */
    if (s_end && n > 4 && (unsigned char)p[-4] == 0xE2 && (unsigned char)p[-3] == 0x80 &&
        (unsigned char)p[-2] == 0x99)
        return 4; /* Trump’s */
    if (n > 2 && p[-1] == '\'' && (p[-2] == 's' || p[-2] == 'S'))
        return 1; /* students' */
    if (n > 4 && (unsigned char)p[-3] == 0xE2 && (unsigned char)p[-2] == 0x80 &&
        (unsigned char)p[-1] == 0x99 && (p[-4] == 's' || p[-4] == 'S'))
        return 3; /* students’ */
    return 0;
}

bool
newsclean_ph_possessive(const ctx *c, size_t i)
{
    return newsclean_ph_possessive_len(c, i) != 0;
}

/* A lower-case name particle between two name words: "Secretary of State", "van Gogh". */
bool
newsclean_ph_conn_between(ctx *c, size_t i)
{
    return is_word(c, i) && (newsclean_ph_flags(c, i) & W_CONN) &&
           !(newsclean_ph_flags(c, i) & W_CAP) && i > 0 && newsclean_ph_name_word(c, i - 1) &&
           newsclean_ph_name_word(c, i + 1);
}

/* First token of the name run ending at token 'end' (which must be a name word). */
static size_t
name_back(ctx *c, size_t end, size_t lo)
{
    size_t i = end;
    while (i > lo) {
        size_t j = i - 1;
        if (newsclean_ph_name_word(c, j) && !newsclean_ph_possessive(c, j)) {
            i = j;
            continue;
        }
        if (j > lo && newsclean_ph_abbr_dot(c, j) && newsclean_ph_name_word(c, j - 1)) {
            i = j - 1;
            continue;
        }
        if (j > lo && newsclean_ph_conn_between(c, j)) {
            i = j;
            continue;
        }
        break;
    }
    return i;
}

/* Last token of the name run starting at token 'st' (a name word), up to 'hi'. */
size_t
newsclean_ph_name_fwd(ctx *c, size_t st, size_t hi)
{
    size_t b = st, i = st + 1;
    while (i <= hi && !newsclean_ph_possessive(c, b)) {
        if (newsclean_ph_name_word(c, i)) {
            b = i++;
            continue;
        }
        if (i + 1 <= hi && newsclean_ph_abbr_dot(c, i) && newsclean_ph_name_word(c, i + 1)) {
            i++;
            continue;
        }
        if (i + 1 <= hi && newsclean_ph_conn_between(c, i)) {
            i++;
            continue;
        }
        break;
    }
    return b;
}

/* Titles before a name are not part of it: "US President Donald Trump" -> "Donald
 * Trump", "Sen. Lindsey Graham" -> "Lindsey Graham". Returns the name's first token. */
size_t
newsclean_ph_strip_title(ctx *c, size_t a, size_t b)
{
    size_t last = SIZE_MAX;
    for (size_t i = a; i <= b; i++)
        if (is_word(c, i) && (newsclean_ph_flags(c, i) & W_TITLE))
            last = i;
    if (last == SIZE_MAX && c->lang == L_DE && b >= a + 2 && is_word(c, a) &&
        !(newsclean_ph_flags(c, a) & W_INITIAL)) {
        /* "Stadträtin Yasemin Aydın", "Personalvorständin Sabine Roth": German roles
         * are open-ended compounds; three capitalised words are a role and a name. */
        size_t words = 0;
        for (size_t i = a; i <= b; i++)
            words += is_word(c, i);
        if (words == 3 && is_word(c, a + 1) && is_word(c, b))
            return a + 1;
    }
    if (last == SIZE_MAX || last >= b)
        return a;
    size_t n = last + 1;
    if (newsclean_ph_abbr_dot(c, n))
        n++;
    bool conn = false;
    while (n <= b && is_word(c, n) && (newsclean_ph_flags(c, n) & W_CONN) &&
           !(newsclean_ph_flags(c, n) & W_CAP)) {
        n++;
        conn = true;
    }
    /* What is left must hold a real name word, not just "Jr". */
    bool name = false;
    for (size_t i = n; i <= b; i++)
        if (newsclean_ph_name_word(c, i) &&
            !(newsclean_ph_flags(c, i) & (W_ABBR | W_TITLE | W_INITIAL)))
            name = true;
    if (n > b || !name)
        return a;
    if (conn) {
        /* "Secretary of Homeland Security Jeh Johnson": the office's own name has no
         * marker, so keep the last two words, the usual shape of a personal name. */
        size_t words = 0, i = b;
        while (i > n && words < 1) {
            i--;
            if (newsclean_ph_name_word(c, i))
                words++;
        }
        return i;
    }
    return n;
}

static bool
is_boundary_tok(ctx *c, size_t i)
{
    if (c->t[i].kind == T_QUOTE || c->t[i].kind == T_PARA)
        return true;
    if (c->t[i].kind == T_PUNCT)
        return c->t[i].cp == ',' || c->t[i].cp == ';' || c->t[i].cp == ':' || c->t[i].cp == '(' ||
               c->t[i].cp == 0x2014 || c->t[i].cp == 0x2013;
    return (newsclean_ph_flags(c, i) & (W_FUNC | W_AND | W_THAT)) != 0;
}

static bool np_back_pp(ctx *c, size_t end, size_t lo, bool allow_pp, np *out);

/* The noun phrase ending at token 'end', read backwards, not before 'lo'. Objects of
 * prepositions are refused ("in Washington said" has no speaker "Washington"). */
bool
newsclean_ph_np_back(ctx *c, size_t end, size_t lo, np *out)
{
    return np_back_pp(c, end, lo, false, out);
}

static bool
np_back_pp(ctx *c, size_t end, size_t lo, bool allow_pp, np *out)
{
    np_clear(out);
    if (end > lo && end < c->nt && is_p(c, end, ')')) {
        /* "Sen. Claire McCaskill (D-Mo.)": the name is before the parenthesis. */
        size_t k = end;
        while (k > lo && end - k < 12 && !is_p(c, k, '('))
            k--;
        if (!is_p(c, k, '(') || k == lo)
            return false;
        end = k - 1;
    }
    if (end < lo || !is_word(c, end))
        return false;
    unsigned f = newsclean_ph_flags(c, end);
    if (f & W_PRON) {
        out->ok = true;
        out->a = out->b = end;
        out->pronoun = (f & W_PERS) != 0;
        return true;
    }
    if (f & W_REL) {
        /* "Trump, who said …": the relative pronoun stands for the name before it. */
        /* "dismissed by Donald Trump, who threatened …": any noun phrase will do. */
        if (end >= lo + 2 && is_p(c, end - 1, ',') && !(newsclean_ph_flags(c, end - 2) & W_REL))
            return np_back_pp(c, end - 2, lo, true, out);
        return false;
    }
    if (newsclean_ph_possessive(c, end))
        return false;
    size_t a;
    if (newsclean_ph_name_word(c, end)) {
        a = name_back(c, end, lo);
        if (a > lo && (newsclean_ph_flags(c, a - 1) & W_DET)) {
            /* "the US State Department": a noun phrase, kept as written. */
            a--;
        } else if (c->lang == L_DE) {
            /* "Die deutsche Bundeskanzlerin Merkel": adjectives back to the article. */
            size_t i = a, k = 0;
            while (i > lo && k < 3 && is_word(c, i - 1) &&
                   !(newsclean_ph_flags(c, i - 1) & W_CAP) &&
                   !(newsclean_ph_flags(c, i - 1) & (W_FUNC | W_VERB | W_DET | W_PRON | W_SKIP))) {
                i--;
                k++;
            }
            if (i > lo && (newsclean_ph_flags(c, i - 1) & W_DET))
                a = i - 1;
            else
                out->person = true;
        } else {
            out->person = true;
        }
        if (a > lo && (newsclean_ph_flags(c, a - 1) & W_PREP) && !allow_pp) {
            out->pp = a - 1; /* "in Washington", "mit den Worten": not a subject */
            out->person = false;
            return false;
        }
        if (c->lang == L_DE && !out->person && a > lo + 1 &&
            cue_word(c, a, NEWSCLEAN_LX_SPK_GENITIVE) && is_word(c, a - 1) &&
            (newsclean_ph_flags(c, a - 1) & W_CAP) &&
            !(newsclean_ph_flags(c, a - 1) &
              (W_FUNC | W_VERB | W_DET | W_PRON | W_SKIP | W_PREP | W_THAT | W_AND))) {
            /* "Der Sprecher der Polizei", "die Chefin eines Verbands": a genitive after
             * a noun belongs to that noun's phrase, which is the subject. */
            np head;
            if (np_back_pp(c, a - 1, lo, allow_pp, &head) && !head.pronoun) {
                head.b = end;
                head.person = false;
                *out = head;
                return true;
            }
            *out = head;
            return false;
        }
        if (out->person)
            a = newsclean_ph_strip_title(c, a, end);
        out->ok = true;
        out->a = a;
        out->b = end;
        return true;
    }
    if (f & (W_FUNC | W_SKIP | W_VERB | W_THAT | W_AND | W_CONN | W_DET))
        return false;
    if (c->s[c->t[end].s] >= '0' && c->s[c->t[end].s] <= '9')
        return false; /* "Smith, 43, said": an age, not a speaker */
    /* A lower-case head: "the country’s prime minister", "officials". */
    size_t i = end, words = 1;
    while (i > lo && words < 6) {
        size_t j = i - 1;
        if (is_word(c, j) && (newsclean_ph_flags(c, j) & W_DET)) {
            if (j > lo && (newsclean_ph_flags(c, j - 1) & W_PREP) && !allow_pp) {
                out->pp = j - 1;
                return false;
            }
            out->ok = true;
            out->a = j;
            out->b = end;
            return true;
        }
        if (is_word(c, j) && !(newsclean_ph_flags(c, j) &
                               (W_FUNC | W_SKIP | W_VERB | W_THAT | W_AND | W_PRON | W_REL))) {
            i = j;
            words++;
            continue;
        }
        if (j > lo && newsclean_ph_abbr_dot(c, j)) {
            i = j - 1;
            continue;
        }
        break;
    }
    if (words > 3 || (i > lo && !is_boundary_tok(c, i - 1)))
        return false;
    if (i > lo && (newsclean_ph_flags(c, i - 1) & W_PREP) && !allow_pp) {
        out->pp = i - 1;
        return false;
    }
    out->ok = true;
    out->a = i;
    out->b = end;
    return true;
}

/* The noun phrase starting at token 'st', read forwards, not past 'hi'. */
/* "of" and its kin between the parts of a noun phrase: "the director of the FBI", "la
 * consejera de Medio Ambiente", "le président du comité". */
static bool
of_word(ctx *c, size_t i)
{
    switch (c->lang) {
    case L_EN:
        return word_eq(c, i, "of");
    case L_FR:
        return word_eq(c, i, "de") || word_eq(c, i, "du") || word_eq(c, i, "des");
    case L_ES:
        return word_eq(c, i, "de") || word_eq(c, i, "del");
    default:
        return false;
    }
}

bool
newsclean_ph_np_fwd(ctx *c, size_t st, size_t hi, np *out)
{
    np_clear(out);
    if (st > hi || !is_word(c, st))
        return false;
    unsigned f = newsclean_ph_flags(c, st);
    if (f & W_PRON) {
        out->ok = true;
        out->a = out->b = st;
        out->pronoun = (f & W_PERS) != 0;
        return true;
    }
    if (f & W_DET) {
        size_t i = st + 1, b = SIZE_MAX, words = 0;
        while (i <= hi && words < SPK_NP_MAX) {
            /* German adjectives come before the noun: a lower-case word after a
             * capitalised one ("der Trainer Max Berger knapp") is no longer the phrase. */
            if (c->lang == L_DE && b != SIZE_MAX && is_word(c, i) &&
                (newsclean_ph_flags(c, b) & W_CAP) &&
                !(newsclean_ph_flags(c, i) & (W_CAP | W_DET | W_CONN)))
                break;
            if (is_word(c, i) && !(newsclean_ph_flags(c, i) &
                                   (W_FUNC | W_VERB | W_THAT | W_AND | W_PRON | W_SKIP | W_DET))) {
                /* A lower-case word followed by an object ("makes this", "comes just",
                 * "progressed and") is the verb: the phrase ended before it. */
                if (words && !(newsclean_ph_flags(c, i) & W_CAP) && i + 1 < c->nt &&
                    (c->t[i + 1].kind == T_QUOTE ||
                     (newsclean_ph_flags(c, i + 1) & (W_DET | W_PRON | W_THAT | W_AND)) ||
                     word_eq(c, i + 1, "just") || word_eq(c, i + 1, "to")))
                    break;
                b = i++;
                words++;
                continue;
            }
            if (b != SIZE_MAX && i + 1 <= hi && newsclean_ph_abbr_dot(c, i)) {
                i++;
                continue;
            }
            /* "the director of the FBI", "der General der US-Streitkräfte" */
            if (b != SIZE_MAX && i + 1 <= hi &&
                ((c->lang != L_DE && of_word(c, i)) ||
                 (c->lang == L_DE && words <= 2 && cue_word(c, i, NEWSCLEAN_LX_SPK_GENITIVE) &&
                  (newsclean_ph_flags(c, i + 1) & W_CAP)))) {
                i++;
                if (i + 1 <= hi && (newsclean_ph_flags(c, i) & W_DET) && c->lang != L_DE)
                    i++;
                continue;
            }
            break;
        }
        if (b == SIZE_MAX)
            return false;
        /* A trailing "of" never ends a phrase; b is always a word here. */
        out->ok = true;
        out->a = st;
        out->b = b;
        return true;
    }
    size_t i = st, lower = 0;
    /* "said spokeswoman Jane Doe": role words before the name are dropped. */
    while (i <= hi && lower < 3 && is_word(c, i) && !(newsclean_ph_flags(c, i) & W_CAP) &&
           !(newsclean_ph_flags(c, i) &
             (W_FUNC | W_VERB | W_THAT | W_AND | W_PRON | W_SKIP | W_DET))) {
        i++;
        lower++;
    }
    if (i > hi || !newsclean_ph_name_word(c, i))
        return false;
    size_t b = newsclean_ph_name_fwd(c, i, hi);
    /* "said Lakeview coach Denise Holloway": a place or team, a role, then the name. */
    size_t r = b + 1, roles = 0;
    while (r <= hi && roles < 2 && is_word(c, r) && (newsclean_ph_flags(c, r) & W_TITLE) &&
           !(newsclean_ph_flags(c, r) &
             (W_CAP | W_FUNC | W_VERB | W_THAT | W_AND | W_PRON | W_SKIP | W_DET | W_CONN))) {
        r++;
        roles++;
    }
    if (roles && r <= hi && newsclean_ph_name_word(c, r) && !newsclean_ph_possessive(c, b)) {
        i = r;
        b = newsclean_ph_name_fwd(c, r, hi);
    }
    if (newsclean_ph_possessive(c, b)) {
        /* "Trump’s Virginia state director": the owner opens a longer phrase. */
        size_t k = b + 1, e = SIZE_MAX;
        while (k <= hi && k < b + 6 && is_word(c, k) &&
               !(newsclean_ph_flags(c, k) &
                 (W_FUNC | W_VERB | W_THAT | W_AND | W_PRON | W_SKIP | W_DET))) {
            if (k + 1 < c->nt &&
                (c->t[k + 1].kind == T_QUOTE ||
                 (newsclean_ph_flags(c, k + 1) & (W_DET | W_PRON | W_THAT | W_SKIP))))
                break;
            e = k++;
        }
        if (e == SIZE_MAX || lower)
            return false;
        out->ok = true;
        out->a = i;
        out->b = e;
        return true;
    }
    out->ok = true;
    out->person = true;
    out->a = newsclean_ph_strip_title(c, i, b);
    out->b = b;
    return true;
}
