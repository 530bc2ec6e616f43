// A layered (Sugiyama-style) layout of a procedure's step graph, top to bottom, hand-written to stay small:
//   1. cycles broken by DFS from the start steps (a 补正 loop back to 申请 becomes a reversed, "back" edge);
//   2. longest-path layering; edges spanning several layers get one dummy vertex per layer crossed;
//   3. crossing reduction by barycentre sweeps (down and up), keeping the best order seen;
//   4. x by isotonic regression (pool-adjacent-violators) towards neighbours' mean, which keeps each layer's
//      order and minimum gaps while straightening edges; dummies weigh more so long edges run straight;
//   5. orthogonal routing: each edge leaves its own port on the source's bottom, drops to a horizontal track of
//      the gap below (tracks assigned so no two horizontal runs or vertical drops overlap) and enters its own
//      port on the target's top. Labels sit beside their port, inside the node's column, above the tracks.
// Pure and deterministic: the same steps and edges give the same layout, with no DOM measurement.
import type { Edge, Step } from '../../shared/schema/procedure.ts';
import { textWidth, wrapText } from './text-measure.ts';

export type StepKind = 'start' | 'step' | 'decision' | 'end';

export interface LayoutOptions {
  /** Label font size in px; details and edge labels use 0.86 of it. */
  fontSize?: number;
  /** Extra lines under a step's label (承办, 时限), already localised. */
  details?: (step: Step) => string[];
}

export interface Point {
  x: number;
  y: number;
}

export interface TextBox {
  lines: string[];
  /** Top-left of the box the lines occupy. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NodeBox {
  id: string;
  kind: StepKind;
  /** Top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  layer: number;
  label: string[];
  details: string[];
}

export interface EdgeRoute {
  /** Index into the edges given. */
  index: number;
  from: string;
  to: string;
  /** From the source's border to the target's border; consecutive points share x or y. */
  points: Point[];
  /** True when the edge runs against the flow (a loop back), drawn upwards. */
  isBack: boolean;
  label?: TextBox;
}

export interface FlowLayout {
  width: number;
  height: number;
  fontSize: number;
  nodes: NodeBox[];
  edges: EdgeRoute[];
}

/** Metrics derived from the font size; every spacing scales with it (large-text mode simply lays out larger). */
function metricsFor(fontSize: number) {
  const small = Math.round(fontSize * 0.86);
  return {
    fontSize,
    small,
    lineHeight: fontSize * 1.4,
    smallLineHeight: small * 1.4,
    padX: fontSize * 0.8,
    padY: fontSize * 0.6,
    textWidth: fontSize * 11,
    /** How far a decision's pointed ends reach in. */
    inset: fontSize,
    nodeGap: fontSize * 1.6,
    dummyGap: fontSize * 0.8,
    portGap: fontSize * 1.2,
    labelWidth: small * 6,
    trackGap: small * 0.8,
    gapPad: fontSize * 0.7,
    minGap: fontSize * 2.4,
    margin: fontSize,
    loopReach: fontSize * 1.1,
  };
}
type Metrics = ReturnType<typeof metricsFor>;

/** A vertex of the layered graph: a step, or a dummy where a long edge crosses a layer. */
interface Vertex {
  step?: Step;
  layer: number;
  /** DFS visiting order, the initial order within layers. */
  rank: number;
  width: number;
  height: number;
  x: number;
  /** Band-relative top; set for steps. */
  top: number;
  /** Extra room on the right for self-loops, and the height their labels need. */
  extraRight: number;
  bandHeight: number;
  label: string[];
  details: string[];
}

/** One drawn edge: a chain of vertices from the upper end to the lower end. */
interface Chain {
  index: number;
  edge: Edge;
  vertices: number[];
  isBack: boolean;
  label?: { lines: string[]; width: number; height: number };
}

interface Port {
  chain: Chain;
  x: number;
  /** The label goes left of the port (only the leftmost labelled port of a side). */
  isLabelLeft: boolean;
}

