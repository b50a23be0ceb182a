"""Score every model on the held-out test pipelines with one script; write models/REPORT.md.

Reads the predictions each trainer wrote (training/cache/predictions/*.jsonl), Adams2019's
(training/cache/adams2019_predictions.jsonl) and the label noise floor (data/noise: the same samples
measured twice), and records the GCN's test metrics in models/cost_model.json for CI to reproduce.

  /usr/bin/python3 training/evaluate.py
"""
import argparse
import glob
import gzip
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
import confidence  # noqa: E402
import label  # noqa: E402
import metrics  # noqa: E402
import realworld  # noqa: E402
import report  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# Prediction files of the models trained here (their names in the report: report.NAMES).
OURS = ('gcn', 'nograph', 'noterms', 'xgboost')


def read_jsonl(path):
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rt') as f:
        return [json.loads(line) for line in f if line.strip()]


def load_predictions(path):
    """id -> predicted total ms, from a prediction file train.py or xgb_baseline.py wrote."""
    return {r['id']: r['pred_ms'] for r in read_jsonl(path)}


def member_files(name):
    """The prediction files of an ensemble's members (train.py writes NAME.memberK.jsonl), in order."""
    return sorted(glob.glob(os.path.join(HERE, 'cache', 'predictions', f'{name}.member*.jsonl')))


def load_meta(features_path):
    meta = {}
    for d in read_jsonl(features_path):
        meta[d['id']] = dict(pipeline=d['pipeline'], split=d['split'], source=d['source'], ms=d[label.LABEL],
                             names=[s['name'] for s in d['stages']], stages=len(d['stages']))
    return meta


def load_noise(data_dir):
    """id -> second measurement (ms)."""
    d = os.path.join(data_dir, 'noise')
    out = {}
    if os.path.isdir(d):
        for f in sorted(os.listdir(d)):
            if f.endswith('.jsonl.gz'):
                for r in read_jsonl(os.path.join(d, f)):
                    out[r['id']] = label.measured_ms(r)
    return out


def scored(ids, meta, pred):
    """Metrics of `pred` on those of `ids` it predicts."""
    ids = [i for i in ids if i in pred]
    return metrics.evaluate([meta[i]['pipeline'] for i in ids], [pred[i] for i in ids], [meta[i]['ms'] for i in ids])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--features', default=os.path.join(HERE, 'cache', 'features.jsonl.gz'))
    ap.add_argument('--data', default=os.path.join(ROOT, 'data'))
    ap.add_argument('--split', default='test')
    ap.add_argument('--realworld-cv', default='', help='PREFIX/N[:BASELINE]: the out-of-fold realworld table (training/realworld.py)')
    args = ap.parse_args()
    meta = load_meta(args.features)
    test_ids = sorted(i for i, m in meta.items() if m['split'] == args.split)
    preds = {}
    for key in OURS:
        p = os.path.join(HERE, 'cache', 'predictions', f'{key}.jsonl')
        if os.path.exists(p):
            preds[key] = load_predictions(p)
    adams_path = os.path.join(HERE, 'cache', 'adams2019_predictions.jsonl')
    adams = read_jsonl(adams_path) if os.path.exists(adams_path) else []
    if adams:
        preds['adams2019-shipped'] = {r['id']: r['shipped'] for r in adams if r.get('shipped') is not None}
        preds['adams2019-retrained'] = {r['id']: r['retrained'] for r in adams if r.get('retrained') is not None}
    noise = load_noise(args.data)
    if 'gcn' not in preds:
        raise SystemExit('no GCN predictions: run training/train.py first')

    tables = {}
    # 1. Every model we can run on anything, on the whole test split.
    tables['all'] = {k: scored(test_ids, meta, preds[k]) for k in OURS if k in preds}
    # 2. The subset Adams2019 can score (its own search states), every model on exactly those samples.
    adams_ids = [i for i in test_ids if all(i in preds.get(k, {}) for k in ('adams2019-shipped', 'adams2019-retrained'))]
    tables['adams'] = {k: scored(adams_ids, meta, preds[k]) for k in preds} if adams_ids else {}
    # 3. The realworld group: every model trained here, on its samples, unless the GCN trained on them
    # (then only the out-of-fold table below is an honest number).
    trained_rw = set(json.load(open(os.path.join(ROOT, 'models', 'cost_model.json'))).get('trainedOnRealworld', []))
    rw_ids = [i for i, m in meta.items() if m['split'] == 'realworld' and m['pipeline'] not in trained_rw]
    tables['realworld'] = {k: scored(rw_ids, meta, preds[k]) for k in OURS if k in preds and all(i in preds[k] for i in rw_ids)} if rw_ids else {}
    # The noise floor: the second measurement used as if it were a model's prediction.
    noise_ids = [i for i in test_ids if i in noise]
    all_noise_ids = [i for i in meta if i in noise]
    floor = {
        'test': scored(noise_ids, meta, noise) if len(noise_ids) > 1 else None,
        'all': scored(all_noise_ids, meta, noise) if len(all_noise_ids) > 1 else None,
    }
    conf = confidence.calibrate(meta, preds['gcn'], confidence.member_spread([load_predictions(p) for p in member_files('gcn')]))
    cv_lines = ()
    if args.realworld_cv:
        cv, _, base = args.realworld_cv.partition(':')
        cv_lines = realworld.ranking_lines(args.features, [base] if base else [], cv)
    report.write(ROOT, meta, test_ids, preds, tables, floor, adams_ids, noise, confidence.section(conf), cv_lines)

    gcn = tables['all']['gcn']
    model_json = os.path.join(ROOT, 'models', 'cost_model.json')
    if os.path.exists(model_json):
        with open(model_json) as f:
            m = json.load(f)
        m['metrics'] = {'split': args.split, 'samples': gcn['n'], 'pipelines': gcn['pipelines'],
                        **{k: round(gcn[k], 6) for k in ('mape', 'tau', 'pairwise', 'top1', 'top5')}}
        m['testIds'] = [i for i in test_ids if i in preds['gcn']]
        m['confidence'] = conf
        with open(model_json, 'w') as f:
            json.dump(m, f, indent=1)
            f.write('\n')
    for name, t in tables.items():
        for k, v in t.items():
            print(f'{name:6s} {k:22s} n={v["n"]:5d} mape={v["mape"]:.3f} tau={v["tau"]:.3f} pairwise={v["pairwise"]:.3f} top1={v["top1"]:.3f} top5={v["top5"]:.3f}')


if __name__ == '__main__':
    main()
