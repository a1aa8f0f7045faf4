/* textdump_lines.c: the statistics of one line of a text dump (length, function words,
 * capitals, how it ends) and the one table of UI phrases (share prompts, "Read more",
 * cookie and newsletter notices) in the languages news is written in. */
#include "textdump_int.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "textutil.h"

/* Phrase rules only look at this many leading bytes of a line: every phrase sits near
 * the start of a short line, and the cap keeps a 20 MB single line from costing more
 * than one short match. */
#define PHRASE_SCAN_BYTES 600
/* pcre2 budget per line; the table has no nested quantifiers, so honest lines need far
 * less, and a hostile line fails the match instead of hanging. */
#define PHRASE_MATCH_LIMIT 200000
#define PHRASE_DEPTH_LIMIT 2000
/* Open-addressing slots for the stopword set: a power of two, over twice the list. */
#define STOP_SLOTS 1024

typedef struct {
    unsigned kind;
    unsigned max_words; /* a longer line is prose that merely starts like the phrase */
    bool barrier;       /* ends an article: comments, copyright, "Tags:", footer links */
    const char *reason;
    const char *pattern; /* no capturing groups: the table adds one per rule */
} rule;

/* The one phrase table. Most entries are anchored at the line start and require the
 * line to be little more than the phrase; the statistics in classify() do the rest. */
