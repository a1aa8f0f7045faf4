/* textdump_lines.c: the statistics of one line of a text dump (length, function words,
 * capitals, how it ends) and the match of the lexicon's line rules (share prompts,
 * "Read more", cookie and newsletter notices) against it. */
#include "textdump_int.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "textutil.h"
#include "lexicon.h"
#include "rx.h"

/* Phrase rules only look at this many leading bytes of a line: every phrase sits near
 * the start of a short line, and the cap keeps a 20 MB single line from costing more
 * than one short match. */
#define PHRASE_SCAN_BYTES 600
/* pcre2 budget per line; the table has no nested quantifiers, so honest lines need far
 * less, and a hostile line fails the match instead of hanging. */
#define PHRASE_MATCH_LIMIT 200000
#define PHRASE_DEPTH_LIMIT 2000
/* Most words a part of a menu or breadcrumb between its separators holds on average: a
 * breadcrumb's last part may be a whole headline. */
#define MENU_PART_WORDS 8
/* Share of function words from which such a line reads as sentences. */
#define MENU_PROSE_STOPS 0.25
/* The phrase rules of the lexicon (lexicon.c) a dump's lines are matched against. */
#define MAX_RULES 32

typedef struct {
    unsigned kind; /* NEWSCLEAN_TD_K_* */
    const newsclean_lex_entry *e;
} rule;

struct newsclean_textdump_rules {
    pcre2_code *re;        /* the phrase table as one alternation, at line start */
    pcre2_code *inner;     /* the rules that may match inside a line, likewise */
    rule rules[MAX_RULES]; /* the lexicon's line rules, in its order */
    size_t nrules;
    size_t inner_rule[MAX_RULES]; /* rule index of each group of 'inner' */
    unsigned longest;             /* the largest word limit of any rule */
    newsclean_lex_words *stop;    /* function words */
    pcre2_code *cta;              /* a call to action's words, the whole line */
    pcre2_code *consent;          /* words of a consent dialog, anywhere in a line */
    pcre2_code *form_consent;     /* a form's consent line, from the line's start */
    pcre2_code *post_furniture;   /* a forum post's furniture, the whole line */
    pcre2_code *closing[2];       /* the HTML stage's closing and sign-up prompts */
    size_t closing_max[2];        /* the longest line, in bytes, each may match */
};

static bool
stop_has(const struct newsclean_textdump_rules *r, const char *w, size_t n)
{
    return newsclean_lex_words_get(r->stop, w, n) != 0;
}

static pcre2_code *
compile_table(const char *pattern, size_t len, uint32_t extra)
{
    return newsclean_rx_compile(pattern, len, PCRE2_MATCH_INVALID_UTF | extra);
}

/* A lexicon class's FIND rows as one alternation, compiled; pat is scratch space. NULL when
 * out of memory or the class has no rows. */
static pcre2_code *
compile_class(newsclean_buf *pat, newsclean_lex_class cls)
{
    pat->len = 0;
    size_t ci = 0;
    bool ok = true;
    for (const newsclean_lex_entry *e;
         ok && (e = newsclean_lexicon_next(&ci, cls, NEWSCLEAN_LXF_FIND));) {
        ok = newsclean_buf_append_str(pat, pat->len ? "|(?:" : "(?:") &&
             newsclean_buf_append_str(pat, e->text) && newsclean_buf_append_char(pat, ')');
    }
    return ok && pat->len ? compile_table(pat->data, pat->len, 0) : NULL;
}

/* True if every top-level alternative of a pattern starts with '^', so that it can only
 * match at the start of a line. */
static bool
anchored(const char *p)
{
    int depth = 0;
    bool in_class = false, at_start = true;
    for (; *p; p++) {
        if (at_start) {
            if (*p != '^')
                return false;
            at_start = false;
        }
        if (*p == '\\' && p[1]) {
            p++;
            continue;
        }
        if (in_class) {
            in_class = *p != ']';
            continue;
        }
        if (*p == '[')
            in_class = true;
        else if (*p == '(')
            depth++;
        else if (*p == ')')
            depth--;
        else if (*p == '|' && depth == 0)
            at_start = true;
    }
    return !at_start;
}

