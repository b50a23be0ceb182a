"""models/REPORT.md and its scatter plots, from the metrics evaluate.py computed."""
import collections
import subprocess
import datetime
import json
import os

import numpy as np

import metrics

NAMES = {
    'gcn': 'GCN (ours)', 'nograph': 'no-graph ablation', 'noterms': 'no-cost-terms ablation', 'xgboost': 'XGBoost pack-sum',
    'adams2019-shipped': 'Adams2019, shipped weights', 'adams2019-retrained': 'Adams2019, retrained on our train split',
}


def fmt(v, pct=False):
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return 'n/a'
    return f'{100 * v:.1f}%' if pct else f'{v:.3f}'


def table(rows, floor):
    out = ['| model | samples | pipelines | MAPE | median APE | Kendall tau | pairwise acc. | top-1 regret | top-5 regret |',
           '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |']
    for k, m in rows.items():
        out.append(f'| {NAMES.get(k, k)} | {m["n"]} | {m["pipelines"]} | {fmt(m["mape"], True)} | {fmt(m["median_ape"], True)} | '
                   f'{fmt(m["tau"])} | {fmt(m["pairwise"], True)} | {fmt(m["top1"], True)} | {fmt(m["top5"], True)} |')
    if floor:
        out.append(f'| *label noise floor* (2nd measurement as prediction) | {floor["n"]} | {floor["pipelines"]} | {fmt(floor["mape"], True)} | '
                   f'{fmt(floor["median_ape"], True)} | {fmt(floor["tau"])} | {fmt(floor["pairwise"], True)} | {fmt(floor["top1"], True)} | '
                   f'{fmt(floor["top5"], True)} |')
    return out


def scatter(root, meta, ids, preds):
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    out_dir = os.path.join(root, 'models', 'report')
    os.makedirs(out_dir, exist_ok=True)
    files = []
    for k, p in preds.items():
        sel = [i for i in ids if i in p]
        if not sel:
            continue
        y = np.asarray([meta[i]['ms'] for i in sel])
        x = np.maximum(np.asarray([p[i] for i in sel]), 1e-6)
        fig, ax = plt.subplots(figsize=(4.5, 4.5), dpi=100)
        ax.loglog(y, x, '.', ms=3, alpha=0.5)
        lo, hi = min(y.min(), x.min()), max(y.max(), x.max())
        ax.plot([lo, hi], [lo, hi], 'k--', lw=0.8)
        ax.set_xlabel('measured ms')
        ax.set_ylabel('predicted ms')
        ax.set_title(f'{NAMES.get(k, k)}\n(test split, {len(sel)} samples)', fontsize=9)
        fig.tight_layout()
        name = f'scatter_{k}.png'
        fig.savefig(os.path.join(out_dir, name))
        plt.close(fig)
        files.append((k, name))
    return files


def grouped(meta, ids, pred, key='pipeline'):
    """Those of `ids` that `pred` predicts, grouped by a sample field (pipeline, schedule source)."""
    groups = collections.defaultdict(list)
    for i in ids:
        if i in pred:
            groups[meta[i][key]].append(i)
    return groups


def worst(meta, ids, pred, n=6):
    rows = []
    for pl, sel in grouped(meta, ids, pred).items():
        y = np.asarray([meta[i]['ms'] for i in sel])
        p = np.asarray([pred[i] for i in sel])
        ratio = np.median(p / y)
        rows.append((metrics.mape(p, y), pl, len(sel), meta[sel[0]]['stages'], y.min(), y.max(), ratio,
                     metrics.kendall_tau(p, y) if len(sel) > 1 else float('nan')))
    rows.sort(reverse=True)
    out = ['| pipeline | samples | stages | measured range (ms) | MAPE | median pred/measured | tau |',
           '| --- | ---: | ---: | --- | ---: | ---: | ---: |']
    for m, pl, k, st, lo, hi, ratio, tau in rows[:n]:
        out.append(f'| {pl} | {k} | {st} | {lo:.3g} – {hi:.3g} | {fmt(m, True)} | {ratio:.2f} | {fmt(tau)} |')
    return out


