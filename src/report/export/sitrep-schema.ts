/** JSON Schema (draft-07) of `sitrep.json`, written beside it as `sitrep.schema.json`. */

const span = {
  type: 'object',
  required: ['start', 'end'],
  properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } },
};
const str = { type: 'string' };
const strOrNull = { type: ['string', 'null'] };
const located = (extra: Record<string, unknown> = {}, required: string[] = []) => ({
  type: 'object',
  required: ['start', 'end', 'text', ...required],
  properties: {
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 },
    text: str,
    ...extra,
  },
});
const evidence = {
  type: 'object',
  required: ['document', 'span', 'text', 'sentence'],
  properties: { document: str, span, text: str, sentence: span },
};
/** An entity's mention: its text is the document's text at `span`; `mention` indexes the document's annotations. */
const mentionRef = {
  type: 'object',
  required: ['document', 'span', 'sentence'],
  properties: { document: str, span, sentence: span, mention: { type: 'integer', minimum: 0 } },
};
const origin = {
  type: 'object',
  required: ['key', 'name', 'kind'],
  properties: { key: str, name: str, kind: { enum: ['cited', 'outlet'] } },
};
const stanceKind = { enum: ['asserts', 'denies', 'reports', 'questions'] };
/** A claim: its outlet and publication date are its document's (in `documents`). */
const claimRef = {
  ...evidence,
  required: [...evidence.required, 'claim', 'polarity', 'origin'],
  properties: {
    ...evidence.properties,
    claim: { type: 'integer' },
    polarity: { enum: ['positive', 'negative'] },
    stance: stanceKind,
    origin,
    // A figure: the quantity annotation, without its span and text when they are the claim's.
    quantity: { type: 'object', required: ['rule', 'kind'] },
  },
};

export const sitrepSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sitrep.example/sitrep.schema.json',
  title: 'sitrep export',
  description:
    'Documents (with their annotations when exported with --annotations), resolved entities, claim clusters, conflicts, citations, assessment and briefing.',
  type: 'object',
  required: [
    'format',
    'version',
    'documents',
    'entities',
    'clusters',
    'conflicts',
    'citations',
    'assessment',
  ],
  properties: {
    $schema: str,
    format: { const: 'sitrep' },
    version: { const: 3 },
    documents: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'title', 'origin', 'format', 'text', 'published'],
        properties: {
          id: { type: 'string', pattern: '^[0-9a-f]{16}$' },
          title: str,
          outlet: strOrNull,
          author: strOrNull,
          url: strOrNull,
          published: {
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                required: ['value', 'precision', 'source', 'inferred'],
                properties: {
                  value: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
                  precision: { enum: ['day', 'month', 'year'] },
                  source: str,
                  inferred: { type: 'boolean' },
                },
              },
            ],
          },
          origin: str,
          format: str,
          nearDuplicateOf: strOrNull,
          ingestedAt: str,
          text: str,
          annotations: {
            type: 'object',
            required: [
              'mentions',
              'quantities',
              'times',
              'attributions',
              'attitudes',
              'certainty',
              'claims',
              'sentences',
            ],
            properties: {
              mentions: {
                type: 'array',
                items: located({ kind: str, name: str, entity: str, rule: str }, ['kind', 'name']),
              },
              quantities: {
                type: 'array',
                items: located(
                  {
                    kind: str,
                    value: { type: 'number' },
                    low: { type: 'number' },
                    high: { type: 'number' },
                    measureKey: str,
                    direction: { enum: ['up', 'down'] },
                  },
                  ['kind'],
                ),
              },
              times: {
                type: 'array',
                items: located({ value: str, granularity: str, yearStated: { type: 'boolean' } }, [
                  'value',
                  'granularity',
                ]),
              },
              attributions: { type: 'array', items: located({}, ['cue', 'speaker', 'content']) },
              attitudes: { type: 'array', items: located({}, ['cue', 'speaker', 'content']) },
              certainty: {
                type: 'array',
                items: located({ band: str, probability: { type: 'number', minimum: 0, maximum: 1 } }, [
                  'band',
                  'probability',
                  'polarity',
                ]),
              },
              claims: {
                type: 'array',
                items: located({ predicate: str, polarity: { enum: ['positive', 'negative'] } }, [
                  'predicate',
                  'polarity',
                ]),
              },
              sentences: { type: 'integer', minimum: 0 },
            },
          },
        },
      },
    },
    entitiesFrom: { enum: ['reconcile', 'mentions'] },
    entities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'kind', 'name', 'aliases', 'mentions', 'documents'],
        properties: {
          id: str,
          kind: str,
          name: str,
          aliases: { type: 'array', items: str },
          mentions: { type: 'array', items: mentionRef },
          documents: { type: 'array', items: str },
        },
      },
    },
    clusters: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'label', 'key', 'claims', 'origins', 'status'],
        properties: {
          id: str,
          label: str,
          key: str,
          measureKey: str,
          place: {
            type: 'object',
            required: ['name', 'relation'],
            properties: { name: str, relation: str },
          },
          claims: { type: 'array', items: claimRef },
          origins: { type: 'array', items: origin },
          status: { enum: ['corroborated', 'contested', 'single source'] },
          stances: {
            type: 'array',
            items: {
              type: 'object',
              required: ['origin', 'stance', 'claims'],
              properties: { origin, stance: stanceKind, claims: { type: 'integer', minimum: 1 } },
            },
          },
        },
      },
    },
    conflicts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'cluster', 'kind', 'a', 'b', 'verdict', 'explanation'],
        properties: {
          id: str,
          cluster: str,
          kind: { enum: ['value', 'polarity', 'assessment'] },
          a: claimRef,
          b: claimRef,
          verdict: { enum: ['conflict', 'compatible', 'refinement', 'change'] },
          explanation: str,
        },
      },
    },
    citations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['document', 'origin', 'cue', 'evidence'],
        properties: {
          document: str,
          origin,
          cue: str,
          // Where the citing document names the origin: in that document, so no document of its own.
          evidence: {
            type: 'object',
            required: ['span', 'text', 'sentence'],
            properties: { span, text: str, sentence: span },
          },
        },
      },
    },
    assessment: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['question', 'indicators', 'matrix', 'bottomLines'],
          properties: {
            question: { type: 'object', required: ['question', 'horizon'] },
            indicators: { type: 'array' },
            matrix: { type: 'object' },
            bottomLines: {
              type: 'array',
              items: {
                type: 'object',
                required: ['document', 'band', 'probability', 'start', 'end', 'text'],
              },
            },
            forecast: { type: 'object' },
            outcome: {
              type: 'object',
              description:
                'The outcome reported as done before the horizon: the reports, their independent origins and the first date.',
              required: ['reports', 'origins'],
            },
          },
        },
      ],
    },
    brief: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: [
            'title',
            'judgements',
            'numbers',
            'contested',
            'timeline',
            'actors',
            'sources',
            'footnotes',
          ],
        },
      ],
    },
  },
} as const;
