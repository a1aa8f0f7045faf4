/* encoding_labels.h: charset labels as pages and servers write them, mapped to the
 * encoding a browser decodes (the WHATWG Encoding Standard's label table). */
#ifndef NEWSCLEAN_ENCODING_LABELS_H
#define NEWSCLEAN_ENCODING_LABELS_H

#include <stddef.h>

/* The iconv name of the encoding 'label' (n bytes; ASCII whitespace around it and case
 * are ignored) stands for, or NULL if the label is not one the standard knows, in which
 * case a browser ignores the declaration. UTF-16 labels give "UTF-16LE" or "UTF-16BE";
 * a page's own <meta> cannot really declare those, which the caller decides. */
const char *newsclean_encoding_for_label(const char *label, size_t n);

#endif /* NEWSCLEAN_ENCODING_LABELS_H */
