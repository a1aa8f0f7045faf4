/* test_quotes.c: quote marks of every convention, apostrophes, speakers and cues,
 * offsets, the reference page, and linear time on hostile bodies. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "quotes.h"

static struct newsclean_quote_rules *rules;

static void
setup(void)
{
    rules = newsclean_quote_rules_new();
    ck_assert_ptr_nonnull(rules);
}

static void
teardown(void)
{
    newsclean_quote_rules_free(rules);
    rules = NULL;
}

/* Run the finder on a NUL-terminated body; the list must be freed by the caller. */
static newsclean_quote_list
find_lang(const char *body, const char *lang)
{
    newsclean_quote_list q = {0};
    ck_assert(newsclean_quotes_find(rules, body, strlen(body), lang, &q));
    /* Every span lies in the body; a one-paragraph quote is exactly its span. */
    for (size_t i = 0; i < q.n; i++) {
        ck_assert_uint_le(q.v[i].offset + q.v[i].length, strlen(body));
        if (!memchr(body + q.v[i].offset, '\n', q.v[i].length))
            ck_assert_int_eq(strncmp(body + q.v[i].offset, q.v[i].text, q.v[i].length), 0);
    }
    return q;
}

static newsclean_quote_list
find(const char *body)
{
    return find_lang(body, NULL);
}

/* Assert quote i: text, speaker (NULL for none) and cue (NULL for none). */
static void
expect(const newsclean_quote_list *q, size_t i, const char *text, const char *speaker,
       const char *cue)
{
    ck_assert_uint_lt(i, q->n);
    ck_assert_str_eq(q->v[i].text, text);
    if (speaker)
        ck_assert_pstr_eq(q->v[i].speaker, speaker);
    else
        ck_assert_ptr_null(q->v[i].speaker);
    if (cue)
        ck_assert_pstr_eq(q->v[i].cue, cue);
    else
        ck_assert_ptr_null(q->v[i].cue);
}

/* ---- the list ---- */

START_TEST(list_push_and_free)
{
    newsclean_quote_list q = {0};
    for (int i = 0; i < 20; i++) {
        char t[16];
        snprintf(t, sizeof t, "q%d", i);
        ck_assert(newsclean_quote_list_push(
            &q, newsclean_strdup(t), i % 2 ? newsclean_strdup("S") : NULL, NULL, (size_t)i, 2));
    }
    ck_assert_uint_eq(q.n, 20);
    ck_assert_uint_ge(q.cap, 20);
    ck_assert_str_eq(q.v[19].text, "q19");
    ck_assert_str_eq(q.v[19].speaker, "S");
    ck_assert_ptr_null(q.v[18].speaker);
    ck_assert_uint_eq(q.v[7].offset, 7);
    newsclean_quote_list_free(&q);
    ck_assert_ptr_null(q.v);
    ck_assert_uint_eq(q.n, 0);
    ck_assert_uint_eq(q.cap, 0);
    newsclean_quote_list_free(&q); /* twice is harmless */
    newsclean_quote_list_free(NULL);
    newsclean_quote_rules_free(NULL);
}
END_TEST

START_TEST(empty_inputs)
{
    newsclean_quote_list q = {0};
    ck_assert(newsclean_quotes_find(rules, "", 0, NULL, &q));
    ck_assert_uint_eq(q.n, 0);
    ck_assert(newsclean_quotes_find(rules, NULL, 0, NULL, &q));
    ck_assert(newsclean_quotes_find(NULL, "“x,” she said.", 17, NULL, &q));
    ck_assert_uint_eq(q.n, 0);
    q = find("No marks at all here. Just a plain sentence.");
    ck_assert_uint_eq(q.n, 0);
    q = find("“” and \"   \" and “ … ” hold no words.");
    ck_assert_uint_eq(q.n, 0);
}
END_TEST

/* ---- marks ---- */

