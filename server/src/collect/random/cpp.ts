// C++ text for Halide values: element types, their ranges and scales, float literals.

import type { Ty } from './types';

export const CPP_TYPE: Record<Ty, string> = {
  uint8: 'uint8_t', uint16: 'uint16_t', int16: 'int16_t', int32: 'int32_t', float: 'float',
};

/** Value range an integer type is clamped to on the way out; the scale a cast to float divides by. */
export const TYPE_RANGE: Record<Ty, [number, number] | null> = {
  uint8: [0, 255], uint16: [0, 65535], int16: [-32768, 32767], int32: null, float: null,
};
export const TYPE_SCALE: Record<Ty, number> = { uint8: 255, uint16: 65535, int16: 32767, int32: 1024, float: 1 };

/** A C++ float literal. */
export function flt(v: number): string {
  let s = Number.isInteger(v) ? v.toFixed(1) : String(Math.round(v * 1e6) / 1e6);
  if (!/[.e]/.test(s)) s += '.0';
  return `${s}f`;
}

export function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

