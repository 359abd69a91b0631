/**
 * Finds every user-facing error message in the source with the TypeScript compiler API, and
 * which action can raise it, so a test can check each one is documented in that action's README.
 *
 * A message is the text of a `new UserError(…)`, `new InputError(input, …)`, `new ServiceError(…)`
 * or of any class deriving from them (ProviderError, PermissionError, …): string and template
 * literals are read as text, interpolations become holes (`<…>` in the README), conditionals and
 * constants are followed. A class that builds its message in its constructor (InputError's
 * `Input '<input>': `, ServiceError's `<service> <endpoint> <status>: `) is applied to the
 * arguments of each `new`. A message the extractor cannot read (built by a function, passed in as
 * a variable, or with too little fixed text to recognise) is reported as dynamic, with its site,
 * so the test can insist that each one is listed and documented by hand.
 *
 * Which action raises what is decided by the import graph: the files reachable from
 * `actions/<name>/main.ts` (and the runner files every action runs through) by runtime imports,
 * static or dynamic; `import type` does not count.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Literal text, or a hole standing for an interpolated part. */
export type Part = { text: string } | { hole: true };
export type Template = Part[];

export interface MessageSite {
  /** Repository-relative path of the file holding the `new` (or the class's `super`). */
  file: string;
  line: number;
  /** Every message this site can produce (conditionals give several). */
  templates: Template[];
}

export interface DynamicSite {
  file: string;
  line: number;
  /** The `new …(…)` expression, whitespace collapsed: stable across line moves. */
  code: string;
}

export interface Catalog {
  messages: MessageSite[];
  dynamic: DynamicSite[];
}

/** The error classes of src/runner/errors.ts whose first argument is the message itself. */
const MESSAGE_FIRST = new Set(['UserError', 'Error']);
/** Roots of the user-facing hierarchy; subclasses are found in the source. */
const USER_ERROR_ROOTS = ['UserError', 'InputError', 'ServiceError'];
/** Fewer letters than this in a message's fixed text cannot identify it: treat it as dynamic. */
const MIN_LETTERS = 12;
/** More alternatives than this from one site means the extractor is guessing: give up on it. */
const MAX_ALTERNATIVES = 16;

const DYNAMIC = Symbol('dynamic');
type Resolved = Template[] | typeof DYNAMIC;
type Env = Map<string, Resolved>;

interface ClassInfo {
  name: string;
  parent: string;
  decl: ts.ClassDeclaration;
  file: string;
}

/** Every .ts file under `dirs` (relative to root), keyed by repository-relative path. */
function sourceFiles(root: string, dirs: string[]): Map<string, ts.SourceFile> {
  const files = new Map<string, ts.SourceFile>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        files.set(path, ts.createSourceFile(path, readFileSync(join(root, path), 'utf8'), ts.ScriptTarget.Latest, true));
      }
    }
  };
  for (const dir of dirs) if (existsSync(join(root, dir))) walk(dir);
  return files;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Joins adjacent texts and adjacent holes so templates compare and print cleanly. */
function normalize(template: Template): Template {
  const out: Template = [];
  for (const part of template) {
    const last = out[out.length - 1];
    if ('text' in part) {
      if (part.text === '') continue;
      if (last && 'text' in last) out[out.length - 1] = { text: last.text + part.text };
      else out.push({ text: part.text });
    } else if (!last || 'text' in last) out.push(part);
  }
  return out;
}

function product(lists: Template[][]): Template[] | undefined {
  let out: Template[] = [[]];
  for (const list of lists) {
    const next: Template[] = [];
    for (const a of out) for (const b of list) next.push([...a, ...b]);
    if (next.length > MAX_ALTERNATIVES) return undefined;
    out = next;
  }
  return out;
}

/** The letters of a template's fixed text, past InputError's `Input '<name>': `: how recognisable it is. */
function letters(template: Template): number {
  const text = template.map((p) => ('text' in p ? p.text : '\0')).join('').replace(/^Input '[^']*': /, '');
  return text.match(/[A-Za-z]/g)?.length ?? 0;
}

/** Shows a template with `<…>` holes, as a README pattern would write it. */
export function show(template: Template): string {
  return template.map((p) => ('text' in p ? p.text : '<…>')).join('');
}

