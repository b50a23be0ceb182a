"""Rank the realworld group (generators written by others) with every model trained here, beside
Halide's Adams2019 (shipped weights) on exactly the samples it can score: pairs more than 1.2x apart
ordered right and top-1 regret, the measures model selection on real code uses.

  /usr/bin/python3 training/realworld.py [NAME ...]   (prediction files in training/cache/predictions)
  /usr/bin/python3 training/realworld.py base --cv rw/5
      rw0 .. rw4 trained with --realworld-train K/5: each realworld sample is scored by the fold that
      held its repository out (folds.py), so every number is on code its model never saw. Folds not
      trained yet are left out, and every line is scored on the same samples.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import evaluate  # noqa: E402
import folds  # noqa: E402
import metrics  # noqa: E402


def predictions(name):
    path = os.path.join(evaluate.HERE, 'cache', 'predictions', f'{name}.jsonl')
    return evaluate.load_predictions(path) if os.path.exists(path) else None


def out_of_fold(prefix, n, rows):
    """id -> prediction from the fold that held the sample's repository out; the folds found."""
    repos = sorted({folds.repository(r['pipeline']) for r in rows})
    out, found = {}, []
    for k in range(n):
        pred = predictions(f'{prefix}{k}')
        if pred is None:
            continue
        found.append(k)
        for r in rows:
            if folds.held_out(r['pipeline'], (k, n), repos) and r['id'] in pred:
                out[r['id']] = pred[r['id']]
    return out, found


def ranking_lines(features, names=(), cv='', split='realworld'):
    """A markdown table: each named prediction file, the out-of-fold folds of `cv` (PREFIX/N) and
    Adams2019 (shipped), all on the same samples (those the folds cover, when `cv` is given)."""
    rows = [r for r in evaluate.read_jsonl(features) if r['split'] == split]
    if not rows:
        raise SystemExit(f'no {split} samples in {features}')
    meta = evaluate.load_meta(features)
    lines, scorers = [], []
    if cv:
        prefix, n = cv.rsplit('/', 1)
        pred, found = out_of_fold(prefix, int(n), rows)
        if not pred:
            raise SystemExit(f'--cv {cv}: no fold predictions found')
        rows = [r for r in rows if r['id'] in pred]
        lines.append(f'Out of fold: folds {found} of {n}, holding out {", ".join(sorted({folds.repository(r["pipeline"]) for r in rows}))}.')
        scorers.append((f'{prefix}: trained with the other repositories (out of fold)', pred))
    for name in names:
        pred = predictions(name)
        scorers.insert(0, (name, pred)) if pred is not None else lines.append(f'{name}: no predictions in training/cache/predictions.')
    adams = {r['id']: r['adams2019Cost'] for r in rows if r.get('adams2019Cost') is not None}
    scorers.append(('Adams2019, shipped weights', adams))
    lines += [f'{split}: {len(rows)} samples, {len({r["pipeline"] for r in rows})} pipelines; {len(adams)} with an Adams2019 cost.', '',
              '| model | pairs > 1.2x apart | pairwise accuracy | top-1 regret | Adams2019 subset: pairs | pairwise accuracy | top-1 regret | totals off > 4x after scale (pipelines) | worst factor |',
              '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |']
    for name, pred in scorers:
        ids = [r['id'] for r in rows if r['id'] in pred]
        a = metrics.ranking_apart([meta[i]['pipeline'] for i in ids], [pred[i] for i in ids], [meta[i]['ms'] for i in ids])
        sub = [i for i in ids if i in adams]
        b = metrics.ranking_apart([meta[i]['pipeline'] for i in sub], [pred[i] for i in sub], [meta[i]['ms'] for i in sub])
        # Adams2019's cost is in its own units: one scale makes it comparable, as for ours.
        t = metrics.totals_after_scale([meta[i]['pipeline'] for i in ids], [pred[i] for i in ids], [meta[i]['ms'] for i in ids])
        lines.append(f'| {name} | {a["pairs"]} | {100 * a["pairwise"]:.1f}% | {a["top1"]:.2f}x | {b["pairs"]} | {100 * b["pairwise"]:.1f}% | {b["top1"]:.2f}x '
                     f'| {t["off4x"]} of {t["samples"]} ({t["pipelines_off4x"]}) | {t["worst"]:.1f}x |')
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('names', nargs='*', default=['gcn', 'xgboost'])
    ap.add_argument('--features', default=os.path.join(evaluate.HERE, 'cache', 'features.jsonl.gz'))
    ap.add_argument('--split', default='realworld')
    ap.add_argument('--cv', default='', help='PREFIX/N: out-of-fold predictions of PREFIX0 .. PREFIX{N-1}')
    args = ap.parse_args()
    print('\n'.join(ranking_lines(args.features, args.names, args.cv, args.split)))


if __name__ == '__main__':
    main()
