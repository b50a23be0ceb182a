// The stage kinds by name, and how likely each is for the pipeline's domain. A kind returns false,
// emitting nothing, when it does not apply or does not fit the stage budget. The weights' order
// and values are part of the output: changing them changes every pipeline of a seed.

import type { Builder } from '../builder';
import type { OpName } from '../types';
import { opActivation, opBinary, opCast, opPointwise, opReindex, opSlice, opTranspose } from './elementwise';
import { opAllToAll, opHistogram, opLut, opReduction, opScan } from './reductions';
import { opDownsample, opGather, opResample, opUpsample } from './resampling';
import { opBoundary, opConv, opSeparable, opStencil } from './stencils';

export function runOp(pb: Builder, op: OpName): boolean {
  switch (op) {
    case 'pointwise': return opPointwise(pb);
    case 'activation': return opActivation(pb);
    case 'binary': return opBinary(pb);
    case 'cast': return opCast(pb);
    case 'conv': return opConv(pb);
    case 'stencil': return opStencil(pb);
    case 'separable': return opSeparable(pb);
    case 'downsample': return opDownsample(pb);
    case 'upsample': return opUpsample(pb);
    case 'resample': return opResample(pb);
    case 'gather': return opGather(pb);
    case 'all_to_all': return opAllToAll(pb);
    case 'scan': return opScan(pb);
    case 'histogram': return opHistogram(pb);
    case 'lut': return opLut(pb);
    case 'reduction': return opReduction(pb);
    case 'boundary': return opBoundary(pb);
    case 'transpose': return opTranspose(pb);
    case 'slice': return opSlice(pb);
    case 'reindex': return opReindex(pb);
  }
}

export function opWeights(pb: Builder): (readonly [OpName, number])[] {
  const image = pb.domain === 'image2d' || pb.domain === 'image3d';
  const unusedTable = pb.nodes.some((n) => n.uses === 0 && n.dims.length === 1);
  return [
    ['pointwise', 3], ['activation', image ? 1.5 : 3], ['binary', 4], ['cast', 1.5],
    ['conv', image ? 2 : 4], ['stencil', image ? 2.5 : 1], ['separable', image ? 2.5 : 1],
    ['downsample', image ? 2 : 1], ['upsample', image ? 1.5 : 0.7], ['resample', image ? 1.5 : 0.5],
    ['gather', 1], ['all_to_all', image ? 0.7 : 3], ['scan', 1.5], ['histogram', image ? 1.2 : 0.5],
    ['lut', unusedTable ? 6 : 1], ['reduction', 2], ['boundary', 1.2], ['transpose', 0.8],
    ['slice', 0.8], ['reindex', 0.8],
  ];
}
