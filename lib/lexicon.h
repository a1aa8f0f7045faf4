/* lexicon.h: the library's vocabulary in one table: every phrase pattern and word list a
 * stage matches text or names against, by class of phrase, language and limit. */
#ifndef NEWSCLEAN_LEXICON_H
#define NEWSCLEAN_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"

/* What a phrase says a line, block or name is. Each class may have entries of several
 * forms (below): the pattern a text dump's line is matched against and the one an HTML
 * page's short block is matched against say the same thing in two shapes. */
typedef enum {
    NEWSCLEAN_LX_RELATED = 0, /* "Read more: ...", "Also on ...": a link to another story */
    NEWSCLEAN_LX_LISTHEAD,    /* "Related stories", "Most read": a list of stories follows */
    NEWSCLEAN_LX_SHARE,       /* share, follow, feedback and support prompts */
    NEWSCLEAN_LX_COOKIE,
    NEWSCLEAN_LX_NEWSLETTER,
    NEWSCLEAN_LX_COPYRIGHT,
    NEWSCLEAN_LX_COMMENTS,  /* counters, "Leave a reply", the comment form */
    NEWSCLEAN_LX_TAXONOMY,  /* "Tags:", "Posted in", author boxes */
    NEWSCLEAN_LX_LEGAL,     /* "Impressum", "Privacy policy", "Skip to content" */
    NEWSCLEAN_LX_CAPTION,   /* picture captions and credits */
    NEWSCLEAN_LX_BYLINE,    /* "By ...", "Von ..." */
    NEWSCLEAN_LX_PUBLISHED, /* "Published ...", "Veröffentlicht ..." */
    NEWSCLEAN_LX_UPDATED,   /* "Updated ...", "Mis à jour ..." */
    NEWSCLEAN_LX_UI,        /* buttons, media player labels and other page furniture */
    NEWSCLEAN_LX_CLOSING,   /* calls to action and notices closing an article */
    /* Class and id words of page parts. */
    NEWSCLEAN_LX_NAME_STRONG,    /* chrome whatever else the name says */
    NEWSCLEAN_LX_NAME_WEAK,      /* chrome unless the name also says article */
    NEWSCLEAN_LX_NAME_CONTENT,   /* article text lives here */
    NEWSCLEAN_LX_NAME_CAPTION,   /* a picture's caption */
    NEWSCLEAN_LX_NAME_BYLINE,    /* an author line */
    NEWSCLEAN_LX_NAME_SLIDES,    /* chrome as NAME_STRONG, but a carousel of slides */
    NEWSCLEAN_LX_NAME_SIGNATURE, /* a forum poster's signature under each post */
    NEWSCLEAN_LX_STOP,           /* function words */
    /* Cue words of speakers and named quotes (speakers.c), one run that phrases.c compiles
     * from SPK_IRREGULAR to SPK_SUBJUNCTIVE. */
    NEWSCLEAN_LX_SPK_IRREGULAR,   /* irregular English pasts: "took", "gave" */
    NEWSCLEAN_LX_SPK_TIME,        /* a time phrase between subject and verb: "last week" */
    NEWSCLEAN_LX_SPK_BY_ADVERB,   /* "by far", "by contrast": no agent */
    NEWSCLEAN_LX_SPK_BY_VIEW,     /* "by their count", "by his own account": no agent */
    NEWSCLEAN_LX_SPK_TITLE_SMALL, /* small words lower case inside titles, exact bytes */
    NEWSCLEAN_LX_SPK_SPEECH_NOUN, /* nouns that introduce quoted words: "the slogan" */
    NEWSCLEAN_LX_SPK_NAMING_VERB, /* verbs that give a name: "dubbed", "titled" */
    NEWSCLEAN_LX_SPK_NAMING_WORD, /* words right before a name given in words */
    NEWSCLEAN_LX_SPK_PARTICIPLE,  /* irregular participles that head a passive: "written" */
    NEWSCLEAN_LX_SPK_TIME_OPEN,   /* words that open a time phrase before a verb: "last" */
    NEWSCLEAN_LX_SPK_PASSIVE_GAP, /* words between a passive participle and its quote */
    NEWSCLEAN_LX_SPK_CRY_NOUN,    /* nouns before "of “…”" that give a name: "chants" */
    NEWSCLEAN_LX_SPK_GOES_BY,     /* verbs before "by “…”" that give a name: "goes" */
    NEWSCLEAN_LX_SPK_SOURCE_PREP, /* words whose source follows them: "laut X", "so X" */
    NEWSCLEAN_LX_SPK_OBLIQUE_DET, /* German articles that never open a subject: "den", "dem" */
    NEWSCLEAN_LX_SPK_GENITIVE,    /* German articles of a genitive after a noun: "des", "der" */
    NEWSCLEAN_LX_SPK_NOT_SPEAKER, /* German words that alone name nobody: "es", "davon" */
    NEWSCLEAN_LX_SPK_CITE_VERB,   /* verbs whose object is the one quoted: "zitiert" */
    NEWSCLEAN_LX_SPK_IT_SAYS,     /* "heißt es in X": the source follows the preposition */
    NEWSCLEAN_LX_SPK_SUBJUNCTIVE, /* German reported-speech verbs: "sei", "habe" */
    /* URL path words by the kind of page under them (kind.c), lower case. */
    NEWSCLEAN_LX_KIND_URL_LISTING,    /* "tag", "archive": a list of stories */
    NEWSCLEAN_LX_KIND_URL_PRODUCT,    /* "shop", "dp": a product */
    NEWSCLEAN_LX_KIND_URL_FORUM,      /* "thread", "viewtopic": a forum or Q&A */
    NEWSCLEAN_LX_KIND_URL_DOCS,       /* "docs", "manual": documentation */
    NEWSCLEAN_LX_KIND_URL_SERVICE,    /* "about", "pricing": a company's own pages */
    NEWSCLEAN_LX_KIND_URL_ARTICLE,    /* "news", "blog": a story */
    NEWSCLEAN_LX_KIND_URL_COLLECTION, /* "recipes", "gallery": a collection */
    NEWSCLEAN_LX_KIND_URL_USER,       /* "member", "profile": a user's page */
    /* schema.org type names by the kind of page they mark (kind.c), exact bytes. */
    NEWSCLEAN_LX_KIND_LD_ARTICLE,
    NEWSCLEAN_LX_KIND_LD_PRODUCT,
    NEWSCLEAN_LX_KIND_LD_FORUM,
    NEWSCLEAN_LX_KIND_LD_DOCS,
    NEWSCLEAN_LX_KIND_LD_COLLECTION,
    NEWSCLEAN_LX_KIND_LD_SERVICE,
    NEWSCLEAN_LX_KIND_LD_CREATIVE, /* recipes, events, films, people */
    /* Names the date stage reads (dates_html.c). */
    NEWSCLEAN_LX_LD_DATE_SKIP,    /* schema.org types whose dates are not the page's */
    NEWSCLEAN_LX_LD_DATE_ARTICLE, /* types whose date is the story's (besides *Article,
                                   * *Posting) */
    NEWSCLEAN_LX_LD_DATE_PAGE,    /* types of a web page as a whole */
    NEWSCLEAN_LX_PUBLISHED_AFTER, /* "... wurde am 3. Mai veröffentlicht": after the date */
    NEWSCLEAN_LX_STATE_DATE_KEY,  /* "publishedDate": " in a script's JSON state, to the value */
    /* Class and id names of page parts, as the date stage weighs them. */
    NEWSCLEAN_LX_NAME_DATE_SKIP, /* comments, related lists, navigation: never the date */
    NEWSCLEAN_LX_NAME_DATE_SOFT, /* sidebars, teasers: seldom the date */
    NEWSCLEAN_LX_NAME_DATE,      /* a date line, byline or meta line */
    NEWSCLEAN_LX_NAME_DATE_MOD,  /* the modification date */
    NEWSCLEAN_LX_NAME_DATE_PUB,  /* the publication date */
    /* Word classes of quotations and their speakers, in the order of phrases.h's P_*. */
    NEWSCLEAN_LX_PH_VERB,  /* verbs that attribute what follows or precedes to their subject */
    NEWSCLEAN_LX_PH_INV,   /* such verbs that also come before their subject */
    NEWSCLEAN_LX_PH_AUX,   /* auxiliaries */
    NEWSCLEAN_LX_PH_TITLE, /* titles and roles before a name */
    NEWSCLEAN_LX_PH_DET,   /* words that open a noun phrase */
    NEWSCLEAN_LX_PH_PRON,  /* pronouns */
    NEWSCLEAN_LX_PH_PERS,  /* personal pronouns that may stand for the speaker */
    NEWSCLEAN_LX_PH_REL,   /* relative pronouns */
    NEWSCLEAN_LX_PH_SKIP,  /* words that may stand between speaker and verb */
    NEWSCLEAN_LX_PH_FUNC,  /* function words, never part of a name */
    NEWSCLEAN_LX_PH_PREP,  /* prepositions */
    NEWSCLEAN_LX_PH_ABBR,  /* abbreviations whose full stop ends no sentence */
    NEWSCLEAN_LX_PH_THAT,  /* "that" of reported speech */
    NEWSCLEAN_LX_PH_AND,   /* conjunctions */
    NEWSCLEAN_LX_PH_CONN,  /* particles inside names ("van", "de") */
    NEWSCLEAN_LX_PH_VERB2, /* attributing verbs in the present */
    NEWSCLEAN_LX_PH_LANG,  /* frequent words that mark the language */
    /* Class and id words by the kind of page they mark (kind.c), lower case, matched as
     * prefixes of the words of a class or id value; in the order of kind.c's class
     * features. Past the word-set classes: no word set holds them. */
    NEWSCLEAN_LX_KIND_NAME_FORUM,   /* "comment", "reply": a forum or comment thread */
    NEWSCLEAN_LX_KIND_NAME_PRODUCT, /* "price", "cart": a product */
    NEWSCLEAN_LX_KIND_NAME_CARD,    /* "card", "teaser": entries of a list */
    NEWSCLEAN_LX_KIND_NAME_DOCS,    /* "toc", "api": documentation */
    NEWSCLEAN_LX_KIND_NAME_SERVICE, /* "hero", "pricing": a company's own pages */
    NEWSCLEAN_LX_KIND_NAME_USER,    /* "avatar", "profile": users and their posts */
    NEWSCLEAN_LX_KIND_NAME_ARTICLE, /* "story", "byline": a story */
    /* Class and id words of a byline's part that says what the author is, not who
     * ("author-title", "job-title"; meta.c), matched as whole words of the value. */
    NEWSCLEAN_LX_NAME_ROLE,
    /* Words of a cookie or consent dialog (textdump.c): one such word says little, a run
     * of lines dense with them is the dialog. */
    NEWSCLEAN_LX_CONSENT,
    /* Newsletter sign-up boxes ("Sign up now", "... delivered to your inbox"; prune.c). */
    NEWSCLEAN_LX_SIGNUP,
    /* A call to action, the button a company's page asks a customer to press: a short
     * block whose first word is a CTA verb ("book", "request") and a later word a CTA
     * object ("quote", "demo"); kind.c. Lower case, words of any of the languages. */
    NEWSCLEAN_LX_KIND_CTA_VERB,
    NEWSCLEAN_LX_KIND_CTA_OBJECT,
    /* Words of the link that closes a teaser's excerpt, after its ellipsis ("… Read more",
     * "... Weiterlesen"; textdump.c), lower case. */
    NEWSCLEAN_LX_EXCERPT_MORE,
    /* A form's own lines: its consent line ("By signing up, you agree to our Privacy
     * Policy") and its messages ("Please enter a valid email address."); textdump.c, from
     * the line's start. */
    NEWSCLEAN_LX_FORM_CONSENT,
    /* A forum post's furniture, a whole short line: the expander under a quoted post, the
     * poster's tallies of posts, reputation and badges, the post's reactions, and a Q&A
     * site's controls ("Improve this question", "Add a comment", its sort bar); textdump.c. */
    NEWSCLEAN_LX_POST_FURNITURE,
    NEWSCLEAN_LX_CLASS_COUNT
} newsclean_lex_class;

