import type pg from 'pg';

/**
 * The schema pg-boss keeps its tables in: beside the store's own, so a store in schema `x` (through
 * `search_path`) has its queue in `x_queue`, and one in `public` has it in `sitrep_queue`.
 */
export async function queueSchemaOf(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ schema: string }>('select current_schema() as schema');
  const schema = rows[0]?.schema ?? 'public';
  return schema === 'public' ? 'sitrep_queue' : `${schema}_queue`;
}
