/* dates_html.c: weigh every date signal of a parsed HTML page (JSON-LD, meta tags, <time>,
 * microdata, hAtom, the URL path, visible datelines near the headline) into one
 * publication time and one modified time. The page's one walk (dom.c, facts.h) hands each
 * element and text to the reader below, which keeps the signals and where they stand;
 * newsclean_dates_decide weighs them once the walk is over. */
#include "dates.h"
#include "dates_rules.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "buf.h"
#include "textutil.h"
#include "facts.h"
#include "page_limits.h"

/* Most candidates kept per page: real pages give a few dozen; listing pages more, and
 * past this many the first ones (nearer the top) are the ones worth having. The last
 * FIXED_RESERVE slots are kept for JSON-LD, meta tags and the URL, which pages often put
 * after all the visible text. */
#define MAX_CANDS 256
#define FIXED_RESERVE 64
/* Text nodes searched for dates; each search runs every date pattern over the node. */
#define MAX_TEXT_SCANS 4000
/* Visible text (non-space bytes) searched for datelines: an article's date stands near its
 * top, and a page with more text before its article than this has lost its reader. */
#define TEXT_SCAN_LIMIT (32 * 1024)
/* The same when the page declares its date in JSON-LD or <head> meta. */
#define DECLARED_SCAN_LIMIT (4 * 1024)
/* Longer text nodes are body paragraphs: a date inside one is a mention, not a dateline,
 * unless it opens the paragraph, so only this much of their start is read. */
#define TEXT_NODE_MAX 400
#define LEAD_MAX 48
/* Nodes examined when deciding whether a would-be skipped region holds the article, per
 * region and per page: regions that are kept get examined again for their inner parts,
 * so only a page-wide budget keeps nested ones linear. */
#define RESCUE_NODES 20000
#define RESCUE_BUDGET 200000
/* Nodes visited when collecting the text of one small element. */
#define GATHER_NODES 200
/* Text this long (non-space bytes) in one node marks where the article body begins. */
#define LONG_TEXT 160
/* A date-classed element holding more text than this is a container, not a dateline. */
#define GATHER_MAX 240
/* JSON-LD limits: page_limits.h. */
#define LD_MAX NEWSCLEAN_MAX_JSONLD_BYTES
#define LD_TOTAL NEWSCLEAN_MAX_JSONLD_TOTAL
#define LD_DEPTH NEWSCLEAN_MAX_JSONLD_DEPTH
#define LD_ITEMS NEWSCLEAN_MAX_JSONLD_ITEMS
/* Bytes of class+id examined per element; longer strings are utility-class soup. */
#define CLASS_MAX 256
/* Slots of the per-page cache of class verdicts; a collision only costs a re-match. */
#define CLASS_CACHE 509
/* A label ("Published", "Updated") applies to a date this many bytes after it. */
#define LABEL_REACH 100
/* Least score for a published or modified date to be reported at all. */
#define MIN_SCORE 40

/* ---------- trust ----------
 *
 * What each kind of signal is worth, on one scale: MIN_SCORE is the least reported, and a
 * declared date of TRUST_DECLARED or more makes the visible text count only near the top. */
/* Declared in JSON-LD or <head> meta with this trust or more: the page states its date. */
#define TRUST_DECLARED 80
/* JSON-LD datePublished by the schema.org type that holds it: an article or post; a web
 * page; a media object; another or unknown type; the whole web site. */
#define TRUST_LD_ARTICLE 100
#define TRUST_LD_PAGE 75
#define TRUST_LD_MEDIA 70
#define TRUST_LD_OTHER 80
#define TRUST_LD_SITE 60
/* The publication time a script's JSON state gives, when all its such fields agree. */
#define TRUST_STATE 50
/* Bytes of scripts read for their state, per page, and fields read. */
#define STATE_TOTAL (4u << 20)
#define STATE_FIELDS 16
/* Longest value of a state's date field. */
#define STATE_VALUE_MAX 40
/* A date field read out of JSON-LD too broken to parse. */
#define TRUST_LD_BROKEN 78
/* A <meta> name not in the table that still says published or modified. */
#define TRUST_META_UNLISTED 70
/* hAtom's <abbr class="published" title="...">. */
#define TRUST_HATOM 85
/* A day in the URL path. */
#define TRUST_URL 60
/* <time> scores: marked as the publication time, or not; before the place on the page. */
#define TRUST_TIME_STRONG 85
#define TRUST_TIME 55
/* A date in visible text, before its label, hints, shape and place add to it. */
#define TRUST_TEXT 25

/* Signal groups; agreement between different groups is what counts as corroboration. */
enum { SRC_LD, SRC_META, SRC_MARKUP, SRC_URL, SRC_TEXT };
/* How a candidate's score is computed once the page layout is known. */
enum { K_FIXED, K_TIME, K_TEXT };
enum { LBL_NONE, LBL_PUB, LBL_MOD };

/* Context flags, inherited down the tree. */
#define C_SKIP (1u << 0)    /* comments, related lists, sidebars, footers, navigation */
#define C_ARTICLE (1u << 1) /* inside <article>, <main>, itemprop=articleBody */
#define C_HINT (1u << 2)    /* inside an element whose class/id looks like a dateline */
#define C_PUBHINT (1u << 3) /* ... whose class/id says published/posted */
#define C_MODHINT (1u << 4) /* ... whose class/id says updated/modified */
#define C_DONE (1u << 5)    /* text already searched as part of a dateline element */
#define C_HEAD (1u << 6)    /* inside <head>: nothing visible */
#define C_SOFT (1u << 7)    /* sidebars, footers, teasers: dates there are suspect */

/* Candidate flags, for the score. */
#define CF_ARTICLE (1u << 0)
#define CF_HINT (1u << 1)
#define CF_STRONG (1u << 2) /* the markup itself says "published" (itemprop, pubdate, class) */
#define CF_LABEL (1u << 3)  /* a "Published ..." label stands before it */
#define CF_MOSTLY (1u << 4) /* its text node is little more than the date */
#define CF_LEAD (1u << 5)   /* it opens its paragraph: "(18.01.2018) Farmers fear ..." */
#define CF_SOFT (1u << 6)   /* it sits in a sidebar, footer or teaser */

typedef struct {
    char v[NEWSCLEAN_DATE_MAX];
    int score;
    unsigned char src, kind;
    bool mod;
    unsigned cf;
    size_t pos; /* visible bytes before it */
} cand;

typedef struct {
    const struct newsclean_date_rules *r;
    newsclean_date_scan sc;
    cand *c;
    size_t nc;
    size_t pos; /* visible non-space bytes seen so far */
    size_t h1_first, h1_article, h_alt, main_pos;
    size_t h1_titled; /* the first <h1> with text */
    size_t long_pos[64];
    size_t nlong;
    size_t body_last; /* where the last long text node ends */
    int pending;      /* a label seen in text, waiting for its date */
    size_t pending_pos;
    size_t text_scans;
    size_t ld_items, ld_bytes, state_bytes;
    size_t rescue_left;
    char *canon; /* rel=canonical or og:url, owned */
    newsclean_buf tmp, tmp2;
    bool declared; /* a trusted published date was declared (JSON-LD, <head> meta) */
    /* Verdicts of the class patterns per class/id string: pages repeat the same names on
     * hundreds of elements. 0 hash marks an empty slot. */
    struct {
        uint64_t hash;
        unsigned bits;
    } class_cache[CLASS_CACHE];
} ctx;

struct newsclean_date_facts {
    ctx c;
};

static const char *
attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (a->name && a->name[0] == name[0] && strcmp((const char *)a->name, name) == 0) {
            if (a->children && a->children->type == XML_TEXT_NODE && a->children->content)
                return (const char *)a->children->content;
            return "";
        }
    }
    return NULL;
}

/* The first letters are compared before the call: it runs for every node of some walks,
 * and most names differ there. */
static bool
name_is(const xmlNode *n, const char *name)
{
    return n->name && n->name[0] == name[0] && strcmp((const char *)n->name, name) == 0;
}

static bool
search(ctx *c, const pcre2_code *re, const char *s, size_t n, size_t *ms, size_t *me)
{
    size_t a, b;
    if (!newsclean_date_search(re, &c->sc, s, n, 0, ms ? ms : &a, me ? me : &b))
        return false;
    return true;
}

/* What the class patterns say of one class/id string, cached per page. */
enum { CL_SKIP = 1, CL_SOFT = 2, CL_PUB = 4, CL_MOD = 8, CL_DATE = 16, CL_KNOWN = 32 };

