// Repository paths for tests, which run from out/test/**.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IncludeResolver } from '../server/src/halide/includes';
import { readProvenance, supportIncludes } from '../server/src/collect/realworld';

function findRoot(dir: string): string {
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'corpus'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(__dirname);
export const CORPUS = path.join(ROOT, 'corpus');

export function corpusFiles(): string[] {
  return fs.readdirSync(CORPUS).filter((f) => f.endsWith('.cpp')).sort().map((f) => path.join(CORPUS, f));
}

/** Public Halide generators written by others (../shared/realworld beside the clone; see its PROVENANCE.tsv). */
export const REALWORLD = path.join(ROOT, '..', 'shared', 'realworld');

export function realworldFiles(): string[] {
  if (!fs.existsSync(REALWORLD)) return [];
  return fs.readdirSync(REALWORLD).filter((f) => /\.(cc|cpp)$/.test(f)).sort().map((f) => path.join(REALWORLD, f));
}

/**
 * Headers of a realworld generator: PROVENANCE.tsv lists, per file, the local headers copied from
 * its repository under support/; an include resolves to the one whose path ends with the spec.
 */
export function realworldIncludes(file: string): IncludeResolver {
  const entry = readProvenance(REALWORLD).find((e) => e.file === path.basename(file));
  return entry ? supportIncludes(REALWORLD, entry) : () => null;
}
