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
#include "buf.h"

/* Bounds for one pattern match: class strings and short blocks are small, so these only
 * stop a pathological input from costing more than linear time. */
#define MATCH_LIMIT 100000
#define DEPTH_LIMIT 1000
/* Noise phrases are only looked for in short blocks; prose is never a share prompt. */
#define NOISE_MAX_BYTES 500

/* Class and id names are matched word by word: a value splits at spaces, '-' and '_' into
 * words, and runs of up to three words are looked up joined ("side-bar", "sidebar" and
 * "side_bar" all give "sidebar"). A hash lookup per word costs far less than running
 * patterns over every distinct class string of a page. */
enum {
    NAME_STRONG = 1u << 0,  /* chrome whatever else the name says */
    NAME_WEAK = 1u << 1,    /* chrome unless the name also says article */
    NAME_CONTENT = 1u << 2, /* article text lives here */
    NAME_BYLINE = 1u << 3,  /* an author line */
    NAME_POST = 1u << 4,    /* the post itself */
    NAME_CAPTION = 1u << 5  /* a picture's caption */
};

/* The words of each kind, separated by spaces. */
static const char strong_names[] = /* "related-content" is still a related list */
    "breadcrumb breadcrumbs share shares sharing sharebar social socials newsletter "
    "newsletters subscribe subscription signup cookie cookies consent gdpr promo promos "
    "advert adverts advertisement ad ads adslot dfp sponsor sponsored related recommended "
    "recommendations recirc morestories readmore outbrain taboola trending mostread "
    "comment comments commentlist disqus replies taglist authorbio modal popup "
    "authorbox authorinfo authordescription authorprofile authordetails authorcard aboutauthor "
    "abouttheauthor autorbox autorinfo autorenbox autoreninfo "
    "visuallyhidden sronly screenreadertext seealso newslettersignup shoutbox credit "
    "credits photocredit imagecredit slideshow carousel lightbox "
    "vjs videoplayer mediaplayer jwplayer controlbar newsticker";
static const char weak_names[] = /* "sidebar", but not "main-content-column" */
    "nav navbar navigation menu menus submenu sidebar footer masthead follow banner "
    "popular tag tags keywords topics bio pagination pager overlay skip toolbar widget "
    "widgets ticker login search teaser teasers rail aside supplemental utility jump dialog "
    "subnav also external partner partners community signin respond paywall";
static const char content_names[] = /* where article text lives */
    "article articles content body main story post entry text copy prose richtext "
    "articlebody storybody postbody entrycontent postcontent articlecontent blogpost "
    "single hentry news pagecontent";
static const char post_names[] = /* the post or story itself, as blog and CMS themes name it */
    "article story post entry hentry articlebody storybody postbody entrycontent "
    "postcontent articlecontent blogpost";
static const char caption_names[] = /* picture captions, in the languages of the web */
    "caption captions figcaption imagecaption photocaption mediacaption captiontext legende "
    "bildunterschrift bildtext leyenda didascalia legenda onderschrift";
static const char byline_names[] = /* author lines */
    "byline author authors authorname writer reporter contributor creator autor auteur";

/* Longest joined name looked up; longer runs are in no list. */
#define NAME_WORD_MAX 24
/* Slots of the name table: a power of two, well over twice the list. */
#define NAME_SLOTS 512

