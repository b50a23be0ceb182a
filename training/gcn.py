"""The cost model: a graph convolutional network over a pipeline's stages.

Nodes are stages (pure and update definitions), messages flow along producer -> consumer edges and
back, each stage gets a predicted time, and the pipeline's time is the sum over its stages. With
`graph=False` the same network sees each stage alone (the ablation: what the graph buys).

Inputs are the featurizer's raw values; normalisation is a buffer of the model, so the exported ONNX
graph takes exactly what `featurize()` writes and nothing can drift between trainer and editor.
"""
import math

import torch
from torch import nn

# exp() of the per-stage output is a time in ms: the clamp keeps it within 1 ns .. ~1 hour.
LOG_MS_MIN, LOG_MS_MAX = -14.0, 15.0


def mlp(n_in, n_hidden, n_out, dropout=0.0):
    return nn.Sequential(nn.Linear(n_in, n_hidden), nn.ReLU(), nn.Dropout(dropout), nn.Linear(n_hidden, n_out))


class GraphConv(nn.Module):
    """h' = h + relu(W_self h + W_in mean(producers) + W_out mean(consumers))."""

    def __init__(self, width, graph):
        super().__init__()
        self.graph = graph
        self.self_lin = nn.Linear(width, width)
        if graph:
            self.in_lin = nn.Linear(width, width, bias=False)
            self.out_lin = nn.Linear(width, width, bias=False)

    def forward(self, h, adj, adj_t, deg_in, deg_out):
        z = self.self_lin(h)
        if self.graph:
            z = z + self.in_lin(torch.bmm(adj, h) / deg_in) + self.out_lin(torch.bmm(adj_t, h) / deg_out)
        return h + torch.relu(z)


class CostModel(nn.Module):
    """With `terms` (training/terms.py) the head predicts a positive coefficient per analytic cost term
    and a stage's time is their weighted sum (or roofline, see terms.py); without, it predicts log(ms) directly."""

    def __init__(self, n_x, n_g, norm, width=96, layers=3, graph=True, dropout=0.0, terms=None, input_dropout=0.0):
        super().__init__()
        self.terms = terms
        # Zeroes normalised inputs (the training mean) at random while training: the analogue of the
        # trees' column subsampling, so no coefficient leans on one feature alone. The cost terms
        # are computed from the raw features and never see it.
        self.input_dropout = nn.Dropout(input_dropout)
        self.register_buffer('x_mean', torch.tensor(norm.x_mean))
        self.register_buffer('x_std', torch.tensor(norm.x_std))
        self.register_buffer('g_mean', torch.tensor(norm.g_mean))
        self.register_buffer('g_std', torch.tensor(norm.g_std))
        self.embed = mlp(n_x + n_g, width, width, dropout)
        self.convs = nn.ModuleList([GraphConv(width, graph) for _ in range(layers)])
        self.head = mlp(2 * width, width, len(terms.scale) if terms is not None else 1, dropout)

    def heads(self, x, g, adj, mask):
        """The head's raw output [B,N,T or 1] and the nominal cost terms [B,N,T] in ms (None without terms)."""
        n = x.shape[1]
        terms = self.terms(x, g) if self.terms is not None else None
        x = (x - self.x_mean) / self.x_std
        g = ((g - self.g_mean) / self.g_std).unsqueeze(1).expand(-1, n, -1)
        h0 = torch.relu(self.embed(self.input_dropout(torch.cat([x, g], dim=-1))))
        adj_t = adj.transpose(1, 2)
        deg_in = adj.sum(-1, keepdim=True).clamp(min=1.0)
        deg_out = adj_t.sum(-1, keepdim=True).clamp(min=1.0)
        h = h0
        for conv in self.convs:
            h = conv(h, adj, adj_t, deg_in, deg_out) * mask.unsqueeze(-1)
        return self.head(torch.cat([h, h0], dim=-1)), terms

    @staticmethod
    def coefficients(out):
        # softplus(0.54) ~ 1: an untrained network starts from the terms' nominal costs.
        return torch.nn.functional.softplus(out + 0.54)

    def forward(self, x, g, adj, mask, prior=False):
        """x [B,N,F], g [B,G], adj [B,N,N] (adj[b,c,p]=1: p feeds c), mask [B,N] -> stage ms [B,N], total ms [B].
        With `prior`, also the mean squared log-coefficient over the terms in play (training only)."""
        out, terms = self.heads(x, g, adj, mask)
        dev = torch.zeros((), dtype=x.dtype) if prior else None
        if terms is not None:
            coef = self.coefficients(out)
            stage_ms = torch.clamp(self.terms.combine(coef * terms), max=math.exp(LOG_MS_MAX)) * mask
            if prior:
                # How far the coefficients stray from the terms' nominal physics, where a term applies.
                on = (terms > 0).to(out.dtype) * mask.unsqueeze(-1)
                dev = (torch.log(coef.clamp(min=1e-12)) ** 2 * on).sum() / on.sum().clamp(min=1.0)
        else:
            stage_ms = torch.exp(torch.clamp(out.squeeze(-1), LOG_MS_MIN, LOG_MS_MAX)) * mask
        return (stage_ms, stage_ms.sum(-1), dev) if prior else (stage_ms, stage_ms.sum(-1))


