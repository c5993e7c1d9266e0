import { createHash } from 'node:crypto';
import type { MentionKind } from '../../core/index.js';
import type { CorpusDocument, Reconciliation, ResolvedEntity } from '../../resolve/types.js';
import { entitiesOf } from '../actors.js';
import { titleOf } from '../footnotes.js';

/** A followthemoney entity: `{ id, schema, properties }`, every property value a list of strings. */
export interface FtmEntity {
  readonly id: string;
  readonly schema: string;
  readonly properties: Readonly<Record<string, readonly string[]>>;
}

const schemaOf: Partial<Record<MentionKind, string>> = {
  person: 'Person',
  organisation: 'Organization',
  unit: 'Organization',
  place: 'Address',
};

const ftmId = (...parts: string[]) =>
  `sitrep-${createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 24)}`;

const props = (fields: Record<string, readonly (string | undefined)[]>): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  for (const [k, vs] of Object.entries(fields)) {
    const list = [...new Set(vs.filter((v): v is string => v !== undefined && v !== ''))];
    if (list.length > 0) out[k] = list;
  }
  return out;
};

const entityProps = (e: ResolvedEntity, schema: string) =>
  schema === 'Address'
    ? props({ full: [e.name, ...e.aliases] })
    : props({ name: [e.name], alias: e.aliases });

/**
 * The corpus as followthemoney entities (importable into Aleph with `ftm` tools): an Article per
 * document, a Person, Organization or Address per resolved entity, and a Mention linking each
 * person and organisation to each article that names it.
 */
export function ftmEntities(corpus: readonly CorpusDocument[], r: Reconciliation): FtmEntity[] {
  const out: FtmEntity[] = [];
  const articleId = new Map<string, string>();
  for (const { doc } of corpus) {
    const id = ftmId('article', doc.id);
    articleId.set(doc.id, id);
    out.push({
      id,
      schema: 'Article',
      properties: props({
        title: [titleOf(doc)],
        author: [doc.meta.author?.value],
        publisher: [doc.meta.outlet?.value],
        publishedAt: [doc.meta.published?.value],
        sourceUrl: [doc.meta.url],
        fileName: [doc.origin],
        language: [doc.meta.language?.value],
      }),
    });
  }
  for (const e of entitiesOf(corpus, r.entities)) {
    const schema = schemaOf[e.kind];
    if (!schema) continue;
    const id = ftmId('entity', e.id);
    out.push({ id, schema, properties: entityProps(e, schema) });
    // Mention.resolved takes a LegalEntity: places are not linked that way.
    if (schema === 'Address') continue;
    const namesIn = new Map<string, string[]>();
    for (const m of e.mentions) {
      const names = namesIn.get(m.document);
      if (names) names.push(m.text);
      else namesIn.set(m.document, [m.text]);
    }
    for (const d of e.documents) {
      const doc = articleId.get(d);
      if (!doc) continue;
      const names = namesIn.get(d) ?? [];
      const nameProp = schema === 'Person' ? 'personMentioned' : 'companyMentioned';
      out.push({
        id: ftmId('mention', e.id, d),
        schema: 'Mention',
        properties: props({ document: [doc], resolved: [id], [nameProp]: names }),
      });
    }
  }
  return out;
}

/** One entity per line, a line at a time. */
export function* ftmLines(entities: readonly FtmEntity[]): Generator<string> {
  for (const e of entities) yield `${JSON.stringify(e)}\n`;
}