/** A regular expression matching a README pattern that documents this template. */
export function patternRegExp(template: Template): RegExp {
  const body = template
    .map((p) => ('text' in p ? collapse(p.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '.*?'))
    .join('');
  return new RegExp(`^${body}$`, 's');
}

export class ErrorExtractor {
  private readonly files: Map<string, ts.SourceFile>;
  private readonly classes = new Map<string, ClassInfo>();
  /** Exported and top-level `const X = 'text'` of every file, by name (only when unambiguous). */
  private readonly constants = new Map<string, ts.Expression | null>();

  constructor(private readonly root: string, dirs = ['src', 'actions']) {
    this.files = sourceFiles(root, dirs);
    for (const [file, source] of this.files) {
      for (const statement of source.statements) {
        if (ts.isClassDeclaration(statement) && statement.name) {
          const heritage = statement.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
          if (heritage && ts.isIdentifier(heritage)) {
            this.classes.set(statement.name.text, { name: statement.name.text, parent: heritage.text, decl: statement, file });
          }
        }
        if (ts.isVariableStatement(statement) && statement.declarationList.flags & ts.NodeFlags.Const) {
          for (const decl of statement.declarationList.declarations) {
            if (ts.isIdentifier(decl.name) && decl.initializer) {
              const name = decl.name.text;
              this.constants.set(name, this.constants.has(name) ? null : decl.initializer);
            }
          }
        }
      }
    }
  }

  /** Whether `name` is UserError or derives from it. */
  isUserErrorClass(name: string): boolean {
    for (let current: string | undefined = name, depth = 0; current && depth < 10; depth++) {
      if (USER_ERROR_ROOTS.includes(current)) return true;
      current = this.classes.get(current)?.parent;
    }
    return false;
  }

  /** Every message and every dynamic site in the source. */
  catalog(): Catalog {
    const messages: MessageSite[] = [];
    const dynamic: DynamicSite[] = [];
    for (const [file, source] of this.files) {
      const visit = (node: ts.Node): void => {
        if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && this.isUserErrorClass(node.expression.text)) {
          const className = node.expression.text;
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          // A class whose message does not depend on its arguments is reported at its `super`.
          if (!this.messageIgnoresArguments(className)) {
            const scope = enclosingFunction(node);
            const args = (node.arguments ?? []).map((a) => this.resolve(a, new Map(), source, scope));
            const result = this.messageOf(className, args);
            if (result !== DYNAMIC && !weak(result)) {
              messages.push({ file, line, templates: result.map(normalize) });
            } else {
              // A helper such as `fail(where, problem)`: read the message at each of its calls.
              // A helper none of whose calls tells more (send(), request()) stays one dynamic site.
              let viaCalls = this.throughCallers(node, className, scope);
              if (viaCalls?.every((site) => weak(site.result))) viaCalls = undefined;
              if (!viaCalls) dynamic.push({ file, line, code: collapse(node.getText()) });
              for (const site of viaCalls ?? []) {
                if (site.result === DYNAMIC || weak(site.result)) dynamic.push({ file: site.file, line: site.line, code: collapse(site.code) });
                else messages.push({ file: site.file, line: site.line, templates: site.result.map(normalize) });
              }
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    // Classes that build their whole message from fixed text and their own logic.
    for (const info of this.classes.values()) {
      if (!this.isUserErrorClass(info.name) || USER_ERROR_ROOTS.includes(info.name) || !this.messageIgnoresArguments(info.name)) continue;
      const result = this.messageOf(info.name, this.parameters(info).map(() => [[{ hole: true }]]));
      const source = this.files.get(info.file)!;
      const superCall = this.superCall(info)!;
      const line = source.getLineAndCharacterOfPosition(superCall.getStart()).line + 1;
      if (result === DYNAMIC || weak(result)) dynamic.push({ file: info.file, line, code: collapse(superCall.getText()) });
      else messages.push({ file: info.file, line, templates: result.map(normalize) });
    }
    return { messages, dynamic };
  }

  /**
   * The messages of `new className(…)` inside a helper function, read at each call of the
   * helper with its arguments; undefined when the helper has no name or is never called.
   */
  private throughCallers(node: ts.NewExpression, className: string, scope: ts.Node): { file: string; line: number; code: string; result: Resolved }[] | undefined {
    const name = functionName(scope);
    if (!name || !ts.isFunctionLike(scope)) return undefined;
    const params = scope.parameters;
    const home = node.getSourceFile();
    const exported = ts.isFunctionDeclaration(scope) && scope.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const sites: { file: string; line: number; code: string; result: Resolved }[] = [];
    for (const [file, source] of this.files) {
      if (source !== home && !exported) continue;
      const visit = (call: ts.Node): void => {
        if (ts.isCallExpression(call) && !isInside(call, scope)) {
          const callee = call.expression;
          const same = ts.isIdentifier(callee) ? callee.text === name : ts.isPropertyAccessExpression(callee) && callee.name.text === name && source === home;
          if (same) {
            const callerScope = enclosingFunction(call);
            const env: Env = new Map();
            params.forEach((p, i) => {
              const arg = call.arguments[i];
              if (ts.isIdentifier(p.name)) env.set(p.name.text, arg ? this.resolve(arg, new Map(), source, callerScope) : [[{ hole: true }]]);
            });
            const args = (node.arguments ?? []).map((a) => this.resolve(a, env, home, scope));
            const line = source.getLineAndCharacterOfPosition(call.getStart()).line + 1;
            sites.push({ file, line, code: call.getText(), result: this.messageOf(className, args) });
          }
        }
        ts.forEachChild(call, visit);
      };
      visit(source);
    }
    return sites.length ? sites : undefined;
  }

  private parameters(info: ClassInfo): ts.ParameterDeclaration[] {
    const ctor = info.decl.members.find(ts.isConstructorDeclaration);
    return ctor ? [...ctor.parameters] : [];
  }

  private superCall(info: ClassInfo): ts.CallExpression | undefined {
    const ctor = info.decl.members.find(ts.isConstructorDeclaration);
    let found: ts.CallExpression | undefined;
    const visit = (node: ts.Node): void => {
      if (!found && ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword) found = node;
      ts.forEachChild(node, visit);
    };
    if (ctor?.body) visit(ctor.body);
    return found;
  }

  /**
   * Whether a subclass's message is made whole in its constructor (ProviderError,
   * PermissionError): its parameters only fill holes there, so the class is one message, found
   * once, rather than one per `new`. A subclass passing a parameter through as the whole
   * message (LatestArtifactError) or the base classes are read at each `new`.
   */
  private messageIgnoresArguments(className: string): boolean {
    if (USER_ERROR_ROOTS.includes(className)) return false;
    const info = this.classes.get(className);
    if (!info) return false;
    const probe = this.parameters(info).map((): Resolved => DYNAMIC);
    const result = this.messageOf(className, probe);
    return !weak(result);
  }

  /** The messages `new className(args)` produces. */
  private messageOf(className: string, args: Resolved[]): Resolved {
    if (MESSAGE_FIRST.has(className)) return args[0] ?? DYNAMIC;
    const info = this.classes.get(className);
    if (!info) return DYNAMIC;
    const env: Env = new Map();
    this.parameters(info).forEach((p, i) => {
      if (ts.isIdentifier(p.name)) env.set(p.name.text, args[i] ?? [[{ hole: true }]]);
    });
    const call = this.superCall(info);
    if (!call) return DYNAMIC;
    const source = this.files.get(info.file)!;
    const ctor = info.decl.members.find(ts.isConstructorDeclaration)!;
    const superArgs = call.arguments.map((a) => this.resolve(a, env, source, ctor));
    return this.messageOf(info.parent, superArgs);
  }

  /**
   * The texts an expression can take. At the top of a message: conditionals give alternatives,
   * constants are followed, anything computed is DYNAMIC. Inside a template literal, whatever
   * is not text or a parameter becomes a hole.
   */
  private resolve(expr: ts.Expression, env: Env, source: ts.SourceFile, scope?: ts.Node, depth = 0): Resolved {
    if (depth > 8) return DYNAMIC;
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr)) {
      return this.resolve(expr.expression, env, source, scope, depth + 1);
    }
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [[{ text: expr.text }]];
    if (ts.isTemplateExpression(expr)) {
      const lists: Template[][] = [[[{ text: expr.head.text }]]];
      for (const span of expr.templateSpans) {
        lists.push(this.resolveSpan(span.expression, env, source, scope, depth + 1));
        lists.push([[{ text: span.literal.text }]]);
      }
      return product(lists) ?? DYNAMIC;
    }
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = this.resolve(expr.left, env, source, scope, depth + 1);
      const right = this.resolve(expr.right, env, source, scope, depth + 1);
      if (left === DYNAMIC || right === DYNAMIC) return DYNAMIC;
      return product([left, right]) ?? DYNAMIC;
    }
    if (ts.isConditionalExpression(expr)) {
      const a = this.resolve(expr.whenTrue, env, source, scope, depth + 1);
      const b = this.resolve(expr.whenFalse, env, source, scope, depth + 1);
      if (a === DYNAMIC || b === DYNAMIC || a.length + b.length > MAX_ALTERNATIVES) return DYNAMIC;
      return [...a, ...b];
    }
    if (ts.isIdentifier(expr)) {
      if (env.has(expr.text)) return env.get(expr.text)!;
      const initializer = this.localConstant(expr, scope) ?? this.constants.get(expr.text);
      return initializer ? this.resolve(initializer, env, source, scope, depth + 1) : DYNAMIC;
    }
    return DYNAMIC;
  }

  /** An interpolation: text when it is text, a parameter's texts, otherwise a hole. */
  private resolveSpan(expr: ts.Expression, env: Env, source: ts.SourceFile, scope: ts.Node | undefined, depth: number): Template[] {
    while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr)) expr = expr.expression;
    const hole: Template[] = [[{ hole: true }]];
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [[{ text: expr.text }]];
    if (ts.isIdentifier(expr) && env.has(expr.text)) {
      const value = env.get(expr.text)!;
      return value === DYNAMIC ? hole : value;
    }
    if (ts.isIdentifier(expr)) {
      // A module constant holding plain text (GITHUB_SERVICE, PROFILE_FORMAT) reads as that text.
      const initializer = this.constants.get(expr.text);
      if (initializer && (ts.isStringLiteral(initializer) || ts.isNoSubstitutionTemplateLiteral(initializer))) return [[{ text: initializer.text }]];
    }
    if (ts.isTemplateExpression(expr)) {
      const nested = this.resolve(expr, env, source, scope, depth + 1);
      return nested === DYNAMIC ? hole : nested;
    }
    return hole;
  }

  /** The initializer of a `const` declared in the constructor body being read, if any. */
  private localConstant(id: ts.Identifier, scope: ts.Node | undefined): ts.Expression | undefined {
    if (!scope) return undefined;
    let found: ts.Expression | undefined;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === id.text && node.initializer &&
        ts.isVariableDeclarationList(node.parent) && node.parent.flags & ts.NodeFlags.Const) found = node.initializer;
      ts.forEachChild(node, visit);
    };
    visit(scope);
    return found;
  }

  /**
   * Repository-relative files reachable from `roots` by runtime imports (static, re-exports,
   * dynamic `import('…')`), not entering `stop`.
   */
  reachable(roots: string[], stop: string[] = []): Set<string> {
    const seen = new Set<string>();
    const queue = [...roots];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file) || stop.includes(file)) continue;
      const source = this.files.get(file);
      if (!source) continue;
      seen.add(file);
      for (const specifier of runtimeImports(source)) {
        if (!specifier.startsWith('.')) continue;
        const target = relative(this.root, resolve(this.root, dirname(file), specifier.replace(/\.js$/, '.ts')));
        if (this.files.has(target)) queue.push(target);
        else if (this.files.has(join(target, 'index.ts'))) queue.push(join(target, 'index.ts'));
      }
    }
    return seen;
  }
}

