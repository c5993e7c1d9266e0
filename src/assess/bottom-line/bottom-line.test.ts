import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../../annotate/index.js';
import type { DocumentId } from '../../core/index.js';
import type { CorpusDocument } from '../../resolve/types.js';
import { emptyReconciliation } from '../assess.js';
import { originFinder } from '../evidence/origins.js';
import { parseQuestion } from '../question/index.js';
import { bottomLineOf } from './bottom-line.js';
import { topicOf } from './topic.js';
import { withCommonWords } from './topic-frequency.js';

// An invented question: a country, a call-up, two hypotheses (one restating the outcome).
const yaml = `question: Will Freedonia order a mobilisation of its reservists before the horizon?
horizon: 2031-10-31
hypotheses:
  - id: call-up
    label: Partial mobilisation ordered
  - id: volunteers
    label: Recruitment without a mobilisation order
indicators:
  - id: recruits
    name: Recruitment drives
    match:
      cues: [recruitment]
    direction:
      call-up: neutral
      volunteers: consistent
`;
const parsed = parseQuestion(yaml, 'q.yaml');
if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
const question = parsed.question;

const docOf = (text: string): CorpusDocument => ({
  doc: {
    id: `doc-${text.length}` as DocumentId,
    origin: 'invented.txt',
    format: 'text',
    text,
    meta: {},
    ingestedAt: '2031-01-01T00:00:00Z',
  },
  annotations: annotate(text),
});

const viewOf = (text: string) => {
  const cd = docOf(text);
  return bottomLineOf(cd, withCommonWords(topicOf(question), [cd]), originFinder(emptyReconciliation));
};

// [text, band or null (no view), kind]
const table: [string, string | null, string?][] = [
  ['Freedonia will most likely order a general mobilisation within weeks.', 'very likely', 'estimate'],
  ['Officials believe the president plans to order a mobilisation of the reserve.', 'likely', 'estimate'],
  ['The plans to order a mobilisation of the reserve were shelved in spring.', null],
  ['A mobilisation of the reserve remains unlikely before the winter.', 'unlikely', 'estimate'],
  [
    'The defence minister said the government is not discussing a mobilisation at this moment.',
    'very unlikely',
    'denial',
  ],
  [
    'Officers complain that the president cannot order the mobilisation he would need.',
    'very unlikely',
    'denial',
  ],
  [
    'There are rumours that the president is poised to announce a partial mobilisation.',
    'roughly even',
    'estimate',
  ],
  ['The ministry said it is highly likely that commanders face competing priorities in the south.', null],
  ['Younger people were more likely to oppose the war, the poll found.', null],
  ['A mobilisation could spark protests in the capital, an economist warned.', null],
  ['Without a mass mobilisation, the army probably cannot hold the line.', null],
  ['Neighbouring Sylvania has plenty of soldiers: it can possibly mobilise a million men.', null],
  ['The ministers will likely talk about a mobilisation of the reserve at their next meeting.', null],
  ['Nobody knows what the coming months will bring for the army, the economist said.', null],
  ['Its rival will surely strengthen the border guard over the talk of a mobilisation.', null],
  ['A mobilisation would likely mean higher taxes for every household.', null],
  [
    'The allies have no hostile intentions towards the country, which ordered a mobilisation in spring.',
    null,
  ],
  ['Freedonia, which is poised to order a mobilisation, faces new sanctions.', 'likely', 'estimate'],
  ['Unlike Freedonia, neighbouring Germany will probably order a mobilisation of its reserve.', null],
  // The outcome's verb done to another thing, in the active or the passive, is another act.
  ['Freedonia could order new uniforms for its reservists next month.', null],
  ['New uniforms could be ordered by Freedonia next month.', null],
  ['Freedonia would only order a mobilisation in self-defence, its doctrine says.', null],
  ['Freedonia is not going to order a mobilisation, the minister said.', 'very unlikely', 'denial'],
  ['Freedonian generals are not going to the talks on a mobilisation.', null],
  ['I think the chance of a partial mobilisation is higher than of a general one.', null],
  // A belief about what ought to happen is an opinion, not an estimate.
  ['I think Freedonia should order a mobilisation of its reservists.', null],
  ['The deputy does not think Freedonia should order a mobilisation.', null],
  // The outcome inside a condition put before its subject is not what is judged.
  ['The reservists would certainly be paid more should Freedonia order a mobilisation.', null],
  // A rumour that is the subject of its clause is what the sentence talks of, not a rumour passed on.
  ['Fears of a mobilisation in Freedonia — ordered by the president — have emptied the cafes.', null],
  ['There are fears of a mobilisation in Freedonia.', 'roughly even', 'hearsay'],
  // A pronoun stands for the outcome named before it only as the subject of its happening.
  [
    'Freedonia has prepared its reservists for a general mobilisation. Analysts believe that it will try to calm the markets first.',
    null,
  ],
  [
    'Freedonia has prepared its reservists for a general mobilisation. Analysts believe that it will happen in spring.',
    'likely',
    'estimate',
  ],
];

