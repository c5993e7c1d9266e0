import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparePersons, parsePersonName } from './name-match.js';
import { nameKey } from './translit.js';

/** Same person in different romanisations (Belarusian, Russian, Ukrainian, German, Polish, Cyrillic). */
const same: readonly [string, string][] = [
  ['Alexander Lukashenko', 'Aliaksandr Lukashenka'],
  ['Alexander Lukashenko', 'Alyaksandr Lukashenka'],
  ['Alexander Lukashenko', 'Александр Лукашенко'],
  ['Aliaksandr Lukashenka', 'Аляксандр Лукашэнка'],
  ['Lukashenko', 'Łukaszenka'],
  ['Uladzimir Makei', 'Vladimir Makey'],
  ['Uladzimir Makei', 'Уладзімір Макей'],
  ['Sviatlana Tsikhanouskaya', 'Svetlana Tikhanovskaya'],
  ['Sviatlana Tsikhanouskaya', 'Светлана Тихановская'],
  ['Tsikhanouskaya', 'Ціханоўская'],
  ['Viktar Khrenin', 'Viktor Chrenin'],
  ['Viktar Khrenin', 'Віктар Хрэнін'],
  ['Viktor Khrenin', 'Victor Khrenin'],
  ['Sergei Shoigu', 'Sergej Schoigu'],
  ['Sergei Shoigu', 'Sergey Shoygu'],
  ['Sergei Shoigu', 'Сергей Шойгу'],
  ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
  ['Volodymyr Zelensky', 'Wolodymyr Selenskyj'],
  ['Volodymyr Zelensky', 'Володимир Зеленський'],
  ['Vladimir Putin', 'Владимир Путин'],
  ['Vladimir Putin', 'Wladimir Putin'],
  ['Valery Sakhashchyk', 'Valery Sakhaschyk'],
  ['Maria Kolesnikova', 'Maryja Kalesnikava'],
  ['Viktor Babariko', 'Viktar Babaryka'],
  ['Dmitry Pantus', 'Dzmitry Pantus'],
  ['Siarhei Tsikhanouski', 'Sergei Tikhanovsky'],
  ['Pyotr Parkhomchyk', 'Piotr Parkhomchik'],
  ['Nikita Khrushchev', 'Nikita Chruschtschow'],
  ['Yevgeny Prigozhin', 'Jewgeni Prigoschin'],
];

/** Different people, including one surname with different given names. */
const different: readonly [string, string][] = [
  ['Alexander Lukashenko', 'Vladimir Putin'],
  ['Alexander Lukashenko', 'Viktor Lukashenko'],
  ['Alexander Lukashenko', 'Dmitry Lukashenko'],
  ['Alexander Lukashenko', 'Alexander Lukashevich'],
  ['Alexander Lukashenko', 'Alexander Azarov'],
  ['Sergei Shoigu', 'Sergei Lavrov'],
  ['Sergei Shoigu', 'Sergei Surovikin'],
  ['Viktar Khrenin', 'Viktar Sheiman'],
  ['Uladzimir Makei', 'Uladzimir Makarov'],
  ['Sviatlana Tsikhanouskaya', 'Siarhei Tsikhanouski'],
  ['Vladimir Putin', 'Vladimir Pozner'],
  ['Volodymyr Zelensky', 'Valerii Zaluzhnyi'],
  ['Dmitry Medvedev', 'Dmitry Peskov'],
  ['Oleksiy Arestovych', 'Oleksiy Reznikov'],
  ['Konrad Muzyka', 'Konrad Mazur'],
  ['Maria Kolesnikova', 'Maria Zakharova'],
  ['Pyotr Parkhomchyk', 'Pyotr Poroshenko'],
  ['Dzmitry Pantus', 'Dmitry Peskov'],
  ['Makei', 'Mikko'],
  ['Shoigu', 'Shugai'],
];

const judge = (a: string, b: string) => comparePersons(parsePersonName(a), parsePersonName(b)).same;