class Ensemble(nn.Module):
    """Members trained from different seeds; the prediction is their geometric mean per stage (so the
    total stays the sum of the stages). Cuts the variance a small dataset leaves in any one network;
    geometric because the members disagree by factors, and an arithmetic mean lets the one member
    that over-predicts by 10x dominate."""

    def __init__(self, members):
        super().__init__()
        self.members = nn.ModuleList(members)

    def forward(self, x, g, adj, mask):
        """-> stage ms [B,N], total ms [B], and the members' disagreement on the total: the standard
        deviation over members of ln(total) [B] (0 for one member). The disagreement tracks the
        error (session 13: test MAPE 37% in its lowest quartile, 60% in its highest), so the
        editor can say how far to trust a number."""
        per_member = [m(x, g, adj, mask)[0] for m in self.members]
        logs = torch.stack([torch.log(torch.clamp(s, min=1e-12)) for s in per_member])
        stage_ms = torch.exp(logs.mean(0)) * mask
        log_totals = torch.stack([torch.log(torch.clamp(s.sum(-1), min=1e-12)) for s in per_member])
        spread = torch.sqrt(((log_totals - log_totals.mean(0)) ** 2).mean(0))
        return stage_ms, stage_ms.sum(-1), spread


def loss_fn(total, y, pipelines, rank_weight=1.0, min_gap=0.1, top_temp=0.0):
    """Absolute error in log space (MAPE-like, scale-free) plus a pairwise ordering loss within pipelines.

    The ordering term only uses pairs whose measured times differ by more than `min_gap` in log space
    (about 10%): closer pairs are within measurement noise and would teach the model noise.
    `top_temp` > 0 weights a pair by exp(-(ln t_fast - ln t_best) / top_temp), t_best the fastest
    schedule of that pipeline in the batch: search keeps the top of the order, so mistakes among
    schedules several times slower than the best matter less.
    """
    lp, ly = torch.log(total + 1e-9), torch.log(y)
    abs_term = torch.nn.functional.smooth_l1_loss(lp, ly, beta=0.1)
    same = pipelines.unsqueeze(0) == pipelines.unsqueeze(1)
    dy = ly.unsqueeze(0) - ly.unsqueeze(1)  # dy[i,j] = ly[j] - ly[i]
    pairs = same & (dy > min_gap)           # i is faster than j
    if pairs.any():
        dp = lp.unsqueeze(0) - lp.unsqueeze(1)
        losses = torch.nn.functional.softplus(-dp)
        if top_temp > 0:
            best = torch.where(same, ly.unsqueeze(0), torch.full_like(dy, float('inf'))).min(dim=1).values
            w = torch.exp(-(ly - best) / top_temp).unsqueeze(1).expand_as(dy)
            rank_term = (losses[pairs] * w[pairs]).sum() / w[pairs].sum()
        else:
            rank_term = losses[pairs].mean()
    else:
        rank_term = torch.zeros((), dtype=lp.dtype)
    return abs_term + rank_weight * rank_term, abs_term.detach(), rank_term.detach()
