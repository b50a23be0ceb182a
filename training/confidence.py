"""How far to trust one prediction: bands of the ensemble members' disagreement, calibrated on validation.

The exported model outputs `total_log_sd`, the standard deviation over its members of ln(total ms).
The members disagree most where the data says least, and the error follows: session 13 measured
test MAPE 37%, 40%, 49%, 60% over the quartiles of this spread. Band edges are tertiles of the
validation spread; each band carries its validation median APE, which the editor shows as the
typical error of a prediction in that band. The test split checks that the bands hold on pipelines
never used to set them.
"""
import numpy as np

import metrics

BANDS = ('high', 'medium', 'low')  # confidence, from least to most disagreement


def member_spread(members):
    """id -> std over members of ln(predicted total), from each member's {id: ms}: what the ONNX
    model's total_log_sd computes. Empty with fewer than two members."""
    if len(members) < 2:
        return {}
    common = set.intersection(*(set(m) for m in members))
    return {i: float(np.std([np.log(max(m[i], 1e-12)) for m in members])) for i in common}


def band_of(spread, edges):
    """An edge belongs to the band below it, as in server/src/model/confidence.ts."""
    return BANDS[int(np.searchsorted(edges, spread, side='left'))]


def calibrate(meta, pred, spread):
    """Edges from the validation spread, and each band's error on validation and test. None without members."""
    ids = {split: [i for i, m in meta.items() if m['split'] == split and i in spread and i in pred] for split in ('validation', 'test')}
    if len(ids['validation']) < 30:
        return None
    # Rounded before counting: the editor bands with exactly the edges cost_model.json records.
    edges = [round(float(v), 6) for v in np.quantile([spread[i] for i in ids['validation']], [1 / 3, 2 / 3])]
    out = {'calibratedOn': 'validation', 'edges': edges, 'bands': []}
    for b in BANDS:
        row = {'band': b}
        for split, split_ids in ids.items():
            sel = [i for i in split_ids if band_of(spread[i], edges) == b]
            p, t = [pred[i] for i in sel], [meta[i]['ms'] for i in sel]
            row[split] = {'samples': len(sel), 'mape': round(metrics.mape(p, t), 6) if sel else None,
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
