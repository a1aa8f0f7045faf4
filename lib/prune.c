/* prune.c: tag, role, visibility, class and id rules that mark page chrome. Hard drops
 * are kept to what is never article text (scripts, hidden and navigation elements);
 * class and id names only give hints, because a wrapper named "page-with-sidebar" may
 * still hold the whole article. The scoring stage weighs the hints. */
#include "prune.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "blocks.h"

/* Bounds for one pattern match: class strings and short blocks are small, so these only
 * stop a pathological input from costing more than linear time. */
#define MATCH_LIMIT 100000
#define DEPTH_LIMIT 1000
/* Noise phrases are only looked for in short blocks; prose is never a share prompt. */
#define NOISE_MAX_BYTES 300

struct newsclean_prune_rules {
    pcre2_code *strong;  /* class/id tokens of chrome whatever else they say */
    pcre2_code *boiler;  /* class/id tokens of chrome unless they also name content */
    pcre2_code *content; /* class/id tokens of article containers */
    pcre2_code *byline;  /* class/id/rel tokens of author lines */
    pcre2_code *noise;   /* whole-block UI phrases */
};

/* Tokens are delimited by start/end, space, '-', '_' or a camelCase edge is not handled
 * deliberately: "sharebar" and "share-bar" both appear, so the stems are matched as
 * prefixes of a token where that is safe. */
/* Chrome whatever else the name says: "related-content" is still a related list. */
static const char strong_boiler_pattern[] =
    "(?:^|[\\s_-])(?:"
    "breadcrumbs?|share|shares|sharing|sharebar|social|socials|newsletters?|subscribe|"
    "subscription|signup|cookies?|consent|gdpr|promo|promos|advert|adverts|advertisement|"
    "ads?|adslot|dfp|sponsor|sponsored|related|recommended|recommendations|recirc|"
    "more-stories|read-?more|readmore|outbrain|taboola|trending|most-?read|mostread|"
    "comments?|commentlist|disqus|replies|taglist|tag-?list|author-?bio|authorbio|"
    "paywall|modal|popup|visually-?hidden|sr-only|screen-?reader-?text|see-?also|"
    "newsletter-signup|shoutbox|credits?|photo-?credit|image-?credit|slideshow|"
    "carousel|lightbox"
    ")(?:$|[\\s_-])";

/* Chrome unless the name also says article: "sidebar", but not "main-content-column". */
static const char boiler_pattern[] =
    "(?:^|[\\s_-])(?:"
    "nav|navbar|navigation|menu|menus|submenu|sidebar|side-?bar|footer|masthead|follow|"
    "banner|popular|tags?|keywords|topics|bio|pagination|pager|overlay|skip|toolbar|"
    "widget|widgets|ticker|login|search|teaser|teasers|rail|aside|supplemental|"
    "utility|jump|subnav|also|external|partners?|community|signin|respond"
    ")(?:$|[\\s_-])";

static const char content_pattern[] =
    "(?:^|[\\s_-])(?:article|articles|content|body|main|story|post|entry|text|copy|"
    "prose|richtext|rich-text|article-?body|story-?body|post-?body|entry-?content|"
    "post-?content|article-?content|blog-?post|single|hentry|h-entry|news|page-?content)"
    "(?:$|[\\s_-])";

static const char byline_pattern[] =
    "(?:^|[\\s_-])(?:byline|by-?line|author|authors|author-?name|writer|reporter|"
    "contributor|creator|autor|auteur)(?:$|[\\s_-])";

/* UI phrases, matched against a whole short block (anchored at its start). English,
 * German, French, Spanish, Italian, Portuguese, Dutch. */