struct newsclean_prune_rules {
    struct {
        char word[NAME_WORD_MAX + 1];
        unsigned bits;     /* NAME_*; 0 marks an empty slot */
    } names[NAME_SLOTS];   /* name_words as a hash table */
    pcre2_code *noise;     /* whole-block UI phrases */
    pcre2_code *credit;    /* a picture credit ending a block */
    pcre2_code *closing;   /* calls to action closing an article */
    pcre2_code *meta_line; /* filing, dating and source lines */
    pcre2_code *related;   /* labels set over lists of other stories */
};

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
    "(?:click|tap) here|follow us(?: on \\w+)?|"
    "skip to (?:main )?(?:content|navigation)|zum inhalt (?:springen|wechseln)|"
    "aller au contenu(?: principal)?|(?:saltar|ir) al contenido(?: principal)?|"
    "vai al contenuto|pular para o conteúdo|naar (?:de )?(?:hoofd)?inhoud|sign up(?: (?:for|to) "
    ".{1,40})?|"
    "subscribe(?: (?:now|today|to (?:our|the) newsletter))?|newsletter|"
    "advertisement|advertising|sponsored(?: content)?|ad|"
    "(?:this|our) (?:web)?site uses cookies.*|we use cookies.*|accept(?: all)? cookies|"
    "cookie (?:settings|policy|preferences)|"
    "\\d+ comments?|comments?(?: \\(\\d+\\))?|leave a (?:comment|reply)|"
    "weiterlesen(?:\\s+\\d+\\s*min(?:uten|\\.)?)?|anzeige|werbung|teilen|jetzt teilen|artikel "
    "teilen|zum newsletter|"
    "partager|publicité|compartir|publicidad|condividi|pubblicità|compartilhe|delen|"
    "advertentie|"
    /* A media player's control labels, set as text for screen readers: "Current Time
     * 0:00", "Loaded: 0%", "This is a modal window.", a feed widget's "Tweets by @x". */
    "(?:current time|duration|remaining time)\\s*-?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?|"
    "loaded\\s*:?\\s*\\d+(?:\\.\\d+)?\\s*%|progress\\s*:?\\s*\\d+(?:\\.\\d+)?\\s*%|"
    "stream type\\s*live|seek to live.{0,40}|playback rate|(?:\\d(?:\\.\\d+)?x\\s*)?chapters|"
    "(?:descriptions|captions|subtitles|audio track)(?: (?:off|settings)).{0,60}|"
    "this is a modal window|(?:beginning|end) of dialog window.{0,120}|"
    "video player is loading|(?:your |the next )?video (?:will )?(?:play|start)s? "
    "in\\s*[\\d:]+.{0,20}|(?:play|pause|mute|unmute)(?: video)?|(?:non-)?fullscreen|"
    "picture-in-picture|tweets by @\\w+|"
    /* Labels over lists of other stories, and end-of-article prompts. */
    "related (?:posts|articles|stories|topics|content|news|links|reading)|"
    "more (?:stories|articles|news)|more (?:in|from|on|about) [^.!?]{1,40}|"
    "you (?:may|might) also (?:like|enjoy)|explore further|further reading|read next|up next|"
    "most (?:popular|read|viewed)|trending(?: now| nationally)?|"
    "latest (?:news|posts|articles|stories)|recent posts|table of contents|"
    "(?:was this|did you find this) (?:article|post|page) (?:helpful|useful)|"
    "ähnliche (?:beiträge|artikel|themen|nachrichten)|"
    "verwandte (?:themen(?:bereiche)?|artikel|beiträge)|"
    "weitere (?:aktuelle |interessante )?(?:artikel|beiträge|themen|news|nachrichten|"
    "informationen|infos)(?: (?:aus|zu|zum|über|von) [^.!?]{1,40})?|"
    "mehr (?:zum thema|themen|artikel|nachrichten|news|kolumnen|beiträge|videos|rezepte|tipps)"
    "(?: (?:auf|bei|von|aus|zu|zum|über) [^.!?]{1,40})?|mehr (?:von|aus|zu|über) [^.!?]{1,40}|"
    "entdecke (?:weitere|mehr)\\b[^.!?]{0,40}|discover more\\b[^.!?]{0,40}|"
    "kontakt|contact|zusatzinformationen|originalpublikation|original publication|"
    "suggested citation\\b.*|zitiervorschlag\\b.*|"
    "das (?:thema )?könnte (?:sie|dich)(?: auch)?(?: interessieren)?|auch interessant|"
    "schon gelesen|meistgelesene?(?: artikel| beiträge)?|"
    "(?:aktuellste|neueste) (?:beiträge|artikel|kommentare)|zum weiterlesen|inhaltsverzeichnis|"
    "themen im artikel|war (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)|"
    "möchten sie (?:den|diesen) artikel teilen|vorschau auf den nächsten artikel|"
    "sur le même (?:sujet|thème)|articles? (?:similaires|liés|connexes|recommandés)|"
    "les plus lus|dans la même rubrique|temas(?: relacionados)?|noticias relacionadas|"
    "te puede interesar|(?:lo )?más leído|más noticias|artículos relacionados|"
    "articoli correlati|potrebbe interessarti|più letti|ultima modifica|"
    "notícias relacionadas|mais lidas|veja também|gerelateerde artikelen|meer nieuws|"
    "about the author|über (?:den autor|die autorin)|à propos de l'auteur|sobre el autor|"
    /* Picture credits and source lines set on their own. */
    "(?:fotos?|bild(?:er)?|photos?|image|(?:photo |image "
    ")?credits?|crédito|crédit|titelbild|beitragsbild)"
    "(?:\\s*:[^.!?]{0,60})?"
    ")(?:\\s*[!?.:…]+)?\\s*$"
    ")";

