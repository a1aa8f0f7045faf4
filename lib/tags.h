/* tags.h: the one lookup of an element's name. The walk (dom.c) looks each element up
 * once and hands the result to every reader of the page, so no stage compares names of
 * its own; the prune stage (prune.c) and the structure (structure.c) still keep tables of
 * theirs. */
#ifndef NEWSCLEAN_TAGS_H
#define NEWSCLEAN_TAGS_H

/* Every element name some stage asks about; the rest are NEWSCLEAN_EL_OTHER. */
typedef enum {
    NEWSCLEAN_EL_OTHER = 0,
    NEWSCLEAN_EL_A,
    NEWSCLEAN_EL_ADDRESS,
    NEWSCLEAN_EL_ARTICLE,
    NEWSCLEAN_EL_ASIDE,
    NEWSCLEAN_EL_AUDIO,
    NEWSCLEAN_EL_BLOCKQUOTE,
    NEWSCLEAN_EL_BODY,
    NEWSCLEAN_EL_BR,
    NEWSCLEAN_EL_BUTTON,
    NEWSCLEAN_EL_CANVAS,
    NEWSCLEAN_EL_CAPTION,
    NEWSCLEAN_EL_CENTER,
    NEWSCLEAN_EL_CODE,
    NEWSCLEAN_EL_DD,
    NEWSCLEAN_EL_DETAILS,
    NEWSCLEAN_EL_DIR,
    NEWSCLEAN_EL_DIV,
    NEWSCLEAN_EL_DL,
    NEWSCLEAN_EL_DT,
    NEWSCLEAN_EL_EMBED,
    NEWSCLEAN_EL_FIELDSET,
    NEWSCLEAN_EL_FIGCAPTION,
    NEWSCLEAN_EL_FIGURE,
    NEWSCLEAN_EL_FOOTER,
    NEWSCLEAN_EL_FORM,
    NEWSCLEAN_EL_FRAMESET,
    NEWSCLEAN_EL_H1,
    NEWSCLEAN_EL_H2,
    NEWSCLEAN_EL_H3,
    NEWSCLEAN_EL_H4,
    NEWSCLEAN_EL_H5,
    NEWSCLEAN_EL_H6,
    NEWSCLEAN_EL_HEAD,
    NEWSCLEAN_EL_HEADER,
    NEWSCLEAN_EL_HGROUP,
    NEWSCLEAN_EL_HR,
    NEWSCLEAN_EL_HTML,
    NEWSCLEAN_EL_IFRAME,
    NEWSCLEAN_EL_IMG,
    NEWSCLEAN_EL_INPUT,
    NEWSCLEAN_EL_LEGEND,
    NEWSCLEAN_EL_LI,
    NEWSCLEAN_EL_LINK,
    NEWSCLEAN_EL_LISTING,
    NEWSCLEAN_EL_MAIN,
    NEWSCLEAN_EL_MATH,
    NEWSCLEAN_EL_MENU,
    NEWSCLEAN_EL_META,
    NEWSCLEAN_EL_NAV,
    NEWSCLEAN_EL_NOFRAMES,
    NEWSCLEAN_EL_NOSCRIPT,
    NEWSCLEAN_EL_OBJECT,
    NEWSCLEAN_EL_OL,
    NEWSCLEAN_EL_P,
    NEWSCLEAN_EL_PICTURE,
    NEWSCLEAN_EL_PLAINTEXT,
    NEWSCLEAN_EL_PRE,
    NEWSCLEAN_EL_SCRIPT,
    NEWSCLEAN_EL_SEARCH,
    NEWSCLEAN_EL_SECTION,
    NEWSCLEAN_EL_SELECT,
    NEWSCLEAN_EL_STYLE,
    NEWSCLEAN_EL_SUMMARY,
    NEWSCLEAN_EL_SVG,
    NEWSCLEAN_EL_TABLE,
    NEWSCLEAN_EL_TBODY,
    NEWSCLEAN_EL_TD,
    NEWSCLEAN_EL_TEMPLATE,
    NEWSCLEAN_EL_TEXTAREA,
    NEWSCLEAN_EL_TFOOT,
    NEWSCLEAN_EL_TH,
    NEWSCLEAN_EL_THEAD,
    NEWSCLEAN_EL_TIME,
    NEWSCLEAN_EL_TITLE,
    NEWSCLEAN_EL_TR,
    NEWSCLEAN_EL_UL,
    NEWSCLEAN_EL_VIDEO,
    NEWSCLEAN_EL_XMP,
    NEWSCLEAN_EL_COUNT
} newsclean_el;

/* Elements that start a new block; everything else flows inline into its parent's run. */
#define NEWSCLEAN_EL_BLOCK (1u << 0)

/* The element named 'name' (lowercase, as libxml2's HTML parser gives it). */
newsclean_el newsclean_el_lookup(const char *name);

/* NEWSCLEAN_EL_* properties of an element. */
unsigned newsclean_el_props(newsclean_el el);

#endif /* NEWSCLEAN_TAGS_H */
