/* quotes.c: find direct quotations in an article body by pairing quote marks of every
 * convention, then hand the spans to speakers.c to learn who said them. */
#include "quotes.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "speakers.h"
#include "textutil.h"

/* Deepest nesting of open marks tracked. Real text nests two or three levels; anything
 * deeper is noise, and a fixed bound keeps the scan linear on hostile input. */
#define QUOTE_MAX_DEPTH 16
/* Stand-in code point for '' (two apostrophes), a typewriter double mark used by some
 * archives. Outside Unicode, so no real character collides with it. */
#define DOUBLE_APOS 0x110000u

struct newsclean_quote_rules {
    struct newsclean_speaker_rules *speakers;
};

struct newsclean_quote_rules *
newsclean_quote_rules_new(void)
{
    struct newsclean_quote_rules *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->speakers = newsclean_speaker_rules_new();
    if (!r->speakers) {
        free(r);
        return NULL;
    }
    return r;
}

void
newsclean_quote_rules_free(struct newsclean_quote_rules *r)
{
    if (!r)
        return;
    newsclean_speaker_rules_free(r->speakers);
    free(r);
}

void
newsclean_quote_list_free(newsclean_quote_list *q)
{
    if (!q)
        return;
    for (size_t i = 0; i < q->n; i++) {
        free(q->v[i].text);
        free(q->v[i].speaker);
        free(q->v[i].cue);
    }
    free(q->v);
    q->v = NULL;
    q->n = q->cap = 0;
}

bool
newsclean_quote_list_push(newsclean_quote_list *q, char *text, char *speaker, char *cue,
                          size_t offset, size_t length)
{
    if (q->n == q->cap) {
        newsclean_quote *v = newsclean_array_grow(q->v, &q->cap, sizeof *q->v, 8);
        if (!v)
            goto fail;
        q->v = v;
    }
    q->v[q->n].text = text;
    q->v[q->n].speaker = speaker;
    q->v[q->n].cue = cue;
    q->v[q->n].offset = offset;
    q->v[q->n].length = length;
    q->n++;
    return true;
fail:
    free(text);
    free(speaker);
    free(cue);
    return false;
}

/* ---- characters ---- */

static bool
is_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

/* ---- pairing ---- */

typedef struct {
    size_t mark;  /* offset of the opening mark */
    size_t after; /* first byte after it (in the current paragraph) */
    uint32_t cp;  /* the opening mark */
} opener;

typedef struct {
    size_t start, end; /* one paragraph's share of a multi-paragraph quote */
} part;

typedef struct {
    size_t mark;       /* opening mark offset */
    size_t start, end; /* raw text span, marks excluded (first part .. last part) */
    size_t close;      /* one past the closing mark */
    size_t part0;      /* index of its first part in the parts array, or SIZE_MAX */
    size_t nparts;
    uint32_t cp;
    bool silent; /* paired so its inside stays nested, but not reported */
} pair;

typedef struct {
    const char *s;
    size_t len;
    opener st[QUOTE_MAX_DEPTH];
    size_t depth;
    pair *pairs;
    size_t npairs, cappairs;
    part *parts; /* finished parts of quotes that ran over paragraphs */
    size_t nparts, capparts;
    size_t cont0;   /* first part of the open continued quote, in 'parts' */
    bool cont_open; /* st[0] is a quote continued from an earlier paragraph */
} scan;

static bool
grow(void **v, size_t *cap, size_t n, size_t elem)
{
    if (n < *cap)
        return true;
    size_t c = *cap ? *cap : 16, bytes;
    if ((*cap && !newsclean_size_mul(c, 2, &c)) || !newsclean_size_mul(c, elem, &bytes))
        return false;
    void *p = realloc(*v, bytes);
    if (!p)
        return false;
    *v = p;
    *cap = c;
    return true;
}

/* Record a closed pair. Marks nest like brackets, so every pair recorded since this
 * one opened lies inside it: drop them now, which keeps only outermost quotes and costs
 * amortised O(1) per pair. */
