import { useMemo, useRef, useState } from 'preact/hooks';
import type { ActorGraph, GraphNode } from '../graph/actor-graph.js';
import { forceLayout } from '../graph/force-layout.js';
import { fullView, panBy, type ViewBox, viewBoxAttribute, zoomAt } from '../graph/view-box.js';

const WIDTH = 900;
const HEIGHT = 460;
/** How many of the largest entities carry a label; the rest show theirs on hover. */
const LABELLED = 14;

const radius = (n: GraphNode): number =>
  n.kind === 'document' ? 7 : Math.min(22, 4 + 2.2 * Math.sqrt(n.weight));

const FULL = fullView(WIDTH, HEIGHT);
/** Zoom per wheel notch and per button press. */
const STEP = 1.25;

const short = (s: string, max = 28): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

interface Props {
  readonly graph: ActorGraph;
  readonly selected: string | undefined;
  readonly onPick: (node: GraphNode) => void;
}

/** Pointer position in drawing units, for a view box shown in the element's box. */
function toDrawing(svg: SVGSVGElement, box: ViewBox, clientX: number, clientY: number) {
  const r = svg.getBoundingClientRect();
  return {
    x: box.x + ((clientX - r.left) / Math.max(1, r.width)) * box.width,
    y: box.y + ((clientY - r.top) / Math.max(1, r.height)) * box.height,
  };
}

/**
 * The actors and the documents that mention them, drawn as SVG (no canvas, no inline style, so the
 * page's Content-Security-Policy holds): circles are entities, squares documents, diamonds unnamed
 * origins; solid lines are mentions (thicker = more), dashed ones citations (document → origin).
 * The wheel or the buttons zoom; dragging the background pans.
 */
export function EntityGraph({ graph, selected, onPick }: Props) {
  const [box, setBox] = useState<ViewBox>(FULL);
  const svgRef = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number } | undefined>(undefined);
  const zoom = (factor: number, clientX?: number, clientY?: number) => {
    const svg = svgRef.current;
    const at =
      svg && clientX !== undefined && clientY !== undefined
        ? toDrawing(svg, box, clientX, clientY)
        : { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    setBox(zoomAt(box, FULL, factor, at.x, at.y));
  };
  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    zoom(e.deltaY < 0 ? STEP : 1 / STEP, e.clientX, e.clientY);
  };
  const onPointerDown = (e: PointerEvent) => {
    if ((e.target as Element | null)?.closest('.g-node')) return; // a node is clicked, not dragged
    drag.current = { x: e.clientX, y: e.clientY };
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    const svg = svgRef.current;
    if (!drag.current || !svg) return;
    const r = svg.getBoundingClientRect();
    const dx = ((drag.current.x - e.clientX) / Math.max(1, r.width)) * box.width;
    const dy = ((drag.current.y - e.clientY) / Math.max(1, r.height)) * box.height;
    drag.current = { x: e.clientX, y: e.clientY };
    setBox(panBy(box, FULL, dx, dy));
  };
  const endDrag = () => {
    drag.current = undefined;
  };
  const at = useMemo(
    () =>
      forceLayout(
        { ...graph, nodes: graph.nodes.map((n) => ({ id: n.id, radius: radius(n) })) },
        WIDTH,
        HEIGHT,
      ),
    [graph],
  );
  const labelled = useMemo(
    () =>
      new Set(
        graph.nodes
          .filter((n) => n.kind === 'entity')
          .sort((a, b) => b.weight - a.weight)
          .slice(0, LABELLED)
          .map((n) => n.id),
      ),
    [graph],
  );
  const keyed = (n: GraphNode) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onPick(n);
    }
  };
  const zoomed = box.width < FULL.width;
  return (
    <div class="graph-frame">
      <div class="graph-tools">
        <button type="button" class="mini" aria-label="zoom in" onClick={() => zoom(STEP)}>
          +
        </button>
        <button
          type="button"
          class="mini"
          aria-label="zoom out"
          disabled={!zoomed}
          onClick={() => zoom(1 / STEP)}
        >
          −
        </button>
        <button
          type="button"
          class="mini"
          aria-label="show the whole graph"
          disabled={!zoomed}
          onClick={() => setBox(FULL)}
        >
          whole graph
        </button>
      </div>
      <svg
        ref={svgRef}
        class={`entity-graph${drag.current ? ' dragging' : ''}`}
        data-testid="entity-graph"
        viewBox={viewBoxAttribute(box)}
        aria-labelledby="entity-graph-title"
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <title id="entity-graph-title">graph of actors and documents</title>
        <g class="edges">
          {graph.edges.map((e) => {
            const a = at.get(e.source);
            const b = at.get(e.target);
            return a && b ? (
              <line
                key={`${e.source}-${e.target}`}
                class={`g-edge ${e.kind}`}
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                stroke-width={Math.min(6, 0.6 + Math.log2(e.weight))}
              />
            ) : null;
          })}
        </g>
        {graph.nodes.map((n) => {
          const p = at.get(n.id);
          if (!p) return null;
          const r = radius(n);
          const what = n.kind === 'document' ? 'document' : n.kind === 'origin' ? 'origin' : n.tag;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>.
            <g
              key={n.id}
              class={`g-node ${n.kind} k-${n.tag}${selected === n.ref ? ' sel' : ''}`}
              transform={`translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})`}
              role="button"
              tabIndex={0}
              aria-label={`${what} ${n.label}`}
              data-node={n.ref}
              onClick={() => onPick(n)}
              onKeyDown={keyed(n)}
            >
              <title>{`${n.label} (${what}, ${n.weight})`}</title>
              {n.kind === 'document' ? (
                <rect x={-r} y={-r} width={2 * r} height={2 * r} rx={2} />
              ) : n.kind === 'origin' ? (
                <rect x={-5} y={-5} width={10} height={10} transform="rotate(45)" />
              ) : (
                <circle r={r} />
              )}
            </g>
          );
        })}
        <g class="g-labels">
          {graph.nodes.map((n) => {
            const p = at.get(n.id);
            return p && (labelled.has(n.id) || selected === n.ref) ? (
              <text key={n.id} class={selected === n.ref ? 'sel' : ''} x={p.x + radius(n) + 3} y={p.y + 4}>
                {short(n.label)}
              </text>
            ) : null;
          })}
        </g>
      </svg>
    </div>
  );
}