def ranking(meta, ids, pred, noise):
    """Per test pipeline: how well the GCN orders its schedules, whether its pick is the fastest,
    and how far apart the two fastest are (a near-tie makes top-1 a coin toss), with the noise
    floor's tau on the pipeline's re-measured samples where there are two or more."""
    rows = []
    for pl, sel in grouped(meta, ids, pred).items():
        if len(sel) < 2:
            continue
        y = np.asarray([meta[i]['ms'] for i in sel])
        p = np.asarray([pred[i] for i in sel])
        order = np.sort(y)
        pick = int(np.argmin(p))
        rank = int(np.sum(y < y[pick])) + 1
        again = [i for i in sel if i in noise]
        floor = metrics.kendall_tau([noise[i] for i in again], [meta[i]['ms'] for i in again]) if len(again) > 1 else float('nan')
        rows.append((metrics.regret(p, y, 1), pl, len(sel), metrics.kendall_tau(p, y), rank, order[1] / order[0] - 1.0,
                     metrics.regret(p, y, 5), floor))
    rows.sort(key=lambda r: (-r[0], r[1]))
    out = ['| pipeline | samples | tau | rank of the pick | top-1 regret | top-5 regret | 2nd fastest / fastest | noise-floor tau |',
           '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |']
    for r1, pl, k, tau, rank, gap, r5, floor in rows:
        out.append(f'| {pl} | {k} | {fmt(tau)} | {rank} | {fmt(r1, True)} | {fmt(r5, True)} | +{100 * gap:.0f}% | {fmt(floor)} |')
    if rows:
        best = sum(1 for r in rows if r[0] == 0)
        out += ['', f'The pick is the fastest schedule in {best} of {len(rows)} pipelines; median top-1 regret '
                f'{fmt(float(np.median([r[0] for r in rows])), True)}.']
    return out


def outlier_note(meta, ids, preds, k):
    """When a few pipelines carry a baseline's MAPE, the ratio without them (both models on the rest)."""
    per = scored_pipelines(meta, ids, preds[k])
    total = sum(n * m for n, m in per.values())
    heavy = sorted(per, key=lambda pl: -per[pl][0] * per[pl][1])[:2]
    if not total or sum(per[pl][0] * per[pl][1] for pl in heavy) < 0.5 * total:
        return []
    rest = [i for i in ids if meta[i]['pipeline'] not in heavy]
    b, g = metrics.mape([preds[k][i] for i in rest], [meta[i]['ms'] for i in rest]), metrics.mape([preds['gcn'][i] for i in rest], [meta[i]['ms'] for i in rest])
    return [f'More than half of that MAPE comes from {" and ".join(heavy)}; without them ({len(rest)} samples) it is '
            f'{fmt(b, True)} against the GCN\'s {fmt(g, True)}: {b / g:.2f}x.']


def scored_pipelines(meta, ids, pred):
    """pipeline -> (samples, MAPE) of `pred` on those of `ids` it predicts."""
    return {pl: (len(sel), metrics.mape([pred[i] for i in sel], [meta[i]['ms'] for i in sel]))
            for pl, sel in grouped(meta, ids, pred).items()}


def by_source(meta, ids, pred):
    """MAPE per schedule source, and how each source sits inside its pipelines: its speed against the
    pipeline's median schedule, and the model's bias relative to the pipeline's other schedules (below
    x1: predicted faster than it runs, compared with the rest of its pipeline). A ranking error shows
    up here before it shows in MAPE."""
    rel_ms, rel_err = {}, {}
    for sel in grouped(meta, ids, pred, 'pipeline').values():
        lm = np.log([meta[i]['ms'] for i in sel])
        le = np.log([pred[i] for i in sel]) - lm
        for i, a, b in zip(sel, lm - np.median(lm), le - np.median(le)):
            rel_ms[i], rel_err[i] = a, b
    out = ['| schedule source | samples | MAPE | speed vs pipeline median | relative prediction bias |',
           '| --- | ---: | ---: | ---: | ---: |']
    for src, sel in sorted(grouped(meta, ids, pred, 'source').items(), key=lambda kv: -len(kv[1])):
        speed = np.exp(np.median([rel_ms[i] for i in sel]))
        bias = np.exp(np.median([rel_err[i] for i in sel]))
        out.append(f'| {src} | {len(sel)} | {fmt(metrics.mape([pred[i] for i in sel], [meta[i]["ms"] for i in sel]), True)} '
                   f'| x{speed:.2f} | x{bias:.2f} |')
    return out


