/* outdir.c: --output-dir, one output file per input, put in place only when complete,
 * with a .done.json summary beside it; inputs already done are skipped. */
#define _GNU_SOURCE /* fopencookie: glibc and musl */
#include "outdir.h"

#include "names.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

/* Where the records of the current input go: a temporary file, through gzip when
 * compressing. The batch writer sees a plain FILE (fopencookie), so records reach every
 * kind of output through one path; the first failed write keeps its errno here. */
typedef struct {
    int fd;
    gzFile gz;
    int error;
} sink;

struct outdir {
    char *dir;
    bool compress;
    bool force;
    mode_t mode;        /* of new outputs: what a plain open would give */
    size_t created_len; /* outdir_new created 'dir' from this prefix on; 0 if none */
    size_t skipped;     /* inputs done by an earlier run */
    size_t busy;        /* inputs another process was writing */
    /* the input in progress */
    const char *input;
    char *final;
    char *tmp;
    char *name; /* NAME.jsonl or NAME.jsonl.gz, as .done.json names it */
    char *done;
    bool locked; /* 'tmp' is .NAME.jsonl.part, made by this process, under its lock */
    FILE *stream;
    sink sink;
    double started;
};

/* The temporary file in progress, for the signal handler to remove: a task that Slurm
 * cancels or times out gets SIGTERM, and leaves nothing but complete outputs behind. */
static char pending_tmp[4096];
static volatile sig_atomic_t tmp_pending;

static void
on_signal(int sig)
{
    if (tmp_pending)
        unlink(pending_tmp);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void
catch_signals(void)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction old, sa;
        if (sigaction(sigs[i], NULL, &old) != 0 || old.sa_handler == SIG_IGN)
            continue;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, NULL);
    }
}

static void
set_pending(const char *path)
{
    tmp_pending = 0;
    if (path && strlen(path) < sizeof pending_tmp) {
        strcpy(pending_tmp, path);
        tmp_pending = 1;
    }
}

double
outdir_now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The concatenation of up to four strings (NULL ends them early) in a new string; NULL if
 * out of memory. */
static char *
concat(const char *a, const char *b, const char *c, const char *d)
{
    const char *parts[] = {a, b, c, d};
    size_t len = 0, n = 0;
    for (; n < 4 && parts[n]; n++)
        len += strlen(parts[n]);
    char *s = malloc(len + 1), *w = s;
    if (!s)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        size_t k = strlen(parts[i]);
        memcpy(w, parts[i], k);
        w += k;
    }
    *w = '\0';
    return s;
}

/* The last component of 'path', trailing slashes left out: [*start, *start + *len). */
static void
base_name(const char *path, const char **start, size_t *len)
{
    size_t end = strlen(path);
    while (end > 1 && path[end - 1] == '/')
        end--;
    size_t begin = end;
    while (begin > 0 && path[begin - 1] != '/')
        begin--;
    *start = path + begin;
    *len = end - begin;
}

/* Why 'input' cannot name an output, or NULL if it can. */
static const char *
unnameable(const char *input)
{
    const char *s;
    size_t n;
    if (strcmp(input, "-") == 0)
        return "standard input has no name to write its output under";
    base_name(input, &s, &n);
    if (n == 0 || (n == 1 && s[0] == '/') || (n == 1 && s[0] == '.') ||
        (n == 2 && s[0] == '.' && s[1] == '.'))
        return "its output would have no name; give the directory by its name";
    return NULL;
}

typedef struct {
    const char *name;
    size_t len;
    size_t index;
} name_at;

static int
compare_named(const void *x, const void *y)
{
    const name_at *a = x, *b = y;
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->name, b->name, n);
    if (c == 0)
        c = a->len < b->len ? -1 : a->len > b->len;
    if (c == 0)
        c = a->index < b->index ? -1 : a->index > b->index;
    return c;
}

