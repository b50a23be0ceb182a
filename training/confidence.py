"""How far to trust one prediction: bands of the ensemble members' disagreement, calibrated on validation.

The exported model outputs `total_log_sd`, the standard deviation over its members of ln(total ms).
The members disagree most where the data says least, and the error follows: session 13 measured
test MAPE 37%, 40%, 49%, 60% over the quartiles of this spread. Band edges are tertiles of the
validation spread; each band carries its validation median APE, which the editor shows as the
typical error of a prediction in that band. The test split checks that the bands hold on pipelines
never used to set them.
"""
import glob
import json
import os

import numpy as np

import metrics

BANDS = ('high', 'medium', 'low')  # confidence, from least to most disagreement


def member_spread(pred_dir, name='gcn'):
    """id -> std over members of ln(predicted total): what the ONNX model's total_log_sd computes."""
    files = sorted(glob.glob(os.path.join(pred_dir, f'{name}.member*.jsonl')))
    if len(files) < 2:
        return {}
    logs = {}
    for path in files:
        with open(path) as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    logs.setdefault(r['id'], []).append(np.log(max(r['pred_ms'], 1e-12)))
    return {i: float(np.std(v)) for i, v in logs.items() if len(v) == len(files)}


def band_of(spread, edges):
    return BANDS[int(np.searchsorted(edges, spread, side='right'))]


def calibrate(meta, pred, spread):
    """Edges from the validation spread, and each band's error on validation and test. None without members."""
    val = [i for i, m in meta.items() if m['split'] == 'validation' and i in spread and i in pred]
    if len(val) < 30:
        return None
    edges = [float(v) for v in np.quantile([spread[i] for i in val], [1 / 3, 2 / 3])]
    out = {'calibratedOn': 'validation', 'edges': [round(e, 6) for e in edges], 'bands': []}
    per_split = {}
    for split in ('validation', 'test'):
        ids = [i for i, m in meta.items() if m['split'] == split and i in spread and i in pred]
        per_split[split] = {b: [i for i in ids if band_of(spread[i], edges) == b] for b in BANDS}
    for b in BANDS:
        row = {'band': b}
        for split, key in (('validation', 'validation'), ('test', 'test')):
            sel = per_split[split][b]
            p, t = [pred[i] for i in sel], [meta[i]['ms'] for i in sel]
            row[key] = {'samples': len(sel), 'mape': round(metrics.mape(p, t), 6) if sel else None,
                        'medianApe': round(metrics.median_ape(p, t), 6) if sel else None}
        out['bands'].append(row)
    return out


def section(conf):
    """The REPORT.md lines for a calibration from calibrate()."""
    out = ['## How far to trust a prediction: the members\' disagreement', '']
    if conf is None:
        return out + ['Not computed: the GCN needs at least two ensemble members with their own predictions.', '']
    e1, e2 = conf['edges']
    out += ['The ONNX model also outputs `total_log_sd`, the standard deviation over its ensemble members of ln(total ms). '
            f'Bands are tertiles of it on validation (edges {e1:.3f} and {e2:.3f}); the editor shows a prediction\'s band '
            'and that band\'s validation median APE as its typical error. Test pipelines, which set nothing, check that the bands hold:', '',
            '| confidence | validation samples | validation median APE | validation MAPE | test samples | test median APE | test MAPE |',
            '| --- | ---: | ---: | ---: | ---: | ---: | ---: |']

    def pct(v):
        return '–' if v is None else f'{100 * v:.1f}%'
    for r in conf['bands']:
        v, t = r['validation'], r['test']
        out.append(f'| {r["band"]} | {v["samples"]} | {pct(v["medianApe"])} | {pct(v["mape"])} | {t["samples"]} | {pct(t["medianApe"])} | {pct(t["mape"])} |')
    return out + ['']
