#!/usr/bin/python3
"""Adams2019 baseline: Halide 14's own cost model on our measured samples.

  /usr/bin/python3 training/adams2019/run.py --data data --out training/cache/adams2019_predictions.jsonl

1. builds training/cache/score_adams (build.sh) when missing or older than its source;
2. scores every featurized sample with the weights shipped in the plugin, and checks that this
   reproduces the cost the autoscheduler itself logged for that state (`adams2019Cost`);
3. retrains with Halide's `retrain_cost_model`, starting from the shipped weights, on the samples
   of our training split (cached in training/cache/adams2019_retrained.weights; --reuse-weights
   skips this step);
4. writes one JSON line per featurized sample:
   {"id", "pipeline", "split", "source", "ms", "shipped", "retrained"}.
See README.md next to this file.
"""
import argparse
import base64
import collections
import gzip
import hashlib
import json
import math
import os
import re
import shutil
import struct
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
import label  # noqa: E402  (training/label.py: the same run-time label as the other models)
CACHE = os.path.join(REPO, 'training', 'cache')
SCORER = os.path.join(CACHE, 'score_adams')
PLUGIN_DIR = '/usr/lib/x86_64-linux-gnu/halide14'
RETRAIN = os.path.join(PLUGIN_DIR, 'retrain_cost_model')

# NetworkSize.h / Featurization.h (Halide 14): floats per stage in a featurization.
SCHED_FEATS = 39
PIPE_FEATS = 7 + 40 * 7
STAGE_BYTES = 4 * (SCHED_FEATS + PIPE_FEATS)
# retrain_cost_model skips any pipeline with fewer distinct schedules than this
# (retrain_cost_model.cpp: `if (p.second.schedules.size() < 8) continue;`).
RETRAIN_MIN_SCHEDULES = 8


def log(*a):
    print('[adams2019]', *a, file=sys.stderr, flush=True)


def die(msg):
    print('[adams2019] ERROR: ' + msg, file=sys.stderr, flush=True)
    sys.exit(1)


# ------------------------------------------------------------------ data ----
def read_parts(folder):
    out = []
    if not os.path.isdir(folder):
        return out
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.jsonl.gz'):
            continue
        with gzip.open(os.path.join(folder, name), 'rt', encoding='utf-8') as f:
            out.extend(json.loads(line) for line in f if line.strip())
    return out


def split_of(pipeline, splits):
    """The stored split (data/splits.json lists every planned pipeline before it is measured)."""
    if pipeline.startswith('realworld/'):
        return 'realworld'  # code written by others: its own group, never in splits.json (collect/realworld.ts)
    base = re.sub(r'@.*$', '', pipeline, flags=re.S)
    for name in ('test', 'validation', 'train'):
        if base in splits.get(name, []):
            return name
    raise SystemExit(f'{pipeline} is not in data/splits.json: run `node dist/server.js collect --summary` first')


def load(data_dir):
    samples = {s['id']: s for s in read_parts(os.path.join(data_dir, 'samples'))}
    feats = {}
    for r in read_parts(os.path.join(data_dir, 'features')):
        feats[r['id']] = base64.b64decode(r['featurization'])
    sp_file = os.path.join(data_dir, 'splits.json')
    splits = json.load(open(sp_file)) if os.path.exists(sp_file) else {}
    rows = []
    missing = 0
    for sid, s in samples.items():
        if not s.get('hasFeaturization'):
            continue
        if sid not in feats:
            missing += 1  # sample part flushed before its feature part: picked up on the next run
            continue
        b = feats[sid]
        if len(b) == 0 or len(b) % STAGE_BYTES:
            die('featurization of %s is %d bytes, not a whole number of %d-byte stages' % (sid, len(b), STAGE_BYTES))
        rows.append({'id': sid, 'pipeline': s['pipeline'], 'split': split_of(s['pipeline'], splits),
                     'source': s['schedule']['source'], 'ms': label.measured_ms(s),
                     'adams2019Cost': s.get('adams2019Cost'), 'text': s['schedule'].get('text'), 'feat': b})
    if missing:
        log('%d samples say hasFeaturization but their featurization is not in %s/features yet; skipped' % (missing, data_dir))
    orphans = len(set(feats) - set(samples))
    if orphans:
        log('%d featurizations have no sample record; skipped' % orphans)
    rows.sort(key=lambda r: (r['pipeline'], r['id']))
    return rows


