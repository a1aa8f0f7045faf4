/* speakers.c: attribute each quotation to a speaker ("X said", "said X", "according to X",
 * "X: “…”", "sagte X", "so X", ...) over a token stream of the body (English, German; French and
 * Spanish basics). */
#include "speakers.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "phrases.h"
#include "textutil.h"

/* Word tokens sampled to guess the language when the page does not declare it. */
#define SPK_LANG_SAMPLE 4000
/* A text is taken as English or German when at least one word in this many is on that
 * language's list of frequent words (real prose: about one in five). */
#define SPK_LANG_SHARE 12

typedef newsclean_ph_tok tok;
typedef newsclean_ph_np np;
typedef newsclean_ph_ctx ctx;
typedef newsclean_ph_fullname fullname;

/* ---- verbs and their subjects ---- */

/* Verbs whose attributing sense needs a particle: German separable verbs ("fügte …
 * hinzu", "teilte … mit", "fuhr … fort", searched in the rest of the clause) and
 * English phrasal ones ("shot back", "put it", right after the verb). */
static const struct {
    const char *verb, *part;
    unsigned char lang;
    bool required;
} particles[] = {
    {"fügte", "hinzu", L_DE, false}, {"fügten", "hinzu", L_DE, false},
    {"teilte", "mit", L_DE, false},  {"teilten", "mit", L_DE, false},
    {"fuhr", "fort", L_DE, true},    {"räumte", "ein", L_DE, false},
    {"kündigte", "an", L_DE, true},  {"gab", "bekannt", L_DE, true},
    {"gab", "zu", L_DE, true},       {"stellte", "klar", L_DE, true},
    {"hob", "hervor", L_DE, true},   {"machte", "deutlich", L_DE, true},
    {"zeigte", "sich", L_DE, true},  {"freute", "sich", L_DE, true},
    {"ärgerte", "sich", L_DE, true}, {"empörte", "sich", L_DE, true},
    {"shot", "back", L_EN, true},    {"fired", "back", L_EN, true},
    {"hit", "back", L_EN, true},     {"pushed", "back", L_EN, true},
    {"went", "on", L_EN, true},      {"pointed", "out", L_EN, true},
    {"spoke", "out", L_EN, true},    {"lashed", "out", L_EN, true},
    {"weighed", "in", L_EN, true},   {"chimed", "in", L_EN, true},
    {"summed", "up", L_EN, true},    {"put", "it", L_EN, true},
};

/* The particle token of verb v, or SIZE_MAX; *required tells whether v needs one. */
static size_t
particle(ctx *c, size_t v, bool *required)
{
    *required = false;
    const tok *w = &c->t[v];
    for (size_t k = 0; k < sizeof particles / sizeof particles[0]; k++) {
        size_t n = strlen(particles[k].verb);
        if (particles[k].lang != c->lang || w->e - w->s != n ||
            strncmp(c->s + w->s, particles[k].verb, n) != 0)
            continue;
        *required = particles[k].required;
        size_t reach = c->lang == L_DE ? 12 : 1;
        for (size_t i = v + 1; i < c->nt && i <= v + reach; i++) {
            if (c->t[i].kind != T_WORD) {
                if (c->t[i].kind == T_PUNCT && (c->t[i].cp == ',' || c->t[i].cp == '.' ||
                                                c->t[i].cp == ':' || c->t[i].cp == ';'))
                    break;
                if (c->t[i].kind != T_PUNCT)
                    break;
                continue;
            }
            if (word_eq(c, i, particles[k].part))
                return i;
        }
        /* a verb may take one of several particles ("gab … bekannt", "gab … zu") */
    }
    return SIZE_MAX;
}

/* Is token v an attributing verb here? Filters the words whose use depends on context. */
static bool
verb_ok(ctx *c, size_t v)
{
    if (!has(c, v, W_VERB))
        return false;
    if (word_eq(c, v, "according"))
        return word_eq(c, v + 1, "to");
    if (c->lang == L_DE && word_eq(c, v, "so"))
        return v > 0 && is_p(c, v - 1, ',');
    bool req;
    if (particle(c, v, &req) == SIZE_MAX && req)
        return false;
    return true;
}

/* Next to a quote, "-s" words that double as nouns are verbs too: "…,” Smith notes. */
static bool
verb_ok_near(ctx *c, size_t v)
{
    return verb_ok(c, v) || has(c, v, W_VERB2);
}

static void
set_cue(ctx *c, size_t v, np *out)
{
    bool req;
    out->cue_a = v;
    out->cue_b = word_eq(c, v, "according") ? v + 1 : v;
    out->cue_p = particle(c, v, &req);
}

static bool
participle(const ctx *c, size_t v)
{
    const tok *w = &c->t[v];
    return c->lang == L_EN && w->e - w->s > 4 && memcmp(c->s + w->e - 3, "ing", 3) == 0;
}

/* Does German phrase x open with an article no subject takes ("den Plan", "einem
 * Bericht")? Such a phrase is an object; the subject is elsewhere. */
static bool
oblique(ctx *c, const np *x)
{
    return c->lang == L_DE && x->ok && !x->pronoun &&
           cue_word(c, x->a, NEWSCLEAN_LX_SPK_OBLIQUE_DET);
}

/* Is x no speaker at all: an object, the expletive "es", a lone adverb or preposition
 * ("Davon", "Seitens")? German only, where such words stand in the subject's place. */
static bool
names_nobody(ctx *c, const np *x)
{
    if (c->lang != L_DE || !x->ok)
        return false;
    if (oblique(c, x))
        return true;
    if (x->a != x->b)
        return false;
    return cue_word(c, x->a, NEWSCLEAN_LX_SPK_NOT_SPEAKER) ||
           has(c, x->a, W_FUNC | W_PREP | W_SKIP | W_DET | W_AND | W_THAT | W_VERB);
}

/* German puts the finite verb second: when what stands before verb v is no subject
 * ("Den Vorschlag lehnte der Rat ab", "Davon sprach Anna Berg"), the subject follows
 * the verb and the words between subject and verb that may sit there. */
static bool
subject_after_verb(ctx *c, size_t v, size_t hi, np *out)
{
    size_t i = v + 1;
    /* "äußerte sich Trainer Ole Brandt": the reflexive is no subject either. */
    while (i <= hi && i < v + 4 &&
           ((has(c, i, W_SKIP) && !has(c, i, W_PRON)) || word_eq(c, i, "sich")))
        i++;
    np_clear(out);
    if (i > hi || !newsclean_ph_np_fwd(c, i, hi, out) || names_nobody(c, out)) {
        np_clear(out);
        return false;
    }
    return true;
}

static bool
sentence_subject(ctx *c, size_t ss, size_t limit, np *out)
{
    size_t i = ss;
    np_clear(out);
    while (i < limit && c->t[i].kind == T_PUNCT)
        i++;
    if (i >= limit || !is_word(c, i))
        return false;
    for (int round = 0; round < 3 && i < limit && is_word(c, i); round++) {
        unsigned f = newsclean_ph_flags(c, i);
        const tok *w = &c->t[i];
        /* "Speaking to reporters, …", "Conversely, …": a participle or adverb opening. */
        bool opener =
            (f & W_CAP) && !(f & (W_PRON | W_DET)) && c->lang == L_EN && w->e - w->s > 3 &&
            (memcmp(c->s + w->e - 3, "ing", 3) == 0 || memcmp(c->s + w->e - 2, "ly", 2) == 0);
        if (!opener && (!(f & (W_FUNC | W_AND | W_THAT | W_SKIP)) || (f & (W_PRON | W_DET))))
            break;
        /* "In a statement on Friday, …", "But Smith said": skip the opening phrase. */
        size_t k = i;
        while (k < limit && k < i + 20 && !is_p(c, k, ',') && c->t[k].kind != T_QUOTE)
            k++;
        if (k < limit && is_p(c, k, ','))
            i = k + 1;
        else if (!(f & W_PREP) && !opener)
            i++;
        else
            return false;
    }
    if (i >= limit)
        return false;
    return newsclean_ph_np_fwd(c, i, limit - 1, out);
}

/* "during a town hall in Columbus, Ohio, said": a lone name after the comma at k ends
 * a place ("Columbus, Ohio") whose first part a preposition governs; it is no aside. */