/* How an entry's text is read and what its limit counts. */
typedef enum {
    NEWSCLEAN_LXF_LINE = 0, /* pcre2 pattern over a text dump's line; limit: words */
    NEWSCLEAN_LXF_BLOCK,    /* pcre2 pattern over a short HTML block; limit: bytes */
    NEWSCLEAN_LXF_WORDS,    /* words separated by spaces, lower case but where the class
                             * says exact bytes; no limit */
    NEWSCLEAN_LXF_FIND,     /* pcre2 pattern searched anywhere in a short text; no limit */
    NEWSCLEAN_LXF_ALTS,     /* words or phrases separated by '|', "\\." a literal dot, one
                             * ".*(?:a|b)" group of endings; matched whole; no limit */
    NEWSCLEAN_LXF_KEYS      /* ASCII words separated by spaces, lower case, two letters
                             * first, that begin the alternatives of the class's FIND
                             * pattern: a caseless prefilter; no limit */
} newsclean_lex_form;

/* Languages, as bits: an entry says which languages' phrases it holds. */
enum {
    NEWSCLEAN_LANG_EN = 1u << 0,
    NEWSCLEAN_LANG_DE = 1u << 1,
    NEWSCLEAN_LANG_FR = 1u << 2,
    NEWSCLEAN_LANG_ES = 1u << 3,
    NEWSCLEAN_LANG_IT = 1u << 4,
    NEWSCLEAN_LANG_PT = 1u << 5,
    NEWSCLEAN_LANG_NL = 1u << 6,
    NEWSCLEAN_LANG_RU = 1u << 7,
    NEWSCLEAN_LANG_PL = 1u << 8,
    NEWSCLEAN_LANG_CS = 1u << 9,
    NEWSCLEAN_LANG_JA = 1u << 10,
    NEWSCLEAN_LANG_ZH = 1u << 11,
    NEWSCLEAN_LANG_KO = 1u << 12,
    NEWSCLEAN_LANG_OTHER = 1u << 13, /* Swedish, Danish, Finnish, Turkish and others */
    NEWSCLEAN_LANG_ANY = 1u << 14    /* names, symbols and markup words of no one language */
};

