/**
 * The renderer's layers, as its imports draw them: app/ composes the
 * features; a feature reaches the shared state/, lib/ and ui/ (and other
 * features) but never app/; state/, lib/ and ui/ reach no feature; and no
 * chain of imports comes back to where it started. Type-only imports count:
 * they tie modules together as much as any other.
 *
 * The graph is read with the TypeScript compiler's scanner (no type-checking),
 * through `ts.sys`, since the renderer's code may not import Node.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const RENDERER = decodeURIComponent(new URL('.', import.meta.url).pathname).replace(/\/$/, '');
const EXTENSIONS = ['.ts', '.tsx'];

type Graph = ReadonlyMap<string, readonly string[]>;

/** Every renderer module, by its path under renderer/, to the renderer modules it imports. */
function importGraph(): Graph {
  const files = ts.sys.readDirectory(RENDERER, EXTENSIONS, undefined, ['**/*']).filter((file) => !file.includes('/node_modules/'));
  const known = new Set(files.map(relative));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = ts.sys.readFile(file) ?? '';
    const { importedFiles } = ts.preProcessFile(text, true, true);
    const from = relative(file);
    const targets = importedFiles
      .map((imported) => resolve(from, imported.fileName, known))
      .filter((target): target is string => target !== null);
    graph.set(from, [...new Set(targets)]);
  }
  return graph;
}

function relative(file: string): string {
  return file.slice(RENDERER.length + 1);
}

/** A relative specifier as the bundler resolves it, or null for packages, CSS and anything outside renderer/. */
function resolve(from: string, specifier: string, known: ReadonlySet<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  const base = parts.join('/');
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => `${base}/index${ext}`)]) {
    if (known.has(candidate)) return candidate;
  }
  return null;
}

/**
 * Each knot of modules that import one another (Tarjan's strongly connected
 * components), as one circle through it, followed by the knot's other modules.
 */
function cycles(graph: Graph): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[] = [];
  let next = 0;

  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length === 1 && !(graph.get(node) ?? []).includes(node)) return;
    const circle = circleThrough(graph, new Set(component), node);
    const others = component.filter((module) => !circle.includes(module)).sort();
    found.push(circle.join(' -> ') + (others.length > 0 ? ` (the same knot holds ${others.join(', ')})` : ''));
  };

  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

/** The shortest way from a module back to itself inside its component, for a message a person can follow. */
function circleThrough(graph: Graph, component: ReadonlySet<string>, start: string): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const target of graph.get(node) ?? []) {
      if (!component.has(target)) continue;
      if (target === start) {
        const path = [start];
        for (let at = node; at !== start; at = cameFrom.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return [...component];
}

/** Imports from modules under `from` into modules under any of `into`, as "a -> b". */
function importsAcross(graph: Graph, from: string, into: readonly string[]): string[] {
  const crossing: string[] = [];
  for (const [module, targets] of graph) {
    if (!module.startsWith(from)) continue;
    for (const target of targets) if (into.some((layer) => target.startsWith(layer))) crossing.push(`${module} -> ${target}`);
  }
  return crossing.sort();
}

describe("the renderer's imports", () => {
  const graph = importGraph();

  it('are read from the whole renderer', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('main.tsx')).toContain('app/App.tsx');
  });

  it('never come back to where they started', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('never reach from a feature into app/, which composes the features', () => {
    expect(importsAcross(graph, 'features/', ['app/'])).toEqual([]);
  });

  it('keep state/, lib/ and ui/ below the features and app/', () => {
    for (const layer of ['state/', 'lib/', 'ui/']) expect(importsAcross(graph, layer, ['features/', 'app/'])).toEqual([]);
  });

  it('find a circle and a feature reaching into app/ when there is one', () => {
    const broken: Graph = new Map([
      ['app/workspace.ts', ['features/filter/filter-actions.ts']],
      ['features/filter/filter-actions.ts', ['state/session.ts', 'app/workspace.ts']],
      ['state/session.ts', []],
    ]);
    expect(cycles(broken)).toEqual(['app/workspace.ts -> features/filter/filter-actions.ts -> app/workspace.ts']);
    expect(importsAcross(broken, 'features/', ['app/'])).toEqual(['features/filter/filter-actions.ts -> app/workspace.ts']);
  });
});
