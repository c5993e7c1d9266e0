const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML and SVG element content and quoted attribute values. Article text is untrusted. */
export const esc = (text: string | number | undefined): string =>
  String(text ?? '').replace(/[&<>"']/g, (c) => entities[c] ?? c);

/** A fragment that is already safe HTML, built only from `esc`-aped parts and fixed markup. */
export interface Html {
  readonly html: string;
}

/** Tagged template: interpolated values are escaped unless they are `Html` (or arrays of it). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return { html: out };
}

function render(v: unknown): string {
  if (v === undefined || v === null || v === false) return '';
  if (Array.isArray(v)) return v.map(render).join('');
  if (typeof v === 'object' && 'html' in v && typeof (v as Html).html === 'string') return (v as Html).html;
  return esc(String(v));
}

export const raw = (trusted: string): Html => ({ html: trusted });