static const rule rules[] = {
    {NEWSCLEAN_TD_K_RELATED, 30, false, "related link",
     "^(?:also on|read (?:more|also|next)|see also|more (?:on|from|about) (?:this|the|our)"
     "|lesen sie (?:auch|mehr|hier)|mehr zum thema|auch interessant|lire (?:aussi|également)"
     "|à lire (?:aussi|également)|voir aussi|sur le même sujet|leer más|lea (?:también|además)"
     "|ver también|leggi anche|veja também|leia (?:também|mais))\\b"
     "|^(?:le puede interesar|te puede interesar|puedes ver|vea también|lea más|lea|mira"
     "|lee también|te recomendamos|noticia relacionada|related|siehe auch|lesetipp)\\s*:"},
    {NEWSCLEAN_TD_K_RELATED, 6, false, "more link",
     "^(?:learn more|find out more|continue reading|explore further|mehr erfahren|weiterlesen"
     "|mehr dazu|mehr infos?|(?:noch )?mehr infos für dich|en savoir plus|plus d'infos"
     "|lire la suite|más información|infórmate más|informate más|saber más|seguir leyendo"
     "|leggi di più|continua a leggere|saiba mais|zurück zur übersicht|back to overview"
     "|(?:mehr|weitere) (?:kolumnen|artikel|beiträge|news|nachrichten) (?:auf|von|aus)\\b.*"
     "|alle (?:artikel|beiträge|news)(?: anzeigen| ansehen)?)[\\s:.…»›>]*$"},
    {NEWSCLEAN_TD_K_LISTHEAD, 8, false, "related list",
     "^(?:related(?: articles?| stories| posts?| content| coverage| news| links?| topics)?"
     "|you (?:may|might) also (?:like|enjoy|be interested in)|recommended(?: for you| stories)?"
     "|most (?:read|popular|viewed|shared)|more stories|more from\\b.*|recent (?:stories|posts)"
     "|latest (?:news|stories|posts)|top stories|trending(?: on\\b.*| now)?"
     "|(?:das|dies)(?: thema)? könnte (?:dich|sie) auch interessieren|auch lesenswert"
     "|(?:ähnliche|verwandte|weitere|beliebte|neueste) (?:beiträge|artikel|themen|posts)"
     "(?: zum thema)?|empfohlen für dich|top[- ]themen(?: der redaktion)?|meist ?gelesen"
     "|mehr aus\\b.*|articles? (?:similaires|liés|connexes)|les plus lus|à lire également"
     "|(?:noticias|entradas|artículos) relacionad[oa]s\\b.*|te puede interesar|lo más leído"
     "|las más (?:vistas|leídas)|(?:post|articoli) correlati|i più letti|posts relacionados"
     "|relevantes aus\\b.*)\\s*[:.…]*$"},
    {NEWSCLEAN_TD_K_LISTHEAD, 4, false, "related list",
     "^[【\\[（(]?(?:関連記事|関連ニュース|関連リンク|アクセスランキング|ランキング|相关新闻"
     "|相关阅读|相关文章|热门推荐|推荐阅读|延伸阅读|热点新闻|관련기사|많이 본 뉴스)[】\\]）)]?"
     "[\\s:：]*$"},
    {NEWSCLEAN_TD_K_SHARE, 15, false, "share prompt",
     "^share(?: this)?(?: (?:story|article|post|page|link))?(?: (?:on|via|with) [\\w ]{1,30})?"
     "[\\s:!.]*$|^(?:tweet|pin it|e-?mail this|print(?: this)?(?: article| page)?|teilen"
     "|(?:auf|bei|via) (?:facebook|twitter|whatsapp|x)(?: teilen)?|(?:diesen )?artikel teilen"
     "|teilen sie dies(?:en artikel)? mit|teile diesen (?:beitrag|artikel)\\b.*"
     "|mit freunden teilen|(?:jetzt )?teilen\\W*|partager(?: cet article| ceci)?"
     "|compartir(?: esto)?|condividi(?: questo)?|compartilhe(?: isso)?|like this"
     "|gefällt mir|j'aime(?: ceci)?|me gusta esto)[\\s:!.…]*$|^(?:follow us|folgen sie uns"
     "|suivez-nous|síguenos|seguici)\\b|^follow\\b.{1,60}\\bon (?:twitter|facebook|instagram)"
     "|share this (?:story|article|post|page)|think your friends"
     "|(?:möchten|wollen) sie (?:den|diesen) (?:artikel|beitrag) teilen"
     "|den (?:artikel|beitrag) mit anderen teilen|(?:hat )?dir (?:hat )?(?:der|dieser) "
     "(?:artikel|beitrag) gefallen"},
    {NEWSCLEAN_TD_K_SHARE, 12, false, "feedback prompt",
     "^(?:was this (?:article|page|post) (?:helpful|useful)|did you (?:like|enjoy) this"
     "|war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)"
     "|(?:hat|gefällt) ihnen (?:der|dieser) (?:artikel|beitrag)"
     "|cet article vous a-t-il (?:été utile|plu)|¿te (?:ha resultado útil|ha gustado))"},
    {NEWSCLEAN_TD_K_SHARE, 40, false, "support prompt",
     "\\b(?:if you (?:enjoyed|liked|value)|(?:please )?(?:support|unterstütze|unterstützen sie)"
     " (?:our|unser\\w*|uns|us)\\b.{0,40}\\b(?:work|journalism|journalismus|arbeit)"
     "|would like to send you (?:push )?notifications|push[- ]nachrichten"
     "|(?:werbung|anzeige)\\W+dieser beitrag enthält|dieser beitrag enthält (?:werbung"
     "|affiliate)|affiliate[- ]links?|we may (?:receive|earn) (?:a )?(?:compensation|commission)"
     "|erhält .{1,30} (?:ggf\\. )?eine provision|contains references to products)"},
    {NEWSCLEAN_TD_K_COOKIE, 80, false, "cookie notice",
     "\\bcookies?\\b.{0,200}?\\b(?:use|uses|using|accept|agree|consent|akzeptier\\w*|verwende"
     "\\w*|nutz\\w*|utilis\\w*|acept\\w*|usamos|utilizamos)\\b|\\b(?:accept|akzeptieren|accepter"
     "|aceptar)(?: all| alle| tous les| todas las)? cookies"},
    {NEWSCLEAN_TD_K_NEWSLETTER, 10, false, "newsletter prompt", "\\bnewsletter"},
    {NEWSCLEAN_TD_K_NEWSLETTER, 40, false, "newsletter prompt",
     "\\bnewsletter\\b.{0,120}?\\b(?:sign(?:ing)? up|subscrib\\w*|abonn\\w*|anmelden|inscri\\w*"
     "|suscr\\w*)|\\b(?:sign(?:ing)? up|subscrib\\w*|abonn\\w*|anmelden|inscri\\w*|suscr\\w*)"
     "\\b.{0,120}?\\bnewsletter|^(?:sign up|subscribe|jetzt (?:für .{1,40} )?anmelden"
     "|verpasse keine)\\b.{0,80}\\b(?:news|content|updates|stories|artikel|nachrichten)\\b"},
    {NEWSCLEAN_TD_K_COPYRIGHT, 40, true, "copyright line",
     "^(?:copyright\\b|\\(c\\)\\s*(?:19|20)\\d\\d)|©\\s*(?:19|20)\\d\\d|all rights reserved"
     "|alle rechte vorbehalten"
     "|tous droits réservés|todos los derechos reservados|tutti i diritti riservati"
     "|todos os direitos reservados"},
    {NEWSCLEAN_TD_K_COMMENTS, 12, true, "comment counter",
     "^(?:(?:there (?:are|is) )?\\d[\\d.,]*\\s*(?:comments?|kommentare?|commentaires?"
     "|comentarios?|commenti|replies|responses|antworten|réactions|reactions)"
     "|(?:comments?|kommentare|commentaires|comentarios)\\s*(?:\\(\\d+\\))?"
     "|leave a (?:comment|reply)|post a comment|add (?:a )?comment|show comments"
     "|view comments|schreib(?:e|en sie)? einen kommentar|kommentar (?:schreiben|verfassen)"
     "|kommentieren sie(?: hier)?|hinterlassen sie (?:eine antwort|einen kommentar)"
     "|laisser un commentaire|(?:deja|dejar|envi[aá]|escribe) (?:un|tu) comentario|lascia un "
     "commento"
     "|deixe (?:um|seu) comentário|(?:pingback|trackback)(?: von| from| de)?\\b.*"
     "|\\d+ (?:gedanken zu|thoughts on|responses? to|comments? on|réponses? à"
     "|respuestas? a)\\b.*)"
     "(?:\\s*(?:cancel reply|antworten abbrechen|antwort abbrechen|annuler la réponse"
     "|cancelar respuesta))?(?:\\s*\\(\\d+\\))?\\s*[:!.]?$"},
    {NEWSCLEAN_TD_K_COMMENTS, 40, true, "comment form",
     "^(?:save my name|meinen namen|enregistrer mon nom|guardar mi nombre|your email address"
     " will not be published|(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht"
     "|votre adresse (?:de messagerie|e-mail) ne sera pas publiée|tu dirección de correo"
     "|to comment,? (?:you must|please)|para (?:poder )?comentar|more information about text "
     "formats"
     "|allowed html tags|web page addresses and e-mail addresses turn into links"
     "|lines and paragraphs break automatically|zeilenumbrüche und absätze werden automatisch"
     "|pour créer des paragraphes, laissez simplement)"},
    {NEWSCLEAN_TD_K_COMMENTS, 10, false, "comment author",
     "^\\S.{0,50}?\\s(?:says|sagt|schreibt|schrieb|dit|dice|disse|scrive)\\s*:$"},
    {NEWSCLEAN_TD_K_TAXONOMY, 40, true, "post footer",
     "^(?:this (?:entry|post) was posted|(?:dieser|der) (?:eintrag|beitrag|text) wurde"
     "\\b.{0,60}\\b(?:veröffentlicht|abgelegt)|(?:view|see) all posts by"
     "|(?:zeige )?alle beiträge von|voir tous les articles de|ver todas las entradas de"
     "|erstellt am\\b.{1,60}\\babgelegt unter|about the author|über (?:den|die) autor(?:in)?"
     "|zum autor|zur person\\b|à propos de l'auteur|sobre el autor|über \\S+ \\S+ \\d+ artikel"
     "|design (?:by|von)\\b)|^(?:posted in|filed under|veröffentlicht in|abgelegt unter"
     "|kategorien?|categories|catégories|categorías|schlagwörter|schlagworte|tags?|topics"
     "|étiquettes|etiquetas)\\s*:"},
    {NEWSCLEAN_TD_K_AD, 3, false, "advertisement label",
     "^(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità"
     "|publicidade|sponsored(?: content)?|promoted|whitepaper|reklama|реклама)\\s*:?$"},
    {NEWSCLEAN_TD_K_LEGAL, 6, true, "footer link",
     "^(?:impressum|datenschutz(?:erklärung)?|privacy(?: policy| notice)?"
     "|terms(?: of (?:use|service))?|terms (?:and|&) conditions|cookie (?:policy|settings)"
     "|contact(?: us)?|about us|kontakt|agb|mentions légales|aviso legal"
     "|política de privacidad|site ?map|back to top|nach oben|skip to (?:main )?content"
     "|zum inhalt springen|aller au contenu|saltar al contenido)\\s*$"},
    {NEWSCLEAN_TD_K_CAPTION, 40, false, "caption or credit",
     "^(?:media caption|image caption|image copyright|image source|photo credit|bildquelle"
     "|titelbild|quelle)\\b|^(?:photo|foto|bild|image|picture|crédit photo|beitragsbild"
     "|abbildung(?: \\d+)?)\\s*:|(?:\\(|\\b)(?:photo(?:graph)?|foto|bild|image|credit|crédito"
     "|quelle|source|fuente)\\s*:\\s*[^.!?:]{1,80}\\)?\\.?\\s*$|©\\s*[^.!?]{1,60}$|\\bbild via\\b"
     "|\\((?:photo|foto|bild|credit|crédito|quelle|fuente)\\s*:[^()]{1,80}\\)\\s*$"
     "|\\(c\\)\\s*[^.!?()]{1,60}$"},
    {NEWSCLEAN_TD_K_BYLINE, 14, false, "byline",
     "^(?:by|von|par|por|di|door|av|af|written by|posted by|eingestellt von|text:"
     "|autor(?:in)?:?|author:|auteur ?:|reporter:)\\s"},
    {NEWSCLEAN_TD_K_PUBLISHED, 16, false, "date line",
     "^(?:published|posted|first published|erstellt|veröffentlicht|publié|publicado"
     "|pubblicato)\\b"},
    {NEWSCLEAN_TD_K_UPDATED, 16, false, "date line",
     "^(?:updated|last updated|modified|aktualisiert|zuletzt aktualisiert|stand|mis à jour"
     "|actualizado|aggiornato|atualizado)\\b"},
};