static const char noise_pattern[] =
    "^(?:"
    /* Prompts that lead into a link: the rest of the block is the link's title. */
    "also on \\S+|read more\\b|read also\\b|see also\\b|"
    "related(?: articles?| stories| content)?:|more on this\\b|more from\\b|"
    "lesen sie (?:auch|mehr)|mehr zum thema|lire (?:aussi|également|la suite)|à lire aussi|"
    "leer más|lee también|ver también|leggi anche|leia (?:também|mais)|lees (?:ook|meer)|"
    "(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}|by\\b)|all rights reserved|"
    "alle rechte vorbehalten|tous droits réservés|"
    ".{0,80}share this (?:story|article|post)[!.]?$|"
    /* Whole-block labels and buttons: nothing may follow them. */
    "(?:share(?: this)?(?: story| article| post| page)?|share (?:on|via|to) \\w+|"
    "tweet(?: this)?|email this|print this|recommended(?: for you)?|you may also like|"
    "(?:click|tap) here|follow us(?: on \\w+)?|sign up(?: (?:for|to) .{1,40})?|"
    "subscribe(?: (?:now|today|to (?:our|the) newsletter))?|newsletter|"
    "advertisement|advertising|sponsored(?: content)?|ad|"
    "(?:this|our) (?:web)?site uses cookies.*|we use cookies.*|accept(?: all)? cookies|"
    "cookie (?:settings|policy|preferences)|"
    "\\d+ comments?|comments?(?: \\(\\d+\\))?|leave a (?:comment|reply)|"
    "weiterlesen|anzeige|werbung|teilen|jetzt teilen|artikel teilen|zum newsletter|"
    "partager|publicité|compartir|publicidad|condividi|pubblicità|compartilhe|delen|"
    "advertentie"
    ")[!.:…]?\\s*$"
    ")";

static pcre2_code *
compile(const char *pattern)
{
    int err;
    PCRE2_SIZE off;
    return pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                         PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_NO_UTF_CHECK, &err, &off,
                         NULL);
}

struct newsclean_prune_rules *
newsclean_prune_rules_new(void)
{
    struct newsclean_prune_rules *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->strong = compile(strong_boiler_pattern);
    r->boiler = compile(boiler_pattern);
    r->content = compile(content_pattern);
    r->byline = compile(byline_pattern);
    r->noise = compile(noise_pattern);
    if (!r->strong || !r->boiler || !r->content || !r->byline || !r->noise) {
        newsclean_prune_rules_free(r);
        return NULL;
    }
    /* JIT is an optimisation only: a failure leaves the interpreter in charge. */
    pcre2_jit_compile(r->strong, PCRE2_JIT_COMPLETE);
    pcre2_jit_compile(r->boiler, PCRE2_JIT_COMPLETE);
    pcre2_jit_compile(r->content, PCRE2_JIT_COMPLETE);
    pcre2_jit_compile(r->byline, PCRE2_JIT_COMPLETE);
    pcre2_jit_compile(r->noise, PCRE2_JIT_COMPLETE);
    return r;
}

void
newsclean_prune_rules_free(struct newsclean_prune_rules *r)
{
    if (!r)
        return;
    pcre2_code_free(r->strong);
    pcre2_code_free(r->boiler);
    pcre2_code_free(r->content);
    pcre2_code_free(r->byline);
    pcre2_code_free(r->noise);
    free(r);
}

bool
newsclean_prune_scratch_init(newsclean_prune_scratch *s)
{
    memset(s->cache, 0, sizeof s->cache);
    s->md = pcre2_match_data_create(8, NULL);
    s->mctx = pcre2_match_context_create(NULL);
    if (!s->md || !s->mctx) {
        newsclean_prune_scratch_free(s);
        return false;
    }
    pcre2_set_match_limit(s->mctx, MATCH_LIMIT);
    pcre2_set_depth_limit(s->mctx, DEPTH_LIMIT);
    return true;
}

void
newsclean_prune_scratch_free(newsclean_prune_scratch *s)
{
    pcre2_match_data_free(s->md);
    pcre2_match_context_free(s->mctx);
    s->md = NULL;
    s->mctx = NULL;
}

static bool
matches(const pcre2_code *re, newsclean_prune_scratch *s, const char *text, size_t len)
{
    return pcre2_match(re, (PCRE2_SPTR)text, len, 0, 0, s->md, s->mctx) >= 0;
}

static int
compare_str(const void *key, const void *elem)
{
    return strcmp((const char *)key, *(const char *const *)elem);
}

/* libxml2's HTML parser lowercases element names, so tag tests are exact lookups in
 * sorted tables. */
static bool
in_sorted(const char *name, const char *const *table, size_t n)
{
    return bsearch(name, table, n, sizeof *table, compare_str) != NULL;
}