static bool
place_after_preposition(ctx *c, size_t k, size_t ss)
{
    np before;
    return k > ss && !newsclean_ph_np_back(c, k - 1, ss, &before) && before.pp != SIZE_MAX;
}

/* "Rudy Giuliani, the former mayor of New York, said": token j is the comma before the
 * verb. Walk back over the asides ("Cory James, 22, of Flint, Mich., said") to the
 * first comma that follows a noun phrase, or take the aside itself when it is a bare
 * name ("The company’s chief, John Smith, said"). */
static bool
appositive(ctx *c, size_t j, size_t ss, np *out)
{
    size_t lo = j > ss + 25 ? j - 25 : ss;
    bool nearest = true;
    np_clear(out);
    for (size_t k = j; k-- > lo;) {
        if (c->t[k].kind == T_PARA)
            return false;
        if (c->t[k].kind == T_PUNCT && c->t[k].cp != ',' && c->t[k].cp != '.' &&
            c->t[k].cp != '(' && c->t[k].cp != ')' && c->t[k].cp != '-')
            return false;
        if (!is_p(c, k, ','))
            continue;
        if (k == lo || k + 1 >= j)
            return false;
        size_t s0 = k + 1;
        if (nearest && newsclean_ph_name_word(c, s0) &&
            newsclean_ph_name_fwd(c, s0, j - 1) == j - 1 &&
            !(s0 == j - 1 && place_after_preposition(c, k, ss)) &&
            newsclean_ph_np_back(c, j - 1, s0, out))
            return out->ok;
        nearest = false;
        if (has(c, s0, W_SKIP | W_VERB | W_PRON | W_THAT))
            return false; /* ", he noted," is a clause, not an aside */
        if (newsclean_ph_np_back(c, k - 1, ss, out) && !out->pronoun)
            return true;
        np_clear(out);
    }
    return false;
}

static bool
is_dash(const ctx *c, size_t i)
{
    return i < c->nt && c->t[i].kind == T_PUNCT &&
           (c->t[i].cp == 0x2014 || c->t[i].cp == 0x2013 || c->t[i].cp == 0x2015 ||
            c->t[i].cp == '-');
}

/* Does token i look like a verb right after a subject? A lower-case content word with
 * a verb's ending (-ed, -s) or a common irregular past; "court" or "retort" is not. */
static bool
verbish(ctx *c, size_t i)
{
    if (!is_word(c, i))
        return false;
    unsigned f = newsclean_ph_flags(c, i);
    if (f & (W_CAP | W_FUNC | W_DET | W_PRON | W_PREP | W_AND | W_THAT | W_CONN | W_REL))
        return false;
    const tok *w = &c->t[i];
    size_t n = w->e - w->s;
    const char *e = c->s + w->e;
    if (c->lang != L_EN)
        return !(c->s[w->s] >= '0' && c->s[w->s] <= '9');
    if (n > 3 && ((e[-2] == 'e' && e[-1] == 'd') ||
                  (e[-1] == 's' && e[-2] != 's' && e[-2] != '\'' && (unsigned char)e[-2] != 0x99)))
        return true;
    return cue_word(c, i, NEWSCLEAN_LX_SPK_IRREGULAR);
}

/* The nearest "subject verb" pair before token 'from' in the sentence starting at ss:
 * "It is strange that Trump would denounce …" -> Trump. A phrase right after a verb is
 * its object ("delivered a snappy retort"), not a subject. */
static bool
clause_subject_back(ctx *c, size_t from, size_t ss, np *out)
{
    np_clear(out);
    size_t lo = from > ss + SPK_WINDOW ? from - SPK_WINDOW : ss;
    for (size_t p = from - 1; p-- > lo;) {
        size_t v = p + 1;
        while (v < from && has(c, v, W_SKIP) && !has(c, v, W_PRON))
            v++;
        if (v >= from || !(verbish(c, v) || (has(c, v, W_VERB) && verb_ok(c, v))))
            continue;
        /* "Die Vorwürfe seien „haltlos“": the subject of reported speech is what was
         * spoken of, not who spoke. */
        if (c->lang == L_DE && cue_word(c, v, NEWSCLEAN_LX_SPK_SUBJUNCTIVE))
            continue;
        if (newsclean_ph_np_back(c, p, ss, out) &&
            (out->person || out->pronoun || (newsclean_ph_flags(c, out->a) & W_DET) ||
             newsclean_ph_name_word(c, out->b)) &&
            !(out->a > ss && (verbish(c, out->a - 1) || has(c, out->a - 1, W_VERB)))) {
            if (!names_nobody(c, out))
                return true;
            if (out->a == ss && subject_after_verb(c, v, from - 1, out))
                return true;
        }
        np_clear(out);
    }
    return false;
}

/* Words of a time phrase between subject and verb: "last week", "two days ago". */
static bool
time_word(ctx *c, size_t i)
{
    if (!is_word(c, i))
        return false;
    return cue_word(c, i, NEWSCLEAN_LX_SPK_TIME);
}

/* "zitiert die Zeitung den Minister", "Die Agentur zitierte einen Sprecher mit …": the
 * one a citing verb quotes is its object, not its subject. */
static void
cited_object(ctx *c, size_t v, size_t se, np *out)
{
    if (c->lang != L_DE || !cue_word(c, v, NEWSCLEAN_LX_SPK_CITE_VERB))
        return;
    /* "zitiert der Spiegel Innenminister Karl Weber": the medium and the one it
     * quotes run together; a role after the medium's first word opens the one quoted. */
    if (out->ok && out->a > v && !out->pronoun) {
        for (size_t i = out->a + 1; i <= out->b; i++)
            if (is_word(c, i) && has(c, i, W_TITLE) && i < out->b &&
                newsclean_ph_name_word(c, out->b) && !has(c, i - 1, W_DET)) {
                out->a = i;
                out->person = true;
                return;
            }
    }
    size_t st = out->ok && out->a > v ? out->b + 1 : v + 1;
    np obj;
    if (!out->ok) {
        /* No medium read ("zitiert die „Post“-Zeitung den Minister"): the object is the
         * first phrase in an oblique case after the verb. */
        while (st <= se && st < v + 8 && !cue_word(c, st, NEWSCLEAN_LX_SPK_OBLIQUE_DET))
            st++;
    }
    if (st <= se && newsclean_ph_np_fwd(c, st, se, &obj) && obj.ok && !obj.pronoun &&
        (oblique(c, &obj) || obj.person)) {
        if (oblique(c, &obj) && obj.a < obj.b)
            obj.a++; /* "den Minister Karl Weber": the article is the case, not the name */
        *out = obj;
    }
}

/* Does the sentence from ss open with a preposition whose phrase runs up to verb v,
 * with no comma, quote or other verb between? Then that phrase fills the place before
 * the German verb in second place. "laut" and "seitens" name a source instead. */
static bool
prep_field(ctx *c, size_t ss, size_t v)
{
    size_t i = ss;
    while (i < v && c->t[i].kind == T_PUNCT && !is_p(c, i, ','))
        i++;
    if (i >= v || !has(c, i, W_PREP) || cue_word(c, i, NEWSCLEAN_LX_SPK_SOURCE_PREP))
        return false;
    for (size_t k = i + 1; k < v; k++)
        if (c->t[k].kind == T_QUOTE || c->t[k].kind == T_PARA || is_p(c, k, ',') ||
            is_p(c, k, ':') || has(c, k, W_VERB | W_AUX))
            return false;
    return true;
}

