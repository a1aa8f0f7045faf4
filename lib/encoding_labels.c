/* encoding_labels.c: the WHATWG Encoding Standard's table of labels (section 4.2), each
 * mapped to the name glibc's iconv knows the encoding by. */
#include "encoding_labels.h"

#include <stdlib.h>
#include <string.h>

/* iconv names of the standard's encodings. Where the standard decodes a label as a
 * superset of what the name says (Big5 with HKSCS, Shift_JIS as Windows-31J, EUC-KR as
 * Windows-949, GBK with the GB18030 decoder, ISO-8859-8-I as ISO-8859-8), the superset is
 * named, so every byte a browser reads is read here too. */
#define UTF8 "UTF-8"
#define GB18030 "GB18030"
#define BIG5 "BIG5-HKSCS"
#define SJIS "WINDOWS-31J"
#define EUCKR "CP949"

typedef struct {
    const char *label;
    const char *iconv;
} label_entry;

/* Sorted by label (strcmp order) for bsearch. The labels of the standard's "replacement"
 * encoding (ISO-2022-KR, ISO-2022-CN, HZ) make a browser show one U+FFFD for the whole
 * page, which guards its scripts against escape sequences; an extractor runs no scripts,
 * so those labels are read as the encodings they name where iconv has them (not
 * "hz-gb-2312", nor "replacement" itself, which are left out: detection decides). The
 * x-user-defined label maps bytes to private-use characters that carry no text; it is read
 * as windows-1252, as HTML's <meta> prescan reads it. */
