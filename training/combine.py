"""One ensemble from several train.py runs of the same recipe (training/cache/RUN.pt), every member kept:
seeds are cheap to add and one run's luck moves the held-out realworld ranking by several points.

  /usr/bin/python3 training/combine.py RUN [RUN ...]

Writes the members' and the ensemble's predictions (training/cache/predictions/gcn*.jsonl) and exports
models/cost_model.onnx and cost_model.json; run training/evaluate.py after it for the recorded metrics.
"""
import argparse
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import export  # noqa: E402
import train  # noqa: E402
from gcn import Ensemble  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    runs = sys.argv[1:]
    if not runs:
        raise SystemExit(__doc__)
    ckpts = [torch.load(os.path.join(HERE, 'cache', f'{r}.pt')) for r in runs]
    recipes = {tuple(sorted((k, str(v)) for k, v in c['args'].items() if k not in ('seed', 'name', 'export'))) for c in ckpts}
    if len(recipes) != 1:
        raise SystemExit('the runs differ in more than their seeds: one ensemble takes one recipe')
    args = argparse.Namespace(**ckpts[0]['args'])
    args.name = 'gcn'
    args.ensemble = sum(c['args']['ensemble'] for c in ckpts)
    args.runs = ' + '.join(f"{r} (seeds {c['args']['seed']}..{c['args']['seed'] + c['args']['ensemble'] - 1})" for r, c in zip(runs, ckpts))
    samples, norm, schema = train.prepare(args)
    members = []
    for c in ckpts:
        for k in range(c['args']['ensemble']):
            m = train.build_model(args, samples[0], norm, schema)
            prefix = f'members.{k}.'
            m.load_state_dict({key[len(prefix):]: v for key, v in c['state'].items() if key.startswith(prefix)})
            members.append(m.eval())
    model = Ensemble(members).eval()
    train.write_predictions(model, samples, 'gcn')
    for k, m in enumerate(members):
        train.write_predictions(m, samples, f'gcn.member{k}')
    # Each member's best epoch, as train.py saves it (checkpoints from before it did: unknown).
    epochs = [e for c in ckpts for e in c.get('epochs', [None] * c['args']['ensemble'])]
    export.export(model, norm, samples, args, epochs, schema)


if __name__ == '__main__':
    main()