/* The subject of attributing verb v in the sentence [ss, se]. */
static bool
verb_subject(ctx *c, size_t v, size_t ss, size_t se, np *out)
{
    np_clear(out);
    if (word_eq(c, v, "according")) {
        if (!newsclean_ph_np_fwd(c, v + 2, se, out))
            return false;
    } else if (c->lang == L_DE && cue_word(c, v, NEWSCLEAN_LX_SPK_SOURCE_PREP)) {
        if (!newsclean_ph_np_fwd(c, v + 1, se, out))
            return false;
    } else if (c->lang == L_DE && cue_word(c, v, NEWSCLEAN_LX_SPK_IT_SAYS) &&
               (word_eq(c, v + 1, "es")
                    ? has(c, v + 2, W_PREP)
                    : v > ss && word_eq(c, v - 1, "es") && has(c, v + 1, W_PREP))) {
        /* "heißt es in dem Bericht", "Es hieß aus dem Ministerium": the source. */
        if (!newsclean_ph_np_fwd(c, word_eq(c, v + 1, "es") ? v + 3 : v + 2, se, out))
            return false;
    } else if (c->lang == L_DE && cue_word(c, v, NEWSCLEAN_LX_SPK_IT_SAYS) && v > ss &&
               word_eq(c, v + 1, "es") && prep_field(c, ss, v)) {
        /* "Aus dem Ministerium hieß es, …", "Von Seiten der Stadt hieß es:": the
         * source opens the sentence. */
        size_t a = ss;
        while (a < v && !is_word(c, a))
            a++;
        a++;
        if (word_eq(c, a, "seiten"))
            a++;
        if (a >= v || !newsclean_ph_np_fwd(c, a, v - 1, out) || out->pronoun) {
            np_clear(out);
            return false;
        }
    } else if (c->lang == L_DE && word_eq(c, v, "zufolge")) {
        if (v == 0 || !newsclean_ph_np_back(c, v - 1, ss, out))
            return false;
    } else if (c->lang == L_EN && word_eq(c, v + 1, "by") && v + 2 <= se &&
               newsclean_ph_np_fwd(c, v + 2, se, out)) {
        /* "as described by FBI Director James Comey": the agent of a passive. */
    } else if (c->lang == L_EN && v == ss && has(c, v, W_INV) && v + 1 <= se &&
               newsclean_ph_np_fwd(c, v + 1, se, out) &&
               (is_p(c, out->b + 1, ':') || is_p(c, out->b + 1, ',') ||
                (out->b + 1 < c->nt && c->t[out->b + 1].kind == T_QUOTE))) {
        /* "Said Dorothy Poynter, who grew up there, “…”", "Continued Stone: “…”": the
         * verb opens the sentence and its subject follows. */
    } else {
        size_t i = v, skipped = 0;
        while (i > ss && skipped < 4 && has(c, i - 1, W_SKIP) && !has(c, i - 1, W_PRON)) {
            i--;
            skipped++;
        }
        /* "The State Department less than two weeks ago said", "… last week said". */
        size_t t = i;
        while (t > ss && i - t < 6 && time_word(c, t - 1))
            t--;
        if (t < i && t > ss && (is_word(c, t - 1) || is_p(c, t - 1, ')')) && !time_word(c, t - 1) &&
            (word_eq(c, i - 1, "ago") || cue_word(c, t, NEWSCLEAN_LX_SPK_TIME_OPEN)))
            i = t;
        if (i > ss) {
            size_t j = i - 1;
            if (is_p(c, j, ',')) {
                if (!participle(c, v))
                    appositive(c, j, ss, out);
                else
                    clause_subject_back(c, j, ss, out); /* "X rallied supporters, saying" */
            } else if (is_p(c, j, ')')) {
                /* "Sen. Elizabeth Warren (D-MA) said" */
                size_t k = j;
                while (k > ss && j - k < 12 && !is_p(c, k, '('))
                    k--;
                if (is_p(c, k, '(') && k > ss)
                    newsclean_ph_np_back(c, k - 1, ss, out);
            } else if (has(c, j, W_AND)) {
                /* "X denounced … and said": the subject of the clause before. */
                clause_subject_back(c, j, ss, out);
            } else if (!newsclean_ph_np_back(c, j, ss, out)) {
                /* "Trump in his announcement speech called": step over the phrases. */
                for (int round = 0; round < 3 && out->pp != SIZE_MAX && out->pp > ss; round++)
                    if (newsclean_ph_np_back(c, out->pp - 1, ss, out))
                        break;
            }
            if (out->ok && !out->person && !out->pronoun && participle(c, v) &&
                !has(c, out->a - 1, W_SKIP)) {
                /* "a statement describing …", "an ad calling it …": the participle
                 * hangs on an object; the clause subject is the one talking. */
                np subj;
                if (out->a > ss && clause_subject_back(c, out->a, ss, &subj))
                    *out = subj;
            }
        }
        if (names_nobody(c, out) && !subject_after_verb(c, v, se, out))
            np_clear(out);
        np after;
        /* "Nach dem Spiel im Stadion äußerte sich Trainer Ole Brandt": what stands before
         * the verb in second place is one phrase; when it opens with a preposition it
         * is an adverbial, and the subject follows the verb. */
        if (c->lang == L_DE && out->ok && out->a > ss && prep_field(c, ss, v) &&
            subject_after_verb(c, v, se, &after))
            *out = after;
        /* "Das Ergebnis kommentierte der Trainer", "Seine Sorgen schilderte der Bademeister
         * Jens Ohm so": a role, or a first and last name, after the verb in second place is
         * the subject; a thing before it is the object. One word after the verb may be
         * whom it was told to ("Ein Mitglied bestätigte CORRECTIV"). */
        if (c->lang == L_DE && out->ok && !out->person && !out->pronoun && has(c, v, W_INV) &&
            v + 2 <= se && subject_after_verb(c, v, se, &after) &&
            ((word_eq(c, v + 1, "der") && has(c, v + 2, W_TITLE)) ||
             (after.b > after.a && newsclean_ph_name_word(c, after.b) &&
              newsclean_ph_name_word(c, after.b - 1))))
            *out = after;
        /* "said Smith" comes right after a quote or a comma in English; German puts
         * the subject after any verb in second place ("Am Sonntag sagte Merkel"). */
        if (!out->ok && has(c, v, W_INV) && v + 1 <= se &&
            (c->lang == L_DE ||
             (v > 0 && (is_p(c, v - 1, ',') || is_dash(c, v - 1) || c->t[v - 1].kind == T_QUOTE))))
            newsclean_ph_np_fwd(c, v + 1, se, out);
        if (!out->ok)
            sentence_subject(c, ss, v, out);
        if (!out->ok)
            return false;
    }
    cited_object(c, v, se, out);
    set_cue(c, v, out);
    return true;
}

/* Step over what may sit between a speaker and its verb: adverbs ("also"), a
 * parenthesis ("(D-N.Y.)"), an aside between commas, a short phrase ("of the Sierra
 * Club"). Returns the token where the verb should be. */
static size_t
skip_to_verb(ctx *c, size_t m, size_t hi)
{
    for (int round = 0; round < 3 && m <= hi; round++) {
        while (m <= hi && has(c, m, W_SKIP) && !has(c, m, W_VERB))
            m++;
        if (m > hi || has(c, m, W_VERB | W_VERB2))
            return m;
        /* "used to say", "likes to tell": the verb after "to" attributes. */
        if (m + 2 <= hi && is_word(c, m) && !(newsclean_ph_flags(c, m) & W_CAP) &&
            word_eq(c, m + 1, "to") && has(c, m + 2, W_VERB))
            return m + 2;
        size_t k = m + 1;
        if (is_p(c, m, '(')) {
            while (k <= hi && k < m + 10 && !is_p(c, k, ')'))
                k++;
            if (k > hi || !is_p(c, k, ')'))
                return m;
            m = k + 1;
        } else if (is_p(c, m, ',')) {
            while (k <= hi && k < m + 22 && !is_p(c, k, ','))
                k++;
            if (k > hi || !is_p(c, k, ','))
                return m;
            m = k + 1;
        } else if (has(c, m, W_PREP)) {
            while (k <= hi && k < m + 7 && (is_word(c, k) || newsclean_ph_abbr_dot(c, k)) &&
                   !has(c, k, W_VERB))
                k++;
            if (k > hi || !has(c, k, W_VERB))
                return m;
            m = k;
        } else {
            return m;
        }
    }
    return m;
}

/* After a quote that ended its sentence, "Smith said." still attributes it, but "Smith
 * said the plan…" starts a new statement. */