/* Tags whose content is never article text (sorted). */
static const char *const never_text_tags[] = {
    "audio",  "button", "canvas", "dialog", "embed",    "head",     "iframe", "input",   "label",
    "link",   "map",    "math",   "meta",   "noscript", "object",   "option", "picture", "script",
    "select", "source", "style",  "svg",    "template", "textarea", "video"};

/* Roles that mark navigation and other chrome (sorted). */
static const char *const chrome_roles[] = {"alertdialog", "complementary", "contentinfo", "dialog",
                                           "menu",        "menubar",       "navigation",  "search",
                                           "tablist",     "toolbar"};

/* The attributes the rules read, gathered in one pass over the element's attribute list
 * (xmlGetProp per name would walk and copy it again for each). Values are borrowed. */
typedef struct {
    const char *cls, *id, *style, *role, *itemprop, *rel, *aria_hidden;
    bool hidden;
} attrs;

static void
read_attrs(xmlNodePtr el, attrs *a)
{
    memset(a, 0, sizeof *a);
    for (xmlAttrPtr p = el->properties; p; p = p->next) {
        const char *name = (const char *)p->name;
        const char *v = p->children && p->children->type == XML_TEXT_NODE && !p->children->next
                            ? (const char *)p->children->content
                            : "";
        switch (name[0]) {
        case 'c':
            if (!strcmp(name, "class"))
                a->cls = v;
            break;
        case 'i':
            if (!strcmp(name, "id"))
                a->id = v;
            else if (!strcmp(name, "itemprop"))
                a->itemprop = v;
            break;
        case 's':
            if (!strcmp(name, "style"))
                a->style = v;
            break;
        case 'r':
            if (!strcmp(name, "role"))
                a->role = v;
            else if (!strcmp(name, "rel"))
                a->rel = v;
            break;
        case 'a':
            if (!strcmp(name, "aria-hidden"))
                a->aria_hidden = v;
            break;
        case 'h':
            if (!strcmp(name, "hidden"))
                a->hidden = true;
            break;
        default:
            break;
        }
    }
}

static bool
eq_ci(const char *a, const char *b)
{
    return a && strcasecmp(a, b) == 0;
}

static bool
hidden(const attrs *a)
{
    if (a->hidden || eq_ci(a->aria_hidden, "true"))
        return true;
    if (!a->style)
        return false;
    /* Compare without spaces: "display: none" and "display:none" are both common. */
    char compact[256];
    size_t k = 0;
    for (const char *p = a->style; *p && k + 1 < sizeof compact; p++)
        if (*p != ' ')
            compact[k++] = (char)(*p | ((*p >= 'A' && *p <= 'Z') ? 0x20 : 0));
    compact[k] = '\0';
    return strstr(compact, "display:none") || strstr(compact, "visibility:hidden");
}

static bool
chrome_role(const attrs *a)
{
    if (!a->role || strlen(a->role) > 20)
        return false;
    char lower[24];
    size_t k = 0;
    for (const char *p = a->role; *p; p++)
        lower[k++] = (char)(*p | ((*p >= 'A' && *p <= 'Z') ? 0x20 : 0));
    lower[k] = '\0';
    return in_sorted(lower, chrome_roles, sizeof chrome_roles / sizeof chrome_roles[0]);
}

/* An id made from a heading ("sharing-with-multiple-developers") names a section of the
 * text, not a widget: four or more words joined by hyphens. */
static bool
slug_like(const char *id)
{
    size_t dashes = 0;
    for (const char *p = id; *p; p++)
        dashes += *p == '-';
    return dashes >= 3;
}

static uint64_t
hash_name(const char *s, size_t n, uint64_t seed)
{
    /* FNV-1a: class strings repeat across a page, so a hash identifies them cheaply. */
    uint64_t h = 1469598103934665603ull ^ seed;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h | 1; /* 0 marks an empty cache slot */
}

/* Flags for one class or id value. Pages repeat the same class strings hundreds of times
 * (every menu item, every paragraph), so results are cached per extraction. */