// Estimative language and its modifiers, each mapped onto its ICD 203 band.
const phrases: [string, string][] = [
  ['Freedonia is highly unlikely to order a mobilisation this year.', 'very unlikely'],
  ['The chance that Freedonia orders a mobilisation is remote.', 'very unlikely'],
  ['A mobilisation is not likely this year.', 'unlikely'],
  ['There is a real possibility that Freedonia will order a mobilisation.', 'roughly even'],
  ['Whether Freedonia will order a mobilisation remains to be seen.', 'roughly even'],
  ['It is unclear whether Freedonia will order a mobilisation.', 'roughly even'],
  ['There are signs that Freedonia is preparing to order a mobilisation.', 'likely'],
  ['Officials believe that Freedonia will order a mobilisation.', 'likely'],
  ['The minister does not believe that Freedonia will order a mobilisation.', 'unlikely'],
  ['Diplomats do not expect that Freedonia will order a mobilisation.', 'unlikely'],
  ['Freedonia is not expected to order a mobilisation this year.', 'unlikely'],
  ['Analysts assess that Freedonia might order a mobilisation.', 'roughly even'],
  ['The minister is confident Freedonia will order a mobilisation.', 'likely'],
  ['Diplomats are optimistic that Freedonia will order a mobilisation.', 'likely'],
  ['Generals remain pessimistic about a mobilisation this year.', 'unlikely'],
  ['Freedonia is heading towards a general mobilisation.', 'likely'],
  ['Sylvanian officers expressed optimism that Freedonia will order a mobilisation.', 'likely'],
  ['Freedonia is set to order a mobilisation.', 'likely'],
  ['Freedonia will most likely not order a mobilisation.', 'very unlikely'],
  // A hedge inside a report of absence is what is absent.
  ['Diplomats see no signs that Freedonia is preparing to order a mobilisation.', 'unlikely'],
  ['Diplomats see little sign that Freedonia is preparing to order a mobilisation.', 'unlikely'],
  ['There is a real risk that Freedonia will order a mobilisation.', 'roughly even'],
  ['The chances of Freedonia ordering a mobilisation are slim.', 'very unlikely'],
  ['The likelihood of Freedonia ordering a mobilisation remained low last year.', 'unlikely'],
  ['Diplomats have not seen any indication that Freedonia is preparing to order a mobilisation.', 'unlikely'],
  ['It is not clear whether Freedonia will order a mobilisation.', 'roughly even'],
  ["I don't think Freedonia will order a mobilisation this year.", 'unlikely'],
  ['Diplomats do not expect Freedonia to order a mobilisation.', 'unlikely'],
  // A negated judgement denies what it governs, the hedge inside with it.
  ['Officials said they do not believe Freedonia is preparing to order a mobilisation.', 'unlikely'],
  ['The minister believes Freedonia may well order a mobilisation.', 'likely'],
  ['An analyst put the chances of a mobilisation in Freedonia at 50-50.', 'roughly even'],
  // Any negated "rule out" leaves a possibility open, as "cannot rule out" does; it denies nothing.
  ['Officials could not rule out that Freedonia would order a mobilisation.', 'unlikely'],
  ["The minister didn't rule out a mobilisation in Freedonia this year.", 'unlikely'],
];

/** An invented question's topic, and the view it reads in one text. */
function questionViews(yaml: string) {
  const parsed = parseQuestion(yaml, 'q.yaml');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  const topic = topicOf(parsed.question);
  const view = (text: string) => {
    const cd = docOf(text);
    return bottomLineOf(cd, withCommonWords(topic, [cd]), originFinder(emptyReconciliation));
  };
  return { topic, view };
}

describe('views: estimative language', () => {
  for (const [text, band] of phrases) it(`${band}: ${text}`, () => assert.equal(viewOf(text)?.band, band));
});

describe('views: the judgement of a document on the question', () => {
  for (const [text, band, kind] of table) {
    it(`${band ?? 'no view'}: ${text}`, () => {
      const view = viewOf(text);
      if (band === null) return assert.equal(view, undefined, view?.text);
      assert.ok(view, 'a view');
      assert.equal(view.band, band);
      assert.equal(view.kind, kind);
    });
  }

  it('keeps each view at its own place in the band', () => {
    const a = viewOf('A mobilisation is unlikely this year.');
    const b = viewOf('On balance a mobilisation is the less likely scenario this year.');
    assert.ok(a && b);
    assert.equal(a.band, b.band);
    assert.notEqual(a.probability, b.probability);
  });

  it('reads a judgement over a list to its end', () => {
    const view = viewOf('Analysts cannot rule out an attack on the border, or a general mobilisation.');
    assert.equal(view?.marker.text.toLowerCase(), 'cannot rule out');
  });

  it('reads "for" and a name after a predicative estimate as who judges', () => {
    const view = viewOf(
      'Freedonia may soon order a mobilisation of its reservists. This scenario is not improbable for Petrov.',
    );
    assert.equal(view?.marker.text, 'not improbable');
  });

  it('reads litotes ("not improbable") as an estimate stated as firmly as "cannot rule out"', () => {
    const view = viewOf(
      'Analysts cannot rule out a general mobilisation in Freedonia. A general mobilisation in Freedonia is not improbable this autumn, the minister said.',
    );
    assert.equal(view?.band, 'roughly even');
  });

  it('keeps the negation the certainty stage read before a listed phrase ("n\'t clear how likely")', () => {
    const view = viewOf("It wasn't clear how likely Freedonia is to order a mobilisation of its reservists.");
    assert.ok(view, 'a view');
    assert.notEqual(view.band, 'likely');
  });

  it('names the holder of a reported view', () => {
    const view = viewOf(
      'A spokesman, Ivan Petrov, said the government has no plans to order a mobilisation.',
    );
    assert.ok(view);
    assert.match(view.holder, /Petrov|spokesman/);
  });
});