static bool
short_attribution(ctx *c, size_t m, size_t hi)
{
    if (m >= hi)
        return true;
    size_t n = m + 1;
    /* "Smith warned Saturday that …": a day or time changes nothing. */
    while (n <= hi && n < m + 4 && time_word(c, n))
        n++;
    if (!is_word(c, n))
        return true;
    unsigned f = newsclean_ph_flags(c, n);
    if (f & (W_PRON | W_DET | W_THAT))
        return false;
    if (f & (W_FUNC | W_PREP | W_SKIP))
        return true;
    /* "Trump asked reporters rhetorically." */
    return n + 1 > hi || !is_word(c, n + 1) || has(c, n + 1, W_FUNC | W_PREP | W_SKIP);
}

/* "dijo la consejera de Medio Ambiente, Carmen Villalba, durante …": a role followed
 * by the bare name between commas; the name is the speaker. */
static void
apposed_name(ctx *c, np *out, size_t hi)
{
    if (!out->ok || out->person || out->pronoun || out->b + 2 > hi || !is_p(c, out->b + 1, ',') ||
        !newsclean_ph_name_word(c, out->b + 2))
        return;
    size_t e = newsclean_ph_name_fwd(c, out->b + 2, hi);
    if (e > out->b + 2 && (e == hi || is_p(c, e + 1, ',') || is_p(c, e + 1, '.'))) {
        out->a = newsclean_ph_strip_title(c, out->b + 2, e);
        out->b = e;
        out->person = true;
    }
}

/* A participle that can head a passive: "called", "labeled", "described", "written". */
static bool
participle_ed(const ctx *c, size_t v)
{
    const tok *w = &c->t[v];
    size_t n = w->e - w->s;
    return n > 3 &&
           (memcmp(c->s + w->e - 2, "ed", 2) == 0 || cue_word(c, v, NEWSCLEAN_LX_SPK_PARTICIPLE));
}

/* Does the quote at tq end with a comma inside its marks ("the “waste of money,” by
 * their count")? The comma closes the quoted phrase; what follows is a new clause. */
static bool
quote_ends_clause(const ctx *c, size_t tq)
{
    const newsclean_quote_span *q = &c->q[c->t[tq].q];
    return q->end > q->start && c->s[q->end - 1] == ',';
}

/* "by their count", "by his own account", "by far": a measure or a view, no agent. */
static bool
by_measure(ctx *c, size_t i)
{
    if (cue_word(c, i, NEWSCLEAN_LX_SPK_BY_ADVERB))
        return true;
    if (!has(c, i, W_DET))
        return false;
    return cue_word(c, i + 1, NEWSCLEAN_LX_SPK_BY_VIEW) ||
           (word_eq(c, i + 1, "own") && cue_word(c, i + 2, NEWSCLEAN_LX_SPK_BY_VIEW));
}

/* Does a clause or a colon follow verb m before hi ("Roth sagte nach dem Spiel, man
 * habe …")? A German sentence after a closed quote that says something of its own
 * introduces new words, not the quote before it. */
static bool
clause_follows(ctx *c, size_t m, size_t hi)
{
    for (size_t i = m + 1; i <= hi; i++)
        if (is_p(c, i, ',') || is_p(c, i, ':'))
            return true;
    return false;
}

static size_t quote_words(const ctx *c, size_t k);

/* "„Die Preise steigen weiter.“ (Verbraucherzentrale).": a name alone in brackets
 * right after a quote that closes its sentence is its source. */
static bool
bracketed_source(ctx *c, size_t tq, np *out)
{
    size_t o = tq + 1, e = o + 1;
    while (e < c->nt && e < o + 8 && is_word(c, e))
        e++;
    if (e == o + 1 || !is_p(c, e, ')') ||
        !(e + 1 >= c->nt || c->t[e + 1].kind == T_PARA || is_p(c, e + 1, '.')))
        return false;
    const newsclean_quote_span *q = &c->q[c->t[tq].q];
    char last = q->end > q->start ? c->s[q->end - 1] : 0;
    /* "„… wir prüfen das genau“ (Innenminister Karl Weber).": the sentence's stop after
     * the bracket closes a quote of some length; "„Rad statt Auto“ (RsA)." names a thing. */
    if (last != '.' && last != '!' && last != '?' &&
        !(is_p(c, e + 1, '.') && quote_words(c, c->t[tq].q) > 4))
        return false;
    if (!newsclean_ph_np_fwd(c, o + 1, e - 1, out) || out->b != e - 1 || out->pronoun ||
        names_nobody(c, out)) {
        np_clear(out);
        return false;
    }
    return true;
}

/* German puts adverbs between an inverted verb and its subject ("…“, sagte gestern
 * Abend der Kämmerer", "…“, betonte dagegen Tom Kurz"): the first token from 'st' past
 * them, or 'st' when none stands there. Lower-case words only, never "es" or "man", which
 * stand for a subject, nor an article or a preposition that opens one. */
static size_t
past_adverbs(ctx *c, size_t st, size_t hi)
{
    size_t i = st;
    bool day = false; /* "gestern", "heute": a time of day may follow ("Abend") */
    while (i <= hi && i < st + 4 && is_word(c, i) && !has(c, i, W_CAP) &&
           !has(c, i, W_DET | W_PRON | W_PERS | W_PREP | W_AND | W_THAT | W_VERB | W_AUX) &&
           !word_eq(c, i, "es") && !word_eq(c, i, "man") &&
           (has(c, i, W_SKIP | W_FUNC) || cue_word(c, i, NEWSCLEAN_LX_SPK_NOT_SPEAKER))) {
        day = word_eq(c, i, "gestern") || word_eq(c, i, "heute");
        i++;
    }
    /* "gestern Abend der …": the time noun goes with the adverb when an article follows. */
    if (day && i < hi && has(c, i, W_CAP) && has(c, i + 1, W_DET))
        i++;
    return i <= hi ? i : st;
}

/* "…“, sagte dem Reporter der Minister", "…“, erklärte gegenüber dieser Zeitung der
 * Vorsitzende": whom it was said to, in the dative or after a preposition, may stand
 * between the inverted verb and its subject. The token past it when a subject in the
 * nominative (an article of it, a role or a name) follows, else 'st'. */
static size_t
past_addressee(ctx *c, size_t st, size_t hi)
{
    bool prep = has(c, st, W_PREP) || word_eq(c, st, "gegenüber");
    if (st > hi || !(prep || cue_word(c, st, NEWSCLEAN_LX_SPK_OBLIQUE_DET)) ||
        cue_word(c, st, NEWSCLEAN_LX_SPK_SOURCE_PREP))
        return st;
    /* The phrase: its article, then up to four words that open no new phrase. An
     * article in the nominative ends it; np_fwd would read it as a genitive. */
    size_t k = prep ? st + 1 : st;
    if (k <= hi && has(c, k, W_DET))
        k++;
    size_t first = k;
    while (k <= hi && k < first + 4 && is_word(c, k) && !has(c, k, W_DET | W_PREP | W_VERB))
        k++;
    if (k == first || k > hi)
        return st;
    size_t n = past_adverbs(c, k, hi);
    if (n > hi || !is_word(c, n) || cue_word(c, n, NEWSCLEAN_LX_SPK_OBLIQUE_DET))
        return st;
    if (has(c, n, W_DET) || has(c, n, W_TITLE) || newsclean_ph_name_word(c, n))
        return n;
    return st;
}

/* Attribution right after the quote: "…,” said Smith", "…,” Smith said", "…“, so
 * Murtha", "…“, hatte VW-Chef Winterkorn erklärt", "… “witch hunt” by Democrats". */
