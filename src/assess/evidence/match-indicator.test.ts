import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryCorpus } from '../../resolve/memory-corpus.js';
import type { CorpusDocument } from '../../resolve/types.js';
import type { Indicator } from '../question/index.js';
import { matchIndicator } from './match-indicator.js';
import { outletOrigin } from './origins.js';

// An invented indicator and invented sentences.
const losses: Indicator = {
  id: 'losses',
  name: 'Battle losses',
  description: 'Soldiers killed or wounded in the fighting.',
  match: { measureKeys: ['troops'], cues: ['killed', 'wounded'] },
  direction: {},
};

const docOf = (text: string): CorpusDocument => {
  const [cd] = memoryCorpus([text]);
  assert.ok(cd);
  return cd;
};

const sentencesOf = (indicator: Indicator, text: string): string[] =>
  matchIndicator(indicator, docOf(text), {
    originOf: outletOrigin,
    scopeOf: () => ({ name: '', reach: 'unscoped' }),
  }).map((p) => p.sentenceText);

describe('evidence for an indicator', () => {
  it('takes a figure of the measure only where its sentence speaks of the indicator', () => {
    const found = sentencesOf(
      losses,
      'A decree raises the army to 9,000 soldiers. About 300 soldiers died in the fighting.',
    );
    assert.deepEqual(found, ['About 300 soldiers died in the fighting.']);
  });

  it('takes a figure only beside a word of the event, not of the participants the measure already names', () => {
    const national: Indicator = {
      ...losses,
      name: 'Freedonian losses',
      description: 'Soldiers killed or wounded.',
    };
    const found = sentencesOf(
      national,
      'A decree adds 9,000 Freedonian soldiers to the army. About 300 Freedonian soldiers were killed at the bridge.',
    );
    assert.deepEqual(found, ['About 300 Freedonian soldiers were killed at the bridge.']);
  });

  it('does not take a cue that a verb of refusal governs, unless the indicator itself is about refusing', () => {
    const calls: Indicator = {
      id: 'calls',
      name: 'Unions call for a general strike',
      match: { cues: ['general strike'] },
      direction: {},
    };
    const text =
      'The minister has long resisted the idea of a general strike. The dockers demanded a general strike on Monday.';
    assert.deepEqual(sentencesOf(calls, text), ['The dockers demanded a general strike on Monday.']);
    const refusals: Indicator = { ...calls, id: 'refusals', name: 'The government refuses a general strike' };
    assert.equal(sentencesOf(refusals, text).length, 2);
  });

  it('does not take an act whose doer is of another kind than the one the name says does it', () => {
    const arrivals: Indicator = {
      id: 'arrivals',
      name: 'Heavy equipment arriving in Freedonia',
      match: { cues: ['arrived in Freedonia'] },
      direction: {},
    };
    const found = sentencesOf(
      arrivals,
      'The soldiers who arrived in Freedonia last week began drills. Forty trucks arrived in Freedonia on Monday.',
    );
    assert.deepEqual(found, ['Forty trucks arrived in Freedonia on Monday.']);
  });

  it('does not take a cue whose things go elsewhere than where the indicator sends them', () => {
    const pledges: Indicator = {
      id: 'pledges',
      name: 'Governments pledge heavy trucks',
      description: 'A government agrees to deliver heavy trucks to Arland.',
      match: { cues: ['heavy trucks'] },
      direction: {},
    };
    const found = sentencesOf(
      pledges,
      'Borduria offered heavy trucks to Freedonia on Monday. Borduria will send heavy trucks to Arland, the minister said.',
    );
    assert.deepEqual(found, ['Borduria will send heavy trucks to Arland, the minister said.']);
  });

  it('does not take a lower-case cue that the text capitalises inside a name', () => {
    const guards: Indicator = {
      id: 'guards',
      name: 'Security tightened at the dam',
      match: { cues: ['security'] },
      direction: {},
    };
    const found = sentencesOf(
      guards,
      'The head of the Security Council of Freedonia met reporters. Security was tightened at the dam on Monday.',
    );
    assert.deepEqual(found, ['Security was tightened at the dam on Monday.']);
  });

  it('takes a sentence repeated in one document once', () => {
    const caption = 'Two soldiers were wounded on the bridge.';
    const found = sentencesOf(losses, `${caption}\n\nThe ferry sailed on.\n\n${caption}`);
    assert.deepEqual(found, [caption]);
  });

  it('reads a cue stated negated only where the sentence negates it, as a report of the indicator', () => {
    const refusals: Indicator = {
      id: 'refusals',
      name: 'Governments refuse to send ferries',
      match: { cues: ['will not send ferries'] },
      direction: {},
    };
    const pieces = matchIndicator(
      refusals,
      docOf(
        'Freedonia is sending two ferries to the islands. Sylvania said it would not send its ferries there.',
      ),
      { originOf: outletOrigin, scopeOf: () => ({ name: '', reach: 'unscoped' }) },
    );
    assert.deepEqual(
      pieces.map((p) => [p.sentenceText, p.polarity]),
      [['Sylvania said it would not send its ferries there.', 'positive']],
    );
  });

  it('takes a refusal for the negation of a cue stated negated', () => {
    const refusals: Indicator = {
      id: 'refusals',
      name: 'Governments refuse to send ferries',
      match: { cues: ['will not send ferries'] },
      direction: {},
    };
    assert.deepEqual(sentencesOf(refusals, 'Sylvania refused to send its ferries to the islands.'), [
      'Sylvania refused to send its ferries to the islands.',
    ]);
  });

  it('reads "none have been sent" in the description as the act negated or refused, against the indicator', () => {
    const pledges: Indicator = {
      id: 'pledges',
      name: 'Governments pledge ferries',
      description:
        'A government agrees to lend its ferries to Arland; reports that none have been sent count against.',
      match: { cues: ['ferry pledge'] },
      direction: {},
    };
    const pieces = matchIndicator(
      pledges,
      docOf(
        'Sylvania could not send Arland any ferries this year. Borduria refuses to send its ferries to Arland. Freedonia sent its ferries to the islands of Arland.',
      ),
      { originOf: outletOrigin, scopeOf: () => ({ name: '', reach: 'unscoped' }) },
    );
    assert.deepEqual(
      pieces.map((p) => [p.sentenceText, p.polarity]),
      [
        ['Sylvania could not send Arland any ferries this year.', 'negative'],
        ['Borduria refuses to send its ferries to Arland.', 'negative'],
      ],
    );
  });

  it('takes a figure or a named kind of thing only where the sentence names the place the indicator hands things to', () => {
    const pledges: Indicator = {
      id: 'pledges',
      name: 'Governments pledge trucks',
      description: 'A government agrees to deliver heavy trucks to Arland.',
      match: { measureKeys: ['trucks'], cues: ['Titan trucks'] },
      direction: {},
    };
    const found = sentencesOf(
      pledges,
      'Borduria agreed to buy 400 trucks from Sylvania. The Titan trucks are heavier than older models. Borduria agreed to deliver 40 Titan trucks to Arland.',
    );
    assert.deepEqual(found, ['Borduria agreed to deliver 40 Titan trucks to Arland.']);
  });

  it('reads a list of actors opening the name, and a joint act of two as needing both named', () => {
    // Real countries (the gazetteer knows them), invented sentences.
    const ties: Indicator = {
      id: 'ties',
      name: 'Oslo and Santiago deepen ties',
      match: { cues: ['cooperation'] },
      direction: {},
    };
    const text =
      'Norway expanded its cooperation with Peru. Norway and Chile signed a cooperation pact. The two countries praised their cooperation.';
    assert.deepEqual(sentencesOf(ties, text), [
      'Norway and Chile signed a cooperation pact.',
      'The two countries praised their cooperation.',
    ]);
    const denials: Indicator = {
      id: 'denials',
      name: 'Oslo or Santiago deny a fishing deal',
      match: { cues: ['denied'] },
      direction: {},
    };
    assert.deepEqual(sentencesOf(denials, 'Peru denied the report. Chile denied the report on Monday.'), [
      'Chile denied the report on Monday.',
    ]);
  });

  it('reports a plan or forecast of the act for an indicator named for preparing it', () => {
    const preparing: Indicator = {
      id: 'preparing',
      name: 'Borduria prepares to sell ferries',
      match: { cues: ['sell ferries'] },
      direction: {},
    };
    const text = 'Borduria intends to sell ferries to Arland. Borduria will sell ferries next year.';
    const modalities = (indicator: Indicator) =>
      matchIndicator(indicator, docOf(text), {
        originOf: outletOrigin,
        scopeOf: () => ({ name: '', reach: 'unscoped' }),
      }).map((p) => p.modality);
    assert.deepEqual(modalities(preparing), ['report', 'report']);
    assert.deepEqual(modalities({ ...preparing, name: 'Borduria sells ferries' }), ['plan', 'forecast']);
  });

  it("reports an indicator's own warning whatever modal its content holds, and keeps other modals apart", () => {
    const warnings: Indicator = {
      id: 'warnings',
      name: 'Warnings of a wider war',
      description: 'Officials warn that arming the rebels could widen the war.',
      match: { cues: ['widen the war'] },
      direction: {},
    };
    const pieces = matchIndicator(
      warnings,
      docOf(
        'The envoy warned that new rockets could widen the war. New rockets could widen the war in spring.',
      ),
      { originOf: outletOrigin, scopeOf: () => ({ name: '', reach: 'unscoped' }) },
    );
    assert.deepEqual(
      pieces.map((p) => p.modality),
      ['report', 'possibility'],
    );
  });

  it("takes a noun of saying as a frame only with what it holds after it ('fears that'), not as a subject", () => {
    // WordNet's first sense of "pipeline" is gossip, a noun of saying.
    const shutdowns: Indicator = {
      id: 'shutdowns',
      name: 'Pipeline shutdowns',
      description: 'The pipeline is shut for repairs.',
      match: { cues: ['shut down'] },
      direction: {},
    };
    const pieces = matchIndicator(
      shutdowns,
      docOf('The pipeline will shut down for three days of repairs next month, the operator said.'),
      { originOf: outletOrigin, scopeOf: () => ({ name: '', reach: 'unscoped' }) },
    );
    assert.deepEqual(
      pieces.map((p) => p.modality),
      ['forecast'],
    );
  });

  it('reports what someone is said to say, whatever modal it holds, for an indicator about what is said', () => {
    const signals: Indicator = {
      id: 'signals',
      name: 'Officials signal a retreat',
      match: { cues: ['retreat'] },
      direction: {},
    };
    const retreat: Indicator = { ...signals, id: 'retreat', name: 'Retreat from the fort' };
    const text = 'Our troops may have to retreat, the governor said. The garrison could retreat in spring.';
    const modalities = (indicator: Indicator) =>
      matchIndicator(indicator, docOf(text), {
        originOf: outletOrigin,
        scopeOf: () => ({ name: '', reach: 'unscoped' }),
      }).map((p) => p.modality);
    assert.deepEqual(modalities(signals), ['report', 'possibility']);
    assert.deepEqual(modalities(retreat), ['proposal', 'possibility']);
  });

  it("takes no act done or undergone by another country than the one the indicator's name opens with", () => {
    const retreat: Indicator = {
      id: 'retreat',
      name: 'Ukrainian officials signal a retreat',
      match: { cues: ['retreat', 'pulled back'] },
      direction: {},
    };
    const losses: Indicator = {
      id: 'losses',
      name: 'Russian losses',
      match: { cues: ['killed'] },
      direction: {},
    };
    const text =
      'Russian troops pulled back from the river. Ukrainian troops may retreat soon, the governor said. ' +
      'Forty Ukrainians were killed. Forty Russian soldiers were killed.';
    const found = (indicator: Indicator) =>
      matchIndicator(indicator, docOf(text), {
        originOf: outletOrigin,
        scopeOf: () => ({ name: '', reach: 'unscoped' }),
      }).map((p) => p.sentenceText);
    assert.deepEqual(found(retreat), ['Ukrainian troops may retreat soon, the governor said.']);
    assert.deepEqual(found(losses), ['Forty Russian soldiers were killed.']);
  });

  it('matches a cue written as the base form of a verb in its inflections, and other cues as written', () => {
    const recruiting: Indicator = {
      id: 'recruiting',
      name: 'Recruiting drives',
      match: { cues: ['recruit', 'advanced'] },
      direction: {},
    };
    const text = 'The army recruited 300 men. A recruiter came. Rebels made advances near the mill.';
    const found = matchIndicator(recruiting, docOf(text), {
      originOf: outletOrigin,
      scopeOf: () => ({ name: '', reach: 'unscoped' }),
    });
    assert.deepEqual(
      found.map((p) => p.sentenceText),
      ['The army recruited 300 men.'],
    );
  });

  it("takes what is said for an indicator about saying only from a speaker of the name's country, or of none", () => {
    const russian: Indicator = {
      id: 'signals',
      name: 'Russian officials signal a retreat',
      match: { cues: ['retreat'] },
      direction: {},
    };
    const text =
      'Our troops may have to retreat, a Russian governor said. Russian troops will retreat soon, the Ukrainian ministry said.';
    const found = matchIndicator(russian, docOf(text), {
      originOf: outletOrigin,
      scopeOf: () => ({ name: '', reach: 'unscoped' }),
    });
    assert.deepEqual(
      found.map((p) => p.sentenceText),
      ['Our troops may have to retreat, a Russian governor said.'],
    );
  });

  it('knows a speaker named alone by the title the document gives them elsewhere', () => {
    const russian: Indicator = {
      id: 'signals',
      name: 'Russian officials signal a retreat',
      match: { cues: ['retreat'] },
      direction: {},
    };
    const text = [
      'Ukrainian President Ivan Petrenko visited the front on Monday.',
      'Russian Governor Pavel Sokolov spoke later.',
      'Their troops may have to retreat, Petrenko said.',
      'Our troops may have to retreat, Sokolov said.',
    ].join(' ');
    const found = matchIndicator(russian, docOf(text), {
      originOf: outletOrigin,
      scopeOf: () => ({ name: '', reach: 'unscoped' }),
    });
    assert.deepEqual(
      found.map((p) => p.sentenceText),
      ['Our troops may have to retreat, Sokolov said.'],
    );
  });

  it('takes a cue that heads a name as the thing it names, not one elsewhere in a name', () => {
    const units: Indicator = {
      id: 'units',
      name: 'Volunteer units raised',
      match: { cues: ['volunteers', 'war'] },
      direction: {},
    };
    const text =
      'Yesterday the Zarnik Volunteers were promised a bonus. Analysts at the Institute for the Study of War agreed.';
    const found = matchIndicator(units, docOf(text), {
      originOf: outletOrigin,
      scopeOf: () => ({ name: '', reach: 'unscoped' }),
    });
    assert.deepEqual(
      found.map((p) => p.sentenceText),
      ['Yesterday the Zarnik Volunteers were promised a bonus.'],
    );
  });

  it("takes no cue that only says who a named person is, unless the rest of the sentence is in the indicator's words", () => {
    const exit: Indicator = {
      id: 'exit',
      name: 'Administration moves out of the city',
      description: 'Offices and officials are moved to the east bank.',
      match: { cues: ['administration'] },
      direction: {},
    };
    const text = [
      'The shelling went on all night, the deputy head of the regional administration, Ivan Petrenko, said.',
      'Ivan Petrenko, who heads the administration, announced a curfew on Monday.',
      'Regional administration head Ivan Petrenko praised the firemen.',
      'The administration has closed its offices in the centre.',
      'The head of the administration, Ivan Petrenko, said the offices had been moved.',
    ].join(' ');
    const found = matchIndicator(exit, docOf(text), {
      originOf: outletOrigin,
      scopeOf: () => ({ name: '', reach: 'unscoped' }),
    });
    assert.deepEqual(
      found.map((p) => p.sentenceText),
      [
        'The administration has closed its offices in the centre.',
        'The head of the administration, Ivan Petrenko, said the offices had been moved.',
      ],
    );
  });

  it('takes no event that a time phrase puts years before the report, unless a "since" runs it to now', () => {
    const [cd] = memoryCorpus([
      {
        text: [
          'The province was annexed in 2014.',
          'In the 1990s, the province was annexed by its neighbour.',
          'The province, which its neighbour invaded in 2014, was annexed on Friday.',
          'Since it was annexed in 2014, the province has held no vote.',
          'The province was annexed on Friday.',
        ].join(' '),
        published: '2022-10-01',
      },
    ]);
    assert.ok(cd);
    const annexation: Indicator = {
      id: 'annexation',
      name: 'Province annexed',
      match: { cues: ['annexed'] },
      direction: {},
    };
    const found = matchIndicator(annexation, cd, {
      originOf: outletOrigin,
      scopeOf: () => ({ name: '', reach: 'unscoped' }),
    });
    assert.deepEqual(
      found.map((p) => p.sentenceText),
      [
        'The province, which its neighbour invaded in 2014, was annexed on Friday.',
        'Since it was annexed in 2014, the province has held no vote.',
        'The province was annexed on Friday.',
      ],
    );
  });

  it("takes an indicator's name that opens with a country as that country's act, and a thing's country as its origin", () => {
    const requests: Indicator = {
      id: 'requests',
      name: 'Ukraine asks for Western tanks',
      match: { cues: ['Leopard tanks'] },
      direction: {},
    };
    const text = [
      'Officials in Kyiv asked again for German Leopard tanks on Monday.',
      'Leopard tanks are too heavy for the roads, the Polish ministry said.',
    ].join(' ');
    const found = matchIndicator(requests, docOf(text), {
      originOf: outletOrigin,
      scopeOf: () => ({ name: '', reach: 'unscoped' }),
    });
    assert.deepEqual(
      found.map((p) => p.sentenceText),
      ['Officials in Kyiv asked again for German Leopard tanks on Monday.'],
    );
  });

  it("takes a speaker of another country's report of the indicator's own act of saying", () => {
    const requests: Indicator = {
      id: 'requests',
      name: 'Ukraine asks for Western tanks',
      match: { cues: ['Leopard tanks'] },
      direction: {},
    };
    const text = [
      'Kyiv had asked for Leopard tanks again, the Polish ministry said.',
      'Leopard tanks are too heavy for the roads, the Polish ministry said.',
    ].join(' ');
    const found = matchIndicator(requests, docOf(text), {
      originOf: outletOrigin,
      scopeOf: () => ({ name: '', reach: 'unscoped' }),
    });
    assert.deepEqual(
      found.map((p) => p.sentenceText),
      ['Kyiv had asked for Leopard tanks again, the Polish ministry said.'],
    );
  });
});