bool
outdir_names_ok(char *const *inputs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *why = unnameable(inputs[i]);
        if (why) {
            fprintf(stderr, "newsclean: --output-dir: cannot take '%s': %s\n", inputs[i], why);
            return false;
        }
    }
    if (n < 2)
        return true;
    name_at *v = malloc(n * sizeof *v);
    if (!v) {
        fprintf(stderr, "newsclean: out of memory\n");
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        base_name(inputs[i], &v[i].name, &v[i].len);
        v[i].index = i;
    }
    /* Sorted by name, then by position: a clash is two neighbours, reported in list order. */
    qsort(v, n, sizeof *v, compare_named);
    bool ok = true;
    for (size_t i = 1; i < n && ok; i++) {
        if (v[i].len != v[i - 1].len || memcmp(v[i].name, v[i - 1].name, v[i].len) != 0)
            continue;
        const char *first = inputs[v[i - 1].index], *second = inputs[v[i].index];
        if (strcmp(first, second) == 0)
            fprintf(stderr, "newsclean: --output-dir: '%s' is listed twice; list it once\n", first);
        else
            fprintf(stderr,
                    "newsclean: --output-dir: '%s' and '%s' would both write '%.*s.jsonl'; "
                    "outputs are named after the input file alone, so give the inputs of one "
                    "folder an --output-dir of their own, or rename one of them\n",
                    first, second, (int)v[i].len, v[i].name);
        ok = false;
    }
    free(v);
    return ok;
}

/* mkdir -p, remembering where the directories it made begin. */
static bool
make_dirs(outdir *d)
{
    char *p = d->dir;
    for (char *s = p + 1;; s++) {
        if (*s != '/' && *s != '\0')
            continue;
        char c = *s;
        *s = '\0';
        if (mkdir(p, 0777) == 0) {
            if (!d->created_len)
                d->created_len = strlen(p);
        } else if (errno != EEXIST) {
            *s = c;
            return false;
        }
        *s = c;
        if (c == '\0' || s[1] == '\0')
            break;
    }
    struct stat st;
    if (stat(p, &st) != 0)
        return false;
    if (!S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return false;
    }
    return true;
}

outdir *
outdir_new(const char *dir, bool compress, bool force)
{
    outdir *d = calloc(1, sizeof *d);
    if (!d || !(d->dir = strdup(dir))) {
        fprintf(stderr, "newsclean: out of memory\n");
        free(d);
        return NULL;
    }
    size_t len = strlen(d->dir);
    while (len > 1 && d->dir[len - 1] == '/')
        d->dir[--len] = '\0';
    d->compress = compress;
    d->force = force;
    mode_t mask = umask(0);
    umask(mask);
    d->mode = 0666 & ~mask;
    if (!make_dirs(d)) {
        fprintf(stderr, "newsclean: --output-dir '%s': %s\n", dir, strerror(errno));
        outdir_discard(d);
        free(d->dir);
        free(d);
        return NULL;
    }
    catch_signals();
    return d;
}

void
outdir_discard(outdir *d)
{
    if (!d->created_len)
        return;
    /* From the deepest directory up to the first one this run made. */
    for (size_t len = strlen(d->dir); len >= d->created_len;) {
        d->dir[len] = '\0';
        if (rmdir(d->dir) != 0)
            break;
        while (len > 0 && d->dir[len - 1] != '/')
            len--;
        while (len > 0 && d->dir[len - 1] == '/')
            len--;
        if (len == 0)
            break;
    }
    d->created_len = 0;
}

static bool
is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static ssize_t
sink_write(void *cookie, const char *buf, size_t n)
{
    sink *s = cookie;
    size_t done = 0;
    while (done < n && !s->error) {
        if (s->gz) {
            /* gzwrite takes an unsigned count and returns an int. */
            unsigned chunk = n - done > (1u << 30) ? 1u << 30 : (unsigned)(n - done);
            int w = gzwrite(s->gz, buf + done, chunk);
            if (w <= 0) {
                int zerr = Z_OK;
                gzerror(s->gz, &zerr);
                s->error = zerr == Z_ERRNO && errno ? errno : EIO;
            } else {
                done += (size_t)w;
            }
        } else {
            ssize_t w = write(s->fd, buf + done, n - done);
            if (w < 0 && errno != EINTR)
                s->error = errno;
            else if (w > 0)
                done += (size_t)w;
        }
    }
    if (s->error) {
        errno = s->error;
        return 0; /* stdio's cookie convention for an error */
    }
    return (ssize_t)n;
}

static void
clear_current(outdir *d)
{
    free(d->final);
    free(d->tmp);
    free(d->name);
    free(d->done);
    d->final = d->tmp = d->name = d->done = NULL;
    d->stream = NULL;
    d->input = NULL;
    d->locked = false;
    memset(&d->sink, 0, sizeof d->sink);
    d->sink.fd = -1;
}

static bool
is_done(const outdir *d)
{
    /* An empty summary is what a machine that crashed right after writing it may leave:
     * the output itself was synced before its rename, but the summary was not. */
    struct stat st;
    return !d->force && is_file(d->final) && stat(d->done, &st) == 0 && S_ISREG(st.st_mode) &&
           st.st_size > 0;
}