static bool
after_quote(ctx *c, size_t tq, np *out)
{
    size_t j = tq + 1;
    bool crossed = newsclean_ph_ends_sentence(c, tq);
    np_clear(out);
    if (j < c->nt && (is_p(c, j, ',') || is_dash(c, j)))
        j++;
    if (j == tq + 1 && is_p(c, j, '(') && bracketed_source(c, tq, out))
        return true;
    if (!is_word(c, j))
        return false;
    size_t hi = j;
    /* A name in quotation marks ("zitiert die „Post“-Zeitung den Minister") does not
     * end the clause; a quotation of some length does. */
    while (hi + 1 < c->nt && hi < j + 24 && !newsclean_ph_ends_sentence(c, hi) &&
           !(c->t[hi + 1].kind == T_QUOTE && quote_words(c, c->t[hi + 1].q) > 3))
        hi++;
    if (c->lang == L_DE && cue_word(c, j, NEWSCLEAN_LX_SPK_IT_SAYS) && verb_ok(c, j))
        return verb_subject(c, j, j, hi, out); /* "…“, heißt es in dem Bericht." */
    if (has(c, j, W_INV) && verb_ok_near(c, j)) {
        size_t st = word_eq(c, j, "according") ? j + 2 : j + 1;
        /* "…“, empörte sich der Vorsitzende": the reflexive stands before the subject */
        if (c->lang == L_DE && st < hi && word_eq(c, st, "sich"))
            st++;
        if (c->lang == L_DE)
            st = past_adverbs(c, st, hi);
        if (c->lang == L_DE)
            st = past_addressee(c, st, hi);
        if (newsclean_ph_np_fwd(c, st, hi, out)) {
            apposed_name(c, out, hi);
            cited_object(c, j, hi, out);
            set_cue(c, j, out);
            return true;
        }
        if (c->lang == L_DE && cue_word(c, j, NEWSCLEAN_LX_SPK_CITE_VERB)) {
            /* The medium's name in quotation marks stops the phrase reader; the one
             * cited still follows as the object. */
            cited_object(c, j, hi, out);
            if (out->ok) {
                set_cue(c, j, out);
                return true;
            }
        }
    }
    if (!crossed && c->lang == L_EN && j == tq + 1 && word_eq(c, j, "by") &&
        !quote_ends_clause(c, tq) && !by_measure(c, j + 1)) {
        /* A passive attribution needs its participle just before the quote, with at most
         * an article or "as" between: "labeled as a “witch hunt” by Democrats". Not "said
         * he was “encouraged” by the plan", nor "called it a “hit piece” by the Times". */
        for (size_t v = tq, d = 0; v-- > 0 && d < 4; d++) {
            if (has(c, v, W_VERB) && verb_ok(c, v) && participle_ed(c, v)) {
                if (!newsclean_ph_np_fwd(c, j + 1, hi, out))
                    break;
                set_cue(c, v, out);
                return true;
            }
            if (!cue_word(c, v, NEWSCLEAN_LX_SPK_PASSIVE_GAP))
                break;
        }
        np_clear(out);
    }
    if ((c->lang == L_FR || c->lang == L_ES) && has(c, j, W_AUX) && has(c, j + 1, W_VERB) &&
        newsclean_ph_np_fwd(c, j + 2, hi, out)) {
        /* "« … », a déclaré Claire Dubreuil" */
        apposed_name(c, out, hi);
        set_cue(c, j + 1, out);
        out->cue_a = j;
        return true;
    }
    if (c->lang == L_DE && has(c, j, W_AUX) && newsclean_ph_np_fwd(c, j + 1, hi, out)) {
        for (size_t m = out->b + 1; m <= hi; m++)
            if (has(c, m, W_VERB) && verb_ok(c, m)) {
                set_cue(c, m, out);
                return true;
            }
    }
    if (!newsclean_ph_np_fwd(c, j, hi, out))
        return false;
    if (is_dash(c, tq + 1) && out->person &&
        (out->b + 1 >= c->nt || c->t[out->b + 1].kind == T_QUOTE ||
         c->t[out->b + 1].kind == T_PARA || is_p(c, out->b + 1, '.')))
        return true; /* “…” ― Jane Doe: a signed line */
    size_t m = skip_to_verb(c, out->b + 1, hi);
    if (m <= hi && verb_ok_near(c, m) && !word_eq(c, m, "according") &&
        (!crossed || (has(c, m, W_INV) && short_attribution(c, m, hi) &&
                      !(c->lang == L_DE && clause_follows(c, m, hi))))) {
        set_cue(c, m, out);
        return true;
    }
    np_clear(out);
    return false;
}

/* "Smith said:" or "Smith:" before a quote. 'colon' is the colon's token. */
static bool
colon_intro(ctx *c, size_t colon, np *out)
{
    size_t ss = newsclean_ph_sent_start(c, colon);
    np_clear(out);
    for (size_t v = colon; v-- > ss;)
        if (has(c, v, W_VERB) && verb_ok(c, v))
            return verb_subject(c, v, ss, colon, out);
    if (colon > ss && newsclean_ph_np_back(c, colon - 1, ss, out) && (out->a == ss || out->person))
        return true;
    /* "Hoff’s letter makes a libertarian-style case:" */
    if (colon > ss && clause_subject_back(c, colon, ss, out))
        return true;
    np_clear(out);
    return false;
}

/* "Trump said Fox executives were calling “every 15 minutes”", "Trump said … that
 * Clinton once described it as “the gold standard”": words reported inside someone's
 * statement are that someone's quote. Climb to the outer speaker. */
static void
outer_speaker(ctx *c, size_t ss, size_t se, np *out)
{
    for (int round = 0; round < 2 && out->ok && !out->pronoun && out->a > ss; round++) {
        size_t a = out->a;
        bool that = has(c, a - 1, W_THAT);
        if (!that && !(has(c, a - 1, W_VERB) && verb_ok(c, a - 1)))
            return;
        size_t lo = a > ss + 14 ? a - 14 : ss;
        for (size_t u = that ? a - 1 : a; u-- > lo;) {
            if (c->t[u].kind != T_WORD)
                return;
            if (has(c, u, W_VERB) && verb_ok(c, u)) {
                np outer;
                if (verb_subject(c, u, ss, se, &outer) && outer.b < u)
                    *out = outer;
                else
                    return;
                break;
            }
        }
    }
}

/* The nearest attributing verb in the quote's sentence, either side, and its subject. */
static bool
nearest_verb(ctx *c, size_t tq, size_t ss, size_t se, np *out)
{
    np_clear(out);
    for (size_t d = 1; d <= SPK_WINDOW; d++) {
        bool any = false;
        if (tq >= ss + d) {
            size_t v = tq - d;
            any = true;
            if (has(c, v, W_VERB) && verb_ok(c, v) && verb_subject(c, v, ss, se, out)) {
                outer_speaker(c, ss, se, out);
                return true;
            }
        }
        if (tq + d <= se) {
            size_t v = tq + d;
            any = true;
            if (has(c, v, W_VERB) && verb_ok(c, v) && verb_subject(c, v, ss, se, out))
                return true;
        }
        if (!any)
            break;
    }
    np_clear(out);
    return false;
}

/* ---- full names, for surnames said alone ---- */

static int
key_cmp(const char *a, size_t an, const char *b, size_t bn)
{
    int d = memcmp(a, b, an < bn ? an : bn);
    if (d)
        return d;
    return an < bn ? -1 : an > bn;
}

/* Order names by surname, then by position, so a lookup is a binary search. */
static int
name_cmp(const void *x, const void *y)
{
    const fullname *a = x, *b = y;
    int d = key_cmp(a->key, a->ke - a->ks, b->key, b->ke - b->ks);
    if (d)
        return d;
    return a->tok < b->tok ? -1 : a->tok > b->tok;
}

static bool
build_names(ctx *c)
{
    c->names_built = true;
    for (size_t i = 0; i < c->nt; i++) {
        if (!newsclean_ph_name_word(c, i))
            continue;
        size_t b = i;
        while (b + 1 < c->nt && !newsclean_ph_possessive(c, b)) {
            if (newsclean_ph_name_word(c, b + 1))
                b++;
            else if (b + 2 < c->nt &&
                     (newsclean_ph_abbr_dot(c, b + 1) || newsclean_ph_conn_between(c, b + 1)) &&
                     newsclean_ph_name_word(c, b + 2))
                b += 2;
            else
                break;
        }
        size_t a = newsclean_ph_strip_title(c, i, b);
        size_t words = 0;
        bool clean = true;
        for (size_t k = a; k <= b; k++) {
            if (is_word(c, k)) {
                words++;
                if ((newsclean_ph_flags(c, k) & (W_TITLE | W_ABBR)) ||
                    !(newsclean_ph_flags(c, k) & W_CAP))
                    clean = false;
            }
        }
        if (clean && words >= 2 && words <= 4 && !(newsclean_ph_flags(c, b) & W_INITIAL)) {
            if (c->nnames == c->capnames) {
                fullname *v = newsclean_array_grow(c->names, &c->capnames, sizeof *c->names, 64);
                if (!v)
                    return false;
                c->names = v;
            }
            fullname *f = &c->names[c->nnames++];
            f->tok = a;
            f->s = c->t[a].s;
            f->ks = c->t[b].s;
            f->ke = f->e = c->t[b].e;
            f->key = c->s + f->ks;
            /* Drop the possessive ending: "Donald Trump’s" names "Donald Trump". */
            size_t cut = newsclean_ph_possessive_len(c, b);
            f->ke -= cut;
            f->e -= cut;
        }
        i = b;
    }
    if (c->nnames > 1)
        qsort(c->names, c->nnames, sizeof *c->names, name_cmp);
    return true;
}