describe('person names across romanisations', () => {
  it('has at least 40 pairs, scoring precision >= 0.97 and recall >= 0.9', () => {
    assert.ok(same.length + different.length >= 40);
    const tp = same.filter(([a, b]) => judge(a, b)).length;
    const fp = different.filter(([a, b]) => judge(a, b)).length;
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / same.length;
    assert.ok(precision >= 0.97, `precision ${precision}`);
    assert.ok(recall >= 0.9, `recall ${recall}: missed ${same.filter(([a, b]) => !judge(a, b)).join(' | ')}`);
  });

  for (const [a, b] of different) it(`keeps ${a} and ${b} apart`, () => assert.equal(judge(a, b), false));

  it('gives Cyrillic and Latin spellings one key', () => {
    assert.equal(nameKey('Хренін'), nameKey('Khrenin'));
    assert.equal(nameKey('Лукашенко'), nameKey('Lukashenka'));
    assert.notEqual(nameKey('Lukashenko'), nameKey('Lukashevich'));
  });

  it('says why a merge was made', () => {
    const match = comparePersons(parsePersonName('Viktar Khrenin'), parsePersonName('Viktor Chrenin'));
    assert.ok(match.same);
    assert.ok(
      match.same && match.evidence.some((e) => e.rule === 'transliteration' && e.detail.includes('Chrenin')),
    );
  });
});

describe('honorifics are not given names', () => {
  const rows: [string, string | undefined, string][] = [
    ['Dr. Sanjay Gupta', 'Sanjay', 'Gupta'],
    ['Gen. Viktor Khrenin', 'Viktor', 'Khrenin'],
    ['President Putin', undefined, 'Putin'],
    ['Mr Makei', undefined, 'Makei'],
    ['Dr', undefined, 'Dr'],
    ['Sergei Shoigu', 'Sergei', 'Shoigu'],
    ['Major Khrenin', undefined, 'Khrenin'],
  ];
  for (const [full, given, surname] of rows)
    it(full, () => {
      const p = parsePersonName(full);
      assert.deepEqual([p.given, p.surname], [given, surname]);
    });
  it('a title no longer splits one person in two', () =>
    assert.ok(judge('Dr. Sanjay Gupta', 'Sanjay Gupta')));
});

describe('a generational suffix is no surname', () => {
  const rows: [string, string | undefined, string][] = [
    ['Dale Orwin Jr.', 'Dale', 'Orwin'],
    ['Tomas Reyka Sr', 'Tomas', 'Reyka'],
    ['Henry Calloway III', 'Henry', 'Calloway'],
    ['Jr', undefined, 'Jr'],
    ['Henry IV', 'Henry', 'IV'],
  ];
  for (const [full, given, surname] of rows)
    it(full, () => {
      const p = parsePersonName(full);
      assert.deepEqual([p.given, p.surname], [given, surname]);
    });
  it('the suffix no longer splits one man from his plain name', () =>
    assert.ok(judge('Dale Orwin Jr.', 'Dale Orwin')));
  it('father and son stay two people', () => {
    assert.ok(!judge('Dale Orwin Jr.', 'Dale Orwin Sr.'));
    assert.ok(!judge('Henry Calloway III', 'Henry Calloway II'));
  });
});

describe('words said of a person are no part of the name', () => {
  const rows: [string, string | undefined, string][] = [
    ['Lena Marsh, MD', 'Lena', 'Marsh'],
    ['Tomas Reyka , 40', 'Tomas', 'Reyka'],
    ['Dr . Lena Marsh', 'Lena', 'Marsh'],
    ['retired fellow Lena Marsh', 'Lena', 'Marsh'],
    ['Former trustee Dr . Marsh', undefined, 'Marsh'],
    // Particles are part of the name: they are short, or no noun or adjective in WordNet.
    ['Ursula von der Leyen', 'Ursula', 'Leyen'],
    ['Abu Bakr al-Baghdadi', 'Abu', 'al-Baghdadi'],
  ];
  it('reads the name out of what is said of the person, particles kept', () => {
    for (const [full, given, surname] of rows) {
      const p = parsePersonName(full);
      assert.deepEqual([p.given, p.surname], [given, surname], full);
    }
  });
  it('a description or a credential no longer splits one person in two', () => {
    assert.ok(judge('Lena Marsh, MD', 'Lena Marsh'));
    assert.ok(judge('award-winning fellow Lena Marsh', 'Dr. Lena Marsh'));
  });
});