static bool has_token(const char *list, const char *word);

/* A cached verdict for 'key', or false. */
static bool
cached(const ctx *c, uint64_t key, unsigned *bits)
{
    size_t slot = (size_t)(key % CLASS_CACHE);
    if (c->class_cache[slot].hash != key)
        return false;
    *bits = c->class_cache[slot].bits;
    return true;
}

static void
cache(ctx *c, uint64_t key, unsigned bits)
{
    size_t slot = (size_t)(key % CLASS_CACHE);
    c->class_cache[slot].hash = key;
    c->class_cache[slot].bits = bits;
}

/* The bits of one name of a class list (or of an id), cached per page: class lists
 * differ far more than the names they are made of ("btn btn-primary", "btn btn-link"). */
static unsigned
token_bits(ctx *c, const char *t, size_t n, bool is_class)
{
    uint64_t key = newsclean_hash(t, n, is_class ? 2 : 3) | 1;
    unsigned bits;
    if (cached(c, key, &bits))
        return bits;
    bits = 0;
    /* Most names hold none of the patterns' words: only the patterns that may match run. */
    unsigned may = newsclean_class_candidates(c->r, t, n);
    if ((may & NEWSCLEAN_CLS_SKIP) && search(c, c->r->skip_class, t, n, NULL, NULL))
        bits |= CL_SKIP;
    if ((may & NEWSCLEAN_CLS_SOFT) && search(c, c->r->soft_class, t, n, NULL, NULL))
        bits |= CL_SOFT;
    if ((may & NEWSCLEAN_CLS_PUB) && search(c, c->r->pub_class, t, n, NULL, NULL))
        bits |= CL_PUB;
    if ((may & NEWSCLEAN_CLS_MOD) && search(c, c->r->mod_class, t, n, NULL, NULL))
        bits |= CL_MOD;
    if ((may & NEWSCLEAN_CLS_DATE) && search(c, c->r->date_class, t, n, NULL, NULL))
        bits |= CL_DATE;
    cache(c, key, bits);
    return bits;
}

/* The bits of one class or id value ('is_class' says which), cached per page. The
 * patterns see the two separately: classes repeat across a page, ids do not. */
static unsigned
class_bits(ctx *c, const char *raw, size_t raw_n, bool is_class)
{
    unsigned bits;
    /* The value as written first: most repeat verbatim on the page, and then neither the
     * folding below nor the split into names is needed. */
    uint64_t raw_key = newsclean_hash(raw, raw_n, is_class ? 4 : 5) | 1;
    if (cached(c, raw_key, &bits))
        return bits;
    /* Digit runs read as one '0': generated names ("comment-48213", "post-1187") then
     * share one cache entry, and the class patterns, which never look at the value of a
     * number, give the same verdict. */
    char cls[CLASS_MAX];
    size_t n = 0;
    bool after_digit = false;
    for (size_t i = 0; i < raw_n && n < sizeof cls - 1; i++) {
        char ch = raw[i];
        bool digit = ch >= '0' && ch <= '9';
        if (!(digit && after_digit))
            cls[n++] = digit ? '0' : ch;
        after_digit = digit;
    }
    cls[n] = '\0';
    uint64_t key = newsclean_hash(cls, n, is_class ? 0 : 1) | 1;
    if (cached(c, key, &bits)) {
        cache(c, raw_key, bits);
        return bits;
    }
    /* No pattern matches across a blank (they match letters, digits, '_' and '-'), so the
     * verdict on the whole value is the union of the verdicts on its names, split where
     * has_token splits them. */
    unsigned any = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (cls[i] == ' ' || cls[i] == '\t' || cls[i] == '\n'))
            i++;
        size_t b = i;
        while (i < n && cls[i] != ' ' && cls[i] != '\t' && cls[i] != '\n')
            i++;
        if (i > b)
            any |= token_bits(c, cls + b, i - b, is_class);
    }
    bits = CL_KNOWN | (any & (CL_SKIP | CL_SOFT));
    if (any & CL_PUB)
        bits |= CL_PUB;
    else if (any & CL_MOD)
        bits |= CL_MOD;
    if ((bits & (CL_PUB | CL_MOD)) || (any & CL_DATE))
        bits |= CL_DATE;
    cache(c, key, bits);
    cache(c, raw_key, bits);
    return bits;
}

static bool
has(ctx *c, const pcre2_code *re, const char *s)
{
    return s && *s && search(c, re, s, strlen(s), NULL, NULL);
}

/* Case-insensitive: does the space-separated list 'list' contain 'word'? */
static bool
has_token(const char *list, const char *word)
{
    size_t wn = strlen(word);
    const char *p = list;
    while (p && *p) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        const char *e = p;
        while (*e && *e != ' ' && *e != '\t' && *e != '\n')
            e++;
        if ((size_t)(e - p) == wn) {
            size_t i = 0;
            while (i < wn && (p[i] | 0x20) == (word[i] | 0x20))
                i++;
            if (i == wn)
                return true;
        }
        p = e;
    }
    return false;
}

static void
add(ctx *c, const char *v, int src, int kind, bool mod, int score, unsigned cf, size_t pos)
{
    if (c->nc >= MAX_CANDS || !v[0] || (kind != K_FIXED && c->nc >= MAX_CANDS - FIXED_RESERVE))
        return;
    cand *k = &c->c[c->nc++];
    memcpy(k->v, v, NEWSCLEAN_DATE_MAX);
    k->src = (unsigned char)src;
    k->kind = (unsigned char)kind;
    k->mod = mod;
    k->score = score;
    k->cf = cf;
    k->pos = pos;
    if (!mod && score >= TRUST_DECLARED && (src == SRC_LD || src == SRC_META))
        c->declared = true;
}

/* Parse a whole attribute value; failing that, find a date inside a short one. */
static bool
value_date(ctx *c, const char *s, char out[NEWSCLEAN_DATE_MAX])
{
    size_t n = s ? strlen(s) : 0;
    if (n == 0)
        return false;
    if (newsclean_date_parse_sc(c->r, &c->sc, s, n, out))
        return true;
    return n <= 120 && newsclean_date_find_sc(c->r, &c->sc, s, n, out, NULL, NULL);
}

/* Which label, if any, stands in s[a..b): the later of "Published" and "Updated". */
static int
label_in(ctx *c, const char *s, size_t a, size_t b)
{
    size_t ps, pe, ms, me;
    if (b <= a)
        return LBL_NONE;
    /* Most short texts hold no label word: only the patterns that may match run. */
    unsigned may = newsclean_label_candidates(c->r, s + a, b - a);
    bool p = (may & NEWSCLEAN_LABEL_PUB) &&
             newsclean_date_search(c->r->label_pub, &c->sc, s, b, a, &ps, &pe);
    bool m = (may & NEWSCLEAN_LABEL_MOD) &&
             newsclean_date_search(c->r->label_mod, &c->sc, s, b, a, &ms, &me);
    if (p && m)
        return ms > ps ? LBL_MOD : LBL_PUB;
    return m ? LBL_MOD : p ? LBL_PUB : LBL_NONE;
}

/* ---------- JSON-LD ---------- */

/* Trust in a schema.org type's datePublished; 0 for types whose dates are not the page's
 * (a comment, a person's birth, an image's upload). */
static int
type_trust_one(const ctx *c, const char *t)
{
    size_t n = strlen(t);
    uint64_t cls = newsclean_lex_words_get(c->r->names, t, n);
    if (cls >> NEWSCLEAN_LX_LD_DATE_SKIP & 1u)
        return 0;
    if ((n >= 7 && strcmp(t + n - 7, "Article") == 0) ||
        (n >= 7 && strcmp(t + n - 7, "Posting") == 0) || (cls >> NEWSCLEAN_LX_LD_DATE_ARTICLE & 1u))
        return TRUST_LD_ARTICLE;
    if (cls >> NEWSCLEAN_LX_LD_DATE_PAGE & 1u)
        return TRUST_LD_PAGE;
    if (strcmp(t, "WebSite") == 0)
        return TRUST_LD_SITE;
    if (strstr(t, "Object"))
        return TRUST_LD_MEDIA; /* VideoObject, AudioObject, MediaObject */
    return TRUST_LD_OTHER;
}