static bool
add_pair(scan *sc, const opener *o, size_t close_at, size_t close_end, bool silent)
{
    while (sc->npairs && sc->pairs[sc->npairs - 1].mark > o->mark)
        sc->npairs--;
    if (!grow((void **)&sc->pairs, &sc->cappairs, sc->npairs, sizeof *sc->pairs))
        return false;
    pair *p = &sc->pairs[sc->npairs++];
    p->mark = o->mark;
    p->start = o->after;
    p->end = close_at;
    p->close = close_end;
    p->cp = o->cp;
    p->part0 = SIZE_MAX;
    p->nparts = 0;
    p->silent = silent || o->cp == DOUBLE_APOS;
    if (sc->cont_open && sc->depth == 0) {
        /* o was st[0]: the continued quote. Its last part ends here. */
        if (!grow((void **)&sc->parts, &sc->capparts, sc->nparts, sizeof *sc->parts))
            return false;
        sc->parts[sc->nparts].start = o->after;
        sc->parts[sc->nparts].end = close_at;
        sc->nparts++;
        p->part0 = sc->cont0;
        p->nparts = sc->nparts - sc->cont0;
        p->start = sc->parts[sc->cont0].start;
        sc->cont_open = false;
    }
    return true;
}

/* Pop st[k] and everything above it as a closed quote ending at [at, end). */
static bool
close_at(scan *sc, size_t k, size_t at, size_t end)
{
    opener o = sc->st[k];
    sc->depth = k;
    return add_pair(sc, &o, at, end, false);
}

/* Close st[k] with a mark of another style ("…” or “…"): such typos pair, so that
 * what they enclose is not misread, but the reference annotation never counts them,
 * so the pair is not reported. */
static bool
close_silent(scan *sc, size_t k, size_t at, size_t end)
{
    opener o = sc->st[k];
    sc->depth = k;
    return add_pair(sc, &o, at, end, true);
}

static void
push(scan *sc, size_t mark, size_t after, uint32_t cp)
{
    if (sc->depth == QUOTE_MAX_DEPTH)
        return;
    sc->st[sc->depth].mark = mark;
    sc->st[sc->depth].after = after;
    sc->st[sc->depth].cp = cp;
    sc->depth++;
}

/* Drop st[k] and everything above it: an opener that never closed. */
static void
drop_from(scan *sc, size_t k)
{
    if (k == 0 && sc->cont_open) {
        sc->nparts = sc->cont0;
        sc->cont_open = false;
    }
    sc->depth = k;
}

/* Index of the innermost open mark satisfying 'want', or SIZE_MAX. */
static size_t
find_open(const scan *sc, bool (*want)(uint32_t))
{
    for (size_t k = sc->depth; k-- > 0;)
        if (want(sc->st[k].cp))
            return k;
    return SIZE_MAX;
}

static bool
is_double_open(uint32_t c)
{
    return c == 0x201C || c == 0x201E || c == 0x201D || c == 0x201F || c == '"' || c == 0xAB ||
           c == 0xBB || c == 0x300C || c == 0x300E;
}

static bool
closes_with_rdq(uint32_t c)
{
    /* ” ends “…” (English), „…” (Polish, Hungarian) and ”…” (Swedish). */
    return c == 0x201C || c == 0x201E || c == 0x201D || c == 0x201F;
}

static bool
is_straight_double(uint32_t c)
{
    return c == '"';
}

static bool
is_double_apos(uint32_t c)
{
    return c == DOUBLE_APOS;
}

static bool
is_ldq(uint32_t c)
{
    return c == 0x201C;
}

/* Open quote that a ’ or ' can end: ‘…’ and '…' (mixed forms happen in real text). */
static bool
closes_with_rsq(uint32_t c)
{
    return c == 0x2018 || c == '\'';
}

