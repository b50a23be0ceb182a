"""One ensemble from several train.py runs of the same recipe (training/cache/RUN.pt), every member kept:
seeds are cheap to add and one run's luck moves the held-out realworld ranking by several points.
The runs may have seen different data: a committee of the turns of the search-measure-retrain loop
(each turn trained on the previous turn's picks; a shipped model's members rebuilt by from_onnx.py)
disagrees most on the picks no turn has measured, which the search's caution then avoids.

  /usr/bin/python3 training/combine.py RUN [RUN ...] [--name gcn] [--out models]

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
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('runs', nargs='+', help='training/cache/RUN.pt checkpoints, the newest last')
    ap.add_argument('--name', default='gcn', help='the predictions written: training/cache/predictions/NAME*.jsonl')
    ap.add_argument('--out', default=export.MODELS, help='directory for cost_model.onnx and cost_model.json')
    opts = ap.parse_args()
    runs = opts.runs
    ckpts = [torch.load(os.path.join(HERE, 'cache', f'{r}.pt')) for r in runs]
    # The network and its loss must match; where the features came from and how many processes trained may not.
    free = ('seed', 'name', 'export', 'out', 'features', 'jobs', 'threads')
    recipes = {tuple(sorted((k, str(v)) for k, v in c['args'].items() if k not in free)) for c in ckpts}
    if len(recipes) != 1:
        keys = sorted({k for c in ckpts for k in c['args']} - set(free))
        differ = [k for k in keys if len({str(c['args'].get(k)) for c in ckpts}) > 1]
        raise SystemExit(f'the runs differ in {", ".join(differ)}: one ensemble takes one recipe')
    # The newest run's data (listed last) for the predictions and the description.
    args = argparse.Namespace(**ckpts[-1]['args'])
    args.name = opts.name
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
    train.write_predictions(model, samples, opts.name)
    for k, m in enumerate(members):
        train.write_predictions(m, samples, f'{opts.name}.member{k}')
    # Each member's best epoch, as train.py saves it (checkpoints from before it did: unknown).
    epochs = [e for c in ckpts for e in c.get('epochs', [None] * c['args']['ensemble'])]
    export.export(model, norm, samples, args, epochs, schema, out=opts.out)


if __name__ == '__main__':
    main()