static int
type_trust(const ctx *c, const json_t *t)
{
    if (json_is_string(t))
        return type_trust_one(c, json_string_value(t));
    if (json_is_array(t)) {
        int best = -1;
        size_t i;
        const json_t *e;
        json_array_foreach(t, i, e)
        {
            if (json_is_string(e)) {
                int v = type_trust_one(c, json_string_value(e));
                if (v == 0)
                    return 0;
                if (v > best)
                    best = v;
            }
        }
        return best < 0 ? TRUST_LD_OTHER : best;
    }
    return TRUST_LD_OTHER;
}

static void
ld_walk(ctx *c, const json_t *v, int depth)
{
    static const char *const nested[] = {"@graph", "mainEntity", "mainEntityOfPage"};
    char d[NEWSCLEAN_DATE_MAX];
    if (depth > LD_DEPTH || ++c->ld_items > LD_ITEMS)
        return;
    if (json_is_array(v)) {
        size_t i;
        const json_t *e;
        json_array_foreach(v, i, e) ld_walk(c, e, depth + 1);
        return;
    }
    if (!json_is_object(v))
        return;
    int trust = type_trust(c, json_object_get(v, "@type"));
    const json_t *s = json_object_get(v, "datePublished");
    if (trust > 0 && json_is_string(s) && value_date(c, json_string_value(s), d))
        add(c, d, SRC_LD, K_FIXED, false, trust, 0, 0);
    /* dateModified gives the record's modified time; the published time is chosen among
     * published candidates alone (choose()). */
    const json_t *m = json_object_get(v, "dateModified");
    if (trust > 0 && json_is_string(m) && value_date(c, json_string_value(m), d))
        add(c, d, SRC_LD, K_FIXED, true, trust, 0, 0);
    for (int k = 0; k < 3; k++) {
        const json_t *e = json_object_get(v, nested[k]);
        if (json_is_object(e) || json_is_array(e))
            ld_walk(c, e, depth + 1);
    }
}

/* A JSON-LD script as the walk read it (facts.h): its tree, or the text of one that would
 * not parse. */
static void
ld_script(ctx *c, const newsclean_jsonld *ld)
{
    if (!ld)
        return;
    size_t n = ld->len;
    if (n > LD_MAX || n > LD_TOTAL - c->ld_bytes)
        return;
    c->ld_bytes += n;
    if (ld->root) {
        ld_walk(c, ld->root, 0);
        return;
    }
    if (!ld->broken)
        return;
    /* Pages wrap JSON-LD in HTML comments or CDATA markers; read from the first bracket
     * to the last. */
    const char *s = ld->broken;
    size_t a = 0, b = n;
    while (a < n && s[a] != '{' && s[a] != '[')
        a++;
    while (b > a && s[b - 1] != '}' && s[b - 1] != ']')
        b--;
    if (b <= a)
        return;
    /* Broken JSON (raw newlines in strings, trailing commas) is common; the date fields
     * themselves are simple strings, so read them directly, trusting them a bit less. */
    size_t pos = a;
    for (int k = 0; k < 16; k++) {
        int rc = pcre2_match(c->r->ld_field, (PCRE2_SPTR)s, b, pos, 0, c->sc.md, c->sc.mc);
        if (rc < 0)
            break;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->sc.md);
        char d[NEWSCLEAN_DATE_MAX];
        /* Groups: 1 = key, 2 = value. Copied out: parsing the value reuses the match data. */
        size_t ks = ov[2], kl = ov[3] - ov[2], vs = ov[4], vl = ov[5] - ov[4];
        pos = ov[1];
        bool mod = kl == 12 && memcmp(s + ks, "dateModified", 12) == 0;
        if (newsclean_date_parse_sc(c->r, &c->sc, s + vs, vl, d))
            add(c, d, SRC_LD, K_FIXED, mod, TRUST_LD_BROKEN, 0, 0);
    }
}

/* Read the state fields of one script text s[0..n) into 'first' (the first day read) and
 * *fields; false when two of them name different days. */
static bool
state_fields(ctx *c, const char *s, size_t n, char first[NEWSCLEAN_DATE_MAX], int *fields)
{
    char d[NEWSCLEAN_DATE_MAX];
    size_t pos = 0, ms, me;
    while (*fields < STATE_FIELDS &&
           newsclean_date_search(c->r->state_key, &c->sc, s, n, pos, &ms, &me)) {
        size_t e = me;
        while (e < n && e - me <= STATE_VALUE_MAX && s[e] != '"')
            e++;
        pos = e;
        if (e >= n || s[e] != '"' || !newsclean_date_parse_sc(c->r, &c->sc, s + me, e - me, d))
            continue;
        (*fields)++;
        if (!first[0])
            memcpy(first, d, NEWSCLEAN_DATE_MAX);
        else if (strncmp(first, d, 10) != 0)
            return false;
    }
    return true;
}

/* A script that hands the page's app its data as JSON ("publishedDate": "...",
 * "createdAt": "..."): pages that render in the browser may carry their date nowhere else.
 * Such state often holds other stories too, so it counts only when every such field
 * read gives the same day, and then below any date the page declares or shows. The JSON
 * may also stand inside a string of the script, its quotes escaped ("{\"publishedDate\":
 * \"...\"}"): it is read with them unescaped. */
static void
state_script(ctx *c, const xmlNode *el)
{
    char first[NEWSCLEAN_DATE_MAX] = "";
    int fields = 0;
    for (const xmlNode *k = el->children; k; k = k->next) {
        if ((k->type != XML_TEXT_NODE && k->type != XML_CDATA_SECTION_NODE) || !k->content)
            continue;
        const char *s = (const char *)k->content;
        size_t n = strlen(s);
        if (n > STATE_TOTAL - c->state_bytes)
            return;
        c->state_bytes += n;
        if (!state_fields(c, s, n, first, &fields))
            return;
        if (fields || !strstr(s, "\\\""))
            continue;
        newsclean_buf u;
        newsclean_buf_init(&u);
        bool ok = newsclean_buf_reserve(&u, n + 1);
        for (size_t i = 0; ok && i < n; i++)
            if (!(s[i] == '\\' && i + 1 < n && s[i + 1] == '"'))
                u.data[u.len++] = s[i];
        ok = ok && state_fields(c, u.data, u.len, first, &fields);
        newsclean_buf_free(&u);
        if (!ok)
            return;
    }
    if (first[0])
        add(c, first, SRC_LD, K_FIXED, false, TRUST_STATE, 0, 0);
}

/* ---------- meta tags ---------- */

typedef struct {
    const char *key; /* lowercase, without '-', '_', '.', ':' and spaces */
    int score;
    bool mod;
} meta_key;

static const meta_key meta_keys[] = {
    {"articlepublishedtime", 95, false},
    {"ogarticlepublishedtime", 95, false},
    {"ogpublishedtime", 93, false},
    {"datepublished", 93, false},
    {"articlepublished", 90, false},
    {"publishedtime", 90, false},
    {"parselypubdate", 90, false},
    {"cxenseparserecspublishtime", 90, false},
    {"originalpublicationdate", 90, false},
    {"articledateoriginal", 90, false},
    {"publishdate", 88, false},
    {"publishtime", 88, false},
    {"pubdate", 88, false},
    {"publicationdate", 88, false},
    {"dcdateissued", 88, false},
    {"dctermsissued", 88, false},
    {"citationpublicationdate", 88, false},
    {"dcdatepublished", 88, false},
    {"dctermscreated", 85, false},
    {"dcdatecreated", 85, false},
    {"dccreated", 85, false},
    {"datecreated", 85, false},
    {"sailthrudate", 85, false},
    {"citationdate", 85, false},
    {"citationonlinedate", 85, false},
    {"displaydate", 85, false},
    {"btpubdate", 85, false},
    {"pdate", 85, false},
    {"articledate", 85, false},
    {"dcdate", 80, false},
    {"dctermsdate", 80, false},
    {"releasedate", 78, false},
    {"date", 78, false},
    {"created", 70, false},
    {"articlemodifiedtime", 95, true},
    {"ogarticlemodifiedtime", 95, true},
    {"datemodified", 93, true},
    {"ogupdatedtime", 90, true},
    {"modifiedtime", 90, true},
    {"updatedtime", 90, true},
    {"articlemodified", 90, true},
    {"articleupdatedtime", 90, true},
    {"dctermsmodified", 90, true},
    {"dcdatemodified", 90, true},
    {"lastmodified", 85, true},
    {"lastupdated", 85, true},
    {"modified", 80, true},
    {"updated", 80, true},
};

