import { type Document, isMap, isNode, isScalar, isSeq, type LineCounter } from 'yaml';

/** A path into parsed YAML, as zod reports it: object keys and array indexes. */
export type YamlPath = readonly PropertyKey[];

/** `indicators[2].direction.h5` for `['indicators', 2, 'direction', 'h5']`. */
export const formatYamlPath = (path: YamlPath): string =>
  path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    const name = String(segment);
    return out === '' ? name : `${out}.${name}`;
  }, '');

const keyName = (key: unknown): string | undefined =>
  isScalar(key) ? String(key.value) : typeof key === 'string' ? key : undefined;

/**
 * The 1-based line that `path` points to in `doc`: the key's line when the path ends in a
 * mapping key (so "unknown key" and "bad value" name the line where the key is written), the
 * item's first line for a sequence item, and the deepest existing ancestor when the path goes
 * further than the document does (a missing field is reported on its parent's line).
 */
export const lineOfPath = (doc: Document, path: YamlPath, lines: LineCounter): number => {
  let node: unknown = doc.contents;
  let offset = isNode(node) && node.range ? node.range[0] : 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => keyName(p.key) === String(segment));
      if (!pair) break;
      if (isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!isNode(item) || !item.range) break;
      offset = item.range[0];
      node = item;
    } else {
      break;
    }
  }
  return lines.linePos(offset).line;
};
