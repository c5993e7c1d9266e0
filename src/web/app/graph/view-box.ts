/** The visible part of the drawing, in drawing units: what an SVG `viewBox` holds. */
export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** How far one can zoom in or out, relative to the whole drawing. */
const MIN_SCALE = 0.125;
const MAX_SCALE = 1;

export const fullView = (width: number, height: number): ViewBox => ({ x: 0, y: 0, width, height });

/**
 * Zooms by `factor` (> 1 magnifies) around the point (cx, cy) in drawing units, so the point under
 * the pointer stays put; clamped between 8x magnified and the whole drawing, and kept inside it.
 */
export function zoomAt(box: ViewBox, full: ViewBox, factor: number, cx: number, cy: number): ViewBox {
  if (!(factor > 0) || !Number.isFinite(factor)) return box;
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, box.width / factor / full.width));
  const width = full.width * scale;
  const height = full.height * scale;
  const x = cx - ((cx - box.x) * width) / box.width;
  const y = cy - ((cy - box.y) * height) / box.height;
  return clampInside({ x, y, width, height }, full);
}

/** Moves the view by (dx, dy) drawing units, never past the drawing's edges. */
export const panBy = (box: ViewBox, full: ViewBox, dx: number, dy: number): ViewBox =>
  clampInside({ ...box, x: box.x + dx, y: box.y + dy }, full);

function clampInside(box: ViewBox, full: ViewBox): ViewBox {
  const x = Math.min(Math.max(box.x, full.x), full.x + full.width - box.width);
  const y = Math.min(Math.max(box.y, full.y), full.y + full.height - box.height);
  return { ...box, x, y };
}

export const viewBoxAttribute = (b: ViewBox): string =>
  [b.x, b.y, b.width, b.height].map((v) => Number(v.toFixed(2))).join(' ');
