"""TVM/Ansor-style baseline: gradient-boosted trees over per-stage features, per-stage scores summed.

"Pack-sum": each stage row (its features + the pipeline's globals) gets a score, the pipeline's
prediction is the sum of its stages' scores, and the objective is applied to that sum. XGBoost has no
native grouped objective, so a custom one spreads the gradient of the pipeline loss to its rows.

A stage's score is exp(margin), so every stage time and every sum is positive, and the loss is the
squared log error of the sum, as our network's. (The first version summed raw scores under squared
relative error: sums went negative, were clipped to ~0, and most Adams2019 states scored 100% APE,
which made the baseline look worse than trees are.)

  /usr/bin/python3 training/xgb_baseline.py --features training/cache/features.jsonl.gz
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import xgboost as xgb

sys.path.insert(0, os.path.dirname(__file__))
import dataset  # noqa: E402
import metrics  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def rows(samples):
    """Stage rows and, per row, the index of its sample."""
    xs, owner = [], []
    for i, s in enumerate(samples):
        g = np.broadcast_to(s.g, (len(s.x), len(s.g)))
        xs.append(np.concatenate([s.x, g], axis=1))
        owner.extend([i] * len(s.x))
    return np.concatenate(xs, axis=0), np.asarray(owner)


def pack_sum_objective(owner, y):
    """Loss (log sum_i exp(s_i) - log y)^2 per pipeline. With p_i = exp(s_i) / sum, the gradient is
    2 r p_i (r the log error); for the Hessian we use 2 p_i (1 + |r|), an upper bound of the true
    one, so a round moves a stage's log time by less than 1 and stages with tiny shares stay put."""
    n = len(y)
    logy = np.log(y)

    def obj(margin, dtrain):
        e = np.exp(np.clip(margin, -60.0, 60.0))
        total = np.bincount(owner, weights=e, minlength=n)
        p = e / total[owner]
        r = (np.log(total) - logy)[owner]
        return 2.0 * r * p, np.maximum(2.0 * p * (1.0 + np.abs(r)), 1e-6)
    return obj


def stage_times(booster, dm, **kw):
    return np.exp(np.clip(booster.predict(dm, **kw), -60.0, 60.0))


def sums(booster, dm, owner, n):
    return np.bincount(owner, weights=stage_times(booster, dm), minlength=n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--features', default=os.path.join(HERE, 'cache', 'features.jsonl.gz'))
    ap.add_argument('--rounds', type=int, default=3000, help='the best round on validation is kept')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--threads', type=int, default=2)
    args = ap.parse_args()
    samples = dataset.load(args.features)
    parts = dataset.by_split(samples)
    tr, va = parts['train'], parts.get('validation', [])
    x, owner = rows(tr)
    y = np.asarray([s.ms for s in tr])
    # Start every row at the typical per-stage time so the first sums are on the right scale.
    base = float(np.log(np.median(y) / np.mean(np.bincount(owner))))
    dm = xgb.DMatrix(x, base_margin=np.full(len(x), base))
    params = dict(max_depth=8, eta=0.05, subsample=0.8, colsample_bytree=0.8, min_child_weight=1e-3,
                  seed=args.seed, nthread=args.threads, tree_method='hist', disable_default_eval_metric=1)
    t0 = time.time()
    if va:
        xv, ov = rows(va)
        dv = xgb.DMatrix(xv, base_margin=np.full(len(xv), base))
        yv = np.asarray([s.ms for s in va])
    best, best_round = None, 0
    obj = pack_sum_objective(owner, y)
    booster = xgb.Booster(params, [dm])
    for r in range(args.rounds):
        booster.update(dm, r, fobj=obj)
        if va and (r % 10 == 9 or r == args.rounds - 1):
            m = metrics.evaluate([s.pipeline for s in va], sums(booster, dv, ov, len(va)), yv)
            key = m['mape'] + 1.0 - (m['tau'] if not np.isnan(m['tau']) else 0.0)
            if best is None or key < best:
                best, best_round = key, r + 1
    print(f'trained {args.rounds} rounds in {time.time() - t0:.0f} s; best validation round {best_round}')
    xa, oa = rows(samples)
    da = xgb.DMatrix(xa, base_margin=np.full(len(xa), base))
    stage = stage_times(booster, da, iteration_range=(0, best_round or args.rounds))
    pred = np.bincount(oa, weights=stage, minlength=len(samples))
    out = os.path.join(HERE, 'cache', 'predictions', 'xgboost.jsonl')
    os.makedirs(os.path.dirname(out), exist_ok=True)
    per_sample = np.split(stage, np.cumsum([len(s.x) for s in samples])[:-1])
    with open(out, 'w') as f:
        for i, s in enumerate(samples):
            f.write(json.dumps({'id': s.id, 'pred_ms': float(pred[i]), 'stage_ms': [round(float(v), 6) for v in per_sample[i]]}) + '\n')
    print(f'wrote {out}')


if __name__ == '__main__':
    main()
