// Where the committed model lives: models/ next to the bundle (dist/server.js → ../models) or next to
// the compiled sources (out/server/src/model → ../../../../models). Walk up rather than hard-code depth.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const MODEL_FILE = 'cost_model.onnx';
export const META_FILE = 'cost_model.json';

export class ModelNotFoundError extends Error {}

/** The models/ directory holding cost_model.onnx, searched upward from `from` (default: this file). */
export function findModelDir(from: string = __dirname): string {
  let dir = path.resolve(from);
  for (;;) {
    const cand = path.join(dir, 'models');
    if (fs.existsSync(path.join(cand, MODEL_FILE))) return cand;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new ModelNotFoundError(`no models/${MODEL_FILE} found above ${from}: the extension or checkout is incomplete (train one with training/run_all.sh)`);
}

/** Resolve a user-given path (the .onnx file or its directory) or the default. */
export function resolveModelPaths(modelPath?: string): { onnx: string; meta: string } {
  let onnx: string;
  if (modelPath) {
    onnx = fs.existsSync(modelPath) && fs.statSync(modelPath).isDirectory() ? path.join(modelPath, MODEL_FILE) : modelPath;
    if (!fs.existsSync(onnx)) throw new ModelNotFoundError(`model file ${onnx} does not exist`);
  } else {
    onnx = path.join(findModelDir(), MODEL_FILE);
  }
  const meta = path.join(path.dirname(onnx), onnx.endsWith('.onnx') ? path.basename(onnx, '.onnx') + '.json' : META_FILE);
  if (!fs.existsSync(meta)) throw new ModelNotFoundError(`model description ${meta} is missing next to ${onnx}`);
  return { onnx, meta };
}