struct newsclean_textdump_rules *
newsclean_textdump_rules_new(void)
{
    struct newsclean_textdump_rules *r = calloc(1, sizeof *r);
    newsclean_buf pat;
    newsclean_buf_init(&pat);
    if (!r)
        return NULL;
    size_t n;
    const newsclean_lex_entry *all = newsclean_lexicon_entries(&n);
    for (size_t i = 0; i < n; i++) {
        if (all[i].form != NEWSCLEAN_LXF_LINE || r->nrules == MAX_RULES)
            continue;
        r->rules[r->nrules].e = &all[i];
        r->rules[r->nrules++].kind = NEWSCLEAN_TD_KIND(all[i].cls);
        if (all[i].limit > r->longest)
            r->longest = all[i].limit;
    }
    /* One alternation with a capture group per rule: one match per line whatever the
     * table's size, and the group that took part names the rule. Most rules are anchored
     * at the line start; the few that may match inside a line get a second, smaller
     * alternation, so a line that matches nothing at its start is scanned by those alone
     * instead of by the whole table at every position. */
    bool ok = true;
    for (size_t i = 0; i < r->nrules && ok; i++) {
        ok = newsclean_buf_append_str(&pat, i ? "|(" : "(") &&
             newsclean_buf_append_str(&pat, r->rules[i].e->text) &&
             newsclean_buf_append_char(&pat, ')');
    }
    /* Anchored at compile time: the JIT does not take PCRE2_ANCHORED at match time. */
    r->re = ok ? compile_table(pat.data, pat.len, PCRE2_ANCHORED) : NULL;
    pat.len = 0;
    size_t ninner = 0;
    for (size_t i = 0; i < r->nrules && ok; i++) {
        if (anchored(r->rules[i].e->text))
            continue;
        ok = newsclean_buf_append_str(&pat, ninner ? "|(" : "(") &&
             newsclean_buf_append_str(&pat, r->rules[i].e->text) &&
             newsclean_buf_append_char(&pat, ')');
        r->inner_rule[ninner++] = i;
    }
    r->inner = ok && ninner ? compile_table(pat.data, pat.len, 0) : NULL;
    r->stop = newsclean_lex_words_new(1u << NEWSCLEAN_LX_STOP, ~0u);
    /* The consent words and a form's consent line: each class's rows as one alternation. */
    r->consent = ok ? compile_class(&pat, NEWSCLEAN_LX_CONSENT) : NULL;
    r->form_consent = ok ? compile_class(&pat, NEWSCLEAN_LX_FORM_CONSENT) : NULL;
    r->post_furniture = ok ? compile_class(&pat, NEWSCLEAN_LX_POST_FURNITURE) : NULL;
    /* A dump's line is an HTML block that lost its markup: the prompts the HTML stage
     * knows by their words (a call to support, a sign-up box, a disclosure) read the same. */
    static const newsclean_lex_class prompt_cls[2] = {NEWSCLEAN_LX_CLOSING, NEWSCLEAN_LX_SIGNUP};
    for (size_t k = 0; k < 2 && ok; k++) {
        pat.len = 0;
        ok = newsclean_lexicon_join(&pat, prompt_cls[k], NEWSCLEAN_LXF_BLOCK, &r->closing_max[k]);
        r->closing[k] = ok && pat.len ? compile_table(pat.data, pat.len, 0) : NULL;
        ok = r->closing[k] != NULL;
    }
    /* A button's words as the page-kind stage reads them (kind.c): a call-to-action verb
     * first, then one of its objects within six words in all, ending the line ("Try it
     * today", "Get started now"). A line that goes on past the object names what to
     * start with ("Get started with the SDK"): documentation's headings read so. */
    pat.len = 0;
    ok = ok && newsclean_buf_append_str(&pat, "^\\W*(?:");
    for (int k = 0; k < 2 && ok; k++) {
        size_t wi = 0, wn;
        bool first = true;
        for (const newsclean_lex_entry *e;
             ok && (e = newsclean_lexicon_next(
                        &wi, k ? NEWSCLEAN_LX_KIND_CTA_OBJECT : NEWSCLEAN_LX_KIND_CTA_VERB,
                        NEWSCLEAN_LXF_WORDS));)
            for (const char *at = e->text, *w; ok && (w = newsclean_lex_next_word(&at, &wn));) {
                ok = (first || newsclean_buf_append_char(&pat, '|')) &&
                     newsclean_buf_append(&pat, w, wn);
                first = false;
            }
        ok = ok && newsclean_buf_append_str(&pat, k ? ")(?:\\W+(?&o))*\\W*$"
                                                    : ")(?:\\W+\\w+){0,4}?\\W+(?<o>");
    }
    r->cta = ok ? compile_table(pat.data, pat.len, 0) : NULL;
    newsclean_buf_free(&pat);
    if (!ok || !r->re || (ninner && !r->inner) || !r->stop || !r->consent || !r->cta ||
        !r->form_consent || !r->post_furniture) {
        newsclean_textdump_rules_free(r);
        return NULL;
    }
    return r;
}