// A second invented question whose subject is a group ("forces"): the agent, not the outcome.
const retake = parseQuestion(
  `question: Will Freedonian forces retake the port of Halden before the horizon?
horizon: 2031-11-30
hypotheses:
  - id: assault
    label: Freedonia takes the port by assault
  - id: holds
    label: The garrison holds the port
indicators:
  - id: advance
    name: Freedonian advance
    match:
      cues: [advance]
    direction:
      assault: consistent
      holds: inconsistent
`,
  'retake.yaml',
);
if (!retake.ok) throw new Error(retake.errors.map((e) => e.message).join('; '));
const retakeQuestion = retake.question;

const retakeView = (text: string) => {
  const cd = docOf(text);
  return bottomLineOf(cd, withCommonWords(topicOf(retakeQuestion), [cd]), originFinder(emptyReconciliation));
};

describe('views: what a judgement must be about', () => {
  it('takes a judgement on the outcome itself', () => {
    assert.equal(
      retakeView('Freedonian forces will most likely retake the port within weeks.')?.band,
      'very likely',
    );
  });
  const none: [string, string][] = [
    [
      'the subject group alone is not the outcome',
      'This is likely due to the poor morale of the force in Freedonia.',
    ],
    [
      'a noun of the question does not bring its verb synonyms',
      'The president is likely to come under pressure at home.',
    ],
    [
      'an estimate asked in an embedded question',
      'Reports differ about whether Freedonian troops will retake the port.',
    ],
  ];
  for (const [why, text] of none) it(`no view: ${why}`, () => assert.equal(retakeView(text), undefined));

  it("takes a judgement on the noun of the outcome's verb ('a withdrawal' for 'withdraw')", () => {
    const { view } = questionViews(
      `question: Will Freedonian forces withdraw from Halden before the horizon?
horizon: 2031-11-30
hypotheses:
  - id: leave
    label: The garrison leaves
  - id: stay
    label: The garrison stays
indicators:
  - id: convoys
    name: Convoys leaving Halden
    match:
      cues: [convoy]
    direction: {}
`,
    );
    assert.equal(
      view('A Freedonian withdrawal from Halden is likely within weeks, analysts say.')?.band,
      'likely',
    );
  });

  it('reads a negated evidential as evidence of absence ("none of this suggests ...")', () => {
    assert.equal(
      retakeView('None of this suggests that Freedonian forces will retake the port.')?.band,
      'unlikely',
    );
  });

  it('reads a negated copula as difficulty, not a denial of the outcome', () => {
    const view = retakeView('It will not be easy for Freedonia to retake the port.');
    assert.notEqual(view?.kind, 'denial');
  });
});

// A third invented question whose hypotheses take sides: one brings the outcome about by another
// act ("withdraws", "enters"), one denies it by the horizon ("holds ... past November").
const sides = parseQuestion(
  `question: Will Freedonian forces retake the port of Halden before 30 November 2031?
horizon: 2031-11-30
hypotheses:
  - id: withdrawal
    label: The Sylvanian army withdraws and Freedonia enters the port
  - id: holds
    label: The Sylvanian garrison holds the port past November
indicators:
  - id: advance
    name: Freedonian advance
    match:
      cues: [advance]
    direction:
      withdrawal: consistent
      holds: inconsistent
`,
  'sides.yaml',
);
if (!sides.ok) throw new Error(sides.errors.map((e) => e.message).join('; '));
const sidesQuestion = sides.question;

const sidesView = (text: string) => {
  const cd = docOf(text);
  return bottomLineOf(cd, withCommonWords(topicOf(sidesQuestion), [cd]), originFinder(emptyReconciliation));
};

describe('views: hypotheses that take a side of the question', () => {
  it('reads an act of a hypothesis for the outcome as the outcome', () => {
    const view = sidesView('Sylvanian troops will likely withdraw from Halden within weeks, officials said.');
    assert.equal(view?.band, 'likely');
  });
  it('turns a judgement of the hypothesis against the outcome around', () => {
    assert.equal(sidesView('Sylvanian troops will likely hold Halden through the winter.')?.band, 'unlikely');
    assert.equal(
      sidesView('The commander said his troops could not hold the port of Halden much longer.')?.band,
      'very likely',
    );
  });
  it('needs a second word of the question beside an act a hypothesis lent', () => {
    assert.equal(sidesView('Many families will likely withdraw their savings this year.'), undefined);
  });
  it("needs a word of the question itself, not only the hypotheses' words", () => {
    assert.equal(
      sidesView('The Sylvanian army will likely withdraw from the northern hills by spring.'),
      undefined,
    );
    assert.equal(sidesView('The Sylvanian army will likely withdraw from Halden by spring.')?.band, 'likely');
  });
});

