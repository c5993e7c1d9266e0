import { createHash } from 'node:crypto';
import { esc, html, raw } from '../core/html-escape.js';

const CSS = `body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd}
code{background:#f3f3f3;padding:0 .2rem}.note{color:#555}`;

/**
 * The page's Content-Security-Policy: no script at all, the one inline stylesheet allowed by hash,
 * nothing else loaded, not framed, no forms.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface PageDocument {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: { readonly value: string } | null;
  readonly origin: string;
}

/**
 * The page at `/`: the newest documents as the API lists them, every value escaped (article titles
 * and origins are untrusted text), or why they cannot be listed. The workbench replaces it later.
 */
export function renderPage(
  listing: { total: number; documents: readonly PageDocument[] } | { error: string },
): string {
  const body =
    'error' in listing
      ? html`<p class="note">Documents are not listed here: ${listing.error}. Start the server with
          <code>--public-read</code>, or call the API with <code>Authorization: Bearer &lt;token&gt;</code>.</p>`
      : html`<p>${listing.total} documents; the newest ${listing.documents.length}:</p>
          <table><thead><tr><th>published</th><th>outlet</th><th>title</th><th>id</th></tr></thead><tbody>
          ${listing.documents.map(
            (d) => html`<tr><td>${d.published?.value ?? '-'}</td><td>${d.outlet ?? '-'}</td>
              <td>${d.title ?? d.origin}</td><td><code>${d.id}</code></td></tr>`,
          )}
          </tbody></table>`;
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sitrep</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${raw(CSS)}</style></head>
<body><h1>sitrep</h1>${body}
<p class="note">API: <a href="/openapi.json">/openapi.json</a> · documents at <code>${esc('/api/documents')}</code></p>
</body></html>`.html;
}
