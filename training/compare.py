"""Compare training runs (A/Bs) on one split, from the prediction files train.py wrote.

  /usr/bin/python3 training/compare.py gcn gcn_wd --split validation

Choose between arms on validation, never on test. A name with members (NAME.memberK.jsonl) also
gets each member's scores: one member's seed luck moves MAPE by more than most changes do
(session 13: 49.8%, 75.1%, 52.2% for three seeds of the same network), so look at the spread
before believing a difference.
"""
import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from evaluate import HERE, load_meta, load_predictions, member_files, scored  # noqa: E402

KEYS = ('mape', 'median_ape', 'log_error', 'tau', 'pairwise', 'top1', 'top5')


def member_scores(name, ids, meta):
    """(prediction file, scores on `ids`) for each of run NAME's ensemble members."""
    return [(p, scored(ids, meta, load_predictions(p))) for p in member_files(name)]


def mean_scores(scores):
    """The members' mean of every metric: unlike an ensemble's score, it does not depend on how many there are."""
    return {k: float(np.mean([m[k] for m in scores])) for k in KEYS}


def row(label, m):
    return f'{label:28s} ' + ' '.join(f'{m[k]:9.3f}' for k in KEYS)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('names', nargs='+', help='prediction files in training/cache/predictions, without .jsonl')
    ap.add_argument('--features', default=os.path.join(HERE, 'cache', 'features.jsonl.gz'))
    ap.add_argument('--split', default='validation')
    args = ap.parse_args()
    meta = load_meta(args.features)
    ids = sorted(i for i, m in meta.items() if m['split'] == args.split)
    pred_dir = os.path.join(HERE, 'cache', 'predictions')
    print(f'{args.split}: {len(ids)} samples\n' + f'{"":28s} ' + ' '.join(f'{k:>9s}' for k in KEYS))
    for name in args.names:
        path = os.path.join(pred_dir, f'{name}.jsonl')
        if not os.path.exists(path):
            raise SystemExit(f'{path}: no such predictions (train.py --name {name})')
        print(row(name, scored(ids, meta, load_predictions(path))))
        members = member_scores(name, ids, meta)
        for p, m in members:
            print(row('  ' + os.path.basename(p)[len(name) + 1:-len('.jsonl')], m))
        if len(members) > 1:
            print(row('  members mean', mean_scores([m for _, m in members])))


if __name__ == '__main__':
    main()