/* Lines that file, date or source a post rather than tell it, matched against a whole
 * short block like the table above. */
static const char meta_line_pattern[] =
    "^(?:"
    "(?:kategorien?|categor(?:y|ies)|catégories?|categorías?|tags?|tagged|schlagw(?:ö|o)rte|"
    "schlagw(?:ö|o)rter|filed under|posted in|veröffentlicht in|abgelegt unter|étiquettes|"
    "etiquetas)(?:\\s*:[^.!?]{0,80})?|"
    "(?:this (?:entry|post) was|(?:dieser|der) (?:eintrag|beitrag) wurde) .{1,280}|"
    "(?:erstellt|aktualisiert|zuletzt (?:aktualisiert|geändert)) am(?:\\s+[^!?]{1,200})?|"
    "last (?:updated|modified)(?: on)?(?:\\s*:?\\s+[^!?]{1,40})?|release date|"
    "(?:aufrufe|views|hits)(?:\\s*:\\s*[\\d.,]*)?|"
    /* A clock time or a reading time alone. */
    "\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?|uhr)?|"
    "\\d+\\s*min(?:\\.|utes?|uten|ut)?\\.? (?:read|lesezeit|lesen|de lecture|de lectura|czytania)|"
    "lesezeit:?\\s*\\d+\\s*min(?:\\.|uten)?|"
    "(?:quelle|source|fuente)(?:\\s*:.{1,100})?|"
    "(?:pubblicato|publicado|publicada|publié|publiée) (?:il|el|le) .{1,80}"
    ")(?:\\s*[!?.:…]+)?\\s*$";

/* Calls to action and notices that close an article, matched at a short block's start:
 * the rest of the block is theirs. */
static const char closing_prompt_pattern[] =
    "^\\(?(?:"
    "if you (?:enjoyed|liked|found) (?:reading )?this\\b|"
    "we(?: want|'d love| would love) to hear (?:from you|what you think)|never miss\\b|"
    "follow (?:us|@?[^\\s.!?]+(?: [^\\s.!?]+)?) on (?:twitter|facebook|instagram|linkedin|tiktok|"
    "youtube)\\b|"
    "(?:sign up|subscribe) (?:to|for) (?:our|the) [^.!?]{0,40}newsletter|"
    "this (?:post|article|page) (?:contains|may contain|includes) (?:affiliate|references to "
    "products|sponsored)|submit your letter|do you want to (?:be|stay) informed|"
    "[^.!?]{1,60} is not responsible for the (?:opinions|content)|"
    "\\*?werbung\\b|alle angaben ohne gewähr|unterstütze (?:uns|unsere arbeit|das projekt)\\b|"
    "unterstützen sie (?:uns|unsere arbeit)\\b|gefällt (?:dir|ihnen) unser|kennt ihr schon unser|"
    "suscríbete\\b|síguenos\\b|únete\\b|hazte (?:miembro|socio)\\b|para comentar (?:debes|tienes)|"
    "¿ya sabías que [^?]{0,80}(?:canal|telegram|whatsapp|newsletter)|"
    "¡?(?:mira|visita|sigue) (?:lo que tiene )?nuestro canal|puede escribirnos|"
    "tú también puedes (?:hacer|apoyar)|"
    "abonnez-vous\\b|suivez-nous\\b|inscrivez-vous à (?:notre|la) newsletter|"
    "klicken sie auf (?:den|diesen) [^.]{0,20}button|mit diesem button|"
    "click (?:the|this) button|hier geht(?:'s| es) (?:zu|zur|zum)\\b|"
    "(?:weitere|mehr) (?:infos?|informationen) (?:unter|auf|bei|gibt es)\\b|"
    "more (?:info|information) (?:at|on)\\b|klick(?:e|t)? (?:dich|euch) durch\\b|"
    "unterstütze \\S+ (?:bereits |schon )?(?:mit|ab) \\d|"
    "thank you for (?:your support|reading)\\b|danke fürs lesen\\b|"
    "alle (?:artikel|beiträge|news|folgen) (?:zu|zum|zur|von|über|aus)\\b|"
    "missed (?:the|our|it)\\b[^?]{0,40}\\?|"
    "alles über [^.!?]{1,60} find(?:est du|en sie) (?:du |sie )?hier|"
    "[^.!?]{0,30}nichts mehr (?:verpassen|versäumen)\\b"
    ")";

