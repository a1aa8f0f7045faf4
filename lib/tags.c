/* tags.c: element names to the ids every stage reads (tags.h). */
#include "tags.h"

#include <stddef.h>
#include <string.h>

static const struct {
    const char *name;
    newsclean_el el;
    unsigned props;
} tags[] = {{"a", NEWSCLEAN_EL_A, 0},
            {"address", NEWSCLEAN_EL_ADDRESS, NEWSCLEAN_EL_BLOCK},
            {"applet", NEWSCLEAN_EL_APPLET, 0},
            {"article", NEWSCLEAN_EL_ARTICLE, NEWSCLEAN_EL_BLOCK},
            {"aside", NEWSCLEAN_EL_ASIDE, NEWSCLEAN_EL_BLOCK},
            {"audio", NEWSCLEAN_EL_AUDIO, 0},
            {"blockquote", NEWSCLEAN_EL_BLOCKQUOTE, NEWSCLEAN_EL_BLOCK},
            {"body", NEWSCLEAN_EL_BODY, NEWSCLEAN_EL_BLOCK},
            {"br", NEWSCLEAN_EL_BR, 0},
            {"button", NEWSCLEAN_EL_BUTTON, 0},
            {"canvas", NEWSCLEAN_EL_CANVAS, 0},
            {"caption", NEWSCLEAN_EL_CAPTION, NEWSCLEAN_EL_BLOCK},
            {"center", NEWSCLEAN_EL_CENTER, NEWSCLEAN_EL_BLOCK},
            {"code", NEWSCLEAN_EL_CODE, 0},
            {"dd", NEWSCLEAN_EL_DD, NEWSCLEAN_EL_BLOCK},
            {"details", NEWSCLEAN_EL_DETAILS, NEWSCLEAN_EL_BLOCK},
            {"dialog", NEWSCLEAN_EL_DIALOG, 0},
            {"dir", NEWSCLEAN_EL_DIR, NEWSCLEAN_EL_BLOCK},
            {"div", NEWSCLEAN_EL_DIV, NEWSCLEAN_EL_BLOCK},
            {"dl", NEWSCLEAN_EL_DL, NEWSCLEAN_EL_BLOCK},
            {"dt", NEWSCLEAN_EL_DT, NEWSCLEAN_EL_BLOCK},
            {"embed", NEWSCLEAN_EL_EMBED, 0},
            {"fieldset", NEWSCLEAN_EL_FIELDSET, NEWSCLEAN_EL_BLOCK},
            {"figcaption", NEWSCLEAN_EL_FIGCAPTION, NEWSCLEAN_EL_BLOCK},
            {"figure", NEWSCLEAN_EL_FIGURE, NEWSCLEAN_EL_BLOCK},
            {"footer", NEWSCLEAN_EL_FOOTER, NEWSCLEAN_EL_BLOCK},
            {"form", NEWSCLEAN_EL_FORM, NEWSCLEAN_EL_BLOCK},
            {"frameset", NEWSCLEAN_EL_FRAMESET, NEWSCLEAN_EL_BLOCK},
            {"h1", NEWSCLEAN_EL_H1, NEWSCLEAN_EL_BLOCK},
            {"h2", NEWSCLEAN_EL_H2, NEWSCLEAN_EL_BLOCK},
            {"h3", NEWSCLEAN_EL_H3, NEWSCLEAN_EL_BLOCK},
            {"h4", NEWSCLEAN_EL_H4, NEWSCLEAN_EL_BLOCK},
            {"h5", NEWSCLEAN_EL_H5, NEWSCLEAN_EL_BLOCK},
            {"h6", NEWSCLEAN_EL_H6, NEWSCLEAN_EL_BLOCK},
            {"head", NEWSCLEAN_EL_HEAD, 0},
            {"header", NEWSCLEAN_EL_HEADER, NEWSCLEAN_EL_BLOCK},
            {"hgroup", NEWSCLEAN_EL_HGROUP, NEWSCLEAN_EL_BLOCK},
            {"hr", NEWSCLEAN_EL_HR, NEWSCLEAN_EL_BLOCK},
            {"html", NEWSCLEAN_EL_HTML, NEWSCLEAN_EL_BLOCK},
            {"iframe", NEWSCLEAN_EL_IFRAME, 0},
            {"img", NEWSCLEAN_EL_IMG, 0},
            {"input", NEWSCLEAN_EL_INPUT, 0},
            {"legend", NEWSCLEAN_EL_LEGEND, NEWSCLEAN_EL_BLOCK},
            {"li", NEWSCLEAN_EL_LI, NEWSCLEAN_EL_BLOCK},
            {"link", NEWSCLEAN_EL_LINK, 0},
            {"listing", NEWSCLEAN_EL_LISTING, NEWSCLEAN_EL_BLOCK},
            {"main", NEWSCLEAN_EL_MAIN, NEWSCLEAN_EL_BLOCK},
            {"marquee", NEWSCLEAN_EL_MARQUEE, 0},
            {"math", NEWSCLEAN_EL_MATH, 0},
            {"menu", NEWSCLEAN_EL_MENU, NEWSCLEAN_EL_BLOCK},
            {"meta", NEWSCLEAN_EL_META, 0},
            {"nav", NEWSCLEAN_EL_NAV, NEWSCLEAN_EL_BLOCK},
            {"noframes", NEWSCLEAN_EL_NOFRAMES, NEWSCLEAN_EL_BLOCK},
            {"noscript", NEWSCLEAN_EL_NOSCRIPT, 0},
            {"object", NEWSCLEAN_EL_OBJECT, 0},
            {"ol", NEWSCLEAN_EL_OL, NEWSCLEAN_EL_BLOCK},
            {"p", NEWSCLEAN_EL_P, NEWSCLEAN_EL_BLOCK},
            {"picture", NEWSCLEAN_EL_PICTURE, 0},
            {"plaintext", NEWSCLEAN_EL_PLAINTEXT, NEWSCLEAN_EL_BLOCK},
            {"pre", NEWSCLEAN_EL_PRE, NEWSCLEAN_EL_BLOCK},
            {"script", NEWSCLEAN_EL_SCRIPT, 0},
            {"search", NEWSCLEAN_EL_SEARCH, NEWSCLEAN_EL_BLOCK},
            {"section", NEWSCLEAN_EL_SECTION, NEWSCLEAN_EL_BLOCK},
            {"select", NEWSCLEAN_EL_SELECT, 0},
            {"style", NEWSCLEAN_EL_STYLE, 0},
            {"summary", NEWSCLEAN_EL_SUMMARY, NEWSCLEAN_EL_BLOCK},
            {"svg", NEWSCLEAN_EL_SVG, 0},
            {"table", NEWSCLEAN_EL_TABLE, NEWSCLEAN_EL_BLOCK},
            {"tbody", NEWSCLEAN_EL_TBODY, NEWSCLEAN_EL_BLOCK},
            {"td", NEWSCLEAN_EL_TD, NEWSCLEAN_EL_BLOCK},
            {"template", NEWSCLEAN_EL_TEMPLATE, 0},
            {"textarea", NEWSCLEAN_EL_TEXTAREA, 0},
            {"tfoot", NEWSCLEAN_EL_TFOOT, NEWSCLEAN_EL_BLOCK},
            {"th", NEWSCLEAN_EL_TH, NEWSCLEAN_EL_BLOCK},
            {"thead", NEWSCLEAN_EL_THEAD, NEWSCLEAN_EL_BLOCK},
            {"time", NEWSCLEAN_EL_TIME, 0},
            {"title", NEWSCLEAN_EL_TITLE, 0},
            {"tr", NEWSCLEAN_EL_TR, NEWSCLEAN_EL_BLOCK},
            {"ul", NEWSCLEAN_EL_UL, NEWSCLEAN_EL_BLOCK},
            {"video", NEWSCLEAN_EL_VIDEO, 0},
            {"xmp", NEWSCLEAN_EL_XMP, NEWSCLEAN_EL_BLOCK}};

newsclean_el
newsclean_el_lookup(const char *name)
{
    /* A binary search that tells most names apart by their first letter, without a
     * string comparison: the walk asks this of every element. */
    size_t lo = 0, hi = sizeof tags / sizeof tags[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = (unsigned char)name[0] - (unsigned char)tags[mid].name[0];
        if (c == 0)
            c = strcmp(name, tags[mid].name);
        if (c == 0)
            return tags[mid].el;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NEWSCLEAN_EL_OTHER;
}

unsigned
newsclean_el_props(newsclean_el el)
{
    return el > NEWSCLEAN_EL_OTHER && el < NEWSCLEAN_EL_COUNT ? tags[el - 1].props : 0;
}