#define NRULES (sizeof rules / sizeof rules[0])

/* Function words of the languages most news is in: their share tells sentences from
 * menus and tag lists, which are all nouns (jusText, Pomikálek 2011). */
static const char *const stopword_list[] = {
    /* en */
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
    "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those",
    "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "not", "has", "have",
    "had", "will", "would", "can", "could", "should", "may", "do", "does", "did", "said", "than",
    "there", "which", "who", "what", "when", "how", "also", "about", "after", "into", "so", "if",
    "all", "just", "been", "them", "him", "my",
    /* de */
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und",
    "oder", "aber", "nicht", "ist", "sind", "war", "wird", "werden", "hat", "haben", "sich", "mit",
    "von", "zu", "im", "auf", "für", "auch", "als", "nach", "bei", "aus", "wie", "es", "er", "sie",
    "wir", "ich", "dass", "noch", "nur", "um", "wenn", "über", "vor", "zum", "zur", "am", "vom",
    "beim", "bis", "durch", "gegen", "unter", "man", "kann", "wurde", "sein", "seine", "seiner",
    "ihre", "ihr", "so", "dann", "doch", "schon", "mehr", "hier", "da",
    /* fr */
    "le", "la", "les", "un", "une", "du", "de", "et", "ou", "mais", "est", "sont", "était", "ont",
    "il", "elle", "ils", "nous", "vous", "je", "que", "qui", "dans", "pour", "par", "sur", "avec",
    "pas", "ne", "se", "ce", "cette", "au", "aux", "plus", "comme", "été",
    /* es, it, pt */
    "el", "los", "las", "una", "unos", "y", "o", "pero", "es", "son", "fue", "era", "ha", "han",
    "del", "en", "con", "por", "para", "no", "su", "sus", "al", "lo", "como", "más", "il", "gli",
    "e", "è", "di", "della", "dei", "che", "per", "non", "si", "nel", "os", "as", "um", "uma", "do",
    "da", "dos", "das", "em", "no", "na", "com", "não", "são", "foi",
    /* nl */
    "het", "een", "van", "op", "met", "voor", "niet", "dat", "er", "ook", "zijn", "werd",
    /* ru, pl, cs */
    "и", "в", "не", "на", "что", "с", "по", "это", "как", "но", "к", "из", "за", "от", "w", "nie",
    "na", "że", "z", "się", "jest", "jak", "v", "se", "je", "že", "s", "jako"};