START_TEST(curly_said_after)
{
    const char *b = "“We will rebuild the bridge,” Mayor Ellen Varga said on Tuesday.";
    newsclean_quote_list q = find(b);
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "We will rebuild the bridge,", "Ellen Varga", "said");
    ck_assert_uint_eq(q.v[0].offset, 3); /* after the three bytes of “ */
    ck_assert_uint_eq(q.v[0].length, strlen("We will rebuild the bridge,"));
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(apostrophes_are_not_quotes)
{
    newsclean_quote_list q = find("The committee won’t meet. Iraq’s envoy left. In the ’90s it "
                                  "was rock ’n’ roll and the students’ union was busy.");
    ck_assert_uint_eq(q.n, 0);
    q = find("The committee won't meet. In the '90s rock 'n' roll and the students' union "
             "were busy, and Dr. O'Neill's cat didn't care.");
    ck_assert_uint_eq(q.n, 0);
    /* Single marks still quote when they open and close like quotes. */
    q = find("The students' union called the fee 'unfair' and the dean’s office ‘final’.");
    ck_assert_uint_eq(q.n, 2);
    expect(&q, 0, "unfair", "The students' union", "called");
    ck_assert_str_eq(q.v[1].text, "final");
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(nested_stays_inside)
{
    newsclean_quote_list q = find("“He told me ‘never again’ and left,” said Ruth Okafor.");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "He told me ‘never again’ and left,", "Ruth Okafor", "said");
    newsclean_quote_list_free(&q);
    q = find("\"She wrote 'no' twice,\" said Ruth Okafor.");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "She wrote 'no' twice,", "Ruth Okafor", "said");
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(single_marks_secondary_to_double)
{
    /* Double marks carry the speech here: an uncued single-marked phrase is a headline's
     * or a term's mark and goes; one a speech verb introduces stays. */
    newsclean_quote_list q = find("Harbour board backs ‘fresh start’ for the old pier\n\n"
                                  "“We are ready,” said Lena Holm.\n\n"
                                  "She said the timing was ‘right’ for the town.\n\n"
                                  "“Work begins in May,” she added. “It ends in June.”");
    ck_assert_uint_eq(q.n, 4);
    expect(&q, 0, "We are ready,", "Lena Holm", "said");
    expect(&q, 1, "right", "Lena Holm", "said");
    expect(&q, 2, "Work begins in May,", "Lena Holm", "added");
    expect(&q, 3, "It ends in June.", "Lena Holm", NULL);
    newsclean_quote_list_free(&q);
    /* Quoting in single marks throughout: they are the primary marks and all stay. */
    q = find("‘We are ready,’ said Lena Holm. ‘Work begins in May.’ Critics saw a ‘fresh "
             "start’ and a “turning point” in it.");
    ck_assert_uint_eq(q.n, 4);
    ck_assert_str_eq(q.v[2].text, "fresh start");
    ck_assert_str_eq(q.v[3].text, "turning point");
    newsclean_quote_list_free(&q);
    /* With as many single as double marks, the singles are not the secondary ones. */
    q = find("Critics saw a ‘fresh start’ and a “turning point” in it.");
    ck_assert_uint_eq(q.n, 2);
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(cited_headline_is_not_speech)
{
    /* A roundup cites pieces by headline and author; the excerpt after it is quoted
     * writing and stays. A by-phrase after a cued quote is no citation. */
    newsclean_quote_list q = find("CLOSING TIME—“Old ferry makes its last crossing,” by the "
                                  "Harbour Post’s Mia Lund: “The boat sailed at noon.”\n\n"
                                  "“Pool to reopen in May,” by Jon Dale.\n\n"
                                  "Critics said the “waste of money,” by their count, grew.");
    ck_assert_uint_eq(q.n, 2);
    ck_assert_str_eq(q.v[0].text, "The boat sailed at noon.");
    ck_assert_str_eq(q.v[1].text, "waste of money,");
    ck_assert_str_eq(q.v[1].cue, "said");
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(by_phrase_agent_only_after_a_passive)
{
    /* "by their count" measures; it does not speak. */
    newsclean_quote_list q = find("Critics said the “waste of money,” by their count, grew.");
    expect(&q, 0, "waste of money,", "Critics", "said");
    newsclean_quote_list_free(&q);

    /* The cause of a feeling, and the author of a piece, are no speakers. */
    q = find("Officials said Mr. Obi was “encouraged” by the plan.");
    expect(&q, 0, "encouraged", "Officials", "said");
    newsclean_quote_list_free(&q);

    q = find("He called it a “hit piece” by the Daily Star.");
    expect(&q, 0, "hit piece", "He", "called");
    newsclean_quote_list_free(&q);

    /* The agent of a passive right before the quote is. */
    q = find("The council has been called “reckless” by several residents.");
    expect(&q, 0, "reckless", "several residents", "called");
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(cue_words_from_the_lexicon)
{
    /* An article or "as" may stand between a passive participle and its quote. */
    newsclean_quote_list q = find("The probe was labeled as a “witch hunt” by Democrats.");
    expect(&q, 0, "witch hunt", "Democrats", "labeled");
    newsclean_quote_list_free(&q);

    /* A time phrase opened by "last" stands between the subject and its verb. */
    q = find("The State Department last week said “the talks will go on.”");
    expect(&q, 0, "the talks will go on.", "The State Department", "said");
    newsclean_quote_list_free(&q);

    /* "Laut X": the source follows the preposition. */
    q = find_lang("Laut Anna Roth war der Einsatz „völlig angemessen und richtig“.", "de");
    expect(&q, 0, "völlig angemessen und richtig", "Anna Roth", "Laut");
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(straight_pairs_left_to_right)
{
    /* The stray mark before "two" never closes: the later pair wins. */
    newsclean_quote_list q = find("They chose \"blue\" and \"two and \"three\" today.");
    ck_assert_uint_eq(q.n, 2);
    ck_assert_str_eq(q.v[0].text, "blue");
    ck_assert_str_eq(q.v[1].text, "three");
    newsclean_quote_list_free(&q);
    q = find("An unpaired \" mark is ignored.");
    ck_assert_uint_eq(q.n, 0);
    q = find("<a href=\"x\">link</a> is markup, not speech.");
    ck_assert_uint_eq(q.n, 0);
}
END_TEST

START_TEST(other_conventions)
{
    newsclean_quote_list q = find_lang("»Das war knapp«, sagte Anna Roth.", "de");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "Das war knapp", "Anna Roth", "sagte");
    newsclean_quote_list_free(&q);
    q = find("Le ministre a écrit : « Nous avons gagné. »");
    ck_assert_uint_eq(q.n, 1);
    ck_assert_str_eq(q.v[0].text, "Nous avons gagné.");
    newsclean_quote_list_free(&q);
    q = find("彼は「明日来ます」と言った。");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "明日来ます", NULL, NULL);
    ck_assert_uint_eq(q.v[0].offset, strlen("彼は「"));
    newsclean_quote_list_free(&q);
    q = find("Premier powiedział: „Zostajemy tutaj”.");
    ck_assert_uint_eq(q.n, 1);
    ck_assert_str_eq(q.v[0].text, "Zostajemy tutaj");
    newsclean_quote_list_free(&q);
    q = find_lang("Er nannte es ‚reinen Zufall‘ und ging.", "de");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "reinen Zufall", "Er", "nannte");
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(few_words_in_german_marks_without_a_cue)
{
    /* Text that shows speech in „…“ with verbs of saying: a few words in them with no
     * such verb are a name or a term, not speech. */
    newsclean_quote_list q =
        find_lang("Auf dem Plakat stand nur „ein gutes Zeichen“ in roter Schrift.\n\n"
                  "„Wir beginnen im Mai“, sagte die Bürgermeisterin.",
                  "de");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "Wir beginnen im Mai", "die Bürgermeisterin", "sagte");
    newsclean_quote_list_free(&q);
    /* A name in marks right after the noun it names: a programme, a society, a square;
     * words that open in lower case there, or end a sentence, stay someone's words. */
    q = find_lang("Die Stadt will mit dem Programm „Rad statt Auto“ mehr Menschen bewegen. Der "
                  "Verein „Grüne Welle e.V.“ lädt zur Tour, die am „Alten Markt“ beginnt.\n\n"
                  "Die Anwohner nennen die Streifen „viel zu schmal“, und die Leistung sei "
                  "„nur“ halb so groß.\n\n"
                  "„Wir wollen, dass sich alle sicher fühlen“, sagte Sprecherin Lisa Kern.",
                  "de");
    ck_assert_uint_eq(q.n, 3);
    ck_assert_str_eq(q.v[0].text, "viel zu schmal");
    ck_assert_str_eq(q.v[1].text, "nur");
    expect(&q, 2, "Wir wollen, dass sich alle sicher fühlen", "Lisa Kern", "sagte");
    newsclean_quote_list_free(&q);
    /* A subject with no verb of saying gives a few words no speaker: they are a set
     * phrase or a motto. A colon still hands them to someone. */
    q = find_lang("Der Minister sagte: „Wir handeln jetzt.“ Die Bürger haben die „Nase voll“ "
                  "von der Politik. Das Motto lautet „Gemeinsam stark“.\n\nDer Trainer: „Wir "
                  "siegen“",
                  "de");
    ck_assert_uint_eq(q.n, 2);
    expect(&q, 0, "Wir handeln jetzt.", "Der Minister", "sagte");
    ck_assert_str_eq(q.v[1].text, "Wir siegen");
    ck_assert_pstr_eq(q.v[1].speaker, "Der Trainer");
    newsclean_quote_list_free(&q);
    /* Without cued speech in those marks there is nothing to tell them apart by. */
    q = find_lang("Auf dem Plakat stand nur „ein gutes Zeichen“ in roter Schrift.", "de");
    ck_assert_uint_eq(q.n, 1);
    newsclean_quote_list_free(&q);
    /* English-style marks keep a short phrase. */
    q = find("“We start in May,” the mayor said. There was talk of “a done deal” there.");
    ck_assert_uint_eq(q.n, 2);
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(lone_word_without_a_speaker_is_a_term)
{
    /* One word in marks that nobody is said to say holds a term at arm's length. */
    newsclean_quote_list q = find("In the hills, the so-called “rebels” waited.");
    ck_assert_uint_eq(q.n, 0);
    newsclean_quote_list_free(&q);
    /* Said by someone, it is their word; two words and more stay as they were. */
    q = find("The mayor said the plan was “premature.”\n\nThere was talk of “a done deal” "
             "there.");
    ck_assert_uint_eq(q.n, 2);
    expect(&q, 0, "premature.", "The mayor", "said");
    expect(&q, 1, "a done deal", NULL, NULL);
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(rdq_opener_is_swedish_or_a_slip)
{
    /* ”…” is the Swedish convention ... */
    newsclean_quote_list q = find("Hon sa ”vi kommer tillbaka” till dem.");
    ck_assert_uint_eq(q.n, 1);
    ck_assert_str_eq(q.v[0].text, "vi kommer tillbaka");
    newsclean_quote_list_free(&q);
    /* ... but where quotes open with “, a ” that opens one is a slip: not reported. */
    q = find("The mayor said “we will rebuild” on Monday. Her aide said ”the money is there” "
             "too.");
    ck_assert_uint_eq(q.n, 1);
    ck_assert_str_eq(q.v[0].text, "we will rebuild");
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(double_apostrophes_not_reported)
{
    /* '' … '' is an archive's typewriter mark: paired (so 'fine' stays inside) but not
     * one of the conventions reported. */
    newsclean_quote_list q = find("''We left early,'' she said. ''It was 'fine' then.''");
    ck_assert_uint_eq(q.n, 0);
    /* They are still the text's double marks: an uncued single-marked term beside them
     * is held at arm's length, as beside “…”. */
    q = find("''We are ready,'' Ana Ruiz said. ''We start now,'' she added. Her plan for "
             "'phase two' stalls.");
    ck_assert_uint_eq(q.n, 0);
}
END_TEST

START_TEST(multi_paragraph)
{
    const char *b = "“The first part of my answer is long.\n\n"
                    "“The second part follows,” said Jonas Lind.\n\n"
                    "“And a third paragraph, closed.”";
    newsclean_quote_list q = find(b);
    ck_assert_uint_eq(q.n, 2);
    expect(&q, 0, "The first part of my answer is long. The second part follows,", "Jonas Lind",
           "said");
    ck_assert_uint_eq(q.v[0].offset, 3);
    /* The span runs from the first text byte to the last, across the break. */
    size_t end = (size_t)(strstr(b, "follows,") - b) + strlen("follows,");
    ck_assert_uint_eq(q.v[0].length, end - 3);
    /* The next quote carries on the same speaker; nothing attributes it anew. */
    expect(&q, 1, "And a third paragraph, closed.", "Jonas Lind", NULL);
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(title_shaped_is_not_speech)
{
    newsclean_quote_list q = find("He watched “Meet the Press” on Sunday.");
    ck_assert_uint_eq(q.n, 0);
    q = find("The host of “Meet the Press” said “nothing new” today.");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "nothing new", "The host", "said");
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(given_names_are_quoted_words)
{
    /* A title-shaped span that the sentence says someone names, calls, titles or chants
     * is a name given in words: a nickname, a slogan, the title of an ad. */
    newsclean_quote_list q = find("The mayor called the plan “Project Sunrise” in March.");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "Project Sunrise", "The mayor", "called");
    newsclean_quote_list_free(&q);

    q = find("The ad, titled “Fresh Start,” ran twice.");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "Fresh Start,", NULL, NULL);
    newsclean_quote_list_free(&q);

    q = find("Fans chanted “Go Team Go” all night.");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "Go Team Go", "Fans", "chanted");
    newsclean_quote_list_free(&q);

    q = find("The crowd answered with calls of “Vote Them Out” all night.");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "Vote Them Out", "The crowd", "answered");
    newsclean_quote_list_free(&q);

    q = find("His cousin, who goes by “Little Tom,” runs the shop.");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "Little Tom,", "His cousin", NULL);
    newsclean_quote_list_free(&q);

    q = find("The bridge, known as the “Iron Lady,” opened in 1902.");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "Iron Lady,", NULL, NULL);
    newsclean_quote_list_free(&q);

    /* Every name of a list that a naming word opens. */
    q = find("Asked for her favourites, Ana Ruiz named “Red Sky,” “Long Road” and “Cold "
             "Water” without a pause.");
    ck_assert_uint_eq(q.n, 3);
    expect(&q, 0, "Red Sky,", "Ana Ruiz", NULL);
    expect(&q, 1, "Long Road", "Ana Ruiz", NULL);
    expect(&q, 2, "Cold Water", "Ana Ruiz", NULL);
    newsclean_quote_list_free(&q);

    /* A name in brackets right after a name is an alias; after a noun, a title. */
    q = find("He mocked Ana Ruiz (“Red Ana”) at the rally.");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "Red Ana", "He", "mocked");
    newsclean_quote_list_free(&q);
    q = find("He watched the show (“Meet the Press”) on Sunday.");
    ck_assert_uint_eq(q.n, 0);
    newsclean_quote_list_free(&q);

    /* Still names, not words: a show watched or hosted, and a sentence-opening "As". */
    q = find("He watched “Meet the Press” on Sunday. As the “Never Trump” movement grew, "
             "donors left. She told the host of “Good Morning Europe” that she would run.");
    ck_assert_uint_eq(q.n, 0);
    newsclean_quote_list_free(&q);
}
END_TEST

