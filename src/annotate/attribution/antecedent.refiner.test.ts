import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention, MentionKind } from '../../core/index.js';
import { runOwnStages } from './test-layers.js';

/** A mention of `surface` at its `nth` occurrence in `text` (0 = first). */
function mention(
  text: string,
  surface: string,
  kind: MentionKind,
  extra: Partial<Mention> = {},
  nth = 0,
): Mention {
  let start = text.indexOf(surface);
  for (let k = 0; k < nth; k++) start = text.indexOf(surface, start + 1);
  const name = extra.name ?? surface;
  return {
    span: { start, end: start + surface.length },
    text: surface,
    rule: 'test',
    kind,
    name,
    entity: name.toLowerCase(),
    ...extra,
  };
}

const person = (text: string, surface: string, extra: Partial<Mention> = {}, nth = 0): Mention =>
  mention(text, surface, 'person', extra, nth);

// [text, the speaker to look at, mentions, what it should resolve to (undefined: nothing)]
const table: [string, string, (text: string) => Mention[], string | undefined][] = [
  [
    'Olga Sirko met Ivan Petrenko at noon. She said the talks had gone well.',
    'She',
    (t) => [person(t, 'Olga Sirko'), person(t, 'Ivan Petrenko')],
    'Olga Sirko',
  ],
  [
    'Olga Sirko met Ivan Petrenko at noon. He said the talks had gone well.',
    'He',
    (t) => [person(t, 'Olga Sirko'), person(t, 'Ivan Petrenko')],
    'Ivan Petrenko',
  ],
  [
    'Ivan Petrenko toured the port. (Wire Photo/Taras Hnatyuk) He said the cranes were back in use.',
    'He',
    (t) => [person(t, 'Ivan Petrenko'), person(t, 'Taras Hnatyuk')],
    'Ivan Petrenko',
  ],
  [
    'Mr Okafor thanked Ms Adeyemi for the report. He said it was late.',
    'He',
    (t) => [person(t, 'Okafor'), person(t, 'Adeyemi')],
    'Okafor',
  ],
  [
    'Mr Okafor thanked Ms Adeyemi for the report. She said it was late.',
    'She',
    (t) => [person(t, 'Okafor'), person(t, 'Adeyemi')],
    'Adeyemi',
  ],
  [
    'The Harbour Authority closed the north pier. They said repairs would take weeks.',
    'They',
    (t) => [mention(t, 'Harbour Authority', 'organisation')],
    'Harbour Authority',
  ],
  [
    'Kestrel Freight cut its fleet. It said fuel costs were to blame.',
    'It',
    (t) => [mention(t, 'Kestrel Freight', 'organisation')],
    'Kestrel Freight',
  ],
  [
    'Ruth Oyelaran, the finance minister, met Tomas Brandt on Friday. The minister said the budget was final.',
    'The minister',
    (t) => [person(t, 'Ruth Oyelaran', { role: 'finance minister' }), person(t, 'Tomas Brandt')],
    'Ruth Oyelaran',
  ],
  [
    'Ivan Petrenko arrived late. “I spoke to Boris Lind twice,” he said.',
    'he',
    (t) => [person(t, 'Ivan Petrenko'), person(t, 'Boris Lind')],
    'Ivan Petrenko',
  ],
  // Names the tagger never marked: an earlier named speaker stands in.
  [
    'Mayor Lindqvist said the bridge was safe. He added that the repairs were done.',
    'He',
    () => [],
    'Mayor Lindqvist',
  ],
  [
    'Local farmers said the river had dried up. They added that the wells were failing.',
    'They',
    () => [],
    'Local farmers',
  ],
  [
    'The mayor named Ida Korhonen and former judge Emil Sand as mediators. They said the talks would start soon.',
    'They',
    (t) => [person(t, 'Ida Korhonen'), person(t, 'Emil Sand')],
    'Ida Korhonen and Emil Sand',
  ],
  // A name set beside the description says who it is; no earlier name is taken up.
  [
    "Ivan Petrenko, the regional governor, toured the port. The bridge is open again, according to the city's mayor, Olga Sirko.",
    "the city's mayor",
    (t) => [person(t, 'Ivan Petrenko', { role: 'governor' }), person(t, 'Olga Sirko')],
    'Olga Sirko',
  ],
  // A capitalised modifier names its own referent: nothing to take up.
  [
    'The Port Authority closed the pier. The Danish authorities said the ban would last a week.',
    'The Danish authorities',
    (t) => [mention(t, 'Port Authority', 'organisation')],
    undefined,
  ],
  // The one name before "he" is a woman's.
  ['Olga Sirko left early. He said the meeting was over.', 'He', (t) => [person(t, 'Olga Sirko')], undefined],
  ['He said the road was closed.', 'He', () => [], undefined],
  [
    'The ministry was silent. She said nothing had changed.',
    'She',
    (t) => [mention(t, 'ministry', 'organisation')],
    undefined,
  ],
];

describe('pronoun and definite speakers resolve to the last compatible name', () => {
  for (const [text, speaker, mentionsOf, expected] of table) {
    it(`${speaker} in: ${text}`, () => {
      const found = runOwnStages(text, { mentions: mentionsOf(text) }).attributions ?? [];
      const a = found.find((x) => x.speaker.text === speaker);
      assert.ok(a, `no attribution with speaker ${speaker}: ${JSON.stringify(found.map((x) => x.speaker))}`);
      assert.equal(a.speaker.resolvesTo, expected);
    });
  }

  it('carries the entity key of the mention it resolves to', () => {
    const text = 'Ivan Petrenko met Olga Sirko. Later Petrenko left. “It went well,” he said.';
    const mentions = [
      person(text, 'Ivan Petrenko', { name: 'Ivan Petrenko', entity: 'petrenko' }),
      person(text, 'Olga Sirko'),
      person(text, 'Petrenko', { entity: 'petrenko' }, 1),
    ];
    const a = (runOwnStages(text, { mentions }).attributions ?? []).find((x) => x.speaker.text === 'he');
    assert.equal(a?.speaker.entity, 'petrenko');
    assert.equal(a?.speaker.resolvesTo, 'Petrenko');
  });
});