def cached(root, name):
    """A result another training script left in training/cache/, or None when it has not run."""
    path = os.path.join(root, 'training', 'cache', name)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def per_stage_section(root):
    """From training/per_stage.py: the GCN per Func against Halide's profiler (test corpus, hand schedules)."""
    out = ['## Per-stage error against the profiler', '']
    d = cached(root, 'per_stage.json')
    if d is None:
        return out + ['Not computed: run `training/per_stage.py` (profiles go to data/profiles/).', '']
    s = d['summary']
    out += [f'Hand schedules of the test split\'s corpus pipelines, profiled with Halide\'s profiler (data/profiles/), '
            f'{s["funcs"]} timed Funcs: median relative error of a Func\'s time {fmt(s["median_rel_error"], True)}, '
            f'mean {fmt(s["mean_rel_error"], True)}; median error of its share of the pipeline {fmt(s["median_share_error"], True)} (points).', '',
            '| pipeline | Func | measured ms | predicted ms | measured share | predicted share |', '| --- | --- | ---: | ---: | ---: | ---: |']
    for p in d['pipelines']:
        for r in p['funcs']:
            out.append(f'| {p["pipeline"]} | {r["func"]} | {r["measured_ms"]:.3g} | {r["predicted_ms"]:.3g} | '
                       f'{fmt(r["measured_share"], True)} | {fmt(r["predicted_share"], True)} |')
    return out + ['']


def term_section(root):
    """From training/term_shares.py: which analytic cost terms the GCN uses (training split)."""
    out = ['## Cost terms the GCN uses', '']
    d = cached(root, 'term_shares.json')
    if d is None:
        return out + ['Not computed: run `training/term_shares.py`.', '']
    how = 'the larger of execution and memory, plus overheads' if d['combine'] == 'roofline' else 'the sum of the weighted terms'
    out += [f'A stage\'s time is {how}; each term is the network\'s coefficient times an analytic cost (training/terms.py). '
            f'Over the {d["samples"]} training samples: the term\'s share of the weighted terms, its median coefficient where it applies '
            '(1 = nominal), and the unweighted term summed over the pipeline against the measured time (median). '
            'A share and a coefficient near 0 mean the network switched the term off.', '',
            '| term | share | median coefficient | nominal / measured | samples |', '| --- | ---: | ---: | ---: | ---: |']
    for r in d['rows']:
        out.append(f'| {r["term"]} | {fmt(r["share"], True)} | {fmt(r["median_coef"])} | {fmt(r["nominal_over_measured"])} | {r["samples"]} |')
    return out + ['']


def realworld_section(root, table_rw=None, cv_lines=()):
    """The realworld group (generators written by others) as the product scores it: `halide-lens rank`
    with the shipped model, beside Adams2019 on exactly the samples it can score. When the model trained
    on realworld repositories, the honest number is out of fold (`cv_lines`, training/realworld.py)."""
    lines = ['## Realworld group (generators written by others)', '']
    if cv_lines:
        lines += ['### Out of fold, by repository (the estimate for code the model never saw)', '',
                  'Each realworld sample scored by a model trained on every other realworld repository (one member,',
                  '`train.py --realworld-train K/N`), beside the same recipe trained on none of them and Adams2019:', '']
        lines += list(cv_lines) + ['']
    lines += ['### The shipped model', '',
              'From `node dist/server.js rank` (the shipped ONNX model through the product\'s own featurizer; realworld',
              'samples are featurized from the pipeline Halide reported when it measured them, data/dumps/):', '']
    for args in (['rank'], ['rank', '--in-sample']):
        try:
            out = subprocess.run(['node', os.path.join(root, 'dist', 'server.js'), *args], cwd=root, capture_output=True, text=True, timeout=900)
            if out.returncode != 0:
                raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f'exit {out.returncode}')
            lines += [l for l in out.stdout.splitlines() if not l.startswith('# ')] + ['']
        except Exception as e:  # noqa: BLE001 - the report says why the section is missing
            lines += [f'`{" ".join(args)}`: {e}.', '']
    if table_rw:
        lines += ['', 'The models trained here on the same realworld samples (every sample, pairs at any ratio):', '']
        lines += table(table_rw, None)
    return lines + ['']


