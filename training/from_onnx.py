"""A checkpoint (training/cache/NAME.pt, as train.py saves it) rebuilt from an exported model, so that
combine.py can put a shipped model's members beside the members of later runs whose checkpoints
were trained after it (the shipped one's own checkpoint may have been overwritten since).

  /usr/bin/python3 training/from_onnx.py models/cost_model.onnx NAME [--reference-hardware ID]

torch.onnx.export keeps biases and buffers under their module names but turns each Linear's weight
into an anonymous MatMul initializer holding the transposed matrix; the MatMul node's own name
(/members.K/convs.1/in_lin/MatMul) says which Linear it was. Buffers equal across members are stored
once, under member 0's name. The rebuilt ensemble is checked against the ONNX graph itself on random
inputs (through the node onnxruntime the server uses), so a wrong mapping fails here, loudly.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
import onnx
import torch
from onnx import numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gcn import CostModel, Ensemble  # noqa: E402
from terms import Terms  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


class _Norm:
    """The normaliser's fields, as CostModel reads them."""

    def __init__(self, n):
        self.x_mean, self.x_std = np.zeros(n['x'], np.float32), np.ones(n['x'], np.float32)
        self.g_mean, self.g_std = np.zeros(n['g'], np.float32), np.ones(n['g'], np.float32)


def onnx_state(path):
    """{state-dict key: tensor} for every member, from the ONNX file's initializers and node names."""
    m = onnx.load(path)
    init = {i.name: torch.from_numpy(numpy_helper.to_array(i).copy()) for i in m.graph.initializer}
    state = {k: v for k, v in init.items() if k.startswith('members.')}
    for node in m.graph.node:
        if node.op_type != 'MatMul':
            continue
        w = [i for i in node.input if i in init and not i.startswith('members.')]
        if not w:
            continue
        parts = node.name.strip('/').split('/')  # members.0, convs.1, in_lin, MatMul
        state[f'{parts[0]}.{_linear_path(parts)}.weight'] = init[w[0]].t().contiguous()
    return state


def _linear_path(parts):
    """'members.0/embed/embed.0/MatMul' -> 'embed.0'; 'members.0/convs.1/in_lin/MatMul' -> 'convs.1.in_lin'."""
    inner = parts[1:-1]
    if len(inner) == 2 and inner[1].startswith(inner[0] + '.'):
        return inner[1]  # a Sequential's child is named after it: embed/embed.0
    return '.'.join(inner)


def rebuild(onnx_path, meta, members):
    """An Ensemble of `members` networks shaped as the meta describes, its weights from the ONNX file."""
    arch = meta['architecture']
    n_x, n_g = len(meta['stageFeatures']), len(meta['globalFeatures'])
    state = onnx_state(onnx_path)
    nets = []
    for k in range(members):
        net = CostModel(n_x, n_g, _Norm({'x': n_x, 'g': n_g}), width=arch['width'], layers=arch['layers'], graph=True,
                        dropout=arch['dropout'], input_dropout=arch['inputDropout'],
                        terms=Terms(meta['stageFeatures'], meta['globalFeatures'], combine=meta['training'].get('combine', 'sum'),
                                    lanes=meta['training'].get('lanes', 'vector')))
        want = net.state_dict()
        got = {}
        for key in want:
            own, shared = f'members.{k}.{key}', f'members.0.{key}'
            if own in state:
                got[key] = state[own]
            elif shared in state and key in ('x_mean', 'x_std', 'g_mean', 'g_std', 'terms.scale'):
                got[key] = state[shared]  # identical buffers are stored once
            else:
                raise SystemExit(f'{onnx_path}: no weight for members.{k}.{key}')
            if tuple(got[key].shape) != tuple(want[key].shape):
                raise SystemExit(f'{onnx_path}: members.{k}.{key} is {tuple(got[key].shape)}, the network wants {tuple(want[key].shape)}')
        net.load_state_dict(got)
        nets.append(net.eval())
    return Ensemble(nets).eval()


def check_against_onnx(model, onnx_path, n_x, n_g):
    """Random graphs through both; the rebuilt network must give the ONNX graph's stage times."""
    g = torch.Generator().manual_seed(0)
    b, n = 3, 6
    x = torch.rand(b, n, n_x, generator=g) * 4
    gl = torch.rand(b, n_g, generator=g) * 4
    adj = (torch.rand(b, n, n, generator=g) > 0.6).float()
    mask = torch.ones(b, n)
    with torch.no_grad():
        ours = model(x, gl, adj, mask)[0].numpy()
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, 'in.json')
        with open(inp, 'w') as f:
            json.dump({'x': x.flatten().tolist(), 'g': gl.flatten().tolist(), 'adj': adj.flatten().tolist(), 'b': b, 'n': n, 'nx': n_x, 'ng': n_g}, f)
        js = ("const ort=require('onnxruntime-node');const fs=require('fs');const d=JSON.parse(fs.readFileSync(process.argv[1]));"
              "(async()=>{const s=await ort.InferenceSession.create(process.argv[2]);const T=(a,sh)=>new ort.Tensor('float32',Float32Array.from(a),sh);"
              "const r=await s.run({x:T(d.x,[d.b,d.n,d.nx]),globals:T(d.g,[d.b,d.ng]),adj:T(d.adj,[d.b,d.n,d.n]),mask:T(new Array(d.b*d.n).fill(1),[d.b,d.n])});"
              "console.log(JSON.stringify(Array.from(r.stage_ms.data)))})()")
        out = subprocess.run(['node', '-e', js, inp, os.path.abspath(onnx_path)], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    theirs = np.array(json.loads(out), np.float32).reshape(b, n)
    rel = np.max(np.abs(ours - theirs) / np.maximum(np.abs(theirs), 1e-9))
    if not rel < 1e-3:
        raise SystemExit(f'rebuilt network differs from {onnx_path} by up to {rel:.2e} (relative): the weight mapping is wrong')
    return rel


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('onnx')
    ap.add_argument('name')
    ap.add_argument('--reference-hardware', default='7082dc23ecd3',
                    help="the hardware whose scale the model predicts in (models exported before train.py recorded it trained on it alone)")
    a = ap.parse_args()
    meta_path = os.path.splitext(a.onnx)[0] + '.json'
    with open(meta_path) as f:
        meta = json.load(f)
    members = meta['architecture']['ensemble']
    model = rebuild(a.onnx, meta, members)
    rel = check_against_onnx(model, a.onnx, len(meta['stageFeatures']), len(meta['globalFeatures']))
    args = {k: v for k, v in meta['training'].items() if k != 'bestEpochs'}
    args.setdefault('hardware', None)
    args.setdefault('reference_hardware', a.reference_hardware)
    args['name'] = a.name
    out = os.path.join(HERE, 'cache', f'{a.name}.pt')
    torch.save({'state': model.state_dict(), 'args': args, 'epochs': meta['training'].get('bestEpochs', [None] * members)}, out)
    print(f'{out}: {members} members from {a.onnx} (matches the ONNX graph within {rel:.1e})')


if __name__ == '__main__':
    main()