void
newsclean_textdump_rules_free(struct newsclean_textdump_rules *r)
{
    if (!r)
        return;
    pcre2_code_free(r->re);
    pcre2_code_free(r->inner);
    pcre2_code_free(r->consent);
    pcre2_code_free(r->form_consent);
    pcre2_code_free(r->post_furniture);
    pcre2_code_free(r->closing[0]);
    pcre2_code_free(r->closing[1]);
    newsclean_lex_words_free(r->stop);
    pcre2_code_free(r->cta);
    free(r);
}

/* Scripts written without spaces between words. */
static bool
is_unspaced(uint32_t cp)
{
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x0E00 && cp <= 0x0EFF) ||
           (cp >= 0x1000 && cp <= 0x109F) || (cp >= 0x1780 && cp <= 0x17FF);
}

static bool
is_letter(uint32_t cp)
{
    if (cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    /* Everything non-ASCII except the punctuation, symbol and space blocks. */
    return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && !(cp >= 0x2000 && cp <= 0x2BFF) &&
           !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFF00 && cp <= 0xFF0F) && cp != 0xFFFD;
}

/* Closing marks that may follow a sentence's final stop. */
static bool
is_closer(uint32_t cp)
{
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '*' || cp == 0x201D ||
           cp == 0x2019 || cp == 0xBB || cp == 0x203A || cp == 0x300D || cp == 0x300F ||
           cp == 0xFF09;
}

static bool
is_stop_mark(uint32_t cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == ';' || cp == 0x2026 ||
           cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1A || cp == 0x0964;
}

static bool
is_stopword(const struct newsclean_textdump_rules *r, const unsigned char *s, size_t n)
{
    char low[20];
    if (n == 0 || n >= sizeof low)
        return false;
    newsclean_fold((const char *)s, n, low);
    return stop_has(r, low, n);
}

/* Case-insensitive ASCII search, for short markers inside a word. */
static size_t
count_ci(const char *s, size_t n, const char *needle)
{
    size_t m = strlen(needle), hits = 0;
    for (size_t i = 0; i + m <= n; i++) {
        size_t j = 0;
        while (j < m && (s[i + j] | 0x20) == needle[j])
            j++;
        if (j == m) {
            hits++;
            i += m - 1;
        }
    }
    return hits;
}

/* Strip leading and trailing punctuation from a word (ASCII and the common UTF-8 quote
 * and dash marks), leaving the span of its letters and digits. */
static void
word_core(const unsigned char *s, size_t n, size_t *a, size_t *b)
{
    size_t i = 0, j = n;
    while (i < j) {
        size_t k;
        uint32_t cp = newsclean_utf8_decode((const char *)s, j, i, &k);
        if (is_letter(cp) || (cp >= '0' && cp <= '9'))
            break;
        i += k;
    }
    while (j > i) {
        size_t st = j - 1;
        while (st > i && (s[st] & 0xC0) == 0x80)
            st--;
        size_t k;
        uint32_t cp = newsclean_utf8_decode((const char *)s, j, st, &k);
        if (is_letter(cp) || (cp >= '0' && cp <= '9'))
            break;
        j = st;
    }
    *a = i;
    *b = j;
}

/* Statistics of one line that the phrase table cannot see: length in words, function
 * word share, capitalisation, how it ends, URLs and sprite names. Linear in the line. */
