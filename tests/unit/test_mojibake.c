/* test_mojibake.c: unit tests for lib/mojibake.c: text dumps whose UTF-8 the dumping tool
 * read as windows-1252 or Latin-1 are repaired, and text that is right stays as it is. */
#include "mojibake.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ------------------------------------------------------------------------- */

/* windows-1252's characters for 0x80..0x9F, as UTF-8; NULL where the byte is undefined. */
static const char *const cp1252_high[32] = {
    "€",  NULL, "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", NULL, "Ž", NULL,
    NULL, "‘",  "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", NULL, "ž", "Ÿ"};

enum tool {
    LYNX_CP1252, /* lynx, page declares windows-1252: undefined bytes as U+FFFD, no-break
                    space as a space, soft hyphen dropped */
    LATIN1_C1,   /* html2text, page declares ISO-8859-1: 0x80..0x9F as C1 controls */
    LYNX_LATIN1  /* lynx, page declares ISO-8859-1: 0x80..0x9F dropped, 0xA0 a space, 0xAD
                    dropped */
};

/* The dump a tool makes of UTF-8 text 'utf8' when it reads the bytes in another charset. */
static char *
mangle(const char *utf8, enum tool t)
{
    size_t n = strlen(utf8);
    char *out = malloc(n * 3 + 1), *w = out;
    ck_assert_ptr_nonnull(out);
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)utf8[i];
        const char *put = NULL;
        char two[3] = {(char)(0xC0 | (b >> 6)), (char)(0x80 | (b & 0x3F)), 0};
        if (b < 0x80) {
            *w++ = (char)b;
            continue;
        }
        if (b == 0xA0 && t != LATIN1_C1)
            put = " ";
        else if (b == 0xAD && t != LATIN1_C1)
            put = "";
        else if (b >= 0xA0 || t == LATIN1_C1)
            put = two;
        else if (t == LYNX_LATIN1)
            put = "";
        else
            put = cp1252_high[b - 0x80] ? cp1252_high[b - 0x80] : "\xEF\xBF\xBD";
        size_t k = strlen(put);
        memcpy(w, put, k);
        w += k;
    }
    *w = '\0';
    return out;
}

/* The repair of 'in', or NULL when the text was left as it is. */
static char *
repaired(const char *in)
{
    newsclean_buf out;
    bool done;
    newsclean_buf_init(&out);
    ck_assert(newsclean_mojibake_repair(in, strlen(in), &out, &done));
    if (!done) {
        ck_assert_uint_eq(out.len, 0);
        newsclean_buf_free(&out);
        return NULL;
    }
    return newsclean_buf_detach(&out);
}

static void
check_repair(const char *dump, const char *want)
{
    char *got = repaired(dump);
    ck_assert_msg(got != NULL, "not repaired: %s", dump);
    ck_assert_str_eq(got, want);
    free(got);
}

static void
check_kept(const char *text)
{
    char *got = repaired(text);
    ck_assert_msg(got == NULL, "changed: %s -> %s", text, got ? got : "");
}

static const char german[] =
    "Große Straße wird im März gesperrt\n\n"
    "Die Bauarbeiten an der Brücke dauern länger als geplant – die Sperrung gilt bis Ende "
    "Mai. „Wir bitten um Verständnis“, sagte Bürgermeisterin Jördis Weiß. Die Kosten "
    "steigen auf 2,4 Mio. € … Umleitungen sind ausgeschildert.";

/* ---- the tool kept every byte ---------------------------------------------------------- */

START_TEST(lynx_windows1252_round_trip)
{
    char *dump = mangle(german, LYNX_CP1252);
    ck_assert(strstr(dump, "GroÃŸe StraÃŸe wird im MÃ¤rz"));
    ck_assert(strstr(dump, "â€žWir bitten um VerstÃ¤ndnisâ€œ"));
    check_repair(dump, german);
    free(dump);
}
END_TEST

START_TEST(c1_controls_round_trip)
{
    char *dump = mangle(german, LATIN1_C1);
    ck_assert(strstr(dump, "Gro\xC3\x83\xC2\x9F"
                           "e"));
    check_repair(dump, german);
    free(dump);
}
END_TEST

