/* fuzz_cut.c: a differential target for the parse stage's cut (lib/dom_cut.c). Any input,
 * decoded as the extractor decodes it, must parse to the same tree with and without the
 * cut, less what the cut removes (script and style text, comment text, attributes no
 * stage reads, repeated attributes, end tags that close nothing); a difference aborts. The
 * one allowed difference: past a point where the cut is unsure, a start tag with more
 * attributes than real pages have is cut all the same.
 * With NEWSCLEAN_FUZZ (clang) it is a libFuzzer target; otherwise replay.c's main replays
 * the files named on its command line. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dom.h"
#include "input.h"
#include "../tree_text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *utf8 = NULL;
    size_t len = 0;
    if (newsclean_input_to_utf8((const char *)data, size, true, NULL, &utf8, &len, NULL) !=
        NEWSCLEAN_OK)
        return 0;
    char *whole = tree_text_of_html(utf8, len, 0);
    newsclean_cut_report report;
    size_t cut_len = newsclean_dom_cut_ex(utf8, len, &report);
    if (cut_len > len)
        abort();
    char *after = tree_text_of_html(utf8, cut_len, 0);
    /* A page that parses to nothing must still parse to nothing once cut. */
    if (report.capped_tags == 0 &&
        ((whole == NULL) != (after == NULL) || (whole && strcmp(whole, after) != 0)))
        abort();
    free(whole);
    free(after);
    free(utf8);
    return 0;
}
