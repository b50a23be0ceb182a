"""Which analytic cost terms the trained GCN actually uses (training/terms.py), for models/REPORT.md.

Per term, over the training split and every ensemble member:
- share: the term's part of the weighted terms (coefficient x term) summed over a pipeline's
  stages, averaged over samples. Under `--combine roofline` it is the share before the max.
- median coefficient where the term applies (1 = the nominal physics in terms.py).
- nominal / measured: the unweighted term summed over a pipeline's stages against its measured
  time, median over the samples where the term applies. Far from 1 means the scale is off.
A term with a ~0 share and a ~0 coefficient is one the network switched off.

  /usr/bin/python3 training/term_shares.py [--name gcn]   # reads training/cache/NAME.pt
"""
import argparse
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(__file__))
import dataset  # noqa: E402
import export  # noqa: E402
from gcn import Ensemble  # noqa: E402
from terms import TERMS  # noqa: E402
from train import build_model  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def load_ensemble(name, train, schema):
    """The ensemble train.py saved as training/cache/NAME.pt, rebuilt from its own options."""
    saved = torch.load(os.path.join(HERE, 'cache', f'{name}.pt'))
    # Checkpoints from before --combine existed were sums.
    args = argparse.Namespace(**{'combine': 'sum', **saved['args']})
    if args.no_terms:
        raise SystemExit(f'{name} predicts log(ms) directly: it has no cost terms to decompose')
    norm = dataset.Normaliser(train)  # shapes only: the saved state carries the normalisation
    model = Ensemble([build_model(args, train[0], norm, schema) for _ in range(args.ensemble)])
    model.load_state_dict(saved['state'])
    return model.eval(), args


def decompose(model, samples, batch=128):
    names = [n for n, _ in TERMS]
    shares, coefs, ratios = [], [[] for _ in names], [[] for _ in names]
    with torch.no_grad():
        for k in range(0, len(samples), batch):
            part = samples[k:k + batch]
            t = dataset.pad_batch(part)
            mask = t['mask'].unsqueeze(-1)
            for m in model.members:
                out, terms = m.heads(t['x'], t['g'], t['adj'], t['mask'])
                coef = m.coefficients(out)
                w = (coef * terms * mask).sum(1)                  # [B,T]
                shares.append((w / w.sum(-1, keepdim=True).clamp(min=1e-12)).numpy())
                nominal = (terms * mask).sum(1)                   # [B,T]
                on = (terms > 0) & (mask > 0)
                for i in range(len(names)):
                    coefs[i].append(coef[..., i][on[..., i]].numpy())
                    applies = nominal[:, i] > 0
                    ratios[i].append((nominal[:, i] / t['y'])[applies].numpy())
    share = np.concatenate(shares).mean(0)
    rows = []
    for i, n in enumerate(names):
        c, r = np.concatenate(coefs[i]), np.concatenate(ratios[i])
        rows.append({'term': n, 'share': float(share[i]),
                     'median_coef': float(np.median(c)) if len(c) else None,
                     'nominal_over_measured': float(np.median(r)) if len(r) else None,
                     'samples': int(len(r)) // len(model.members)})
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--features', default=os.path.join(HERE, 'cache', 'features.jsonl.gz'))
    ap.add_argument('--name', default='gcn')
    args = ap.parse_args()
    torch.set_num_threads(1)
    samples = dataset.load(args.features)
    schema = export.schema_from_featurizer()
    export.check_schema(schema, samples)
    train = dataset.by_split(samples)['train']
    model, margs = load_ensemble(args.name, train, schema)
    rows = decompose(model, train)
    out = {'model': args.name, 'combine': margs.combine, 'samples': len(train), 'rows': rows}
    path = os.path.join(HERE, 'cache', 'term_shares.json')
    with open(path, 'w') as f:
        json.dump(out, f, indent=1)
    for r in rows:
        print(f'{r["term"]:16s} share {r["share"]:6.1%}  coef {r["median_coef"] or 0:8.4f}  '
              f'nominal/measured {r["nominal_over_measured"] or 0:8.3f} ({r["samples"]} samples)')
    print(f'wrote {path}')


if __name__ == '__main__':
    main()