function labelBlock(text: string | undefined, m: Metrics) {
  if (!text) return undefined;
  const lines = wrapText(text, m.labelWidth, m.small);
  const width = Math.max(...lines.map((line) => textWidth(line, m.small)));
  return { lines, width, height: lines.length * m.smallLineHeight };
}

/** Depth-first from the start steps: marks back edges (those closing a cycle) and numbers the vertices. */
function breakCycles(steps: readonly Step[], edges: readonly Edge[], index: Map<string, number>) {
  const out: number[][] = steps.map(() => []);
  edges.forEach((edge, i) => out[index.get(edge.from)!]!.push(i));
  const state = steps.map(() => 0); // 0 new, 1 on the stack, 2 done
  const rank = steps.map(() => -1);
  const isBack = edges.map(() => false);
  let counter = 0;
  const roots = [...steps.keys()].sort((a, b) => Number(steps[b]!.kind === 'start') - Number(steps[a]!.kind === 'start') || a - b);
  for (const root of roots) {
    if (state[root] !== 0) continue;
    const stack: { vertex: number; next: number }[] = [{ vertex: root, next: 0 }];
    state[root] = 1;
    rank[root] = counter++;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const edgeIndex = out[frame.vertex]![frame.next++];
      if (edgeIndex === undefined) {
        state[frame.vertex] = 2;
        stack.pop();
        continue;
      }
      const target = index.get(edges[edgeIndex]!.to)!;
      if (state[target] === 1) isBack[edgeIndex] = true;
      else if (state[target] === 0) {
        state[target] = 1;
        rank[target] = counter++;
        stack.push({ vertex: target, next: 0 });
      }
    }
  }
  return { isBack, rank };
}

/** Longest path from the sources of the acyclic graph (edges given as [upper, lower]). */
function assignLayers(count: number, arcs: readonly [number, number][]): number[] {
  const layer = new Array<number>(count).fill(0);
  const indegree = new Array<number>(count).fill(0);
  const out: number[][] = Array.from({ length: count }, () => []);
  for (const [a, b] of arcs) {
    out[a]!.push(b);
    indegree[b]! += 1;
  }
  const queue = [...Array(count).keys()].filter((v) => indegree[v] === 0);
  for (let head = 0; head < queue.length; head += 1) {
    const v = queue[head]!;
    for (const w of out[v]!) {
      layer[w] = Math.max(layer[w]!, layer[v]! + 1);
      indegree[w]! -= 1;
      if (indegree[w] === 0) queue.push(w);
    }
  }
  return layer;
}

function countCrossings(upper: readonly number[], lower: readonly number[], chains: readonly Chain[]): number {
  const posUp = new Map(upper.map((v, i) => [v, i]));
  const posDown = new Map(lower.map((v, i) => [v, i]));
  const pairs: [number, number][] = [];
  for (const chain of chains) {
    for (let i = 0; i + 1 < chain.vertices.length; i += 1) {
      const a = posUp.get(chain.vertices[i]!);
      const b = posDown.get(chain.vertices[i + 1]!);
      if (a !== undefined && b !== undefined) pairs.push([a, b]);
    }
  }
  let crossings = 0;
  for (let i = 0; i < pairs.length; i += 1) {
    for (let j = i + 1; j < pairs.length; j += 1) {
      const [a1, b1] = pairs[i]!;
      const [a2, b2] = pairs[j]!;
      if ((a1 - a2) * (b1 - b2) < 0) crossings += 1;
    }
  }
  return crossings;
}