void
newsclean_td_measure(const newsclean_td_ctx *c, newsclean_td_line *l)
{
    const newsclean_block *blk = &c->b->v[l->bi];
    const unsigned char *s = (const unsigned char *)blk->text;
    size_t n = blk->len, words = 0, stops = 0, caps = 0, lettered = 0, unspaced = 0;
    size_t urls = 0, pipes = 0, icons = 0, guillemets = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        size_t st = i;
        while (i < n && s[i] != ' ' && s[i] != '\t')
            i++;
        if (i == st)
            break;
        size_t wn = i - st;
        words++;
        /* Menu and breadcrumb separators standing alone: "|", "/", ">", "›", and "»"
         * unless a "«" opened a French quotation before it. */
        if ((wn == 1 && (s[st] == '|' || s[st] == '/' || s[st] == '>')) ||
            (wn == 3 && s[st] == 0xE2 && s[st + 1] == 0x80 && s[st + 2] == 0xBA))
            pipes++;
        if (wn >= 2 && s[st] == 0xC2 && s[st + 1] == 0xAB)
            guillemets++;
        if (wn == 2 && s[st] == 0xC2 && s[st + 1] == 0xBB && guillemets == 0)
            pipes++;
        /* Previous/next links: a line that opens with an arrow. */
        if (words == 1 && wn >= 3 && s[st] == 0xE2 && s[st + 1] == 0x86 &&
            (s[st + 2] == 0x90 || s[st + 2] == 0x92))
            pipes += 2;
        if ((wn >= 4 && memcmp(s + st, "www.", 4) == 0) ||
            (wn > 8 && memchr(s + st, ':', wn) && count_ci((const char *)s + st, wn, "://")))
            urls++;
        else if (memchr(s + st, '@', wn) && memchr(s + st, '.', wn) && wn > 5)
            urls++;
        if (count_ci((const char *)s + st, wn, "icon"))
            icons++;
        size_t a, b;
        word_core(s + st, wn, &a, &b);
        if (a < b) {
            size_t k;
            uint32_t cp = newsclean_utf8_decode((const char *)s + st, b, a, &k);
            if (is_letter(cp)) {
                lettered++;
                if (newsclean_cp_is_upper(cp))
                    caps++;
            }
            if (is_stopword(c->r, s + st + a, b - a))
                stops++;
        }
        for (size_t k = st, len; k < i; k += len) {
            uint32_t cp = newsclean_utf8_decode((const char *)s, i, k, &len);
            if (is_unspaced(cp))
                unspaced++;
        }
    }
    /* A Chinese or Japanese word is about two characters; the separators still split. */
    l->weff = (double)words + (double)unspaced / 2.0;
    l->stop = words ? (double)stops / (double)words : 0.0;
    l->caps = lettered ? (double)caps / (double)lettered : 0.0;
    /* Separators split a menu or a breadcrumb into short parts; a paragraph that writes
     * a few alternatives with a spaced slash ("A / B / C") holds long runs of words
     * between them, and the function words of sentences (code and a form's run of
     * options do not). */
    bool menu = pipes >= 2 &&
                (words <= pipes + MENU_PART_WORDS * (pipes + 1) || l->stop < MENU_PROSE_STOPS);
    l->linky = (urls > 0 && words <= 2 * urls + 3) || menu;
    /* Mostly link text, where the dump's markup or link numbers say so. */
    l->linked = c->markdown && !l->linky && blk->link_chars * 2 > blk->chars;
    l->link_text = !l->linky && blk->link_chars * 2 > blk->chars;
    if (blk->link_chars * 2 > blk->chars)
        l->linky = true;
    l->icons = icons >= 3 && icons * 5 >= words;
    l->row = (blk->flags & NEWSCLEAN_BF_ROW) != 0;

    /* First letter's case, and the last mark once closers are stripped. */
    l->lower = false;
    for (size_t k = 0, len; k < n; k += len) {
        uint32_t cp = newsclean_utf8_decode((const char *)s, n, k, &len);
        if (is_letter(cp)) {
            l->lower = newsclean_cp_is_lower(cp);
            break;
        }
        if (cp >= '0' && cp <= '9')
            break;
    }
    l->endp = false;
    l->period = false;
    size_t j = n;
    while (j > 0) {
        size_t st = j - 1;
        while (st > 0 && (s[st] & 0xC0) == 0x80)
            st--;
        size_t k;
        uint32_t cp = newsclean_utf8_decode((const char *)s, j, st, &k);
        if (is_closer(cp) || cp == ' ') {
            j = st;
            continue;
        }
        /* "…" is how teasers end when cut short, not how sentences end. */
        l->endp = is_stop_mark(cp) && cp != 0x2026 &&
                  !(cp == '.' && st >= 2 && s[st - 1] == '.' && s[st - 2] == '.');
        l->period = cp == '.' || cp == ':' || cp == ';' || cp == 0x3002;
        break;
    }
}

bool
newsclean_td_match_begin(newsclean_td_ctx *c)
{
    return newsclean_rx_match_new(&c->md, &c->mc, c->r->re, 0, PHRASE_MATCH_LIMIT,
                                  PHRASE_DEPTH_LIMIT);
}

void
newsclean_td_match_end(newsclean_td_ctx *c)
{
    newsclean_rx_match_free(&c->md, &c->mc);
}