/** An invented question on patrol boats sold to Portugal, with its topic and the view of one text. */
function boatsQuestion(question: string) {
  return questionViews(
    `question: ${question}
horizon: 2031-10-31
hypotheses:
  - id: yes
    label: Boats delivered
  - id: no
    label: Sale stalls
indicators:
  - id: talks
    name: Talks on the sale
    match:
      cues: [patrol boats]
    direction:
      yes: consistent
      no: inconsistent
`,
  );
}

describe('the actors of a question', () => {
  const { topic, view } = boatsQuestion('Will Portugal receive US-made patrol boats before the horizon?');

  it('takes only the capitalised part of a hyphenated name as a name', () => {
    assert.equal(topic.terms.get('made')?.kind, undefined);
  });

  it('reads a capital as its country’s government', () => {
    assert.equal(view('Lisbon will likely receive the patrol boats before the winter.')?.band, 'likely');
    assert.equal(view('Madrid will likely receive the patrol boats before the winter.'), undefined);
  });
});

describe('names in brackets in a question', () => {
  const { topic, view } = boatsQuestion(
    'Will Portugal receive US-made patrol boats (Sentinels or Tern-class) before the horizon?',
  );

  it('keeps the noun before them as the outcome’s object, and reads them as names', () => {
    assert.equal(topic.terms.get('boats')?.kind, 'event');
    assert.equal(topic.terms.get('sentinels')?.kind, 'actor');
  });

  it('judges the object named as the subject before a hedge ("the boats might reach ...")', () => {
    assert.equal(
      view('The patrol boats might be delivered to Portugal before the winter.')?.band,
      'roughly even',
    );
    assert.equal(
      view('The patrol boats are old, and talks might be delivered to Portugal before the winter.'),
      undefined,
    );
  });
});

describe('the verb of a question', () => {
  it('is the word after the named subject when no object marks it, past an adverb', () => {
    const halt = parseQuestion(
      `question: Will Freedonia completely halt grain exports before the horizon?
horizon: 2031-10-31
hypotheses:
  - id: halt
    label: Exports stop
  - id: go-on
    label: Exports go on
indicators:
  - id: ships
    name: Grain ships turned back
    match:
      cues: [grain ship]
    direction:
      halt: consistent
      go-on: inconsistent
`,
      'q.yaml',
    );
    if (!halt.ok) throw new Error(halt.errors.map((e) => e.message).join('; '));
    const terms = topicOf(halt.question).terms;
    assert.equal(terms.get('halt')?.verb, true);
    assert.equal(terms.get('halt')?.kind, 'event');
    assert.equal(terms.get('completely'), undefined);
  });

  it('is the word after a subject that ends in a noun, when what follows opens its complement', () => {
    const withdraw = parseQuestion(
      `question: Will Freedonian forces withdraw from Pearl Island before the horizon?
horizon: 2031-10-31
hypotheses:
  - id: leave
    label: The garrison leaves
  - id: stay
    label: The garrison stays
indicators:
  - id: boats
    name: Supply boats sunk
    match:
      cues: [supply boat]
    direction:
      leave: consistent
      stay: inconsistent
`,
      'q.yaml',
    );
    if (!withdraw.ok) throw new Error(withdraw.errors.map((e) => e.message).join('; '));
    const terms = topicOf(withdraw.question).terms;
    assert.equal(terms.get('withdraw')?.verb, true);
    assert.notEqual(terms.get('forces')?.verb, true);
  });
});

describe('a question whose verb conveys its object to an actor', () => {
  const { view } = boatsQuestion(
    'Will Nordic governments send their patrol boats to Portugal before the horizon?',
  );

  it('reads a verb of giving as the act ("provide", "hand over" for "send ... to")', () => {
    assert.equal(view('Norway may provide modern patrol boats to Portugal.')?.band, 'roughly even');
    assert.equal(view('Sweden is likely to hand over two patrol boats to Lisbon.')?.band, 'likely');
  });

  it('does not read a verb of having or another object as the act', () => {
    assert.equal(view('Norway will probably keep its patrol boats in Bergen.'), undefined);
    assert.equal(view('Norway may provide fuel to Portugal.'), undefined);
  });

  it('reads a sum of money given to the recipient as another act', () => {
    assert.equal(
      view(
        'Norway will send Portugal $400 million in aid that will include patrol boats, the ministry announced.',
      ),
      undefined,
    );
    assert.equal(view('Norway will probably send Portugal two patrol boats.')?.band, 'likely');
  });

  it('does not read sending into an activity as a delivery', () => {
    assert.equal(
      view('There are no plans to send Norwegian patrol boats or crews into action off Portugal.'),
      undefined,
    );
    assert.equal(
      view('There are no plans to send Norwegian patrol boats to Portugal.')?.band,
      'very unlikely',
    );
  });

  it('does not read a relative "that" as standing for the sentence before', () => {
    assert.equal(
      view(
        'Norway gives Portugal patrol boats. We are not going to send to Portugal missiles that can reach Spain, he said.',
      ),
      undefined,
    );
  });

  it('does not read the act conveyed to another country as the outcome', () => {
    assert.equal(view('Denmark may send its patrol boats to Spain, the minister said.'), undefined);
    assert.equal(
      view('Denmark may send its patrol boats to Lisbon, the minister said.')?.band,
      'roughly even',
    );
  });

  it('finds the object past a recipient named before it ("send to Portugal X")', () => {
    assert.equal(
      view('Norway is not going to send to Portugal its patrol boats, the minister said.')?.band,
      'very unlikely',
    );
    assert.equal(view('Norway is not going to send to Portugal missiles that can reach Spain.'), undefined);
  });

  it('leaves a verb of giving alone where the question conveys nothing', () => {
    const { view: receive } = boatsQuestion('Will Portugal receive US-made patrol boats before the horizon?');
    assert.equal(receive('Norway may provide patrol boats to a neighbour.'), undefined);
  });
});