/* ---- speakers ---- */

START_TEST(english_patterns)
{
    newsclean_quote_list q =
        find("“The plan is sound,” said Tomas Brandt, the council’s treasurer.");
    expect(&q, 0, "The plan is sound,", "Tomas Brandt", "said");
    newsclean_quote_list_free(&q);

    q = find("The harbour authority said it would “review every option” before winter.");
    expect(&q, 0, "review every option", "The harbour authority", "said");
    newsclean_quote_list_free(&q);

    q = find("According to Nadia Osei, the vote was “a turning point.”");
    expect(&q, 0, "a turning point.", "Nadia Osei", "According to");
    newsclean_quote_list_free(&q);

    q = find("Priya Raman, the head of the union, said: “We are not done.”");
    expect(&q, 0, "We are not done.", "Priya Raman", "said");
    newsclean_quote_list_free(&q);

    q = find("Rita Mbeki: “We are ready.”");
    expect(&q, 0, "We are ready.", "Rita Mbeki", NULL);
    newsclean_quote_list_free(&q);

    q = find("Gale Porter told reporters that the levy was “far too high.”");
    expect(&q, 0, "far too high.", "Gale Porter", "told");
    newsclean_quote_list_free(&q);

    q = find("“It is over,” the regional water board wrote in a letter.");
    expect(&q, 0, "It is over,", "the regional water board", "wrote");
    newsclean_quote_list_free(&q);

    q = find("Lena Fox tweeted: “See you in court.”");
    expect(&q, 0, "See you in court.", "Lena Fox", "tweeted");
    newsclean_quote_list_free(&q);

    q = find("“That is false,” Governor Ada Stone insisted.");
    expect(&q, 0, "That is false,", "Ada Stone", "insisted");
    newsclean_quote_list_free(&q);

    /* -ing forms of attributing verbs attribute too. */
    q = find("Former Governor Mike Dane, for his part, is labeling the order “an abuse of "
             "power.”");
    expect(&q, 0, "an abuse of power.", "Mike Dane", "labeling");
    newsclean_quote_list_free(&q);

    q = find("Ana Ruiz, celebrating a win in her home state, is pledging to “take every seat” "
             "next year.");
    expect(&q, 0, "take every seat", "Ana Ruiz", "pledging");
    newsclean_quote_list_free(&q);

    /* "in Columbus, Ohio," is a place, not an aside naming the speaker. */
    q = find("Mara Quill, during a town hall meeting in Columbus, Ohio, said she was “ready to "
             "go.”");
    expect(&q, 0, "ready to go.", "Mara Quill", "said");
    newsclean_quote_list_free(&q);

    q = find("The company’s chief, John Smith, said the plan was “sound.”");
    expect(&q, 0, "sound.", "John Smith", "said");
    newsclean_quote_list_free(&q);

    /* The verb opens the sentence, its subject after it. */
    q = find("The house is now a museum. Said Mara Quill, who grew up next door, “We were all "
             "proud of him.”");
    expect(&q, 0, "We were all proud of him.", "Mara Quill", "Said");
    newsclean_quote_list_free(&q);

    q = find("Stated Ivo Brandt:\n\n“The count was fair.”");
    expect(&q, 0, "The count was fair.", "Ivo Brandt", "Stated");
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(names_titles_pronouns)
{
    const char *b = "Chief engineer Marta Quist said the dam was safe.\n\n"
                    "“We checked every joint,” Quist said. “Twice.”\n\n"
                    "“The report is public.”\n\n"
                    "She added that “nothing was hidden.”\n\n"
                    "“No one asked us,” said Sen. Paul Ridley (R-Ore.).";
    newsclean_quote_list q = find(b);
    ck_assert_uint_eq(q.n, 5);
    /* A surname alone resolves to the full name given earlier. */
    expect(&q, 0, "We checked every joint,", "Marta Quist", "said");
    /* The sentence after, then the next paragraph, carry the speaker on. */
    expect(&q, 1, "Twice.", "Marta Quist", NULL);
    expect(&q, 2, "The report is public.", "Marta Quist", NULL);
    /* A pronoun resolves to the last named speaker. */
    expect(&q, 3, "nothing was hidden.", "Marta Quist", "added");
    /* Titles before a name are not part of it. */
    expect(&q, 4, "No one asked us,", "Paul Ridley", "said");
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(pronoun_after_a_new_speaker_is_introduced)
{
    /* A sentence naming someone who speaks comes between: "he" is that someone. */
    newsclean_quote_list q =
        find("“We will win,” Ana Ruiz said.\n\nJo Hale, a tech adviser, warned Saturday that "
             "the move could hurt the party.\n\n“The stakes are high,” he wrote.");
    ck_assert_uint_eq(q.n, 2);
    expect(&q, 0, "We will win,", "Ana Ruiz", "said");
    expect(&q, 1, "The stakes are high,", "Jo Hale", "wrote");
    newsclean_quote_list_free(&q);

    /* Nobody new: the last named speaker. */
    q = find("“We will win,” Ana Ruiz said.\n\nThe weather in the valley turned cold on "
             "Friday.\n\n“The stakes are high,” she said.");
    ck_assert_uint_eq(q.n, 2);
    expect(&q, 1, "The stakes are high,", "Ana Ruiz", "said");
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(new_statement_after_a_quote)
{
    /* "warned Saturday that …" opens a new statement: it does not claim the quote. */
    newsclean_quote_list q =
        find("Sanders called the suspension “arbitrary.” Jo Hale, a tech adviser, warned "
             "Saturday that the move could hurt the party.");
    expect(&q, 0, "arbitrary.", "Sanders", "called");
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(speaker_null_when_unsaid)
{
    newsclean_quote_list q = find("The sign read “closed for winter” in red letters.\n\n"
                                  "Nobody knows what “very soon” means.");
    ck_assert_uint_eq(q.n, 2);
    ck_assert_str_eq(q.v[0].text, "closed for winter");
    ck_assert_str_eq(q.v[1].text, "very soon");
    ck_assert_ptr_null(q.v[1].speaker);
    ck_assert_ptr_null(q.v[1].cue);
    newsclean_quote_list_free(&q);
    q = find("“Ready when you are.”");
    expect(&q, 0, "Ready when you are.", NULL, NULL);
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(german_patterns)
{
    newsclean_quote_list q =
        find_lang("Er sagte: „Wir bleiben hier.“ Die Polizei nannte den Einsatz „angemessen“, so "
                  "der Sprecher Lukas Brenner.",
                  "de");
    ck_assert_uint_eq(q.n, 2);
    expect(&q, 0, "Wir bleiben hier.", "Er", "sagte");
    expect(&q, 1, "angemessen", "der Sprecher Lukas Brenner", "so");
    newsclean_quote_list_free(&q);

    q = find_lang("Laut Innenministerin Petra Hahn ist die Lage „unter Kontrolle“.", "de");
    expect(&q, 0, "unter Kontrolle", "Petra Hahn", "Laut");
    newsclean_quote_list_free(&q);

    /* Undeclared language: German is recognised from its words. */
    q = find("„Das ist ein guter Tag für die Stadt“, sagte der Bürgermeister Jan Olsen der "
             "Zeitung. Die Sitzung dauerte nicht lange.");
    expect(&q, 0, "Das ist ein guter Tag für die Stadt", "der Bürgermeister Jan Olsen", "sagte");
    newsclean_quote_list_free(&q);

    q = find_lang("Die Ministerin Eva Lorenz fügte am Abend hinzu: „Es gibt keinen Plan B.“", "de");
    expect(&q, 0, "Es gibt keinen Plan B.", "Die Ministerin Eva Lorenz", "fügte hinzu");
    newsclean_quote_list_free(&q);
}
END_TEST

/* German word order and case: the subject is the nominative phrase, whichever side of
 * the verb it stands; objects, "es" and adverbs are never speakers. */
START_TEST(german_subjects_and_objects)
{
    /* A genitive after the noun and a relative clause before the verb. */
    newsclean_quote_list q =
        find_lang("Die Leiterin des Bauamts, die seit vier Jahren im Amt ist, sagte nach der "
                  "Sitzung am Abend vor der Presse: „Wir prüfen jeden Antrag einzeln.“",
                  "de");
    expect(&q, 0, "Wir prüfen jeden Antrag einzeln.", "Die Leiterin des Bauamts", "sagte");
    newsclean_quote_list_free(&q);

    /* An object in first place: the subject follows the verb. */
    q = find_lang("Den Einwand wies der Sprecher der Stadtwerke zurück: „Die Leitungen sind "
                  "sicher.“",
                  "de");
    expect(&q, 0, "Die Leitungen sind sicher.", "der Sprecher der Stadtwerke", NULL);
    newsclean_quote_list_free(&q);
    q = find_lang("Davon berichtete auch Jonas Frei: „Am Ende war keiner mehr da.“", "de");
    expect(&q, 0, "Am Ende war keiner mehr da.", "Jonas Frei", "berichtete");
    newsclean_quote_list_free(&q);
    q = find_lang("Die Entscheidung kommentierte der Trainer Ole Brandt knapp: „Wir nehmen das "
                  "so hin.“",
                  "de");
    expect(&q, 0, "Wir nehmen das so hin.", "der Trainer Ole Brandt", "kommentierte");
    newsclean_quote_list_free(&q);
    /* A role the lexicon does not list, then a name: the named person after the verb
     * speaks, the thing before it is what was said. */
    q = find_lang("Seine Sorgen schilderte der Bademeister Jens Ohm wie folgt: „Im Winter frieren "
                  "die Leitungen.“",
                  "de");
    expect(&q, 0, "Im Winter frieren die Leitungen.", "der Bademeister Jens Ohm", "schilderte");
    newsclean_quote_list_free(&q);
    q = find_lang("Die Folgen beschrieb die Ärztin Eva Lorenz so: „Viele Patienten kommen zu "
                  "spät.“",
                  "de");
    expect(&q, 0, "Viele Patienten kommen zu spät.", "die Ärztin Eva Lorenz", "beschrieb");
    newsclean_quote_list_free(&q);
    /* One word after the verb may be whom it was said to. */
    q = find_lang("Ein Parteimitglied bestätigte Reuters: „Das Geld kam in bar.“", "de");
    expect(&q, 0, "Das Geld kam in bar.", "Ein Parteimitglied", "bestätigte");
    newsclean_quote_list_free(&q);
    /* Without a name after the verb the phrase in first place stays the subject. */
    q = find_lang("Die Polizei schilderte den Ablauf so: „Der Wagen kam von links.“", "de");
    expect(&q, 0, "Der Wagen kam von links.", "Die Polizei", "schilderte");
    newsclean_quote_list_free(&q);

    /* A citing verb: the one quoted is its object. */
    q = find_lang("„Wir sind nicht zuständig“, zitiert die Agentur den Landrat Peter Sand.", "de");
    expect(&q, 0, "Wir sind nicht zuständig", "Landrat Peter Sand", "zitiert");
    newsclean_quote_list_free(&q);

    /* "heißt es in …": the source is what follows the preposition, not "es", and the
     * article of the case the preposition governs is no part of it. */
    q = find_lang("Es gebe „keinen Anlass zur Eile“, heißt es in dem Gutachten.", "de");
    expect(&q, 0, "keinen Anlass zur Eile", "Gutachten", "heißt");
    newsclean_quote_list_free(&q);
    q = find_lang("Das sei „nicht hinnehmbar und muss sich ändern“, hieß es aus dem Bauamt.", "de");
    expect(&q, 0, "nicht hinnehmbar und muss sich ändern", "Bauamt", "hieß");
    newsclean_quote_list_free(&q);
    q = find_lang("Laut einem Sprecher der Bahn ist der Schaden „erheblich und wird Wochen "
                  "dauern“.",
                  "de");
    expect(&q, 0, "erheblich und wird Wochen dauern", "Sprecher der Bahn", "Laut");
    newsclean_quote_list_free(&q);

    /* An expletive "es" with no source named is nobody. */
    q = find_lang("Es sei „eine lange und sehr schwierige Nacht“ gewesen.", "de");
    ck_assert(q.n == 0 || q.v[0].speaker == NULL);
    newsclean_quote_list_free(&q);

    /* Adverbs between the inverted verb and its subject: the subject still speaks, not
     * the one quoted before. */
    q = find_lang(
        "„Wir sparen, wo es geht“, so Bürgermeisterin Petra Lang.\n\n"
        "„Die Kosten sind zu hoch für uns“, sagte gestern Abend der Kämmerer Jens Ohl.\n\n"
        "„Das ist ein schwarzer Tag für den Hafen“, sagt deshalb die Initiative.",
        "de");
    ck_assert_uint_eq(q.n, 3);
    expect(&q, 1, "Die Kosten sind zu hoch für uns", "der Kämmerer Jens Ohl", "sagte");
    expect(&q, 2, "Das ist ein schwarzer Tag für den Hafen", "die Initiative", "sagt");
    newsclean_quote_list_free(&q);
    /* An object pronoun in first place is whom it was said to, never the speaker. */
    q = find_lang("Ihn fragte die Zeitung: „Wie lange reicht das Geld noch für die Kaimauer?“",
                  "de");
    expect(&q, 0, "Wie lange reicht das Geld noch für die Kaimauer?", "die Zeitung", "fragte");
    newsclean_quote_list_free(&q);
}
END_TEST

/* Whom it was said to, a pronominal adverb or an adverbial phrase before the verb in
 * second place, and a medium that quotes someone: the speaker is the subject, never
 * these. */
START_TEST(german_objects_and_adverbials_name_nobody)
{
    newsclean_quote_list q =
        find_lang("Ihm sagte sie: „Du musst jetzt gehen und nicht wiederkommen.“", "de");
    expect(&q, 0, "Du musst jetzt gehen und nicht wiederkommen.", "sie", "sagte");
    newsclean_quote_list_free(&q);
    q = find_lang("Darüber sagte er: „Das bleibt so, wie es ist.“", "de");
    expect(&q, 0, "Das bleibt so, wie es ist.", "er", "sagte");
    newsclean_quote_list_free(&q);

    /* A prepositional phrase fills the place before the verb: the subject follows it,
     * past a reflexive. */
    q = find_lang("Nach dem Spiel im vollen Stadion an der Weser äußerte sich Trainer Ole Brandt "
                  "enttäuscht: „Wir waren zu langsam.“",
                  "de");
    expect(&q, 0, "Wir waren zu langsam.", "Ole Brandt", "äußerte");
    newsclean_quote_list_free(&q);

    /* Whom it was told to between the inverted verb and its subject. */
    q = find_lang("„Das ist gut so“, sagte dem Reporter der Minister.\n\n„Das ist ein Skandal“, "
                  "erklärte gegenüber dieser Zeitung der Vorsitzende Karl Lang.",
                  "de");
    ck_assert_uint_eq(q.n, 2);
    expect(&q, 0, "Das ist gut so", "der Minister", "sagte");
    expect(&q, 1, "Das ist ein Skandal", "der Vorsitzende Karl Lang", "erklärte");
    newsclean_quote_list_free(&q);

    /* The medium that quotes, then the one it quotes. */
    q = find_lang("„Die Lage ist ernst“, zitiert der Kurier Innenminister Karl Weber.", "de");
    expect(&q, 0, "Die Lage ist ernst", "Innenminister Karl Weber", "zitiert");
    newsclean_quote_list_free(&q);

    /* A bracketed name after a quote that the sentence's stop closes. */
    q = find_lang("„Wir prüfen den Vorfall sehr genau“ (Innenminister Karl Weber).", "de");
    expect(&q, 0, "Wir prüfen den Vorfall sehr genau", "Karl Weber", NULL);
    newsclean_quote_list_free(&q);
}
END_TEST

/* Attribution by a phrase or in brackets, and reported speech carried over. */
START_TEST(german_attribution_without_a_subject)
{
    newsclean_quote_list q =
        find_lang("Seitens des Vereins war von einem „klaren Verstoß gegen alle Absprachen“ "
                  "die Rede.",
                  "de");
    expect(&q, 0, "klaren Verstoß gegen alle Absprachen", "Vereins", "Seitens");
    newsclean_quote_list_free(&q);

    q = find_lang("Die Mieten steigen weiter. „Ein Ende ist nicht in Sicht.“ (Mieterbund).", "de");
    expect(&q, 0, "Ein Ende ist nicht in Sicht.", "Mieterbund", NULL);
    newsclean_quote_list_free(&q);

    /* The subjunctive goes on with the statement the sentence before reported. */
    q = find_lang("Die Ärztin betonte, dass die Lage ernst bleibe. Die Impfung sei „der "
                  "einzige Weg aus dieser Lage“ für alle.",
                  "de");
    expect(&q, 0, "der einzige Weg aus dieser Lage", "Die Ärztin", "betonte");
    newsclean_quote_list_free(&q);

    /* "nach Angaben X" names the source where no verb of saying does. */
    q = find_lang("Nach Angaben der Polizei war der Fahrer „stark alkoholisiert und ohne "
                  "Führerschein unterwegs“.",
                  "de");
    expect(&q, 0, "stark alkoholisiert und ohne Führerschein unterwegs", "Polizei", "Nach Angaben");
    newsclean_quote_list_free(&q);

    /* "hieß es" with its source opening the sentence. */
    q = find_lang("Von Seiten der Stadt hieß es: „Wir prüfen den Vorfall.“\n\nAus dem "
                  "Ministerium hieß es, man prüfe alles „mit großer Sorgfalt“.",
                  "de");
    ck_assert_uint_eq(q.n, 2);
    expect(&q, 0, "Wir prüfen den Vorfall.", "Stadt", "hieß");
    expect(&q, 1, "mit großer Sorgfalt", "Ministerium", "hieß");
    newsclean_quote_list_free(&q);

    /* Reported speech opening a paragraph carries on the statement closing the one
     * before; its own subject is what was spoken of. */
    q = find_lang("Die Ministerin erklärte, sie werde nicht zurücktreten.\n\nDie Vorwürfe "
                  "seien „haltlos und frei erfunden“.",
                  "de");
    expect(&q, 0, "haltlos und frei erfunden", "Die Ministerin", "erklärte");
    newsclean_quote_list_free(&q);

    /* A sentence after a closed quote that says its own thing is no attribution. */
    q = find_lang("Die Ministerin Eva Lorenz war zufrieden. „Das war ein guter Tag.“ Ben Ruf "
                  "sagte später, man müsse abwarten.",
                  "de");
    ck_assert(q.n == 1);
    ck_assert(q.v[0].speaker == NULL || strcmp(q.v[0].speaker, "Ben Ruf") != 0);
    newsclean_quote_list_free(&q);

    /* A site's name in marks is no quotation. */
    q = find_lang("Die Ministerin sagte: „Wir handeln jetzt.“ Mehr dazu auf „example.de“.", "de");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "Wir handeln jetzt.", "Die Ministerin", "sagte");
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(french_spanish_patterns)
{
    newsclean_quote_list q =
        find_lang("La candidate Claire Dubreuil est arrivée en tête.\n\n« Les habitants ont "
                  "choisi », a déclaré Claire Dubreuil devant ses soutiens.\n\nDubreuil a dit : "
                  "« Nous tendons la main. »",
                  "fr");
    ck_assert_uint_eq(q.n, 2);
    expect(&q, 0, "Les habitants ont choisi", "Claire Dubreuil", "a déclaré");
    expect(&q, 1, "Nous tendons la main.", "Claire Dubreuil", "dit");
    newsclean_quote_list_free(&q);
    /* Undeclared: Spanish is recognised from its words; the role's bare name wins. */
    q = find("«No podemos esperar a que llueva para tomar decisiones», dijo la consejera de "
             "Medio Ambiente, Carmen Villalba, durante la rueda de prensa en la capital.");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "No podemos esperar a que llueva para tomar decisiones", "Carmen Villalba",
           "dijo");
    newsclean_quote_list_free(&q);
}
END_TEST

START_TEST(unknown_language_no_guess)
{
    /* No attribution rules for Italian: the quote is found, its speaker not guessed. */
    newsclean_quote_list q =
        find_lang("«Abbiamo vinto», ha detto Mario Rossi ai giornalisti.", "it");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "Abbiamo vinto", NULL, NULL);
    newsclean_quote_list_free(&q);
    /* Undeclared, and long enough to tell it is none of the four languages. */
    q = find("„We hebben gewonnen”, zei burgemeester Jan de Vries tegen verslaggevers op het "
             "plein, waar honderden inwoners zich hadden verzameld om het nieuws te horen.");
    ck_assert_uint_eq(q.n, 1);
    expect(&q, 0, "We hebben gewonnen", NULL, NULL);
    newsclean_quote_list_free(&q);
}
END_TEST

/* ---- the reference page ---- */

static char *
slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len + 4096 + 1 > cap) {
            cap = cap ? cap * 2 : 8192;
            char *p = realloc(buf, cap);
            ck_assert_ptr_nonnull(p);
            buf = p;
        }
        size_t n = fread(buf + len, 1, 4096, f);
        len += n;
        if (n < 4096)
            break;
    }
    fclose(f);
    buf[len] = '\0';
    return buf;
}