def write(root, meta, test_ids, preds, tables, floor, adams_ids, noise=None, confidence_lines=(), cv_lines=()):
    splits = collections.Counter(m['split'] for m in meta.values())
    pipes = collections.defaultdict(set)
    for m in meta.values():
        pipes[m['split']].add(m['pipeline'])
    lines = [
        '# Cost model report', '',
        f'Written by `training/evaluate.py` on {datetime.date.today().isoformat()}. Reproduce: `bash training/run_all.sh`.', '',
        'Samples: ' + ', '.join(f'{k} {splits[k]} ({len(pipes[k])} pipelines)' for k in ('train', 'validation', 'test')) + '.',
        'Splits are by pipeline (data/splits.json): no test pipeline was seen in training or model selection.', '',
        'Metrics: MAPE of total run time; Kendall tau, pairwise ordering accuracy and top-1 / top-5 regret are computed',
        'within each pipeline and averaged over pipelines. Regret: how much slower the best of the model\'s top-k',
        'schedules is than the fastest measured one.', '',
        '## Test split, every sample', '',
    ]
    lines += table(tables['all'], floor['test'])
    if not floor['test']:
        lines += ['', 'No test sample has a second measurement yet: the noise floor row is missing.']
    lines += ['']
    if tables['adams']:
        lines += ['## The subset Adams2019 can score', '',
                  f'Adams2019 scores only its own search states (samples that carry its featurization): {len(adams_ids)} test samples.',
                  'Every model on exactly those samples:', '']
        lines += table(tables['adams'], None)
        g = tables['adams'].get('gcn')
        for k in ('adams2019-retrained', 'xgboost'):
            if g and k in tables['adams'] and g['mape'] > 0:
                b = tables['adams'][k]
                lines.append(f'\n{NAMES[k]} MAPE / GCN MAPE on this subset: {b["mape"] / g["mape"]:.2f}x '
                             f'(median APE: {b["median_ape"] / g["median_ape"]:.2f}x).')
                lines += outlier_note(meta, adams_ids, preds, k)
        lines += ['']
    else:
        lines += ['## Adams2019', '', 'No Adams2019 predictions found (training/cache/adams2019_predictions.jsonl).', '']
    lines += realworld_section(root, tables.get('realworld'), cv_lines)
    if 'xgboost' in tables['all'] and tables['all']['gcn']['mape'] > 0:
        lines += [f'XGBoost MAPE / GCN MAPE on the whole test split: {tables["all"]["xgboost"]["mape"] / tables["all"]["gcn"]["mape"]:.2f}x.', '']
    if floor['all']:
        f = floor['all']
        lines += [f'Noise floor over all re-measured samples ({f["n"]}): MAPE {fmt(f["mape"], True)}, tau {fmt(f["tau"])}.', '']
    if os.path.exists(os.path.join(root, 'models', 'LEARNING_CURVE.md')):
        lines += ['How the error falls with more measured pipelines: [LEARNING_CURVE.md](LEARNING_CURVE.md) '
                  '(`training/learning_curve.py`).', '']
    lines += ['## GCN error by schedule source (test split)', ''] + by_source(meta, test_ids, preds['gcn']) + ['']
    lines += ['## Worst test pipelines for the GCN', ''] + worst(meta, test_ids, preds['gcn']) + ['']
    lines += ['## GCN ranking per test pipeline', ''] + ranking(meta, test_ids, preds['gcn'], noise or {}) + ['']
    lines += list(confidence_lines)
    lines += per_stage_section(root)
    lines += term_section(root)
    lines += ['## Predicted vs measured (test split)', '']
    for k, name in scatter(root, meta, test_ids, preds):
        lines.append(f'![{NAMES.get(k, k)}](report/{name})')
    lines.append('')
    with open(os.path.join(root, 'models', 'REPORT.md'), 'w') as f:
        f.write('\n'.join(lines))
    print('wrote models/REPORT.md')