/** An invented question whose verb has several senses, with two hypothesis labels, its topic and the view of one text. */
function sensesQuestion(question: string, labels: readonly [string, string]) {
  return questionViews(
    `question: ${question}
horizon: 2031-10-31
hypotheses:
  - id: yes
    label: ${labels[0]}
  - id: no
    label: ${labels[1]}
indicators:
  - id: shelling
    name: Shelling
    match:
      cues: [shelling]
    direction:
      yes: consistent
      no: inconsistent
`,
  );
}

describe('the sense of the question’s verb its other words choose', () => {
  const { topic, view } = sensesQuestion(
    'Will Freedonian forces capture the town of Pellmoor before the horizon?',
    ['Town falls to an assault', 'Sylvanian garrison holds out'],
  );

  it('reads the synonyms of that sense as the act ("seize", "conquer" for capturing a town)', () => {
    assert.equal(view('Freedonian troops are unlikely to seize Pellmoor.')?.band, 'unlikely');
    assert.equal(view('Freedonian forces may conquer the town within weeks.')?.band, 'roughly even');
    assert.equal(topic.terms.get('seize')?.word, 'capture');
  });

  it('reads a light verb of that sense as the act beside the outcome’s object ("take the town")', () => {
    assert.equal(view('Freedonian forces will probably take the town.')?.band, 'likely');
    assert.equal(view('Freedonian forces are poised to take control of Pellmoor.')?.band, 'likely');
    assert.equal(view('Freedonian forces may take part in the talks.'), undefined);
  });

  it('reads a label’s verb that undergoes the act ("falls": is captured) beside the outcome’s object', () => {
    assert.equal(view('Pellmoor is likely to fall within days.')?.band, 'likely');
    assert.equal(view('Freedonian morale is likely to fall.'), undefined);
    assert.equal(view('Prices in Pellmoor are likely to fall.'), undefined);
    assert.equal(view('The town may fall soon.')?.band, 'roughly even');
    assert.equal(view('Pellmoor could fall to Freedonian troops within weeks.')?.band, 'roughly even');
    assert.equal(view('Prices may fall in the town.'), undefined);
  });

  it('reads a noun with "of" after the verb as naming the act done to what follows ("seize control of")', () => {
    assert.equal(view('Freedonian forces are expected to seize control of Pellmoor.')?.band, 'likely');
    assert.equal(view('Freedonian forces are expected to seize control of the airport.'), undefined);
  });

  it('lends neither function words nor light verbs of another kind of act', () => {
    const { topic: fire } = sensesQuestion('Will Freedonia fire its defence minister before the horizon?', [
      'Minister dismissed',
      'Minister stays',
    ]);
    assert.equal(fire.terms.get('sack')?.word, 'fire');
    assert.equal(fire.terms.has('can'), false);
    const { topic: lift } = sensesQuestion(
      'Will Freedonia lift the sanctions on Sylvanian oil before the horizon?',
      ['Embargo ends', 'Sanctions stay'],
    );
    assert.equal(lift.terms.get('repeal')?.word, 'lift');
    assert.equal(lift.terms.has('hold'), false);
  });

  it('keeps the dominant sense when the other words do not choose another', () => {
    const { topic: art } = sensesQuestion(
      'Will Freedonian painters capture the spirit of the town in their murals before the horizon?',
      ['Murals unveiled', 'Painters give up'],
    );
    assert.equal(art.terms.get('capture')?.verb, true);
    assert.equal(art.terms.has('seize'), false);
  });
});

describe('the outcome undergone by its object, wherever the verb is written', () => {
  // No label names the undergoing verb: WordNet glosses "fall" as "be captured".
  const { view } = sensesQuestion('Will Freedonian forces capture the town of Pellmoor before the horizon?', [
    'Assault succeeds',
    'Sylvanian garrison holds out',
  ]);

  it('reads a verb glossed as undergoing the act, with the outcome’s object as its subject', () => {
    assert.equal(view('Pellmoor could fall any day now.')?.band, 'roughly even');
    assert.equal(view('Prices in Pellmoor could fall any day now.'), undefined);
  });

  it('finds that subject past an aside between dashes or commas', () => {
    assert.equal(
      view('Without help, the town of Pellmoor — a key prize for both sides — could fall any day.')?.band,
      'roughly even',
    );
    assert.equal(view('Pellmoor, analysts say, could fall within days.')?.band, 'roughly even');
  });

  it('reads what is judged unrealistic or implausible as unlikely', () => {
    assert.equal(
      view('The mayor said it was "not realistic" that Pellmoor would fall soon.')?.band,
      'unlikely',
    );
    assert.equal(
      view('It is unrealistic to expect Freedonian forces to capture Pellmoor this year.')?.band,
      'unlikely',
    );
  });

  it('reads "the city" of a question whose object is a place as that place', () => {
    const { view: city } = sensesQuestion('Will Freedonian forces capture Pellmoor before the horizon?', [
      'Freedonia takes the city by assault',
      'Sylvanian garrison holds out',
    ]);
    assert.equal(
      city('The mayor said it was not realistic that the city would fall soon.')?.band,
      'unlikely',
    );
    assert.equal(city('The mayor said it was not realistic that the prices would fall soon.'), undefined);
  });
});