# --------------------------------------------------------------- scorer ----
def build_scorer(force=False):
    src = os.path.join(HERE, 'score_adams.cpp')
    if force or not os.path.exists(SCORER) or os.path.getmtime(SCORER) < max(os.path.getmtime(src), os.path.getmtime(os.path.join(HERE, 'build.sh'))):
        log('building', SCORER)
        subprocess.run(['sh', os.path.join(HERE, 'build.sh'), SCORER], check=True)


def score(rows, weights, num_cores):
    """weights: a .weights path or 'shipped'. Returns {id: cost}."""
    lines = ''.join('%s\tb64:%s\t%s\n' % (r['id'], base64.b64encode(r['feat']).decode(), weights) for r in rows)
    p = subprocess.run([SCORER, '--num-cores', str(num_cores), '-'], input=lines, capture_output=True, text=True)
    if p.returncode != 0:
        die('score_adams failed: ' + p.stderr.strip())
    out = {}
    for line in p.stdout.splitlines():
        i, c = line.split('\t')
        out[i] = float(c)
    if len(out) != len(rows):
        die('score_adams returned %d costs for %d samples' % (len(out), len(rows)))
    return out


def reproduction_check(rows, shipped):
    """The autoscheduler logs 'Best cost: X' with 6 significant digits; our cost must round to it."""
    n = worst = 0
    bad = []
    for r in rows:
        ref = r['adams2019Cost']
        if ref is None:
            continue
        n += 1
        c = shipped[r['id']]
        rel = abs(c - ref) / abs(ref) if ref else abs(c)
        worst = max(worst, rel)
        # half a unit in the 6th significant digit of the logged value, plus float slack
        tol = 0.5 * 10 ** (math.floor(math.log10(abs(ref))) - 5) * 1.01 if ref else 1e-12
        if abs(c - ref) > tol:
            bad.append((r['id'], r['pipeline'], c, ref))
    return n, worst, bad


# -------------------------------------------------------------- retrain ----
def hash_floats(h, raw):
    """retrain_cost_model.cpp hash_floats (boost-style combine over float bit patterns)."""
    M = (1 << 64) - 1
    for (bits,) in struct.iter_unpack('<I', raw):
        h ^= (bits + 0x9e3779b9 + ((h << 6) & M) + (h >> 2)) & M
    return h


