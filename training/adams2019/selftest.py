#!/usr/bin/python3
"""Checks that `--trainer plugin` (our loop over the plugin's train_cost_model) matches Halide's
retrain_cost_model on data both can train on.

Our measured pipelines have fewer than the 8 distinct schedules retrain_cost_model requires, so
this builds a throwaway training set in a temporary directory: 10 copies of one real featurization
with schedule feature 0 (num_realizations) shifted by k and run time 1+k ms. It is only a test of
the training loop; nothing here is used for predictions. Both trainers start from the shipped
weights and run the same epochs; the weights must agree to float rounding.

  /usr/bin/python3 training/adams2019/selftest.py [--data data]
"""
import argparse
import os
import struct
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402


def weights_floats(path):
    raw = open(path, 'rb').read()
    return struct.unpack('<%df' % (len(raw) // 4), raw)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default=os.path.join(run.REPO, 'data'))
    ap.add_argument('--epochs', type=int, default=50)
    args = ap.parse_args()
    run.build_scorer()
    rows = run.load(args.data)
    if not rows:
        run.die('no featurized samples under %s' % args.data)
    base = rows[0]
    fake = []
    for k in range(10):
        b = bytearray(base['feat'])
        struct.pack_into('<f', b, 0, struct.unpack_from('<f', b, 0)[0] + k)
        fake.append(dict(base, id='selftest%02d' % k, feat=bytes(b), ms=1.0 + k))
    plan = run.retrain_plan(fake)
    assert [p['role'] for p in plan] == ['trained'], plan
    with tempfile.TemporaryDirectory() as tmp:
        run.CACHE = tmp
        shipped = os.path.join(tmp, 'shipped.weights')
        import subprocess
        subprocess.run([run.SCORER, '--dump-shipped', shipped], check=True, capture_output=True)
        out = {}
        for trainer in ('retrain_cost_model', 'plugin'):
            ns = argparse.Namespace(epochs=args.epochs, rate=1e-4, num_cores=2, threads=1, time_cap=120,
                                    trainer=trainer, min_schedules=2, select_epochs=[])
            out[trainer] = os.path.join(tmp, trainer + '.weights')
            # No validation samples and no checkpoints to choose from: both trainers run exactly --epochs.
            info, err = run.retrain(plan, ns, shipped, out[trainer], samples=[])
            if err:
                run.die(err)
        a, b, s = (weights_floats(p) for p in (out['retrain_cost_model'], out['plugin'], shipped))
        diff = max(abs(x - y) for x, y in zip(a[4:], b[4:]))
        moved = max(abs(x - y) for x, y in zip(a[4:], s[4:]))
    print('selftest: after %d epochs, max |retrain_cost_model - plugin| = %.3g (weights moved up to %.3g from shipped)'
          % (args.epochs, diff, moved))
    if not moved > 1e-4 or diff > 1e-5:
        run.die('selftest FAILED')
    print('selftest: PASS')


if __name__ == '__main__':
    main()