static unsigned
name_flags(const struct newsclean_prune_rules *r, newsclean_prune_scratch *s, const char *v,
           uint64_t seed)
{
    size_t n = strlen(v);
    if (n == 0 || n >= 512)
        return 0;
    uint64_t h = hash_name(v, n, seed);
    size_t slot = (size_t)(h % NEWSCLEAN_PRUNE_CACHE);
    if (s->cache[slot].hash == h)
        return s->cache[slot].flags;
    /* BEM modifiers ("Section--Ads", "teaser--large") describe a variant of the block
     * they follow, not what the element is: match without them. */
    char plain[512];
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        if (v[i] == '-' && i + 1 < n && v[i + 1] == '-') {
            while (i < n && v[i] != ' ')
                i++;
            continue;
        }
        plain[k++] = v[i++];
    }
    plain[k] = '\0';
    v = plain;
    n = k;
    unsigned flags = 0;
    bool content = matches(r->content, s, v, n);
    if (matches(r->strong, s, v, n) || (!content && matches(r->boiler, s, v, n)))
        flags |= NEWSCLEAN_BF_BOILER_HINT;
    else if (content)
        flags |= NEWSCLEAN_BF_CONTENT_HINT;
    if (matches(r->byline, s, v, n))
        flags |= NEWSCLEAN_BF_BYLINE;
    s->cache[slot].hash = h;
    s->cache[slot].flags = flags;
    return flags;
}

newsclean_prune_verdict
newsclean_prune_element(const struct newsclean_prune_rules *r, newsclean_prune_scratch *s,
                        xmlNodePtr el, unsigned *flags, const char **why)
{
    *flags = 0;
    *why = NULL;
    const char *tag = (const char *)el->name;
    if (in_sorted(tag, never_text_tags, sizeof never_text_tags / sizeof never_text_tags[0])) {
        *why = "tag never holds article text";
        return NEWSCLEAN_PRUNE_DROP;
    }
    attrs a;
    read_attrs(el, &a);
    /* Pages hide <body> until their scripts run; the root elements are never hidden. */
    bool root = !strcmp(tag, "body") || !strcmp(tag, "html");
    if (!root && hidden(&a)) {
        *why = "hidden";
        return NEWSCLEAN_PRUNE_DROP;
    }
    /* Navigation, asides and footers are chrome, but only as a hint: a parser recovering
     * from an unclosed <nav> may put the whole page inside it, and the scorer's wrapper
     * rule must be able to keep that text. Forms are comment boxes, logins and searches;
     * a page wrapped whole in one form (as some frameworks do) is rescued the same way. */
    if (chrome_role(&a) || !strcmp(tag, "nav") || !strcmp(tag, "aside") || !strcmp(tag, "footer") ||
        !strcmp(tag, "form"))
        *flags |= NEWSCLEAN_BF_BOILER_HINT;
    if (!strcmp(tag, "article") || !strcmp(tag, "main") || eq_ci(a.role, "main") ||
        eq_ci(a.role, "article") || eq_ci(a.itemprop, "articleBody"))
        *flags |= NEWSCLEAN_BF_IN_ARTICLE | NEWSCLEAN_BF_CONTENT_HINT;
    if (!strcmp(tag, "header"))
        *flags |= NEWSCLEAN_BF_IN_HEADER;
    else if (!strcmp(tag, "figure"))
        *flags |= NEWSCLEAN_BF_IN_FIGURE;
    else if (!strcmp(tag, "time"))
        *flags |= NEWSCLEAN_BF_DATELINE;
    if (eq_ci(a.rel, "author") || eq_ci(a.itemprop, "author"))
        *flags |= NEWSCLEAN_BF_BYLINE;

    /* The root elements are containers of everything, whatever they are named. */
    if (root)
        return NEWSCLEAN_PRUNE_KEEP;
    if (a.cls)
        *flags |= name_flags(r, s, a.cls, 0);
    if (a.id && !slug_like(a.id))
        *flags |= name_flags(r, s, a.id, 1);
    return NEWSCLEAN_PRUNE_KEEP;
}

bool
newsclean_prune_is_noise_text(const struct newsclean_prune_rules *r, newsclean_prune_scratch *s,
                              const char *text, size_t len)
{
    if (len > NOISE_MAX_BYTES)
        return false;
    return matches(r->noise, s, text, len);
}