/* The body of the seed page: the paragraphs from "The US is willing" up to the last
 * quote, without the "Also on rt.com" link line. */
static char *
seed_body(const char *page)
{
    const char *start = strstr(page, "The US is willing");
    const char *stop = strstr(page, "on Iraqi soil.");
    if (!start || !stop)
        return NULL;
    stop = strchr(stop, '\n');
    if (!stop)
        stop = page + strlen(page);
    char *out = calloc(1, (size_t)(stop - start) + 1);
    ck_assert_ptr_nonnull(out);
    size_t n = 0;
    const char *line = start;
    while (line < stop) {
        const char *e = memchr(line, '\n', (size_t)(stop - line));
        if (!e)
            e = stop;
        size_t len = (size_t)(e - line);
        while (len && (line[len - 1] == ' ' || line[len - 1] == '\r'))
            len--;
        if (len && strncmp(line, "Also on rt.com", 14) != 0) {
            if (n) {
                memcpy(out + n, "\n\n", 2);
                n += 2;
            }
            memcpy(out + n, line, len);
            n += len;
        }
        line = e + 1;
    }
    out[n] = '\0';
    return out;
}

START_TEST(reference_page)
{
    const char *dir = getenv("NEWSCLEAN_SHARED_DIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/seed/000_4616de958eaffeb4.txt", dir ? dir : "../shared");
    char *page = slurp(path);
    if (!page) {
        fprintf(stderr, "test_quotes: %s missing, reference page test skipped\n", path);
        return;
    }
    char *body = seed_body(page);
    ck_assert_ptr_nonnull(body);
    newsclean_quote_list q = find(body);
    ck_assert_uint_eq(q.n, 9);
    expect(&q, 0, "recommitting to strategic partnership", "the US State Department", "said");
    expect(&q, 1, "prepare a mechanism", "the country’s prime minister", "told");
    expect(&q, 2, "appropriate", "Morgan Ortagus", "said");
    expect(&q, 3, "need to be a conversation", "Morgan Ortagus", "acknowledged");
    expect(&q, 4,
           "not just regarding security, but about our financial, economic, and diplomatic "
           "partnership.",
           "Morgan Ortagus", "acknowledged");
    ck_assert_str_eq(q.v[5].text, "very big sanctions");
    ck_assert_pstr_eq(q.v[5].speaker, "Donald Trump");
    expect(&q, 6, "confident", "Mike Pompeo", "saying");
    expect(&q, 7, "very important", "Saad Al-Muttalibi", "told");
    expect(&q, 8, "don't want to be drawn into a war between Iran and America on Iraqi soil.",
           "Saad Al-Muttalibi", "told");
    newsclean_quote_list_free(&q);
    free(body);
    free(page);
}
END_TEST