/** Barycentre sweeps; returns the best layer orders seen. */
function reduceCrossings(layers: number[][], chains: readonly Chain[], vertexCount: number): number[][] {
  const up: number[][] = Array.from({ length: vertexCount }, () => []);
  const down: number[][] = Array.from({ length: vertexCount }, () => []);
  for (const chain of chains) {
    for (let i = 0; i + 1 < chain.vertices.length; i += 1) {
      down[chain.vertices[i]!]!.push(chain.vertices[i + 1]!);
      up[chain.vertices[i + 1]!]!.push(chain.vertices[i]!);
    }
  }
  const total = (order: number[][]) => order.slice(1).reduce((sum, layer, i) => sum + countCrossings(order[i]!, layer, chains), 0);
  const order = layers.map((layer) => [...layer]);
  let best = order.map((layer) => [...layer]);
  let bestCrossings = total(order);
  const sortBy = (layer: number[], neighbours: number[][], reference: number[]) => {
    const pos = new Map(reference.map((v, i) => [v, i]));
    const keyed = layer.map((v, i) => {
      const adjacent = neighbours[v]!.map((w) => pos.get(w)).filter((p): p is number => p !== undefined);
      return { v, key: adjacent.length > 0 ? adjacent.reduce((a, b) => a + b, 0) / adjacent.length : i };
    });
    keyed.sort((a, b) => a.key - b.key);
    return keyed.map((item) => item.v);
  };
  for (let iteration = 0; iteration < 8 && bestCrossings > 0; iteration += 1) {
    if (iteration % 2 === 0) for (let i = 1; i < order.length; i += 1) order[i] = sortBy(order[i]!, up, order[i - 1]!);
    else for (let i = order.length - 2; i >= 0; i -= 1) order[i] = sortBy(order[i]!, down, order[i + 1]!);
    const crossings = total(order);
    if (crossings < bestCrossings) {
      bestCrossings = crossings;
      best = order.map((layer) => [...layer]);
    }
  }
  return best;
}

/**
 * Weighted isotonic regression (pool adjacent violators): the nondecreasing y closest to `targets`.
 * Used with y = x − (cumulative minimum separation), so x keeps the order and the gaps.
 */
