import { z } from 'zod';

/** Every named shape: `components.schemas` of the OpenAPI document. */
export const apiSchemas = z.registry<{ id: string }>();

/**
 * The API's response shapes as zod schemas: `/openapi.json` is generated from them, a test checks
 * real responses against it, and `api-schemas.test.ts` checks that they and the wire contract types
 * of core/api-contract.ts (which the web bundle reads) describe the same JSON. A response may carry
 * more fields than listed; these are the ones clients may rely on.
 */
const span = z
  .object({ start: z.number().int(), end: z.number().int() })
  .register(apiSchemas, { id: 'Span' });
const spanText = span.extend({ text: z.string() });
const flat = spanText.extend({ rule: z.string() });
const page = { total: z.number().int(), limit: z.number().int(), offset: z.number().int() };

export const publishedDate = z
  .object({ value: z.string(), source: z.string().optional(), inferred: z.boolean().optional() })
  .register(apiSchemas, { id: 'PublishedDate' });

export const documentRow = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    published: publishedDate.nullable(),
    origin: z.string(),
    format: z.string(),
    length: z.number().int(),
    ingestedAt: z.string(),
  })
  .register(apiSchemas, { id: 'DocumentRow' });
export const documentPage = z
  .object({ ...page, documents: z.array(documentRow) })
  .register(apiSchemas, { id: 'DocumentPage' });
export const fullDocument = documentRow
  .extend({ text: z.string() })
  .register(apiSchemas, { id: 'FullDocument' });

const mentionJson = flat.extend({
  kind: z.string(),
  name: z.string(),
  entity: z.string(),
  role: z.string().optional(),
  country: z.string().optional(),
  expansion: z.string().optional(),
});
const quantityJson = flat.extend({
  kind: z.string(),
  value: z.number().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  qualifier: z.string().optional(),
  unit: z.string().optional(),
  thing: z.string().optional(),
  measureKey: z.string().optional(),
  direction: z.enum(['up', 'down']).optional(),
});
const timeJson = flat.extend({ value: z.string(), granularity: z.string(), yearStated: z.boolean() });
const attributionJson = flat.extend({
  cue: spanText,
  speaker: spanText.extend({ vague: z.boolean(), resolvesTo: z.string().optional() }),
  content: spanText,
});
const certaintyJson = flat.extend({
  band: z.string(),
  probability: z.number(),
  polarity: z.string(),
  scope: span,
});
export const annotationsJson = z
  .object({
    id: z.string(),
    mentions: z.array(mentionJson),
    quantities: z.array(quantityJson),
    times: z.array(timeJson),
    attributions: z.array(attributionJson),
    attitudes: z.array(attributionJson),
    certainty: z.array(certaintyJson),
    sentences: z.number().int(),
  })
  .register(apiSchemas, { id: 'Annotations' });

export const evidence = z
  .object({ document: z.string(), span, text: z.string(), sentence: span })
  .register(apiSchemas, { id: 'Evidence' });
export const origin = z
  .object({ key: z.string(), name: z.string(), kind: z.enum(['cited', 'outlet']) })
  .register(apiSchemas, { id: 'Origin' });

export const entity = z
  .object({
    id: z.string(),
    kind: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    documents: z.array(z.string()),
    mentions: z.array(evidence),
    evidence: z.array(z.object({ alias: z.string(), rule: z.string(), detail: z.string() })),
  })
  .register(apiSchemas, { id: 'Entity' });
export const claimRef = evidence
  .extend({
    claim: z.number().int(),
    polarity: z.string(),
    probability: z.number().optional(),
    time: z.string().optional(),
    origin,
    outlet: z.string().optional(),
    published: z.string().optional(),
  })
  .register(apiSchemas, { id: 'ClaimRef' });
export const cluster = z
  .object({
    id: z.string(),
    label: z.string(),
    claims: z.array(claimRef),
    origins: z.array(origin),
    status: z.string(),
    headline: z
      .object({ value: z.number().optional(), low: z.number().optional(), high: z.number().optional() })
      .optional(),
  })
  .register(apiSchemas, { id: 'Cluster' });
export const conflict = z
  .object({
    id: z.string(),
    cluster: z.string(),
    kind: z.string(),
    a: claimRef,
    b: claimRef,
    verdict: z.string(),
    explanation: z.string(),
  })
  .register(apiSchemas, { id: 'Conflict' });
