#!/usr/bin/env python3
"""kindtrain.py: fit the page-kind model (lib/kind_model.h) on the tune half of an
annotated corpus, and judge it on the check half.

The features are the library's own: tests/kind/kind_features (built with the tests)
prints the vector lib/kind.c computes for each page, so the model sees exactly what the
library will see. Two models are fitted, one on the pages as HTML and one on the same
pages dumped to text (as `nc-eval run --as-text` does), since a text dump carries no
markup features.

--text-dumpers fits the text model on each tune page dumped several ways (nc-eval's --dumper
names; "flat", its built-in flattener, alone by default), a page's dumps sharing one fold of
the cross-validation. The header's text model is still the flattener's: a model fitted on
real tools' dumps as well was tried and left out. The flattener prints no headings, list items
or link marks, so the flattener's model reads dumps that have them badly (lynx -nolist's
articles mostly as documentation). Cross-validated on the tune half (5 folds, annotated pages
through the flattener / lynx-nolist / w3m / html2text / lynx), the flattener's dumps alone give
0.646 / 0.296 / 0.512 / 0.441 / 0.426, and the flattener's, lynx-nolist's, w3m's and
html2text's together 0.661 / 0.672 / 0.670 / 0.682 / 0.674 (L2 0.01, balance 0.5, news weight
1, as the flattener's model; L2 0.03 0.648 / 0.644 / 0.648 / 0.689 / 0.667, L2 0.003 0.655 /
0.684 / 0.674 / 0.682 / 0.680 with fewer news pages kept as articles, balance 1 0.650 / 0.670
/ 0.663 / 0.667 / 0.672, balance 0 0.644 / 0.629 / 0.644 / 0.687 / 0.663, news weight 1.5
0.633 / 0.646 / 0.652 / 0.674 / 0.667; lynx, pandoc and Markdown dumps added, 0.642 / 0.661 /
0.661 / 0.691 / 0.708; the first 105 features only, 0.659 / 0.663 / 0.674 / 0.689 / 0.672;
the flattener's dumps weighted twice, the tune half's own fit through the flattener 0.687
against 0.684).
Fitted so on all 129 features, wcxb kind_acc on the check half went 0.211 -> 0.700 through
lynx-nolist, 0.590 -> 0.694 through w3m and 0.504 -> 0.694 through html2text, but 0.703 ->
0.673 through the flattener (tune 0.706 -> 0.684: the header's model, fitted on an earlier
tree's vectors, scores above any refit's cross-validation). A dump's kind also sets its body
where the text path keeps nothing (lib/kind_body.c, newsclean_kind_body_dump: a page of
another kind keeps its readable lines), so kinds moved bodies too: wcxb through html2text
0.779 -> 0.780 (listing 0.437 -> 0.487), snippets through html2text 0.889 -> 0.898, but
readability's check half lost 0.007-0.008 through w3m, html2text, lynx and Markdown (w3m 0.880
-> 0.872), under their floors: pages read as articles where nothing was kept lose the lines
that reading them as another kind gave them.

--tool-dumpers fits a fourth model, the tool model, on each tune page dumped by real tools
alone; lib/kind.c reads a dump by it when the unwrapping stage found the dump wrapped at a
width or lynx's link numbers in it (lib/textdump_unwrap.c), and any other dump, the
flattener's among them, by the text model, which --text-from keeps. A dump's body still goes
by the text model's kind (newsclean_kind_decide_widening), so the tool model moves kinds and
not bodies. The header's tool model is fitted on the dumps of lynx-nolist, w3m, html2text and
lynx (a page's four dumps in one fold), all 129 features, 200 iterations, with the settings a
grid chose by 5-fold cross-validation on the tune half alone (annotated pages, mean over the
four tools): L2 0.003, balance 0.5, news weight 1 gives lynx-nolist / w3m / html2text / lynx
0.676 / 0.663 / 0.676 / 0.691 (L2 0.001 0.678 / 0.672 / 0.672 / 0.684, 0.01 0.670 / 0.665 /
0.674 / 0.684, 0.03 0.652 / 0.661 / 0.678 / 0.684, 0.1 0.610 / 0.616 / 0.652 / 0.655;
balance 0 or 1 lower at every L2; news weight 0.5 0.682-0.689 on the annotated pages but
0.86-0.90 of news pages kept as articles against 0.90-0.92, 1.5 lower; lynx-nolist, w3m and
html2text alone 0.665 / 0.663 / 0.684 / 0.678). The flattener's model reads the same tune
dumps 0.252 / 0.567 / 0.480 / 0.484 (fitted on the flattener's dumps of those pages, 0.706).
Judged once on the check half (wcxb kind_acc), the tool model took lynx-nolist 0.211 -> 0.709
(articles 0.165 -> 0.893), w3m 0.590 -> 0.686 and html2text 0.504 -> 0.672 (articles 0.975 ->
0.880, which the flattener's model read as articles nearly always); every record of the
flattener's dumps stayed as it was (0.703), and no body moved.

The model is a multinomial logistic regression on standardised features with an L2
penalty, fitted by full-batch gradient descent (Adam). Pages of the annotated set are
weighted by their kind's rarity (--balance), so the few listings and service pages weigh
against the many articles, and the news-only sets' pages by --news-weight, so news pages
stay articles. Pure Python 3, no third-party
modules. Only tune-half pages are used for fitting; --report adds 5-fold
cross-validation on the tune half and the accuracy and confusion matrix on the check half.

Other learners were tried on the same vectors and did no better in 5-fold cross-validation
of the annotated set's tune half (HTML): random forests 0.71, extra trees 0.74, gradient-
boosted trees 0.78-0.81, and a two-stage model (article or not, then the six other kinds)
at most 0.81, against 0.81-0.82 for this regression; a lower article bias traded news pages
for annotated ones without a steady gain. The regression stays.

    tools/kindtrain.py --features build/tests/kind_features [--report] [--out lib/kind_model.h]
    tools/kindtrain.py --empty --out lib/kind_model.h     # a model that always says article

--html-from and --text-from keep either model from an earlier header, padded with weight 0
for the features added since: markup features alone need no new text model.

The header also carries a widening model, which lib/kind_body.c's decision to widen a
page's body is made by: --widen-from OLD_HEADER keeps the one an earlier header had (or
its HTML model), by default from the --out header as it stands, so a refit moves kinds and
not bodies; --widen-from new lets the refit HTML model widen bodies too.

The widening model still has the 92 features of its first fit. Refit on all 123 (the link
features included) it moved bodies and lost on both halves whatever the settings: as the
HTML model (L2 0.1, balance 1, news weight 1) wcxb/listing body_f1 0.709 -> 0.695 and
readability 0.944 -> 0.939; with L2 0.03, balance 0.5 or 0, news weight 1.5, listing 0.696
/ 0.692, forum 0.785 -> 0.778, readability 0.939. On the tune half the listings it newly
widened gained and lost about evenly: widened, some kept a reference list or a consent
notice in place of their text, so lib/kind_body.c's choice of what to keep, not the model,
is what holds widened listings back. Refit again on 128 features (L2 0.1, balance 1, news
weight 1), the tune half's listing bodies fell 0.566 -> 0.535: a list of references taken for the
run of cards, a consent notice kept alone, a footer's address in place of the entries.

Features tried on the HTML model and left out, 5-fold cross-validated accuracy on the annotated
set's tune half averaged over three shuffles (0.829 with the 128 features kept), check half 0.830:
repeated short lines by shape (digits as 0), 0.830 / 0.834, and 0.657 against 0.650 for a refit
text model; the host name's labels read with the path words ("docs.", "shop."), 0.835 / 0.830.
Neither moved the check half past noise.

With the first 128 features, the HTML model is at what these pages teach it (pairs
below are cross-validated / check accuracy, the same fit as fit() here): the tune half's 5-fold
cross-validation (three shuffles) stays at 0.787-0.827 and the check half at 0.781-0.832 for L2
0.03-0.3, balance 0.5-1.5 and news weight 0.5-1.5 (L2 1 falls to 0.746 / 0.758); iterations
1000 instead of 200 change nothing. Lowering the article logit by 0.25-1.5 after the fit (most
misread pages are read as articles) never lifts the cross-validation (0.819 -> 0.817 ... 0.770)
and costs news pages (16 -> 25-95 of the news sets' tune pages no longer articles, summed over
the three shuffles). Squared or thresholded copies of the standardised features (0.819 / 0.830,
0.814 / 0.839), 15 bagged fits (check 0.832), an L1 penalty of 0.003-0.03 beside the L2
(0.778-0.819 / 0.790-0.839), the HTML and text models' probabilities mixed (0.828 at best) or
their vectors joined (0.819 / 0.828), and two URL shapes read from the annotated addresses (a
version segment such as "v2" or "latest", a locale segment such as "en-us": 0.820 / 0.826) stay
within noise. Fitted on all 128 features instead of the first 105, the text model does no
better (0.644 / 0.688 against 0.645 / 0.694). 32 of the 469 annotated tune pages name no
address of their own (no canonical or og:url; 11 of the 40 documentation pages), so their URL
and link-target features stay empty; 6 of the 43 pages one shuffle of the cross-validation
reads as articles wrongly are among them.

The 129th feature, links into a repository's source files ("/edit/", "/blob/", "/tree/" in
the path: "edit this page", "view source"), is on 21 of the annotated set's 40 tune
documentation pages and 9 of its 228 articles. With it (same settings) the cross-validation
stays at 0.896 (772 pages, one shuffle) and the check half goes 0.826 -> 0.830 against the same
refit without it (two pages, both between article and documentation; 0.828 for the header it
replaced, which was fitted on vectors of an earlier tree). Markup features tried beside it and
left out, cross-validated (one shuffle, 0.896 without) / check: links dressed as buttons (a
class naming a button, role=button), links two lists deep (a table of contents), and the
largest run of same-template boxes each holding a heading and such a button, 0.892 / 0.828, the
last alone 0.891, the nested links alone 0.896 with the same predictions; boxes nested in a box
of their own tag and class with 200+ bytes of text (threaded replies), as common on articles
(32 %) as on forums (37 %), not fitted; tel: links with <blockquote> counts, 0.895 / 0.826 (on
52 % of tune service pages and 54 % of forums, against 20 % and 14 % of articles), prototyped
alone 0.895 (tel:) and 0.896 (<blockquote>, no prediction moved). Prototyped from the raw HTML only: mean words per
h2/h3 with <iframe>/<video> counts, 0.896 (the annotated pages 0.842 -> 0.844, within a
shuffle's noise); anchors sharing a word with the h1, more common on articles than on any other
kind.

Page signals tried beside the 129 features and left out, same settings, 5-fold cross-validated
accuracy on the annotated set's tune half averaged over five shuffles (0.832 without them; on
one shuffle a feature of no use moves the figure by up to 0.008, four pages): kept pairs of a
title-like block and a blurb of 20-400 characters, as a share of kept blocks, 0.829; short
linked blocks among the kept, 0.832; list items or links among the five blocks after the h1,
0.831; no date and no byline, 0.831; none of date, byline, an Article type, og:type article or
a dated URL, 0.834; a search box (type=search, role=search) outside nav, aside, header and
footer, 0.830; those five together, 0.830; the largest group of sibling boxes of one template
that each hold two kept blocks or more, with its share of the kept text, 0.832. The share of
"we"/"our" and "you"/"your" words in the page's text (a firm addressing its customer; a few
German, French, Spanish and Italian forms, "US" and "Sie" left out) gave 0.836 (0.833 over the
kept text alone) and 29 news pages not read as articles against 31; refit with it, wcxb
kind_acc went 0.913 -> 0.915 on the tune half's fit and 0.830 -> 0.826 on the check half
(service 0.621 -> 0.638, listing 0.226 -> 0.258, but article 0.963 -> 0.955 and forum 0.872 ->
0.830), no body moving on either half.

The class words a site's theme puts on <body> were tried as two features and left out: one
entry ("single", "post", "postid", "article", "entry", "story") or, without those, a standing
page ("page", "home", "front", "landing"). On the annotated set's tune half the page words are
on 26 of 58 service pages and 22 of 228 articles, the entry words on 98 of the articles and 2
of the services. Refit with them (L2 0.1, balance 1, news weight 1), cross-validation went
0.832 -> 0.835 on the annotated pages (three shuffles), within a shuffle's noise; the tune
half's fit 0.913 -> 0.908 and the check half 0.837 -> 0.843 (service 0.621 -> 0.672, but
collection 0.714 -> 0.686 and, on the tune half, documentation 0.900 -> 0.850), no body moving.
Tried beside them, three shuffles of the annotated pages, prototyped from the raw HTML, none
past the noise: words per sentence of prose paragraphs 0.834, prose paragraphs with a link
inside 0.834, paragraphs holding a quotation 0.832 (against 0.832); with the two <body>
features (0.835), mean words of the h2-h4 headings over the headline's 0.834 (its logarithm
0.837), headings longer than the headline 0.831, a publication date in the page's metadata or
a modification date alone 0.830, index words on <body> ("archive", "category", "blog", "tag")
0.836.

On the 129 features, a grid scanned by cross-validation alone (one shuffle, tune half only)
chose the settings this header uses: L2 0.1 with balance 1, 0.896; L2 0.03 0.889, 0.05 0.891,
0.2 0.887, 0.3 0.880, 1 0.858, 3 0.767; balance 0.5 lower at every L2 (0.883 at 0.1); 100 or
400 iterations as 200. Refit so on the vectors of the tree after the inline-word spacing of
lib/dom.c, no kind_acc figure moved on either half (so the header was not regenerated). The gap
between the tune half's fit (0.913) and the check half (0.830) is not the fit's strength.

Signals tried as rules over this model's decision (a page it reads as an article turned into
another kind when the signal holds), none of which held: counted on the pages the model reads as
articles, pages turned right / turned wrong, tune half then check half. The model leaves little
to single thresholds of its own features: service when its probability is at least 0.2 and the
page has no <button>, 4/1 then 3/4; documentation when its probability is at least 0.2 and no
digit is kept, 2/0 then 3/0, but 2/3 then 4/0 at 0.15. New signals: a run of linked titles each
followed by a summary (6+ pairs: 4/76 then 1/76, news pages' teasers are such runs too); prose
spread over same-template sibling boxes, posts or cards (5+ boxes holding half the prose: 3/49
then 6/67; with the article's probability under 0.6, 3/7 then 4/10); prose inside table cells,
for forums laid out in tables (one tune page, none on check); summaries ending in an ellipsis
(no misread page has them); form inputs of phone, number, range or password type, and <select>
or radio groups (a misread service page rarely has a form: the best, a phone input, 1/11 then
1/11); and from the markup, aria-current, rel=next, breadcrumb and sidebar names, feedback
widgets, <details>, <kbd>, <aside>, Comment and DiscussionForumPosting types, post, reply,
avatar and quote class names, <article> counts, linked <h2>/<h3>, pagination, "ads" class names,
telephone and mail links and FAQ or accordion markup, each alone or with the model's probability
of the kind over 0.1-0.3: no rule that gained 2 pages on the tune half gained on the check half
too, except a schema.org BreadcrumbList with the service probability at least 0.2 (3/1 then
4/0), which turns to a loss at 0.15 (3/3 then 4/6) and is taken for chance among the many rules
counted.
"""
import argparse
import gzip
import importlib.machinery
import importlib.util
import json
import math
import operator
import os
import random
import subprocess
import sys
import tempfile