static void
meta(ctx *c, const xmlNode *el, unsigned f)
{
    const char *keys[3] = {attr(el, "property"), attr(el, "name"), attr(el, "itemprop")};
    const char *content = attr(el, "content");
    char k[64], d[NEWSCLEAN_DATE_MAX];
    if (!content || (f & C_SKIP))
        return;
    if (!c->canon && keys[0] && strcmp(keys[0], "og:url") == 0)
        c->canon = newsclean_strdup(content);
    if (!keys[0] && !keys[1] && !keys[2])
        keys[0] = attr(el, "http-equiv");
    bool parsed = false;
    for (int i = 0; i < 3; i++) {
        const char *key = keys[i];
        size_t n = 0;
        if (!key)
            continue;
        for (; *key && n + 1 < sizeof k; key++) {
            unsigned char ch = (unsigned char)*key;
            if (ch == '-' || ch == '_' || ch == '.' || ch == ':' || ch == ' ')
                continue;
            k[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        }
        k[n] = '\0';
        int score = 0;
        bool mod = false;
        for (size_t j = 0; j < sizeof meta_keys / sizeof meta_keys[0]; j++) {
            if (strcmp(k, meta_keys[j].key) == 0) {
                score = meta_keys[j].score;
                mod = meta_keys[j].mod;
                break;
            }
        }
        if (!score) {
            /* Unlisted names that still say what they hold ("article_publish_date"). */
            if (strstr(k, "modif") || strstr(k, "updat")) {
                score = TRUST_META_UNLISTED;
                mod = true;
            } else if ((strstr(k, "publi") && !strstr(k, "publisher")) || strstr(k, "pubdate")) {
                score = TRUST_META_UNLISTED;
            }
        }
        if (!score)
            continue;
        if (!parsed && !value_date(c, content, d))
            return;
        parsed = true;
        add(c, d, (f & C_HEAD) || !keys[2] ? SRC_META : SRC_MARKUP, K_FIXED, mod, score, 0, c->pos);
        return;
    }
}

/* ---------- the URL ---------- */

static bool
digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return n > 0;
}

static int
atoin(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

/* A day in the URL path: /2020/01/10/, /2020-01-10-slug, /20200110/. A bare /2020/01/
 * names only the month and is not used: inventing a day would be a guess. */
static bool
url_day(const char *u, char out[NEWSCLEAN_DATE_MAX])
{
    const char *p = strstr(u, "://");
    p = p ? strchr(p + 3, '/') : u;
    if (!p)
        return false;
    size_t n = strcspn(p, "?#");
    for (size_t i = 0; i + 9 <= n; i++) {
        char sep0 = p[i];
        if (sep0 != '/' && sep0 != '-' && sep0 != '_')
            continue;
        const char *q = p + i + 1;
        size_t rest = n - i - 1;
        if (rest < 8 || !digits(q, 4))
            continue;
        int y = atoin(q, 4);
        /* /YYYY/M/D/ or /YYYY-MM-DD */
        if (rest >= 8 && (q[4] == '/' || q[4] == '-' || q[4] == '_')) {
            char sep = q[4];
            size_t j = 5, m0 = j;
            while (j < rest && j - m0 < 3 && q[j] >= '0' && q[j] <= '9')
                j++;
            size_t ml = j - m0;
            if (ml < 1 || ml > 2 || j >= rest || q[j] != sep)
                continue;
            size_t d0 = ++j;
            while (j < rest && j - d0 < 3 && q[j] >= '0' && q[j] <= '9')
                j++;
            size_t dl = j - d0;
            if (dl < 1 || dl > 2)
                continue;
            /* "/2020/01/10-things-to-do" is a month URL with a numbered slug. */
            char after = j < rest ? q[j] : '\0';
            if (sep == '/' ? !(after == '/' || after == '\0' || after == '.')
                           : (after >= '0' && after <= '9'))
                continue;
            if (newsclean_date_format(y, atoin(q + m0, ml), atoin(q + d0, dl), -1, 0, 0, 0, 0, out))
                return true;
            continue;
        }
        if (digits(q, 8) && (rest == 8 || !(q[8] >= '0' && q[8] <= '9')) &&
            newsclean_date_format(y, atoin(q + 4, 2), atoin(q + 6, 2), -1, 0, 0, 0, 0, out))
            return true;
    }
    return false;
}

/* ---------- visible text ---------- */

static size_t
nonspace(const char *s, size_t n)
{
    size_t k = 0, i = 0;
#ifdef __SSE2__
    /* Sixteen bytes a step: every text node of the page is counted. */
    const __m128i sp = _mm_set1_epi8(' '), nl = _mm_set1_epi8('\n'), tab = _mm_set1_epi8('\t'),
                  cr = _mm_set1_epi8('\r');
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i blank = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, sp), _mm_cmpeq_epi8(v, nl)),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, cr)));
        unsigned m = (unsigned)_mm_movemask_epi8(blank);
        /* Blanks among the sixteen, counted without a popcount instruction. */
        m = m - ((m >> 1) & 0x5555u);
        m = (m & 0x3333u) + ((m >> 2) & 0x3333u);
        m = (m + (m >> 4)) & 0x0F0Fu;
        m = (m + (m >> 8)) & 0x1Fu;
        k += 16 - m;
    }
#endif
    for (; i < n; i++)
        if (!(s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'))
            k++;
    return k;
}

/* Words (runs of two or more letters) in s[0..n), counting any non-ASCII byte as a letter;
 * stops counting at 'cap'. */
static size_t
words(const char *s, size_t n, size_t cap)
{
    size_t w = 0, run = 0;
    for (size_t i = 0; i <= n && w < cap; i++) {
        unsigned char ch = i < n ? (unsigned char)s[i] : ' ';
        if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z' ? true : ch >= 0x80) {
            run++;
        } else {
            if (run >= 2)
                w++;
            run = 0;
        }
    }
    return w;
}

static bool gather(const xmlNode *n, newsclean_buf *b);

/* Does the short text of 'el' name the act after the date ("... von Heiner geschrieben")? */
static bool
label_after_in(ctx *c, const xmlNode *el)
{
    size_t a, b;
    if (!el)
        return false;
    return gather(el, &c->tmp2) &&
           newsclean_date_search(c->r->label_after, &c->sc, c->tmp2.data, c->tmp2.len, 0, &a, &b);
}

/* Search a short piece of visible text for dates, each read with the label before it.
 * 'parent' is the element around a lone text node (NULL for gathered text). */
static void
scan_text(ctx *c, const char *s, size_t n, size_t pos0, unsigned f, const xmlNode *parent)
{
    char d[NEWSCLEAN_DATE_MAX];
    bool lead_only = false;
    if (n > TEXT_NODE_MAX) {
        c->pending = LBL_NONE;
        n = LEAD_MAX;
        lead_only = true;
    }
    if (!newsclean_date_has_digit(s, n)) {
        /* "Published:" alone in its element, the date in the next one. */
        if (n <= 80) {
            int l = label_in(c, s, 0, n);
            if (l != LBL_NONE) {
                c->pending = l;
                c->pending_pos = pos0;
            }
        }
        return;
    }
    if (c->text_scans >= MAX_TEXT_SCANS)
        return;
    c->text_scans++;
    if (search(c, c->r->copyright, s, n, NULL, NULL)) {
        c->pending = LBL_NONE;
        return; /* "© 2023 Example Media": a year of the site, not of the article */
    }
    size_t off = 0, ns = nonspace(s, n);
    int found = 0;
    while (found < 4 && off < n) {
        size_t ds, dl;
        if (!newsclean_date_find_sc(c->r, &c->sc, s + off, n - off, d, &ds, &dl))
            break;
        ds += off;
        if (lead_only && nonspace(s, ds) > 2)
            break;
        int l = label_in(c, s, ds > off + 60 ? ds - 60 : off, ds);
        size_t as, ae;
        if (l == LBL_NONE && found == 0 && c->pending != LBL_NONE &&
            pos0 - c->pending_pos <= LABEL_REACH)
            l = c->pending;
        if (l == LBL_NONE &&
            (newsclean_date_search(c->r->label_after, &c->sc, s,
                                   ds + dl + 60 < n ? ds + dl + 60 : n, ds + dl, &as, &ae) ||
             (!lead_only && label_after_in(c, parent))))
            l = LBL_PUB;
        unsigned cf = 0;
        if (f & C_ARTICLE)
            cf |= CF_ARTICLE;
        if (f & C_HINT)
            cf |= CF_HINT;
        if ((f & C_PUBHINT) && l != LBL_MOD)
            cf |= CF_STRONG;
        if (l == LBL_PUB)
            cf |= CF_LABEL;
        if (f & C_SOFT)
            cf |= CF_SOFT;
        /* A dateline, not a sentence: little else around the date ("By Ann Other |"),
         * where "The first bridge opened on 3 March 2001." has a clause. */
        if (!lead_only && ns <= nonspace(s + ds, dl) + 40 &&
            words(s, ds, 5) + words(s + ds + dl, n - ds - dl, 5) <= 4)
            cf |= CF_MOSTLY;
        else if (nonspace(s, ds) <= 2)
            cf |= CF_LEAD;
        bool mod = l == LBL_MOD || (l == LBL_NONE && (f & C_MODHINT));
        add(c, d, SRC_TEXT, K_TEXT, mod, 0, cf, pos0 + nonspace(s, ds));
        off = ds + dl;
        found++;
    }
    if (found) {
        c->pending = LBL_NONE;
    } else if (n <= 80 && !lead_only) {
        int l = label_in(c, s, 0, n);
        if (l != LBL_NONE) {
            c->pending = l;
            c->pending_pos = pos0;
        }
    }
}