/* ---- hostile bodies: linear work finishes far inside the test case's timeout; quadratic
 * work would not. ---- */

/* Build 'reps' copies of 'unit' into one body. */
static char *
repeat(const char *unit, size_t reps)
{
    size_t n = strlen(unit);
    char *b = malloc(n * reps + 1);
    ck_assert_ptr_nonnull(b);
    for (size_t i = 0; i < reps; i++)
        memcpy(b + i * n, unit, n);
    b[n * reps] = '\0';
    return b;
}

START_TEST(many_marks_linear)
{
    /* 10^5 marks forming 5*10^4 attributed quotes, then 10^5 openers that never close,
     * then 10^5 apostrophes: each must finish in well under the test's budget. In the
     * last unit double marks outnumber the uncued single-marked ‚y‘, which goes. */
    const char *units[] = {"“fine,” Ada Stone said ", "“open ", "rock ’n’ roll ", "\"a a\" \"b ",
                           "„x x“ ‚y‘ «z z» "};
    const size_t expect_n[] = {50000, 0, 0, 50000, 100000};
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t reps = u == 0 || u == 3 || u == 4 ? 50000 : 100000;
        char *b = repeat(units[u], reps);
        newsclean_quote_list q = {0};
        ck_assert(newsclean_quotes_find(rules, b, strlen(b), NULL, &q));
        ck_assert_uint_eq(q.n, expect_n[u]);
        if (u == 0)
            expect(&q, 49999, "fine,", "Ada Stone", "said");
        newsclean_quote_list_free(&q);
        free(b);
    }
}
END_TEST