function isotonic(targets: readonly number[], weights: readonly number[]): number[] {
  const blocks: { value: number; weight: number; size: number }[] = [];
  targets.forEach((target, i) => {
    blocks.push({ value: target, weight: weights[i]!, size: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.value > blocks[blocks.length - 1]!.value) {
      const b = blocks.pop()!;
      const a = blocks.pop()!;
      const weight = a.weight + b.weight;
      blocks.push({ value: (a.value * a.weight + b.value * b.weight) / weight, weight, size: a.size + b.size });
    }
  });
  return blocks.flatMap((block) => new Array<number>(block.size).fill(block.value));
}

function separation(a: Vertex, b: Vertex, m: Metrics): number {
  const gap = a.step && b.step ? m.nodeGap : m.dummyGap;
  return a.width / 2 + a.extraRight + gap + b.width / 2;
}

function placeLayer(layer: readonly number[], vertices: Vertex[], desired: readonly number[], m: Metrics): void {
  const offsets: number[] = [];
  let offset = 0;
  layer.forEach((v, i) => {
    if (i > 0) offset += separation(vertices[layer[i - 1]!]!, vertices[v]!, m);
    offsets.push(offset);
  });
  const weights = layer.map((v) => (vertices[v]!.step ? 1 : 4));
  const y = isotonic(
    desired.map((d, i) => d - offsets[i]!),
    weights,
  );
  layer.forEach((v, i) => {
    vertices[v]!.x = y[i]! + offsets[i]!;
  });
}

function assignX(order: number[][], vertices: Vertex[], chains: readonly Chain[], m: Metrics): void {
  const up: number[][] = vertices.map(() => []);
  const down: number[][] = vertices.map(() => []);
  for (const chain of chains) {
    for (let i = 0; i + 1 < chain.vertices.length; i += 1) {
      down[chain.vertices[i]!]!.push(chain.vertices[i + 1]!);
      up[chain.vertices[i + 1]!]!.push(chain.vertices[i]!);
    }
  }
  for (const layer of order) placeLayer(layer, vertices, layer.map(() => 0), m);
  const mean = (v: number, sides: number[][][]) => {
    const xs = sides.flatMap((side) => side[v]!).map((w) => vertices[w]!.x);
    return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : vertices[v]!.x;
  };
  // Down (towards upper neighbours), up, again, then two balanced passes towards both.
  const passes: number[][][][] = [[up], [down], [up], [down], [up, down], [up, down]];
  for (const sides of passes) {
    const layers = sides.length === 1 && sides[0] === down ? [...order].reverse() : order;
    for (const layer of layers) placeLayer(layer, vertices, layer.map((v) => mean(v, sides)), m);
  }
}

/**
 * A last pass from the top: each vertex moves towards the ports its edges leave from above, so a chain of steps
 * (or a branch leaving a decision's side port) runs straight down instead of jogging sideways.
 */
function alignWithPorts(order: number[][], vertices: Vertex[], chains: readonly Chain[], bottomChains: Chain[][], labelled: (chain: Chain) => boolean, m: Metrics): void {
  for (let layer = 1; layer < order.length; layer += 1) {
    const feeds = new Map<number, number[]>();
    const feed = (v: number, x: number) => feeds.set(v, [...(feeds.get(v) ?? []), x]);
    for (const v of order[layer - 1]!) {
      const vertex = vertices[v]!;
      if (!vertex.step) continue;
      for (const port of placePorts(vertex, bottomChains[v]!, (chain) => vertices[chain.vertices[1]!]!.x, labelled, m)) feed(port.chain.vertices[1]!, port.x);
    }
    for (const chain of chains) {
      chain.vertices.forEach((v, i) => {
        const next = chain.vertices[i + 1];
        if (next !== undefined && !vertices[v]!.step && vertices[next]!.layer === layer) feed(next, vertices[v]!.x);
      });
    }
    placeLayer(
      order[layer]!,
      vertices,
      order[layer]!.map((v) => {
        const xs = feeds.get(v) ?? [];
        return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : vertices[v]!.x;
      }),
      m,
    );
  }
}

/** Orders the ports of one side of a step by where their edges go, and spaces them for their labels. */
function placePorts(vertex: Vertex, chains: Chain[], nextX: (chain: Chain) => number, labelled: (chain: Chain) => boolean, m: Metrics): Port[] {
  const sorted = [...chains].sort((a, b) => nextX(a) - nextX(b) || a.index - b.index);
  const n = sorted.length;
  const labelWidth = (chain: Chain) => (labelled(chain) && chain.label ? chain.label.width : 0);
  const hasLabels = sorted.some((chain) => labelWidth(chain) > 0);
  const usable = vertex.width - 2 * (vertex.step?.kind === 'decision' ? m.inset : m.padX / 2);
  let spacing = Math.min(m.portGap * 1.5, usable / Math.max(n, 1));
  if (hasLabels) spacing = Math.max(m.portGap, ...sorted.slice(1, -1).map((chain) => labelWidth(chain) + 10));
  return sorted.map((chain, k) => ({
    chain,
    x: vertex.x + (k - (n - 1) / 2) * spacing,
    isLabelLeft: n > 1 && k === 0,
  }));
}

/** The width a step needs so that the labels of its ports stay within its own column. */
function widthForPorts(labelWidths: readonly number[], m: Metrics, inset: number): number {
  const n = labelWidths.length;
  if (n === 0 || labelWidths.every((w) => w === 0)) return 0;
  if (n === 1) return 2 * (labelWidths[0]! + 6 + inset);
  const spacing = Math.max(m.portGap, ...labelWidths.slice(1, -1).map((w) => w + 10));
  const half = ((n - 1) * spacing) / 2 + Math.max(labelWidths[0]!, labelWidths[n - 1]!) + 6 + inset;
  return 2 * half;
}

/** Ends further apart than rounding can hide need a horizontal run; closer ones are drawn straight. */
const isBend = (x1: number, x2: number) => Math.abs(x1 - x2) > 0.05;

interface Segment {
  chain: Chain;
  x1: number;
  x2: number;
  track: number;
}

/**
 * Gives each horizontal run of a gap a track: no two overlapping runs share one, and a drop never overlaps a rise.
 * When a drop at x must lie above a rise at x (a.x1 = b.x2, so a's track above b's) and the reverse holds too
 * (two runs swapping places between aligned ports), no order works: the segment is returned as `stuck`, and the
 * caller nudges its lower end sideways and plans the gap again.
 */
function assignTracks(segments: readonly Segment[]): { count: number; stuck?: Segment } {
  const bends = segments.filter((s) => isBend(s.x1, s.x2));
  const near = (a: number, b: number) => Math.abs(a - b) < 1;
  const above = (a: Segment, b: Segment) => a !== b && near(a.x1, b.x2);
  const placed: Segment[] = [];
  const remaining = [...bends].sort((a, b) => Math.min(a.x1, a.x2) - Math.min(b.x1, b.x2) || a.chain.index - b.chain.index);
  while (remaining.length > 0) {
    const pick = remaining.findIndex((s) => !remaining.some((r) => above(r, s)));
    if (pick < 0) return { count: 0, stuck: remaining[0]! };
    const segment = remaining.splice(pick, 1)[0]!;
    const lo = Math.min(segment.x1, segment.x2);
    const hi = Math.max(segment.x1, segment.x2);
    let track = Math.max(-1, ...placed.filter((p) => above(p, segment)).map((p) => p.track)) + 1;
    while (placed.some((p) => p.track === track && Math.min(p.x1, p.x2) <= hi + 2 && Math.max(p.x1, p.x2) >= lo - 2)) track += 1;
    segment.track = track;
    placed.push(segment);
  }
  return { count: placed.reduce((max, s) => Math.max(max, s.track + 1), 0) };
}

function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const before = out[out.length - 2];
    if (last && before && ((near0(before.x - last.x) && near0(last.x - p.x)) || (near0(before.y - last.y) && near0(last.y - p.y)))) out.pop();
    out.push(p);
  }
  return out;
}
const near0 = (n: number) => Math.abs(n) < 0.01;
const round = (n: number) => Math.round(n * 10) / 10;

