/*
 * newsclean.h: the public API of libnewsclean.
 *
 * libnewsclean turns a scraped news page (HTML in any encoding, or a text dump a
 * scraper already flattened) into what a reader wants: headline, publication time,
 * byline, body text and direct quotations with their speakers.
 *
 * Usage in brief:
 *
 *     newsclean_extractor *ex = newsclean_extractor_new(0);
 *     newsclean_article *a = NULL;
 *     if (newsclean_extract(ex, page, page_len, &a) == NEWSCLEAN_OK) {
 *         puts(newsclean_article_headline(a));
 *         newsclean_article_free(a);
 *     }
 *     newsclean_extractor_free(ex);
 *
 * Threads: an extractor is read-only once created, so any number of threads may call
 * newsclean_extract() on one extractor at the same time. An article belongs to the
 * caller and must not be used from two threads at once without the caller's locking.
 *
 * Strings returned by accessors are UTF-8, NUL-terminated, and borrowed: they live as
 * long as the object they came from. Buffers the library allocates for the caller
 * (rendered JSON or text) are released with newsclean_free().
 */
#ifndef NEWSCLEAN_H
#define NEWSCLEAN_H

#include <stddef.h>

#include "newsclean_version.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32) && defined(NEWSCLEAN_SHARED_BUILD)
#define NEWSCLEAN_API __declspec(dllexport)
#elif defined(__GNUC__)
#define NEWSCLEAN_API __attribute__((visibility("default")))
#else
#define NEWSCLEAN_API
#endif

/** Opaque extractor: options and compiled patterns, shared read-only by threads. */
typedef struct newsclean_extractor newsclean_extractor;
/** Opaque result of one extraction, owned by the caller. */
typedef struct newsclean_article newsclean_article;

/** Status of every call that can fail. */
typedef enum {
    NEWSCLEAN_OK = 0,
    NEWSCLEAN_ERR_NOMEM,       /* an allocation failed */
    NEWSCLEAN_ERR_INVALID_ARG, /* a NULL where a value is needed, unknown option bits */
    NEWSCLEAN_ERR_PARSE,       /* the input could not be read as HTML or text */
    NEWSCLEAN_ERR_LIMIT,       /* the input exceeds a named limit: size, time or memory */
    /* 5 is unused: a page without an article is no error (see newsclean_extract). */
    NEWSCLEAN_ERR_IO = 6,      /* reading or writing a file failed (used by callers) */
    NEWSCLEAN_ERR_NOT_TEXT = 7 /* the input is binary data, not text: an image, a PDF, a
                                  program, an archive ("not-text") */
} newsclean_status;

/** A short lowercase word for a status, never NULL: "ok", "nomem", "invalid-argument",
 *  "parse", "limit", "io", "not-text". The CLI's error records use these words, and
 *  "warc" for a crawl record of kind NEWSCLEAN_PAYLOAD_ERROR. */
NEWSCLEAN_API const char *newsclean_status_code(newsclean_status st);
/** A human sentence describing a status, never NULL. */
NEWSCLEAN_API const char *newsclean_status_str(newsclean_status st);

/** Extractor options, as bits. (Bits 0 and 1 are unused: how to read an input is said
 *  per call, by newsclean_input.kind.) */
#define NEWSCLEAN_OPT_NO_QUOTES (1u << 2) /* skip quote detection */
#define NEWSCLEAN_OPT_EXPLAIN (1u << 3)   /* keep per-block scores for newsclean_article_explain */
#define NEWSCLEAN_OPT_STRUCTURE                                                                    \
    (1u << 4)                   /* also walk the markup (lists, tables, links, images,             \
                                   emphasis) for newsclean_article_to_markdown and                 \
                                   _to_html; without it they give paragraphs only */
#define NEWSCLEAN_OPT_ALL 0x1Cu /* every valid bit; others give NULL from _new */

/** How newsclean_extract_ex() should read its input. */
typedef enum {
    NEWSCLEAN_INPUT_AUTO = 0, /* sniff: HTML if it looks like markup, else a text dump */
    NEWSCLEAN_INPUT_HTML,
    NEWSCLEAN_INPUT_TEXT
} newsclean_input_kind;