static bool
gather_in(const xmlNode *n, newsclean_buf *b, int depth, size_t *budget)
{
    for (const xmlNode *k = n->children; k; k = k->next) {
        if (*budget == 0)
            return false;
        (*budget)--;
        if (k->type == XML_TEXT_NODE && k->content) {
            if (!newsclean_buf_append_str(b, (const char *)k->content))
                return false;
        } else if (k->type == XML_ELEMENT_NODE && depth < 12 && !name_is(k, "script") &&
                   !name_is(k, "style")) {
            if (!newsclean_buf_append_char(b, ' ') || !gather_in(k, b, depth + 1, budget) ||
                !newsclean_buf_append_char(b, ' '))
                return false;
        }
        if (b->len > GATHER_MAX)
            return false;
    }
    return true;
}

/* Text of a small element, into 'b' (emptied first), with a space at every element
 * boundary ("<b>10</b><i>Jan</i>" reads "10 Jan"). False once it passes GATHER_MAX
 * bytes or GATHER_NODES nodes, or if out of memory: then it is no small element. */
static bool
gather(const xmlNode *n, newsclean_buf *b)
{
    size_t budget = GATHER_NODES;
    b->len = 0;
    if (!newsclean_buf_reserve(b, 0))
        return false;
    b->data[0] = '\0';
    return gather_in(n, b, 0, &budget);
}

/* ---------- elements ---------- */

static int
time_kind(ctx *c, const xmlNode *el, unsigned f, const char *cls, bool *strong)
{
    const char *ip = attr(el, "itemprop");
    *strong = false;
    if (ip && (has_token(ip, "dateModified")))
        return LBL_MOD;
    if (ip && (has_token(ip, "datePublished") || has_token(ip, "dateCreated"))) {
        *strong = true;
        return LBL_PUB;
    }
    if (attr(el, "pubdate")) {
        *strong = true;
        return LBL_PUB;
    }
    if (has(c, c->r->pub_class, cls)) {
        *strong = true;
        return LBL_PUB;
    }
    if (has(c, c->r->mod_class, cls))
        return LBL_MOD;
    if (c->pending != LBL_NONE && c->pos - c->pending_pos <= LABEL_REACH) {
        int l = c->pending;
        c->pending = LBL_NONE;
        if (l == LBL_PUB)
            *strong = true;
        return l;
    }
    if (f & C_PUBHINT) {
        *strong = true;
        return LBL_PUB;
    }
    if (f & C_MODHINT)
        return LBL_MOD;
    return LBL_NONE;
}

static bool
text_date(ctx *c, const xmlNode *el, char d[NEWSCLEAN_DATE_MAX])
{
    return gather(el, &c->tmp) && value_date(c, c->tmp.data, d);
}

static void
time_el(ctx *c, const xmlNode *el, unsigned f, const char *cls)
{
    char d[NEWSCLEAN_DATE_MAX];
    const char *dt = attr(el, "datetime");
    if (!(dt && value_date(c, dt, d)) && !text_date(c, el, d))
        return;
    bool strong;
    int l = time_kind(c, el, f, cls, &strong);
    unsigned cf = (f & C_ARTICLE ? CF_ARTICLE : 0) | (f & C_HINT ? CF_HINT : 0) |
                  (strong ? CF_STRONG : 0) | (f & C_SOFT ? CF_SOFT : 0);
    add(c, d, SRC_MARKUP, K_TIME, l == LBL_MOD, 0, cf, c->pos);
}

/* Does 'el' hold a titled <h1>, or (if 'by_text') at least two long text nodes? Used once
 * per region about to be skipped; skipped regions are not entered again, so the regions
 * examined are disjoint and the total cost stays linear. */
static bool
holds_main(ctx *c, const xmlNode *el, bool by_text)
{
    const xmlNode *n = el->children;
    size_t seen = 0, longs = 0;
    while (n && n != el && seen++ < RESCUE_NODES && c->rescue_left > 0) {
        c->rescue_left--;
        if (n->type == XML_ELEMENT_NODE && name_is(n, "h1"))
            return true;
        if (by_text && n->type == XML_TEXT_NODE && n->content &&
            nonspace((const char *)n->content, strlen((const char *)n->content)) >= LONG_TEXT &&
            ++longs >= 2)
            return true;
        if (n->type == XML_ELEMENT_NODE && n->children && !name_is(n, "script") &&
            !name_is(n, "style")) {
            n = n->children;
            continue;
        }
        while (n != el && !n->next)
            n = n->parent;
        if (n == el)
            break;
        n = n->next;
    }
    return false;
}

/* Does a heading carry at least a few words of text (not just a logo image)? */
static bool
titled(ctx *c, const xmlNode *el)
{
    return !gather(el, &c->tmp) || nonspace(c->tmp.data, c->tmp.len) >= 10;
}

/* What enter() asks of an element's name, from the walk's one lookup (tags.h). */
enum {
    TAG_OTHER,
    TAG_SCRIPT,
    TAG_INVISIBLE, /* never shown as text: style, svg, forms controls, media */
    TAG_HEAD,
    TAG_META,
    TAG_LINK,
    TAG_ROOT, /* html, body */
    TAG_MAIN, /* main, article */
    TAG_NAV,
    TAG_SOFT, /* aside, footer */
    TAG_HEADER,
    TAG_H1,
    TAG_TIME
};

static int
tag_of(newsclean_el el)
{
    switch (el) {
    case NEWSCLEAN_EL_SCRIPT:
        return TAG_SCRIPT;
    case NEWSCLEAN_EL_AUDIO:
    case NEWSCLEAN_EL_BUTTON:
    case NEWSCLEAN_EL_CANVAS:
    case NEWSCLEAN_EL_EMBED:
    case NEWSCLEAN_EL_IFRAME:
    case NEWSCLEAN_EL_MATH:
    case NEWSCLEAN_EL_NOSCRIPT:
    case NEWSCLEAN_EL_OBJECT:
    case NEWSCLEAN_EL_STYLE:
    case NEWSCLEAN_EL_SVG:
    case NEWSCLEAN_EL_SELECT:
    case NEWSCLEAN_EL_TEMPLATE:
    case NEWSCLEAN_EL_TEXTAREA:
    case NEWSCLEAN_EL_VIDEO:
        return TAG_INVISIBLE;
    case NEWSCLEAN_EL_HEAD:
        return TAG_HEAD;
    case NEWSCLEAN_EL_META:
        return TAG_META;
    case NEWSCLEAN_EL_LINK:
        return TAG_LINK;
    case NEWSCLEAN_EL_HTML:
    case NEWSCLEAN_EL_BODY:
        return TAG_ROOT;
    case NEWSCLEAN_EL_MAIN:
    case NEWSCLEAN_EL_ARTICLE:
        return TAG_MAIN;
    case NEWSCLEAN_EL_NAV:
        return TAG_NAV;
    case NEWSCLEAN_EL_ASIDE:
    case NEWSCLEAN_EL_FOOTER:
        return TAG_SOFT;
    case NEWSCLEAN_EL_HEADER:
        return TAG_HEADER;
    case NEWSCLEAN_EL_H1:
        return TAG_H1;
    case NEWSCLEAN_EL_TIME:
        return TAG_TIME;
    default:
        return TAG_OTHER;
    }
}

/* The attributes enter() reads, in one pass over the element's attribute list; values
 * as attr() gives them. */
typedef struct {
    const char *cls, *id, *itemtype, *itemprop;
} enter_attrs;