describe('a place as the object of the question’s verb', () => {
  const { view } = sensesQuestion('Will Freedonian forces capture Kyiv before the horizon?', [
    'Assault succeeds',
    'Sylvanian garrison holds out',
  ]);

  it('names the place by the other spellings the gazetteer knows', () => {
    assert.equal(view('Freedonian forces may take Kiev within weeks.')?.band, 'roughly even');
  });

  it('reads the act done to people, not to a place, as another act', () => {
    assert.equal(view('Freedonian forces are likely to capture the city within weeks.')?.band, 'likely');
    assert.equal(view('Freedonian forces are likely to capture hundreds of soldiers near Kyiv.'), undefined);
  });

  it('finds the object two verbs share after the second', () => {
    assert.equal(
      view('Freedonian forces will probably capture and disarm the soldiers near Kyiv.'),
      undefined,
    );
    assert.equal(
      view('Freedonian forces will probably capture 1,000 or more Sylvanian soldiers.'),
      undefined,
    );
    assert.equal(view('Freedonian forces will probably encircle and capture the city.')?.band, 'likely');
  });

  it('reads a participle after a noun as done to that noun', () => {
    assert.equal(
      view('The general claimed that orders were likely given to Sylvanian soldiers captured near Kyiv.'),
      undefined,
    );
  });
});

describe('who does the act judged', () => {
  const { view } = questionViews(`question: Will Freedonia join the Northern Pact before the horizon?
horizon: 2031-10-31
hypotheses:
  - id: joins
    label: Freedonia joins
  - id: stays-out
    label: Freedonia stays neutral
indicators:
  - id: bid
    name: Membership bid
    match:
      cues: [membership]
    direction:
      joins: consistent
      stays-out: inconsistent
`);
  it('is not an actor named only in a relative clause about something else', () => {
    assert.equal(
      view(
        'The drill will see foreign cadets joining with the troops of a league, which includes Freedonia, for a week.',
      ),
      undefined,
    );
  });
  it('is an actor whose relative clause holds the act', () => {
    assert.equal(
      view('Freedonia, which will probably join the Northern Pact, borders Sylvania.')?.band,
      'likely',
    );
  });
});

/** An invented question on a town, whose second label names no outcome and has a description. */
function garrisonQuestion(description: string) {
  return questionViews(
    `question: Will Freedonian forces capture the town of Pellmoor before the horizon?
horizon: 2031-10-31
hypotheses:
  - id: assault
    label: Assault succeeds
  - id: pull-out
    label: Sylvania pulls its garrison out
    description: ${description}
indicators:
  - id: shelling
    name: Shelling
    match:
      cues: [shelling]
    direction:
      assault: consistent
      pull-out: consistent
`,
  );
}

describe('a label that takes its side from its description', () => {
  it('reads its act, a phrasal verb by its one-word names, as a way the outcome comes, if it states it', () => {
    const { view } = garrisonQuestion('Sylvania orders its troops back, and the town falls without a fight.');
    assert.equal(view('Sylvanian troops could withdraw from the town of Pellmoor.')?.band, 'roughly even');
    assert.equal(view('The garrison is likely to retreat from the town of Pellmoor.')?.band, 'likely');
    // No side from a description that denies the outcome or does not state it.
    const { view: never } = garrisonQuestion('Sylvania orders its troops back, but the town never falls.');
    assert.equal(never('Sylvanian troops could withdraw from the town of Pellmoor.'), undefined);
    const { view: kept } = garrisonQuestion('Sylvania orders its troops back and keeps the town.');
    assert.equal(kept('Sylvanian troops could withdraw from the town of Pellmoor.'), undefined);
  });
});

describe('a question whose object is a kind of thing named by a compound', () => {
  const { view } =
    questionViews(`question: Will Freedonia use a nuclear weapon against Sylvania before the horizon?
horizon: 2031-12-31
hypotheses:
  - id: strike
    label: Freedonia strikes
  - id: threats
    label: Threats without use
indicators:
  - id: drills
    name: Drills
    match:
      cues: [drills]
    direction:
      strike: consistent
      threats: consistent
`);
  it('reads another kind of the same head ("chemical weapons") as another thing', () => {
    assert.equal(view('Freedonia may use chemical weapons against Sylvania, officials fear.'), undefined);
    assert.equal(
      view('Officials fear that Freedonia may use chemical or biological weapons in Sylvania.'),
      undefined,
    );
  });
  it('reads a synonym of the compound ("atomic weapons") as the question’s kind', () => {
    assert.equal(
      view('Freedonia may use atomic weapons against Sylvania, officials fear.')?.band,
      'roughly even',
    );
  });
});