/* Is the opener at the top of the stack one that 'c' closes directly? */
static bool
top_is(const scan *sc, uint32_t c)
{
    return sc->depth && sc->st[sc->depth - 1].cp == c;
}

/* '90s, '08: a single mark before two digits is an elision, not a quote. */
static bool
elided_year(const char *s, size_t len, size_t after)
{
    return after + 2 <= len && is_digit((unsigned char)s[after]) &&
           is_digit((unsigned char)s[after + 1]) &&
           (after + 2 == len ||
            newsclean_char_class_of((unsigned char)s[after + 2]) != NEWSCLEAN_CH_WORD ||
            s[after + 2] == 's');
}

/* Handle one mark 'c' at [i, i+n); prev/next are the neighbouring code points. */
static bool
on_mark(scan *sc, uint32_t c, size_t i, size_t n, uint32_t prev, uint32_t next)
{
    const char *s = sc->s;
    int pc = newsclean_char_class_of(prev), nc = newsclean_char_class_of(next);
    bool left = nc != NEWSCLEAN_CH_SPACE;  /* text follows */
    bool right = pc != NEWSCLEAN_CH_SPACE; /* text precedes */
    bool left_only = left && !right;
    bool right_only = right && !left;
    size_t k;

    switch (c) {
    case 0x201C: /* “ */
        /* “ ends German „…“ when „ is the innermost open double mark. */
        if ((k = find_open(sc, is_double_open)) != SIZE_MAX && sc->st[k].cp == 0x201E)
            return close_at(sc, k, i, i + n);
        if ((k = find_open(sc, is_ldq)) != SIZE_MAX) {
            if (right_only)
                return close_at(sc, k, i, i + n);
            drop_from(sc, k); /* a second opener: the first never closed */
        }
        if (left)
            push(sc, i, i + n, c);
        return true;
    case 0x201D: /* ” */
        if ((k = find_open(sc, closes_with_rdq)) != SIZE_MAX)
            return close_at(sc, k, i, i + n);
        if (right && (k = find_open(sc, is_straight_double)) != SIZE_MAX)
            return close_silent(sc, k, i, i + n);
        if (left_only)
            push(sc, i, i + n, c);
        return true;
    case 0x201E: /* „ */
    case 0x201F: /* ‟ */
    case 0x300C: /* 「 */
    case 0x300E: /* 『 */
        if (left)
            push(sc, i, i + n, c);
        return true;
    case 0x300D: /* 」 */
    case 0x300F: /* 』 */
        for (k = sc->depth; k-- > 0;)
            if (sc->st[k].cp == c - 1)
                return close_at(sc, k, i, i + n);
        return true;
    case 0xAB: /* « opens French « … » (spaced inside), closes German »…« */
        if (top_is(sc, 0xBB))
            return close_at(sc, sc->depth - 1, i, i + n);
        if (i + n < sc->len)
            push(sc, i, i + n, c);
        return true;
    case 0xBB: /* » */
        for (k = sc->depth; k-- > 0;)
            if (sc->st[k].cp == 0xAB)
                return close_at(sc, k, i, i + n);
        if (left_only)
            push(sc, i, i + n, c);
        return true;
    case '"':
        /* a="b": markup left in the text, not speech. */
        if (prev == '=')
            return true;
        if ((k = find_open(sc, is_straight_double)) != SIZE_MAX) {
            if (!left_only)
                return close_at(sc, k, i, i + n);
            drop_from(sc, k); /* "a "b: the first mark was stray */
        } else if (right_only && (k = find_open(sc, is_ldq)) != SIZE_MAX && k == sc->depth - 1) {
            return close_silent(sc, k, i, i + n);
        }
        if (left)
            push(sc, i, i + n, c);
        return true;
    case DOUBLE_APOS:
        if ((k = find_open(sc, is_double_apos)) != SIZE_MAX) {
            if (!left_only)
                return close_at(sc, k, i, i + n);
            drop_from(sc, k);
        }
        if (left)
            push(sc, i, i + n, c);
        return true;
    case 0x201A: /* ‚ German single opener */
        if (left && pc != NEWSCLEAN_CH_WORD)
            push(sc, i, i + n, c);
        return true;
    case 0x2018: /* ‘ closes German ‚…‘, else opens */
        if (top_is(sc, 0x201A))
            return close_at(sc, sc->depth - 1, i, i + n);
        if (left && pc != NEWSCLEAN_CH_WORD && !elided_year(s, sc->len, i + n))
            push(sc, i, i + n, c);
        return true;
    case 0x2019: /* ’ closes; between letters it is an apostrophe */
    case '\'':
        if (right && nc != NEWSCLEAN_CH_WORD && sc->depth &&
            closes_with_rsq(sc->st[sc->depth - 1].cp))
            return close_at(sc, sc->depth - 1, i, i + n);
        if (c == '\'' && left && pc != NEWSCLEAN_CH_WORD && !elided_year(s, sc->len, i + n))
            push(sc, i, i + n, c);
        return true;
    default:
        return true;
    }
}