static const label_entry labels[] = {
    {"866", "IBM866"},
    {"ansi_x3.4-1968", "WINDOWS-1252"},
    {"arabic", "ISO-8859-6"},
    {"ascii", "WINDOWS-1252"},
    {"asmo-708", "ISO-8859-6"},
    {"big5", BIG5},
    {"big5-hkscs", BIG5},
    {"chinese", GB18030},
    {"cn-big5", BIG5},
    {"cp1250", "WINDOWS-1250"},
    {"cp1251", "WINDOWS-1251"},
    {"cp1252", "WINDOWS-1252"},
    {"cp1253", "WINDOWS-1253"},
    {"cp1254", "WINDOWS-1254"},
    {"cp1255", "WINDOWS-1255"},
    {"cp1256", "WINDOWS-1256"},
    {"cp1257", "WINDOWS-1257"},
    {"cp1258", "WINDOWS-1258"},
    {"cp819", "WINDOWS-1252"},
    {"cp866", "IBM866"},
    {"csbig5", BIG5},
    {"cseuckr", EUCKR},
    {"cseucpkdfmtjapanese", "EUC-JP"},
    {"csgb2312", GB18030},
    {"csibm866", "IBM866"},
    {"csiso2022jp", "ISO-2022-JP"},
    {"csiso2022kr", "ISO-2022-KR"},
    {"csiso58gb231280", GB18030},
    {"csiso88596e", "ISO-8859-6"},
    {"csiso88596i", "ISO-8859-6"},
    {"csiso88598e", "ISO-8859-8"},
    {"csiso88598i", "ISO-8859-8"},
    {"csisolatin1", "WINDOWS-1252"},
    {"csisolatin2", "ISO-8859-2"},
    {"csisolatin3", "ISO-8859-3"},
    {"csisolatin4", "ISO-8859-4"},
    {"csisolatin5", "WINDOWS-1254"},
    {"csisolatin6", "ISO-8859-10"},
    {"csisolatin9", "ISO-8859-15"},
    {"csisolatinarabic", "ISO-8859-6"},
    {"csisolatincyrillic", "ISO-8859-5"},
    {"csisolatingreek", "ISO-8859-7"},
    {"csisolatinhebrew", "ISO-8859-8"},
    {"cskoi8r", "KOI8-R"},
    {"csksc56011987", EUCKR},
    {"csmacintosh", "MACINTOSH"},
    {"csshiftjis", SJIS},
    {"csunicode", "UTF-16LE"},
    {"cyrillic", "ISO-8859-5"},
    {"dos-874", "WINDOWS-874"},
    {"ecma-114", "ISO-8859-6"},
    {"ecma-118", "ISO-8859-7"},
    {"elot_928", "ISO-8859-7"},
    {"euc-jp", "EUC-JP"},
    {"euc-kr", EUCKR},
    {"gb18030", GB18030},
    {"gb2312", GB18030},
    {"gb_2312", GB18030},
    {"gb_2312-80", GB18030},
    {"gbk", GB18030},
    {"greek", "ISO-8859-7"},
    {"greek8", "ISO-8859-7"},
    {"hebrew", "ISO-8859-8"},
    {"ibm819", "WINDOWS-1252"},
    {"ibm866", "IBM866"},
    {"iso-10646-ucs-2", "UTF-16LE"},
    {"iso-2022-cn", "ISO-2022-CN"},
    {"iso-2022-cn-ext", "ISO-2022-CN-EXT"},
    {"iso-2022-jp", "ISO-2022-JP"},
    {"iso-2022-kr", "ISO-2022-KR"},
    {"iso-8859-1", "WINDOWS-1252"},
    {"iso-8859-10", "ISO-8859-10"},
    {"iso-8859-11", "WINDOWS-874"},
    {"iso-8859-13", "ISO-8859-13"},
    {"iso-8859-14", "ISO-8859-14"},
    {"iso-8859-15", "ISO-8859-15"},
    {"iso-8859-16", "ISO-8859-16"},
    {"iso-8859-2", "ISO-8859-2"},
    {"iso-8859-3", "ISO-8859-3"},
    {"iso-8859-4", "ISO-8859-4"},
    {"iso-8859-5", "ISO-8859-5"},
    {"iso-8859-6", "ISO-8859-6"},
    {"iso-8859-6-e", "ISO-8859-6"},
    {"iso-8859-6-i", "ISO-8859-6"},
    {"iso-8859-7", "ISO-8859-7"},
    {"iso-8859-8", "ISO-8859-8"},
    {"iso-8859-8-e", "ISO-8859-8"},
    {"iso-8859-8-i", "ISO-8859-8"},
    {"iso-8859-9", "WINDOWS-1254"},
    {"iso-ir-100", "WINDOWS-1252"},
    {"iso-ir-101", "ISO-8859-2"},
    {"iso-ir-109", "ISO-8859-3"},
    {"iso-ir-110", "ISO-8859-4"},
    {"iso-ir-126", "ISO-8859-7"},
    {"iso-ir-127", "ISO-8859-6"},
    {"iso-ir-138", "ISO-8859-8"},
    {"iso-ir-144", "ISO-8859-5"},
    {"iso-ir-148", "WINDOWS-1254"},
    {"iso-ir-149", EUCKR},
    {"iso-ir-157", "ISO-8859-10"},
    {"iso-ir-58", GB18030},
    {"iso8859-1", "WINDOWS-1252"},
    {"iso8859-10", "ISO-8859-10"},
    {"iso8859-11", "WINDOWS-874"},
    {"iso8859-13", "ISO-8859-13"},
    {"iso8859-14", "ISO-8859-14"},
    {"iso8859-15", "ISO-8859-15"},
    {"iso8859-2", "ISO-8859-2"},
    {"iso8859-3", "ISO-8859-3"},
    {"iso8859-4", "ISO-8859-4"},
    {"iso8859-5", "ISO-8859-5"},
    {"iso8859-6", "ISO-8859-6"},
    {"iso8859-7", "ISO-8859-7"},
    {"iso8859-8", "ISO-8859-8"},
    {"iso8859-9", "WINDOWS-1254"},
    {"iso88591", "WINDOWS-1252"},
    {"iso885910", "ISO-8859-10"},
    {"iso885911", "WINDOWS-874"},
    {"iso885913", "ISO-8859-13"},
    {"iso885914", "ISO-8859-14"},
    {"iso885915", "ISO-8859-15"},
    {"iso88592", "ISO-8859-2"},
    {"iso88593", "ISO-8859-3"},
    {"iso88594", "ISO-8859-4"},
    {"iso88595", "ISO-8859-5"},
    {"iso88596", "ISO-8859-6"},
    {"iso88597", "ISO-8859-7"},
    {"iso88598", "ISO-8859-8"},
    {"iso88599", "WINDOWS-1254"},
    {"iso_8859-1", "WINDOWS-1252"},
    {"iso_8859-15", "ISO-8859-15"},
    {"iso_8859-1:1987", "WINDOWS-1252"},
    {"iso_8859-2", "ISO-8859-2"},
    {"iso_8859-2:1987", "ISO-8859-2"},
    {"iso_8859-3", "ISO-8859-3"},
    {"iso_8859-3:1988", "ISO-8859-3"},
    {"iso_8859-4", "ISO-8859-4"},
    {"iso_8859-4:1988", "ISO-8859-4"},
    {"iso_8859-5", "ISO-8859-5"},
    {"iso_8859-5:1988", "ISO-8859-5"},
    {"iso_8859-6", "ISO-8859-6"},
    {"iso_8859-6:1987", "ISO-8859-6"},
    {"iso_8859-7", "ISO-8859-7"},
    {"iso_8859-7:1987", "ISO-8859-7"},
    {"iso_8859-8", "ISO-8859-8"},
    {"iso_8859-8:1988", "ISO-8859-8"},
    {"iso_8859-9", "WINDOWS-1254"},
    {"iso_8859-9:1989", "WINDOWS-1254"},
    {"koi", "KOI8-R"},
    {"koi8", "KOI8-R"},
    {"koi8-r", "KOI8-R"},
    {"koi8-ru", "KOI8-U"},
    {"koi8-u", "KOI8-U"},
    {"koi8_r", "KOI8-R"},
    {"korean", EUCKR},
    {"ks_c_5601-1987", EUCKR},
    {"ks_c_5601-1989", EUCKR},
    {"ksc5601", EUCKR},
    {"ksc_5601", EUCKR},
    {"l1", "WINDOWS-1252"},
    {"l2", "ISO-8859-2"},
    {"l3", "ISO-8859-3"},
    {"l4", "ISO-8859-4"},
    {"l5", "WINDOWS-1254"},
    {"l6", "ISO-8859-10"},
    {"l9", "ISO-8859-15"},
    {"latin1", "WINDOWS-1252"},
    {"latin2", "ISO-8859-2"},
    {"latin3", "ISO-8859-3"},
    {"latin4", "ISO-8859-4"},
    {"latin5", "WINDOWS-1254"},
    {"latin6", "ISO-8859-10"},
    {"logical", "ISO-8859-8"},
    {"mac", "MACINTOSH"},
    {"macintosh", "MACINTOSH"},
    {"ms932", SJIS},
    {"ms_kanji", SJIS},
    {"shift-jis", SJIS},
    {"shift_jis", SJIS},
    {"sjis", SJIS},
    {"sun_eu_greek", "ISO-8859-7"},
    {"tis-620", "WINDOWS-874"},
    {"ucs-2", "UTF-16LE"},
    {"unicode", "UTF-16LE"},
    {"unicode-1-1-utf-8", UTF8},
    {"unicode11utf8", UTF8},
    {"unicode20utf8", UTF8},
    {"unicodefeff", "UTF-16LE"},
    {"unicodefffe", "UTF-16BE"},
    {"us-ascii", "WINDOWS-1252"},
    {"utf-16", "UTF-16LE"},
    {"utf-16be", "UTF-16BE"},
    {"utf-16le", "UTF-16LE"},
    {"utf-8", UTF8},
    {"utf8", UTF8},
    {"visual", "ISO-8859-8"},
    {"windows-1250", "WINDOWS-1250"},
    {"windows-1251", "WINDOWS-1251"},
    {"windows-1252", "WINDOWS-1252"},
    {"windows-1253", "WINDOWS-1253"},
    {"windows-1254", "WINDOWS-1254"},
    {"windows-1255", "WINDOWS-1255"},
    {"windows-1256", "WINDOWS-1256"},
    {"windows-1257", "WINDOWS-1257"},
    {"windows-1258", "WINDOWS-1258"},
    {"windows-31j", SJIS},
    {"windows-874", "WINDOWS-874"},
    {"windows-949", EUCKR},
    {"x-cp1250", "WINDOWS-1250"},
    {"x-cp1251", "WINDOWS-1251"},
    {"x-cp1252", "WINDOWS-1252"},
    {"x-cp1253", "WINDOWS-1253"},
    {"x-cp1254", "WINDOWS-1254"},
    {"x-cp1255", "WINDOWS-1255"},
    {"x-cp1256", "WINDOWS-1256"},
    {"x-cp1257", "WINDOWS-1257"},
    {"x-cp1258", "WINDOWS-1258"},
    {"x-euc-jp", "EUC-JP"},
    {"x-gbk", GB18030},
    {"x-mac-cyrillic", "MAC-CYRILLIC"},
    {"x-mac-roman", "MACINTOSH"},
    {"x-mac-ukrainian", "MAC-CYRILLIC"},
    {"x-sjis", SJIS},
    {"x-unicode20utf8", UTF8},
    {"x-user-defined", "WINDOWS-1252"},
    {"x-x-big5", BIG5},
};

/* Longest label in the table, plus room to tell a longer one from it. */
#define MAX_LABEL 24

static int
compare(const void *key, const void *entry)
{
    return strcmp(key, ((const label_entry *)entry)->label);
}

static int
is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

const char *
newsclean_encoding_for_label(const char *label, size_t n)
{
    while (n > 0 && is_ascii_space(*label)) {
        label++;
        n--;
    }
    while (n > 0 && is_ascii_space(label[n - 1]))
        n--;
    if (n == 0 || n >= MAX_LABEL)
        return NULL;
    char key[MAX_LABEL];
    for (size_t i = 0; i < n; i++) {
        char c = label[i];
        key[i] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    key[n] = '\0';
    const label_entry *e =
        bsearch(key, labels, sizeof labels / sizeof labels[0], sizeof labels[0], compare);
    return e ? e->iconv : NULL;
}
