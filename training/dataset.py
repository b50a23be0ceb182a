"""Samples as graphs: reads the feature file that `halide-lens features --data` writes.

The TypeScript featurizer is the only implementation of the features (DESIGN.md, "Feature schema"),
so this module never computes a feature; it only packs them into padded tensors.
"""
import gzip
import json
from collections import Counter, defaultdict

import numpy as np
import torch

from label import LABEL


class Sample:
    __slots__ = ('id', 'pipeline', 'split', 'source', 'threads', 'ms', 'spread', 'x', 'g', 'edges', 'names', 'schema', 'hardware')

    def __init__(self, d):
        self.id = d['id']
        self.pipeline = d['pipeline']
        self.split = d['split']
        self.source = d['source']
        self.threads = d['threads']
        self.ms = float(d[LABEL])
        self.spread = float(d.get('spread') or 0.0)
        self.x = np.asarray([s['x'] for s in d['stages']], dtype=np.float32)
        self.g = np.asarray(d['globals'], dtype=np.float32)
        self.edges = [tuple(e) for e in d['edges']]
        self.names = [s['name'] for s in d['stages']]
        self.schema = d['schema']
        # The hardware that measured it: run times compare only within one (features --all-hardware).
        self.hardware = d.get('hardware') or ''


def load(path, min_ms=0.0):
    """All samples with at least one stage and a positive time, in file order."""
    out = []
    with gzip.open(path, 'rt') as f:
        for line in f:
            d = json.loads(line)
            if not d.get('stages') or not d.get(LABEL) or d[LABEL] <= min_ms:
                continue
            out.append(Sample(d))
    if not out:
        raise SystemExit(f'{path}: no usable samples (run `node dist/server.js features --data data --out {path}`)')
    schemas = {s.schema for s in out}
    if len(schemas) != 1:
        raise SystemExit(f'{path}: mixed feature schemas {sorted(schemas)}; regenerate the file')
    return out


def reference_hardware(samples, reference=None):
    """The hardware every split is reported on: `reference`, or the one with the most samples. Another
    hardware's samples only train (other_hardware_trains_only), with a learned scale each."""
    counts = Counter(s.hardware for s in samples)
    if len(counts) <= 1:
        return next(iter(counts), '')
    ref = reference or max(counts, key=counts.get)
    if ref not in counts:
        raise SystemExit(f'--hardware {ref}: no samples (the features hold {sorted(counts)})')
    return ref


def other_hardware_trains_only(samples, reference):
    """After the realworld fold is assigned (folds.assign): another hardware's samples outside the
    training split go, so its run times never mix into the reported metrics."""
    return [s for s in samples if s.hardware == reference or s.split == 'train']


def by_split(samples):
    parts = defaultdict(list)
    for s in samples:
        parts[s.split].append(s)
    return parts


class Normaliser:
    """Per-feature mean/std from the training split. Baked into the ONNX graph at export."""

    def __init__(self, samples):
        xs = np.concatenate([s.x for s in samples], axis=0)
        gs = np.stack([s.g for s in samples], axis=0)
        self.x_mean, self.x_std = xs.mean(0), xs.std(0)
        self.g_mean, self.g_std = gs.mean(0), gs.std(0)
        # Constant features stay constant (std 1) rather than blowing up.
        self.x_std[self.x_std < 1e-6] = 1.0
        self.g_std[self.g_std < 1e-6] = 1.0

    def to_json(self):
        return {k: getattr(self, k).round(7).tolist() for k in ('x_mean', 'x_std', 'g_mean', 'g_std')}


def pad_batch(samples, n_max=None):
    """Padded tensors for a batch of graphs: raw features; the model normalises them itself.

    adj[b, c, p] = 1 when stage p produces for stage c (messages flow producer -> consumer).
    """
    b = len(samples)
    n = n_max or max(len(s.x) for s in samples)
    f = samples[0].x.shape[1]
    x = np.zeros((b, n, f), dtype=np.float32)
    adj = np.zeros((b, n, n), dtype=np.float32)
    mask = np.zeros((b, n), dtype=np.float32)
    g = np.stack([s.g for s in samples])
    for i, s in enumerate(samples):
        k = len(s.x)
        x[i, :k] = s.x
        mask[i, :k] = 1.0
        for p, c in s.edges:
            if p < k and c < k and p != c:
                adj[i, c, p] = 1.0
    y = np.asarray([s.ms for s in samples], dtype=np.float32)
    return {k: torch.from_numpy(v) for k, v in dict(x=x, g=g, adj=adj, mask=mask, y=y).items()}


def pipeline_groups(samples):
    """Indices of samples grouped by pipeline (the unit of ranking and of the split)."""
    groups = defaultdict(list)
    for i, s in enumerate(samples):
        groups[s.pipeline].append(i)
    return groups


def batches(samples, size, rng, repeat=None, window=32):
    """Batches that keep several schedules of the same pipeline together, so the ranking loss has pairs.

    `repeat` maps a pipeline to the times its samples are seen per epoch (default once). Chunks are
    sorted by stage count inside windows of `window` chunks: a 120-stage real pipeline padded beside
    63 five-stage random ones made an epoch 4x slower.
    """
    groups = [g for p, g in pipeline_groups(samples).items() for _ in range((repeat or {}).get(p, 1))]
    rng.shuffle(groups)
    chunk = []
    for grp in groups:
        grp = list(grp)
        rng.shuffle(grp)
        # At most 16 schedules of one pipeline per batch: many pipelines per step.
        for k in range(0, len(grp), 16):
            chunk.append(grp[k:k + 16])
    rng.shuffle(chunk)
    out = []
    for w in range(0, len(chunk), window):
        cur = []
        for c in sorted(chunk[w:w + window], key=lambda c: len(samples[c[0]].x)):
            cur.extend(c)
            if len(cur) >= size:
                out.append(cur)
                cur = []
        if cur:
            out.append(cur)
    rng.shuffle(out)
    yield from out
