import { href } from '../route.js';
import type { DocumentPage } from '../types.js';
import { useApi } from '../use-api.js';
import { Failure } from './failure.js';
import { Pager } from './pager.js';
import { Upload } from './upload.js';

const PAGE = 25;

/** The stored documents, newest first, a page at a time; refreshed when a document event arrives. */
export function Documents({ offset, version }: { offset: number; version: number }) {
  const page = useApi<DocumentPage>(`/api/documents?limit=${PAGE}&offset=${offset}`, version);
  return (
    <section>
      <div class="bar">
        <h2>Documents {page.data ? <span class="count">{page.data.total}</span> : null}</h2>
        <Upload onDone={page.reload} />
      </div>
      {page.error ? <Failure error={page.error} /> : null}
      {page.data ? (
        <>
          <table class="list" data-testid="documents">
            <thead>
              <tr>
                <th>published</th>
                <th>outlet</th>
                <th>title</th>
                <th>length</th>
              </tr>
            </thead>
            <tbody>
              {page.data.documents.map((d) => (
                <tr key={d.id}>
                  <td class="nowrap">{d.published?.value ?? '—'}</td>
                  <td>{d.outlet ?? '—'}</td>
                  <td>
                    <a href={href('doc', d.id)}>{d.title ?? d.origin}</a>
                  </td>
                  <td class="num">{d.length.toLocaleString('en')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {page.data.total === 0 ? <p class="muted">No documents yet: upload articles above.</p> : null}
          <Pager base="documents" total={page.data.total} offset={offset} size={PAGE} />
        </>
      ) : null}
    </section>
  );
}
