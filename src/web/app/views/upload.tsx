import { useState } from 'preact/hooks';
import { postForm } from '../api.js';

interface Outcome {
  readonly added: readonly string[];
  readonly unchanged: readonly string[];
  readonly failed: number;
  readonly diagnostics: readonly string[];
}

/** Uploads article files (text, Markdown, HTML, JSONL...) to be stored and annotated. */
export function Upload({ onDone }: { onDone: () => void }) {
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    if (data.getAll('file').every((f) => !(f instanceof File) || f.size === 0)) {
      setStatus('choose one or more files first');
      return;
    }
    setBusy(true);
    setStatus('uploading and annotating…');
    try {
      const out = await postForm<Outcome>('/api/documents', data);
      setStatus(
        `${out.added.length} added, ${out.unchanged.length} already stored${out.failed ? `, ${out.failed} failed` : ''}`,
      );
      form.reset();
      onDone();
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="upload" onSubmit={submit}>
      <input type="file" name="file" multiple aria-label="article files" />
      <button type="submit" disabled={busy}>
        Ingest
      </button>
      <span class="muted" role="status" data-testid="upload-status">
        {status}
      </span>
    </form>
  );
}