/* The full name given last before token 'before' whose last word is token 'w'. */
static const fullname *
find_fullname(ctx *c, size_t w, size_t before)
{
    size_t n = c->t[w].e - c->t[w].s;
    const char *key = c->s + c->t[w].s;
    size_t lo = 0, hi = c->nnames;
    /* First name ordered at or after (key, before). */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const fullname *f = &c->names[mid];
        int d = key_cmp(f->key, f->ke - f->ks, key, n);
        if (d < 0 || (d == 0 && f->tok < before))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return NULL;
    const fullname *f = &c->names[lo - 1];
    return key_cmp(f->key, f->ke - f->ks, key, n) == 0 ? f : NULL;
}

/* ---- putting it together ---- */

/* Copy body bytes [a, b) with every whitespace run turned into one space. */
static char *
copy_span(const char *s, size_t a, size_t b)
{
    char *out = newsclean_strndup(s + a, b - a);
    if (!out)
        return NULL;
    size_t w = 0;
    bool sp = false;
    for (size_t r = 0; r < b - a; r++) {
        char ch = out[r];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            sp = true;
            continue;
        }
        if (sp && w)
            out[w++] = ' ';
        sp = false;
        out[w++] = ch;
    }
    out[w] = '\0';
    return out;
}

static int
guess_lang(ctx *c, const char *language, bool *known)
{
    static const char codes[L_N][3] = {"en", "de", "fr", "es"};
    *known = true;
    if (language && language[0]) {
        for (int l = 0; l < L_N; l++)
            if ((language[0] | 0x20) == codes[l][0] && (language[1] | 0x20) == codes[l][1] &&
                (language[2] == '\0' || language[2] == '-' || language[2] == '_'))
                return l;
        *known = false;
        return L_EN;
    }
    /* Sample the words of the whole body, quoted ones too: they are the same language. */
    size_t hits[L_N] = {0}, seen = 0, i = 0, n;
    while (i < c->len && seen < SPK_LANG_SAMPLE) {
        if (!newsclean_is_word_char(newsclean_utf8_decode(c->s, c->len, i, &n))) {
            i += n;
            continue;
        }
        tok w = {i, i, 0, 0, 0, T_WORD};
        while (i < c->len && newsclean_is_word_char(newsclean_utf8_decode(c->s, c->len, i, &n)))
            i += n;
        w.e = i;
        seen++;
        for (int l = 0; l < L_N; l++)
            hits[l] += newsclean_ph_word_is(c, l, P_LANG, &w);
    }
    int best = L_EN;
    for (int l = 1; l < L_N; l++)
        if (hits[l] > hits[best])
            best = l;
    /* In prose about one word in five is on these short lists; a text where they are
     * rare is in a language we have no attribution rules for. */
    *known = seen < 20 || hits[best] * SPK_LANG_SHARE >= seen;
    return best;
}

/* Paragraph breaks between tokens a and b (exclusive). The ranges of successive
 * quotes do not overlap, so all calls together read each token once. */
static size_t
paras_between(const ctx *c, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a + 1; i < b; i++)
        n += c->t[i].kind == T_PARA;
    return n;
}

/* "Rush Limbaugh used his platform to discuss what he described as …": a pronoun
 * inside the clause of a named subject stands for that subject. */
static void
pronoun_in_sentence(ctx *c, np *x)
{
    if (!x->ok || !x->pronoun)
        return;
    size_t ss = newsclean_ph_sent_start(c, x->a);
    np subj;
    if (x->a > ss && sentence_subject(c, ss, x->a, &subj) && subj.person && !subj.pronoun &&
        subj.b < x->a && !names_nobody(c, &subj)) {
        x->a = subj.a;
        x->b = subj.b;
        x->person = true;
        x->pronoun = false;
    }
}

/* "X sagte, dass … . „…“", "Trump was quick to add that … ¶ “…”": the sentence
 * before the one starting at ss, in this paragraph or closing the last, names the
 * speaker with its attributing verb. */
static bool
speaker_before(ctx *c, size_t ss, bool para_start, np *x)
{
    if (ss <= 1 || (c->t[ss - 1].kind == T_PARA && !para_start))
        return false;
    size_t pe = c->t[ss - 1].kind == T_PARA ? ss - 2 : ss - 1, ps = newsclean_ph_sent_start(c, pe);
    for (size_t v = pe + 1; v-- > ps;)
        if (has(c, v, W_VERB) && verb_ok(c, v) && verb_subject(c, v, ps, pe, x))
            return true;
    np_clear(x);
    return false;
}

/* Nouns that, after "nach", make the phrase a source: "nach Angaben der Polizei",
 * "nach Ansicht des Richters", "nach Worten von Karl Weber". */
static const char *const source_nouns[] = {
    "angaben",    "ansicht",     "worten",        "aussage", "aussagen",    "einschätzung",
    "auffassung", "darstellung", "informationen", "meinung", "überzeugung", "schätzung",
};

/* "Nach Angaben der Polizei war der Fahrer „…“": a source phrase in the quote's sentence
 * names who says so when no verb of saying does. */
static bool
source_phrase(ctx *c, size_t ss, size_t se, np *out)
{
    np_clear(out);
    if (c->lang != L_DE)
        return false;
    for (size_t i = ss; i + 2 <= se; i++) {
        if (!word_eq(c, i, "nach"))
            continue;
        bool noun = false;
        for (size_t k = 0; k < sizeof source_nouns / sizeof source_nouns[0] && !noun; k++)
            noun = word_eq(c, i + 1, source_nouns[k]);
        if (!noun)
            continue;
        size_t a = i + 2;
        if (word_eq(c, a, "von"))
            a++;
        else if (!cue_word(c, a, NEWSCLEAN_LX_SPK_GENITIVE))
            continue;
        if (a > se || !newsclean_ph_np_fwd(c, a, se, out) || out->pronoun) {
            np_clear(out);
            continue;
        }
        if (out->a < out->b && cue_word(c, out->a, NEWSCLEAN_LX_SPK_GENITIVE))
            out->a++; /* the genitive's article: "der Polizei" names "Polizei" */
        out->cue_a = i;
        out->cue_b = i + 1;
        return true;
    }
    return false;
}

/* Is the sentence from ss to the quote at tq reported speech in the German
 * subjunctive ("Die Reform sei „…“")? It carries on someone's statement. */
static bool
reported_speech(ctx *c, size_t ss, size_t tq)
{
    if (c->lang != L_DE)
        return false;
    for (size_t i = ss; i < tq; i++)
        if (cue_word(c, i, NEWSCLEAN_LX_SPK_SUBJUNCTIVE))
            return true;
    return false;
}

static bool attribute_inner(ctx *c, size_t k, np *x, bool *inherit);

