"""Per-stage error against Halide's profiler, for the test split's hand-scheduled corpus pipelines.

Samples carry total run time only; Halide's profiler (`halide-lens profile`) times each Func. Profiles
are measured once and kept in data/profiles/ (append-only, like the samples); predictions come from
the committed model through `halide-lens predict`, the same path the editor uses.

  /usr/bin/python3 training/per_stage.py          # profiles what is missing, prints the comparison
"""
import datetime
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROFILES = os.path.join(ROOT, 'data', 'profiles')


def cli(*args):
    r = subprocess.run(['node', os.path.join(ROOT, 'dist', 'server.js'), *args], cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f'halide-lens {" ".join(args)} failed: {r.stderr.strip()[-400:]}')
    return json.loads(r.stdout)


def test_corpus_pipelines():
    with open(os.path.join(ROOT, 'data', 'splits.json')) as f:
        splits = json.load(f)
    return [p.split('/', 1)[1] for p in splits['test'] if p.startswith('corpus/')]


def profile(name):
    path = os.path.join(PROFILES, f'{name}.json')
    if os.path.exists(path):
        with open(path) as f:
            return json.load(f)
    print(f'profiling corpus/{name} (hand schedule)...', file=sys.stderr, flush=True)
    p = cli('profile', f'corpus/{name}.cpp', '--json')
    p['date'] = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')
    os.makedirs(PROFILES, exist_ok=True)
    with open(path, 'w') as f:
        json.dump(p, f, indent=1)
        f.write('\n')
    return p


def compare(name, prof):
    """Per timed Func: predicted ms (its stages summed) against the profiler's ms, and shares."""
    pred = cli('predict', f'corpus/{name}.cpp', '--threads', str(prof['threads']), '--json')
    by_func = {}
    for s in pred['stages']:
        by_func[s['func']] = by_func.get(s['func'], 0.0) + s['ms']
    rows = []
    for r in prof['rows']:
        if r['func'] not in by_func or r['ms'] <= 0:
            continue
        rows.append({'func': r['func'], 'measured_ms': r['ms'], 'predicted_ms': by_func[r['func']],
                     'measured_share': r['share'], 'predicted_share': by_func[r['func']] / pred['totalMs'] if pred['totalMs'] > 0 else 0.0})
    return {'pipeline': f'corpus/{name}', 'measured_total': prof['totalMs'], 'predicted_total': pred['totalMs'], 'funcs': rows}


def summary(results):
    errs, share_errs = [], []
    for r in results:
        for f in r['funcs']:
            errs.append(abs(f['predicted_ms'] - f['measured_ms']) / f['measured_ms'])
            share_errs.append(abs(f['predicted_share'] - f['measured_share']))
    errs.sort()
    share_errs.sort()
    med = lambda xs: xs[len(xs) // 2] if xs else float('nan')  # noqa: E731
    return {'funcs': len(errs), 'median_rel_error': med(errs), 'mean_rel_error': sum(errs) / len(errs) if errs else float('nan'),
            'median_share_error': med(share_errs)}


def main():
    results = []
    for name in test_corpus_pipelines():
        try:
            results.append(compare(name, profile(name)))
        except RuntimeError as e:
            print(f'{name}: {e}', file=sys.stderr)
    out = {'pipelines': results, 'summary': summary(results)}
    os.makedirs(os.path.join(HERE, 'cache'), exist_ok=True)
    with open(os.path.join(HERE, 'cache', 'per_stage.json'), 'w') as f:
        json.dump(out, f, indent=1)
    print(json.dumps(out['summary']))


if __name__ == '__main__':
    main()