def retrain_plan(train_rows):
    """Groups the training samples the way retrain_cost_model will, to say what it trains on.

    Pipeline id: one per distinct (pipeline, pipeline features); schedule id: index in the group.
    retrain_cost_model keeps one entry per distinct schedule-feature vector, skips pipelines with
    fewer than 8 of them, and (when it sees more than 16 pipelines) holds out as its own validation
    set those whose pipeline-feature hash is 0 mod 8."""
    groups = collections.OrderedDict()
    for r in train_rows:
        b = r['feat']
        ns = len(b) // STAGE_BYTES
        stages = [b[k * STAGE_BYTES:(k + 1) * STAGE_BYTES] for k in range(ns)]
        pipe = b''.join(st[4 * SCHED_FEATS:] for st in stages)
        groups.setdefault((r['pipeline'], hashlib.sha256(pipe).hexdigest()), []).append(r)
    plan = []
    for pid, ((pipeline, _), rs) in enumerate(sorted(groups.items())):
        first = rs[0]['feat']
        ns = len(first) // STAGE_BYTES
        # pipeline_features(x, y, stage) = stage floats [39 + (x + 1) * 7 + y]; hashed x-fastest
        pf = []
        for k in range(ns):
            fl = struct.unpack('<%df' % (STAGE_BYTES // 4), first[k * STAGE_BYTES:(k + 1) * STAGE_BYTES])
            for y in range(7):
                for x in range(40):
                    pf.append(fl[SCHED_FEATS + (x + 1) * 7 + y])
        phash = hash_floats(0, struct.pack('<%df' % len(pf), *pf))
        distinct = len({b''.join(r['feat'][k * STAGE_BYTES:k * STAGE_BYTES + 4 * SCHED_FEATS] for k in range(ns)) for r in rs})
        plan.append({'pipeline_id': pid, 'pipeline': pipeline, 'rows': rs, 'distinct': distinct, 'hash_mod8': phash & 7})
    held_out = len(plan) > 16
    for p in plan:
        p['role'] = ('skipped (<%d distinct schedules)' % RETRAIN_MIN_SCHEDULES if p['distinct'] < RETRAIN_MIN_SCHEDULES
                     else 'held out by retrain_cost_model (validation)' if held_out and p['hash_mod8'] == 0
                     else 'trained')
    return plan


def write_samples(plan, folder):
    """Our equivalent of featurization_to_sample: featurization + float32 runtime in ms + int32
    pipeline id + int32 schedule id (featurization_to_sample takes seconds and stores ms)."""
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    paths = []
    for p in plan:
        for sched_id, r in enumerate(p['rows']):
            path = os.path.join(folder, '%s.sample' % r['id'])
            with open(path, 'wb') as f:
                f.write(r['feat'])
                f.write(struct.pack('<fii', r['ms'], p['pipeline_id'], sched_id))
            # retrain_cost_model copies the fastest sample's .schedule.h to --best_schedule
            with open(os.path.join(folder, '%s.schedule.h' % r['id']), 'w') as f:
                f.write(r['text'] or '')
            paths.append(path)
    return paths


def dedup(rows, ns):
    """One row per distinct schedule-feature vector, keeping the fastest (as retrain_cost_model does)."""
    best = {}
    for r in rows:
        key = b''.join(r['feat'][k * STAGE_BYTES:k * STAGE_BYTES + 4 * SCHED_FEATS] for k in range(ns))
        if key not in best or r['ms'] < best[key]['ms']:
            best[key] = r
    return sorted(best.values(), key=lambda r: r['id'])


def validation_mape(rows, weights, num_cores):
    """MAPE of the total time over the validation split's featurized samples."""
    val = [r for r in rows if r['split'] == 'validation']
    if not val:
        return None
    pred = score(val, weights, num_cores)
    return sum(abs(pred[r['id']] - r['ms']) / r['ms'] for r in val) / len(val)


def train_plugin(plan, args, shipped_weights, out_weights, samples):
    """Our loop over the plugin's `train_cost_model` (Halide's loss and Adam update), for when
    retrain_cost_model's 8-schedule minimum leaves nothing to train on. The number of epochs is
    chosen among --select-epochs by validation MAPE: Halide's loss, L2 on throughput relative to
    the batch's fastest, barely charges over-prediction (a cost 1000x too high loses at most 1 per
    schedule), so longer training can drift far upwards on pipelines it has not seen."""
    lines = []
    used = 0
    for p in plan:
        ns = len(p['rows'][0]['feat']) // STAGE_BYTES
        rows = dedup(p['rows'], ns)
        if len(rows) < args.min_schedules:
            continue
        used += 1
        lines += ['%d\t%r\tb64:%s\n' % (p['pipeline_id'], r['ms'], base64.b64encode(r['feat']).decode()) for r in rows]
    if not used:
        return None, 'no training pipeline has %d or more distinct schedules' % args.min_schedules
    listfile = os.path.join(CACHE, 'adams2019_train_list.tsv')
    with open(listfile, 'w') as f:
        f.writelines(lines)
    partial = os.path.join(CACHE, 'adams2019_retrained.partial.weights')
    candidates = sorted({e for e in args.select_epochs if 0 < e <= args.epochs} | {args.epochs})
    cmd = [SCORER, '--train', listfile, '--initial', shipped_weights, '--out', partial, '--epochs', str(args.epochs),
           '--rate', '%g' % args.rate, '--num-cores', str(args.num_cores), '--checkpoints', ','.join(map(str, candidates))]
    env = dict(os.environ, HL_NUM_THREADS=str(args.threads))
    log('retraining (plugin train_cost_model, %d pipelines, %d schedules): %s' % (used, len(lines), ' '.join(cmd)))
    t0 = time.time()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=args.time_cap)
    except subprocess.TimeoutExpired:
        die('training did not finish %d epochs within %d s; lower --epochs or raise --time-cap' % (args.epochs, args.time_cap))
    secs = time.time() - t0
    with open(os.path.join(CACHE, 'adams2019_retrain.log'), 'w') as f:
        f.write(p.stdout + p.stderr)
    if p.returncode != 0:
        die('score_adams --train failed: ' + p.stderr.strip())
    losses = [float(m) for m in re.findall(r'^epoch \d+ loss (\S+)', p.stdout, re.M)]
    by_epochs = {e: validation_mape(samples, '%s.e%d' % (partial, e), args.num_cores) for e in candidates}
    chosen = args.epochs if None in by_epochs.values() else min(candidates, key=lambda e: by_epochs[e])
    log('validation MAPE by epochs: ' + ', '.join('%d: %s' % (e, 'n/a' if m is None else '%.1f%%' % (100 * m))
                                                    for e, m in by_epochs.items()) + '; chosen %d' % chosen)
    os.replace('%s.e%d' % (partial, chosen), out_weights)
    for e in candidates:
        if os.path.exists('%s.e%d' % (partial, e)):
            os.remove('%s.e%d' % (partial, e))
    os.remove(partial)
    return {'seconds': round(secs, 1), 'epochs_run': args.epochs, 'first_loss': losses[0], 'last_loss': losses[-1],
            'early_stop': False, 'pipelines': used, 'schedules': len(lines), 'chosen_epochs': chosen,
            'validation_mape_by_epochs': {str(e): m for e, m in by_epochs.items()}}, None


def retrain(plan, args, shipped_weights, out_weights, samples):
    if args.trainer == 'plugin':
        info, error = train_plugin(plan, args, shipped_weights, out_weights, samples)
    else:
        info, error = retrain_halide(plan, args, shipped_weights, out_weights)
    if info:
        with open(out_weights + '.json', 'w') as f:
            json.dump({**info, 'trainer': args.trainer, 'epochs': args.epochs, 'rate': args.rate, 'threads': args.threads,
                       'num_cores': args.num_cores}, f, indent=1)
    return info, error


def retrain_halide(plan, args, shipped_weights, out_weights):
    trained = [p for p in plan if p['role'] == 'trained']
    if not trained:
        return None, ('retrain_cost_model would train on nothing: it skips every pipeline with fewer than %d '
                      'distinct Adams2019 schedules, and none of the %d training pipelines has that many '
                      '(most distinct per pipeline: %d). --trainer plugin runs the same Halide training '
                      'pipeline (train_cost_model) with our own loop and no such minimum'
                      % (RETRAIN_MIN_SCHEDULES, len(plan), max((p['distinct'] for p in plan), default=0)))
    folder = os.path.join(CACHE, 'adams2019_samples')
    paths = write_samples(plan, folder)
    partial = os.path.join(CACHE, 'adams2019_retrained.partial.weights')
    if os.path.exists(partial):
        os.remove(partial)
    cmd = [RETRAIN, '--epochs=%d' % args.epochs, '--rates=%g' % args.rate, '--num_cores=%d' % args.num_cores,
           '--initial_weights=' + shipped_weights, '--weights_out=' + partial,
           '--best_benchmark=' + os.path.join(CACHE, 'adams2019_best.benchmark.txt'),
           '--best_schedule=' + os.path.join(CACHE, 'adams2019_best.schedule.h')]
    env = dict(os.environ, HL_NUM_THREADS=str(args.threads))
    log('retraining: %s (HL_NUM_THREADS=%d, cap %d s)' % (' '.join(cmd), args.threads, args.time_cap))
    t0 = time.time()
    logpath = os.path.join(CACHE, 'adams2019_retrain.log')
    with open(logpath, 'w') as lf:
        p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=lf, stderr=subprocess.STDOUT, env=env, text=True)
        try:
            p.communicate(''.join(x + '\n' for x in paths), timeout=args.time_cap)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
            die('retrain_cost_model did not finish %d epochs within %d s (log: %s); lower --epochs or raise --time-cap'
                % (args.epochs, args.time_cap, logpath))
    secs = time.time() - t0
    text = open(logpath).read()
    if p.returncode != 0:
        die('retrain_cost_model exited with %d (log: %s):\n%s' % (p.returncode, logpath, text[-2000:]))
    if not os.path.exists(partial):
        die('retrain_cost_model wrote no weights (log: %s)' % logpath)
    losses = [float(m) for m in re.findall(r'^Loss: (\S+)', text, re.M)]
    if not losses or any(math.isnan(x) for x in losses):
        die('retrain_cost_model reported no finite loss (log: %s); its loss lines: %s' % (logpath, losses[:5]))
    os.replace(partial, out_weights)
    return {'seconds': round(secs, 1), 'epochs_run': len(losses), 'first_loss': losses[0], 'last_loss': losses[-1],
            'early_stop': 'Zero loss, returning early' in text, 'pipelines': len(trained),
            'schedules': sum(p['distinct'] for p in trained)}, None


