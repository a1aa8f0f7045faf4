"""Finding libnewsclean and declaring every C function the binding calls.

Each function gets its argtypes and restype here, once: a missed restype makes ctypes
truncate a pointer to an int, which is how hand-written bindings crash.
"""

import ctypes
import os
import shutil
import subprocess
import sys
import sysconfig
import threading

# The shared library's SONAME: the ABI these declarations were written for. It changes
# with every release that breaks the ABI (in 0.x the minor version, from 1.0 the major),
# and so must this, together with the declarations below.
SONAME = "libnewsclean.so.0.2"

# newsclean_status values (include/newsclean.h).
OK = 0

# newsclean_input_kind values.
INPUT_AUTO, INPUT_HTML, INPUT_TEXT = 0, 1, 2


class Input(ctypes.Structure):
    """newsclean_input: what the caller knows about one input."""
    _fields_ = [("kind", ctypes.c_int), ("charset", ctypes.c_char_p), ("url", ctypes.c_char_p)]


# newsclean_limit values.
LIMIT_INPUT_BYTES, LIMIT_DEPTH = 0, 1

# Extractor option bits.
OPT_NO_QUOTES = 1 << 2
OPT_EXPLAIN = 1 << 3

# newsclean_payload_kind values.
PAYLOAD_HTML, PAYLOAD_TEXT, PAYLOAD_SKIP, PAYLOAD_ERROR = 0, 1, 2, 3

# size_t newsclean_read_fn(void *ctx, char *buf, size_t cap)
READ_FN = ctypes.CFUNCTYPE(ctypes.c_size_t, ctypes.c_void_p, ctypes.POINTER(ctypes.c_char),
                           ctypes.c_size_t)
READ_ERROR = ctypes.c_size_t(-1).value

_P = ctypes.c_void_p
_S = ctypes.c_char_p
_SIZE = ctypes.c_size_t
_INT = ctypes.c_int

_PROTOTYPES = {
    "newsclean_status_code": (_S, [_INT]),
    "newsclean_status_str": (_S, [_INT]),
    "newsclean_version_string": (_S, []),
    "newsclean_version": (ctypes.c_uint, []),
    "newsclean_extractor_new": (_P, [ctypes.c_uint]),
    "newsclean_extractor_free": (None, [_P]),
    "newsclean_extractor_set_limit": (_INT, [_P, _INT, _SIZE]),
    "newsclean_extract_ex": (_INT, [_P, _P, _SIZE, ctypes.POINTER(Input), ctypes.POINTER(_P)]),
    "newsclean_article_free": (None, [_P]),
    "newsclean_article_headline": (_S, [_P]),
    "newsclean_article_timestamp": (_S, [_P]),
    "newsclean_article_modified": (_S, [_P]),
    "newsclean_article_byline": (_S, [_P]),
    "newsclean_article_site": (_S, [_P]),
    "newsclean_article_language": (_S, [_P]),
    "newsclean_article_url": (_S, [_P]),
    "newsclean_article_description": (_S, [_P]),
    "newsclean_article_kind": (_S, [_P]),
    "newsclean_article_image": (_S, [_P]),
    "newsclean_article_body": (_S, [_P]),
    "newsclean_article_explain": (_S, [_P]),
    "newsclean_article_quote_count": (_SIZE, [_P]),
    "newsclean_article_quote_text": (_S, [_P, _SIZE]),
    "newsclean_article_quote_speaker": (_S, [_P, _SIZE]),
    "newsclean_article_quote_cue": (_S, [_P, _SIZE]),
    "newsclean_article_quote_span": (_INT, [_P, _SIZE, ctypes.POINTER(_SIZE),
                                            ctypes.POINTER(_SIZE)]),
    "newsclean_warc_reader_new": (_P, [READ_FN, _P]),
    "newsclean_warc_reader_free": (None, [_P]),
    "newsclean_warc_next": (_INT, [_P, ctypes.POINTER(_P)]),
    "newsclean_warc_record_free": (None, [_P]),
    "newsclean_warc_record_kind": (_INT, [_P]),
    "newsclean_warc_record_target_uri": (_S, [_P]),
    "newsclean_warc_record_id": (_S, [_P]),
    "newsclean_warc_record_date": (_S, [_P]),
    "newsclean_warc_record_charset": (_S, [_P]),
    "newsclean_warc_record_payload": (_P, [_P, ctypes.POINTER(_SIZE)]),
    "newsclean_warc_record_error": (_S, [_P]),
}


def _pkg_config_libdir():
    if not shutil.which("pkg-config"):
        return None
    try:
        out = subprocess.run(["pkg-config", "--variable=libdir", "libnewsclean"],
                             capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else None


def _candidates():
    """Where an installed libnewsclean may be, in the order tried."""
    # The prefix pkg-config names (PKG_CONFIG_PATH included): the library a C program
    # built with pkg-config links.
    libdir = _pkg_config_libdir()
    if libdir:
        yield os.path.join(libdir, SONAME)
    # The dynamic loader's own search: LD_LIBRARY_PATH, the ldconfig cache, /usr/lib.
    yield SONAME
    # Install prefixes: this Python's, then CMake's default and the system's, in case
    # ldconfig has not been run since 'cmake --install'.
    multiarch = sysconfig.get_config_var("MULTIARCH")
    for prefix in dict.fromkeys([sys.prefix, sys.base_prefix, "/usr/local", "/usr"]):
        for sub in ["lib", "lib64"] + ([os.path.join("lib", multiarch)] if multiarch else []):
            yield os.path.join(prefix, sub, SONAME)


def _declare(lib):
    for name, (restype, argtypes) in _PROTOTYPES.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes
    return lib


def _check_version(lib):
    """Refuse a library of another ABI, e.g. an older libnewsclean.so on the path."""
    want = SONAME.split(".so.", 1)[1].split(".")
    packed = lib.newsclean_version()
    have = [str(packed >> 16), str((packed >> 8) & 0xFF)][:len(want)]
    if have != want:
        global _lib
        _lib = None
        raise OSError("libnewsclean %s found, but this binding needs %s"
                      % (lib.newsclean_version_string().decode(), SONAME))


_lock = threading.Lock()
_lib = None


def library():
    """The loaded library, with every function declared. Raises OSError if not found."""
    global _lib
    with _lock:
        if _lib is None:
            explicit = os.environ.get("NEWSCLEAN_LIBRARY")
            # An explicit choice is the only one tried: falling back would hide a mistake.
            tried = [explicit] if explicit else list(_candidates())
            errors = []
            for path in tried:
                if os.sep in path and not os.path.exists(path):
                    continue
                try:
                    _lib = _declare(ctypes.CDLL(path))
                    break
                except OSError as e:
                    errors.append(str(e))
            if _lib is not None:
                _check_version(_lib)
            else:
                raise OSError(
                    "libnewsclean (%s) not found: install it with 'cmake --install', or set "
                    "NEWSCLEAN_LIBRARY to its path%s" % (SONAME, "; " + "; ".join(errors)
                                                         if errors else ""))
        return _lib