/* Labels set over a list of other stories ("You may like", "More from Politics"),
 * matched against a whole short heading or line. Whatever follows such a label in its
 * section is that list, not the article. */
#define RELATED_LABEL_MAX_BYTES 120
static const char related_label_pattern[] =
    "^(?:"
    "(?:other )?people (?:are|also) (?:reading|read|viewed|liked)|"
    "(?:readers|others) also (?:read|liked|viewed)|related searches|"
    "(?:other |more )?related(?: (?:posts|articles?|stories|content|news|links|reading|topics|"
    "videos|coverage|guides|resources))?|other (?:posts|articles|stories)|"
    "you (?:may|might|could|will)(?: also)? (?:like|enjoy|be interested in)|"
    "(?:we )?recommend(?:ed)?(?: for you| reading| stories| articles| posts)?|"
    "(?:what to )?read next|up next|keep reading|must reads?|don'?t miss|editor'?s picks?|"
    "more (?:stories|articles|news|posts|videos|reads|to read|like this)(?: (?:from|on|in|about) "
    "[^.!?]{1,40})?|more (?:from|on|in) [^.!?]{1,40}|"
    "(?:most|more) (?:popular|read|viewed|shared)(?: (?:stories|articles|posts|now|this week))?|"
    "popular (?:posts|articles|stories|now)|trending(?: (?:now|stories|articles|posts))?|"
    "(?:latest|recent) (?:news|posts|articles|stories)|similar (?:posts|articles|stories)|"
    "explore more\\b[^.!?]{0,60}|"
    "das (?:thema )?könnte (?:sie|dich)(?: auch)?(?: interessieren)?|auch interessant|"
    "(?:lesen sie|lies) (?:auch|mehr)|mehr zum thema(?: [^.!?]{1,40})?|meistgelesene?(?: artikel)?|"
    "(?:ähnliche|weitere|verwandte) (?:artikel|beiträge|themen|nachrichten)(?: [^.!?]{1,40})?|"
    "(?:à lire|lire) aussi|sur le même (?:sujet|thème)|vous (?:aimerez|pourriez aimer) aussi|"
    "articles? (?:similaires|liés|connexes|recommandés)|les plus lus|"
    "(?:también )?te puede interesar|noticias relacionadas|(?:lo )?más leído|más noticias|"
    "artículos relacionados|lee también|"
    "articoli correlati|potrebbe interessarti|leggi anche|(?:i )?più letti|"
    "notícias relacionadas|veja também|leia também|mais lidas|você (?:pode|também pode) gostar|"
    "gerelateerde artikelen|lees ook|meer nieuws"
    ")(?:\\s*[!?.:…]+)?\\s*$";

/* A caption set as a plain paragraph opens with a figure label ("Abbildung 4:") or ends
 * with its picture's credit: "… Foto: Andina", "(Bild: Kantonspolizei Aargau)",
 * "© Agency / Name". */
#define CREDITED_CAPTION_MAX_BYTES 400
static const char credit_pattern[] =
    "^\\(?(?:abbildung|abb\\.|figure|fig\\.|grafik)\\s*\\d*\\s*:|"
    "^(?:beitragsbild|titelbild|headerbild|aufmacherbild|symbolbild|bildquelle)\\s*:|(?:\\b(?:"
    "fotos?|photos?|bild|"
    "image|credits?|crédito|crédit|foto de)"
    "\\s*:\\s*[^.:!?]{2,60}|©\\s*[^.!?]{2,60})\\)?\\.?\\s*$|"
    /* "(Ann Lee / Agency)": a photographer and an agency; "(dpa)" alone closes news
     * paragraphs too, so an agency name is not enough. */
    "\\([^()]{1,60} / [^()]{1,60}\\)\\.?\\s*$";