/* Can a paragraph opening with mark 'next' continue a quote opened with 'open'? Long
 * quotations repeat the opening mark at every paragraph and close only at the end. */
static bool
continues(uint32_t open, uint32_t next)
{
    return open == next || ((open == 0x201C || open == '"') && (next == 0x201C || next == '"'));
}

static bool
is_mark(uint32_t c)
{
    return c == '"' || c == '\'' || c == 0xAB || c == 0xBB || (c >= 0x2018 && c <= 0x201F) ||
           (c >= 0x300C && c <= 0x300F);
}

/* End of the paragraph whose text stops at 'end'; the next one starts at 'next' (== len
 * at the end). Returns where scanning resumes: past a continuation mark if the open
 * quote goes on, else 'next'. */
static bool
para_end(scan *sc, size_t end, size_t next, size_t *resume)
{
    *resume = next;
    if (sc->depth == 0)
        return true;
    if (next < sc->len) {
        size_t n;
        uint32_t c = newsclean_utf8_decode(sc->s, sc->len, next, &n);
        for (size_t k = 0; k < sc->depth; k++) {
            if (!continues(sc->st[k].cp, c))
                continue;
            opener o = sc->st[k];
            if (!(sc->cont_open && k == 0)) {
                if (sc->cont_open)
                    sc->nparts = sc->cont0;
                sc->cont0 = sc->nparts;
                sc->cont_open = true;
            }
            if (!grow((void **)&sc->parts, &sc->capparts, sc->nparts, sizeof *sc->parts))
                return false;
            sc->parts[sc->nparts].start = o.after;
            sc->parts[sc->nparts].end = end;
            sc->nparts++;
            o.after = next + n;
            sc->st[0] = o;
            sc->depth = 1;
            *resume = next + n;
            return true;
        }
    }
    drop_from(sc, 0);
    return true;
}

/* Pair every quote mark in the body, paragraph by paragraph. */
static bool
pair_marks(scan *sc)
{
    const char *s = sc->s;
    size_t len = sc->len, i = 0, n;
    while (i < len) {
        /* Most bytes are ASCII other than a newline or a mark: nothing to do for them. */
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80 && b != '\n' && b != '"' && b != '\'') {
            i++;
            continue;
        }
        uint32_t c = newsclean_utf8_decode(s, len, i, &n);
        if (c == '\n') {
            size_t j = i + 1;
            while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
                j++;
            if (j < len && s[j] != '\n') {
                i = j;
                continue;
            }
            /* A blank line: skip the whole run of blank lines and leading space. */
            while (j < len && newsclean_char_class_of((unsigned char)s[j]) == NEWSCLEAN_CH_SPACE)
                j++;
            if (!para_end(sc, i, j, &i))
                return false;
            continue;
        }
        if (c == '\'' && i + 1 < len && s[i + 1] == '\'') {
            /* '' is a typewriter stand-in for a double mark in some archives. It is
             * paired, so single marks inside it stay nested, but not reported: it is
             * none of the conventions we report, nor does the annotated corpus count
             * it. */
            uint32_t prev = newsclean_utf8_before(s, len, i, NULL);
            size_t m;
            uint32_t next = i + 2 < len ? newsclean_utf8_decode(s, len, i + 2, &m) : 0;
            if (!on_mark(sc, DOUBLE_APOS, i, 2, prev, next))
                return false;
            i += 2;
            continue;
        }
        if (is_mark(c)) {
            uint32_t prev = newsclean_utf8_before(s, len, i, NULL);
            size_t m;
            uint32_t next = i + n < len ? newsclean_utf8_decode(s, len, i + n, &m) : 0;
            if (!on_mark(sc, c, i, n, prev, next))
                return false;
        }
        i += n;
    }
    size_t resume;
    return para_end(sc, len, len, &resume);
}