START_TEST(lynx_windows1252_spaces_and_gaps)
{
    /* A no-break space written as a space ends "Ã" (à) and "Â" (itself), and is left as
     * the space after the word, the only one once spaces are collapsed or lynx trimmed a
     * line's end; the soft hyphen lynx drops leaves "Ã" alone for "í"; U+FFFD after "â€"
     * was the closing quote, after "Ã" it may be five letters and stays. */
    check_repair(
        "â€žVoilÃ  toutâ€œ, dit-il, Ã la gare. La polÃtica â€œnuevaâ€\xEF\xBF\xBD de 10Â km "
        "fÃ¼r Ã\xEF\xBF\xBD",
        "„Voilà  tout“, dit-il, à la gare. La política “nueva” de 10 km für Ã\xEF\xBF\xBD");
}
END_TEST

START_TEST(other_scripts_and_emoji)
{
    /* "Р" is D0 A0: there the space stood for a byte inside a word. */
    check_repair("ÐŸÑ€Ð¸Ð²ÐµÑ‚ Ð Ð¸Ð¼ â€” Î‘Î¸Î®Î½Î± ðŸ˜€", "Привет Рим — Αθήνα 😀");
    /* windows-1254 (Turkish) has "Ğ" and "ğ" at D0 and F0. */
    check_repair("ĞŸÑ€Ğ¸Ğ²ĞµÑ‚ ğŸ˜€", "Привет 😀");
}
END_TEST

/* ---- lynx dropped 0x80..0x9F ----------------------------------------------------------- */

START_TEST(lynx_latin1_reversible_part)
{
    /* Umlauts keep both bytes; the sharp s lost its second (C3 9F) and follows a small
     * letter; the quotes and the dash lost two (E2 80 9E) and are told by their place. */
    char *dump = mangle(german, LYNX_LATIN1);
    ck_assert(strstr(dump, "GroÃe StraÃe wird im MÃ¤rz gesperrt"));
    ck_assert(strstr(dump, "âWir bitten um VerstÃ¤ndnisâ, sagte"));
    check_repair(dump, "Große Straße wird im März gesperrt\n\n"
                       "Die Bauarbeiten an der Brücke dauern länger als geplant – die "
                       "Sperrung gilt bis Ende Mai. „Wir bitten um Verständnis“, sagte "
                       "Bürgermeisterin Jördis Weiß. Die Kosten steigen auf 2,4 Mio. € … "
                       "Umleitungen sind ausgeschildert.");
    free(dump);
}
END_TEST

START_TEST(lynx_latin1_capital_unknown)
{
    /* A lone "Ã" before a capital or at a word's start was one of À..Þ: kept. "Ã" before
     * two spaces (à, then a space) and "Â" before a space (a no-break space) are told. */
    check_repair("Ãffentliche Verkehrsmittel in DÃNEMARK fÃ¼r MÃ¼ller, KÃ¶ln und "
                 "DÃ¼sseldorf: 3 StÃ¼ck Ã  5Â Euro",
                 "Ãffentliche Verkehrsmittel in DÃNEMARK für Müller, Köln und "
                 "Düsseldorf: 3 Stück à  5 Euro");
}
END_TEST

START_TEST(lynx_latin1_english_punctuation)
{
    check_repair("âWe donât know,â she said. The 1990â1995 budget â approved â rose. "
                 "CafÃ© crÃ¨me and naÃ¯ve rÃ©sumÃ©s.",
                 "“We don’t know,” she said. The 1990–1995 budget – approved – rose. "
                 "Café crème and naïve résumés.");
}
END_TEST