/** What the caller knows about one input, for newsclean_extract_ex(). Start from all
 *  zeros ({0}, or designated initialisers) and set what is known: zero means "unknown"
 *  for every field, so fields added later keep their meaning for old code. */
typedef struct {
    newsclean_input_kind kind; /* NEWSCLEAN_INPUT_AUTO (0) sniffs */
    const char *charset;       /* charset a transport declared (e.g. from HTTP
                                  Content-Type); NULL if unknown */
    const char *url;           /* where the page came from; NULL if unknown. Used for dates
                                  in the path and for the record */
} newsclean_input;

/** Named limits, set with newsclean_extractor_set_limit(). Past one, newsclean_extract()
 *  gives NEWSCLEAN_ERR_LIMIT, but for the depth. */
typedef enum {
    NEWSCLEAN_LIMIT_INPUT_BYTES = 0, /* largest input accepted; default 64 MiB */
    NEWSCLEAN_LIMIT_DEPTH,           /* deepest element nesting walked; default 256. Text
                                        nested deeper is skipped, not an error */
    NEWSCLEAN_LIMIT_MILLISECONDS,    /* time one extraction may take; default 10000 (10 s).
                                        SIZE_MAX for no limit */
    NEWSCLEAN_LIMIT_MEMORY_BYTES     /* memory one extraction may take at its peak, as
                                        estimated from the page before its tree is built;
                                        default 512 MiB */
} newsclean_limit;

/** Create an extractor, or NULL if out of memory or 'options' has unknown bits.
 *  Compiles its patterns once; free with newsclean_extractor_free(). */
NEWSCLEAN_API newsclean_extractor *newsclean_extractor_new(unsigned options);
/** Free an extractor. NULL is a no-op. No extraction may be running on it. */
NEWSCLEAN_API void newsclean_extractor_free(newsclean_extractor *ex);
/** Set a named limit before the extractor is shared. 0 restores the default. */
NEWSCLEAN_API newsclean_status newsclean_extractor_set_limit(newsclean_extractor *ex,
                                                             newsclean_limit which, size_t value);

/** Extract from 'len' bytes at 'input' (need not be NUL-terminated), sniffing whether it
 *  is HTML or a text dump. On success '*out' is owned by the caller (free with
 *  newsclean_article_free); on failure '*out' is NULL. A page with no main content is
 *  not a failure: it gives an article with an empty body. */
NEWSCLEAN_API newsclean_status newsclean_extract(const newsclean_extractor *ex, const char *input,
                                                 size_t len, newsclean_article **out);

/** As newsclean_extract(), with what the caller knows about the input in '*info' (its
 *  kind, declared charset and URL; NULL is the same as all zeros: nothing known).
 *  NEWSCLEAN_ERR_INVALID_ARG for a kind outside newsclean_input_kind. */
NEWSCLEAN_API newsclean_status newsclean_extract_ex(const newsclean_extractor *ex,
                                                    const char *input, size_t len,
                                                    const newsclean_input *info,
                                                    newsclean_article **out);

/** Free an article. NULL is a no-op. */
NEWSCLEAN_API void newsclean_article_free(newsclean_article *a);

/** The headline, once, without a site-name suffix. NULL if none was found. */
NEWSCLEAN_API const char *newsclean_article_headline(const newsclean_article *a);
/** Publication time as ISO 8601 ("2020-01-10T17:36:00Z", "…+01:00", "2020-01-10T17:36:00"
 *  when the zone is unknown, "2020-01-10" when only the day is). NULL if unknown. */