export const citation = z
  .object({ document: z.string(), origin, cue: z.string() })
  .register(apiSchemas, { id: 'Citation' });
export const decision = z
  .object({
    id: z.number().int(),
    who: z.string(),
    at: z.string(),
    kind: z.string(),
    target: z.string(),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    note: z.string().optional(),
  })
  .register(apiSchemas, { id: 'Decision' });

export const entityPage = z
  .object({ ...page, entities: z.array(entity) })
  .register(apiSchemas, { id: 'EntityPage' });
export const clusterPage = z
  .object({ ...page, clusters: z.array(cluster) })
  .register(apiSchemas, { id: 'ClusterPage' });
export const conflictPage = z
  .object({ ...page, conflicts: z.array(conflict) })
  .register(apiSchemas, { id: 'ConflictPage' });
export const citationPage = z
  .object({ ...page, citations: z.array(citation) })
  .register(apiSchemas, { id: 'CitationPage' });
export const decisionPage = z
  .object({ ...page, decisions: z.array(decision) })
  .register(apiSchemas, { id: 'DecisionPage' });

const gradeCode = z.enum(['CC', 'C', 'N', 'I', 'II']);
const reportedValue = z.object({
  value: z.number(),
  text: z.string(),
  date: z.object({ value: z.string(), stated: z.boolean() }).optional(),
});
const indicatorReport = z.object({
  id: z.string(),
  name: z.string(),
  evidence: z.array(evidence.extend({ rule: z.string(), hedged: z.boolean() })),
  documents: z.array(z.string()),
  latest: reportedValue.optional(),
  trend: z.string(),
  status: z.string(),
  origins: z.array(origin),
});
const achCell = z.object({
  hypothesis: z.string(),
  grade: gradeCode,
  suggested: gradeCode,
  source: z.enum(['suggested', 'analyst']),
  decision: z.object({ who: z.string(), at: z.string() }).optional(),
  evidence: z.array(evidence),
});
const achItem = z.object({
  id: z.string(),
  label: z.string(),
  polarity: z.string(),
  origins: z.number(),
  weight: z.number(),
  diagnosticity: z.number(),
  cells: z.array(achCell),
});
const forecastVote = z.object({
  origin,
  documents: z.array(z.string()),
  probability: z.number(),
  band: z.string(),
});
export const assessment = z
  .object({
    id: z.string(),
    question: z.object({ question: z.string(), horizon: z.string() }),
    indicators: z.array(indicatorReport),
    matrix: z.object({
      hypotheses: z.array(z.object({ id: z.string(), label: z.string() })),
      items: z.array(achItem),
      scores: z.array(
        z.object({ hypothesis: z.string(), label: z.string(), inconsistency: z.number(), rank: z.number() }),
      ),
    }),
    bottomLines: z.array(
      z.object({
        document: z.string(),
        band: z.string(),
        probability: z.number(),
        start: z.number().int(),
        text: z.string(),
        origin,
        title: z.string().optional(),
      }),
    ),
    forecast: z
      .object({
        probability: z.number(),
        band: z.string(),
        votes: z.array(forecastVote),
        spread: z.object({ min: z.number(), max: z.number() }),
        dissenters: z.array(forecastVote.extend({ reason: z.string() })),
      })
      .optional(),
    outcome: z
      .object({
        reports: z.array(evidence.extend({ date: reportedValue.shape.date, origin })),
        origins: z.number().int(),
        first: z.string().optional(),
      })
      .optional(),
  })
  .register(apiSchemas, { id: 'Assessment' });
export const questionList = z
  .object({ questions: z.array(z.object({ id: z.string(), title: z.string(), horizon: z.string() })) })
  .register(apiSchemas, { id: 'QuestionList' });

export const apiError = z
  .object({ error: z.object({ code: z.string().regex(/^E_[A-Z_]+$/), message: z.string() }) })
  .register(apiSchemas, { id: 'Error' });
export const ingestOutcome = z
  .object({
    added: z.array(z.string()),
    unchanged: z.array(z.string()),
    failed: z.number().int(),
    diagnostics: z.array(z.string()),
  })
  .register(apiSchemas, { id: 'IngestOutcome' });