START_TEST(deep_nesting_and_one_line)
{
    /* Openers nested far past any real text, then one long line without sentence ends. */
    char *b = repeat("“‘«„", 50000);
    newsclean_quote_list q = {0};
    ck_assert(newsclean_quotes_find(rules, b, strlen(b), NULL, &q));
    ck_assert_uint_eq(q.n, 0);
    free(b);
    b = repeat("word “quoted” said Smith and ", 40000);
    ck_assert(newsclean_quotes_find(rules, b, strlen(b), NULL, &q));
    ck_assert_uint_eq(q.n, 40000);
    newsclean_quote_list_free(&q);
    free(b);
}
END_TEST

START_TEST(invalid_utf8)
{
    const char b[] = "\xff\xfe “caf\xc3 said” \xe2\x80 Smith said \xf0\x9f";
    newsclean_quote_list q = {0};
    ck_assert(newsclean_quotes_find(rules, b, sizeof b - 1, NULL, &q));
    ck_assert_uint_eq(q.n, 1);
    ck_assert_uint_le(q.v[0].offset + q.v[0].length, sizeof b - 1);
    newsclean_quote_list_free(&q);
}
END_TEST

static Suite *
quotes_suite(void)
{
    Suite *s = suite_create("quotes");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, list_push_and_free);
    tcase_add_test(tc, empty_inputs);
    tcase_add_test(tc, curly_said_after);
    tcase_add_test(tc, apostrophes_are_not_quotes);
    tcase_add_test(tc, nested_stays_inside);
    tcase_add_test(tc, straight_pairs_left_to_right);
    tcase_add_test(tc, other_conventions);
    tcase_add_test(tc, rdq_opener_is_swedish_or_a_slip);
    tcase_add_test(tc, lone_word_without_a_speaker_is_a_term);
    tcase_add_test(tc, few_words_in_german_marks_without_a_cue);
    tcase_add_test(tc, double_apostrophes_not_reported);
    tcase_add_test(tc, multi_paragraph);
    tcase_add_test(tc, single_marks_secondary_to_double);
    tcase_add_test(tc, cited_headline_is_not_speech);
    tcase_add_test(tc, by_phrase_agent_only_after_a_passive);
    tcase_add_test(tc, cue_words_from_the_lexicon);
    tcase_add_test(tc, title_shaped_is_not_speech);
    tcase_add_test(tc, given_names_are_quoted_words);
    tcase_add_test(tc, english_patterns);
    tcase_add_test(tc, names_titles_pronouns);
    tcase_add_test(tc, pronoun_after_a_new_speaker_is_introduced);
    tcase_add_test(tc, new_statement_after_a_quote);
    tcase_add_test(tc, speaker_null_when_unsaid);
    tcase_add_test(tc, german_patterns);
    tcase_add_test(tc, german_subjects_and_objects);
    tcase_add_test(tc, german_objects_and_adverbials_name_nobody);
    tcase_add_test(tc, german_attribution_without_a_subject);
    tcase_add_test(tc, french_spanish_patterns);
    tcase_add_test(tc, unknown_language_no_guess);
    tcase_add_test(tc, reference_page);
    tcase_add_test(tc, many_marks_linear);
    tcase_add_test(tc, deep_nesting_and_one_line);
    tcase_add_test(tc, invalid_utf8);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(quotes_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
