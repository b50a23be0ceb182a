"""Learning curve: how the GCN's held-out error moves with the number of training pipelines.

  /usr/bin/python3 training/learning_curve.py            # trains what is missing, writes models/LEARNING_CURVE.md

Trains the committed recipe (train.py's defaults) on a seeded share of the training pipelines
(--train-fraction), `--members` members per share, and scores the members' mean against the full
run's members (training/cache/predictions/gcn.member*.jsonl). Members' means, not ensembles: an
ensemble's score depends on how many members it has, a member's does not. Resumable: a share whose
member predictions already exist is not trained again.
"""
import argparse
import os
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from compare import mean_scores, member_scores  # noqa: E402
from evaluate import HERE, ROOT, load_meta, member_files  # noqa: E402


def run_name(fraction):
    return f'lc{round(fraction * 100)}'


def train_share(fraction, args):
    name = run_name(fraction)
    if len(member_files(name)) >= args.members:
        return name
    cmd = [sys.executable, os.path.join(HERE, 'train.py'), '--features', args.features, '--name', name,
           '--train-fraction', str(fraction), '--ensemble', str(args.members), '--threads', '1', '--jobs', str(args.jobs)]
    print('$ ' + ' '.join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    return name


def members_mean(name, ids, meta):
    ms = [m for _, m in member_scores(name, ids, meta)]
    if not ms:
        raise SystemExit(f'no member predictions for {name} (train.py --name {name} --ensemble 2 or more)')
    return mean_scores(ms), len(ms)


def per_doubling(pipelines, values):
    """Least-squares slope of a metric against log2(training pipelines)."""
    return float(np.polyfit(np.log2(pipelines), values, 1)[0])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--features', default=os.path.join(HERE, 'cache', 'features.jsonl.gz'))
    ap.add_argument('--fractions', default='0.25,0.5', help='shares of the training pipelines, below 1')
    ap.add_argument('--members', type=int, default=2)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--full', default='gcn', help='the run on every training pipeline (its members are scored)')
    ap.add_argument('--out', default=os.path.join(ROOT, 'models', 'LEARNING_CURVE.md'))
    args = ap.parse_args()
    fractions = sorted(float(f) for f in args.fractions.split(','))
    if any(not 0 < f < 1 for f in fractions):
        raise SystemExit('--fractions: each share must be in (0, 1)')
    meta = load_meta(args.features)
    n_train = len({m['pipeline'] for m in meta.values() if m['split'] == 'train'})
    n_all = len({m['pipeline'] for m in meta.values()})
    runs = [(f, train_share(f, args)) for f in fractions] + [(1.0, args.full)]

    lines = ['# Learning curve', '',
             f'Written by `training/learning_curve.py`. The committed recipe trained on a seeded share of the {n_train} '
             'training pipelines (`train.py --train-fraction`); validation and test pipelines are the same in every row. '
             "Each row is the mean over that run's members, so rows with different member counts compare fairly.", '']
    curves = {}
    for split in ('validation', 'test'):
        ids = sorted(i for i, m in meta.items() if m['split'] == split)
        lines += [f'## {split.capitalize()} ({len(ids)} samples)', '',
                  '| training pipelines | members | MAPE | median APE | log error | Kendall tau | pairwise | top-1 regret |',
                  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |']
        pts = []
        for f, name in runs:
            m, k = members_mean(name, ids, meta)
            pipes = max(1, round(f * n_train))
            pts.append((pipes, m))
            lines.append(f'| {pipes} ({f:.0%}) | {k} | {m["mape"]:.1%} | {m["median_ape"]:.1%} | {m["log_error"]:.3f} | '
                         f'{m["tau"]:.3f} | {m["pairwise"]:.1%} | {m["top1"]:.1%} |')
        curves[split] = pts
        lines.append('')
    lines += ['## Per doubling of the training pipelines', '',
              'Least-squares slope against log2(pipelines):', '',
              '| split | log error | Kendall tau | doublings to tau 0.8 at that slope |', '| --- | ---: | ---: | ---: |']
    for split, pts in curves.items():
        x = [p for p, _ in pts]
        le, tau = per_doubling(x, [m['log_error'] for _, m in pts]), per_doubling(x, [m['tau'] for _, m in pts])
        need = (0.8 - pts[-1][1]['tau']) / tau if tau > 0 else float('inf')
        lines.append(f'| {split} | {le:+.3f} | {tau:+.3f} | {need:.1f} |')
    lines += ['', f'A doubling is {n_train} more measured training pipelines (with their validation and test share, '
              f'{n_all} in all): some 10 hours of `halide-lens collect` at the 50-60 pipelines an hour '
              'it made on the 2-core machine the data came from, and only there: another CPU gives other labels.', '']
    with open(args.out, 'w') as fh:
        fh.write('\n'.join(lines))
    print('\n'.join(lines))
    print(f'wrote {args.out}')


if __name__ == '__main__':
    main()