/* True if 'path' names the file open as 'fd'. */
static bool
names_file(const char *path, int fd)
{
    struct stat open_st, path_st;
    return fstat(fd, &open_st) == 0 && stat(path, &path_st) == 0 &&
           open_st.st_dev == path_st.st_dev && open_st.st_ino == path_st.st_ino;
}

/* A temporary file of a name of its own, for file systems without locks. */
static int
open_unique(outdir *d)
{
    char *unique = concat(d->dir, "/.", d->name, ".XXXXXX");
    if (!unique) {
        errno = ENOMEM;
        return -1;
    }
    free(d->tmp);
    d->tmp = unique;
    int fd = mkostemp(d->tmp, O_CLOEXEC);
    if (fd >= 0)
        fchmod(fd, d->mode);
    return fd;
}

/* Open the temporary file of the current input. The usual one is .NAME.jsonl.part, made
 * afresh and held with an exclusive lock until it is renamed. A .part whose lock can be
 * had was left by a process that died: it is removed and made anew (never written over,
 * so that a writer that did not see the lock can never mix its bytes into ours). One whose
 * lock cannot be had is being written by a live process (an array resubmitted while its
 * first tasks still run), and the input is left to it. Where the file system has no
 * locks, a temporary file of a name of its own is the safe choice instead.
 * Returns the descriptor, -1 on error (errno set), -2 when busy, -3 when done meanwhile. */
static int
open_temporary(outdir *d)
{
    for (int attempt = 0; attempt < 8; attempt++) {
        int fd = open(d->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, d->mode);
        bool fresh = fd >= 0;
        if (!fresh && errno != EEXIST)
            return -1;
        if (!fresh && (fd = open(d->tmp, O_WRONLY | O_CLOEXEC)) < 0) {
            if (errno == ENOENT)
                continue; /* renamed or removed meanwhile */
            return -1;
        }
        if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
            int e = errno;
            close(fd);
            if (e == EWOULDBLOCK || e == EINTR)
                return -2;
            if (fresh)
                unlink(d->tmp);
            return open_unique(d); /* no locks here (ENOLCK, EOPNOTSUPP...) */
        }
        if (!names_file(d->tmp, fd)) {
            close(fd); /* renamed, or removed and made anew, before the lock was had */
            continue;
        }
        if (!fresh) {
            unlink(d->tmp); /* its writer died: start afresh */
            close(fd);
            continue;
        }
        if (is_done(d)) {
            unlink(d->tmp);
            close(fd);
            return -3;
        }
        d->locked = true;
        fchmod(fd, d->mode);
        return fd;
    }
    return -2;
}

outdir_step
outdir_begin(outdir *d, const char *input, FILE **out)
{
    const char *s;
    size_t n;
    base_name(input, &s, &n);
    char *base = strndup(s, n);
    const char *ext = d->compress ? ".jsonl.gz" : ".jsonl";
    clear_current(d);
    d->input = input;
    if (base) {
        d->name = concat(base, ext, NULL, NULL);
        d->final = concat(d->dir, "/", d->name, NULL);
        d->done = concat(d->dir, "/", base, ".done.json");
        d->tmp = concat(d->dir, "/.", d->name, ".part");
    }
    free(base);
    if (!d->name || !d->final || !d->done || !d->tmp) {
        fprintf(stderr, "newsclean: out of memory\n");
        clear_current(d);
        return OUTDIR_FAILED;
    }
    if (is_done(d)) {
        d->skipped++;
        clear_current(d);
        return OUTDIR_SKIP;
    }
    int fd = open_temporary(d);
    if (fd == -2 || fd == -3) {
        if (fd == -2)
            fprintf(stderr, "newsclean: %s: another process is writing '%s'; left to it\n", input,
                    d->final);
        d->skipped += fd == -3;
        d->busy += fd == -2;
        clear_current(d);
        return OUTDIR_SKIP;
    }
    if (fd < 0) {
        fprintf(stderr, "newsclean: cannot write '%s': %s\n", d->final, strerror(errno));
        clear_current(d);
        return OUTDIR_FAILED;
    }
    set_pending(d->tmp);
    d->sink.fd = fd;
    int gz_fd = -1;
    if (d->compress) {
        gz_fd = dup(fd);
        d->sink.gz = gz_fd >= 0 ? gzdopen(gz_fd, "wb") : NULL;
    }
    cookie_io_functions_t io = {.write = sink_write};
    if (!d->compress || d->sink.gz)
        d->stream = fopencookie(&d->sink, "w", io);
    if (!d->stream) {
        int e = errno ? errno : ENOMEM;
        if (d->sink.gz)
            gzclose(d->sink.gz);
        else if (gz_fd >= 0)
            close(gz_fd);
        unlink(d->tmp);
        close(fd);
        set_pending(NULL);
        fprintf(stderr, "newsclean: cannot write '%s': %s\n", d->final, strerror(e));
        clear_current(d);
        return OUTDIR_FAILED;
    }
    setvbuf(d->stream, NULL, _IOFBF, 1 << 16);
    d->started = outdir_now_seconds();
    *out = d->stream;
    return OUTDIR_WRITE;
}