/* Classes that word sets hold are below this: a set answers with one bit per class. */
#define NEWSCLEAN_LX_WORD_CLASSES 64

/* Entry flags. */
enum {
    NEWSCLEAN_LXE_BARRIER = 1u << 0 /* a line of this entry ends an article */
};

typedef struct {
    unsigned char cls;  /* newsclean_lex_class */
    unsigned char form; /* newsclean_lex_form */
    unsigned char flags;
    unsigned langs;     /* NEWSCLEAN_LANG_* bits */
    unsigned limit;     /* longer lines or blocks are prose that merely start so; 0: none */
    const char *reason; /* shown by --explain */
    const char *text;   /* the pattern (no capturing groups) or the words */
} newsclean_lex_entry;

/* The whole table, in the order the stages read it; '*n' receives its length. */
const newsclean_lex_entry *newsclean_lexicon_entries(size_t *n);

/* The first entry of class 'cls' and form 'form' at or after index '*i', or NULL; '*i'
 * is left one past it, so a loop from *i = 0 visits every such entry in table order. */
const newsclean_lex_entry *newsclean_lexicon_next(size_t *i, newsclean_lex_class cls,
                                                  newsclean_lex_form form);

/* Append the texts of every entry of class 'cls' and form 'form' to 'out', joined by '|'
 * (alternation is associative, so no entry needs a group of its own); '*limit', if not
 * NULL, receives the largest limit among them. False if out of memory or if there is no
 * such entry. */
