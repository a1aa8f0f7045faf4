/* lexicon.c: the one table of the library's vocabulary. Every phrase pattern and word list
 * a stage matches against lives here, as rows of class, form, languages, limit and reason;
 * the stages compile the rows they read once per extractor (pcre2 patterns, word sets). */
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

/* Short names for the table below. */
#define LINE NEWSCLEAN_LXF_LINE
#define BLOCK NEWSCLEAN_LXF_BLOCK
#define WORDS NEWSCLEAN_LXF_WORDS
#define FIND NEWSCLEAN_LXF_FIND
#define ALTS NEWSCLEAN_LXF_ALTS
#define KEYS NEWSCLEAN_LXF_KEYS
#define BARRIER NEWSCLEAN_LXE_BARRIER
#define L_EN NEWSCLEAN_LANG_EN
#define L_DE NEWSCLEAN_LANG_DE
#define L_FR NEWSCLEAN_LANG_FR
#define L_ES NEWSCLEAN_LANG_ES
#define L_IT NEWSCLEAN_LANG_IT
#define L_PT NEWSCLEAN_LANG_PT
#define L_NL NEWSCLEAN_LANG_NL
#define L_RU NEWSCLEAN_LANG_RU
#define L_PL NEWSCLEAN_LANG_PL
#define L_CS NEWSCLEAN_LANG_CS
#define L_JA NEWSCLEAN_LANG_JA
#define L_ZH NEWSCLEAN_LANG_ZH
#define L_KO NEWSCLEAN_LANG_KO
#define L_ANY NEWSCLEAN_LANG_ANY
#define L_OTHER NEWSCLEAN_LANG_OTHER

/* Noise phrases are only looked for in short blocks; prose is never a share prompt. */
#define NOISE_MAX_BYTES 500
/* A label over a list of other stories is a short heading or line. */
#define RELATED_LABEL_MAX_BYTES 120
/* A caption set as a plain paragraph, with its credit. */
#define CREDITED_CAPTION_MAX_BYTES 400

_Static_assert(NEWSCLEAN_LX_LD_DATE_PAGE < NEWSCLEAN_LX_WORD_CLASSES,
               "every class a word set holds has a bit");

