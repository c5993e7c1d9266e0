import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../../annotate/index.js';
import type { DocumentId } from '../../core/index.js';
import type { CorpusDocument } from '../../resolve/types.js';
import { assess, emptyReconciliation } from '../assess.js';
import { bearingOnOutcome } from '../bottom-line/bears-on-outcome.js';
import { topicOf } from '../bottom-line/topic.js';
import { originFinder } from '../evidence/origins.js';
import { parseQuestion } from '../question/index.js';
import { outcomeOf } from './outcome.js';
import { outcomeReader } from './outcome-reports.js';

// An invented question: one country's gas deliveries to another through one pipeline.
const parsed = parseQuestion(
  `question: Will Freedonia completely halt gas deliveries to Ruritania through the Northline pipeline before 1 October 2031?
horizon: 2031-10-01
hypotheses:
  - id: halt
    label: Deliveries stop
  - id: go-on
    label: Deliveries go on
indicators:
  - id: cuts
    name: Flows cut
    match:
      cues: [flows]
    direction:
      halt: consistent
      go-on: inconsistent
`,
  'q.yaml',
);
if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
const question = parsed.question;
const topic = topicOf(question);

const docOf = (text: string, published = '2031-09-10'): CorpusDocument => ({
  doc: {
    id: `doc-${text.length}` as DocumentId,
    origin: 'invented.txt',
    format: 'text',
    text,
    meta: { published: { value: published, precision: 'day', source: 'sidecar', inferred: false } },
    ingestedAt: '2031-01-01T00:00:00Z',
  },
  annotations: annotate(text),
});

const reported = (text: string, published?: string) => {
  const reader = outcomeReader(topic, question);
  reader.read(docOf(text, published));
  return reader.reports(originFinder(emptyReconciliation)).length > 0;
};

describe('the outcome reported as done', () => {
  const table: [string, boolean][] = [
    ['Freedonia halted gas deliveries to Ruritania on Friday.', true],
    ['Freedonia has abruptly halted gas deliveries to Ruritania.', true],
    ['Freedonia hosted Ruritanian officials and halted talks with them.', false],
    ['Officials said Freedonia suspended gas deliveries to Ruritania last week.', true],
    ['Freedonia failed to halt gas deliveries to Ruritania.', false],
    ['Freedonia claimed to have halted gas deliveries to Ruritania.', false],
    ['Gas deliveries to Ruritania were halted on Friday, the operator said.', true],
    ['Freedonia resumed gas deliveries to Ruritania on Friday.', false],
    ['Freedonia could halt gas deliveries to Ruritania next month.', false],
    ['Freedonia has threatened to halt gas deliveries to Ruritania.', false],
    ['Freedonia did not halt gas deliveries to Ruritania.', false],
    ['If Freedonia halted gas deliveries to Ruritania, prices would soar.', false],
    ['Ruritania halted gas deliveries to its neighbours.', false],
    ['Freedonia halted grain exports to the region.', false],
    ['Freedonia halted its trade with Ruritania.', false],
    ['Freedonia halted oil deliveries to Ruritania through the Northline pipeline.', false],
    ['Freedonia halted gas deliveries to Lilliput.', false],
    ['Talks on gas deliveries broke down, and the convoy was halted at the border.', false],
  ];
  for (const [text, expected] of table)
    it(`${expected ? 'finds' : 'does not find'}: ${text}`, () => assert.equal(reported(text), expected));

  it('leaves out a report dated after the horizon', () => {
    assert.equal(reported('Freedonia halted gas deliveries to Ruritania on Friday.', '2031-11-20'), false);
  });

  it('counts independent origins and gives the earliest date', () => {
    const corpus = [
      docOf('Freedonia halted gas deliveries to Ruritania on 3 September 2031.', '2031-09-04'),
      docOf(
        'The operator said Freedonia suspended gas deliveries to Ruritania on 3 September 2031.',
        '2031-09-06',
      ),
    ];
    const reader = outcomeReader(topic, question);
    for (const cd of corpus) reader.read(cd);
    const o = outcomeOf(reader, originFinder(emptyReconciliation));
    assert.equal(o?.reports.length, 2);
    assert.equal(o?.first, '2031-09-03');
  });

  it("makes a document's report of the outcome its view, 'almost certain', over a hedge it also states", () => {
    const doc = docOf(
      'A halt of gas deliveries to Ruritania is unlikely, one trader said last week. Freedonia halted gas deliveries to Ruritania on 3 September 2031.',
      '2031-09-04',
    );
    const [view] = assess(question, [doc]).bottomLines;
    assert.equal(view?.kind, 'report');
    assert.equal(view?.band, 'almost certain');
    assert.match(view?.text ?? '', /^Freedonia halted/);
  });
});

describe('sentences that bear on the outcome', () => {
  it('keeps a sentence that speaks of the outcome and drops one that only shares a cue word', () => {
    const text =
      'Freedonia may halt gas deliveries to Ruritania next month. Flows of refugees into the capital rose in June.';
    const doc = docOf(text);
    const keys = new Set([`${doc.doc.id}:0`, `${doc.doc.id}:${text.indexOf('Flows')}`]);
    assert.deepEqual([...bearingOnOutcome(question, [doc], keys)], [`${doc.doc.id}:0`]);
  });
});

describe('an act on the outcome’s object that is not the outcome', () => {
  const agree = parseQuestion(
    `question: Will the Northern League agree a ban on Freedonian timber imports before 1 July 2031?
horizon: 2031-07-01
hypotheses:
  - id: ban
    label: A full ban
  - id: none
    label: No ban
indicators:
  - id: talks
    name: Ministers discuss the ban
    match:
      cues: [timber]
    direction:
      ban: consistent
      none: inconsistent
`,
    'q.yaml',
  );
  if (!agree.ok) throw new Error(agree.errors.map((e) => e.message).join('; '));
  const reportedHere = (text: string) => {
    const reader = outcomeReader(topicOf(agree.question), agree.question);
    reader.read(docOf(text, '2031-05-10'));
    return reader.reports(originFinder(emptyReconciliation)).length > 0;
  };

  it('reads a proposal or a debate of the ban as no agreement', () => {
    assert.equal(reportedHere('The Northern League proposed a ban on Freedonian timber imports.'), false);
    assert.equal(reportedHere('The Northern League discussed a ban on Freedonian timber imports.'), false);
  });

  it('reads the agreement itself as the outcome done', () => {
    assert.equal(reportedHere('The Northern League agreed a ban on Freedonian timber imports.'), true);
  });
});
