// Seeded randomness (the project's one PRNG) so random tests and benchmarks replay exactly.
import { mulberry32 } from '../server/src/collect/prng';

export const rng = mulberry32;

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

const TOKENS = [
  '(', ')', '{', '}', '[', ']', ';', ',', '.', '=', '+=', '"', "'", '/*', '//', '\n', '<', '>', '::',
  'Func', 'Var', 'RDom', 'x', 'y', 'f(x, y) = ', '.compute_at(', '.split(', 'for (int i = 0; i < n; i++)',
  'if (auto_schedule)', 'BoundaryConditions::repeat_edge(', 'update(', '0', '1.5f', 'cast<float>(', '#include',
];

/** One random edit of `text`: delete a span, insert a token, duplicate or drop a line, or truncate. */
export function randomEdit(r: () => number, text: string): { start: number; end: number; newText: string } {
  const at = Math.floor(r() * (text.length + 1));
  switch (Math.floor(r() * 5)) {
    case 0: return { start: at, end: Math.min(text.length, at + 1 + Math.floor(r() * 40)), newText: '' };
    case 1: return { start: at, end: at, newText: pick(r, TOKENS) };
    case 2: {
      const ls = text.lastIndexOf('\n', at - 1) + 1;
      const le = text.indexOf('\n', at);
      return { start: ls, end: ls, newText: text.slice(ls, le === -1 ? text.length : le + 1) };
    }
    case 3: {
      const ls = text.lastIndexOf('\n', at - 1) + 1;
      const le = text.indexOf('\n', at);
      return { start: ls, end: le === -1 ? text.length : le + 1, newText: '' };
    }
    default: return { start: at, end: text.length, newText: '' };
  }
}