static void
read_enter_attrs(const xmlNode *el, enter_attrs *v)
{
    memset(v, 0, sizeof *v);
    for (const xmlAttr *a = el->properties; a; a = a->next) {
        const char *name = (const char *)a->name, **slot = NULL;
        if (!name)
            continue;
        /* By first letter: most attributes (href, src, style, data-*) are none of these. */
        if (name[0] == 'c' && strcmp(name, "class") == 0)
            slot = &v->cls;
        else if (name[0] != 'i')
            continue;
        else if (strcmp(name, "id") == 0)
            slot = &v->id;
        else if (strcmp(name, "itemtype") == 0)
            slot = &v->itemtype;
        else if (strcmp(name, "itemprop") == 0)
            slot = &v->itemprop;
        if (!slot || *slot)
            continue;
        *slot = a->children && a->children->type == XML_TEXT_NODE && a->children->content
                    ? (const char *)a->children->content
                    : "";
    }
}

/* The class and id of an element as the passes below read them. */
typedef struct {
    char cls[CLASS_MAX]; /* class, a space, then id; each cut to fit */
    size_t n;            /* bytes of cls in use */
    size_t class_len;    /* bytes of cls that are the class */
    const char *a;       /* the class attribute as written, NULL if none */
    const char *itemtype, *itemprop;
    unsigned bits; /* CL_* of class and id */
} el_names;

/* Pass 1, elements that are never shown: JSON-LD, meta tags, links, <head>. Returns 0 or
 * 1 when the element is done with (whether to walk its children), -1 to go on. */
static int
invisible_element(ctx *c, const xmlNode *el, int tag, unsigned *f, const newsclean_jsonld *ld)
{
    if (tag == TAG_SCRIPT) {
        if (ld)
            ld_script(c, ld);
        else
            state_script(c, el);
        return 0;
    }
    if (tag == TAG_INVISIBLE)
        return 0;
    if (tag == TAG_HEAD)
        *f |= C_HEAD;
    if (tag == TAG_META) {
        meta(c, el, *f);
        return 0;
    }
    if (tag == TAG_LINK) {
        const char *rel = attr(el, "rel"), *href = attr(el, "href");
        if (!c->canon && rel && href && has_token(rel, "canonical"))
            c->canon = newsclean_strdup(href);
        return 0;
    }
    return -1;
}

/* Pass 2: the element's class and id, and what the class patterns say of them. */
static void
read_names(ctx *c, const xmlNode *el, el_names *v)
{
    enter_attrs at;
    read_enter_attrs(el, &at);
    const char *id = at.id;
    size_t n = 0;
    v->a = at.cls;
    if (v->a)
        n = strlen(v->a) < CLASS_MAX / 2 ? strlen(v->a) : CLASS_MAX / 2 - 1;
    if (n)
        memcpy(v->cls, v->a, n);
    v->class_len = n;
    if (id) {
        size_t m = strlen(id);
        if (m > CLASS_MAX - n - 2)
            m = CLASS_MAX - n - 2;
        v->cls[n++] = ' ';
        memcpy(v->cls + n, id, m);
        n += m;
    }
    v->cls[n] = '\0';
    v->n = n;
    v->itemtype = at.itemtype;
    v->itemprop = at.itemprop;
    v->bits = 0;
    if (v->class_len)
        v->bits |= class_bits(c, v->cls, v->class_len, true);
    if (n > v->class_len + 1)
        v->bits |= class_bits(c, v->cls + v->class_len + 1, n - v->class_len - 1, false);
}

/* Pass 3, the region: skipped (navigation, comments), soft (sidebars, footers) or the
 * article itself, as the flags its children inherit. */
static void
mark_region(ctx *c, const xmlNode *el, int tag, const el_names *v, unsigned *f)
{
    const char *itemtype = v->itemtype, *itemprop = v->itemprop;
    bool root = tag == TAG_ROOT;
    bool main_el = tag == TAG_MAIN;
    if (!root && !main_el && !(*f & C_SKIP)) {
        bool skip = tag == TAG_NAV || (v->bits & CL_SKIP) ||
                    (itemtype && newsclean_contains_ci(itemtype, strlen(itemtype), "Comment"));
        /* A <header> outside any article is the site's masthead ("Friday, 10 January"). */
        bool soft =
            !skip && !(*f & C_SOFT) &&
            (tag == TAG_SOFT || (tag == TAG_HEADER && !(*f & C_ARTICLE)) || (v->bits & CL_SOFT));
        /* Class names lie ("sidebar" on the page wrapper of a two-column layout): a region
         * that holds the headline, or for the milder kind real body text, is kept. */
        if ((skip || soft) && holds_main(c, el, soft))
            skip = soft = false;
        if (skip)
            *f |= C_SKIP;
        if (soft)
            *f |= C_SOFT;
    }
    if (main_el && c->main_pos == SIZE_MAX && !(*f & C_SKIP))
        c->main_pos = c->pos;
    if (main_el || (itemprop && has_token(itemprop, "articleBody")) ||
        (itemtype && (newsclean_contains_ci(itemtype, strlen(itemtype), "Article") ||
                      newsclean_contains_ci(itemtype, strlen(itemtype), "BlogPosting"))))
        *f |= C_ARTICLE;
}

/* Pass 4, the headline's place: where the <h1>s stand, or else an element named for the
 * headline. */
static void
note_heading(ctx *c, const xmlNode *el, int tag, const el_names *v, unsigned f)
{
    const char *cls = v->cls;
    if (tag == TAG_H1 && !(f & C_SKIP)) {
        if (c->h1_first == SIZE_MAX)
            c->h1_first = c->pos;
        if ((f & C_ARTICLE) && c->h1_article == SIZE_MAX)
            c->h1_article = c->pos;
        /* A logo in an <h1> has little or no text; the headline has some. */
        if (c->h1_titled == SIZE_MAX && titled(c, el))
            c->h1_titled = c->pos;
    } else if (c->h_alt == SIZE_MAX && !(f & (C_SKIP | C_HEAD)) &&
               ((v->itemprop && has_token(v->itemprop, "headline")) ||
                (v->n && (newsclean_contains_ci(cls, v->n, "entry-title") ||
                          newsclean_contains_ci(cls, v->n, "post-title") ||
                          newsclean_contains_ci(cls, v->n, "article-title") ||
                          newsclean_contains_ci(cls, v->n, "headline"))))) {
        c->h_alt = c->pos;
    }
}

/* Pass 5, a dateline by its class: the hint its children inherit, and the dates in its
 * text read at once. Returns whether the class says published or modified. */
static bool
dateline_class(ctx *c, const xmlNode *el, const el_names *v, unsigned *f)
{
    bool pubc = false, modc = false, datec = false, small = false;
    if (v->n) {
        pubc = v->bits & CL_PUB;
        modc = !pubc && (v->bits & CL_MOD);
        datec = v->bits & CL_DATE;
    }
    /* A class says "dateline" only on a small element: WordPress writes "status-publish"
     * on the whole post, and "meta" names many a big container. */
    if (datec) {
        if (*f & C_DONE) {
            small = true;
        } else {
            small = gather(el, &c->tmp);
        }
    }
    if (small && pubc)
        *f = (*f | C_HINT | C_PUBHINT) & ~C_MODHINT;
    else if (small && modc)
        *f = (*f | C_HINT | C_MODHINT) & ~C_PUBHINT;
    else if (small)
        *f |= C_HINT;
    if (small && !(*f & C_DONE) && c->pos < TEXT_SCAN_LIMIT) {
        /* Copied out: the element handlers below reuse the scratch buffer. */
        char text[GATHER_MAX + 64];
        size_t tl = c->tmp.len < sizeof text - 1 ? c->tmp.len : sizeof text - 1;
        memcpy(text, c->tmp.data, tl);
        text[tl] = '\0';
        scan_text(c, text, tl, c->pos, *f, NULL);
        *f |= C_DONE;
    }
    return pubc || modc;
}

/* Pass 6, dates the element's markup states: <time>, hAtom's title. */
/* A page's day in the id of its <html> or <body>: a word and then the day written
 * compactly, with the time or nothing after it ("news20200110", "art202001101736"). Sites
 * that key their pages by publication time name the whole page so; an id without the word
 * or with other digits after the day is a number, not a day. */