// An invented question whose verb grants a state (a noun naming a state, as its object).
const candidacy = `question: Will the council grant Freedonia the status of a candidate for membership before the horizon?
horizon: 2031-06-30
hypotheses:
  - id: granted
    label: Candidate status granted
  - id: blocked
    label: Some member states block it
indicators:
  - id: opinion
    name: The commission recommends it
    match:
      cues: [recommend]
    direction:
      granted: consistent
      blocked: inconsistent
`;

describe('a question embedded in the judged clause', () => {
  const { view } = questionViews(candidacy);
  it('is asked, not judged, after a word of the clause ("will make a recommendation on whether")', () => {
    const text =
      'The executive will next week make a recommendation on whether Freedonia should be given candidate status to join the bloc, the commission president, Anna Berg, has said.';
    assert.equal(view(text), undefined);
  });
  it('is judged right after the marker ("doubtful whether")', () => {
    assert.equal(
      view('It is doubtful whether Freedonia will be given candidate status this year.')?.band,
      'unlikely',
    );
  });
});

describe('the outcome’s noun taken by a verb of talk or thought', () => {
  const { view } = questionViews(`question: Will Freedonia quit the river treaty before the horizon?
horizon: 2031-12-31
hypotheses:
  - id: quits
    label: Freedonia quits the river treaty
  - id: stays
    label: Freedonia stays in the treaty
indicators:
  - id: complaints
    name: Complaints
    match:
      cues: [complain]
    direction:
      quits: consistent
      stays: neutral
`);
  it('is what is talked or thought about, not what happens; the act itself is judged', () => {
    assert.equal(
      view(
        'The envoys travelled to Freedonia for talks expected to focus on a river treaty brokered by Sylvania.',
      ),
      undefined,
    );
    assert.equal(view('Freedonia may quit the river treaty, its envoy said.')?.band, 'roughly even');
  });
});

describe('the outcome’s noun of a state taken by another act', () => {
  const { view } = questionViews(candidacy);
  it('is another act ("lose the status"); receiving it is the outcome', () => {
    assert.equal(view('We need to keep reforming, or we could lose our candidate status.'), undefined);
    assert.equal(view('Freedonia could receive candidate status in June.')?.band, 'roughly even');
  });
});

describe('the act judged, read with its own arguments', () => {
  const { view } =
    questionViews(`question: Will Norway stop gas deliveries through the northern pipeline before the horizon?
horizon: 2031-10-31
hypotheses:
  - id: stops
    label: Norway stops the pipeline
  - id: flows
    label: Gas keeps flowing
indicators:
  - id: cuts
    name: Cuts
    match:
      cues: [cut]
    direction:
      stops: consistent
      flows: inconsistent
`);
  it('is done to the object of a gerund the outcome’s verb takes ("stop buying coal")', () => {
    assert.equal(view('Norway will stop buying coal from its neighbours in August.'), undefined);
    assert.equal(view('Norway will stop sending gas to its neighbours in August.')?.band, 'almost certain');
  });
  it('is named by a synonym whose second sense is the act’s first ("a halt" of deliveries for "stop")', () => {
    assert.equal(
      view('While a complete halt of gas is considered unlikely, traders expect lower flows.')?.band,
      'unlikely',
    );
  });
  it('is done by the country whose capital takes the outcome’s noun ("Warsaw expects to get deliveries")', () => {
    assert.equal(
      view('The remarks of Mr Kovacs suggest that Warsaw expects to get deliveries of gas for free.'),
      undefined,
    );
    assert.equal(
      view('The remarks of Mr Kovacs suggest that Oslo expects to halt deliveries of gas in May.')?.band,
      'likely',
    );
  });
});

describe('judgements of an agreement to be signed', () => {
  const { view } =
    questionViews(`question: Will Freedonia and Sylvania sign an agreement on river shipping before the horizon?
horizon: 2031-10-31
hypotheses:
  - id: signed
    label: A shipping deal is signed
  - id: stalemate
    label: No deal by the horizon
indicators:
  - id: talks
    name: Talks
    match:
      cues: [talks]
    direction:
      signed: consistent
      stalemate: neutral
`);
  it('reads what a word of doubt governs through "about" ("doubt about progress towards an agreement")', () => {
    assert.equal(
      view('The envoy expressed doubt about progress towards an agreement on river shipping.')?.band,
      'unlikely',
    );
    assert.equal(view('The envoys will talk about an agreement on river shipping.'), undefined);
  });
  it('reads a wait judged before the outcome as against it ("could be months before")', () => {
    assert.equal(
      view('It could still be months before any agreement on river shipping is signed.')?.band,
      'unlikely',
    );
    assert.equal(
      view('It will be many weeks before an agreement on river shipping is signed.')?.band,
      'very unlikely',
    );
  });
  it('reads an adjective of doubt before what it doubts ("sceptical that")', () => {
    assert.equal(
      view('Diplomats are sceptical that an agreement on river shipping will be signed.')?.band,
      'unlikely',
    );
  });
  it('reads an outcome denied near with "no" on its noun ("no agreement appeared imminent")', () => {
    assert.equal(view('Talks went on, though no agreement on shipping appeared imminent.')?.band, 'unlikely');
  });
  it('reads a kind of the outcome’s noun as the outcome ("deal" is an agreement)', () => {
    assert.equal(view('Talks went on, though no shipping deal appeared imminent.')?.band, 'unlikely');
    // The outcome's noun as the subject of its verb in the passive is judged with it.
    assert.equal(view('An agreement is likely to be signed within days.')?.band, 'likely');
  });
  it('reads the act of a participle describing a noun as no act judged ("vessels leaving the port")', () => {
    assert.equal(
      view('Any shipping corridor would probably involve cargo vessels signing an agreement at the border.'),
      undefined,
    );
  });
  it('reads an estimate that is a state a verb gives its object as a result, not a judgement', () => {
    assert.equal(
      view('The blockade has made an agreement on river shipping impossible to sign, the envoy said.'),
      undefined,
    );
  });
});