/* Match the phrase table against the start of line i; sets why/kind/barrier. */
void
newsclean_td_phrases(const newsclean_td_ctx *c, newsclean_td_line *l, size_t words)
{
    const newsclean_block *blk = &c->b->v[l->bi];
    /* A line longer than every rule allows is prose: no need to run the table. */
    if (words > c->r->longest)
        return;
    size_t n = blk->len < PHRASE_SCAN_BYTES ? blk->len : PHRASE_SCAN_BYTES;
    while (n > 0 && n < blk->len && ((unsigned char)blk->text[n] & 0xC0) == 0x80)
        n--;
    /* At the line start the whole table; failing that, the rules that may match inside
     * the line. The leftmost match is the same as one unanchored run of the whole table
     * would give, since anchored rules cannot match past the start. */
    const size_t *map = NULL;
    int rc = pcre2_match(c->r->re, (PCRE2_SPTR)blk->text, n, 0, 0, c->md, c->mc);
    if (rc <= 0 && c->r->inner) {
        rc = pcre2_match(c->r->inner, (PCRE2_SPTR)blk->text, n, 0, 0, c->md, c->mc);
        map = c->r->inner_rule;
    }
    if (rc <= 0)
        return;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
    for (size_t g = 1; g <= c->r->nrules && g < (size_t)rc; g++) {
        if (ov[2 * g] == PCRE2_UNSET)
            continue;
        const rule *ru = &c->r->rules[map ? map[g - 1] : g - 1];
        if (words > ru->e->limit)
            return;
        /* "By" and its kin start sentences too ("Por eso, ..."): after a one-word cue a
         * byline goes on with a capitalised name, and it never ends like a sentence. */
        if (ru->kind == NEWSCLEAN_TD_K_BYLINE) {
            uint32_t cp = 0;
            size_t at = ov[2 * g + 1];
            bool one_word = memchr(blk->text, ' ', at - 1) == NULL;
            size_t k;
            if (at < blk->len)
                cp = newsclean_utf8_decode(blk->text, blk->len, at, &k);
            if (l->period || (one_word && !newsclean_cp_is_upper(cp)))
                return;
        }
        l->why = ru->e->reason;
        l->kind = ru->kind;
        l->barrier = (ru->e->flags & NEWSCLEAN_LXE_BARRIER) != 0;
        return;
    }
}

unsigned
newsclean_td_consent_words(const newsclean_td_ctx *c, size_t i)
{
    const newsclean_block *blk = &c->b->v[c->ln[i].bi];
    unsigned hits = 0;
    PCRE2_SIZE at = 0;
    while (hits < 255 && at < blk->len &&
           pcre2_match(c->r->consent, (PCRE2_SPTR)blk->text, blk->len, at, 0, c->md, c->mc) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
        hits++;
        at = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    }
    return hits;
}

/* Whether one of the rules' patterns finds a match in line i. */
static bool
line_matches(const newsclean_td_ctx *c, const pcre2_code *re, size_t i)
{
    return pcre2_match(re, (PCRE2_SPTR)newsclean_td_text(c, i), newsclean_td_len(c, i), 0, 0, c->md,
                       c->mc) > 0;
}

bool
newsclean_td_form_consent(const newsclean_td_ctx *c, size_t i)
{
    return line_matches(c, c->r->form_consent, i);
}

/* Fold a word and hash it; false for short words and function words, which say
 * nothing about the topic. */
bool
newsclean_td_word_hash(const newsclean_td_ctx *c, const unsigned char *s, size_t n, uint64_t *out)
{
    size_t a, b;
    word_core(s, n, &a, &b);
    /* Words of 61 bytes and more are no topic words (long tokens are links and codes). */
    char low[61];
    size_t m = b - a;
    if (m < 4 || m >= sizeof low)
        return false;
    newsclean_fold((const char *)s + a, m, low);
    if (stop_has(c->r, low, m))
        return false;
    *out = newsclean_hash(low, m, 0) | 1; /* never 0: 0 marks an empty slot */
    return true;
}

bool
newsclean_td_prompt(const newsclean_td_ctx *c, size_t i)
{
    const newsclean_block *blk = &c->b->v[c->ln[i].bi];
    for (size_t k = 0; k < 2; k++) {
        if (blk->len <= c->r->closing_max[k] &&
            pcre2_match(c->r->closing[k], (PCRE2_SPTR)blk->text, blk->len, 0, 0, c->md, c->mc) > 0)
            return true;
    }
    return false;
}

bool
newsclean_td_post_furniture(const newsclean_td_ctx *c, size_t i)
{
    return line_matches(c, c->r->post_furniture, i);
}

/* A button's words: short. */
#define CTA_MAX_BYTES 40

bool
newsclean_td_call_to_action(const newsclean_td_ctx *c, size_t i)
{
    return newsclean_td_len(c, i) <= CTA_MAX_BYTES && line_matches(c, c->r->cta, i);
}
