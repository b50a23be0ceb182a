// Buffer shape accessors as the front end keeps them in opaque index text: `in.width()`,
// `in.dim(1).extent()`, `in.dim(0).min()`. Read by the analysis (their values from the estimates)
// and by sizing (which extents a reduction reads).

const ACCESSOR_DIM: Record<string, number> = { width: 0, height: 1, channels: 2 };

export interface BufferAccessor { buf: string; dim: number; what: 'min' | 'max' | 'extent' }

/** `in.height()` -> { buf: 'in', dim: 1, what: 'extent' }; null for any other text. */
export function bufferAccessor(text: string): BufferAccessor | null {
  const t = text.replace(/\s+/g, '');
  const a = /^(\w+)\.(width|height|channels)\(\)$/.exec(t);
  if (a) return { buf: a[1], dim: ACCESSOR_DIM[a[2]], what: 'extent' };
  const m = /^(\w+)\.dim\((\d+)\)\.(min|max|extent)\(\)$/.exec(t);
  return m ? { buf: m[1], dim: Number(m[2]), what: m[3] as BufferAccessor['what'] } : null;
}