static pcre2_code *
compile(const char *pattern)
{
    int err;
    PCRE2_SIZE off;
    return pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                         PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_NO_UTF_CHECK, &err, &off,
                         NULL);
}

static size_t
name_slot(const char *w, size_t n)
{
    return (size_t)newsclean_hash(w, n, 0) & (NAME_SLOTS - 1);
}

static unsigned
lookup_name(const struct newsclean_prune_rules *r, const char *w, size_t n)
{
    if (n == 0 || n > NAME_WORD_MAX)
        return 0;
    for (size_t slot = name_slot(w, n); r->names[slot].bits; slot = (slot + 1) & (NAME_SLOTS - 1))
        if (!strncmp(r->names[slot].word, w, n) && r->names[slot].word[n] == '\0')
            return r->names[slot].bits;
    return 0;
}

/* The NAME_* bits of one class name ("story__body", "read-more"): each of its words,
 * and each run of two or three words joined, looked up lower-cased. */
static unsigned
class_name_bits(const struct newsclean_prune_rules *r, const char *v, size_t n)
{
    enum { MAX_WORDS = 16 };
    size_t start[MAX_WORDS], len[MAX_WORDS], nw = 0;
    for (size_t i = 0; i < n && nw < MAX_WORDS;) {
        while (i < n && (v[i] == '-' || v[i] == '_'))
            i++;
        size_t b = i;
        while (i < n && v[i] != '-' && v[i] != '_')
            i++;
        if (i > b) {
            start[nw] = b;
            len[nw++] = i - b;
        }
    }
    unsigned bits = 0;
    for (size_t k = 0; k < nw; k++) {
        char joined[NAME_WORD_MAX];
        size_t jl = 0;
        for (size_t q = k; q < k + 3 && q < nw && jl + len[q] <= NAME_WORD_MAX; q++) {
            for (size_t c = 0; c < len[q]; c++) {
                char ch = v[start[q] + c];
                joined[jl++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            }
            bits |= lookup_name(r, joined, jl);
        }
    }
    return bits;
}

/* A name that states what an element holds or how it shows ("has-sharing", "with-sidebar",
 * "no-comments") says nothing of what the element is. */
static bool
state_name(const char *v, size_t n)
{
    static const char *const prefixes[] = {"has-", "has_", "with-", "with_", "no-", "no_"};
    /* Most names begin with none of the prefixes' letters. */
    char first = (char)(n ? v[0] | 0x20 : 0);
    if (first != 'h' && first != 'w' && first != 'n')
        return false;
    for (size_t k = 0; k < sizeof prefixes / sizeof prefixes[0]; k++) {
        size_t pl = strlen(prefixes[k]);
        if (n > pl && strncasecmp(v, prefixes[k], pl) == 0)
            return true;
    }
    return false;
}

/* Hash seed of the per-name cache entries; name_flags uses 0 (class) and 1 (id). */
#define NAME_SEED 2

/* The NAME_* bits of a class or id value: the union over its space-separated names.
 * BEM modifiers ("Section--Ads", "teaser--large") describe a variant of the block they
 * follow, not what the element is, and are left out. */
static unsigned
name_bits(const struct newsclean_prune_rules *r, newsclean_prune_scratch *s, const char *v,
          size_t n)
{
    unsigned bits = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n'))
            i++;
        size_t b = i;
        while (i < n && v[i] != ' ' && v[i] != '\t' && v[i] != '\n')
            i++;
        size_t e = b;
        while (e < i && !(v[e] == '-' && e + 1 < i && v[e + 1] == '-'))
            e++;
        if (e > b && !state_name(v + b, e - b)) {
            /* Cached per name too, beside the values' flags (a seed of its own keeps the
             * two apart): values differ far more than the names they are made of. */
            uint64_t h = newsclean_hash(v + b, e - b, NAME_SEED) | 1;
            size_t slot = (size_t)(h % NEWSCLEAN_PRUNE_CACHE);
            if (s->cache[slot].hash != h) {
                s->cache[slot].hash = h;
                s->cache[slot].flags = class_name_bits(r, v + b, e - b);
            }
            bits |= s->cache[slot].flags;
        }
    }
    return bits;
}