START_TEST(lynx_latin1_french_a_grave)
{
    /* "à" is C3 A0: lynx writes its no-break space as a space, then collapsing spaces
     * (as the dump's pieces are) or trimming a line's end leaves "Ã" with at most the
     * space that ends the word. Outside German that is "à"; "Ç" (C3 87) stays unknown. */
    char *dump = mangle("Il est allé à la gare avec l’élève, puis à Paris ; voilà tout ce "
                        "qui reste à faire au café. Ça coûte 3 €. Rendez-vous là",
                        LYNX_LATIN1);
    char *w = dump;
    for (const char *r = dump; *r; r++)
        if (!(*r == ' ' && (r[1] == ' ' || r[1] == '\0')))
            *w++ = *r;
    *w = '\0';
    ck_assert(strstr(dump, "allÃ© Ã la gare avec lâÃ©lÃ¨ve"));
    check_repair(dump, "Il est allé à la gare avec l’élève, puis à Paris ; voilà tout ce qui "
                       "reste à faire au café. Ãa coûte 3 €. Rendez-vous là");
    free(dump);
}
END_TEST

START_TEST(spanish_i_acute)
{
    /* "í" is C3 AD and lynx drops the soft hyphen AD whether it keeps 0x80..0x9F or not:
     * "asÃ lo", "polÃtica", "SÃ,". With "ñ", "¿" and "¡" to tell Spanish, a lone "Ã"
     * after a letter is "í", before a space too (where French has "à"). */
    static const char text[] = "Así lo dijo el ministro aquí en España: «Sí, la política "
                               "económica es clara», añadió. ¿Por qué? Porque allí, en el "
                               "país, la inflación bajó.";
    char *dump = mangle(text, LYNX_LATIN1);
    ck_assert(strstr(dump, "AsÃ lo dijo el ministro aquÃ en EspaÃ±a: Â«SÃ, la polÃtica"));
    check_repair(dump, text);
    free(dump);
    dump = mangle(text, LYNX_CP1252);
    check_repair(dump, text);
    free(dump);
}
END_TEST

START_TEST(lynx_latin1_turkish_letters)
{
    /* "ı" marks Turkish: a lone "Ä" or "Å" by a letter was "ğ" or "ş", a capital opening a
     * sentence or a quotation, or among capitals. Quotes that were windows-1252's read as Latin-1
     * upstream (C2 93, C2 94) leave "Â": it opens before a word and closes a quote it opened. A
     * lone "Ã" may be Ç, Ö or Ü there and stays. */
    char *dump = mangle("Belediye Başkanı açılış töreninde \xC2\x93Köprü artık güvenle "
                        "kullanılabilecek\xC2\x94 dedi. Şehir merkezine ulaşmanın yarım saat "
                        "kısaldığını söyledi. BAŞKAN YILMAZ: TRAFİĞE ŞİMDİ. Çalışmalar sürüyor. "
                        "Ayşe Kaya “Şimdi sıra okulda” dedi.",
                        LYNX_LATIN1);
    ck_assert(strstr(dump, "BaÅkanÄ± aÃ§Ä±lÄ±Å tÃ¶reninde ÂKÃ¶prÃ¼"));
    check_repair(dump, "Belediye Başkanı açılış töreninde “Köprü artık güvenle "
                       "kullanılabilecek” dedi. Şehir merkezine ulaşmanın yarım saat "
                       "kısaldığını söyledi. BAŞKAN YILMAZ: TRAFİĞE ŞİMDİ. Ãalışmalar sürüyor. "
                       "Ayşe Kaya “Şimdi sıra okulda” dedi.");
    free(dump);
}
END_TEST

START_TEST(lynx_latin1_polish_left)
{
    /* Polish loses most of its letters to the dropped bytes (ł ą ę ś ć ń are C4 or C5 and
     * 0x80..0x9F) and keeps few (ó ż ź): a lone "Å" could be any of six, so the text is
     * not taken for repairable and stays as the tool wrote it. */
    char *dump = mangle("Łódź: prezydent miasta ogłosił, że źródła finansowania są "
                        "bezpieczne, a część prac się zaczęła.",
                        LYNX_LATIN1);
    check_kept(dump);
    free(dump);
}
END_TEST