bool newsclean_lexicon_join(newsclean_buf *out, newsclean_lex_class cls, newsclean_lex_form form,
                            size_t *limit);

/* Step through a list of words separated by spaces, as WORDS and KEYS entries are: the
 * next word after '*at' with its length in '*n', or NULL at the end; '*at' moves past it. */
static inline const char *
newsclean_lex_next_word(const char **at, size_t *n)
{
    const char *w = *at;
    while (*w == ' ')
        w++;
    if (!*w)
        return NULL;
    *n = strcspn(w, " ");
    *at = w + *n;
    return w;
}

/* A set of words of one or more word classes, compiled once per extractor by the stage
 * that reads it; read-only afterwards. Open addressing, at most half full. Defined here so
 * that the lookup, run for every class name and word of a page, is inlined. */
typedef struct newsclean_lex_words {
    size_t mask; /* slots - 1, slots a power of two */
    struct {
        const char *w; /* into the table's text, not NUL-terminated; NULL: an empty slot */
        size_t n;
        uint64_t bits;
    } slot[];
} newsclean_lex_words;

/* The words of every WORDS entry whose class bit (1u << class) is in 'classes' and whose
 * languages meet 'langs'. NULL if out of memory. */
newsclean_lex_words *newsclean_lex_words_new(uint64_t classes, unsigned langs);
void newsclean_lex_words_free(newsclean_lex_words *s);
/* The slot that holds a word of 'n' bytes, or the empty slot where it would go. */
static inline size_t
newsclean_lex_words_slot(const newsclean_lex_words *s, const char *w, size_t n)
{
    size_t k = (size_t)newsclean_hash(w, n, 0) & s->mask;
    while (s->slot[k].w && !(s->slot[k].n == n && memcmp(s->slot[k].w, w, n) == 0))
        k = (k + 1) & s->mask;
    return k;
}

/* The class bits (1u << class) a word of 'n' bytes belongs to, 0 if none. Exact bytes:
 * the caller folds case first. */
static inline uint64_t
newsclean_lex_words_get(const newsclean_lex_words *s, const char *w, size_t n)
{
    return n ? s->slot[newsclean_lex_words_slot(s, w, n)].bits : 0;
}

#endif /* NEWSCLEAN_LEXICON_H */