KINDS = ["article", "listing", "collection", "product", "forum", "documentation", "service"]
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def load_nc_eval(path):
    loader = importlib.machinery.SourceFileLoader("nc_eval", path)
    spec = importlib.util.spec_from_loader("nc_eval", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def read_gold(corpus, name):
    with open(os.path.join(corpus, name, "gold.jsonl"), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def features(binary, pages, text, nce, corpus, name, dumper="flat"):
    """{page id: (feature names, vector)} for pages, as HTML or as text dumped by dumper
    (nc-eval's names; "flat" is its built-in flattener). A page the tool fails on is left out."""
    tmp = tempfile.mkdtemp(prefix="kindtrain-")
    paths, ids = [], {}
    for g in pages:
        raw = nce.read_page(os.path.join(corpus, g["set"], g["file"]))
        data = raw
        if text:
            dumped = nce.dump(raw, dumper)
            if dumped is None:
                continue
            data = dumped.encode("utf-8")
        p = os.path.join(tmp, g["id"].replace("/", "__") + (".txt" if text else ".html"))
        with open(p, "wb") as fh:
            fh.write(data)
        paths.append(p)
        ids[p] = g["id"]
    out, names = {}, None
    for i in range(0, len(paths), 64):
        args = [binary] + (["--text"] if text else []) + paths[i:i + 64]
        res = subprocess.run(args, capture_output=True, check=True, text=True)
        for line in res.stdout.splitlines():
            if line.startswith("#"):
                names = line[1:].split()
                continue
            path, _kind, vec = line.split("\t")
            out[ids[path]] = [float(v) for v in vec.split()]
    for p in paths:
        os.unlink(p)
    os.rmdir(tmp)
    return names, out


def standardise(X):
    d = len(X[0])
    mean = [sum(x[j] for x in X) / len(X) for j in range(d)]
    scale = []
    for j in range(d):
        v = sum((x[j] - mean[j]) ** 2 for x in X) / len(X)
        scale.append(math.sqrt(v) if v > 1e-12 else 1.0)
    return mean, scale


def class_weights(y, own, alpha, news):
    """Per-page weights: a page of the annotated set counts (n / (K * n_kind)) ** alpha, so
    kinds with few pages (listings, services) are not drowned by articles; pages of the
    article-only sets count `news`, so news pages stay articles. Rescaled to average 1."""
    K = len(KINDS)
    cnt = [0] * K
    for t, o in zip(y, own):
        cnt[t] += o
    n_own = sum(cnt)
    w = [(n_own / (K * max(1, cnt[t]))) ** alpha if o else news for t, o in zip(y, own)]
    mean_w = sum(w) / len(w)
    return [v / mean_w for v in w]


def fit(X, y, l2, iters, seed=1, weights=None):
    """Softmax regression; returns (mean, scale, bias[K], W[K][d]) in standardised space.
    A feature constant over X keeps weight 0 and is skipped (the same result, sooner)."""
    mean, scale = standardise(X)
    n, d, K = len(X), len(X[0]), len(KINDS)
    sw = weights or [1.0] * n
    live = [j for j in range(d) if any(x[j] != X[0][j] for x in X)]
    Z = [[(x[j] - mean[j]) / scale[j] for j in live] for x in X]
    cols = [[z[i] for z in Z] for i in range(len(live))]
    Wl = [[0.0] * len(live) for _ in range(K)]
    b = [0.0] * K
    mW = [[0.0] * len(live) for _ in range(K)]
    vW = [[0.0] * len(live) for _ in range(K)]
    mb, vb = [0.0] * K, [0.0] * K
    lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    mul = operator.mul
    for t in range(1, iters + 1):
        R = [[0.0] * n for _ in range(K)]  # p - y, per class
        for i, z in enumerate(Z):
            l = [b[k] + sum(map(mul, Wl[k], z)) for k in range(K)]
            m = max(l)
            e = [math.exp(v - m) for v in l]
            s = sum(e)
            for k in range(K):
                R[k][i] = sw[i] * (e[k] / s - (1.0 if y[i] == k else 0.0))
        for k in range(K):
            gb = sum(R[k]) / n
            mb[k] = b1 * mb[k] + (1 - b1) * gb
            vb[k] = b2 * vb[k] + (1 - b2) * gb * gb
            b[k] -= lr * (mb[k] / (1 - b1 ** t)) / (math.sqrt(vb[k] / (1 - b2 ** t)) + eps)
            rk, wk, mk, vk = R[k], Wl[k], mW[k], vW[k]
            for j, col in enumerate(cols):
                g = sum(map(mul, rk, col)) / n + l2 * wk[j]
                mk[j] = b1 * mk[j] + (1 - b1) * g
                vk[j] = b2 * vk[j] + (1 - b2) * g * g
                wk[j] -= lr * (mk[j] / (1 - b1 ** t)) / (math.sqrt(vk[j] / (1 - b2 ** t)) + eps)
    W = [[0.0] * d for _ in range(K)]
    for k in range(K):
        for i, j in enumerate(live):
            W[k][j] = Wl[k][i]
    return mean, scale, b, W


def predict(model, x):
    mean, scale, b, W = model
    z = [(v - m) / s for v, m, s in zip(x, mean, scale)]
    l = [b[k] + sum(w * v for w, v in zip(W[k], z)) for k in range(len(KINDS))]
    return max(range(len(KINDS)), key=lambda k: l[k])


def confusion(model, X, y):
    M = [[0] * len(KINDS) for _ in KINDS]
    for x, t in zip(X, y):
        M[t][predict(model, x)] += 1
    return M


def print_confusion(M, out):
    acc = sum(M[k][k] for k in range(len(KINDS))) / max(1, sum(map(sum, M)))
    print("  accuracy %.3f over %d pages; rows gold, columns predicted" % (acc, sum(map(sum, M))), file=out)
    print("  %-13s " % "" + " ".join("%5s" % k[:5] for k in KINDS), file=out)
    for k, row in zip(KINDS, M):
        print("  %-13s " % k + " ".join("%5d" % v for v in row), file=out)
    return acc


def cross_validate(X, y, l2, iters, own, alpha, news, folds=5, groups=None):
    """Accuracy over X's rows, each predicted by a fit on the folds its group is not in: a
    page's several dumps share a group, so none of them is fitted on while another is tested.
    Returns (accuracy, [right or not, per row])."""
    groups = groups or list(range(len(X)))
    order = list(dict.fromkeys(groups))
    random.Random(7).shuffle(order)
    fold_of = {g: f % folds for f, g in enumerate(order)}
    right = [False] * len(X)
    for f in range(folds):
        tr = [i for i in range(len(X)) if fold_of[groups[i]] != f]
        ty = [y[i] for i in tr]
        m = fit([X[i] for i in tr], ty, l2, iters, weights=class_weights(ty, [own[i] for i in tr], alpha, news))
        for i in range(len(X)):
            if fold_of[groups[i]] == f:
                right[i] = predict(m, X[i]) == y[i]
    return sum(right) / len(X), right


def read_html_model(path, d, table="html"):
    """The HTML model of a header write_header() made (or its 'table' model: "widen" for the
    one lib/kind_body.c reads, "text" for the text model), widened to d features: a feature
    it lacks gets mean 0, scale 1 and weight 0, so it changes no decision."""
    import re
    with open(path) as fh:
        text = fh.read()
    if table == "tool" and "kind_tool_mean" not in text:
        table = "text"  # a header from before the tool model: its text model read every dump
    if table != "html" and ("kind_%s_mean" % table) not in text:
        table = "html"  # a header from before the widening model: its HTML model was it

    def arrays(name):
        body = re.search(r"kind_%s_%s\[[^=]*=\s*(\{.*?\});" % (table, name), text, re.S).group(1)
        rows = re.findall(r"\{([^{}]*)\}", body)
        return [[float(v) for v in r.replace("\n", " ").split(",") if v.strip()] for r in rows]

    mean, scale, bias = arrays("mean")[0], arrays("scale")[0], arrays("bias")[0]
    W = arrays("w")
    if len(mean) > d:
        raise SystemExit("%s has more features than lib/kind.c" % path)
    pad = d - len(mean)
    model = (mean + [0.0] * pad, scale + [1.0] * pad, bias, [row + [0.0] * pad for row in W])
    # Trailing features of weight 0 (padding of an earlier widening) count as not there.
    n = len(mean)
    while n and all(row[n - 1] == 0.0 for row in W) and mean[n - 1] == 0.0:
        n -= 1
    return model, n


def c_array(vals):
    return "{" + ", ".join("%.9g" % v for v in vals) + "}"


def write_header(path, names, models, note):
    d = len(names)
    lines = ["/* kind_model.h: GENERATED by tools/kindtrain.py; do not edit by hand.",
             " * " + note,
             " * %d features in lib/kind.c's order, standardised as (x - mean) / scale." % d,
             " * Kinds: " + ", ".join(KINDS) + ". */",
             "#ifndef NEWSCLEAN_KIND_MODEL_H", "#define NEWSCLEAN_KIND_MODEL_H", "",
             "#define KIND_MODEL_FEATURES %d" % d, ""]
    for mode in ("html", "text", "widen", "tool"):
        if mode not in models:
            continue
        if mode == "tool":
            lines.append("/* The text model of dumps a tool laid out (wrapped lines, lynx's link numbers):")
            lines.append(" * lib/kind.c reads such a dump by it, any other dump by the text model. */")
        if mode == "widen":
            lines.append("/* The HTML model lib/kind_body.c's confidence bar was set against: whether a")
            lines.append(" * page's body is widened is decided by it, so a refit of the HTML model")
            lines.append(" * changes the kinds reported and not the bodies. */")
        mean, scale, b, W = models[mode]
        lines.append("static const double kind_%s_mean[KIND_MODEL_FEATURES] = %s;" % (mode, c_array(mean)))
        lines.append("static const double kind_%s_scale[KIND_MODEL_FEATURES] = %s;" % (mode, c_array(scale)))
        lines.append("static const double kind_%s_bias[%d] = %s;" % (mode, len(KINDS), c_array(b)))
        lines.append("static const double kind_%s_w[%d][KIND_MODEL_FEATURES] = {" % (mode, len(KINDS)))
        for k, row in zip(KINDS, W):
            lines.append("    /* %s */ %s," % (k, c_array(row)))
        lines.append("};")
        lines.append("")
    lines.append("#endif /* NEWSCLEAN_KIND_MODEL_H */")
    with open(path, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    # The repository's C files are kept in clang-format's shape; so is this one.
    try:
        subprocess.run(["clang-format", "-i", path], check=False)
    except OSError:
        pass


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--features", help="the kind_features program (build/tests/kind_features)")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--set", default="wcxb")
    ap.add_argument("--articles", default="readability,snippets",
                    help="more sets whose pages are all news articles; their tune halves join "
                         "the training data as articles, so news pages stay articles")
    ap.add_argument("--nc-eval", default=os.path.join(ROOT, "..", "shared", "eval", "nc-eval"))
    ap.add_argument("--out", default=os.path.join(ROOT, "lib", "kind_model.h"))
    ap.add_argument("--l2", default="0.03",
                    help="L2 penalty, or HTML,TEXT: one for each model")
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--html-from", metavar="HEADER",
                    help="keep the HTML model of an earlier kind_model.h instead of fitting one; "
                         "features past its count get weight 0. For features only the text "
                         "model should weigh: a text dump lacks the markup the HTML model "
                         "reads, and a refit HTML model moves pages across lib/kind_body.c's "
                         "confidence bar")
    ap.add_argument("--text-from", metavar="HEADER",
                    help="keep the text model of an earlier kind_model.h instead of fitting one; "
                         "features past its count get weight 0. For features of the markup "
                         "alone, which a text dump never has")
    ap.add_argument("--widen-from", metavar="HEADER",
                    help="take the model lib/kind_body.c decides widening with from this header "
                         "(its widening model, or its HTML model if it has none); by default "
                         "from the --out header as it stands, so a refit moves kinds and not "
                         "bodies; 'new': the HTML model just fitted widens bodies too")
    ap.add_argument("--balance", default="0.5,0",
                    help="HTML,TEXT: class weighting power over the annotated set's kinds (0: "
                         "none, 1: fully balanced), for the HTML and the text model")
    ap.add_argument("--news-weight", default="1.5,1",
                    help="HTML,TEXT: weight of the article-only sets' pages in each model")
    ap.add_argument("--text-dumpers", default="flat",
                    help="the tools whose dumps of each tune page the text model is fitted on, "
                         "by nc-eval's --dumper names (flat: its built-in flattener); a page's "
                         "dumps share one fold in the cross-validation")
    ap.add_argument("--tool-dumpers", default="",
                    help="fit the tool model, which lib/kind.c reads a dump a tool laid out "
                         "(wrapped lines, lynx's link numbers) by, on each tune page dumped by "
                         "these tools (nc-eval's --dumper names), a page's dumps sharing one "
                         "fold; by default it is kept from --tool-from")
    ap.add_argument("--tool-from", metavar="HEADER",
                    help="keep the tool model of an earlier kind_model.h (its text model if it "
                         "has none); by default from the --out header as it stands")
    ap.add_argument("--tool-settings", default="0.01,0.5,1",
                    help="L2,BALANCE,NEWS: the tool model's L2 penalty, class balance and news "
                         "weight")
    ap.add_argument("--report", action="store_true", help="cross-validate on tune, judge on check")
    ap.add_argument("--cache", help="keep the vectors in this JSON file and reuse them (the "
                    "features must not have changed since)")
    ap.add_argument("--empty", action="store_true", help="write a model that always says article")
    ap.add_argument("--dims", type=int, default=0, help="feature count for --empty")
    a = ap.parse_args()

    if a.empty:
        d = a.dims
        zero = ([0.0] * d, [1.0] * d, [0.0] * len(KINDS), [[0.0] * d for _ in KINDS])
        widen, note = zero, "Empty model: every page is an article."
        # The widening model outlives a change of the features: an empty header written
        # while they change keeps it, for the refit that follows to carry over.
        widen_from = a.widen_from or (a.out if os.path.exists(a.out) else "new")
        if widen_from != "new":
            try:
                widen, kept = read_html_model(widen_from, d, "widen")
                note += " Bodies are widened by the model of %s (%d features)." % (
                    os.path.basename(widen_from), kept)
            except (SystemExit, AttributeError, OSError):
                widen = zero
        write_header(a.out, ["f"] * d, {"html": zero, "text": zero, "widen": widen, "tool": zero},
                     note)
        return 0

    nce = load_nc_eval(a.nc_eval)
    gold = [dict(g, set=a.set) for g in read_gold(a.corpus, a.set) if g.get("kind") in KINDS]
    for extra in filter(None, a.articles.split(",")):
        gold += [dict(g, set=extra, kind="article", id=extra + "/" + g["id"])
                 for g in read_gold(a.corpus, extra) if g["file"].endswith((".html", ".html.gz"))]
    tune = [g for g in gold if nce.half_of(g["id"].split("/")[-1]) == "tune"]
    check = [g for g in gold if nce.half_of(g["id"].split("/")[-1]) == "check"]
    models, names, kept, text_kept = {}, None, 0, 0
    cache = {}
    if a.cache and os.path.exists(a.cache):
        with open(a.cache) as fh:
            cache = json.load(fh)
    dumpers = [d.strip() for d in a.text_dumpers.split(",") if d.strip()]
    tool_dumpers = [d.strip() for d in a.tool_dumpers.split(",") if d.strip()]
    for mode in ("html", "text", "tool"):
        if mode == "tool" and not tool_dumpers:
            continue
        # Check-half vectors are computed only to score the fitted model, never to fit it.
        want = tune + (check if a.report else [])
        vecs = {}  # dumper ("html" for the page itself): {page id: vector}
        for dumper in {"html": ["html"], "text": dumpers, "tool": tool_dumpers}[mode]:
            key = dumper if dumper == "html" else "text" if dumper == "flat" else "text:" + dumper
            done = cache.get(key, {}).get("x", {})
            if key in cache and all(g["id"] in done or g["id"] in cache[key].get("failed", [])
                                    for g in want):
                names, fx = cache[key]["names"], cache[key]["x"]
            else:
                names, fx = features(a.features, want, mode != "html", nce, a.corpus, a.set,
                                     "flat" if dumper == "html" else dumper)
                cache[key] = {"names": names, "x": fx,
                              "failed": [g["id"] for g in want if g["id"] not in fx]}
                if a.cache:
                    with open(a.cache, "w") as fh:
                        json.dump(cache, fh)
            vecs[dumper] = fx
        rows = [(d, g) for d in vecs for g in tune if g["id"] in vecs[d]]
        X = [vecs[d][g["id"]] for d, g in rows]
        y = [KINDS.index(g["kind"]) for _d, g in rows]
        own = [1 if g["set"] == a.set else 0 for _d, g in rows]
        mi = 0 if mode == "html" else 1
        alpha, news = float(a.balance.split(",")[mi]), float(a.news_weight.split(",")[mi])
        l2 = float((a.l2.split(",") * 2)[mi])
        if mode == "tool":
            l2, alpha, news = (float(v) for v in a.tool_settings.split(","))
        keep_from = {"html": a.html_from, "text": a.text_from, "tool": None}[mode]
        if keep_from:
            m, kept_n = read_html_model(keep_from, len(names), mode)
            if mode == "html":
                kept = kept_n
            elif mode == "text":
                text_kept = kept_n
            models[mode] = m
            print("%s: kept from %s" % (mode, keep_from), file=sys.stderr)
        elif a.report:
            cv, right = cross_validate(X, y, l2, a.iters, own, alpha, news,
                                       groups=[g["id"] for _d, g in rows])
            print("%s: tune 5-fold cross-validated accuracy %.3f (%d pages, %d vectors)"
                  % (mode, cv, len(tune), len(X)), file=sys.stderr)
            for d in vecs:
                mine = [r for r, (rd, g) in zip(right, rows) if rd == d and g["set"] == a.set]
                print("  %s, %s pages: %.3f" % (d, a.set, sum(mine) / max(1, len(mine))), file=sys.stderr)
        if not keep_from:
            m = fit(X, y, l2, a.iters, weights=class_weights(y, own, alpha, news))
            models[mode] = m
        tr = confusion(m, X, y)
        print("%s: tune (training) accuracy %.3f" % (mode, sum(tr[k][k] for k in range(len(KINDS))) / len(X)),
              file=sys.stderr)
        if a.report:
            for d in vecs:
                for sset in sorted({g["set"] for g in check}):
                    sub = [g for g in check if g["set"] == sset and g["id"] in vecs[d]]
                    print("%s: check half of %s" % (d, sset), file=sys.stderr)
                    print_confusion(confusion(m, [vecs[d][g["id"]] for g in sub],
                                              [KINDS.index(g["kind"]) for g in sub]), sys.stderr)
    note = ("Fitted on the tune halves of %s and, as articles, %s (%d pages), L2 %s, %d iterations, "
            "class balance %s, news weight %s (HTML,text)."
            % (a.set, a.articles or "no other set", len(tune), a.l2, a.iters, a.balance, a.news_weight))
    if not a.text_from:
        note += " The text model is fitted on each page dumped by %s." % ", ".join(dumpers)
    if a.html_from:
        note += " The HTML model is kept from an earlier fit of the first %d features" % kept
        note += ("; the text model alone weighs the features after those." if kept < len(names) else ".")
    if a.text_from:
        note += (" The text model is kept from an earlier fit of the first %d features; the HTML "
                 "model alone weighs the features after those." % text_kept)
    if tool_dumpers:
        note += (" The tool model is fitted on each page dumped by %s, L2 %s, class balance %s, "
                 "news weight %s." % ((", ".join(tool_dumpers),) + tuple(a.tool_settings.split(","))))
    else:
        tool_from = a.tool_from or a.out
        if os.path.exists(tool_from):
            models["tool"], _n = read_html_model(tool_from, len(names), "tool")
            note += " The tool model is kept from %s." % os.path.basename(tool_from)
        else:
            models["tool"] = models["text"]
    widen_from = a.widen_from or (a.out if os.path.exists(a.out) else "new")
    if widen_from != "new":
        models["widen"], wkept = read_html_model(widen_from, len(names), "widen")
        note += (" Bodies are widened by an earlier HTML model of the first %d features, read from "
                 "%s." % (wkept, os.path.basename(widen_from)))
    else:
        models["widen"] = models["html"]
    write_header(a.out, names, models, note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
