"""Rank the realworld group (generators written by others, never trained on) with every model trained
here, beside Halide's Adams2019 (shipped weights) on exactly the samples it can score: pairs more than
1.2x apart ordered right and top-1 regret, the measures model selection on real code uses.

  /usr/bin/python3 training/realworld.py [NAME ...]   (prediction files in training/cache/predictions)
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import evaluate  # noqa: E402
import metrics  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('names', nargs='*', default=['gcn', 'xgboost'])
    ap.add_argument('--features', default=os.path.join(evaluate.HERE, 'cache', 'features.jsonl.gz'))
    ap.add_argument('--split', default='realworld')
    args = ap.parse_args()
    rows = [r for r in evaluate.read_jsonl(args.features) if r['split'] == args.split]
    if not rows:
        raise SystemExit(f'no {args.split} samples in {args.features}')
    meta = evaluate.load_meta(args.features)
    adams = {r['id']: r['adams2019Cost'] for r in rows if r.get('adams2019Cost') is not None}
    print(f'{args.split}: {len(rows)} samples, {len({r["pipeline"] for r in rows})} pipelines; {len(adams)} with an Adams2019 cost')
    print(f'| model | pairs > 1.2x | pairwise | top-1 regret | on the Adams2019 subset: pairs | pairwise | top-1 |')
    print('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')

    def line(name, pred):
        ids = [r['id'] for r in rows if r['id'] in pred]
        a = metrics.ranking_apart([meta[i]['pipeline'] for i in ids], [pred[i] for i in ids], [meta[i]['ms'] for i in ids])
        sub = [i for i in ids if i in adams]
        b = metrics.ranking_apart([meta[i]['pipeline'] for i in sub], [pred[i] for i in sub], [meta[i]['ms'] for i in sub])
        print(f'| {name} | {a["pairs"]} | {a["pairwise"]:.3f} | {a["top1"]:.2f}x | {b["pairs"]} | {b["pairwise"]:.3f} | {b["top1"]:.2f}x |')

    for name in args.names:
        path = os.path.join(evaluate.HERE, 'cache', 'predictions', f'{name}.jsonl')
        if os.path.exists(path):
            line(name, evaluate.load_predictions(path))
        else:
            print(f'| {name} | no predictions ({path}) |')
    line('Adams2019 (shipped)', adams)


if __name__ == '__main__':
    main()