struct newsclean_prune_rules *
newsclean_prune_rules_new(void)
{
    struct newsclean_prune_rules *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    static const struct {
        const char *words;
        unsigned bits;
    } kinds[] = {{strong_names, NAME_STRONG},   {weak_names, NAME_WEAK},
                 {content_names, NAME_CONTENT}, {byline_names, NAME_BYLINE},
                 {post_names, NAME_POST},       {caption_names, NAME_CAPTION}};
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        for (const char *w = kinds[k].words; *w;) {
            size_t n = strcspn(w, " ");
            size_t slot = name_slot(w, n);
            while (r->names[slot].bits &&
                   !(strncmp(r->names[slot].word, w, n) == 0 && r->names[slot].word[n] == '\0'))
                slot = (slot + 1) & (NAME_SLOTS - 1);
            memcpy(r->names[slot].word, w, n);
            r->names[slot].word[n] = '\0';
            r->names[slot].bits |= kinds[k].bits;
            w += n;
            while (*w == ' ')
                w++;
        }
    }
    r->noise = compile(noise_pattern);
    r->credit = compile(credit_pattern);
    r->closing = compile(closing_prompt_pattern);
    r->meta_line = compile(meta_line_pattern);
    r->related = compile(related_label_pattern);
    if (!r->noise || !r->credit || !r->closing || !r->meta_line || !r->related) {
        newsclean_prune_rules_free(r);
        return NULL;
    }
    /* JIT is an optimisation only: a failure leaves the interpreter in charge. */
    pcre2_jit_compile(r->noise, PCRE2_JIT_COMPLETE);
    pcre2_jit_compile(r->credit, PCRE2_JIT_COMPLETE);
    pcre2_jit_compile(r->closing, PCRE2_JIT_COMPLETE);
    pcre2_jit_compile(r->meta_line, PCRE2_JIT_COMPLETE);
    pcre2_jit_compile(r->related, PCRE2_JIT_COMPLETE);
    return r;
}