# ----------------------------------------------------------------- main ----
def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--data', default=os.path.join(REPO, 'data'))
    ap.add_argument('--out', default=os.path.join(CACHE, 'adams2019_predictions.jsonl'))
    ap.add_argument('--reuse-weights', action='store_true', help='use the cached retrained weights; do not retrain')
    ap.add_argument('--num-cores', type=int, default=2,
                    help="the model's num_cores input: the autoschedulers' MachineParams parallelism (collector: 2)")
    ap.add_argument('--epochs', type=int, default=1000, help='retrain_cost_model --epochs')
    ap.add_argument('--rate', type=float, default=1e-4, help='retrain_cost_model --rates (its own default)')
    ap.add_argument('--threads', type=int, default=2, help='HL_NUM_THREADS for retrain_cost_model')
    ap.add_argument('--time-cap', type=int, default=300, help='seconds before retraining counts as failed')
    ap.add_argument('--trainer', choices=['retrain_cost_model', 'plugin'], default='retrain_cost_model',
                    help="retrain_cost_model: Halide's tool (needs >= 8 distinct schedules per pipeline); "
                         "plugin: our loop over the plugin's train_cost_model pipeline (same loss and Adam update)")
    ap.add_argument('--min-schedules', type=int, default=2, help='--trainer plugin: skip pipelines with fewer distinct schedules')
    ap.add_argument('--select-epochs', type=lambda v: [int(x) for x in v.split(',')], default=[25, 50, 100, 200, 400, 700, 1000],
                    help='--trainer plugin: candidate epoch counts (up to --epochs), chosen by validation MAPE')
    ap.add_argument('--rebuild', action='store_true')
    args = ap.parse_args()

    os.makedirs(CACHE, exist_ok=True)
    build_scorer(args.rebuild)
    rows = load(args.data)
    if not rows:
        die('no featurized samples under %s' % args.data)

    shipped_weights = os.path.join(CACHE, 'adams2019_shipped.weights')
    subprocess.run([SCORER, '--dump-shipped', shipped_weights], check=True, capture_output=True)
    shipped = score(rows, 'shipped', args.num_cores)

    n, worst, bad = reproduction_check(rows, shipped)
    print('reproduction check: %d samples with a logged adams2019Cost; max relative difference %.3g; %d outside 6-digit rounding'
          % (n, worst, len(bad)))
    for b in bad[:10]:
        print('  MISMATCH id=%s pipeline=%s ours=%.9g logged=%.9g' % b)
    if bad or n == 0:
        die('reproduction check FAILED' if bad else 'reproduction check impossible: no sample has adams2019Cost')
    print('reproduction check: PASS')

    counts = collections.Counter(r['split'] for r in rows)
    pipes = collections.defaultdict(set)
    for r in rows:
        pipes[r['split']].add(r['pipeline'])
    for s in ('train', 'validation', 'test'):
        print('split %-10s featurized samples %5d  pipelines %4d' % (s, counts[s], len(pipes[s])))

    retrained_weights = os.path.join(CACHE, 'adams2019_retrained.weights')
    plan = retrain_plan([r for r in rows if r['split'] == 'train'])
    roles = collections.Counter(p['role'] for p in plan)
    print('retrain_cost_model on the training split: ' + ', '.join('%d pipelines %s (%d samples)' % (
        v, k, sum(len(p['rows']) for p in plan if p['role'] == k)) for k, v in sorted(roles.items())))
    error = None
    if args.reuse_weights:
        if not os.path.exists(retrained_weights):
            die('--reuse-weights: %s does not exist; run without --reuse-weights first' % retrained_weights)
        log('reusing', retrained_weights)
    else:
        info, error = retrain(plan, args, shipped_weights, retrained_weights, rows)
        if info:
            print(('retrained (%s): %%(pipelines)d pipelines, %%(schedules)d distinct schedules, %%(epochs_run)d epochs '
                   'in %%(seconds).1f s, loss %%(first_loss).4g -> %%(last_loss).4g' % args.trainer) % info
                  + (' (stopped early: zero loss)' if info['early_stop'] else '')
                  + ('; kept the weights after %d epochs (lowest validation MAPE)' % info['chosen_epochs'] if 'chosen_epochs' in info else ''))
        elif os.path.exists(retrained_weights):
            os.remove(retrained_weights)  # stale weights from other data must not be reused silently
    retrained = score(rows, retrained_weights, args.num_cores) if not error else {}
    trainer = None
    if retrained:
        side = retrained_weights + '.json'
        trainer = json.load(open(side)).get('trainer') if os.path.exists(side) else 'unknown'
        if trainer == 'plugin':
            trainer = 'train_cost_model (plugin pipeline, our loop)'

    # A quick look, not the project's evaluation: within-pipeline pairwise ordering accuracy.
    for s in ('train', 'validation', 'test'):
        parts = []
        npairs = 0
        for name, pred in (('shipped', shipped), ('retrained', retrained)):
            good = total = 0
            by = collections.defaultdict(list)
            for r in rows:
                if r['split'] == s and r['id'] in pred:
                    by[r['pipeline']].append((r['ms'], pred[r['id']]))
            for xs in by.values():
                for i in range(len(xs)):
                    for j in range(i + 1, len(xs)):
                        if xs[i][0] != xs[j][0]:
                            total += 1
                            good += (xs[i][0] < xs[j][0]) == (xs[i][1] < xs[j][1])
            if total:
                parts.append('%s %.3f' % (name, good / total))
                npairs = max(npairs, total)
        print('pairwise ordering accuracy, %-10s (%d pairs): %s' % (s, npairs, ', '.join(parts) or '-'))

    tmp = args.out + '.tmp'
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(tmp, 'w') as f:
        for r in rows:
            f.write(json.dumps({'id': r['id'], 'pipeline': r['pipeline'], 'split': r['split'], 'source': r['source'],
                                'ms': r['ms'], 'shipped': shipped[r['id']],
                                'retrained': retrained.get(r['id']), 'retrainedWith': trainer}) + '\n')
    os.replace(tmp, args.out)
    print('wrote %d predictions to %s' % (len(rows), args.out))
    if error:
        die(error + '. The predictions file has "retrained": null.')


if __name__ == '__main__':
    main()