/* Write DIR/NAME.done.json through a temporary file of a name of its own. */
static int
write_done(outdir *d, const outdir_counts *c, double seconds)
{
    const char *done_name = strrchr(d->done, '/') + 1;
    char *tmp = concat(d->dir, "/.", done_name, ".XXXXXX");
    if (!tmp)
        return ENOMEM;
    int e = 0;
    int fd = mkostemp(tmp, O_CLOEXEC);
    if (fd < 0) {
        e = errno;
        free(tmp);
        return e;
    }
    set_pending(tmp);
    fchmod(fd, d->mode);
    FILE *f = fdopen(fd, "w");
    if (!f) {
        e = errno;
        close(fd);
    } else {
        fputs("{\"input\":", f);
        names_write_json(f, d->input);
        fputs(",\"output\":", f);
        names_write_json(f, d->name);
        fprintf(f,
                ",\"records\":%zu,\"errors\":%zu,\"skipped\":%zu,\"bytes\":%llu,"
                "\"seconds\":%.3f}\n",
                c->records, c->errors, c->skipped, c->bytes, seconds);
        if (fflush(f) != 0 || ferror(f))
            e = errno ? errno : EIO;
        if (fclose(f) != 0 && !e)
            e = errno;
    }
    if (!e && rename(tmp, d->done) != 0)
        e = errno;
    if (e)
        unlink(tmp);
    set_pending(NULL);
    free(tmp);
    return e;
}

bool
outdir_end(outdir *d, const outdir_counts *c, bool complete)
{
    if (!d->stream)
        return false;
    int e = 0;
    errno = 0;
    if (fclose(d->stream) != 0)
        e = d->sink.error ? d->sink.error : errno ? errno : EIO;
    if (d->sink.gz) {
        int z = gzclose(d->sink.gz);
        if (z != Z_OK && !e)
            e = z == Z_ERRNO && errno ? errno : EIO;
    }
    if (!e && d->sink.error)
        e = d->sink.error;
    /* On the disk before it has its name, so that even a crash of the machine never leaves
     * a partial output under the final name. The summary and the renames are not synced:
     * losing them costs the input being done again (an empty summary counts as none). */
    if (complete && !e && fsync(d->sink.fd) != 0)
        e = errno;
    bool replaced = complete && !e && d->locked && !names_file(d->tmp, d->sink.fd);
    if (replaced)
        fprintf(stderr,
                "newsclean: %s: another process took over '%s' (are locks on this file "
                "system seen from one machine only?); its output is left to it\n",
                d->input, d->tmp);
    if (complete && !e && !replaced && rename(d->tmp, d->final) != 0)
        e = errno;
    if (!complete && !e)
        e = EIO; /* the caller saw a write fail */
    if (e)
        unlink(d->tmp);
    if (replaced) {
        set_pending(NULL);
        close(d->sink.fd);
        clear_current(d);
        return false;
    }
    const char *failed = e ? d->final : NULL;
    if (!e) {
        e = write_done(d, c, outdir_now_seconds() - d->started);
        failed = e ? d->done : NULL;
    }
    set_pending(NULL);
    close(d->sink.fd); /* lets go of the lock */
    if (failed)
        fprintf(stderr, "newsclean: cannot write '%s': %s\n", failed, strerror(e));
    clear_current(d);
    return !e;
}

void
outdir_close(outdir *d)
{
    if (!d)
        return;
    if (d->skipped)
        fprintf(stderr,
                "newsclean: %zu input%s already done in '%s', skipped (--force redoes them)\n",
                d->skipped, d->skipped == 1 ? "" : "s", d->dir);
    clear_current(d);
    free(d->dir);
    free(d);
}