/* Find the speaker of quote k; *inherit is set when it carries on the previous one. */
static bool
attribute(ctx *c, size_t k, np *x, bool *inherit)
{
    if (!attribute_inner(c, k, x, inherit))
        return false;
    /* Never report an object, "es" or an adverb as the one who spoke; after "laut" or
     * "zufolge" the source stands in the case the word governs. */
    bool source = x->cue_a != SIZE_MAX && (cue_word(c, x->cue_a, NEWSCLEAN_LX_SPK_SOURCE_PREP) ||
                                           cue_word(c, x->cue_a, NEWSCLEAN_LX_SPK_IT_SAYS) ||
                                           word_eq(c, x->cue_a, "zufolge"));
    if (!*inherit && names_nobody(c, x) &&
        !(source && !(x->a == x->b && cue_word(c, x->a, NEWSCLEAN_LX_SPK_NOT_SPEAKER)))) {
        np_clear(x);
        return false;
    }
    /* "hieß es aus dem Bauamt", "laut einem Sprecher", "seitens der Stadt": the article
     * there is the case the word governs, not part of who spoke. ("so der Sprecher" is
     * in the nominative and keeps it.) */
    if (!*inherit && source && !word_eq(c, x->cue_a, "so") && x->a < x->b &&
        (cue_word(c, x->a, NEWSCLEAN_LX_SPK_OBLIQUE_DET) ||
         cue_word(c, x->a, NEWSCLEAN_LX_SPK_GENITIVE)))
        x->a++;
    pronoun_in_sentence(c, x);
    return true;
}

static bool
attribute_inner(ctx *c, size_t k, np *x, bool *inherit)
{
    size_t tq = c->qtok[k];
    size_t ss = newsclean_ph_sent_start(c, tq), se = newsclean_ph_sent_end(c, tq);
    bool para_start = tq == 0 || c->t[tq - 1].kind == T_PARA;
    *inherit = false;
    if (after_quote(c, tq, x))
        return true;
    size_t colon = SIZE_MAX;
    if (tq > 0 && is_p(c, tq - 1, ':'))
        colon = tq - 1;
    else if (para_start && tq > 1 && is_p(c, tq - 2, ':'))
        colon = tq - 2; /* "Cruz continued:" closing the paragraph before */
    if (colon != SIZE_MAX && colon_intro(c, colon, x))
        return true;
    if (nearest_verb(c, tq, ss, se, x))
        return true;
    if (source_phrase(c, ss, se, x))
        return true;
    /* Reported speech goes on across a paragraph's start too: the paragraph before
     * closed with the statement it carries on. */
    if (tq > ss && reported_speech(c, ss, tq) &&
        speaker_before(c, ss, para_start || (ss > 0 && c->t[ss - 1].kind == T_PARA), x))
        return true;
    /* No attributing verb, but the sentence is about what its subject did with the
     * words: "Merkel heralded the deal as a “breakthrough”". */
    if (tq > ss && clause_subject_back(c, tq, ss, x))
        return true;
    if (tq > ss && sentence_subject(c, ss, tq, x) && x->b + 1 < tq &&
        ((is_word(c, x->b + 1) && !(newsclean_ph_flags(c, x->b + 1) & W_CAP)) ||
         (is_p(c, x->b + 1, ',') && has(c, x->b + 2, W_REL))))
        return true;
    np_clear(x);
    if (k > 0 && c->q[k - 1].speaker) {
        /* A quote that carries on from the previous one, in the same paragraph or at
         * the start of the next, keeps its speaker when nothing else is said. */
        size_t paras = paras_between(c, c->qtok[k - 1], tq);
        if ((para_start && paras == 1) || (!para_start && paras == 0)) {
            *inherit = true;
            return true;
        }
    }
    if (tq == ss && speaker_before(c, ss, para_start, x))
        return true;
    np_clear(x);
    return false;
}

/* Is x a personal name that an attributing verb follows, as in "Jo Hale, a tech adviser,
 * warned that …"? A full name (capitalised words, not a shouted dateline), or a surname
 * of a full name the text gave before. *ok is false when out of memory. */
static bool
speaking_name(ctx *c, const np *x, size_t hi, bool *ok)
{
    *ok = true;
    if (!x->ok || !x->person || x->pronoun)
        return false;
    if (x->b == x->a) {
        if (!c->names_built && !build_names(c)) {
            *ok = false;
            return false;
        }
        if (!find_fullname(c, x->a, x->a))
            return false;
    }
    for (size_t i = x->a; i <= x->b; i++) {
        if (!is_word(c, i))
            continue;
        const tok *w = &c->t[i];
        if (!(newsclean_ph_flags(c, i) & W_CAP) ||
            (w->e - w->s > 1 && c->s[w->s + 1] >= 'A' && c->s[w->s + 1] <= 'Z'))
            return false;
    }
    size_t m = skip_to_verb(c, x->b + 1, hi);
    return m <= hi && has(c, m, W_VERB) && verb_ok(c, m);
}

/* The person a "he" or "she" at token i stands for when a sentence after the last named
 * speaker's quote introduces someone else: "Jo Hale, a tech adviser, warned that … ¶
 * “…,” he wrote." The subject of the nearest of the three sentences before, if it is a
 * personal name. */
static bool
recent_subject(ctx *c, size_t i, np *out, bool *ok)
{
    *ok = true;
    size_t ss = newsclean_ph_sent_start(c, i);
    np_clear(out);
    for (int n = 0; n < 3 && ss > 0; n++) {
        size_t pe = ss - 1;
        while (pe > 0 && c->t[pe].kind == T_PARA)
            pe--;
        size_t ps = newsclean_ph_sent_start(c, pe);
        if (c->last_person && ps <= c->last_person_tok)
            break;
        np subj;
        if (sentence_subject(c, ps, pe + 1, &subj) && speaking_name(c, &subj, pe, ok)) {
            *out = subj;
            return true;
        }
        if (!*ok)
            return false;
        ss = ps;
    }
    return false;
}

static bool
name_quote(ctx *c, size_t k, const np *x, bool inherit)
{
    newsclean_quote_span *q = &c->q[k];
    if (inherit) {
        q->speaker = newsclean_strdup(c->q[k - 1].speaker);
        return q->speaker != NULL;
    }
    /* 'who' names the speaker; the cue stays x's. */
    np recent;
    const np *who = x;
    bool ok = true;
    if (x->pronoun && recent_subject(c, x->a, &recent, &ok))
        who = &recent;
    if (!ok)
        return false;
    if (who->pronoun && c->last_person) {
        q->speaker = newsclean_strdup(c->last_person);
    } else if (who->person && who->a == who->b) {
        if (!c->names_built && !build_names(c))
            return false;
        const fullname *f = find_fullname(c, who->a, c->qtok[k]);
        q->speaker =
            f ? copy_span(c->s, f->s, f->e) : copy_span(c->s, c->t[who->a].s, c->t[who->b].e);
    } else {
        q->speaker = copy_span(c->s, c->t[who->a].s, c->t[who->b].e);
    }
    if (!q->speaker)
        return false;
    if (who->person && !who->pronoun) {
        char *p = newsclean_strdup(q->speaker);
        if (!p)
            return false;
        free(c->last_person);
        c->last_person = p;
        c->last_person_tok = c->qtok[k];
    }
    if (x->cue_a != SIZE_MAX) {
        newsclean_buf cue;
        newsclean_buf_init(&cue);
        if (!newsclean_buf_append(&cue, c->s + c->t[x->cue_a].s,
                                  c->t[x->cue_b].e - c->t[x->cue_a].s) ||
            (x->cue_p != SIZE_MAX &&
             (!newsclean_buf_append_char(&cue, ' ') ||
              !newsclean_buf_append(&cue, c->s + c->t[x->cue_p].s,
                                    c->t[x->cue_p].e - c->t[x->cue_p].s)))) {
            newsclean_buf_free(&cue);
            return false;
        }
        q->cue = copy_span(cue.data, 0, cue.len);
        newsclean_buf_free(&cue);
        if (!q->cue)
            return false;
    }
    return true;
}

/* Small words that stay lower case inside titles ("Gang of Eight", "Meet the Press"). */
static bool
title_small(const ctx *c, const char *w, size_t n)
{
    return (newsclean_lex_words_get(c->r->cues, w, n) >> NEWSCLEAN_LX_SPK_TITLE_SMALL & 1u) != 0;
}

/* Is the quoted text shaped like a name or title ("Financial Times", "Meet the Press",
 * "Mob")? Every word capitalised, a number, or a small title word. */