static bool
root_id_day(const char *id, char out[NEWSCLEAN_DATE_MAX])
{
    size_t w = 0;
    while ((id[w] | 0x20) >= 'a' && (id[w] | 0x20) <= 'z')
        w++;
    if (w < 2)
        return false;
    const char *q = id + w;
    size_t nd = strspn(q, "0123456789");
    if ((nd != 8 && nd != 12 && nd != 14) || q[nd] != '\0')
        return false;
    return newsclean_date_format(atoin(q, 4), atoin(q + 4, 2), atoin(q + 6, 2), -1, 0, 0, 0, 0,
                                 out);
}

static void
markup_dates(ctx *c, const xmlNode *el, int tag, const el_names *v, unsigned f, bool dated_class)
{
    const char *id = tag == TAG_ROOT ? attr(el, "id") : NULL;
    char day[NEWSCLEAN_DATE_MAX];
    if (id && root_id_day(id, day))
        add(c, day, SRC_URL, K_FIXED, false, TRUST_URL, 0, c->pos);
    if (tag == TAG_TIME)
        time_el(c, el, f, v->cls);
    if (dated_class && v->n) {
        /* hAtom: <abbr class="published" title="2020-01-10T17:36:00+01:00">. */
        const char *title = attr(el, "title"), *a = v->a ? v->a : "";
        char d[NEWSCLEAN_DATE_MAX];
        if (title && value_date(c, title, d) &&
            (has_token(a, "published") || has_token(a, "updated")))
            add(c, d, SRC_MARKUP, K_FIXED, has_token(a, "updated"), TRUST_HATOM, 0, c->pos);
    }
}

/* Read one element in the passes above. Returns whether to walk its children; updates
 * the inherited flags. */
static bool
enter(ctx *c, xmlNode *el, newsclean_el id, unsigned *f, const newsclean_jsonld *ld)
{
    int tag = tag_of(id);
    int done = invisible_element(c, el, tag, f, ld);
    if (done >= 0)
        return done;
    el_names v;
    read_names(c, el, &v);
    mark_region(c, el, tag, &v, f);
    note_heading(c, el, tag, &v, *f);
    if (*f & (C_SKIP | C_HEAD))
        return true;
    bool dated_class = dateline_class(c, el, &v, f);
    markup_dates(c, el, tag, &v, *f, dated_class);
    return true;
}

static void
text_node(ctx *c, const xmlNode *t, unsigned f)
{
    if ((f & C_HEAD) || !t->content)
        return;
    const char *s = (const char *)t->content;
    size_t n = strlen(s), ns = nonspace(s, n), pos0 = c->pos;
    if (ns == 0)
        return;
    c->pos += ns;
    if (f & C_SKIP)
        return;
    if (ns >= LONG_TEXT) {
        if (c->nlong < sizeof c->long_pos / sizeof c->long_pos[0])
            c->long_pos[c->nlong++] = pos0;
        c->body_last = c->pos;
    }
    /* With a declared date, only the top of the page can hold a dateline that matters
     * (the printed form of the same date); further down only mentions remain. */
    size_t limit = c->declared ? DECLARED_SCAN_LIMIT : TEXT_SCAN_LIMIT;
    if (!(f & C_DONE) && pos0 < limit)
        scan_text(c, s, n, pos0, f, t->parent);
    else if (c->pending != LBL_NONE && pos0 - c->pending_pos > LABEL_REACH)
        c->pending = LBL_NONE;
}

/* ---------- the walk's calls (facts.h) ---------- */

bool
newsclean_date_facts_element(struct newsclean_date_facts *d, xmlNode *el, newsclean_el id,
                             unsigned *flags, const newsclean_jsonld *ld)
{
    return enter(&d->c, el, id, flags, ld);
}

void
newsclean_date_facts_text(struct newsclean_date_facts *d, const xmlNode *t, unsigned flags)
{
    text_node(&d->c, t, flags);
}

/* ---------- weighing ---------- */

/* Where a dateline sits against the headline and the body text: right around the
 * headline is where pages print it (a lead paragraph may come first), inside the body a
 * date is a mention, and after the body comes the "Posted on ..." footer line (or,
 * worse, comments and teasers). */
static int
place(const ctx *c, size_t pos, size_t h1, bool bare, bool lead_dated)
{
    size_t before = 0, from = h1 == SIZE_MAX ? 0 : h1;
    for (size_t i = 0; i < c->nlong && c->long_pos[i] < pos; i++)
        if (c->long_pos[i] >= from)
            before++;
    if (c->nlong == sizeof c->long_pos / sizeof c->long_pos[0] && pos > c->long_pos[c->nlong - 1])
        before = c->nlong; /* past the positions remembered: deep in the page */
    /* One long paragraph may be the lead, with the dateline after it; a bare date in a
     * sentence there is already body text, and so is any date there once the page has
     * dated the story above that paragraph or in its URL. */
    bool in_body = (before >= 2 || (before == 1 && (bare || lead_dated))) && pos < c->body_last;
    bool after_body = !in_body && before >= 1 && pos >= c->body_last;
    if (h1 == SIZE_MAX)
        return in_body ? -25 : after_body ? -10 : 5;
    if (pos >= h1)
        return in_body ? -25 : after_body ? -10 : 20;
    return h1 - pos <= 250 ? 15 : h1 - pos <= 600 ? 10 : -20;
}

/* Minutes since 1970 of a normalised date, read as if all offsets were equal when one
 * side has none. Only for ordering two dates of one page; never written out. */
static long long
instant(const char *v, bool use_zone, bool *has_time)
{
    int y = atoin(v, 4), m = atoin(v + 5, 2), d = atoin(v + 8, 2);
    /* days_from_civil (proleptic Gregorian). */
    int yy = m <= 2 ? y - 1 : y;
    int era = yy / 400;
    int yoe = yy - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    long long days = (long long)era * 146097 + doe - 719468;
    long long t = days * 1440;
    *has_time = strlen(v) > 10;
    if (!*has_time)
        return t;
    t += atoin(v + 11, 2) * 60 + atoin(v + 14, 2);
    const char *z = v + 19;
    if (use_zone && (*z == '+' || *z == '-')) {
        int off = atoin(z + 1, 2) * 60 + atoin(z + 4, 2);
        t -= *z == '-' ? -off : off;
    }
    return t;
}

/* Is 'a' later than 'b'? Days are compared alone when either lacks a time. */
static bool
later(const char *a, const char *b)
{
    bool ta, tb;
    bool zones = strlen(a) > 19 && strlen(b) > 19;
    long long x = instant(a, zones, &ta), y = instant(b, zones, &tb);
    if (!ta || !tb)
        return strncmp(a, b, 10) > 0;
    return x > y;
}

/* Where the headline stands: the first <h1> with text, else the first <h1>, else an
 * element named for the headline, else <main>. */
static size_t
headline(const ctx *c)
{
    if (c->h1_titled != SIZE_MAX)
        return c->h1_titled;
    if (c->h1_first != SIZE_MAX)
        return c->h1_first;
    return c->h_alt != SIZE_MAX ? c->h_alt : c->main_pos;
}

static void
score_all(ctx *c)
{
    size_t h1 = c->h1_article != SIZE_MAX ? c->h1_article : headline(c);
    size_t ntimes = 0;
    const char *seen[8];
    /* Distinct days among <time> elements: many mean a list of teasers. */
    for (size_t i = 0; i < c->nc && ntimes < 8; i++) {
        if (c->c[i].kind != K_TIME)
            continue;
        size_t j = 0;
        while (j < ntimes && strncmp(seen[j], c->c[i].v, 10) != 0)
            j++;
        if (j == ntimes)
            seen[ntimes++] = c->c[i].v;
    }
    /* Does a date stand between the headline and the first long paragraph, or the URL
     * give the day? A date after the lead paragraph is then a mention in the body (a
     * "Datum:" row of a fact list, "the release on ..."), not the dateline that some pages
     * print under the lead. */
    size_t from = h1 == SIZE_MAX ? 0 : h1, first_long = SIZE_MAX;
    for (size_t i = 0; i < c->nlong && first_long == SIZE_MAX; i++)
        if (c->long_pos[i] >= from)
            first_long = c->long_pos[i];
    bool lead_dated = false;
    for (size_t i = 0; i < c->nc && !lead_dated; i++) {
        const cand *k = &c->c[i];
        lead_dated = k->src == SRC_URL || (k->kind != K_FIXED && !k->mod && k->pos >= from &&
                                           k->pos < first_long && first_long != SIZE_MAX);
    }
    for (size_t i = 0; i < c->nc; i++) {
        cand *k = &c->c[i];
        /* "Bare": a date in running text, with nothing saying it is a dateline. */
        bool bare =
            k->kind == K_TEXT && !(k->cf & (CF_HINT | CF_STRONG | CF_LABEL | CF_MOSTLY | CF_LEAD));
        int p = place(c, k->pos, h1, bare, lead_dated);
        if (k->kind == K_TIME) {
            if (k->cf & CF_STRONG)
                k->score = TRUST_TIME_STRONG + (k->cf & CF_ARTICLE ? 5 : 0) + (p < 0 ? p : 0);
            else
                k->score =
                    TRUST_TIME + (k->cf & CF_HINT ? 5 : 0) + (k->cf & CF_ARTICLE ? 5 : 0) + p;
            if (ntimes > 4)
                k->score -= ntimes > 6 ? 40 : 15;
            if (k->cf & CF_SOFT)
                k->score -= 20;
        } else if (k->kind == K_TEXT) {
            k->score = TRUST_TEXT + (k->cf & CF_LABEL ? 25 : 0) + (k->cf & CF_HINT ? 15 : 0) +
                       (k->cf & CF_STRONG ? 10 : 0) + (k->cf & CF_MOSTLY ? 15 : 0) +
                       (k->cf & CF_LEAD ? 10 : 0) + (k->cf & CF_ARTICLE ? 5 : 0) + p -
                       (k->cf & CF_SOFT ? (k->cf & CF_LABEL ? 10 : 20) : 0);
        }
    }
}