/** Whether a result is too vague to identify a message: computed, or with too little fixed text. */
function weak(result: Resolved): boolean {
  return result === DYNAMIC || result.some((t) => letters(t) < MIN_LETTERS);
}

function isInside(node: ts.Node, container: ts.Node): boolean {
  for (let current: ts.Node | undefined = node; current; current = current.parent) if (current === container) return true;
  return false;
}

/** The name a function is called by: its own, a method's, or the const it is assigned to. */
function functionName(fn: ts.Node): string | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text;
  return undefined;
}

/** The function (or file) a node is in: where its local constants are declared. */
function enclosingFunction(node: ts.Node): ts.Node {
  let current = node.parent;
  while (current && !ts.isFunctionLike(current) && !ts.isSourceFile(current)) current = current.parent;
  return current ?? node.getSourceFile();
}

/** Module specifiers a file loads at run time. */
function runtimeImports(source: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = clause?.isTypeOnly ||
        (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) out.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/**
 * The code spans (`…`, ``…``) of a README's `## Troubleshooting` section, whitespace collapsed,
 * with table-escaped pipes (`\|`) read as pipes.
 */
export function troubleshootingPatterns(readme: string): string[] | undefined {
  const start = readme.search(/^## Troubleshooting\s*$/m);
  if (start < 0) return undefined;
  const rest = readme.slice(start + 1);
  const end = rest.search(/^## /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  return codeSpans(section).map((s) => collapse(s.replace(/\\\|/g, '|')));
}

/** CommonMark code spans: a run of N backticks up to the next run of exactly N. */
export function codeSpans(text: string): string[] {
  const spans: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let n = 0;
    while (text[i + n] === '`') n++;
    const fence = '`'.repeat(n);
    let j = i + n;
    let close = -1;
    while (j < text.length) {
      const k = text.indexOf(fence, j);
      if (k < 0) break;
      if (text[k + n] !== '`' && text[k - 1] !== '`') {
        close = k;
        break;
      }
      j = k + 1;
      while (text[j] === '`') j++;
    }
    if (close < 0) {
      i += n;
      continue;
    }
    let content = text.slice(i + n, close).replace(/\n/g, ' ');
    if (content.length > 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '') content = content.slice(1, -1);
    spans.push(content);
    i = close + n;
  }
  return spans;
}