static bool
titlecase(ctx *c, const newsclean_quote_span *q)
{
    bool any = false;
    size_t i = q->start, n;
    while (i < q->end) {
        if (!newsclean_is_word_char(newsclean_utf8_decode(c->s, q->end, i, &n))) {
            i += n;
            continue;
        }
        tok w = {i, i, 0, 0, 0, T_WORD};
        while (i < q->end) {
            uint32_t d = newsclean_utf8_decode(c->s, q->end, i, &n);
            if (!newsclean_is_word_char(d) && !newsclean_ph_is_joiner(d))
                break;
            i += n;
        }
        w.e = i;
        unsigned char b = (unsigned char)c->s[w.s];
        if (newsclean_ph_capitalised(c, &w))
            any = true;
        else if (!(b >= '0' && b <= '9') && !title_small(c, c->s + w.s, w.e - w.s))
            return false;
    }
    return any;
}

/* Nouns that introduce the quoted words themselves: "die Bezeichnung „Gesindel“". */
static bool
speech_noun(ctx *c, size_t i)
{
    return cue_word(c, i, NEWSCLEAN_LX_SPK_SPEECH_NOUN);
}

/* Verbs that give something a name, with or without saying what they name first: "called
 * the “Gang of Eight”", "calls Rubio “Little Marco”", "an ad titled “Scam”". */
static bool
naming_verb(ctx *c, size_t i)
{
    return cue_word(c, i, NEWSCLEAN_LX_SPK_NAMING_VERB);
}

/* Words right before a name given in words: "known as", "billed as", "the slogan",
 * "chants of", "goes by", "with the name", "a hat reading". A capital "As" opens a
 * sentence: "As the “X” grows". */
static bool
naming_word(ctx *c, size_t i)
{
    if (word_eq(c, i, "as"))
        return c->s[c->t[i].s] == 'a';
    if (word_eq(c, i, "of"))
        return i > 0 && cue_word(c, i - 1, NEWSCLEAN_LX_SPK_CRY_NOUN);
    if (word_eq(c, i, "by")) /* "who goes by “Vito”" */
        return i > 0 && cue_word(c, i - 1, NEWSCLEAN_LX_SPK_GOES_BY);
    return cue_word(c, i, NEWSCLEAN_LX_SPK_NAMING_WORD);
}

/* Is the quote at token tq a name that the sentence says someone gives: a nickname, a
 * slogan, the title of an ad? Those are quoted words; "the show “Meet the Press”" is
 * not. Earlier names of the same list count too: named “A,” “B” and “C”. */
static bool
given_name(ctx *c, size_t tq)
{
    /* "Marco Rubio (“Little Marco”)": a name in brackets after a name is an alias. */
    if (tq > 1 && is_p(c, tq - 1, '(') && is_p(c, tq + 1, ')') && newsclean_ph_name_word(c, tq - 2))
        return true;
    size_t object = 0; /* words between a naming verb and the name: "calls Rubio" */
    for (size_t i = tq; i-- > 0 && tq - i <= 16;) {
        const tok *t = &c->t[i];
        if (t->kind == T_QUOTE)
            continue;
        if (t->kind == T_PUNCT) {
            if (object || !(t->cp == ',' || t->cp == ':' || t->cp == '('))
                return false;
            continue;
        }
        if (t->kind != T_WORD)
            return false;
        if (naming_verb(c, i))
            return true;
        if (!object && naming_word(c, i))
            return true;
        unsigned f = newsclean_ph_flags(c, i);
        if (!object && (f & (W_AND | W_DET)))
            continue;
        if (f & (W_VERB | W_PREP | W_THAT | W_AND | W_PRON | W_REL | W_AUX) || ++object > 4)
            return false;
    }
    return false;
}

/* Words in quotation k, counted as runs of word characters. */
static size_t
quote_words(const ctx *c, size_t k)
{
    size_t words = 0, n;
    bool in = false;
    for (size_t i = c->q[k].start; i < c->q[k].end; i += n) {
        bool w = newsclean_is_word_char(newsclean_utf8_decode(c->s, c->q[k].end, i, &n));
        words += w && !in;
        in = w;
    }
    return words;
}

/* German sets a name in „…“ right after the noun it names: "mit dem Programm „Rad statt
 * Auto“", "der Verein „Grüne Welle“", "am „Alten Markt“". A few words there, opening with
 * a capital and ending in no full stop (an abbreviation's aside: "e.V."), that no verb of
 * saying introduces are that name.
 * Words that open in lower case there are someone's words or a term held at arm's length
 * ("die Leistung „nur“", "die Gruppe „politisch motivierte Gewalt“"); nouns of speech
 * ("die Bezeichnung „…“", "mit den Worten „…“") introduce words someone used. */
static bool
named_thing(ctx *c, size_t k)
{
    size_t tq = c->qtok[k];
    const newsclean_quote_span *q = &c->q[k];
    tok first = {q->start, q->end, 0, 0, 0, T_WORD};
    if (c->lang != L_DE || tq < 2 || !is_word(c, tq - 1) || q->end <= q->start ||
        quote_words(c, k) > 4 || speech_noun(c, tq - 1) ||
        (c->s[q->end - 1] == '.' && !(q->end - q->start > 3 && c->s[q->end - 3] == '.')) ||
        !newsclean_ph_capitalised(c, &first))
        return false;
    unsigned f = newsclean_ph_flags(c, tq - 1), before = newsclean_ph_flags(c, tq - 2);
    bool noun = (f & W_CAP) && !(f & (W_FUNC | W_VERB | W_AUX | W_PRON | W_THAT | W_AND | W_SKIP));
    return noun && is_word(c, tq - 2) && (before & (W_DET | W_PREP)) != 0;
}

/* A title-shaped quote is a name, not speech, when nobody is said to speak it or when
 * it names the thing just before it: "die Firma „Hvalur hf“", "the show “Meet the
 * Press”", "die „Hvalur 9“". */
static bool
is_title(ctx *c, size_t k, bool has_cue)
{
    if (!has_cue && named_thing(c, k))
        return true;
    if (!titlecase(c, &c->q[k]))
        return false;
    if (c->lang == L_EN && given_name(c, c->qtok[k]))
        return false;
    if (!has_cue)
        return true;
    size_t tq = c->qtok[k];
    if (tq == 0 || !is_word(c, tq - 1) || speech_noun(c, tq - 1))
        return false;
    unsigned f = newsclean_ph_flags(c, tq - 1);
    if (f & (W_DET | W_PREP))
        return true; /* "die „Hvalur 9“", "the host of “Meet the Press”" */
    bool noun = c->lang == L_DE ? (f & W_CAP) != 0 : !(f & (W_VERB | W_SKIP));
    return noun && !(f & (W_FUNC | W_PREP | W_VERB | W_AUX | W_PRON | W_THAT | W_AND));
}

bool
newsclean_speakers_find(const struct newsclean_speaker_rules *r, const char *body, size_t len,
                        const char *language, newsclean_quote_span *q, size_t n)
{
    ctx c;
    bool ok = false;
    memset(&c, 0, sizeof c);
    for (size_t k = 0; k < n; k++) {
        q[k].speaker = q[k].cue = NULL;
        q[k].title = false;
    }
    if (n == 0)
        return true;
    if (!r || !body)
        return false;
    c.r = r;
    c.s = body;
    c.len = len;
    c.q = q;
    c.nq = n;
    c.qtok = calloc(n, sizeof *c.qtok);
    if (!c.qtok)
        goto done;
    if (!newsclean_ph_tokenize(&c))
        goto done;
    bool known;
    c.lang = guess_lang(&c, language, &known);
    for (size_t k = 0; k < n; k++) {
        np x;
        bool inherit = false;
        /* Without rules for the language a speaker would be a guess: leave it NULL. */
        bool found = known && attribute(&c, k, &x, &inherit);
        if (found && !name_quote(&c, k, &x, inherit))
            goto done;
        /* A quote that carries on someone's speech is speech, whatever its shape. */
        q[k].title = !(found && inherit && newsclean_ph_sent_start(&c, c.qtok[k]) == c.qtok[k]) &&
                     is_title(&c, k, q[k].cue != NULL);
    }
    ok = true;
done:
    if (!ok) {
        for (size_t k = 0; k < n; k++) {
            free(q[k].speaker);
            free(q[k].cue);
            q[k].speaker = q[k].cue = NULL;
        }
    }
    free(c.t);
    free(c.qtok);
    free(c.names);
    free(c.last_person);
    return ok;
}