NEWSCLEAN_API const char *newsclean_article_timestamp(const newsclean_article *a);
/** Last-modified time, same format as the timestamp. NULL if the page gives none. */
NEWSCLEAN_API const char *newsclean_article_modified(const newsclean_article *a);
/** Author name(s) as printed, without "By". NULL if none. */
NEWSCLEAN_API const char *newsclean_article_byline(const newsclean_article *a);
/** Site name (og:site_name or the suffix of the title). NULL if unknown. */
NEWSCLEAN_API const char *newsclean_article_site(const newsclean_article *a);
/** Language tag as the page declares it ("en", "de-DE"). NULL if undeclared. */
NEWSCLEAN_API const char *newsclean_article_language(const newsclean_article *a);
/** Canonical URL (link rel=canonical, og:url, or the URL given by the caller). NULL if none. */
NEWSCLEAN_API const char *newsclean_article_url(const newsclean_article *a);
/** The page's own summary (meta description / og:description). NULL if none. */
NEWSCLEAN_API const char *newsclean_article_description(const newsclean_article *a);
/** The lead image's absolute URL: og:image, JSON-LD image, or the first large image in the
 *  kept article. NULL if none. */
NEWSCLEAN_API const char *newsclean_article_image(const newsclean_article *a);
/** The body: paragraphs separated by one blank line (the cells of a table row by a tab).
 *  Never NULL; "" when no main content is found. For pages of other kinds it holds their
 *  main content (a listing's entries, a forum's posts, a product's description and
 *  specification). */
NEWSCLEAN_API const char *newsclean_article_body(const newsclean_article *a);
/** What the page is, as a static string: "article" (one authored text: story, post,
 *  review), "listing" (links to other pages: front page, section, search results),
 *  "collection" (items shown on the page: recipes, products, people), "product" (one
 *  thing for sale or to download), "forum" (a thread or Q&A), "documentation" (reference or
 *  help text) or "service" (a business or landing page: about, contact, pricing). Decided
 *  from structured data, URL shape, repeated structures, forms, prices and text density;
 *  a text dump without those signals reads as "article". NULL only if 'a' is NULL. */
NEWSCLEAN_API const char *newsclean_article_kind(const newsclean_article *a);

/** Number of direct quotations found in the body. */
NEWSCLEAN_API size_t newsclean_article_quote_count(const newsclean_article *a);
/** Text of quotation 'i' without its marks. NULL if 'i' is out of range. */
NEWSCLEAN_API const char *newsclean_article_quote_text(const newsclean_article *a, size_t i);
/** Speaker of quotation 'i' as named in the text, or NULL when the text does not say. */
NEWSCLEAN_API const char *newsclean_article_quote_speaker(const newsclean_article *a, size_t i);
/** The verb that attributes quotation 'i' ("said", "sagte"), or NULL. */
NEWSCLEAN_API const char *newsclean_article_quote_cue(const newsclean_article *a, size_t i);
/** Byte offset of quotation 'i' (its text, marks excluded) in the body, and its length.
 *  Returns NEWSCLEAN_ERR_INVALID_ARG if 'i' is out of range. */
NEWSCLEAN_API newsclean_status newsclean_article_quote_span(const newsclean_article *a, size_t i,
                                                            size_t *offset, size_t *length);

/** A human-readable report of every candidate block with its score and why it was kept
 *  or dropped. Available only if the extractor had NEWSCLEAN_OPT_EXPLAIN; NULL otherwise.
 *  Borrowed from the article. */
NEWSCLEAN_API const char *newsclean_article_explain(const newsclean_article *a);

/** Render flags. */
#define NEWSCLEAN_RENDER_PRETTY (1u << 0)   /* indented JSON instead of one line */
#define NEWSCLEAN_RENDER_MARKDOWN (1u << 1) /* JSON: add a "markdown" member after "body" */

/** Render the article as one JSON object as the output contract says, with 'source'
 *  as its source member (NULL, or a string that is not UTF-8, gives null). '*out' is
 *  NUL-terminated, '*out_len' (if not NULL) its length; free with newsclean_free(). */
NEWSCLEAN_API newsclean_status newsclean_article_to_json(const newsclean_article *a,
                                                         const char *source, unsigned flags,
                                                         char **out, size_t *out_len);
/** As newsclean_article_to_json(), with 'n_extra' more string members appended (keys and
 *  values as given; a NULL value gives null), e.g. a crawl record's id and date. */
NEWSCLEAN_API newsclean_status newsclean_article_to_json_ex(
    const newsclean_article *a, const char *source, const char *const *extra_keys,
    const char *const *extra_values, size_t n_extra, unsigned flags, char **out, size_t *out_len);