START_TEST(capitals_spelled_elsewhere)
{
    /* A capital that lost its second byte is the one that makes a word the text spells
     * out elsewhere; with none, or with two, the "Ã" stays. */
    char text[] = "Ãber die Brücke, über den Fluss: DÃNEMARK und Dänemark. Ãffentliche "
                  "Ãl-Preise: öl und äl. SÃO PAULO, São Paulo.";
    ck_assert(newsclean_mojibake_capitals(text, strlen(text)));
    ck_assert_str_eq(text, "Über die Brücke, über den Fluss: DÄNEMARK und Dänemark. Ãffentliche "
                           "Ãl-Preise: öl und äl. SÃO PAULO, São Paulo.");
    char empty[] = "";
    ck_assert(newsclean_mojibake_capitals(empty, 0));
}
END_TEST

/* ---- text that is right stays ---------------------------------------------------------- */

START_TEST(correct_text_kept)
{
    check_kept(german);
    /* "ß“" is DF 93 and "Ü“" DC 93, valid UTF-8 both, but NKo and Syriac. */
    check_kept("Er sagte, daß“ es so sei. „FÜR ALLE ÜBER ÄRZTE“ und „MÜNCHENS GRÜNÜ“ — "
               "„GRÖß“ und „SÜß“.");
    check_kept("À l’été, la fête du pain réunit « les boulangers » à Évreux ; "
               "où ça ? Ça coûte 3 € — voilà.");
    check_kept("İstanbul’da şiddetli yağış: Çarşamba günü öğleden sonra başlayan yağmur "
               "“ŞİDDETLİ” uyarısına dönüştü. Âdem Özgür ağır yaralandı.");
    check_kept("Łódź: Prezydent miasta ogłosił, że źródła finansowania są bezpieczne. "
               "„Żółć” — powiedział Świątek.");
    check_kept("Москва: «Правительство» объявило о новых мерах — сообщает ТАСС. Ёлка.");
    check_kept("SÃO PAULO — A prefeitura de São Paulo anunciou ações. Ãgua é Ótima; "
               "CIDADÃ “INÁCIO” e MAMÃ « ÁGUA ».");
    check_kept("Åsa Öberg på Ålands Båtklubb: ”Äntligen är det vår”, säger hon.");
}
END_TEST

START_TEST(few_sequences_kept)
{
    /* One or two sequences are no evidence, nor are three among many right letters. */
    check_kept("Login fÃ¼r Vote");
    check_kept("Die fÃ¼r GrÃ¶ße");
    check_kept("Die föderale Bürokratie: fÃ¼r die Müller-Brüder in Köln, Düsseldorf, "
               "Würzburg, Lübeck und Göttingen, MÃ¼nchen und Nürnberg sowie Jülich, "
               "GrÃ¶ße Fürth, Gößnitz, Wünsdorf und Hörselberg.");
}
END_TEST

START_TEST(ascii_and_empty_kept)
{
    check_kept("");
    check_kept("Plain ASCII text with no mojibake at all.");
}
END_TEST

static Suite *
mojibake_suite(void)
{
    Suite *s = suite_create("mojibake");
    TCase *tc = tcase_create("kept_bytes");
    tcase_add_test(tc, lynx_windows1252_round_trip);
    tcase_add_test(tc, c1_controls_round_trip);
    tcase_add_test(tc, lynx_windows1252_spaces_and_gaps);
    tcase_add_test(tc, other_scripts_and_emoji);
    suite_add_tcase(s, tc);

    tc = tcase_create("dropped_bytes");
    tcase_add_test(tc, lynx_latin1_reversible_part);
    tcase_add_test(tc, lynx_latin1_capital_unknown);
    tcase_add_test(tc, lynx_latin1_english_punctuation);
    tcase_add_test(tc, lynx_latin1_french_a_grave);
    tcase_add_test(tc, spanish_i_acute);
    tcase_add_test(tc, lynx_latin1_turkish_letters);
    tcase_add_test(tc, lynx_latin1_polish_left);
    tcase_add_test(tc, capitals_spelled_elsewhere);
    suite_add_tcase(s, tc);

    tc = tcase_create("kept_text");
    tcase_add_test(tc, correct_text_kept);
    tcase_add_test(tc, few_sequences_kept);
    tcase_add_test(tc, ascii_and_empty_kept);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(mojibake_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
