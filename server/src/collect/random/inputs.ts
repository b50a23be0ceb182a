// The pipeline's interface: the domain it works over (a 2-D or colour image, a 3-D or 4-D
// tensor), its Input images with their boundary-condition wrappers, and the optional `gain`.

import type { Builder } from './builder';
import { flt } from './cpp';
import type { Domain, Ty } from './types';

export function chooseDomain(pb: Builder): void {
  pb.domain = pb.r.weighted<Domain>([['image2d', 4], ['image3d', 3], ['tensor3d', 1.5], ['tensor4d', 1.5]]);
  const sizes = [256, 384, 512, 640, 768, 1024, 1280, 1536, 1920, 2048, 2560, 3072, 4096];
  switch (pb.domain) {
    case 'image2d': {
      const w = pb.r.pick(sizes);
      const h = pb.r.pick(sizes.filter((s) => s * w <= 4096 * 4096 && s >= w / 4 && s <= w * 4));
      pb.domainDims = ['x', 'y'];
      pb.domainExt = { x: w, y: h };
      break;
    }
    case 'image3d': {
      const w = pb.r.pick(sizes.slice(0, 11));
      const h = pb.r.pick(sizes.filter((s) => s * w <= 3072 * 3072 && s >= w / 4 && s <= w * 4));
      pb.domainDims = ['x', 'y', 'c'];
      pb.domainExt = { x: w, y: h, c: pb.r.pick([3, 3, 4]) };
      break;
    }
    case 'tensor3d': {
      const w = pb.r.pick([16, 28, 32, 56, 64, 112, 128]);
      pb.domainDims = ['x', 'y', 'c'];
      pb.domainExt = { x: w, y: w, c: pb.r.pick([8, 16, 24, 32, 64]) };
      break;
    }
    case 'tensor4d': {
      const w = pb.r.pick([14, 16, 28, 32, 56]);
      pb.domainDims = ['x', 'y', 'c', 'n'];
      pb.domainExt = { x: w, y: w, c: pb.r.pick([8, 16, 32, 64]), n: pb.r.pick([2, 4, 8]) };
      break;
    }
  }
  for (const d of pb.domainDims) pb.vars.add(d);
}

/** An image Input and the Func that reads it with a boundary condition. */
export function wrapInput(pb: Builder, input: string, t: Ty, dims: string[], budget: number): void {
  const kinds: [string, number, number][] = [
    ['clamp', 1, 2], ['repeat_edge', 3, 3], ['mirror_image', 3, 2], ['mirror_interior', 3, 1],
    ['constant_exterior', 4, 2], ['repeat_image', 3, 0.5],
  ];
  const fit = kinds.filter(([, cost]) => cost <= budget);
  const kind = pb.r.weighted(fit.map(([k, , w]) => [k, w] as const));
  const cost = kinds.find(([k]) => k === kind)![1];
  const name = pb.fresh('in');
  const all = pb.lhs(dims);
  if (kind === 'clamp') {
    const sub: Record<string, string> = {};
    dims.forEach((d, i) => {
      if (d === 'x' || d === 'y') sub[d] = `clamp(${d}, 0, ${input}.dim(${i}).extent() - 1)`;
    });
    pb.gen.push(`${name}(${all}) = ${input}(${pb.lhs(dims, sub)});`);
  } else if (kind === 'constant_exterior') {
    pb.gen.push(`${name}(${all}) = BoundaryConditions::constant_exterior(${input}, ${pb.zero(t)})(${all});`);
  } else {
    pb.gen.push(`${name}(${all}) = BoundaryConditions::${kind}(${input})(${all});`);
  }
  pb.stages += cost;
  pb.kinds.push('boundary');
  pb.addNode(name, dims, pb.domainExt, t, []);
}

export function chooseInputs(pb: Builder): Ty {
  const imageTypes: Ty[] = pb.domain === 'image2d' ? ['uint8', 'uint8', 'uint16', 'float', 'int16']
    : pb.domain === 'image3d' ? ['uint8', 'uint8', 'uint16', 'float'] : ['float', 'float', 'float', 'int16', 'uint8'];
  const t0 = pb.r.pick(imageTypes);
  const two = pb.target >= 6 && pb.r.chance(0.4);
  pb.addInput('input', t0, pb.domainDims, pb.domainExt);
  const specs: { name: string; t: Ty; dims: string[] }[] = [{ name: 'input', t: t0, dims: pb.domainDims }];
  if (two) {
    const t1 = pb.r.chance(0.6) ? t0 : pb.r.pick(imageTypes);
    // A second image of the same shape, or a 2-D guide/mask for a 3-4-D domain.
    const dims = pb.domainDims.length > 2 && pb.r.chance(0.4) ? ['x', 'y'] : pb.domainDims;
    pb.addInput('input2', t1, dims, pb.domainExt);
    specs.push({ name: 'input2', t: t1, dims });
  }
  specs.forEach((s, i) => {
    const later = specs.length - 1 - i;
    wrapInput(pb, s.name, s.t, s.dims, pb.remaining() - later);
  });
  if (pb.r.chance(0.3)) {
    pb.gain = { used: false };
    pb.inputs.push({ name: 'gain', decl: 'Input<float> gain{"gain"};', estimate: `gain.set_estimate(${flt(pb.r.pick([0.5, 1.0, 1.25, 2.0]))});` });
  }
  pb.description = `${pb.domain} ${pb.domainDims.map((d) => pb.domainExt[d]).join('x')} ${t0}`;
  return pb.r.chance(0.7) ? t0 : pb.r.pick(imageTypes);
}