static bool
has_word(const char *s, size_t len, size_t a, size_t b)
{
    size_t n;
    for (size_t i = a; i < b; i += n)
        if (newsclean_char_class_of(newsclean_utf8_decode(s, len, i, &n)) == NEWSCLEAN_CH_WORD)
            return true;
    return false;
}

/* Build the text of one pair: its trimmed span, or the trimmed paragraph parts joined
 * by one space. Fills the span's offsets; *text is NULL when there is nothing to say. */
static bool
pair_text(const scan *sc, const pair *p, newsclean_quote_span *q, char **text)
{
    const char *s = sc->s;
    *text = NULL;
    if (p->nparts == 0) {
        size_t a = p->start, b = p->end;
        newsclean_trim_space(s, &a, &b);
        if (!has_word(s, sc->len, a, b))
            return true;
        /* rock 'n' roll: a letter or two in single marks is an elision. */
        if ((p->cp == '\'' || p->cp == 0x2018) && b - a <= 2)
            return true;
        q->start = a;
        q->end = b;
        *text = newsclean_strndup(s + a, b - a);
        return *text != NULL;
    }
    newsclean_buf out;
    newsclean_buf_init(&out);
    bool first = true;
    for (size_t k = 0; k < p->nparts; k++) {
        size_t a = sc->parts[p->part0 + k].start, b = sc->parts[p->part0 + k].end;
        newsclean_trim_space(s, &a, &b);
        if (a == b)
            continue;
        if (first)
            q->start = a;
        q->end = b;
        if ((!first && !newsclean_buf_append_char(&out, ' ')) ||
            !newsclean_buf_append(&out, s + a, b - a)) {
            newsclean_buf_free(&out);
            return false;
        }
        first = false;
    }
    if (first || !has_word(out.data, out.len, 0, out.len)) {
        newsclean_buf_free(&out);
        return true;
    }
    *text = newsclean_buf_detach(&out);
    return *text != NULL;
}

static bool
is_single_mark(uint32_t c)
{
    return c == 0x2018 || c == 0x201A || c == '\'';
}

/* Text that quotes people in double marks keeps single marks for quotes within quotes,
 * for headlines and for words held at arm's length ("the so-called 'reset'"). So where
 * double-marked quotations outnumber single-marked ones, a single-marked span counts as
 * speech only when a speech cue introduces it ("said the presence was 'appropriate'").
 * Text that quotes in single marks throughout (British style) keeps them all. */
static bool
singles_are_secondary(const newsclean_quote_span *spans, size_t n, size_t typewriter_doubles)
{
    size_t singles = 0, doubles = typewriter_doubles;
    for (size_t k = 0; k < n; k++) {
        if (spans[k].title)
            continue;
        if (is_single_mark(spans[k].mark))
            singles++;
        else
            doubles++;
    }
    return doubles > singles;
}

/* ”…” is how Swedish and Finnish quote. In text that opens its quotes with “, a ” that
 * opens one is a slip of the keyboard: the pair stays paired, so that what it encloses
 * is not misread, but like the other mixed pairs it is not reported. */