/** Render the article as plain text: the headline, the timestamp line if known, a blank
 *  line, then the body. Free with newsclean_free(). */
NEWSCLEAN_API newsclean_status newsclean_article_to_text(const newsclean_article *a, char **out,
                                                         size_t *out_len);
/** Render the article as CommonMark: the headline as "# …", then the kept article in
 *  reading order with its subheadings, paragraphs, lists, tables (as pipe tables), block
 *  quotes, code, emphasis, links and images, URLs made absolute. The structure comes from an
 *  extractor with NEWSCLEAN_OPT_STRUCTURE; without it, and for text dumps, paragraphs (and
 *  lines that look like list items). Free with newsclean_free(). */
NEWSCLEAN_API newsclean_status newsclean_article_to_markdown(const newsclean_article *a, char **out,
                                                             size_t *out_len);
/** The same as a safe, well-formed HTML fragment: one <article> element holding only h1-h6,
 *  p, br, ul, ol, li, blockquote, pre, code, em, strong, a href, img src alt, figure,
 *  figcaption and table elements; text and attributes escaped, and only http, https,
 *  mailto and ftp URLs. Free with newsclean_free(). */
NEWSCLEAN_API newsclean_status newsclean_article_to_html(const newsclean_article *a, char **out,
                                                         size_t *out_len);
/** Render an error record {"source":…, "error":{"code":…, "message":…}} with every
 *  article member present and null/empty, for inputs that could not be processed.
 *  Free with newsclean_free(). */
NEWSCLEAN_API newsclean_status newsclean_error_to_json(const char *source, const char *code,
                                                       const char *message, unsigned flags,
                                                       char **out, size_t *out_len);
/** As newsclean_error_to_json(), with extra string members as in _to_json_ex. */
NEWSCLEAN_API newsclean_status newsclean_error_to_json_ex(
    const char *source, const char *code, const char *message, const char *const *extra_keys,
    const char *const *extra_values, size_t n_extra, unsigned flags, char **out, size_t *out_len);

/** Release a buffer the library allocated for the caller. NULL is a no-op. */
NEWSCLEAN_API void newsclean_free(void *p);

/** The library's version at run time, e.g. "0.1.0", and packed as NEWSCLEAN_VERSION. */
NEWSCLEAN_API const char *newsclean_version_string(void);
NEWSCLEAN_API unsigned newsclean_version(void);

/* ---- Compressed and batched inputs --------------------------------------------------- */

/** True if 'len' bytes at 'head' (the start of a file, plain or gzipped) begin a WARC
 *  record, i.e. the file is a crawl dump to read with newsclean_warc_reader_new(). */
NEWSCLEAN_API int newsclean_looks_like_warc(const char *head, size_t len);
/** True if the bytes start with the gzip magic number. */
NEWSCLEAN_API int newsclean_is_gzip(const char *head, size_t len);
/** Decompress a whole gzip (or zlib) buffer, all members, into a new NUL-terminated
 *  buffer freed with newsclean_free(). NEWSCLEAN_ERR_LIMIT if the output would exceed
 *  'max_out' bytes, NEWSCLEAN_ERR_PARSE if the data is corrupt or cut short. */
NEWSCLEAN_API newsclean_status newsclean_gunzip(const char *in, size_t len, size_t max_out,
                                                char **out, size_t *out_len);

/* ---- Crawl dumps (WARC 1.0/1.1, plain or gzipped; Common Crawl WET) ------------------ */

/** Opaque streaming reader of one crawl dump; memory stays flat whatever its size. */
typedef struct newsclean_warc_reader newsclean_warc_reader;
/** Opaque record handed out by the reader, owned by the caller. */
typedef struct newsclean_warc_record newsclean_warc_record;

/** Where the reader gets bytes: fill 'buf' with up to 'cap' bytes and return how many;
 *  0 means end of input. Return (size_t)-1 on a read error. */
typedef size_t (*newsclean_read_fn)(void *ctx, char *buf, size_t cap);