#define NSTOP (sizeof stopword_list / sizeof stopword_list[0])

struct newsclean_textdump_rules {
    pcre2_code *re;               /* the phrase table as one alternation, at line start */
    pcre2_code *inner;            /* the rules that may match inside a line, likewise */
    size_t inner_rule[NRULES];    /* rule index of each group of 'inner' */
    const char *stop[STOP_SLOTS]; /* stopword_list as a hash set */
};

static bool
stop_has(const struct newsclean_textdump_rules *r, const char *w, size_t n)
{
    size_t k = (size_t)newsclean_hash(w, n, 0) & (STOP_SLOTS - 1);
    while (r->stop[k]) {
        if (strncmp(r->stop[k], w, n) == 0 && r->stop[k][n] == '\0')
            return true;
        k = (k + 1) & (STOP_SLOTS - 1);
    }
    return false;
}

static pcre2_code *
compile_table(const char *pattern, size_t len, uint32_t extra)
{
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile(
        (PCRE2_SPTR)pattern, len,
        PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_MATCH_INVALID_UTF | extra, &err, &off, NULL);
    if (re)
        (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* the interpreter is fine too */
    return re;
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
    /* One alternation with a capture group per rule: one match per line whatever the
     * table's size, and the group that took part names the rule. Most rules are anchored
     * at the line start; the few that may match inside a line get a second, smaller
     * alternation, so a line that matches nothing at its start is scanned by those alone
     * instead of by the whole table at every position. */
    bool ok = true;
    for (size_t i = 0; i < NRULES && ok; i++) {
        ok = newsclean_buf_append_str(&pat, i ? "|(" : "(") &&
             newsclean_buf_append_str(&pat, rules[i].pattern) &&
             newsclean_buf_append_char(&pat, ')');
    }
    /* Anchored at compile time: the JIT does not take PCRE2_ANCHORED at match time. */
    r->re = ok ? compile_table(pat.data, pat.len, PCRE2_ANCHORED) : NULL;
    pat.len = 0;
    size_t ninner = 0;
    for (size_t i = 0; i < NRULES && ok; i++) {
        if (anchored(rules[i].pattern))
            continue;
        ok = newsclean_buf_append_str(&pat, ninner ? "|(" : "(") &&
             newsclean_buf_append_str(&pat, rules[i].pattern) &&
             newsclean_buf_append_char(&pat, ')');
        r->inner_rule[ninner++] = i;
    }
    r->inner = ok && ninner ? compile_table(pat.data, pat.len, 0) : NULL;
    newsclean_buf_free(&pat);
    if (!r->re || (ninner && !r->inner)) {
        pcre2_code_free(r->re);
        pcre2_code_free(r->inner);
        free(r);
        return NULL;
    }
    for (size_t i = 0; i < NSTOP; i++) {
        const char *w = stopword_list[i];
        if (stop_has(r, w, strlen(w)))
            continue;
        size_t k = (size_t)newsclean_hash(w, strlen(w), 0) & (STOP_SLOTS - 1);
        while (r->stop[k])
            k = (k + 1) & (STOP_SLOTS - 1);
        r->stop[k] = w;
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
    free(r);
}

bool
newsclean_td_is_upper(uint32_t cp)
{
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
           (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

static bool
is_lower(uint32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) ||
           (cp >= 0x3B1 && cp <= 0x3C9) || (cp >= 0x430 && cp <= 0x45F);
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
        while (i < n && s[i] == ' ')
            i++;
        size_t st = i;
        while (i < n && s[i] != ' ')
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
                if (newsclean_td_is_upper(cp))
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
    l->linky = (urls > 0 && words <= 2 * urls + 3) || pipes >= 2;
    /* Mostly link text, where the dump's markup or link numbers say so. */
    if (blk->link_chars * 2 > blk->chars)
        l->linky = true;
    l->icons = icons >= 3 && icons * 5 >= words;

    /* First letter's case, and the last mark once closers are stripped. */
    l->lower = false;
    for (size_t k = 0, len; k < n; k += len) {
        uint32_t cp = newsclean_utf8_decode((const char *)s, n, k, &len);
        if (is_letter(cp)) {
            l->lower = is_lower(cp);
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
    c->md = pcre2_match_data_create_from_pattern(c->r->re, NULL);
    c->mc = pcre2_match_context_create(NULL);
    if (!c->md || !c->mc)
        return false;
    pcre2_set_match_limit(c->mc, PHRASE_MATCH_LIMIT);
    pcre2_set_depth_limit(c->mc, PHRASE_DEPTH_LIMIT);
    return true;
}

void
newsclean_td_match_end(newsclean_td_ctx *c)
{
    pcre2_match_data_free(c->md);
    pcre2_match_context_free(c->mc);
    c->md = NULL;
    c->mc = NULL;
}

/* Match the phrase table against the start of line i; sets why/kind/barrier. */
void
newsclean_td_phrases(const newsclean_td_ctx *c, newsclean_td_line *l, size_t words)
{
    const newsclean_block *blk = &c->b->v[l->bi];
    /* A line longer than every rule allows is prose: no need to run the table. */
    size_t longest = 0;
    for (size_t i = 0; i < NRULES; i++)
        if (rules[i].max_words > longest)
            longest = rules[i].max_words;
    if (words > longest)
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
    for (size_t g = 1; g <= NRULES && g < (size_t)rc; g++) {
        if (ov[2 * g] == PCRE2_UNSET)
            continue;
        const rule *ru = &rules[map ? map[g - 1] : g - 1];
        if (words > ru->max_words)
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
            if (l->period || (one_word && !newsclean_td_is_upper(cp)))
                return;
        }
        l->why = ru->reason;
        l->kind = ru->kind;
        l->barrier = ru->barrier;
        return;
    }
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