static bool
opens_with_ldq(const newsclean_quote_span *spans, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (spans[k].mark == 0x201C)
            return true;
    return false;
}

/* Is [a, b) a single word of a script that spaces its words? A run of Chinese or
 * Japanese without spaces can be a whole sentence. */
static bool
one_word(const char *s, size_t len, size_t a, size_t b)
{
    size_t n;
    for (size_t i = a; i < b; i += n) {
        uint32_t c = newsclean_utf8_decode(s, len, i, &n);
        if (newsclean_char_class_of(c) == NEWSCLEAN_CH_SPACE || (c >= 0x0E00 && c <= 0x0EFF) ||
            c >= 0x2E80)
            return false;
    }
    return true;
}

/* Is [a, b) a host name or address ("spiegel.de", "www.example.org/news")? Marks
 * around one name a site, never anyone's words. */
static bool
host_name(const char *s, size_t a, size_t b)
{
    size_t dot = SIZE_MAX, slash = b;
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '/' && slash == b)
            slash = i;
        if (slash < b)
            continue; /* a path may hold anything but a space */
        if (c == ' ' || c == '\t' || c == '\n')
            return false;
        if (c == '.')
            dot = i;
        else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '-'))
            return false;
    }
    for (size_t i = slash; i < b; i++)
        if (s[i] == ' ')
            return false;
    if (dot == SIZE_MAX || dot == a)
        return false;
    size_t tld = slash - dot - 1;
    if (tld < 2 || tld > 6)
        return false;
    for (size_t i = dot + 1; i < slash; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
            return false;
    return true;
}

/* „…“ and »…« (German, and the guillemet styles) set off titles, names and terms as
 * often as speech; English-style text marks those mostly in other ways, so its short
 * quoted phrases are kept. */
static bool
low_or_angle(uint32_t mark)
{
    return mark == 0x201E || mark == 0x00BB || mark == 0x00AB;
}

/* Does [a, b) hold at most four words and no sentence's end? Speech quoted without a
 * verb of saying is a sentence or more; a few words alone name or hold at arm's length. */
static bool
few_words(const char *s, size_t a, size_t b)
{
    size_t words = 0;
    bool in = false;
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '.' || c == '!' || c == '?')
            return false;
        bool sp = c == ' ' || c == '\t' || c == '\n';
        if (!sp && !in)
            words++;
        in = !sp;
    }
    return words <= 4;
}

/* Does a colon stand right before the opening mark at 'open', spaces aside? */
static bool
after_colon(const char *s, size_t open)
{
    size_t i = open;
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n'))
        i--;
    return i > 0 && s[i - 1] == ':';
}

/* Does 'word' (lower case ASCII) follow at 'i', ending there? Sets *after past it. */
static bool
word_at(const char *s, size_t len, size_t i, const char *word, size_t *after)
{
    size_t n = strlen(word);
    if (i + n >= len || memcmp(s + i, word, n) != 0 || s[i + n] != ' ')
        return false;
    *after = i + n + 1;
    return true;
}

/* “Council votes to close the pool,” by Ana Ruiz: a quoted headline that ends in a
 * comma and is followed by its author cites a written piece, nobody's speech. Only
 * for quotes without a speech cue: "said the “mess,” by his count, ..." stays. */
static bool
names_a_work(const char *s, size_t len, const newsclean_quote_span *q)
{
    if (q->end == q->start || s[q->end - 1] != ',')
        return false;
    size_t i = q->close;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (!word_at(s, len, i, "by", &i))
        return false;
    word_at(s, len, i, "the", &i);
    return i < len && s[i] >= 'A' && s[i] <= 'Z';
}