describe('a closed compound WordNet lists hyphened', () => {
  const { view } = questionViews(`question: Will Freedonia and Sylvania agree a ceasefire before the horizon?
horizon: 2031-10-31
hypotheses:
  - id: truce
    label: A ceasefire is agreed
  - id: fighting
    label: Fighting goes on
indicators:
  - id: talks
    name: Talks
    match:
      cues: [talks]
    direction:
      truce: consistent
      fighting: inconsistent
`);
  it('names the outcome’s act, with its synonyms ("ceasefire" as cease-fire, "truce")', () => {
    assert.equal(view('A ceasefire remains unlikely this year, the envoy said.')?.band, 'unlikely');
    assert.equal(view('A truce is unlikely this year, the envoy said.')?.band, 'unlikely');
  });
});

describe('a noun made from a verb that names who does the act', () => {
  const { view } = questionViews(`question: Will Norway send its MiG-29 fighters to Sweden before the horizon?
horizon: 2031-10-31
hypotheses:
  - id: sent
    label: Jets sent
  - id: kept
    label: Jets kept at home
indicators:
  - id: talks
    name: Talks
    match:
      cues: [talks]
    direction:
      sent: consistent
      kept: inconsistent
`);
  it('names no act ("fighters" are not fighting): another act on them is not the outcome', () => {
    assert.equal(view('Norway will probably keep its fighters.'), undefined);
  });
});

describe('a question worded otherwise than its sources', () => {
  it('reads a compound by its derivations ("a call-up": mobilise, mobilisation)', () => {
    const { view } = sensesQuestion(
      'Will Freedonia announce a call-up of its reservists before the horizon?',
      ['Call-up announced', 'Volunteers only'],
    );
    assert.equal(view('Freedonia is unlikely to order a general mobilisation this year.')?.band, 'unlikely');
  });

  it('reads a compound as the compound it is a kind of ("an atomic bomb": a nuclear weapon)', () => {
    const { view } = sensesQuestion('Will Freedonia detonate an atomic bomb before the horizon?', [
      'Bomb detonated',
      'Threats only',
    ]);
    assert.equal(view('Analysts say Freedonia is unlikely to use nuclear weapons.')?.band, 'unlikely');
    assert.equal(view('Analysts say Freedonia is unlikely to use chemical weapons.'), undefined);
  });

  it('reads a capital named as the actor as its country', () => {
    const { view } = boatsQuestion('Will Lisbon receive US-made patrol boats before the horizon?');
    assert.equal(view('Portugal will likely receive the patrol boats before the winter.')?.band, 'likely');
    assert.equal(view('Spain will likely receive the patrol boats before the winter.'), undefined);
  });

  it('reads a capital that modifies a noun as a place, not its country ("the Madrid summit")', () => {
    const { view } = boatsQuestion(
      'Will Portugal receive US-made patrol boats at the Madrid summit before the horizon?',
    );
    assert.equal(view('Spain will likely receive the patrol boats before the winter.'), undefined);
  });
});

describe('the verbs of a question whose subject is no name', () => {
  it('reads the verb after a subject opened by a determiner ("Will the war spread to ...")', () => {
    const { topic } = sensesQuestion('Will the war spread to Sylvania before the horizon?', [
      'War spreads',
      'War stays away',
    ]);
    assert.equal(topic.terms.get('spread')?.kind, 'event');
    assert.equal(topic.terms.get('spread')?.verb, true);
  });

  it('reads a passive past an apposition, with the verbs coordinated with it, and the apposition as related only', () => {
    const { topic, view } = sensesQuestion(
      'Will Anna Weiss, the chess player detained in Sylvania since May, be released or exchanged before the horizon?',
      ['Released', 'Held'],
    );
    assert.equal(topic.terms.get('released')?.kind, 'event');
    assert.equal(topic.terms.get('exchanged')?.kind, 'event');
    assert.equal(topic.terms.get('player')?.kind, 'related');
    assert.equal(view('Her lawyer believes that Weiss will be released within weeks.')?.band, 'likely');
  });
});

describe('a bare "will" inside another judgement', () => {
  it('is the future tense of what that judgement says, not a statement of near certainty', () => {
    const view = viewOf(
      'The envoy expressed optimism that "sooner or later, Freedonia will order a mobilisation" this year.',
    );
    assert.notEqual(view?.band, 'almost certain');
  });
});