void
newsclean_prune_rules_free(struct newsclean_prune_rules *r)
{
    if (!r)
        return;
    pcre2_code_free(r->noise);
    pcre2_code_free(r->credit);
    pcre2_code_free(r->closing);
    pcre2_code_free(r->meta_line);
    pcre2_code_free(r->related);
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

/* What the rules ask of an element's name. prune runs for every element of the page, so
 * the name is looked up once instead of compared against each rule's tags in turn. */
enum {
    TAG_OTHER,
    TAG_NEVER_TEXT, /* content is never article text */
    TAG_ROOT,       /* html, body */
    TAG_CHROME,     /* nav, aside, footer, form */
    TAG_ARTICLE,    /* article, main */
    TAG_HEADER,
    TAG_FIGURE,
    TAG_TIME
};

static int
tag_of(const char *t)
{
#define IS(name) (strcmp(t, name) == 0)
    /* By first letter: a name meets only the few tags that share it. */
    switch (t[0]) {
    case 'a':
        return IS("article") ? TAG_ARTICLE
               : IS("aside") ? TAG_CHROME
               : IS("audio") ? TAG_NEVER_TEXT
                             : TAG_OTHER;
    case 'b':
        return IS("body") ? TAG_ROOT : IS("button") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'c':
        return IS("canvas") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'd':
        return IS("dialog") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'e':
        return IS("embed") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'f':
        return IS("figure") ? TAG_FIGURE : IS("footer") || IS("form") ? TAG_CHROME : TAG_OTHER;
    case 'h':
        return IS("head")     ? TAG_NEVER_TEXT
               : IS("header") ? TAG_HEADER
               : IS("html")   ? TAG_ROOT
                              : TAG_OTHER;
    case 'i':
        return IS("iframe") || IS("input") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'l':
        return IS("label") || IS("link") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'm':
        return IS("main") ? TAG_ARTICLE : IS("map") || IS("meta") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'n':
        return IS("nav") ? TAG_CHROME : IS("noscript") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'o':
        return IS("object") || IS("option") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'p':
        return IS("picture") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 's':
        return IS("script") || IS("select") || IS("source") || IS("style") || IS("svg")
                   ? TAG_NEVER_TEXT
                   : TAG_OTHER;
    case 't':
        return IS("time")                         ? TAG_TIME
               : IS("template") || IS("textarea") ? TAG_NEVER_TEXT
                                                  : TAG_OTHER;
    case 'v':
        return IS("video") ? TAG_NEVER_TEXT : TAG_OTHER;
    default:
        return TAG_OTHER;
    }
#undef IS
}

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

/* Flags for one class or id value. Pages repeat the same class strings hundreds of times
 * (every menu item, every paragraph), so results are cached per extraction. */
static unsigned
name_flags(const struct newsclean_prune_rules *r, newsclean_prune_scratch *s, const char *v,
           uint64_t seed)
{
    size_t n = strlen(v);
    if (n == 0 || n >= 512)
        return 0;
    uint64_t h = newsclean_hash(v, n, seed) | 1; /* 0 marks an empty cache slot */
    size_t slot = (size_t)(h % NEWSCLEAN_PRUNE_CACHE);
    if (s->cache[slot].hash == h)
        return s->cache[slot].flags;
    unsigned bits = name_bits(r, s, v, n), flags = 0;
    if (bits & NAME_STRONG)
        flags |= NEWSCLEAN_BF_BOILER_HINT | NEWSCLEAN_BF_STRONG_HINT;
    else if ((bits & NAME_WEAK) && !(bits & NAME_CONTENT))
        flags |= NEWSCLEAN_BF_BOILER_HINT;
    else if (bits & NAME_CONTENT)
        flags |= NEWSCLEAN_BF_CONTENT_HINT;
    if (bits & NAME_BYLINE)
        flags |= NEWSCLEAN_BF_BYLINE;
    if (bits & NAME_POST)
        flags |= NEWSCLEAN_BF_POST_NAME;
    if (bits & NAME_CAPTION)
        flags |= NEWSCLEAN_BF_IN_FIGURE;
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
    int tag = tag_of((const char *)el->name);
    if (tag == TAG_NEVER_TEXT) {
        *why = "tag never holds article text";
        return NEWSCLEAN_PRUNE_DROP;
    }
    attrs a;
    read_attrs(el, &a);
    /* Pages hide <body> until their scripts run; the root elements are never hidden. */
    bool root = tag == TAG_ROOT;
    if (!root && hidden(&a)) {
        *why = "hidden";
        return NEWSCLEAN_PRUNE_DROP;
    }
    /* Navigation, asides and footers are chrome, but only as a hint: a parser recovering
     * from an unclosed <nav> may put the whole page inside it, and the scorer's wrapper
     * rule must be able to keep that text. Forms are comment boxes, logins and searches;
     * a page wrapped whole in one form (as some frameworks do) is rescued the same way. */
    if (chrome_role(&a) || tag == TAG_CHROME)
        *flags |= NEWSCLEAN_BF_BOILER_HINT;
    if (tag == TAG_ARTICLE || eq_ci(a.role, "main") || eq_ci(a.role, "article") ||
        eq_ci(a.itemprop, "articleBody"))
        *flags |= NEWSCLEAN_BF_IN_ARTICLE | NEWSCLEAN_BF_CONTENT_HINT;
    if (tag == TAG_HEADER)
        *flags |= NEWSCLEAN_BF_IN_HEADER;
    else if (tag == TAG_FIGURE)
        *flags |= NEWSCLEAN_BF_IN_FIGURE;
    else if (tag == TAG_TIME)
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
    return matches(r->noise, s, text, len) || matches(r->closing, s, text, len) ||
           matches(r->meta_line, s, text, len);
}

bool
newsclean_prune_is_caption_text(const struct newsclean_prune_rules *r, newsclean_prune_scratch *s,
                                const char *text, size_t len)
{
    if (len > CREDITED_CAPTION_MAX_BYTES)
        return false;
    return matches(r->credit, s, text, len);
}

bool
newsclean_prune_is_related_label(const struct newsclean_prune_rules *r, newsclean_prune_scratch *s,
                                 const char *text, size_t len)
{
    if (len > RELATED_LABEL_MAX_BYTES)
        return false;
    return matches(r->related, s, text, len);
}
