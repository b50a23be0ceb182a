// What a Func-typed value is (`Func f = <value>;`, `f = <value>;`): a new named Func, a boundary
// condition, a lambda, a helper's result, an autoscheduler's `pipeline.get_func(n)`, rfactor's
// intermediate, or another name for a Func or Input. Part of the Interpreter.
import type { SyntaxNode } from './tree';
import type { Entity, Scope } from './scope';
import type { Interpreter } from './interpret';
import type { BranchState } from './schedule';
import { sanitize } from './autoschedule';
import { resolveCallee } from './callee';
import { execChain } from './chains';
import { readBoundary, readLambda } from './constructs';
import { evaluate } from './evaluate';
import { flattenChain } from './schedule';
import { argumentsOf, baseName, compactText, field, unwrap } from './syntax';

/** Boundary conditions; real code also calls them unqualified after `using namespace BoundaryConditions`. */
const BOUNDARY_FUNCTIONS = new Set(['repeat_edge', 'constant_exterior', 'repeat_image', 'mirror_image', 'mirror_interior']);

/** A call's function as its qualified path (`BoundaryConditions::repeat_edge` -> both parts) and last name. */
function calleePath(call: SyntaxNode): { parts: string[]; name: string } {
  const fn = field(call, 'function')!;
  const parts = fn.type === 'qualified_identifier' ? compactText(fn).split('::') : [baseName(fn)];
  return { parts, name: parts[parts.length - 1] };
}

/** A call of a boundary condition, of `lambda` or of `Func(...)`: what funcValue makes a Func of. A helper of the file's own with a boundary condition's name shadows it. */
export function makesFuncItself(it: Interpreter, call: SyntaxNode): boolean {
  const { parts, name } = calleePath(call);
  return isBoundary(it, parts, name) || name === 'lambda' || name === 'Func';
}

function isBoundary(it: Interpreter, parts: string[], name: string): boolean {
  return parts.includes('BoundaryConditions') || (parts.length === 1 && BOUNDARY_FUNCTIONS.has(name) && !it.functionsNamed(name));
}

/** A call whose result funcValue can bind: a boundary condition, a lambda, or a helper function. */
export function makesFunc(it: Interpreter, value: SyntaxNode): boolean {
  const v = unwrap(value);
  if (v.type === 'compound_literal_expression') return /(^|::)Func$/.test(field(v, 'type')?.text ?? '');
  if (v.type !== 'call_expression') return false;
  const { parts, name } = calleePath(v);
  return isBoundary(it, parts, name) || name === 'lambda' || !!it.functionsNamed(name);
}

/** A new Func named by the first argument (`Func("blur")`, `Func{"blur"}`), else with Halide's next unnamed name. */
function newFunc(it: Interpreter, nameArg: SyntaxNode | undefined, cppName: string, scope: Scope, node: SyntaxNode): Entity {
  const s = nameArg ? evaluate(nameArg, scope) : undefined;
  return { kind: 'func', func: it.st.newFunc(typeof s === 'string' ? s : it.st.anonymous('f'), cppName, 'func', node) };
}

/** What `Func f = <value>` or `f = <value>` binds: a new named Func, a boundary, a lambda, an alias. */
export function funcValue(it: Interpreter, value: SyntaxNode, cppName: string, scope: Scope, state: BranchState): Entity | undefined {
  const v = unwrap(value);
  if (v.type === 'compound_literal_expression' && /(^|::)Func$/.test(field(v, 'type')?.text ?? '')) {
    return newFunc(it, field(v, 'value')?.namedChildren[0], cppName, scope, v);
  }
  if (v.type === 'call_expression') {
    const { parts, name } = calleePath(v);
    if (isBoundary(it, parts, name)) return readBoundary(it.st, name, v, cppName, scope, it.exprCtx(scope));
    if (name === 'lambda') return readLambda(it.st, v, cppName, it.exprCtx(scope));
    if (name === 'Func') return newFunc(it, argumentsOf(v)[0], cppName, scope, v);
    if (it.functionsNamed(name)) return it.callFunction(name, v, scope, state);
    const fn = field(v, 'function');
    if (fn?.type === 'field_expression' && field(fn, 'field')?.text === 'get_func') return pipelineFunc(it, v, cppName);
    // `Func partial = acc.update(0).rfactor(r, v);`, `Func w = f.in();`: the intermediate Func rfactor makes, the wrapper.
    const links = flattenChain(v).links;
    if (links.some((l) => l.method === 'rfactor') || /^(in|clone_in)$/.test(links[links.length - 1]?.method ?? '')) {
      const intm = execChain(it, v, scope, state, 'source');
      return intm ? { kind: 'func', func: intm } : undefined;
    }
  }
  const e = resolveCallee(v, scope);
  // An Input assigned to a Func converts to one: Halide's boundary conditions then take it as a Func.
  if (e?.kind === 'output') return { kind: 'func', func: e.func };
  if (e?.kind === 'input') return { ...e, asFunc: true };
  if (e?.kind === 'func') return e;
  it.st.diag(v, 'unread-construct', `cannot tell which Func '${cppName}' refers to`);
  return undefined;
}

/**
 * `Func f4 = pipeline.get_func(17);` in an autoscheduler's schedule pasted into the generator:
 * Halide wrote each variable under its Func's name (`$` and `.` as `_`), so the name tells which.
 */
function pipelineFunc(it: Interpreter, call: SyntaxNode, cppName: string): Entity | undefined {
  const func = it.st.funcs.find((f) => sanitize(f.name) === cppName);
  if (func) return { kind: 'func', func };
  const io = it.st.inputs.find((i) => `${sanitize(i.name)}_im` === cppName);
  if (io) return { kind: 'inputWrapper', io };
  it.st.diag(call, 'unknown-func', `schedule names Func '${cppName}', which the generator's graph does not have`);
  return undefined;
}
