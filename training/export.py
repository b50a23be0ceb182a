"""Export the trained model to models/cost_model.onnx and describe it in models/cost_model.json.

The JSON names the feature schema the network was trained on (read from the TypeScript featurizer
itself, so the names can't drift), the normalisation baked into the graph, the data it saw and the
training command. evaluate.py adds the test-split metrics.
"""
import collections
import json
import os
import subprocess

import torch

import label
from terms import TERMS

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MODELS = os.path.join(ROOT, 'models')


def schema_from_featurizer():
    js = ("const f=require('./out/server/src/features');"
          "console.log(JSON.stringify({schema:f.FEATURE_SCHEMA_VERSION,stage:f.STAGE_FEATURE_NAMES,global:f.GLOBAL_FEATURE_NAMES}))")
    out = subprocess.run(['node', '-e', js], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def check_schema(schema, samples):
    """The features file must be the built featurizer's: the cost terms find their columns by name."""
    if schema['schema'] != samples[0].schema:
        raise SystemExit(f'features file has schema {samples[0].schema}, the built featurizer {schema["schema"]}: regenerate features')
    if len(schema['stage']) != samples[0].x.shape[1] or len(schema['global']) != samples[0].g.shape[0]:
        raise SystemExit('feature counts in the file differ from the featurizer: regenerate features')


def export(model, norm, samples, args, best_epoch, schema, out=MODELS):
    """Writes cost_model.onnx and cost_model.json into `out`. `schema`: schema_from_featurizer(),
    already checked against `samples` by check_schema."""
    model.eval()
    os.makedirs(out, exist_ok=True)
    b, n = 2, 5
    dummy = (torch.zeros(b, n, len(schema['stage'])), torch.zeros(b, len(schema['global'])), torch.zeros(b, n, n), torch.ones(b, n))
    onnx_path = os.path.join(out, 'cost_model.onnx')
    torch.onnx.export(
        model, dummy, onnx_path, input_names=['x', 'globals', 'adj', 'mask'], output_names=['stage_ms', 'total_ms', 'total_log_sd'],
        dynamic_axes={'x': {0: 'batch', 1: 'stages'}, 'globals': {0: 'batch'}, 'adj': {0: 'batch', 1: 'stages', 2: 'stages'},
                      'mask': {0: 'batch', 1: 'stages'}, 'stage_ms': {0: 'batch', 1: 'stages'}, 'total_ms': {0: 'batch'},
                      'total_log_sd': {0: 'batch'}},
        opset_version=13,
    )
    splits = collections.Counter(s.split for s in samples)
    pipes = collections.defaultdict(set)
    for s in samples:
        pipes[s.split].add(s.pipeline)
    meta = {
        'format': 1,
        'schema': schema['schema'],
        'label': label.LABEL,
        'stageFeatures': schema['stage'],
        'globalFeatures': schema['global'],
        'inputs': {'x': '[batch, stages, stageFeatures] raw featurizer values', 'globals': '[batch, globalFeatures]',
                   'adj': '[batch, stages, stages]; adj[b][c][p] = 1 when stage p feeds stage c', 'mask': '[batch, stages] 1 for real stages'},
        'outputs': {'stage_ms': 'predicted ms per stage', 'total_ms': 'sum over stages',
                    'total_log_sd': "standard deviation over the ensemble's members of ln(total ms): their disagreement"},
        'normalisation': norm.to_json(),
        'architecture': {'kind': 'gcn' if not args.no_graph else 'no-graph', 'width': args.width, 'layers': args.layers,
                         'ensemble': args.ensemble, 'dropout': args.dropout, 'inputDropout': args.input_dropout,
                         'costTerms': None if args.no_terms else [n for n, _ in TERMS]},
        'training': {k: v for k, v in vars(args).items() if k not in ('features', 'out')} | {'bestEpochs': best_epoch},
        'data': {'samples': dict(splits), 'pipelines': {k: len(v) for k, v in pipes.items()}},
        # Realworld pipelines trained on (--realworld-train): `rank` scores them apart, as in-sample.
        'trainedOnRealworld': sorted(p for p in pipes['train'] if p.startswith('realworld/')),
        'metrics': None,
        'confidence': None,  # evaluate.py: what the members' disagreement says about the error
    }
    with open(os.path.join(out, 'cost_model.json'), 'w') as f:
        json.dump(meta, f, indent=1)
        f.write('\n')
    print(f'exported {onnx_path} ({os.path.getsize(onnx_path) / 1024:.0f} KiB) and cost_model.json')
