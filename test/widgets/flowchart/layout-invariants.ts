// Geometric checks of a flowchart layout, shared by the layout tests: each returns the problems found, so a
// failing test says exactly which boxes, edges or labels collide.
import type { FlowLayout, Point } from '../../../widgets/flowchart/layout.ts';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const EPSILON = 0.25;

/** Overlap by more than rounding (coordinates are rounded to 0.1 px). */
function overlaps(a: Rect, b: Rect, margin = -EPSILON): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}

/** True when the axis-parallel segment p–q enters the open interior of r. */
function segmentEnters(p: Point, q: Point, r: Rect): boolean {
  const inner = { x: r.x + EPSILON, y: r.y + EPSILON, width: r.width - 2 * EPSILON, height: r.height - 2 * EPSILON };
  const box = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(p.x - q.x), height: Math.abs(p.y - q.y) };
  return box.x < inner.x + inner.width && inner.x < box.x + box.width && box.y < inner.y + inner.height && inner.y < box.y + box.height;
}

function onBorder(p: Point, r: Rect): boolean {
  const withinX = p.x >= r.x - EPSILON && p.x <= r.x + r.width + EPSILON;
  const withinY = p.y >= r.y - EPSILON && p.y <= r.y + r.height + EPSILON;
  const onEdgeX = Math.abs(p.x - r.x) <= EPSILON || Math.abs(p.x - r.x - r.width) <= EPSILON;
  const onEdgeY = Math.abs(p.y - r.y) <= EPSILON || Math.abs(p.y - r.y - r.height) <= EPSILON;
  return (withinX && onEdgeY) || (withinY && onEdgeX);
}

const segmentsOf = (points: readonly Point[]) => points.slice(1).map((q, i) => [points[i]!, q] as const);

export function layoutProblems(layout: FlowLayout, edgeCount: number): string[] {
  const problems: string[] = [];
  const byId = new Map(layout.nodes.map((node) => [node.id, node]));

  layout.nodes.forEach((a, i) =>
    layout.nodes.slice(i + 1).forEach((b) => {
      if (overlaps(a, b)) problems.push(`boxes ${a.id} and ${b.id} overlap`);
    }),
  );
  for (const node of layout.nodes) {
    if (node.x < 0 || node.y < 0 || node.x + node.width > layout.width + EPSILON || node.y + node.height > layout.height + EPSILON) {
      problems.push(`box ${node.id} lies outside the drawing`);
    }
  }

  const indices = layout.edges.map((edge) => edge.index).sort((a, b) => a - b);
  const expected = [...Array(edgeCount).keys()];
  if (JSON.stringify(indices) !== JSON.stringify(expected)) problems.push(`edges drawn ${JSON.stringify(indices)}, expected ${JSON.stringify(expected)}`);

  for (const edge of layout.edges) {
    const name = `edge ${edge.index} ${edge.from}→${edge.to}`;
    const source = byId.get(edge.from)!;
    const target = byId.get(edge.to)!;
    const first = edge.points[0];
    const last = edge.points[edge.points.length - 1];
    if (!first || !last || edge.points.length < 2) {
      problems.push(`${name} has no path`);
      continue;
    }
    if (!onBorder(first, source)) problems.push(`${name} does not start on its source's border`);
    if (!onBorder(last, target)) problems.push(`${name} does not end on its target's border`);
    for (const [p, q] of segmentsOf(edge.points)) {
      if (Math.abs(p.x - q.x) > EPSILON && Math.abs(p.y - q.y) > EPSILON) problems.push(`${name} has a diagonal segment`);
      for (const node of layout.nodes) if (segmentEnters(p, q, node)) problems.push(`${name} runs through box ${node.id}`);
      for (const point of [p, q]) {
        if (point.x < 0 || point.y < 0 || point.x > layout.width + EPSILON || point.y > layout.height + EPSILON) problems.push(`${name} leaves the drawing`);
      }
    }
    if (edge.label) {
      for (const node of layout.nodes) if (overlaps(edge.label, node)) problems.push(`label of ${name} covers box ${node.id}`);
      for (const other of layout.edges) {
        if (other === edge) continue;
        for (const [p, q] of segmentsOf(other.points)) {
          if (segmentEnters(p, q, edge.label)) problems.push(`label of ${name} is crossed by edge ${other.index}`);
        }
        if (other.label && other.index > edge.index && overlaps(edge.label, other.label)) problems.push(`labels of ${name} and edge ${other.index} overlap`);
      }
    }
  }

  // No two edges share a stretch of line (which would make it impossible to tell them apart).
  const runs = layout.edges.flatMap((edge) => segmentsOf(edge.points).map(([p, q]) => ({ edge: edge.index, p, q })));
  runs.forEach((a, i) =>
    runs.slice(i + 1).forEach((b) => {
      if (a.edge === b.edge) return;
      const bothVertical = Math.abs(a.p.x - a.q.x) <= EPSILON && Math.abs(b.p.x - b.q.x) <= EPSILON && Math.abs(a.p.x - b.p.x) <= EPSILON;
      const bothHorizontal = Math.abs(a.p.y - a.q.y) <= EPSILON && Math.abs(b.p.y - b.q.y) <= EPSILON && Math.abs(a.p.y - b.p.y) <= EPSILON;
      const span = (s: { p: Point; q: Point }, axis: 'x' | 'y') => [Math.min(s.p[axis], s.q[axis]), Math.max(s.p[axis], s.q[axis])] as const;
      const shared = (axis: 'x' | 'y') => {
        const [a0, a1] = span(a, axis);
        const [b0, b1] = span(b, axis);
        return Math.min(a1, b1) - Math.max(a0, b0) > EPSILON;
      };
      if ((bothVertical && shared('y')) || (bothHorizontal && shared('x'))) problems.push(`edges ${a.edge} and ${b.edge} share a stretch of line`);
    }),
  );
  return problems;
}