/* Support for the day of candidate 'i': its best candidate and how many kinds of signal
 * (JSON-LD, meta, markup, URL, text) name that day. */
static void
day_support(const ctx *c, size_t i, size_t *top_i, int *groups)
{
    const cand *k = &c->c[i];
    unsigned g = 0;
    int top = -1;
    *top_i = i;
    for (size_t j = 0; j < c->nc; j++) {
        const cand *o = &c->c[j];
        if (o->mod != k->mod || o->score < MIN_SCORE || strncmp(o->v, k->v, 10) != 0)
            continue;
        g |= 1u << o->src;
        if (o->score > top) {
            top = o->score;
            *top_i = j;
        }
    }
    *groups = 0;
    for (; g; g &= g - 1)
        (*groups)++;
}

/* Index of the best published (or modified) candidate, by day with corroboration
 * across signal groups; -1 if none reaches MIN_SCORE. */
static long
choose(const ctx *c, bool mod)
{
    long best = -1;
    int best_total = 0;
    for (size_t i = 0; i < c->nc; i++) {
        const cand *k = &c->c[i];
        size_t top_i;
        int ng;
        if (k->mod != mod || k->score < MIN_SCORE)
            continue;
        day_support(c, i, &top_i, &ng);
        if (top_i != i)
            continue; /* the day is represented by its best candidate */
        int total = k->score + 8 * (ng - 1);
        if (total > best_total) {
            best_total = total;
            best = (long)i;
        }
    }
    return best;
}

/* Wall-clock minutes of a normalised date, ignoring its zone; 'has_time' says whether it
 * had a time at all. */
static long long
wall(const char *v, bool *has_time)
{
    return instant(v, false, has_time);
}

/* Could 'a' (a time in UTC, or with no zone: CMSs often store UTC without saying so) and
 * 'b' (a date as the page prints it) be the same moment in two zones, on different days?
 * Real offsets run from -12:00 to +14:00 in steps of 15 minutes. */
static bool
same_moment(const char *a, const char *b)
{
    bool ta, tb;
    size_t la = strlen(a);
    if (la <= 10 || strncmp(a, b, 10) == 0)
        return false;
    if (!(la == 19 || a[19] == 'Z' || strcmp(a + 19, "+00:00") == 0))
        return false;
    long long wa = wall(a, &ta), wb = wall(b, &tb);
    long long day_a = wa / 1440, day_b = wb / 1440, ha = wa % 1440;
    if (tb) {
        long long d = wb - wa;
        return d >= -12 * 60 && d <= 14 * 60 && (d % 15 + 15) % 15 == 0;
    }
    /* A bare day gives no clock to check, so ask for a time near midnight in the zones
     * news is written in (UTC+1 at 23:00 is the next day; UTC-5 at 03:00 the one before). */
    if (day_b == day_a + 1)
        return ha >= 17 * 60;
    if (day_b == day_a - 1)
        return ha < 9 * 60;
    return false;
}

/* When the chosen time is in UTC but the page prints the same moment as a local date on
 * the neighbouring day, the page's own reading is the one to keep: the day a reader of
 * the page sees, never a conversion of ours. */
static long
local_reading(const ctx *c, long p)
{
    long best = p;
    int score = 0;
    for (size_t i = 0; i < c->nc; i++) {
        const cand *k = &c->c[i];
        if (k->mod || k->score < 55 || (k->src != SRC_TEXT && k->src != SRC_MARKUP))
            continue;
        if (k->score > score && same_moment(c->c[p].v, k->v)) {
            score = k->score;
            best = (long)i;
        }
    }
    return best;
}

/* The value to report for the chosen candidate: its own, or, when it has only the day,
 * the time another trusted signal gives for that same day, or, when it has a time but no
 * zone, the same local time from a signal that states the page's offset. */
static void
pick_value(const ctx *c, long i, char out[NEWSCLEAN_DATE_MAX])
{
    const cand *k = &c->c[i];
    memcpy(out, k->v, NEWSCLEAN_DATE_MAX);
    if (strlen(k->v) == 19) {
        for (size_t j = 0; j < c->nc; j++) {
            const cand *o = &c->c[j];
            if (o->mod == k->mod && strlen(o->v) > 19 && strncmp(o->v, k->v, 19) == 0) {
                memcpy(out, o->v, NEWSCLEAN_DATE_MAX);
                return;
            }
        }
    }
    if (strlen(k->v) > 10)
        return;
    int best = -1;
    for (size_t j = 0; j < c->nc; j++) {
        const cand *o = &c->c[j];
        if (o->mod == k->mod && o->score >= 60 && strlen(o->v) > 10 &&
            strncmp(o->v, k->v, 10) == 0 && o->score > best) {
            best = o->score;
            memcpy(out, o->v, NEWSCLEAN_DATE_MAX);
        }
    }
}

struct newsclean_date_facts *
newsclean_date_facts_new(const struct newsclean_date_rules *r)
{
    struct newsclean_date_facts *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    ctx *c = &d->c;
    c->r = r;
    c->h1_first = c->h1_article = c->h1_titled = c->h_alt = c->main_pos = SIZE_MAX;
    c->rescue_left = RESCUE_BUDGET;
    newsclean_buf_init(&c->tmp);
    newsclean_buf_init(&c->tmp2);
    c->c = calloc(MAX_CANDS, sizeof *c->c);
    if (!c->c || !newsclean_date_scan_init(&c->sc)) {
        newsclean_date_facts_free(d);
        return NULL;
    }
    return d;
}

void
newsclean_date_facts_free(struct newsclean_date_facts *d)
{
    if (!d)
        return;
    ctx *c = &d->c;
    newsclean_date_scan_free(&c->sc);
    newsclean_buf_free(&c->tmp);
    newsclean_buf_free(&c->tmp2);
    free(c->canon);
    free(c->c);
    free(d);
}

void
newsclean_dates_decide(struct newsclean_date_facts *df, const char *url,
                       char published[NEWSCLEAN_DATE_MAX], char modified[NEWSCLEAN_DATE_MAX],
                       bool *modified_shown_alone)
{
    char d[NEWSCLEAN_DATE_MAX];
    published[0] = '\0';
    modified[0] = '\0';
    *modified_shown_alone = false;
    if (!df)
        return;
    ctx *c = &df->c;
    if (url && url_day(url, d))
        add(c, d, SRC_URL, K_FIXED, false, TRUST_URL, 0, 0);
    else if (c->canon && url_day(c->canon, d))
        add(c, d, SRC_URL, K_FIXED, false, TRUST_URL, 0, 0);
    score_all(c);

    long p = choose(c, false), m = choose(c, true);
    if (p >= 0)
        p = local_reading(c, p);
    if (p >= 0)
        pick_value(c, p, published);
    if (m >= 0 && !(p >= 0 && later(published, c->c[m].v)))
        pick_value(c, m, modified);
    /* A modified date only the head or JSON-LD declares is not shown to the reader. */
    *modified_shown_alone =
        p < 0 && m >= 0 && (c->c[m].src == SRC_TEXT || c->c[m].src == SRC_MARKUP);
}