export function layoutProcedure(steps: readonly Step[], edges: readonly Edge[], options: LayoutOptions = {}): FlowLayout {
  const m = metricsFor(options.fontSize ?? 14);
  const index = new Map(steps.map((step, i) => [step.id, i]));
  const usable = edges.map((edge, i) => ({ edge, i })).filter(({ edge }) => index.has(edge.from) && index.has(edge.to));
  const loops = usable.filter(({ edge }) => edge.from === edge.to);
  const links = usable.filter(({ edge }) => edge.from !== edge.to);
  const { isBack, rank } = breakCycles(
    steps,
    links.map(({ edge }) => edge),
    index,
  );

  const arcs = links.map(({ edge }, k): [number, number] => {
    const a = index.get(edge.from)!;
    const b = index.get(edge.to)!;
    return isBack[k] ? [b, a] : [a, b];
  });
  const layerOf = assignLayers(steps.length, arcs);

  const vertices: Vertex[] = steps.map((step, i) => {
    const kind = step.kind ?? 'step';
    const label = wrapText(step.label, m.textWidth, m.fontSize);
    const details = (options.details?.(step) ?? []).flatMap((line) => wrapText(line, m.textWidth, m.small));
    const inset = kind === 'decision' ? m.inset : 0;
    return {
      step,
      layer: layerOf[i]!,
      rank: rank[i]!,
      width: m.textWidth + 2 * m.padX + 2 * inset,
      height: 2 * m.padY + label.length * m.lineHeight + details.length * m.smallLineHeight,
      x: 0,
      top: 0,
      extraRight: 0,
      bandHeight: 0,
      label,
      details,
    };
  });

  const chains: Chain[] = links.map(({ edge, i }, k) => {
    const [a, b] = arcs[k]!;
    const chain: Chain = { index: i, edge, vertices: [a], isBack: isBack[k]! };
    for (let layer = layerOf[a]! + 1; layer < layerOf[b]!; layer += 1) {
      chain.vertices.push(vertices.length);
      vertices.push({ layer, rank: vertices[a]!.rank + 0.5, width: 0, height: 0, x: 0, top: 0, extraRight: 0, bandHeight: 0, label: [], details: [] });
    }
    chain.vertices.push(b);
    const label = labelBlock(edge.label, m);
    if (label) chain.label = label;
    return chain;
  });

  // Self-loops of a step nest on its right, each reaching further out; their labels stack beside the outermost.
  const loopsOf = new Map<number, { edge: Edge; i: number }[]>();
  for (const loop of loops) {
    const v = index.get(loop.edge.from)!;
    loopsOf.set(v, [...(loopsOf.get(v) ?? []), loop]);
  }
  const loopReach = (k: number) => m.loopReach + k * m.fontSize * 0.6;
  for (const [v, own] of loopsOf) {
    const labels = own.map(({ edge }) => labelBlock(edge.label, m));
    vertices[v]!.extraRight = loopReach(own.length - 1) + 4 + Math.max(0, ...labels.map((label) => label?.width ?? 0));
    vertices[v]!.bandHeight = labels.reduce((sum, label) => sum + (label?.height ?? 0), 0);
  }

  const layerCount = Math.max(0, ...vertices.map((v) => v.layer + 1));
  const initial: number[][] = Array.from({ length: layerCount }, () => []);
  vertices.forEach((v, i) => initial[v.layer]!.push(i));
  for (const layer of initial) layer.sort((a, b) => vertices[a]!.rank - vertices[b]!.rank || a - b);
  const order = reduceCrossings(initial, chains, vertices.length);

  // Ports per step side, ordered by the position of the vertex at the other end.
  const position = new Map<number, number>();
  order.forEach((layer) => layer.forEach((v, i) => position.set(v, i)));
  const bottomChains = vertices.map(() => [] as Chain[]);
  const topChains = vertices.map(() => [] as Chain[]);
  for (const chain of chains) {
    bottomChains[chain.vertices[0]!]!.push(chain);
    topChains[chain.vertices[chain.vertices.length - 1]!]!.push(chain);
  }
  /** Forward edges are labelled at their source (bottom port); back edges at their source, the lower end (top port). */
  const labelledBottom = (chain: Chain) => !chain.isBack;
  const labelledTop = (chain: Chain) => chain.isBack;
  const secondVertex = (chain: Chain) => chain.vertices[1]!;
  const penultimate = (chain: Chain) => chain.vertices[chain.vertices.length - 2]!;
  vertices.forEach((vertex, v) => {
    if (!vertex.step) return;
    const inset = vertex.step.kind === 'decision' ? m.inset : m.padX / 2;
    const sideWidth = (sideChains: Chain[], other: (c: Chain) => number, labelled: (c: Chain) => boolean) =>
      widthForPorts(
        [...sideChains].sort((a, b) => position.get(other(a))! - position.get(other(b))! || a.index - b.index).map((c) => (labelled(c) && c.label ? c.label.width : 0)),
        m,
        inset,
      );
    vertex.width = Math.max(vertex.width, sideWidth(bottomChains[v]!, secondVertex, labelledBottom), sideWidth(topChains[v]!, penultimate, labelledTop));
  });

  assignX(order, vertices, chains, m);
  alignWithPorts(order, vertices, chains, bottomChains, labelledBottom, m);

  // Ports.
  const bottomPorts = new Map<Chain, Port>();
  const topPorts = new Map<Chain, Port>();
  vertices.forEach((vertex, v) => {
    if (!vertex.step) return;
    for (const port of placePorts(vertex, bottomChains[v]!, (c) => vertices[secondVertex(c)]!.x, labelledBottom, m)) bottomPorts.set(port.chain, port);
    for (const port of placePorts(vertex, topChains[v]!, (c) => vertices[penultimate(c)]!.x, labelledTop, m)) topPorts.set(port.chain, port);
  });
  const exitX = (chain: Chain, at: number) => (at === 0 ? bottomPorts.get(chain)!.x : vertices[chain.vertices[at]!]!.x);
  const entryX = (chain: Chain, at: number) => (at === chain.vertices.length - 1 ? topPorts.get(chain)!.x : vertices[chain.vertices[at]!]!.x);

  // Gaps: segments, tracks, and the room labels need above and below.
  const bandHeight = order.map((layer) => Math.max(0, ...layer.map((v) => Math.max(vertices[v]!.height, vertices[v]!.bandHeight))));
  const gapSegments: Segment[][] = [];
  const tracks: number[] = [];
  // Gap by gap from the top, since nudging a dummy's x moves where its chain leaves in the next gap.
  for (let g = 0; g + 1 < layerCount; g += 1) {
    for (let attempt = 0; ; attempt += 1) {
      const segments: Segment[] = [];
      for (const chain of chains) {
        const i = chain.vertices.findIndex((v) => vertices[v]!.layer === g);
        if (i >= 0 && i + 1 < chain.vertices.length) segments.push({ chain, x1: exitX(chain, i), x2: entryX(chain, i + 1), track: 0 });
      }
      const { count, stuck } = assignTracks(segments);
      if (!stuck || attempt >= 8) {
        gapSegments.push(segments);
        tracks.push(count);
        break;
      }
      const lowerIndex = stuck.chain.vertices.findIndex((v) => vertices[v]!.layer === g + 1);
      const lower = vertices[stuck.chain.vertices[lowerIndex]!]!;
      const nudge = m.portGap * 0.3;
      if (lower.step) {
        const port = topPorts.get(stuck.chain)!;
        port.x += port.x >= lower.x ? -nudge : nudge;
      } else lower.x += nudge;
    }
  }
  const slack = (v: number) => (bandHeight[vertices[v]!.layer]! - vertices[v]!.height) / 2;
  const topRoom = gapSegments.map((_, g) =>
    Math.max(0, ...order[g]!.flatMap((v) => bottomChains[v]!.filter((c) => labelledBottom(c) && c.label).map((c) => c.label!.height + 3 - slack(v)))),
  );
  const bottomRoom = gapSegments.map((_, g) =>
    Math.max(0, ...order[g + 1]!.flatMap((v) => topChains[v]!.filter((c) => labelledTop(c) && c.label).map((c) => c.label!.height + 3 - slack(v)))),
  );
  const gapHeight = gapSegments.map((_, g) => Math.max(m.minGap, topRoom[g]! + bottomRoom[g]! + 2 * m.gapPad + Math.max(0, tracks[g]! - 1) * m.trackGap));

  const bandTop: number[] = [];
  let y = m.margin;
  order.forEach((_, layer) => {
    bandTop.push(y);
    y += bandHeight[layer]! + (gapHeight[layer] ?? 0);
  });
  const height = y + m.margin;
  const trackY = (g: number, track: number) => {
    const zoneTop = bandTop[g]! + bandHeight[g]! + topRoom[g]! + m.gapPad;
    const zoneBottom = bandTop[g + 1]! - bottomRoom[g]! - m.gapPad;
    const count = tracks[g]!;
    return count <= 1 ? (zoneTop + zoneBottom) / 2 : zoneTop + ((zoneBottom - zoneTop) * track) / (count - 1);
  };
  vertices.forEach((vertex) => {
    vertex.top = bandTop[vertex.layer]! + (bandHeight[vertex.layer]! - vertex.height) / 2;
  });

  // Shift everything right so the leftmost thing sits at the margin.
  const left = (vertices.length > 0 ? Math.min(...vertices.map((v) => v.x - v.width / 2)) : 0) - m.margin;
  const right = (vertices.length > 0 ? Math.max(...vertices.map((v) => v.x + v.width / 2 + v.extraRight)) : 0) + m.margin;
  const dx = -left;
  const width = right - left;
  const sx = (x: number) => round(x + dx);

  const routes: EdgeRoute[] = chains.map((chain) => {
    const points: Point[] = [];
    const first = vertices[chain.vertices[0]!]!;
    points.push({ x: exitX(chain, 0), y: first.top + first.height });
    for (let i = 0; i + 1 < chain.vertices.length; i += 1) {
      const upper = vertices[chain.vertices[i]!]!;
      const lower = vertices[chain.vertices[i + 1]!]!;
      const x1 = exitX(chain, i);
      const x2 = entryX(chain, i + 1);
      if (!upper.step) points.push({ x: x1, y: bandTop[upper.layer]! + bandHeight[upper.layer]! });
      const segment = gapSegments[upper.layer]!.find((s) => s.chain === chain)!;
      if (isBend(x1, x2)) {
        const ty = trackY(upper.layer, segment.track);
        points.push({ x: x1, y: ty }, { x: x2, y: ty });
      }
      points.push({ x: x2, y: lower.step ? lower.top : bandTop[lower.layer]! });
    }
    const drawn = simplify(points).map((p) => ({ x: sx(p.x), y: round(p.y) }));
    if (chain.isBack) drawn.reverse();
    const route: EdgeRoute = { index: chain.index, from: chain.edge.from, to: chain.edge.to, points: drawn, isBack: chain.isBack };
    if (chain.label) {
      const labelOnTop = chain.isBack;
      const port = labelOnTop ? topPorts.get(chain)! : bottomPorts.get(chain)!;
      const owner = vertices[labelOnTop ? chain.vertices[chain.vertices.length - 1]! : chain.vertices[0]!]!;
      const ly = labelOnTop ? owner.top - 3 - chain.label.height : owner.top + owner.height + 3;
      const lx = port.isLabelLeft ? port.x - 4 - chain.label.width : port.x + 4;
      route.label = { lines: chain.label.lines, x: sx(lx), y: round(ly), width: round(chain.label.width), height: round(chain.label.height) };
    }
    return route;
  });

  for (const [v, own] of loopsOf) {
    const vertex = vertices[v]!;
    const x = vertex.x + vertex.width / 2;
    const cy = vertex.top + vertex.height / 2;
    const labels = own.map(({ edge }) => labelBlock(edge.label, m));
    let labelY = cy - labels.reduce((sum, label) => sum + (label?.height ?? 0), 0) / 2;
    own.forEach(({ edge, i }, k) => {
      const reach = ((k + 1) * (vertex.height / 2 - 2)) / own.length;
      const out = x + loopReach(k);
      const route: EdgeRoute = {
        index: i,
        from: edge.from,
        to: edge.to,
        isBack: true,
        points: [
          { x: sx(x), y: round(cy - reach) },
          { x: sx(out), y: round(cy - reach) },
          { x: sx(out), y: round(cy + reach) },
          { x: sx(x), y: round(cy + reach) },
        ],
      };
      const label = labels[k];
      if (label) {
        route.label = { lines: label.lines, x: sx(x + loopReach(own.length - 1) + 4), y: round(labelY), width: round(label.width), height: round(label.height) };
        labelY += label.height;
      }
      routes.push(route);
    });
  }
  routes.sort((a, b) => a.index - b.index);

  const nodes: NodeBox[] = steps.map((step, i) => {
    const vertex = vertices[i]!;
    return {
      id: step.id,
      kind: step.kind ?? 'step',
      x: sx(vertex.x - vertex.width / 2),
      y: round(vertex.top),
      width: round(vertex.width),
      height: round(vertex.height),
      layer: vertex.layer,
      label: vertex.label,
      details: vertex.details,
    };
  });
  return { width: round(width), height: round(height), fontSize: m.fontSize, nodes, edges: routes };
}
