"""The metrics of DESIGN.md "Measuring the model", one implementation for every model and the noise floor.

All ranking metrics are computed within a pipeline (schedules of the same program) and averaged over
pipelines with at least two samples.
"""
from collections import defaultdict

import numpy as np


def mape(pred, true):
    pred, true = np.asarray(pred, float), np.asarray(true, float)
    return float(np.mean(np.abs(pred - true) / true))


def median_ape(pred, true):
    """Median absolute percentage error: what a typical prediction is off by, which a few wild
    predictions (a model extrapolating off its training range) cannot move the way they move MAPE."""
    pred, true = np.asarray(pred, float), np.asarray(true, float)
    return float(np.median(np.abs(pred - true) / true))


def mean_log_error(pred, true):
    """Mean |ln(pred / true)|: a factor of 5 off costs the same on a 0.1 ms and a 100 ms pipeline,
    and one badly over-predicted pipeline cannot outweigh the rest the way it does in MAPE."""
    pred, true = np.asarray(pred, float), np.asarray(true, float)
    return float(np.mean(np.abs(np.log(np.maximum(pred, 1e-9) / true))))


def kendall_tau(a, b):
    """Kendall's tau-b (ties in either list are neither concordant nor discordant)."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    da = np.sign(a[:, None] - a[None, :])
    db = np.sign(b[:, None] - b[None, :])
    iu = np.triu_indices(len(a), 1)
    da, db = da[iu], db[iu]
    s = float(np.sum(da * db))
    n_a, n_b = float(np.sum(da != 0)), float(np.sum(db != 0))
    return s / np.sqrt(n_a * n_b) if n_a > 0 and n_b > 0 else float('nan')


def pairwise_accuracy(pred, true):
    """Share of pairs with different measured times that the prediction orders the same way."""
    p, t = np.asarray(pred, float), np.asarray(true, float)
    dp = np.sign(p[:, None] - p[None, :])
    dt = np.sign(t[:, None] - t[None, :])
    iu = np.triu_indices(len(p), 1)
    dp, dt = dp[iu], dt[iu]
    keep = dt != 0
    return float(np.mean(dp[keep] == dt[keep])) if keep.any() else float('nan')


def regret(pred, true, k):
    """How much slower the best of the model's top-k schedules is than the true best (0.1 = 10%)."""
    p, t = np.asarray(pred, float), np.asarray(true, float)
    top = np.argsort(p, kind='stable')[:k]
    return float(t[top].min() / t.min() - 1.0)


def evaluate(ids_pipelines, pred, true):
    """Metrics for aligned lists: (pipeline per sample, prediction, measurement)."""
    groups = defaultdict(list)
    for i, pl in enumerate(ids_pipelines):
        groups[pl].append(i)
    pred, true = np.asarray(pred, float), np.asarray(true, float)
    taus, accs, r1, r5 = [], [], [], []
    per_pipeline = {}
    for pl, idx in groups.items():
        if len(idx) < 2:
            continue
        p, t = pred[idx], true[idx]
        tau = kendall_tau(p, t)
        row = dict(n=len(idx), mape=mape(p, t), tau=tau, pairwise=pairwise_accuracy(p, t), top1=regret(p, t, 1), top5=regret(p, t, 5))
        per_pipeline[pl] = row
        if not np.isnan(tau):
            taus.append(tau)
        if not np.isnan(row['pairwise']):
            accs.append(row['pairwise'])
        r1.append(row['top1'])
        r5.append(row['top5'])
    return dict(
        n=len(true), pipelines=len(per_pipeline), mape=mape(pred, true), median_ape=median_ape(pred, true),
        log_error=mean_log_error(pred, true),
        tau=float(np.mean(taus)) if taus else float('nan'),
        pairwise=float(np.mean(accs)) if accs else float('nan'),
        top1=float(np.mean(r1)) if r1 else float('nan'),
        top5=float(np.mean(r5)) if r5 else float('nan'),
        per_pipeline=per_pipeline,
    )


def ranking_apart(ids_pipelines, pred, true, ratio=1.2):
    """The realworld measures (model/ranking.ts has the same): the share of pairs within a pipeline whose
    measured times differ by more than `ratio` that the prediction orders right (a predicted tie counts
    half), pooled over pipelines; and top-1 regret as a geometric mean factor (1.0 = always the fastest)."""
    groups = defaultdict(list)
    for i, pl in enumerate(ids_pipelines):
        groups[pl].append(i)
    pred, true = np.asarray(pred, float), np.asarray(true, float)
    pairs = correct = 0.0
    logs = []
    for idx in groups.values():
        for a in range(len(idx)):
            for b in range(a + 1, len(idx)):
                i, j = (idx[a], idx[b]) if true[idx[a]] <= true[idx[b]] else (idx[b], idx[a])
                if true[j] <= true[i] * ratio:
                    continue
                pairs += 1
                correct += 1.0 if pred[i] < pred[j] else 0.5 if pred[i] == pred[j] else 0.0
        if len(idx) >= 2:
            best = min(idx, key=lambda k: (pred[k], k))
            logs.append(np.log(true[best] / true[idx].min()))
    return {'pairs': int(pairs), 'pairwise': correct / pairs if pairs else float('nan'),
            'top1': float(np.exp(np.mean(logs))) if logs else float('nan'), 'pipelines': len(groups)}


def totals_after_scale(pipelines, pred, true):
    """The error of the totals after one scale per machine (model/ranking.ts has the same): the
    geometric-mean factor that best aligns them, then the samples off by more than 4x either way, the
    pipelines with any such sample, and the worst factor."""
    pred, true = np.asarray(pred, float), np.asarray(true, float)
    ok = np.isfinite(pred) & (pred > 0) & np.isfinite(true) & (true > 0)
    if not ok.any():
        return {'scale': float('nan'), 'off4x': 0, 'pipelines_off4x': 0, 'worst': float('nan'), 'samples': 0}
    scale = float(np.exp(np.mean(np.log(true[ok] / pred[ok]))))
    factor = np.maximum(pred[ok] * scale / true[ok], true[ok] / (pred[ok] * scale))
    off = {pl for pl, f in zip(np.asarray(pipelines, object)[ok], factor) if f > 4}
    return {'scale': scale, 'off4x': int((factor > 4).sum()), 'pipelines_off4x': len(off), 'worst': float(factor.max()),
            'samples': int(ok.sum())}