static const newsclean_lex_entry table[] = {
    /* Lines of a text dump, one alternation in this order (the first rule that matches
     * names the line). Most are anchored at the line start and require the line to be
     * little more than the phrase; the line statistics do the rest. Limits in words. */
    {NEWSCLEAN_LX_RELATED, LINE, 0, L_EN | L_DE | L_FR | L_ES | L_IT | L_PT | L_NL, 30,
     "related link",
     "^(?:also on|read (?:more|also|next)|see also|more (?:on|from|about) (?:this|the|our)"
     "|lesen sie (?:auch|mehr|hier)|mehr zum thema|auch interessant|lire (?:aussi|également)"
     "|à lire (?:aussi|également)|voir aussi|sur le même sujet|leer más|lea (?:también|además)"
     "|ver también|leggi anche|veja também|leia (?:também|mais)|lees (?:ook|meer))\\b"
     "|^(?:le puede interesar|te puede interesar|puedes ver|vea también|lea más|lea|mira"
     "|lee también|te recomendamos|noticia relacionada|related|siehe auch|lesetipp)\\s*:"
     /* Polish, Czech, Russian. */
     "|^(?:czytaj (?:także|też|również)|(?:zobacz|przeczytaj) (?:także|też|również)"
     "|čtěte (?:také|též|rovněž)|přečtěte si (?:také|též)|читайте (?:также|тоже)"
     "|смотрите также)\\b"},
    {NEWSCLEAN_LX_RELATED, LINE, 0, L_EN | L_DE | L_FR | L_ES | L_IT | L_PT, 6, "more link",
     "^(?:learn more|find out more|continue reading|explore further|mehr erfahren|weiterlesen"
     "|mehr dazu|mehr infos?|(?:noch )?mehr infos für dich|en savoir plus|plus d'infos"
     "|lire la suite|más información|infórmate más|informate más|saber más|seguir leyendo"
     "|leggi di più|continua a leggere|saiba mais|zurück zur übersicht|back to overview"
     "|(?:mehr|weitere) (?:kolumnen|artikel|beiträge|news|nachrichten) (?:auf|von|aus)\\b.*"
     "|alle (?:artikel|beiträge|news)(?: anzeigen| ansehen)?|czytaj (?:dalej|więcej)"
     "|(?:číst|čtěte) dál(?:e)?|více informací|читать (?:далее|дальше|полностью)|подробнее)"
     "[\\s:.…»›>]*$"},
    {NEWSCLEAN_LX_LISTHEAD, LINE, 0, L_EN | L_DE | L_FR | L_ES | L_IT | L_PT, 8, "related list",
     "^(?:related(?: articles?| stories| posts?| content| coverage| news| links?| topics)?"
     "|you (?:may|might) also (?:like|enjoy|be interested in)|recommended(?: for you| stories)?"
     /* A list's heading with the site's or the section's name inside ("More Kitchen
      * Recipes", "Other posts you may enjoy"), as HTML's related-list rows read them. */
     "|(?:other|more) (?:[\\w'’&-]+ ){0,3}(?:posts|articles|stories|recipes|guides|reads)"
     "(?: you (?:may|might|will) (?:also )?(?:like|enjoy|love))?|keep reading|explore "
     "more\\b.{0,40}"
     "|most (?:read|popular|viewed|shared)|more stories|more from\\b.*|recent (?:stories|posts)"
     "|latest (?:news|stories|posts)|top stories|trending(?: on\\b.*| now)?"
     "|(?:das|dies)(?: thema)? könnte (?:dich|sie) auch interessieren|auch lesenswert"
     "|(?:ähnliche|verwandte|weitere|beliebte|neueste) (?:beiträge|artikel|themen|posts)"
     "(?: zum thema)?|empfohlen für dich|top[- ]themen(?: der redaktion)?|meist ?gelesen"
     "|mehr aus\\b.*|articles? (?:similaires|liés|connexes)|les plus lus|à lire également"
     "|(?:noticias|entradas|artículos) relacionad[oa]s\\b.*|te puede interesar|lo más leído"
     "|las más (?:vistas|leídas)|(?:post|articoli) correlati|i più letti|posts relacionados"
     "|relevantes aus\\b.*"
     "|(?:najczęściej|najchętniej) (?:czytane|komentowane)|najpopularniejsze|polecane(?: artykuły)?"
     "|(?:powiązane|podobne) artykuły|najnowsze(?: artykuły| wiadomości)?"
     "|související(?: články)?|nejčtenější(?: články)?|doporučujeme|mohlo by vás (?:také )?zajímat"
     "|další články|právě se děje|nejnovější(?: články| zprávy)?"
     "|похожие (?:статьи|новости|материалы|записи)|самое (?:читаемое|популярное)"
     "|последние новости|другие новости|по теме|рекомендуем)\\s*[:.…]*$"},
    {NEWSCLEAN_LX_LISTHEAD, LINE, 0, L_JA | L_ZH | L_KO, 4, "related list",
     "^[【\\[（(]?(?:関連記事|関連ニュース|関連リンク|アクセスランキング|ランキング|相关新闻"
     "|相关阅读|相关文章|热门推荐|推荐阅读|延伸阅读|热点新闻|관련기사|많이 본 뉴스)[】\\]）)]?"
     "[\\s:：]*$"},
    {NEWSCLEAN_LX_SHARE, LINE, 0, L_EN | L_DE | L_FR | L_ES | L_IT | L_PT, 15, "share prompt",
     "^share(?: this)?(?: (?:story|article|post|page|link))?(?: (?:on|via|with) [\\w ]{1,30})?"
     "[\\s:!.]*$|^(?:tweet|pin it|e-?mail this|print(?: this)?(?: article| page)?|teilen"
     "|(?:auf|bei|via) (?:facebook|twitter|whatsapp|x)(?: teilen)?|(?:diesen )?artikel teilen"
     /* The verb first, as buttons are labelled too: "Teilen auf X", "Partager sur Facebook". */
     "|(?:teilen (?:auf|bei|via)|partager (?:sur|via)|compartir (?:en|vía|via)|condividi su"
     "|compartilh(?:ar|e) (?:no|via)) (?:facebook|twitter|whatsapp|x)"
     "|teilen sie dies(?:en artikel)? mit|teile diesen (?:beitrag|artikel)\\b.*"
     "|mit freunden teilen|(?:jetzt )?teilen\\W*|partager(?: cet article| ceci)?"
     "|compartir(?: esto)?|condividi(?: questo)?|compartilhe(?: isso)?|like this"
     "|gefällt mir|j'aime(?: ceci)?|me gusta esto|udostępnij(?: artykuł| wpis)?|podziel się"
     "|sdílet(?: článek)?|sdílejte|поделиться)[\\s:!.…]*$|^(?:follow us|folgen sie uns"
     "|suivez-nous|síguenos|seguici)\\b|^follow\\b.{1,60}\\bon (?:twitter|facebook|instagram)"
     "|share this (?:story|article|post|page)|think your friends"
     "|^click to (?:share|e-?mail (?:a link|this)|print)\\b"
     "|(?:möchten|wollen) sie (?:den|diesen) (?:artikel|beitrag) teilen"
     "|den (?:artikel|beitrag) mit anderen teilen|(?:hat )?dir (?:hat )?(?:der|dieser) "
     "(?:artikel|beitrag) gefallen"},
    {NEWSCLEAN_LX_SHARE, LINE, 0, L_EN | L_DE | L_FR | L_ES, 12, "feedback prompt",
     "^(?:(?:was|is) (?:this|the) (?:(?:page|article|post)['’]s )?(?:article|page|post|content"
     "|information|answer) (?:helpful|useful)|did you find this (?:(?:article|page|post|content"
     "|information) )?(?:helpful|useful)|how (?:useful|helpful) was this (?:article|page|post"
     "|content|answer)|did you (?:like|enjoy) this"
     "|war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)"
     "|(?:hat|gefällt) ihnen (?:der|dieser) (?:artikel|beitrag)"
     "|cet article vous a-t-il (?:été utile|plu)|¿te (?:ha resultado útil|ha gustado)"
     /* Polish, Czech, Russian: "found a mistake in the article? tell us". */
     "|(?:pokud jste|jestli jste) v článku (?:zaznamenali|našli) chybu"
     "|(?:zauważyłeś|znalazłeś|widzisz) błąd|(?:если вы )?(?:нашли|заметили) ошибку)"},
    {NEWSCLEAN_LX_SHARE, LINE, 0, L_EN | L_DE, 40, "support prompt",
     "\\b(?:if you (?:enjoyed|liked|value)|(?:please )?(?:support|unterstütze|unterstützen sie)"
     " (?:our|unser\\w*|uns|us)\\b.{0,40}\\b(?:work|journalism|journalismus|arbeit)"
     "|would like to send you (?:push )?notifications|push[- ]nachrichten"
     "|(?:werbung|anzeige)\\W+dieser beitrag enthält|dieser beitrag enthält (?:werbung"
     "|affiliate)|affiliate[- ]links?|we may (?:receive|earn) (?:a )?(?:compensation|commission)"
     "|erhält .{1,30} (?:ggf\\. )?eine provision|contains references to products)"},
    {NEWSCLEAN_LX_COOKIE, LINE, 0, L_EN | L_DE | L_FR | L_ES, 80, "cookie notice",
     "\\bcookies?\\b.{0,200}?\\b(?:use|uses|using|accept|agree|consent|akzeptier\\w*|verwende"
     "\\w*|nutz\\w*|utilis\\w*|acept\\w*|usamos|utilizamos)\\b|\\b(?:accept|akzeptieren|accepter"
     "|aceptar)(?: all| alle| tous les| todas las)? cookies"},
    {NEWSCLEAN_LX_NEWSLETTER, LINE, 0, L_EN | L_DE | L_FR | L_ES | L_IT | L_PT, 10,
     "newsletter prompt", "\\bnewsletter"},
    {NEWSCLEAN_LX_NEWSLETTER, LINE, 0, L_EN | L_DE | L_FR | L_ES, 40, "newsletter prompt",
     "\\b(?:newsletter|boletín|infolettre)\\b.{0,120}?\\b(?:sign(?:ing)? up|subscrib\\w*|abonn\\w*"
     "|anmelden|inscri\\w*|suscr\\w*)|\\b(?:sign(?:ing)? up|subscrib\\w*|abonn\\w*|anmelden"
     "|inscri\\w*|suscr\\w*)\\b.{0,120}?\\b(?:newsletter|boletín|infolettre)"
     "|^(?:sign up|subscribe|jetzt (?:für .{1,40} )?anmelden"
     "|verpasse keine)\\b.{0,80}\\b(?:news|content|updates|stories|artikel|nachrichten)\\b"},
    /* A dated notice or a rights reservation is a footer's at any length: its long
     * paragraph of company and legal text reads as prose and can outweigh a short
     * article. */
    {NEWSCLEAN_LX_COPYRIGHT, LINE, BARRIER, L_EN | L_DE | L_FR | L_ES | L_IT | L_PT, 150,
     "copyright line",
     "©\\s*(?:19|20)\\d\\d|all rights reserved|alle rechte vorbehalten"
     "|tous droits réservés|todos los derechos reservados|tutti i diritti riservati"
     "|todos os direitos reservados|wszelkie prawa zastrzeżone|všechna práva vyhrazena"
     "|все права защищены"},
    /* A site's licence notice, which closes a page as its copyright line does: "Except as
     * otherwise noted, the content of this page is licensed under ...", "This work is
     * licensed under a Creative Commons ...", and a republishing box's heading. */
    {NEWSCLEAN_LX_COPYRIGHT, LINE, BARRIER, L_EN | L_DE, 60, "copyright line",
     "^(?:except (?:as|where) otherwise (?:noted|stated),? )?(?:this|the|all) (?:[\\w-]+ ){0,6}"
     "(?:is|are) (?:licen[cs]ed|published|available) under (?:a|the) (?:creative commons|cc[- ]by)"
     "|^dieses? (?:werk|inhalt|beitrag|artikel) (?:ist|steht|wird) unter (?:einer|der) "
     "creative[- ]commons|^republish (?:this|our) (?:article|story|stories|articles)\\b"},
    /* A paragraph that opens with the word "copyright" may be about it: only a line. */
    {NEWSCLEAN_LX_COPYRIGHT, LINE, BARRIER, L_EN | L_DE | L_FR | L_ES | L_IT | L_PT, 40,
     "copyright line", "^(?:copyright\\b|\\(c\\)\\s*(?:19|20)\\d\\d)"},
    {NEWSCLEAN_LX_COMMENTS, LINE, BARRIER, L_EN | L_DE | L_FR | L_ES | L_IT | L_PT, 12,
     "comment counter",
     "^(?:(?:there (?:are|is) )?\\d[\\d.,]*\\s*(?:comments?|kommentare?|commentaires?"
     "|comentarios?|commenti|replies|responses|antworten|réactions|reactions)"
     "|(?:comments|kommentare|commentaires|comentarios)\\s*(?:\\(\\d+\\))?|comment\\s*\\(\\d+\\)"
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
    {NEWSCLEAN_LX_COMMENTS, LINE, BARRIER, L_EN | L_DE | L_FR | L_ES, 40, "comment form",
     "^(?:save my name|meinen namen|enregistrer mon nom|guardar mi nombre|your email address"
     " will not be published|(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht"
     "|votre adresse (?:de messagerie|e-mail) ne sera pas publiée|tu dirección de correo"
     "|to comment,? (?:you must|please)|para (?:poder )?comentar"
     /* The sign-in prompt in the place of the form: "Sign in to post a reply.", "You must
      * log in or register to reply here." */
     "|(?:please )?(?:sign|log) ?in (?:or (?:register|sign up|create an account) )?to (?:post"
     "|comment|reply|leave a (?:comment|reply))\\b|you must (?:be )?(?:logged|signed|log|sign) "
     "in\\b"
     ".{0,40}?\\bto (?:post|comment|reply|leave a (?:comment|reply)|report|recommend)\\b"
     "|more information about text "
     "formats"
     "|allowed html tags|web page addresses and e-mail addresses turn into links"
     "|lines and paragraphs break automatically|zeilenumbrüche und absätze werden automatisch"
     "|pour créer des paragraphes, laissez simplement)"},
    {NEWSCLEAN_LX_COMMENTS, LINE, 0, L_EN | L_DE | L_FR | L_ES | L_IT | L_PT, 10, "comment author",
     "^\\S.{0,50}?\\s(?:says|sagt|schreibt|schrieb|dit|dice|disse|scrive)\\s*:$"},
    {NEWSCLEAN_LX_TAXONOMY, LINE, BARRIER, L_EN | L_DE | L_FR | L_ES, 40, "post footer",
     "^(?:this (?:entry|post) was posted|(?:dieser|der) (?:eintrag|beitrag|text) wurde"
     "\\b.{0,60}\\b(?:veröffentlicht|abgelegt)|(?:view|see) all posts by"
     "|(?:zeige )?alle beiträge von|voir tous les articles de|ver todas las entradas de"
     "|erstellt am\\b.{1,60}\\babgelegt unter|about the author|über (?:den|die) autor(?:in)?"
     "|zum autor|zur person\\b|à propos de l'auteur|sobre el autor|über \\S+ \\S+ \\d+ artikel"
     "|design (?:by|von)\\b)|^(?:posted in|filed under|veröffentlicht in|abgelegt unter"
     "|kategorien?|categories|catégories|categorías|schlagwörter|schlagworte|tags?|topics"
     "|étiquettes|etiquetas|tagi|tagy|štítky|témata|теги|метки|рубрик[аи])\\s*:"},
    {NEWSCLEAN_LX_LEGAL, LINE, BARRIER, L_EN | L_DE | L_FR | L_ES, 6, "footer link",
     "^(?:impressum|datenschutz(?:erklärung)?|privacy(?: policy| notice)?"
     "|terms(?: of (?:use|service))?|terms (?:and|&) conditions|cookie (?:policy|settings)"
     "|contact(?: us)?|contacto|about us|kontakt|agb|mentions légales|aviso legal"
     "|política de privacidad|site ?map|back to top|nach oben|skip to (?:main )?content"
     "|zum inhalt springen|aller au contenu|saltar al contenido)\\s*$"},
    {NEWSCLEAN_LX_CAPTION, LINE, 0, L_EN | L_DE | L_FR | L_ES, 40, "caption or credit",
     "^(?:media caption|image caption|image copyright|image source|photo credit|bildquelle"
     "|titelbild|quelle)\\b|^(?:photo|foto|bild|image|picture|crédit photo|beitragsbild"
     "|abbildung(?: \\d+)?)\\s*:|(?:\\(|\\b)(?:photo(?:graph)?|foto|bild|image|credit|crédito"
     "|quelle|source|fuente)\\s*:\\s*[^.!?:]{1,80}\\)?\\.?\\s*$|©\\s*[^.!?]{1,60}$|\\bbild via\\b"
     "|\\((?:photo|foto|bild|credit|crédito|quelle|fuente)\\s*:[^()]{1,80}\\)\\s*$"
     "|\\(c\\)\\s*[^.!?()]{1,60}$"},
    {NEWSCLEAN_LX_BYLINE, LINE, 0, L_EN | L_DE | L_FR | L_ES | L_IT | L_NL, 14, "byline",
     "^(?:by|von|par|por|di|door|av|af|written by|posted by|eingestellt von|text:"
     "|autor(?:in)?:?|author:|auteur ?:|reporter:)\\s"},
    {NEWSCLEAN_LX_PUBLISHED, LINE, 0, L_EN | L_DE | L_FR | L_ES | L_IT, 16, "date line",
     "^(?:published|posted|first published|erstellt|veröffentlicht|publié|publicado"
     "|pubblicato)\\b"},
    {NEWSCLEAN_LX_UPDATED, LINE, 0, L_EN | L_DE | L_FR | L_ES | L_IT | L_PT, 16, "date line",
     "^(?:updated|last updated|modified|aktualisiert|zuletzt aktualisiert|stand|mis à jour"
     "|actualizado|aggiornato|atualizado)\\b"},
    /* A reading time alone on its line ("7 min read", "3 minuty czytania", "Lesezeit: 4
     * Min."): page furniture over the article, which a dump must not take for its title. */
    {NEWSCLEAN_LX_TAXONOMY, LINE, 0, L_ANY, 8, "reading time",
     "^(?:(?:jeszcze|noch|still|ещё|еще)\\s+)?\\d+\\s*"
     "(?:min(?:\\.|utes?|uten|uty?|uta|ut)?|минут[аы]?|мин\\.?)"
     "\\s+(?:read|reading|lesezeit|lesen|de lecture|de lectura|di lettura|czytania|čtení"
     "|чтения|на чтение)\\s*$|^(?:lesezeit|reading time|temps de lecture|tiempo de lectura"
     "|czas czytania|doba čtení|время чтения)\\s*:?\\s*\\d+\\s*(?:min\\w*|минут\\w*)\\.?\\s*$"},
    /* A link to the post before or after this one ("Previous Post: Title", "Next Article
     * Title"), as blog and news templates print between an article and its comments:
     * nothing of the article follows it. A dump that ran two links together glues the
     * title to the cue ("Next PostTitle"), so a capital, unlike a small letter, ends it. */
    {NEWSCLEAN_LX_UI, LINE, BARRIER, L_EN | L_DE | L_ES, 25, "post navigation",
     "^(?:(?:previous|prev|next|older|newer) *(?:post|article|entry)(?-i:(?![a-z0-9]))"
     /* German and Spanish titles open with a capital or a figure, so a word in small
      * letters after the cue ("Nächster Beitrag folgt am Montag") makes it a sentence, unless
      * it is the other post's cue ("nächster Artikel vorheriger Artikel"). */
     "|(?:vorherige[rs]?|nächste[rs]?|ältere[rs]?|neuere[rs]?) *(?:beitrag|artikel|post|eintrag)"
     "(?-i:(?![a-zäöüß0-9]|\\s+(?!vorherige|nächste|ältere|neuere)[a-zäöüß]))"
     "|(?:artículo|entrada) *(?:anterior|siguiente)"
     "(?-i:(?![a-záéíóúñü0-9]|\\s+[a-záéíóúñü])))"},

    /* Short blocks of an HTML page, each matched whole or at its start. Limits in bytes.
     * UI phrases: English, German, French, Spanish, Italian, Portuguese, Dutch. */
    {NEWSCLEAN_LX_UI, BLOCK, 0, L_EN | L_DE | L_FR | L_ES | L_IT | L_PT | L_NL, NOISE_MAX_BYTES,
     "UI phrase",
     "^(?:"
     /* Prompts that lead into a link: the rest of the block is the link's title. */
     "also on \\S+|read more\\b|read also\\b|see also\\b|"
     "related(?: articles?| stories| content)?:|more on this\\b|more from\\b|"
     "lesen sie (?:auch|mehr)|mehr zum thema|lire (?:aussi|également|la suite)|à lire aussi|"
     "leer más|lee también|ver también|leggi anche|leia (?:também|mais)|lees (?:ook|meer)|"
     "(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}|by\\b)|all rights reserved|"
     "alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
     "tutti i diritti riservati|todos os direitos reservados|"
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
     ")"},
    /* Widget text a blog or a mailing's archive sets inside the article: an author box's
     * "Latest posts by X (see all)", a newsletter's "Not displaying correctly?" line. */
    {NEWSCLEAN_LX_UI, BLOCK, 0, L_EN, NOISE_MAX_BYTES, "UI phrase",
     "^(?:"
     "latest posts by [^()]{1,60}\\(see all\\)|"
     /* A shop's price readout, labelled for the reader or a screen reader ("Regular price
      * $80.00 USD Sale price $49.99 USD", "Regular Price: $36", "Unit price / per"): set
      * in a product card, never a sentence of the text. */
     "(?:(?:regular|sale|original|unit) price\\s*:?\\s*(?:from\\s*)?[^\\s\\d]{0,4}\\s?"
     "\\d[\\d.,]*\\s*(?:[a-z]{3}\\b)?[^a-z]{0,16}\\s*)+|unit price(?:\\s*(?:/|per))+\\s*|"
     "(?:is )?this (?:e-?mail|newsletter) not displaying correctly\\?.{0,60}|"
     /* A feed's footer printed under the post ("The post X appeared first on Y."), a
      * gallery's and a caption's toggles, a form's error and thanks, a label whose name or
      * date was left empty, a table of contents' toggles, and a biography that names
      * itself. */
     "the post .{1,300} appeared first on [^\\n]{1,120}|"
     "(?:show|hide) caption|view (?:all )?(?:\\d+ )?(?:photos?|images|gallery)|"
     "thanks? (?:you )?for your feedback!?|"
     /* A feedback prompt asked of the content or with the page's name: "Was this page's
      * content helpful?", "How useful was this post?". */
     "(?:(?:was|is) (?:this|the) (?:(?:page|article|post)['’]s )?(?:article|page|post|content|"
     "information|answer) (?:helpful|useful)|did you find this (?:(?:article|page|post|content|"
     "information) )?(?:helpful|useful)|how (?:useful|helpful) was this (?:article|page|post|"
     "content|answer))\\?|"
     "there (?:was|has been) an? (?:issue|error|problem) with (?:the|your) (?:form|submission)"
     "[.!]?\\s*please try again\\.?|"
     "(?:posted|written|edited|reviewed|fact[- ]checked) (?:by|on)\\s*:?|"
     "table of contents\\s*(?:\\[(?:hide|show|toggle)\\]\\s*)+|"
     "about the (?:author|writer)\\s*[:–—-]\\s*[^\\n]{20,450}"
     ")\\s*$"},
    {NEWSCLEAN_LX_CLOSING, BLOCK, 0, L_EN | L_DE | L_FR | L_ES, NOISE_MAX_BYTES, "closing prompt",
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
     ")"},
    /* Prompts set inside or under an article that ask the reader for something: a news
     * tip, a membership, a newsletter sign-up; and the bare "Advert" label over an ad slot. */
    {NEWSCLEAN_LX_CLOSING, BLOCK, 0, L_EN, NOISE_MAX_BYTES, "reader prompt",
     "^(?:"
     "(?:got|have) a (?:news |story )?tip\\b|do you have a (?:news |story )?tip\\b|"
     "become a (?:member|subscriber|supporter|patron)\\b|"
     "support (?:our|independent|local|quality) (?:\\w+ )?journalism\\b|"
     "(?:get|receive) (?:our|the) [^.!?]{0,40}newsletter\\b|"
     /* A paywall's notice and a donation appeal set where the article stops. */
     "this (?:article|story|post) is (?:exclusive|only available|available only) to "
     "[^.!?]{0,40}\\bsubscribers\\b|"
     "unlock (?:this|the full|the rest of this) (?:article|story)\\b|"
     "to (?:read|continue reading) (?:the rest of )?this (?:article|story)[^.!?]{0,60}"
     "\\b(?:subscribe|log in|sign in)\\b|"
     "(?:since|as|now that) you(?:['’]ve| have)? (?:made it|read|scrolled) (?:all the way )?to the "
     "(?:bottom|end) of this (?:article|story|post)\\b|"
     "we have a small favou?r to ask\\b|"
     "if you(?:['’]re| are) enjoying this (?:article|story|post)\\b[^.!?]{0,40}\\b"
     "(?:support|subscrib|donat)\\w*|"
     "adverts?\\s*:?\\s*$"
     ")"},
    /* A page builder's shortcode printed as it was typed, its plugin gone: "{{banner
     * id=...}}", "[button link=...]", "[/column]". Text of no language, and no reader's. */
    {NEWSCLEAN_LX_CLOSING, BLOCK, 0, L_ANY, NOISE_MAX_BYTES, "template shortcode",
     /* The first: "{{...}}", "[name key=value ...]" or "[/name]"; then any more of them. */
     "^(?:\\{\\{[^{}]{1,200}\\}\\}"
     "|\\[/?[a-z][\\w-]*(?:\\s+[\\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\\s\\]]+))+\\s*/?\\]"
     "|\\[/[a-z][\\w-]*\\])"
     "(?:\\s*(?:\\{\\{[^{}]{1,200}\\}\\}|\\[/?[a-z][^\\]]{0,200}\\]))*\\s*$"},
    /* The shop's or reviewer's disclosure set over or under a review: commissions earned on
     * links, products chosen "independently", a site "supported by readers". It may follow
     * one short lead-in sentence ("Tested by our team."). */
    {NEWSCLEAN_LX_CLOSING, BLOCK, 0, L_EN, NOISE_MAX_BYTES, "affiliate disclosure",
     "^(?:[^.!?]{1,120}[.!?]\\s+)?(?:"
     "(?:(?:advertiser|affiliate) )?disclosure\\s*:|"
     "(?:[^.!?]{1,60} )?(?:is|are) (?:(?:a )?(?:reader|audience)[- ]supported|"
     "supported by (?:its |our )?readers)\\b|"
     "(?:this|the) (?:post|article|page|podcast|episode|video|review) (?:may )?contains? "
     "(?:affiliate|sponsored) links\\b|"
     "(?:we|i) (?:may )?(?:earn|receive|get|make) (?:a |an )?(?:small )?(?:affiliate )?"
     "(?:commission|compensation)\\b|"
     "(?:we|i) independently (?:test|review|research|evaluate|select|choose|vet)\\w*\\b|"
     "(?:while )?(?:each|every|all)\\b[^.!?]{0,40}\\bindependently (?:selected|chosen|"
     "reviewed|tested)\\b|"
     "(?:purchases made|buying|when you (?:buy|shop|purchase)|if you (?:buy|click|purchase))"
     "[^.!?]{0,40}\\bthrough (?:the |our )?links\\b"
     ")"},
    /* Newsletter sign-up boxes, a reader prompt too. Their patterns scan into the block, so
     * the KEYS words below, one of which each alternative holds, spare the scan on the many
     * blocks that hold none. */
    {NEWSCLEAN_LX_SIGNUP, BLOCK, 0, L_EN, NOISE_MAX_BYTES, "sign-up prompt",
     "^(?:"
     /* A sign-up call, alone or after one lead-in sentence ("Like this? Sign up ..."). */
     "(?:[^.!?]{1,120}[.!?]\\s+)?(?:why not )?sign[- ]up (?:now|today|below|here|for (?:our|the|a "
     "free)|to (?:get|receive))\\b|"
     "(?:thank you[.!]?\\s*)?(?:please )?check your (?:e-?mail )?inbox\\b|"
     /* The promise of delivery "to your inbox" marks a sign-up box wherever it stands. */
     "[^\\n]{0,300}?\\b(?:delivered|sent)(?: straight| right| directly)? to your (?:e-?mail )?"
     "inbox\\b"
     ")"},
    {NEWSCLEAN_LX_SIGNUP, KEYS, 0, L_ANY, 0, "sign-up prompt words", "sign inbox"},
    {NEWSCLEAN_LX_TAXONOMY, BLOCK, 0, L_EN | L_DE | L_FR | L_ES | L_IT | L_PT | L_PL,
     NOISE_MAX_BYTES, "filing or dating line",
     "^(?:"
     "(?:kategorien?|categor(?:y|ies)|catégories?|categorías?|tags?|tagged|schlagw(?:ö|o)rte|"
     "schlagw(?:ö|o)rter|filed under|posted in|veröffentlicht in|abgelegt unter|étiquettes|"
     "etiquetas)(?:\\s*:[^.!?]{0,80})?|"
     "(?:this (?:entry|post) was|(?:dieser|der) (?:eintrag|beitrag) wurde) .{1,480}|"
     "(?:erstellt|aktualisiert|zuletzt (?:aktualisiert|geändert)) am(?:\\s+[^!?]{1,200})?|"
     "last (?:updated|modified)(?: on)?(?:\\s*:?\\s+[^!?]{1,40})?|release date|"
     "(?:aufrufe|views|hits)(?:\\s*:\\s*[\\d.,]*)?|"
     /* A clock time or a reading time alone. */
     "\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?|uhr)?|"
     "\\d+\\s*min(?:\\.|utes?|uten|ut)?\\.? (?:read|lesezeit|lesen|de lecture|de lectura|czytania)|"
     /* A date and a reading time on one meta line, a byline after them: "May 3, 2024 ·
      * 6 min read · By the desk". */
     ".{0,30}?(?:\\d{4}|ago)\\s*[·|•–-]?\\s*\\d+\\s*min(?:\\.|utes?)?\\.? read"
     "(?:\\s*[·|•–-]\\s*.{1,60})?|"
     "lesezeit:?\\s*\\d+\\s*min(?:\\.|uten)?|"
     "(?:quelle|source|fuente)(?:\\s*:.{1,100})?|"
     "(?:pubblicato|publicado|publicada|publié|publiée) (?:il|el|le) .{1,80}"
     ")(?:\\s*[!?.:…]+)?\\s*$"},
    {NEWSCLEAN_LX_LISTHEAD, BLOCK, 0, L_EN | L_DE | L_FR | L_ES | L_IT | L_PT | L_NL,
     RELATED_LABEL_MAX_BYTES, "related list",
     "^(?:"
     "(?:other )?people (?:are|also) (?:reading|read|viewed|liked)|"
     "(?:readers|others) also (?:read|liked|viewed)|related searches|"
     "(?:other |more |explore )?related(?: (?:posts|articles?|stories|content|news|links|reading|"
     "reads|topics|videos|coverage|guides|resources|questions))?|other "
     "(?:posts|articles|stories)|"
     "you (?:may|might|could|will)(?: also)? (?:like|enjoy|be interested in)|"
     "(?:we )?recommend(?:ed)?(?: for you| reading| stories| articles| posts)?|"
     "(?:what to )?read next|up next|keep reading|must reads?|don'?t miss|editor'?s picks?|"
     "more (?:stories|articles|news|posts|videos|reads|to read|like this)(?: (?:from|on|in|about) "
     "[^.!?]{1,40})?|more (?:from|on|in) [^.!?]{1,40}|"
     "(?:most|more) (?:popular|read|viewed|shared)(?: (?:stories|articles|posts|now|this week))?|"
     "popular (?:posts|articles|stories|now)|trending(?: (?:now|stories|articles|posts))?|"
     "(?:latest|recent) (?:news|posts|articles|stories|insights)|similar "
     "(?:posts|articles|stories)|"
     "explore more\\b[^.!?]{0,60}|"
     "das (?:thema )?könnte (?:sie|dich)(?: auch)?(?: interessieren)?|auch interessant|"
     "(?:lesen sie|lies) (?:auch|mehr)|mehr zum thema(?: [^.!?]{1,40})?|meistgelesene?(?: "
     "artikel)?|"
     "(?:ähnliche|weitere|verwandte) (?:artikel|beiträge|themen|nachrichten)(?: [^.!?]{1,40})?|"
     "(?:à lire|lire) aussi|sur le même (?:sujet|thème)|vous (?:aimerez|pourriez aimer) aussi|"
     "articles? (?:similaires|liés|connexes|recommandés)|les plus lus|"
     "(?:también )?te puede interesar|noticias relacionadas|(?:lo )?más leído|más noticias|"
     "artículos relacionados|lee también|"
     "articoli correlati|potrebbe interessarti|leggi anche|(?:i )?più letti|"
     "notícias relacionadas|veja também|leia também|mais lidas|você (?:pode|também pode) gostar|"
     "gerelateerde artikelen|lees ook|meer nieuws"
     ")(?:\\s*[!?.:…]+)?\\s*$"},
    {NEWSCLEAN_LX_CAPTION, BLOCK, 0, L_EN | L_DE | L_FR | L_ES | L_IT | L_PT,
     CREDITED_CAPTION_MAX_BYTES, "caption or credit",
     "^\\(?(?:abbildung|abb\\.|figure|fig\\.|grafik)\\s*\\d*\\s*:|"
     "^(?:beitragsbild|titelbild|headerbild|aufmacherbild|symbolbild|bildquelle)\\s*:|(?:\\b(?:"
     "fotos?|photos?|bild|"
     "image|credits?|crédito|crédit|foto de)"
     "\\s*:\\s*[^.:!?]{2,60}|©\\s*[^.!?]{2,60})\\)?\\.?\\s*$|"
     /* "(Ann Lee / Agency)": a photographer and an agency; "(dpa)" alone closes news
      * paragraphs too, so an agency name is not enough. */
     "\\([^()]{1,60} / [^()]{1,60}\\)\\.?\\s*$|"
     "^(?:images?|photos?|pictures?) used under licen[cs]e (?:from|of) [^.!?]{1,60}\\.?\\s*$|"
     /* "Courtesy of the museum", "(Photo courtesy of Ann Lee)": who lent the picture. */
     "^\\(?(?:(?:photos?|images?|pictures?|video)\\s+)?courtesy(?:\\s+of)?\\s+"
     "[^.!?()]{1,60}\\)?\\.?\\s*$"},

    /* Patterns searched anywhere in a short text or a "class id" string (dates.c): date
     * labels, copyright notices, and class names of the parts that hold dates. */
    {NEWSCLEAN_LX_PUBLISHED, FIND, 0,
     L_EN | L_DE | L_FR | L_ES | L_IT | L_PT | L_NL | L_RU | L_PL | L_CS | L_OTHER, 0,
     "publication label",
     "(?<!\\p{L})(?:first\\s+published|published|publication\\s+date|date\\s+published|"
     "posted|released|erschienen|veröffentlicht|publiziert|erstellt|publiée?|mis\\s+en\\s+ligne|"
     "publicad[oa]|publicación|pubblicat[oa]|pubblicazione|gepubliceerd|geplaatst|"
     "opublikowan[oy]|data\\s+publikacji|опубликовано|дата\\s+публикации|publicerad|publiceret|"
     "udgivet|julkaistu|yayınlanma|yayınlandı|vydáno|publikováno|date|datum|data|fecha)"
     "(?!\\p{L})"},
    {NEWSCLEAN_LX_UPDATED, FIND, 0,
     L_EN | L_DE | L_FR | L_ES | L_IT | L_PT | L_NL | L_RU | L_PL | L_CS | L_OTHER, 0,
     "modification label",
     "(?<!\\p{L})(?:last\\s+updated|updated|last\\s+modified|modified|revised|last\\s+changed|"
     "zuletzt\\s+aktualisiert|aktualisiert|zuletzt\\s+geändert|geändert|letzte\\s+änderung|"
     "änderung|stand|mis\\s+à\\s+jour|modifiée?|"
     "actualizad[oa]|actualización|atualizad[oa]|aggiornat[oa]|aggiornamento|"
     "laatst\\s+bijgewerkt|bijgewerkt|gewijzigd|zaktualizowano|aktualizacja|обновлено|"
     "изменено|обновление|uppdaterad|opdateret|päivitetty|güncellendi|güncelleme|"
     "aktualizováno)(?!\\p{L})"},
    /* Verbs that follow the date in "Dieser Beitrag wurde am 3. Mai 2011 veröffentlicht". */
    {NEWSCLEAN_LX_PUBLISHED_AFTER, FIND, 0, L_DE | L_FR | L_ES | L_IT | L_NL | L_PL, 0,
     "publication verb after the date",
     "(?<!\\p{L})(?:veröffentlicht|geschrieben|erstellt|publiziert|gepostet|verfasst|"
     "eingestellt|publiée?|pubblicat[oa]|publicad[oa]|gepubliceerd|geplaatst|opublikowan[oy])"
     "(?!\\p{L})"},
    /* The publication time's key in the JSON state a script hands a page's app (not
     * JSON-LD), up to the value's opening quote. */
    {NEWSCLEAN_LX_STATE_DATE_KEY, FIND, 0, L_ANY, 0, "publication key of a state script",
     "\"(?:publishedDate|publishDate|publishedAt|published_at|publicationDate|firstPublished|"
     "firstPublishedAt|first_published_at|createdAt|created_at|pubDate)\"\\s*:\\s*\""},
    {NEWSCLEAN_LX_COPYRIGHT, FIND, 0, L_EN | L_ANY, 0, "copyright notice",
     "©|\\(c\\)\\s*[0-9]{4}|(?<!\\p{L})copyright(?!\\p{L})|all\\s+rights\\s+reserved"},
    /* Class/id tokens of page parts whose dates are never the article's: comments, lists of
     * other articles, navigation, promotions. Matched against "class id" with '-' and '_'
     * as token separators. */
    {NEWSCLEAN_LX_NAME_DATE_SKIP, FIND, 0, L_ANY, 0, "part with other dates",
     "(?<![a-z0-9])(?:comments?|commentlist|comment-\\w+|respond|disqus|replies|reply|"
     "related\\w*|recommend\\w*|popular|trending|most-read|mostread|navbar|nav|navigation|"
     "menu|breadcrumbs?|newsletter|promo\\w*|advert\\w*|ads?|sponsor\\w*|cookie\\w*|"
     "more-\\w+|archives?|calendar|pagination|pager|prev|next|previous|post-navigation|also|"
     "outbrain|taboola|today|current-date|clock|weather)(?![a-z0-9])"},
    /* Page parts that usually hold other things' dates, but that some themes also name the
     * main column ("sidebar_content", "teaser-body"): a penalty, not an exclusion. */
    {NEWSCLEAN_LX_NAME_DATE_SOFT, FIND, 0, L_ANY, 0, "part that often has other dates",
     "(?<![a-z0-9])(?:sidebar|side-bar|aside|footer|teasers?|widget\\w*|latest|recent\\w*)"
     "(?![a-z0-9])"},
    {NEWSCLEAN_LX_NAME_DATE, FIND, 0, L_ANY, 0, "date line name",
     "(?:date|time|(?<!status-)publish|posted|byline|dateline|meta|submitted|author|info|details|"
     "stamp|updated|modified|created)"},
    {NEWSCLEAN_LX_NAME_DATE_MOD, FIND, 0, L_ANY, 0, "modification date name",
     "(?:updated|modified|dateModified|last-?update)"},
    /* "status-publish" is WordPress's post status on the whole post, not a dateline. */
    {NEWSCLEAN_LX_NAME_DATE_PUB, FIND, 0, L_ANY, 0, "publication date name",
     "(?:(?<!status-)publish|posted|pubdate|entry-date|post-date|article-date|created|"
     "datePublished)"},
    /* The literal words that begin the alternatives of the five class patterns above and
     * of the PUBLISHED and UPDATED labels, for dates.c's prefilter. Keep in step with the
     * patterns: a word missing here makes its alternative unmatchable. At most 64 words
     * for the classes, 64 for the labels.
     * skip: "comment" covers comments?, commentlist and comment-\w+, "repl" replies and
     * reply, "nav" navbar and navigation, "ad" advert\w* and ads?, "pag" pagination and
     * pager, "prev" previous. */
    {NEWSCLEAN_LX_NAME_DATE_SKIP, KEYS, 0, L_ANY, 0, "part with other dates",
     "comment respond disqus repl related recommend popular trending most nav menu breadcrumb "
     "newsletter promo ad sponsor cookie more- archive calendar pag prev next post-navigation "
     "also outbrain taboola today current-date clock weather"},
    /* soft: "side" covers sidebar and side-bar. */
    {NEWSCLEAN_LX_NAME_DATE_SOFT, KEYS, 0, L_ANY, 0, "part that often has other dates",
     "side aside footer teaser widget latest recent"},
    /* date ("date" covers dateline), mod ("update" covers updated and last-?update,
     * "modified" dateModified) and pub ("publish" covers datePublished). */
    {NEWSCLEAN_LX_NAME_DATE, KEYS, 0, L_ANY, 0, "date line name",
     "date time publish posted byline meta submitted author info details stamp updated "
     "modified created"},
    {NEWSCLEAN_LX_NAME_DATE_MOD, KEYS, 0, L_ANY, 0, "modification date name", "update modified"},
    {NEWSCLEAN_LX_NAME_DATE_PUB, KEYS, 0, L_ANY, 0, "publication date name",
     "publish posted created pubdate entry-date post-date article-date"},
    /* Labels, where text outside ASCII goes to the patterns in any case: only the
     * alternatives an ASCII text can match are listed ("veröffentlicht" is not), and the
     * "yay" of "yayınlanma" in case caseless matching takes the dotless i for an ASCII one.
     * "publi" covers published, publication, publiziert, publicad[oa], publicerad and
     * publiceret, "pubbl" pubblicat[oa] and pubblicazione, "dat" date, data and datum,
     * "aktuali" aktualisiert and aktualizacja, "aggiorna" aggiornat[oa] and aggiornamento,
     * and words before \s+ stand for the phrases they begin. */
    {NEWSCLEAN_LX_PUBLISHED, KEYS, 0, L_ANY, 0, "publication label",
     "first publi pubbl dat posted released erschienen erstellt mis gepubliceerd geplaatst "
     "opublikowan udgivet julkaistu yay fecha"},
    {NEWSCLEAN_LX_UPDATED, KEYS, 0, L_ANY, 0, "modification label",
     "mis last updated modified revised zuletzt aktuali letzte stand actualizad atualizad "
     "aggiorna laatst bijgewerkt gewijzigd zaktualizowano uppdaterad opdateret"},

    /* Class and id words, matched word by word (see prune.c): a value splits at spaces,
     * '-' and '_', and runs of up to three words are looked up joined. */
    {NEWSCLEAN_LX_NAME_STRONG, WORDS, 0, L_ANY, 0, "chrome name",
     "breadcrumb breadcrumbs share shares sharing sharebar social socials newsletter "
     "newsletters subscribe subscription signup cookie cookies consent gdpr promo promos "
     "advert adverts advertisement ad ads adslot dfp sponsor sponsored related recommended "
     "recommendations recirc morestories readmore outbrain taboola trending mostread "
     "comment comments commentlist disqus replies taglist authorbio modal popup "
     "authorbox authorinfo authordescription authorprofile authordetails authorcard aboutauthor "
     "abouttheauthor autorbox autorinfo autorenbox autoreninfo "
     "visuallyhidden sronly screenreadertext seealso newslettersignup shoutbox credit "
     "credits photocredit imagecredit lightbox "
     "vjs videoplayer mediaplayer jwplayer controlbar newsticker"},
    {NEWSCLEAN_LX_NAME_WEAK, WORDS, 0, L_ANY, 0, "chrome name unless article",
     "nav navbar navigation menu menus submenu sidebar footer masthead follow banner "
     "popular tag tags keywords topics bio pagination pager overlay skip toolbar widget "
     "widgets ticker login search teaser teasers rail aside supplemental utility jump dialog "
     "subnav also external partner partners community signin respond paywall"},
    {NEWSCLEAN_LX_NAME_CONTENT, WORDS, 0, L_ANY, 0, "content name",
     "article articles content body main story post entry text copy prose richtext "
     "articlebody storybody postbody entrycontent postcontent articlecontent blogpost "
     "single hentry news pagecontent"},
    {NEWSCLEAN_LX_NAME_CAPTION, WORDS, 0, L_ANY | L_EN | L_DE | L_FR | L_ES | L_IT | L_PT | L_NL, 0,
     "caption name",
     "caption captions figcaption imagecaption photocaption mediacaption captiontext legende "
     "bildunterschrift bildtext leyenda didascalia legenda onderschrift"},
    {NEWSCLEAN_LX_NAME_BYLINE, WORDS, 0, L_ANY | L_DE | L_FR, 0, "byline name",
     "byline author authors authorname writer reporter contributor creator autor auteur"},
    /* Chrome as outright as the names above on a news page, where a carousel turns other
     * stories or pictures; a service page turns its own testimonials and features in one
     * (kind_body.c), so the words are kept apart for it to tell. */
    {NEWSCLEAN_LX_NAME_SLIDES, WORDS, 0, L_ANY, 0, "slides name", "slideshow carousel"},
    /* The lines a forum's member sets under every post of theirs (kind_body.c). Stack-like
     * Q&A sites name their asker's and answerer's card "post-signature": a name that also
     * says post (NAME_CONTENT) is not one. */
    {NEWSCLEAN_LX_NAME_SIGNATURE, WORDS, 0, L_ANY, 0, "signature name",
     "signature signatures signaturecontainer postsignature usersignature"},

    /* Function words of the languages most news is in: their share tells sentences from
     * menus and tag lists, which are all nouns (jusText, Pomikálek 2011). */
    {NEWSCLEAN_LX_STOP, WORDS, 0, L_EN, 0, "function word",
     "the a an and or but of to in on at for with by from as is are was were be been "
     "it its this that these those he she they we you i his her their our not has have "
     "had will would can could should may do does did said than there which who what "
     "when how also about after into so if all just them him my"},
    {NEWSCLEAN_LX_STOP, WORDS, 0, L_DE, 0, "function word",
     "der die das den dem des ein eine einen einem einer und oder aber nicht ist sind "
     "war wird werden hat haben sich mit von zu im auf für auch als nach bei aus wie "
     "es er sie wir ich dass noch nur um wenn über vor zum zur am vom beim bis durch "
     "gegen unter man kann wurde sein seine seiner ihre ihr so dann doch schon mehr "
     "hier da"},
    {NEWSCLEAN_LX_STOP, WORDS, 0, L_FR, 0, "function word",
     "le la les un une du de et ou mais est sont était ont il elle ils nous vous je "
     "que qui dans pour par sur avec pas ne se ce cette au aux plus comme été"},
    {NEWSCLEAN_LX_STOP, WORDS, 0, L_ES, 0, "function word",
     "el los las una unos y o pero es son fue era ha han del en con por para no su sus "
     "al lo como más"},
    {NEWSCLEAN_LX_STOP, WORDS, 0, L_IT, 0, "function word",
     "il gli e è di della dei che per non si nel"},
    {NEWSCLEAN_LX_STOP, WORDS, 0, L_PT, 0, "function word",
     "os as um uma do da dos das em no na com não são foi"},
    {NEWSCLEAN_LX_STOP, WORDS, 0, L_NL, 0, "function word",
     "het een van op met voor niet dat er ook zijn werd"},
    {NEWSCLEAN_LX_STOP, WORDS, 0, L_RU, 0, "function word",
     "и в не на что с по это как но к из за от"},
    {NEWSCLEAN_LX_STOP, WORDS, 0, L_PL, 0, "function word", "w nie na że z się jest jak"},
    {NEWSCLEAN_LX_STOP, WORDS, 0, L_CS, 0, "function word", "v se je že s jako"},

    /* Cue words of speakers and named quotes (speakers.c), matched against one token,
     * lower-cased in ASCII (the small title words as they stand). */
    {NEWSCLEAN_LX_SPK_IRREGULAR, WORDS, 0, L_EN, 0, "irregular past",
     "took made gave went got found thought spoke sent brought kept left put ran saw set hit "
     "won lost held led met paid drew came became began stood knew felt meant heard built "
     "chose struck sang wrote told said read"},
    {NEWSCLEAN_LX_SPK_TIME, WORDS, 0, L_EN, 0, "time phrase word",
     "last this earlier later week weeks month months year years day days ago less than more "
     "night morning evening today yesterday monday tuesday wednesday thursday friday "
     "saturday sunday two three few several"},
    {NEWSCLEAN_LX_SPK_BY_ADVERB, WORDS, 0, L_EN, 0, "adverb after by",
     "far contrast comparison then now design default chance mistake"},
    {NEWSCLEAN_LX_SPK_BY_VIEW, WORDS, 0, L_EN, 0, "measure or view after by",
     "count account estimate estimates reckoning tally measure calculation calculations "
     "standards definition own"},
    {NEWSCLEAN_LX_SPK_TITLE_SMALL, WORDS, 0, L_EN | L_DE | L_FR | L_ES | L_NL, 0,
     "small title word",
     "of the and a an in on for to at with by de la von der die das und im vor voor"},
    {NEWSCLEAN_LX_SPK_SPEECH_NOUN, WORDS, 0, L_EN | L_DE, 0, "speech noun",
     "bezeichnung begriff worten wort motto slogan parole term phrase word words label chant "
     "chants mantra catchphrase"},
    {NEWSCLEAN_LX_SPK_NAMING_VERB, WORDS, 0, L_EN, 0, "naming verb",
     "call calls called calling dub dubs dubbed dubbing nickname nicknamed label labels "
     "labeled labelled labeling labelling brand brands branded branding named titled "
     "entitled christened"},
    {NEWSCLEAN_LX_SPK_NAMING_WORD, WORDS, 0, L_EN, 0, "word before a name",
     "slogan nickname name chanting chanted chants singing reading motto"},
    {NEWSCLEAN_LX_SPK_PARTICIPLE, WORDS, 0, L_EN, 0, "irregular passive participle",
     "written sung spoken"},
    {NEWSCLEAN_LX_SPK_TIME_OPEN, WORDS, 0, L_EN, 0, "time phrase opener", "last this earlier"},
    {NEWSCLEAN_LX_SPK_PASSIVE_GAP, WORDS, 0, L_EN, 0, "word before a passive's quote",
     "a an the as"},
    {NEWSCLEAN_LX_SPK_CRY_NOUN, WORDS, 0, L_EN, 0, "noun of a name given",
     "chant chants cries calls"},
    {NEWSCLEAN_LX_SPK_GOES_BY, WORDS, 0, L_EN, 0, "verb of a name borne", "goes went"},
    {NEWSCLEAN_LX_SPK_SOURCE_PREP, WORDS, 0, L_DE, 0, "source preposition", "laut so seitens"},
    /* Accusative, dative and genitive forms: a phrase they open is an object ("Den Plan
     * lehnte der Rat ab"), and the subject stands after the verb in second place. */
    {NEWSCLEAN_LX_SPK_OBLIQUE_DET, WORDS, 0, L_DE, 0, "oblique article",
     "den dem des einen einem eines seinen seinem seines ihren ihrem ihres diesen diesem "
     "jenen jenem"},
    {NEWSCLEAN_LX_SPK_GENITIVE, WORDS, 0, L_DE, 0, "genitive article", "des der eines einer"},
    /* The expletive "es", "man", pronominal adverbs, object pronouns ("Ihn fragte die
     * Zeitung") and the like stand where a subject would and name nobody. */
    {NEWSCLEAN_LX_SPK_NOT_SPEAKER, WORDS, 0, L_DE, 0, "word that names nobody",
     "es man das dies dazu davon dafür dagegen damit darauf darüber daran darin daraus "
     "dabei danach davor dadurch darum daher dann hierzu hierfür hierbei hierüber hiervon "
     "seitens laut so zudem außerdem demnach wie folgt mehr ihn ihm ihnen mich mir dich dir "
     "uns euch"},
    {NEWSCLEAN_LX_SPK_CITE_VERB, WORDS, 0, L_DE, 0, "verb of citing someone",
     "zitiert zitierte zitierten zitieren"},
    {NEWSCLEAN_LX_SPK_IT_SAYS, WORDS, 0, L_DE, 0, "impersonal verb of saying", "heißt hieß"},
    /* The subjunctive of reported speech: a sentence in it goes on with what the last
     * one reported ("X betonte, dass … . Die Reform sei „…“"). */
    {NEWSCLEAN_LX_SPK_SUBJUNCTIVE, WORDS, 0, L_DE, 0, "subjunctive of reported speech",
     "sei seien habe gebe werde müsse könne solle wolle dürfe wisse"},

    /* Words of a URL's path that name what a page under them is (kind.c), matched whole
     * on the path's segments and on their words split at '-', '_' and '.'. */
    {NEWSCLEAN_LX_KIND_URL_LISTING, WORDS, 0, L_ANY, 0, "listing path",
     "tag tags category categories archive archives search section label labels topics page "
     "author authors index list"},
    {NEWSCLEAN_LX_KIND_URL_PRODUCT, WORDS, 0, L_ANY, 0, "product path",
     "product products shop store item items dp catalog buy sku p download downloads"},
    {NEWSCLEAN_LX_KIND_URL_FORUM, WORDS, 0, L_ANY, 0, "forum path",
     "forum forums thread threads viewtopic topic t questions question q community discussion "
     "discussions board showthread answers"},
    {NEWSCLEAN_LX_KIND_URL_DOCS, WORDS, 0, L_ANY, 0, "docs path",
     "docs doc documentation api reference manual guide guides wiki help kb support learn "
     "tutorial handbook man"},
    {NEWSCLEAN_LX_KIND_URL_SERVICE, WORDS, 0, L_ANY, 0, "service path",
     "about contact services service pricing company team careers solutions features plans "
     "who-we-are"},
    {NEWSCLEAN_LX_KIND_URL_ARTICLE, WORDS, 0, L_ANY, 0, "article path",
     "news blog article articles story stories post posts blogs opinion"},
    {NEWSCLEAN_LX_KIND_URL_COLLECTION, WORDS, 0, L_ANY, 0, "collection path",
     "recipes collection collections gallery galleries videos photos people best top"},
    /* Path words of the pages of a site's users, which the posts of a thread link to, one
     * link a post; a story links its author's page under "author" (not one of these). */
    {NEWSCLEAN_LX_KIND_URL_USER, WORDS, 0, L_ANY, 0, "user path",
     "user users u member members profile profiles memberlist usercp userinfo"},

    /* schema.org types (JSON-LD "@type", microdata itemtype) by kind, exact bytes. */
    {NEWSCLEAN_LX_KIND_LD_ARTICLE, WORDS, 0, L_ANY, 0, "article type",
     "Article NewsArticle BlogPosting Report OpinionNewsArticle AnalysisNewsArticle "
     "ReportageNewsArticle ScholarlyArticle Review LiveBlogPosting SocialMediaPosting"},
    {NEWSCLEAN_LX_KIND_LD_PRODUCT, WORDS, 0, L_ANY, 0, "product type",
     "Product Offer AggregateOffer ProductGroup SoftwareApplication MobileApplication Book "
     "IndividualProduct Vehicle"},
    {NEWSCLEAN_LX_KIND_LD_FORUM, WORDS, 0, L_ANY, 0, "forum type",
     "DiscussionForumPosting QAPage Question Answer Comment"},
    {NEWSCLEAN_LX_KIND_LD_DOCS, WORDS, 0, L_ANY, 0, "docs type",
     "TechArticle APIReference HowTo Course"},
    {NEWSCLEAN_LX_KIND_LD_COLLECTION, WORDS, 0, L_ANY, 0, "collection type",
     "CollectionPage ItemList SearchResultsPage ListItem OfferCatalog Blog"},
    {NEWSCLEAN_LX_KIND_LD_SERVICE, WORDS, 0, L_ANY, 0, "service type",
     "Organization LocalBusiness Service AboutPage ContactPage Corporation ProfessionalService "
     "Store Restaurant EducationalOrganization GovernmentOrganization NGO MedicalOrganization "
     "Place PostalAddress"},
    {NEWSCLEAN_LX_KIND_LD_CREATIVE, WORDS, 0, L_ANY, 0, "creative type",
     "Recipe Event Movie VideoObject Person MusicRecording TVSeries CreativeWork"},

    /* Class names and schema.org types as the date stage weighs them (dates_html.c). */
    {NEWSCLEAN_LX_LD_DATE_SKIP, WORDS, 0, L_ANY, 0, "type dated otherwise",
     "Comment Person Organization ImageObject Offer Event Product Rating Place Answer Brand "
     "PostalAddress ListItem"},
    {NEWSCLEAN_LX_LD_DATE_ARTICLE, WORDS, 0, L_ANY, 0, "story type",
     "Report Blog Review CreativeWork Recipe PodcastEpisode"},
    {NEWSCLEAN_LX_LD_DATE_PAGE, WORDS, 0, L_ANY, 0, "page type",
     "WebPage ItemPage AboutPage CollectionPage ContactPage ProfilePage SearchResultsPage QAPage "
     "FAQPage MedicalWebPage"},

    /* Class and id words by the kind of page they mark (kind.c), matched as prefixes of
     * the words of a class or id value: "comment" matches "comments" and "comment-body". */
    {NEWSCLEAN_LX_KIND_NAME_FORUM, WORDS, 0, L_ANY, 0, "forum class",
     "post comment reply replies message thread topic forum answer question discussion vote"},
    {NEWSCLEAN_LX_KIND_NAME_PRODUCT, WORDS, 0, L_ANY, 0, "product class",
     "product price cart sku stock buy basket variant quantity qty checkout shop rating review "
     "addtocart wishlist"},
    {NEWSCLEAN_LX_KIND_NAME_CARD, WORDS, 0, L_ANY, 0, "list entry class",
     "card tile teaser grid listing result item archive feed loop excerpt summary thumb "
     "pagination"},
    {NEWSCLEAN_LX_KIND_NAME_DOCS, WORDS, 0, L_ANY, 0, "docs class",
     "toc doc api highlight code syntax manual reference wiki method param sidebar admonition "
     "note hljs"},
    {NEWSCLEAN_LX_KIND_NAME_SERVICE, WORDS, 0, L_ANY, 0, "service class",
     "hero cta feature testimonial pricing service team contact banner partner client solution "
     "benefit plan"},
    {NEWSCLEAN_LX_KIND_NAME_USER, WORDS, 0, L_ANY, 0, "user class",
     "author avatar user profile member username signature poster"},
    {NEWSCLEAN_LX_KIND_NAME_ARTICLE, WORDS, 0, L_ANY, 0, "story class",
     "article entry story prose byline headline dateline lede"},

    /* Calls to action of service and company pages ("Get a free quote", "Book now",
     * "Request a demo", "Contact us", "Jetzt anfragen"): a verb first, an object later.
     * Not the newsletter's "sign up" or the story's "read more": news pages have those. */
    {NEWSCLEAN_LX_KIND_CTA_VERB, WORDS, 0, L_EN | L_DE | L_FR | L_ES, 0, "call-to-action verb",
     "get request book schedule call contact start try talk apply enroll claim order "
     "jetzt kontaktieren anfragen termin demander contactez réservez obtenez solicitar "
     "contáctanos reservar pide"},
    {NEWSCLEAN_LX_KIND_CTA_OBJECT, WORDS, 0, L_EN | L_DE | L_FR | L_ES, 0, "call-to-action object",
     "quote estimate demo consultation appointment trial started touch us today now sales "
     "pricing expert service online anfragen anfrage kontaktieren buchen angebot beratung "
     "termin vereinbaren devis démo rendez-vous gratuit nous presupuesto demostración cita "
     "gratis ahora"},

    /* Class and id words of a byline's part that gives the author's role or bio rather
     * than the name (meta.c), matched as whole words of the value. */
    /* Words of a consent dialog, searched anywhere in a dump's line and counted: cookies,
     * consent, the processing of personal data, the dialog's buttons and its toggles'
     * labels. Words an article uses too ("partner", "privacy") only in the dialog's
     * phrasings. */
    {NEWSCLEAN_LX_CONSENT, FIND, 0, L_EN | L_DE | L_FR | L_ES | L_IT, 0, "consent dialog",
     "\\b(?:cookies?|consent\\w*|einwillig\\w*|consentement|consentimiento|consenso"
     "|datenschutz-?einstellungen|privacy (?:settings|preferences|choices|center|centre)"
     "|personal data|personenbezogene\\w* daten|données personnelles|datos personales"
     "|dati personali|legitimate interests?|berechtigte\\w* interesse\\w*|intérêt légitime"
     "|interés legítimo|(?:we|wir) und unsere (?:\\d+ )?partner\\w*"
     "|we and our (?:\\d+ )?(?:partners|vendors)|nous et nos partenaires"
     "|(?:list of|our|third[- ]party|iab) vendors|\\d+ (?:vendors|partners|partner)"
     "|(?:accept|reject|decline|allow|deny|refuse) all|alle (?:akzeptieren|ablehnen|zulassen)"
     "|tout (?:accepter|refuser)|(?:aceptar|rechazar) todo|accetta tutto|rifiuta tutto"
     "|(?:manage|customi[sz]e) (?:my |your )?(?:preferences|choices|options|settings)"
     "|(?:einstellungen|präferenzen) (?:verwalten|anpassen)|paramétrer|traceurs"
     "|tracking technologies|opt[- ]out|always active|immer aktiv|strictly necessary"
     "|unbedingt erforderlich|personali[sz]ed (?:ads|advertising|content)"
     "|precise geolocation|device characteristics|gdpr|dsgvo|rgpd)(?!\\p{Ll})"},
    {NEWSCLEAN_LX_NAME_ROLE, WORDS, 0, L_ANY, 0, "author role class",
     "title role job position bio"},
    /* The link under a teaser's cut-off excerpt, after its ellipsis: "… Read more", "...
     * Continue reading", "… Weiterlesen", "… Lire la suite" (textdump.c). Every word after
     * the ellipsis must be one of these: a sentence that trails off says something else. */
    {NEWSCLEAN_LX_EXCERPT_MORE, WORDS, 0, L_EN | L_DE | L_FR | L_ES | L_IT | L_PT, 0,
     "excerpt link",
     "read more continue continued reading full story article weiterlesen mehr lesen lire la "
     "suite leer más seguir leyendo leggi tutto continua ler mais"},
    /* The consent line under a sign-up or contact form's button: sending the form is
     * agreeing to terms, to the privacy policy or to mail. It opens with the act of sending
     * ("By clicking", "By signing up", "Mit dem Absenden") or with "I consent to" and names
     * what is agreed to; an article's sentence that opens alike ("By providing these
     * specifications, ...") agrees to nothing. */
    {NEWSCLEAN_LX_FORM_CONSENT, FIND, 0, L_EN | L_DE | L_FR | L_ES, 0, "form consent",
     "^(?:by (?:clicking|submitting|signing up|subscribing|registering|continuing|entering "
     "(?:my|your) e-?mail|providing (?:my|your) (?:e-?mail|phone|mobile|information|details))"
     "\\b[^.]{0,160}?\\b(?:agree|consent|accept|acknowledge|confirm)\\w*"
     "|i (?:consent|agree) to\\b[^.]{0,120}?\\b(?:e-?mails?|newsletters?|privacy)"
     "|you can unsubscribe\\b"
     "|mit (?:dem absenden|der anmeldung|dem klick)\\b[^.]{0,160}?\\b(?:einverstanden|zu|akzeptier)"
     "|en (?:soumettant|vous inscrivant|cliquant)\\b[^.]{0,160}?\\b(?:acceptez|consentez)"
     "|al (?:enviar|suscribirte|registrarte|hacer clic)\\b[^.]{0,160}?\\b(?:aceptas|acepta))"},
    /* A form's messages to whoever fills it, which a page carries hidden until they are
     * needed and a dump prints all at once: a field's error ("Please enter a valid email
     * address."), the note on the starred fields, the thanks or error once it is sent. A
     * field's label may stand before the message on its line ("Email* Please enter ...").
     * Each message names the form's fields or its sending, and the line ends with it:
     * an article's "Please enter your details in the tax office's form" goes on. */
    {NEWSCLEAN_LX_FORM_CONSENT, FIND, 0, L_EN | L_DE | L_FR | L_ES, 0, "form message",
     "^(?:[^.!?*]{1,30}\\*\\s*)?(?:"
     "please (?:enter|complete|provide|fill in|fill out|type|check|select|choose|confirm)"
     " (?:(?:a|an|your) )?(?:valid |correct )?(?:e-?mail(?: address)?|first name|last name"
     "|(?:full )?name|phone(?: number)?|zip(?: code)?|postal code|message|password"
     "|this (?:required )?field|(?:all )?(?:the )?required fields)"
     "|(?:the )?e-?mail(?: address)? (?:you )?entered is (?:invalid|not valid)"
     "|(?:this field|(?:your |the )?e-?mail(?: address)?) is (?:required|invalid|not valid)"
     "|\\*?\\s*indicates (?:a )?required(?: fields?)?"
     "|(?:oops!?\\s*)?something went wrong (?:while|when) submitting (?:the|your|this) form"
     "|there was (?:a|an) (?:problem|error) (?:subscribing|submitting|signing)"
     "|thanks? (?:you )?for (?:subscribing|signing up|registering|your (?:subscription|submission"
     "|registration|sign-?up))"
     "|you(?:['’]ve| have) (?:been )?(?:successfully )?(?:subscribed|signed up|registered)"
     "|(?:great!?\\s*)?we(?:['’]ve| have) (?:just )?sent you an e-?mail to confirm"
     "|bitte (?:gib|geben sie|trage|tragen sie) (?:eine |deine |ihre )?(?:gültige )?(?:e-mail"
     "|vornamen?|nachnamen?|namen?|telefonnummer)"
     "|(?:dieses feld|die e-mail-adresse) ist (?:ein )?(?:pflichtfeld|erforderlich|ungültig)"
     "|(?:vielen )?dank für (?:deine|ihre) (?:anmeldung|registrierung)"
     "|veuillez (?:saisir|entrer|renseigner|indiquer) (?:une |votre )?(?:adresse|e-?mail"
     "|prénom|nom|numéro)"
     "|ce champ est (?:obligatoire|requis)|merci (?:pour|de) votre inscription"
     "|por favor,? (?:introduce|introduzca|ingresa|ingrese|escribe|escriba) (?:un |una |tu |su )?"
     "(?:correo|dirección|e-?mail|nombre|teléfono)"
     "|este campo es (?:obligatorio|requerido)"
     "|gracias por (?:suscribirte|registrarte|tu suscripción|su suscripción))"
     /* What may follow it on its line: a few words, then the line's end or, after a
      * stop, one more short message. */
     "[^.!?\\n]{0,40}(?:[.!]?\\s*$|[.!]\\s+[^\\n]{1,80}$)"},
    /* A sign-up box's pitch: the promise of mail "delivered to your inbox", "straight to
     * your inbox", "on its way to your inbox", or a line that ends on what the site's own
     * newsletter brings ("Get the week's best recipes with our free newsletter."). A
     * how-to that walks the reader through mail of their own says what is "delivering"
     * it: the promise is in the present or the past. */
    {NEWSCLEAN_LX_FORM_CONSENT, FIND, 0, L_EN | L_DE | L_FR | L_ES, 0, "sign-up pitch",
     "^[^\\n]{0,200}?\\b(?:deliver(?:s|ed)?|sent|send|straight|right|directly|on (?:its|their) way)"
     "\\b[^.!?\\n]{0,80}?\\b(?:to|in|into) your (?:e-?mail )?inbox\\b"
     "|^[^\\n]{0,200}?\\b(?:direkt )?(?:in (?:dein|ihr) (?:e-mail-)?postfach)\\b"
     "|^[^\\n]{0,200}?\\bdans votre boîte (?:de réception|mail|e-mail|aux lettres)\\b"
     "|^[^\\n]{0,200}?\\b(?:a|en) tu (?:bandeja de entrada|correo(?: electrónico)?)\\b"
     "|^[^\\n]{1,200}?\\b(?:with our|mit unserem|avec notre|con nuestro) (?:[\\w-]+ ){0,3}"
     "(?:e-?)?(?:newsletters?|boletín)\\s*[.!]?\\s*$"},
    /* A forum's pages print these between the posts, and the HTML stage leaves them with
     * the post's head; a dump keeps them as list items or subheadings of the thread: the
     * expander under a quoted post ("Click to expand...") and the poster's tallies ("3,918
     * posts · Joined 2011"; a Q&A site's reputation and badges, whose figures a dump runs
     * together: "18.2k33 gold badges5151 silver badges104104 bronze badges"). */
    {NEWSCLEAN_LX_POST_FURNITURE, FIND, 0, L_EN, 0, "post furniture",
     "^\\W*(?:click (?:here )?to expand|\\d[\\d.,]*k? (?:posts|messages)\\s*·\\s*joined "
     "(?:\\w+ )?(?:\\d\\d?,? )?(?:19|20)\\d\\d"
     "|\\d[\\d.,]*k?(?: ?\\d[\\d,]* (?:gold|silver|bronze) badges?)+"
     /* A Q&A site's controls under a post and over its answers: "Add a comment |",
      * "Improve this question", "Sorted by: Reset to default" and the sort bar that
      * opens on "Highest score (default)". */
     "|add a comment\\s*\\|?|(?:share\\s+)?improve this (?:question|answer)(?:\\s+follow)?"
     "|sorted by:\\s*reset to default|highest score \\(default\\)[^.!?]{0,120})[\\s.…]*$"
     /* The names of those who reacted to a post ("Reactions: ana_k, tide_reader and 3
      * others"): no sentence's stop among them. */
     "|^\\W*reactions: [^.!?]{1,160}$"},

    /* Words of quotations and speakers (phrases.c), one row per class and language, matched
     * whole and caseless. French attributes after the quote with "a déclaré X" or "dit X",
     * Spanish with "dijo X", "X dijo:", and both with "selon X", "según X". */
    /* verbs that attribute what follows or precedes to their subject */
    {NEWSCLEAN_LX_PH_VERB, ALTS, 0, L_EN, 0, "attributing verb",
     "said|says|say|saying|told|tells|telling|added|adds|adding|noted|noting|wrote|writes|"
     "writing|tweeted|tweeting|acknowledged|acknowledges|acknowledging|warned|warns|"
     "warning|explained|explains|explaining|argued|argues|arguing|stated|continued|"
     "continues|insisted|insists|insisting|claimed|claiming|asked|asks|asking|replied|"
     "replying|responded|responds|responding|answered|declared|declares|declaring|"
     "announced|announcing|stressed|stressing|emphasized|emphasised|emphasizing|conceded|"
     "concedes|conceding|admitted|admits|admitting|observed|remarked|recalled|recalls|"
     "recalling|suggested|suggests|suggesting|predicted|predicting|joked|quipped|called|"
     "calling|described|describes|describing|dubbed|labeled|labelled|termed|blasted|"
     "slammed|praised|criticized|criticised|accused|threatened|vowed|vowing|promised|"
     "promising|urged|urging|demanded|boasted|boasting|complained|complaining|lamented|"
     "asserted|asserts|asserting|maintained|maintains|contended|contends|countered|posted|"
     "mused|exclaimed|shouted|yelled|testified|confirmed|pledged|repeated|echoed|agreed|"
     "wondered|cautioned|advised|chided|mocked|scoffed|retorted|texted|emailed|"
     "characterized|characterised|denounced|decried|touted|hailed|proclaimed|concluded|"
     "opined|speculated|informed|assured|reassured|reminded|recounted|bemoaned|pleaded|"
     "disputed|offered|laughed|sighed|read|reported|fumed|snapped|gushed|raged|chanted|"
     "chanting|sang|sings|boomed|thundered|barked|sneered|groused|grumbled|muttered|"
     "jabbed|huffed|teased|remembered|reflected|interjected|objected|protested|confided|"
     "confessed|revealed|elaborated|clarified|estimated|reasoned|theorized|surmised|"
     "forecast|alerted|counseled|recommended|proposed|implored|alleged|charged|blamed|"
     "attacked|ripped|lambasted|bashed|knocked|derided|dismissed|ridiculed|lauded|"
     "celebrated|cheered|applauded|thanked|congratulated|welcomed|heralded|bragged|swore|"
     "affirmed|reaffirmed|denied|rejected|refuted|rebutted|commented|blogged|questioned|"
     "screamed|cried|whispered|murmured|predicts|announces|complains|observes|agrees|"
     "emphasizes|reminds|beamed|riffed|pressed|interrupted|gushes|scolded|mocks|accusing|"
     "blasting|slamming|praising|criticizing|criticising|denouncing|labeling|labelling|"
     "pledging|dubbing|demanding|questioning|touting|mocking|blaming|lamenting|joking|"
     "confirming|repeating|characterizing|characterising|dismissing|hailing|add|tell|note|"
     "explain|argue|warn|insist|put|shot|fired|hit|pushed|went|pointed|spoke|lashed|"
     "weighed|chimed|summed|according"},
    /* verbs that also come first in "“…,” said Smith" */
    {NEWSCLEAN_LX_PH_INV, ALTS, 0, L_EN, 0, "verb before its subject",
     "said|says|added|adds|asked|asks|wrote|writes|continued|explained|explains|noted|"
     "notes|recalled|recalls|replied|responded|insisted|argued|argues|warned|warns|"
     "tweeted|declared|stated|observed|remarked|countered|concluded|quipped|joked|"
     "answered|cautioned|predicted|acknowledged|offered|laughed|sighed|retorted|exclaimed|"
     "shouted|yelled|read|reads|reported|reports|fumed|snapped|gushed|boomed|chanted|sang|"
     "sings|recounted|remembered|reflected|interjected|mused|wondered|whispered|beamed|"
     "riffed|pressed|interrupted|scolded|according"},
    {NEWSCLEAN_LX_PH_TITLE, ALTS, 0, L_EN, 0, "title or role",
     "president|vice|secretary|sen|senator|senators|rep|reps|representative|gov|governor|"
     "minister|premier|chancellor|chairman|chairwoman|chair|chairperson|director|"
     "spokesman|spokeswoman|spokesperson|judge|justice|general|gen|adm|admiral|col|"
     "colonel|lt|lieutenant|sgt|sergeant|capt|captain|chief|speaker|leader|ambassador|"
     "attorney|dr|mr|mrs|ms|miss|messrs|prof|professor|rev|reverend|pope|king|queen|"
     "prince|princess|sheriff|commissioner|ceo|mayor|candidate|nominee|democrat|democrats|"
     "republican|republicans|gop|congressman|congresswoman|councilman|councilwoman|"
     "officer|agent|detective|host|anchor|pastor|bishop|cardinal|rabbi|imam|sheikh|sir|"
     "lady|lord|dame|coach|editor|founder|executive|manager|analyst|strategist|adviser|"
     "advisor|aide|delegate|lawmaker|deputy|commander|superintendent|dean|treasurer|"
     "comptroller|auditor|inspector|prosecutor|counsel|solicitor|magistrate|"
     "president-elect|hopeful|frontrunner|front-runner|billionaire|businessman|"
     "businesswoman|mogul|actor|actress|author|activist|columnist|commentator|pundit|"
     "pollster|economist|historian|correspondent|reporter|journalist|first|former|sens"},
    /* articles, possessives and quantifiers that open a noun phrase */
    {NEWSCLEAN_LX_PH_DET, ALTS, 0, L_EN, 0, "determiner",
     "the|a|an|his|her|its|their|our|my|your|this|these|those|one|two|three|four|five|"
     "several|some|many|most|few|both|another|each|every|all|other|such"},
    {NEWSCLEAN_LX_PH_PRON, ALTS, 0, L_EN, 0, "pronoun", "he|she|they|we|i|you|it"},
    {NEWSCLEAN_LX_PH_PERS, ALTS, 0, L_EN, 0, "personal pronoun", "he|she"},
    {NEWSCLEAN_LX_PH_REL, ALTS, 0, L_EN, 0, "relative pronoun", "who"},
    {NEWSCLEAN_LX_PH_SKIP, ALTS, 0, L_EN, 0, "word between speaker and verb",
     "has|have|had|also|later|then|previously|once|often|again|recently|first|would|will|"
     "could|might|may|can|did|does|do|is|was|were|are|just|further|even|still|never|"
     "always|already|reportedly|simply|only|not|since|too|ultimately"},
    {NEWSCLEAN_LX_PH_FUNC, ALTS, 0, L_EN, 0, "function word",
     "in|on|at|by|for|with|from|to|after|before|during|since|until|about|as|into|over|"
     "under|through|against|without|within|among|between|across|per|via|but|and|or|nor|so|"
     "yet|if|when|while|because|although|though|however|meanwhile|still|also|then|now|"
     "earlier|later|yesterday|today|tonight|tomorrow|last|next|this|that|these|those|"
     "there|here|not|no|yes|even|only|just|what|who|why|how|where|which|whether|both|"
     "either|neither|all|every|each|some|many|most|more|another|other|such|instead|indeed|"
     "thus|therefore|moreover|besides|otherwise|rather|perhaps|maybe|of|like|monday|"
     "tuesday|wednesday|thursday|friday|saturday|sunday|asked|speaking|writing|according|"
     "said|says|told|it|is|was|are|were|be|been|has|have|had|do|does|did|will|would|can|"
     "could|should|may|might|must|again|once|already|ever|never|always|too|very|please|"
     "thank|thanks|well|oh|so-called|dear|mr|mrs|ms|re|ok|okay|outside|inside|amid|"
     "despite|following|including|unlike|near|beyond|throughout|upon|toward|towards|"
     "himself|herself|itself|themselves|myself|ourselves|yourself|early|late|soon|shortly|"
     "moments|hours|days|weeks|months|years|recently|previously|nobody|everyone|everybody|"
     "someone|somebody|anyone|anybody|none|nothing|everything|something"},
    /* not after, before, since, until, as: they also open clauses */
    {NEWSCLEAN_LX_PH_PREP, ALTS, 0, L_EN, 0, "preposition",
     "in|on|at|by|for|with|from|to|during|about|into|over|under|through|against|without|"
     "within|among|between|across|per|via|of|like|near|behind|toward|towards|upon|amid|"
     "despite|outside|inside|beyond|throughout|following|including|unlike"},
    {NEWSCLEAN_LX_PH_ABBR, ALTS, 0, L_EN, 0, "abbreviation",
     "mr|mrs|ms|dr|sen|sens|rep|reps|gov|gen|lt|col|sgt|st|jr|sr|prof|rev|capt|adm|maj|"
     "cmdr|corp|inc|co|ltd|no|vs|u\\.s|u\\.n|u\\.k|d\\.c|e\\.g|i\\.e|a\\.m|p\\.m|jan|feb|"
     "mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|ft|mt|pres|supt|messrs|ave|dept|univ|bros|"
     "calif|ariz|fla|ga|ill|ind|kan|ky|la|mass|md|mich|minn|miss|mo|mont|neb|nev|okla|ore|"
     "pa|tenn|tex|va|vt|wash|wis|wyo|conn|colo|del|ala|ark|n\\.y|n\\.j|n\\.c|s\\.c|n\\.h|"
     "r\\.i|w\\.va|n\\.d|s\\.d|n\\.m|approx|est|fig|gens"},
    {NEWSCLEAN_LX_PH_THAT, ALTS, 0, L_EN, 0, "that of reported speech", "that"},
    {NEWSCLEAN_LX_PH_AND, ALTS, 0, L_EN, 0, "conjunction", "and|but|or"},
    {NEWSCLEAN_LX_PH_CONN, ALTS, 0, L_EN, 0, "name particle",
     "of|de|del|della|di|da|do|dos|du|la|le|van|von|der|den|al|el|bin|ibn|y|ter|ten"},
    {NEWSCLEAN_LX_PH_VERB2, ALTS, 0, L_EN, 0, "verb in the present",
     "claims|notes|calls|tweets|promises|vows|jokes|quips|replies|remarks|counters|urges|"
     "laments|wonders|cautions|boasts|stresses|reads|states|writes|says"},
    {NEWSCLEAN_LX_PH_LANG, ALTS, 0, L_EN, 0, "language marker",
     "the|and|of|to|is|was|that|said|with|for|on|by|he|it|in|are|were|has|have|this"},
    {NEWSCLEAN_LX_PH_VERB, ALTS, 0, L_DE, 0, "attributing verb",
     "sagte|sagten|sagt|sagen|gesagt|sage|erklärte|erklärten|erklärt|betonte|betonten|"
     "betont|meinte|meinten|meint|fügte|fügten|hinzugefügt|teilte|teilten|mitgeteilt|"
     "schrieb|schrieben|schreibt|geschrieben|kommentierte|kommentierten|kommentiert|"
     "warnte|warnten|warnt|gewarnt|kritisierte|kritisierten|kritisiert|forderte|forderten|"
     "fordert|gefordert|aufforderte|verkündete|verkündet|bestätigte|bestätigt|berichtete|"
     "berichteten|berichtet|ergänzte|ergänzt|unterstrich|zitiert|zitierte|antwortete|"
     "antwortet|fragte|fragt|bezeichnete|bezeichneten|bezeichnet|nannte|nennt|nennen|genannt|"
     "versicherte|versichert|räumte|eingeräumt|bekräftigte|bekräftigt|bekanntgegeben|"
     "äußerte|äußerten|geäußert|verteidigte|titulierte|behauptete|behauptet|erläuterte|"
     "erläutert|kündigte|angekündigt|wertete|bewertete|beklagte|klagte|mahnte|appellierte|"
     "fuhr|so|laut|zufolge|verkündeten|sprach|spricht|hieß|heißt|beschrieb|beschreibt|"
     "seitens|"
     "schilderte|schilderten|schildert|resümierte|bilanzierte|zitieren|"
     /* verbs of telling, answering and reacting that open or close a quote */
     "erzählte|erzählten|erzählt|entgegnete|entgegnet|erwiderte|erwidert|widersprach|"
     "argumentierte|argumentiert|erinnerte|erinnert|empörte|empört|lobte|lobt|verriet|"
     "verrät|gestand|gesteht|versprach|verspricht|beteuerte|beteuert|monierte|moniert|"
     "bemängelte|bemängelt|urteilte|urteilt|stellte|hob|machte|zeigte|freute|ärgerte|"
     "scherzte|jubelte|prophezeite|vermutete|befürchtete|befürchtet|gab"},
    /* in German the subject follows any verb in second place */
    {NEWSCLEAN_LX_PH_INV, ALTS, 0, L_DE, 0, "verb before its subject",
     "sagte|sagten|sagt|erklärte|erklärten|erklärt|betonte|betonten|betont|meinte|meinten|"
     "meint|fügte|fügten|teilte|teilten|schrieb|schrieben|schreibt|kommentierte|warnte|"
     "warnten|warnt|kritisierte|kritisierten|forderte|forderten|verkündete|bestätigte|"
     "berichtete|berichteten|ergänzte|unterstrich|zitierte|antwortete|fragte|bezeichnete|"
     "nannte|versicherte|räumte|bekräftigte|äußerte|erläuterte|kündigte|beklagte|mahnte|"
     "fuhr|so|laut|schilderte|schilderten|schildert|resümierte|bilanzierte|zitiert|beschrieb|"
     "beschreibt|erzählte|erzählt|entgegnete|erwiderte|widersprach|argumentierte|erinnerte|"
     "empörte|lobte|verriet|verrät|gestand|versprach|beteuerte|monierte|bemängelte|urteilte|"
     "stellte|hob|machte|zeigte|freute|ärgerte|scherzte|jubelte|prophezeite|vermutete|"
     "befürchtete|gab"},
    {NEWSCLEAN_LX_PH_AUX, ALTS, 0, L_DE, 0, "auxiliary",
     "hat|hatte|habe|hätte|haben|hatten|hätten|wird|wurde|würde|werden|wurden|ist|war|sei|"
     "soll|sollte|will|wollte|kann|konnte|muss|musste"},
    /* German roles are mostly compounds, matched by their last part */
    {NEWSCLEAN_LX_PH_TITLE, ALTS, 0, L_DE, 0, "title or role",
     "herr|frau|dr|prof|general|präsident|präsidentin|kanzler|kanzlerin|.*(?:minister|"
     "ministerin|präsident|präsidentin|chef|chefin|sprecher|sprecherin|kanzler|kanzlerin|"
     "direktor|direktorin|botschafter|botschafterin|richter|richterin|abgeordneter|"
     "abgeordnete|senator|senatorin|bürgermeister|bürgermeisterin|vorsitzender|"
     "vorsitzende|leiter|leiterin|trainer|trainerin|experte|expertin)"},
    {NEWSCLEAN_LX_PH_DET, ALTS, 0, L_DE, 0, "determiner",
     "der|die|das|den|dem|des|ein|eine|einer|einem|eines|einen|sein|seine|seiner|seinem|"
     "seinen|ihr|ihre|ihrer|ihrem|ihren|dieser|diese|dieses|diesem|diesen"},
    {NEWSCLEAN_LX_PH_PRON, ALTS, 0, L_DE, 0, "pronoun", "er|sie|es|wir|ich|man"},
    {NEWSCLEAN_LX_PH_PERS, ALTS, 0, L_DE, 0, "personal pronoun", "er|sie"},
    {NEWSCLEAN_LX_PH_SKIP, ALTS, 0, L_DE, 0, "word between speaker and verb",
     "auch|bereits|zudem|außerdem|weiter|ferner|daraufhin|dazu|nun|jetzt|noch|schon|"
     "erneut|ebenfalls|wörtlich|später|zuvor|damals|hat|hatte|habe|hätte|haben|hatten|"
     "wird|wurde|ist|war|sei|nicht|dann|jedoch|aber|allerdings|gleichzeitig"},
    {NEWSCLEAN_LX_PH_FUNC, ALTS, 0, L_DE, 0, "function word",
     "am|im|in|an|auf|aus|bei|mit|nach|seit|von|vor|zu|zum|zur|über|unter|für|gegen|ohne|"
     "um|durch|laut|und|oder|aber|doch|denn|dass|daß|weil|wenn|als|wie|so|auch|nur|noch|"
     "schon|bereits|dann|nun|jetzt|heute|gestern|dabei|darin|daraufhin|zudem|außerdem|"
     "indes|jedoch|trotzdem|nicht|kein|keine|montag|dienstag|mittwoch|donnerstag|freitag|"
     "samstag|sonnabend|sonntag|es|hier|dort|da|danach|zuvor|damals|später|inzwischen|"
     "mittlerweile|derzeit|zunächst|bisher|wegen|während|trotz|bis|ab|pro|je|neben|"
     "zwischen|hinter|innerhalb|außerhalb|angesichts|aufgrund|gemäß|zufolge|vom|beim|ins|"
     "ans|aufs|was|wer|warum|wo|welche|welcher|dies|damit|deshalb|daher|sondern|sowie|ob|"
     "nachdem|bevor|obwohl|indem|sodass"},
    {NEWSCLEAN_LX_PH_PREP, ALTS, 0, L_DE, 0, "preposition",
     "am|im|in|an|auf|aus|bei|mit|nach|seit|von|vor|zu|zum|zur|über|unter|für|gegen|ohne|"
     "um|durch|laut|wegen|während|trotz|bis|ab|neben|zwischen|hinter|vom|beim|ins|ans|aufs"},
    {NEWSCLEAN_LX_PH_ABBR, ALTS, 0, L_DE, 0, "abbreviation",
     "z\\.b|bzw|nr|ca|dr|prof|hr|fr|st|usw|vgl|inkl|evtl|u\\.a|d\\.h|gegr|jh|mio|mrd|tel|"
     "str|jan|feb|aug|sept|okt|nov|dez|u\\.s|mr|mrs"},
    {NEWSCLEAN_LX_PH_THAT, ALTS, 0, L_DE, 0, "that of reported speech", "dass|daß"},
    {NEWSCLEAN_LX_PH_AND, ALTS, 0, L_DE, 0, "conjunction", "und|oder|aber|sowie"},
    {NEWSCLEAN_LX_PH_CONN, ALTS, 0, L_DE, 0, "name particle",
     "von|van|de|del|di|da|du|la|le|al|el|bin|zu|ter|ten"},
    {NEWSCLEAN_LX_PH_LANG, ALTS, 0, L_DE, 0, "language marker",
     "der|die|das|und|nicht|ist|sich|mit|von|den|dem|ein|eine|auf|für|wird|sagte|auch|zu|"
     "im"},
    {NEWSCLEAN_LX_PH_VERB, ALTS, 0, L_FR, 0, "attributing verb",
     "dit|déclaré|affirmé|expliqué|ajouté|souligné|estimé|indiqué|assuré|précisé|confié|"
     "lancé|reconnu|insisté|rappelé|annoncé|averti|martelé|répondu|déclare|affirme|"
     "explique|ajoute|souligne|estime|indique|assure|précise|confie|lance|reconnaît|"
     "insiste|rappelle|annonce|répond|déclarait|expliquait|selon"},
    {NEWSCLEAN_LX_PH_INV, ALTS, 0, L_FR, 0, "verb before its subject",
     "dit|déclaré|affirmé|expliqué|ajouté|souligné|estimé|indiqué|assuré|précisé|confié|"
     "lancé|reconnu|insisté|rappelé|répondu|déclare|affirme|explique|ajoute|souligne|"
     "estime|indique|assure|précise|confie|lance|insiste|rappelle|répond|selon"},
    {NEWSCLEAN_LX_PH_AUX, ALTS, 0, L_FR, 0, "auxiliary", "a|avait|ont|avaient|aura"},
    {NEWSCLEAN_LX_PH_TITLE, ALTS, 0, L_FR, 0, "title or role",
     "président|présidente|ministre|maire|porte-parole|directeur|directrice|sénateur|"
     "sénatrice|député|députée|secrétaire|général|générale|m|mme|madame|monsieur|docteur|"
     "professeur|adjoint|adjointe|conseiller|conseillère"},
    {NEWSCLEAN_LX_PH_DET, ALTS, 0, L_FR, 0, "determiner",
     "le|la|les|un|une|des|son|sa|ses|leur|leurs|ce|cette|ces|mon|ma|mes|notre|nos|votre"},
    {NEWSCLEAN_LX_PH_PRON, ALTS, 0, L_FR, 0, "pronoun", "il|elle|ils|elles|on|je|nous|vous"},
    {NEWSCLEAN_LX_PH_PERS, ALTS, 0, L_FR, 0, "personal pronoun", "il|elle"},
    {NEWSCLEAN_LX_PH_REL, ALTS, 0, L_FR, 0, "relative pronoun", "qui"},
    {NEWSCLEAN_LX_PH_SKIP, ALTS, 0, L_FR, 0, "word between speaker and verb",
     "a|avait|ont|avaient|aussi|encore|également|déjà|alors|ensuite|enfin|pourtant|ne|n|"
     "pas"},
    {NEWSCLEAN_LX_PH_FUNC, ALTS, 0, L_FR, 0, "function word",
     "à|au|aux|de|du|des|en|dans|sur|pour|par|avec|sans|sous|chez|devant|après|avant|"
     "depuis|pendant|vers|et|ou|mais|donc|or|ni|car|que|qu|qui|quand|si|comme|lors|lundi|"
     "mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce|il|elle|on|selon|aussi|encore|déjà|"
     "puis|ainsi|alors|ensuite|enfin|là|ici|y|ne|pas|plus|très|tout|tous|toute|toutes"},
    {NEWSCLEAN_LX_PH_PREP, ALTS, 0, L_FR, 0, "preposition",
     "à|au|aux|de|du|des|en|dans|sur|pour|par|avec|sans|sous|chez|devant|après|avant|"
     "depuis|pendant|vers|contre|entre"},
    {NEWSCLEAN_LX_PH_ABBR, ALTS, 0, L_FR, 0, "abbreviation", "m|mm|mme|dr|st|ste|etc"},
    {NEWSCLEAN_LX_PH_THAT, ALTS, 0, L_FR, 0, "that of reported speech", "que|qu"},
    {NEWSCLEAN_LX_PH_AND, ALTS, 0, L_FR, 0, "conjunction", "et|mais|ou"},
    {NEWSCLEAN_LX_PH_CONN, ALTS, 0, L_FR, 0, "name particle", "de|du|des|la|le|d|van|von|da|di"},
    {NEWSCLEAN_LX_PH_LANG, ALTS, 0, L_FR, 0, "language marker",
     "le|la|les|et|de|des|est|une|un|pour|que|qui|dans|en|du|il|elle|pas|plus|sur|au|ce"},
    {NEWSCLEAN_LX_PH_VERB, ALTS, 0, L_ES, 0, "attributing verb",
     "dijo|afirmó|explicó|señaló|aseguró|declaró|indicó|añadió|agregó|sostuvo|advirtió|"
     "manifestó|subrayó|destacó|apuntó|comentó|reconoció|insistió|recordó|expresó|"
     "respondió|anunció|dice|afirma|explica|señala|asegura|declara|indica|añade|agrega|"
     "sostiene|advierte|subraya|destaca|apunta|comenta|reconoce|insiste|recuerda|expresa|"
     "responde|dicho|afirmado|explicado|señalado|asegurado|declarado|según"},
    {NEWSCLEAN_LX_PH_INV, ALTS, 0, L_ES, 0, "verb before its subject",
     "dijo|afirmó|explicó|señaló|aseguró|declaró|indicó|añadió|agregó|sostuvo|advirtió|"
     "manifestó|subrayó|destacó|apuntó|comentó|reconoció|insistió|recordó|expresó|"
     "respondió|dice|afirma|explica|señala|asegura|declara|indica|añade|agrega|sostiene|"
     "advierte|subraya|destaca|apunta|comenta|reconoce|insiste|recuerda|responde|según"},
    {NEWSCLEAN_LX_PH_AUX, ALTS, 0, L_ES, 0, "auxiliary", "ha|había|han|habían"},
    {NEWSCLEAN_LX_PH_TITLE, ALTS, 0, L_ES, 0, "title or role",
     "presidente|presidenta|consejero|consejera|ministro|ministra|alcalde|alcaldesa|"
     "portavoz|director|directora|secretario|secretaria|diputado|diputada|senador|"
     "senadora|gobernador|gobernadora|concejal|concejala|don|doña|sr|sra|señor|señora|"
     "doctor|doctora"},
    {NEWSCLEAN_LX_PH_DET, ALTS, 0, L_ES, 0, "determiner",
     "el|la|los|las|un|una|unos|unas|su|sus|este|esta|estos|estas|ese|esa|mi|mis|nuestro|"
     "nuestra"},
    {NEWSCLEAN_LX_PH_PRON, ALTS, 0, L_ES, 0, "pronoun", "él|ella|ellos|ellas|yo|nosotros"},
    {NEWSCLEAN_LX_PH_PERS, ALTS, 0, L_ES, 0, "personal pronoun", "él|ella"},
    {NEWSCLEAN_LX_PH_REL, ALTS, 0, L_ES, 0, "relative pronoun", "quien"},
    {NEWSCLEAN_LX_PH_SKIP, ALTS, 0, L_ES, 0, "word between speaker and verb",
     "ha|había|han|habían|también|además|ya|luego|después|no"},
    {NEWSCLEAN_LX_PH_FUNC, ALTS, 0, L_ES, 0, "function word",
     "a|al|de|del|en|con|por|para|sin|sobre|durante|desde|hasta|entre|tras|ante|según|y|e|"
     "o|u|pero|sino|que|quien|cuando|si|como|lunes|martes|miércoles|jueves|viernes|sábado|"
     "domingo|también|además|ya|luego|después|no|muy|más|todo|todos|toda|todas|se|lo"},
    {NEWSCLEAN_LX_PH_PREP, ALTS, 0, L_ES, 0, "preposition",
     "a|al|de|del|en|con|por|para|sin|sobre|durante|desde|hasta|entre|tras|ante|contra|"
     "hacia"},
    {NEWSCLEAN_LX_PH_ABBR, ALTS, 0, L_ES, 0, "abbreviation", "sr|sra|dr|dra|etc|ud|uds"},
    {NEWSCLEAN_LX_PH_THAT, ALTS, 0, L_ES, 0, "that of reported speech", "que"},
    {NEWSCLEAN_LX_PH_AND, ALTS, 0, L_ES, 0, "conjunction", "y|e|pero|o"},
    {NEWSCLEAN_LX_PH_CONN, ALTS, 0, L_ES, 0, "name particle", "de|del|la|las|los|y|da|van|von"},
    {NEWSCLEAN_LX_PH_LANG, ALTS, 0, L_ES, 0, "language marker",
     "el|la|de|que|y|en|los|del|se|las|por|un|para|con|una|su|al|es|lo|como|más"},
};

const newsclean_lex_entry *
newsclean_lexicon_entries(size_t *n)
{
    *n = sizeof table / sizeof table[0];
    return table;
}

const newsclean_lex_entry *
newsclean_lexicon_next(size_t *i, newsclean_lex_class cls, newsclean_lex_form form)
{
    for (; *i < sizeof table / sizeof table[0]; (*i)++) {
        const newsclean_lex_entry *e = &table[*i];
        if (e->cls == cls && e->form == form) {
            (*i)++;
            return e;
        }
    }
    return NULL;
}

bool
newsclean_lexicon_join(newsclean_buf *out, newsclean_lex_class cls, newsclean_lex_form form,
                       size_t *limit)
{
    bool any = false;
    size_t i = 0, max = 0;
    for (const newsclean_lex_entry *e; (e = newsclean_lexicon_next(&i, cls, form));) {
        if ((any && !newsclean_buf_append_char(out, '|')) ||
            !newsclean_buf_append_str(out, e->text))
            return false;
        if (e->limit > max)
            max = e->limit;
        any = true;
    }
    if (limit)
        *limit = max;
    return any;
}

static bool
wanted(const newsclean_lex_entry *e, uint64_t classes, unsigned langs)
{
    return e->form == WORDS && e->cls < NEWSCLEAN_LX_WORD_CLASSES && (classes >> e->cls & 1u) &&
           (e->langs & langs);
}

newsclean_lex_words *
newsclean_lex_words_new(uint64_t classes, unsigned langs)
{
    size_t words = 0;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (!wanted(&table[i], classes, langs))
            continue;
        for (const char *p = table[i].text; *p; p++)
            words += *p != ' ' && (p[1] == ' ' || p[1] == '\0');
    }
    /* Over twice the words keeps probe runs short. */
    size_t slots = 16;
    while (slots < 2 * words + 1)
        slots *= 2;
    newsclean_lex_words *s = calloc(1, sizeof *s + slots * sizeof s->slot[0]);
    if (!s)
        return NULL;
    s->mask = slots - 1;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (!wanted(&table[i], classes, langs))
            continue;
        size_t n;
        for (const char *at = table[i].text, *w; (w = newsclean_lex_next_word(&at, &n));) {
            size_t k = newsclean_lex_words_slot(s, w, n);
            s->slot[k].w = w;
            s->slot[k].n = n;
            s->slot[k].bits |= (uint64_t)1 << table[i].cls;
        }
    }
    return s;
}

void
newsclean_lex_words_free(newsclean_lex_words *s)
{
    free(s);
}