/** What a record's payload is, for the caller's choice of extraction. */
typedef enum {
    NEWSCLEAN_PAYLOAD_HTML = 0, /* extract as HTML */
    NEWSCLEAN_PAYLOAD_TEXT,     /* extract as a text dump (WET conversion, text/plain) */
    NEWSCLEAN_PAYLOAD_SKIP,     /* request, metadata, revisit, warcinfo, non-text payload */
    NEWSCLEAN_PAYLOAD_ERROR     /* truncated or corrupt record, or a payload whose
                                   Content-Encoding cannot be undone: see
                                   newsclean_warc_record_error() */
} newsclean_payload_kind;

/** Create a reader over 'read'/'ctx' (gzip is detected from the first bytes).
 *  NULL if out of memory. The reader does not own 'ctx'. */
NEWSCLEAN_API newsclean_warc_reader *newsclean_warc_reader_new(newsclean_read_fn read, void *ctx);
/** Free a reader. NULL is a no-op. */
NEWSCLEAN_API void newsclean_warc_reader_free(newsclean_warc_reader *r);
/** Read the next record. NEWSCLEAN_OK with '*rec' set: a record (maybe of kind ERROR, after
 *  which reading resumes at the next record). NEWSCLEAN_OK with '*rec' NULL: end of input.
 *  Another status: reading cannot go on (NEWSCLEAN_ERR_IO, NEWSCLEAN_ERR_NOMEM). */
NEWSCLEAN_API newsclean_status newsclean_warc_next(newsclean_warc_reader *r,
                                                   newsclean_warc_record **rec);
/** Records seen so far, and those skipped (not HTML or text), for progress lines. */
NEWSCLEAN_API size_t newsclean_warc_reader_records(const newsclean_warc_reader *r);
NEWSCLEAN_API size_t newsclean_warc_reader_skipped(const newsclean_warc_reader *r);
/** Compressed or raw input bytes consumed so far. */
NEWSCLEAN_API unsigned long long newsclean_warc_reader_bytes(const newsclean_warc_reader *r);

/** Free a record. NULL is a no-op. */
NEWSCLEAN_API void newsclean_warc_record_free(newsclean_warc_record *rec);
NEWSCLEAN_API newsclean_payload_kind newsclean_warc_record_kind(const newsclean_warc_record *rec);
/** WARC-Type ("response", "resource", "conversion", ...). Never NULL ("" if absent). */
NEWSCLEAN_API const char *newsclean_warc_record_type(const newsclean_warc_record *rec);
/** WARC-Target-URI without angle brackets, or NULL. */
NEWSCLEAN_API const char *newsclean_warc_record_target_uri(const newsclean_warc_record *rec);
/** WARC-Record-ID as written ("<urn:uuid:…>"), or NULL. */
NEWSCLEAN_API const char *newsclean_warc_record_id(const newsclean_warc_record *rec);
/** WARC-Date as written, or NULL. */
NEWSCLEAN_API const char *newsclean_warc_record_date(const newsclean_warc_record *rec);
/** Charset from the HTTP Content-Type (for resource and conversion records, from the
 *  WARC Content-Type, which describes their payload), as written; NULL if none. */
NEWSCLEAN_API const char *newsclean_warc_record_charset(const newsclean_warc_record *rec);
/** HTTP status code of a response record (200, 404, ...); 0 if it has no HTTP envelope.
 *  Responses outside 200-299 are kind SKIP: a redirect or error page is not the page. */
NEWSCLEAN_API int newsclean_warc_record_http_status(const newsclean_warc_record *rec);
/** The payload with HTTP headers, chunking and content encoding (gzip, deflate, br, zstd)
 *  removed; borrowed, and
 *  NUL-terminated after '*len' bytes (it may contain NULs). "" for kind ERROR. For records
 *  that are not HTTP responses it is the whole record block. */
NEWSCLEAN_API const char *newsclean_warc_record_payload(const newsclean_warc_record *rec,
                                                        size_t *len);
/** For kind ERROR: a human sentence; NULL otherwise. */
NEWSCLEAN_API const char *newsclean_warc_record_error(const newsclean_warc_record *rec);

#ifdef __cplusplus
}
#endif

#endif /* NEWSCLEAN_H */
