// Schedules written by Halide's autoschedulers (`NAME.schedule.h`, from `-e schedule`): Funcs are
// taken with `pipeline.get_func(N)` and matched to the generator's Funcs by their Halide names.
import type { SyntaxNode } from './tree';
import { parseText } from './parser';
import type { FuncState } from './scope';
import type { ReaderState } from './state';
import type { Interpreter } from './interpret';
import { argumentsOf, baseName, field, rangeOf, stringLiteral, unwrap } from './syntax';

/** Halide writes names with characters C++ can't hold (`$`, `.`) as `_`. */
export function sanitize(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_');
}

function findApplyFunction(root: SyntaxNode): SyntaxNode | null {
  for (const fn of root.descendantsOfType('function_definition')) {
    if (fn.text.includes('get_func')) return fn;
  }
  return null;
}

export function readScheduleHeader(text: string, st: ReaderState, interp: Interpreter): void {
  const tree = parseText(text);
  const fn = findApplyFunction(tree.rootNode);
  if (!fn) {
    st.diagnostics.push({
      severity: 'error', code: 'schedule-header', range: rangeOf(tree.rootNode),
      message: 'schedule file has no function that takes Funcs with pipeline.get_func(N)',
    });
    return;
  }
  const byName = new Map<string, FuncState>();
  for (const f of st.funcs) byName.set(sanitize(f.name), f);
  const scope = st.members.child();
  const state = { branch: 'auto' as const, applies: true };
  const body = field(fn, 'body');
  for (const stmt of body?.namedChildren ?? []) {
    if (stmt.type === 'declaration') {
      readDeclaration(stmt, scope, byName, st);
    } else if (stmt.type === 'expression_statement' && stmt.namedChildren[0]?.type === 'call_expression') {
      interp.execChain(stmt.namedChildren[0], scope, state, 'schedule.h');
    }
  }
}

function readDeclaration(stmt: SyntaxNode, scope: ReturnType<ReaderState['members']['child']>, byName: Map<string, FuncState>, st: ReaderState): void {
  const type = baseName(field(stmt, 'type') ?? stmt);
  for (const d of stmt.namedChildren.filter((c) => c.type === 'init_declarator')) {
    const nameNode = field(d, 'declarator');
    const value = field(d, 'value');
    if (!nameNode) continue;
    const name = nameNode.text;
    if (type === 'Func') {
      const func = byName.get(name);
      if (func) scope.define(name, { kind: 'func', func });
      else {
        st.diagnostics.push({
          severity: 'warning', code: 'unknown-func', range: rangeOf(nameNode),
          message: `schedule names Func '${name}', which the generator's graph does not have`,
        });
      }
    } else if (type === 'Var' || type === 'RVar') {
      const arg = value && unwrap(value).type === 'argument_list' ? argumentsOf({ childForFieldName: () => value } as unknown as SyntaxNode)[0] : null;
      const s = arg ? stringLiteral(unwrap(arg)) : null;
      scope.define(name, { kind: 'var', name: s ?? name, rvar: type === 'RVar' });
    }
  }
}
