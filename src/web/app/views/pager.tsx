/** Previous / next links for a listing, kept in the hash as `?offset=`. */
export function Pager({
  base,
  total,
  offset,
  size,
}: {
  base: string;
  total: number;
  offset: number;
  size: number;
}) {
  if (total <= size) return null;
  const link = (o: number) => `#/${base}?offset=${o}`;
  return (
    <nav class="pager" aria-label="pages">
      {offset > 0 ? <a href={link(Math.max(0, offset - size))}>← newer</a> : <span />}
      <span class="muted">
        {offset + 1}–{Math.min(total, offset + size)} of {total}
      </span>
      {offset + size < total ? <a href={link(offset + size)}>older →</a> : <span />}
    </nav>
  );
}
