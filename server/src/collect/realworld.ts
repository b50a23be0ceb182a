// Public Halide generators written by others (../shared/realworld, listed in PROVENANCE.tsv): what
// each file registers and what it needs to build (its repository's headers and helper sources).
// They are measured as the realworld group, never in splits.json: training takes them only by repository
// (training/folds.py), so that each can be scored by a model that never saw its repository.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IncludeResolver } from '../halide/includes';

export interface RealworldEntry {
  /** File name in the realworld folder (PROVENANCE.tsv's first column). */
  file: string;
  /** Absolute path. */
  path: string;
  generators: string[];
  /** Folders that `#include "x.h"` and `#include "repo/x.h"` resolve against, as in the original build. */
  includeDirs: string[];
  /** Helper .cc/.cpp files the generator links with. */
  extraSources: string[];
  /** Support files (headers and sources), relative to the realworld folder. */
  support: string[];
  setsEstimates: boolean;
  /** PROVENANCE.tsv's construct codes (H helpers, R RDom, ...). */
  constructs: string[];
}

/** `HALIDE_LENS_REALWORLD`, else `../shared/realworld` beside the repository (where CI puts it). */
export function realworldDir(root: string): string {
  return process.env.HALIDE_LENS_REALWORLD ?? path.join(root, '..', 'shared', 'realworld');
}

export function readProvenance(dir: string): RealworldEntry[] {
  const file = path.join(dir, 'PROVENANCE.tsv');
  if (!fs.existsSync(file)) throw new Error(`no ${file}: the realworld generators are not there`);
  const [header, ...rows] = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => l.split('\t'));
  const col = (name: string) => {
    const k = header.indexOf(name);
    if (k < 0) throw new Error(`${file} has no column '${name}'`);
    return k;
  };
  return rows.map((r) => {
    const support = (r[col('support_files')] ?? '').split(';').map((s) => s.trim()).filter((s) => s.startsWith('support/'));
    // A support file's folder and each folder above it up to its repository's root.
    const dirs = new Set<string>();
    for (const s of support) {
      const parts = path.dirname(s).split('/');
      for (let k = parts.length; k >= 2; k--) dirs.add(path.join(dir, ...parts.slice(0, k)));
    }
    return {
      file: r[col('file')],
      path: path.join(dir, r[col('file')]),
      generators: r[col('generators')].split(',').map((g) => g.trim()).filter(Boolean),
      includeDirs: [...dirs],
      extraSources: support.filter((s) => /\.(cc|cpp)$/.test(s)).map((s) => path.join(dir, s)),
      support,
      setsEstimates: r[col('sets_estimates')] === 'yes',
      constructs: (r[col('constructs')] ?? '').split(/\s+/).filter(Boolean),
    };
  });
}

/** The front end's include resolver for a realworld file: a spec resolves to the support file whose path ends with it. */
export function supportIncludes(dir: string, entry: RealworldEntry): IncludeResolver {
  return (spec) => {
    const tail = spec.replace(/^(\.\.?\/)+/, '');
    const hit = entry.support.find((s) => s.endsWith(`/${tail}`)) ?? entry.support.find((s) => path.basename(s) === path.basename(tail));
    if (!hit) return null;
    const p = path.join(dir, hit);
    return fs.existsSync(p) ? { uri: p, text: fs.readFileSync(p, 'utf8') } : null;
  };
}

/** Pipeline ids of the realworld group: `realworld/FILE-STEM/GENERATOR`. */
export function realworldId(entry: RealworldEntry, generator: string): string {
  return `realworld/${entry.file.replace(/\.[^.]*$/, '')}/${generator}`;
}

export function isRealworld(pipeline: string): boolean {
  return pipeline.startsWith('realworld/');
}

/** The entry and generator a realworld pipeline id names. */
export function realworldEntryOf(dir: string, pipeline: string): { entry: RealworldEntry; generator: string } {
  const [, stem, generator] = pipeline.split('/');
  const entry = readProvenance(dir).find((e) => e.file.replace(/\.[^.]*$/, '') === stem);
  if (!entry || !generator) throw new Error(`unknown realworld pipeline '${pipeline}'`);
  return { entry, generator };
}
