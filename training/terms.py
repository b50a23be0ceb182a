"""Analytic cost terms of a stage, in milliseconds, from the featurizer's raw values.

A network that learns log(time) from features alone must learn from data that a stage computing
4x the points takes about 4x as long, or that a 32-lane vector loop is faster than a scalar one.
With a few dozen training pipelines it does not (it had deleting `.vectorize(x, 32)` make brighten
*faster*). So, as Halide's Adams2019 model does, the network predicts positive coefficients for a
handful of terms whose scale is physics: work divided by the lanes and threads it is spread over,
bytes moved, loop-nest and task overheads. The coefficients absorb what the terms get wrong
(caches, vector shapes, instruction mix); extrapolation in size, threads and vector width comes from
the terms themselves.

The terms are computed inside the model from the same inputs the ONNX graph takes, so the
TypeScript side needs nothing new.
"""
import torch
from torch import nn

# (name, rough cost per unit in ms on a ~3 GHz core): the scale only sets where the learned
# coefficients start (softplus(0.54) ~ 1); training moves them.
TERMS = (
    ('compute', 1e-6),        # arithmetic ops / (lanes x threads): ~1 ns per scalar op
    ('points', 1e-6),         # points / (lanes x threads): loop, index and store overhead per point
    ('bytes_read', 2e-7),     # bytes loaded / threads: ~5 GB/s per thread when not cached
    ('bytes_written', 2e-7),  # bytes stored / threads
    ('strided_loads', 2e-6),  # loads stepping across rows per innermost iteration / threads: a line each
    ('clamped_gathers', 2e-6),  # boundary-clamped vector loads in the edge iterations / threads: a lane each
    ('modulo_loads', 1e-5),   # loads keeping a runtime modulo (mirror_interior) / threads: a division each
    ('realizations', 1e-4),   # loop nests entered: ~100 ns of setup and allocation each
    ('tasks', 1e-3),          # parallel tasks launched: ~1 us each
    ('stage', 1e-3),          # a fixed cost per realized stage
)

# For `combine='roofline'`: work done per point overlaps the memory traffic (out-of-order cores and
# prefetchers run them together), so a stage costs about the larger of the two, plus overheads that
# overlap nothing. A plain sum charges both, and the network then learned to switch most terms off
# (session 9: points and bytes_written carried 77% of the prediction, compute ~0).
EXECUTION = ('compute', 'points', 'strided_loads', 'clamped_gathers', 'modulo_loads')
MEMORY = ('bytes_read', 'bytes_written')
OVERHEAD = ('realizations', 'tasks', 'stage')
ROOFLINE_P = 4.0  # smooth max: (a^p + b^p)^(1/p) is within 19% of max(a, b) and has gradients for both

NEEDED = ('placement_inline', 'log2_ops_computed', 'log2_points_computed', 'log2_vector_width', 'thread_utilization',
          'log2_bytes_read', 'log2_bytes_written', 'log2_realizations', 'log2_parallel_tasks', 'inner_loads_strided',
          'inner_loads_clamped', 'clamped_edge_share', 'inner_loads_modulo')


class Terms(nn.Module):
    """x [B,N,F], g [B,G] raw features -> terms [B,N,T] in ms (0 for inlined stages: their work is
    folded into the consumers' features, and the profiler charges it there)."""

    def __init__(self, stage_names, global_names, combine='sum', lanes='vector'):
        """`lanes`: what work per point is divided by. 'vector': the schedule's vector width, the
        same on every target; 'native': the lanes one instruction does, min(vector width, the target's
        natural width), so a 16-lane float loop costs twice the instructions on AVX2 as on AVX-512 (the
        'vector' terms left that to the coefficients, and AVX2/AVX-512 predictions moved 5% where
        measurements moved 60%)."""
        super().__init__()
        if combine not in ('sum', 'roofline'):
            raise SystemExit(f'unknown way to combine cost terms: {combine}')
        if lanes not in ('vector', 'native'):
            raise SystemExit(f'unknown lanes for the cost terms: {lanes}')
        self.combine_kind = combine
        self.lanes_feature = 'log2_vector_width' if lanes == 'vector' else 'log2_native_lanes'
        names = [n for n, _ in TERMS]
        assert sorted(EXECUTION + MEMORY + OVERHEAD) == sorted(names), 'every term in exactly one roofline group'
        for group, members in (('i_exec', EXECUTION), ('i_mem', MEMORY), ('i_over', OVERHEAD)):
            self.register_buffer(group, torch.tensor([names.index(n) for n in members]), persistent=False)
        needed = NEEDED + (self.lanes_feature,)
        missing = [n for n in needed if n not in stage_names] + [n for n in ('threads',) if n not in global_names]
        if missing:
            raise SystemExit(f'feature schema lacks {missing}: the cost terms need them')
        self.i = {n: stage_names.index(n) for n in needed}
        self.i_threads = global_names.index('threads')
        self.register_buffer('scale', torch.tensor([s for _, s in TERMS]))

    @staticmethod
    def raw(v):
        """Inverse of the featurizer's log2(1+v)."""
        return torch.pow(2.0, v) - 1.0

    def forward(self, x, g):
        f = lambda n: x[..., self.i[n]]  # noqa: E731
        realized = 1.0 - f('placement_inline')
        threads = g[:, self.i_threads].clamp(min=1.0).unsqueeze(1)
        # thread_utilization is 1/threads when serial, so threads x utilization is the speed-up.
        par = (threads * f('thread_utilization')).clamp(min=1.0)
        lanes = self.raw(f(self.lanes_feature)).clamp(min=1.0)
        realizations = self.raw(f('log2_realizations'))
        t = torch.stack([
            self.raw(f('log2_ops_computed')) / (lanes * par),
            self.raw(f('log2_points_computed')) / (lanes * par),
            self.raw(f('log2_bytes_read')) / par,
            self.raw(f('log2_bytes_written')) / par,
            # Not divided by lanes: a vector of strided loads is a gather, one access per lane.
            self.raw(f('log2_points_computed')) * f('inner_loads_strided') / par,
            # Where partitioning leaves the clamp of a boundary condition, each lane is loaded alone.
            self.raw(f('log2_points_computed')) * f('inner_loads_clamped') * f('clamped_edge_share') / par,
            # An integer division by the buffer's extent per such load, per lane on vectors too.
            self.raw(f('log2_points_computed')) * f('inner_loads_modulo') / par,
            realizations,
            realizations * self.raw(f('log2_parallel_tasks')),
            torch.ones_like(realizations),
        ], dim=-1)
        return t * self.scale * realized.unsqueeze(-1)

    def combine(self, w):
        """Weighted terms w [B,N,T] (coefficient x term, ms) -> stage time [B,N] in ms."""
        if self.combine_kind == 'sum':
            return w.sum(-1)
        a = w.index_select(-1, self.i_exec).sum(-1)
        b = w.index_select(-1, self.i_mem).sum(-1)
        hi, lo = torch.maximum(a, b), torch.minimum(a, b)
        # hi x (1 + (lo/hi)^p)^(1/p): the root's argument is >= 1, so its gradient stays finite
        # where both are 0 (inlined stages); the plain p-norm form gave NaN gradients there.
        ratio = lo / hi.clamp(min=1e-12)
        peak = hi * (1.0 + ratio ** ROOFLINE_P) ** (1.0 / ROOFLINE_P)
        return peak + w.index_select(-1, self.i_over).sum(-1)