bool
newsclean_quotes_find(const struct newsclean_quote_rules *r, const char *body, size_t len,
                      const char *language, newsclean_quote_list *out)
{
    scan sc;
    newsclean_quote_span *spans = NULL;
    char **texts = NULL;
    size_t nspans = 0;
    bool ok = false;

    memset(&sc, 0, sizeof sc);
    sc.s = body;
    sc.len = len;
    if (!r || !body || len == 0)
        return true;
    if (!pair_marks(&sc))
        goto done;
    if (sc.npairs) {
        spans = calloc(sc.npairs, sizeof *spans);
        texts = calloc(sc.npairs, sizeof *texts);
        if (!spans || !texts)
            goto done;
    }
    for (size_t k = 0; k < sc.npairs; k++) {
        newsclean_quote_span *q = &spans[nspans];
        if (sc.pairs[k].silent)
            continue;
        if (!pair_text(&sc, &sc.pairs[k], q, &texts[nspans]))
            goto done;
        if (!texts[nspans])
            continue;
        q->open = sc.pairs[k].mark;
        q->close = sc.pairs[k].close;
        q->mark = sc.pairs[k].cp;
        nspans++;
    }
    if (!newsclean_speakers_find(r->speakers, body, len, language, spans, nspans))
        goto done;
    /* '' pairs are not reported, but they are the text's double marks all the same. */
    size_t typewriter_doubles = 0;
    for (size_t k = 0; k < sc.npairs; k++)
        typewriter_doubles += sc.pairs[k].cp == DOUBLE_APOS;
    bool single_is_secondary = singles_are_secondary(spans, nspans, typewriter_doubles);
    bool rdq_is_a_slip = opens_with_ldq(spans, nspans);
    /* Where the text shows its speech in these marks with verbs of saying, a few words
     * in them with no such verb are something else. */
    bool cued_speech = false;
    for (size_t k = 0; k < nspans && !cued_speech; k++)
        cued_speech = spans[k].cue && low_or_angle(spans[k].mark);
    for (size_t k = 0; k < nspans; k++) {
        char *t = texts[k];
        if (spans[k].title)
            continue; /* a quoted name or title, not speech */
        if (single_is_secondary && is_single_mark(spans[k].mark) && !spans[k].cue)
            continue; /* a headline's or a term's marks, not someone's words */
        if (!spans[k].cue && names_a_work(body, len, &spans[k]))
            continue;
        if (host_name(body, spans[k].start, spans[k].end))
            continue; /* a site's name: "„spiegel.de“" */
        if (rdq_is_a_slip && spans[k].mark == 0x201D)
            continue;
        if (!spans[k].cue && !spans[k].speaker && one_word(body, len, spans[k].start, spans[k].end))
            continue; /* a term held at arm's length: the "so-called" marks */
        /* A name, a title or a scare quote, with no verb of saying, even where its
         * sentence has a subject ("Die Bürger haben die „Nase voll“", "Das Motto lautet
         * „Gemeinsam stark“"); only a colon ("Der Trainer: „…“") hands such words to
         * someone. */
        if (!spans[k].cue && low_or_angle(spans[k].mark) && cued_speech &&
            few_words(body, spans[k].start, spans[k].end) &&
            (!spans[k].speaker || !after_colon(body, spans[k].open)))
            continue;
        texts[k] = NULL;
        if (!newsclean_quote_list_push(out, t, spans[k].speaker, spans[k].cue, spans[k].start,
                                       spans[k].end - spans[k].start)) {
            spans[k].speaker = spans[k].cue = NULL;
            goto done;
        }
        spans[k].speaker = spans[k].cue = NULL;
    }
    ok = true;
done:
    for (size_t k = 0; k < nspans; k++) {
        free(texts ? texts[k] : NULL);
        free(spans[k].speaker);
        free(spans[k].cue);
    }
    /* A text built for a span we failed to count is still ours to free. */
    if (!ok && texts && nspans < sc.npairs)
        free(texts[nspans]);
    free(texts);
    free(spans);
    free(sc.pairs);
    free(sc.parts);
    return ok;
}
