"""The same schedule measured for two targets on one machine (`collect --target`: AVX2 beside the host's
AVX-512), as pairs of training samples.

Ranking within a pipeline hardly sees them (a pipeline's dozens of schedules give thousands of pairs,
a twin is one), so a model predicts the same time for both (narrow/wide 1.05 predicted against 1.60
measured, models/REPORT.md). Trained on their measured ratio, the prediction follows the target's
vector width, which is what a user on another machine needs.
"""
import glob
import gzip
import json
import os


def natural_float_lanes(target):
    """Float lanes of one vector of a Halide target string: 16 with AVX-512, 8 with AVX2, else 4."""
    features = set(target.split('-'))
    return 16 if 'avx512' in features else 8 if 'avx2' in features else 4


def sample_keys(data_dir):
    """Sample id -> (item, machine id, schedule text hash), from the measured samples themselves. The item is the back-to-back
    pair id (`collect --pair-target`) where the sample has one, else its plan item (pipeline, source, seed)."""
    keys = {}
    for path in sorted(glob.glob(os.path.join(data_dir, 'samples', '*.jsonl.gz'))):
        with gzip.open(path, 'rt') as f:
            for line in f:
                d = json.loads(line)
                item = d.get('pair') or (d['pipeline'], d['schedule']['source'], d['schedule'].get('seed'))
                keys[d['id']] = (item, d['machine'], d['schedule']['textHash'])
    return keys


def twin_pairs(samples, data_dir):
    """(narrow, wide) index pairs into `samples`: one back-to-back pair, or one plan item (pipeline, source,
    seed), on one hardware, measured under two machine ids whose targets differ in float lanes, as one
    schedule text. (Where an autoscheduler or natural_vector_size sized the schedule for the target, the
    two are different code, and their ratio taught "the target hardly matters" as often as its opposite:
    session 35.)"""
    with open(os.path.join(data_dir, 'machines.json')) as f:
        lanes = {m: natural_float_lanes(v['target']) for m, v in json.load(f).items()}
    keys = sample_keys(data_dir)
    items = {}
    for i, s in enumerate(samples):
        k = keys.get(s.id)
        if k is None:
            continue
        item, machine, text_hash = k
        items.setdefault((item, s.hardware), {}).setdefault(machine, (i, text_hash))
    pairs = []
    for by_machine in items.values():
        ordered = sorted(by_machine.items(), key=lambda mi: lanes.get(mi[0], 0))
        if len(ordered) < 2 or lanes.get(ordered[0][0], 0) >= lanes.get(ordered[-1][0], 0):
            continue
        (narrow, narrow_text), (wide, wide_text) = ordered[0][1], ordered[-1][1]
        if narrow_text == wide_text:
            pairs.append((narrow, wide))
    return pairs
