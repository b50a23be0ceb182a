// C++ and Halide type spellings -> Halide element types, and Halide's rules for mixing them.
import type { ElemType } from './graph';

const CPP_TYPES: Record<string, ElemType> = {
  bool: 'bool',
  uint8_t: 'uint8', uint16_t: 'uint16', uint32_t: 'uint32', uint64_t: 'uint64',
  int8_t: 'int8', int16_t: 'int16', int32_t: 'int32', int64_t: 'int64',
  int: 'int32', 'unsigned': 'uint32', 'unsigned int': 'uint32', short: 'int16', char: 'int8',
  'unsigned char': 'uint8', 'unsigned short': 'uint16', long: 'int64',
  float: 'float32', double: 'float64', float16_t: 'float16', bfloat16_t: 'bfloat16',
};

/** A class template's type parameters while one instance of it is read (`T` -> `float`). */
let aliases: ReadonlyMap<string, string> = new Map();

/** Read with `T` standing for a type; reading is synchronous, so one table at a time suffices. */
export function withTypeAliases<R>(a: ReadonlyMap<string, string>, read: () => R): R {
  const saved = aliases;
  aliases = a;
  try {
    return read();
  } finally {
    aliases = saved;
  }
}

/** A type's text with the instance's template parameters replaced and `std::`/`Halide::`/`const` dropped (`T` -> `uint8_t`). */
export function canonicalType(text: string): string {
  const t = text.replace(/^(const\s+)?(std::|Halide::)?/, '').trim();
  const a = aliases.get(t);
  return a !== undefined ? a.replace(/^(const\s+)?(std::|Halide::)?/, '').trim() : t;
}

export function cppTypeToElem(text: string): ElemType | null {
  const t = text.replace(/^(const\s+)?(std::|Halide::)?/, '').trim();
  const a = aliases.get(t);
  return CPP_TYPES[a !== undefined ? a.replace(/^(const\s+)?(std::|Halide::)?/, '').trim() : t] ?? null;
}

/** `UInt(8)`, `Int(32)`, `Float(32)`, `Bool()` -> element type. */
export function halideTypeCall(name: string, bits: number | null): ElemType | null {
  switch (name) {
    case 'UInt': return `uint${bits ?? 32}`;
    case 'Int': return `int${bits ?? 32}`;
    case 'Float': return `float${bits ?? 32}`;
    case 'Bool': return 'bool';
    default: return null;
  }
}

/** Halide's concise cast helpers (Halide::ConciseCasts). */
export const CONCISE_CASTS: Record<string, ElemType> = {
  f64: 'float64', f32: 'float32', i64: 'int64', i32: 'int32', i16: 'int16', i8: 'int8',
  u64: 'uint64', u32: 'uint32', u16: 'uint16', u8: 'uint8',
  i8_sat: 'int8', u8_sat: 'uint8', i16_sat: 'int16', u16_sat: 'uint16', i32_sat: 'int32', u32_sat: 'uint32',
};

function isFloat(t: ElemType): boolean { return t.startsWith('float') || t === 'bfloat16'; }
function bits(t: ElemType): number { return t === 'bool' ? 1 : Number(t.replace(/^\D+/, '')) || 32; }

/**
 * The type of `a op b` under Halide's coercion: floats win, then the wider type; a bare C++
 * integer literal takes the other side's type (marked by `literal`).
 */
export function combineTypes(
  a: ElemType | null, aLiteral: boolean, b: ElemType | null, bLiteral: boolean,
): ElemType | null {
  if (a === null) return b;
  if (b === null) return a;
  if (a === b) return a;
  if (aLiteral && !bLiteral) return isFloat(a) && !isFloat(b) ? 'float32' : b;
  if (bLiteral && !aLiteral) return isFloat(b) && !isFloat(a) ? 'float32' : a;
  if (isFloat(a) !== isFloat(b)) return isFloat(a) ? a : b;
  if (bits(a) !== bits(b)) return bits(a) > bits(b) ? a : b;
  return a.startsWith('int') ? a : b;
}

/**
 * Most dimensions we model. Halide has no hard limit, but no real buffer comes close; a number
 * beyond this is a half-typed or mistyped edit (`{"input", 40000}`), and honouring it would
 * allocate per-dimension state for it on every keystroke.
 */
export const MAX_DIMENSIONS = 16;

export function plausibleDimensions(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_DIMENSIONS;
}
