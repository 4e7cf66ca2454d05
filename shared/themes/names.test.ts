import { describe, expect, it } from 'vitest';
import { capitals, isPlace, nameKind, type Spelling } from './names';

// A phrase as written inside sentences: capitalised there (1) or not (0).
function spelled(
  text: string,
  titleCase = /^\p{Lu}/u.test(text) ? 1 : 0,
  extra: Partial<Spelling> = {},
): Spelling {
  return { words: text.split(/\s+/), acronym: false, titleCase, midSentence: 3, ...extra };
}

describe('nameKind: names are not themes', () => {
  it('tells organisations by their organisation word', () => {
    for (const name of [
      'African Diamond Producers Association',
      'United Nations',
      'Ministry of Mines',
      'Federation of Cutting Centres',
      'Coalition',
      'council',
    ])
      expect(nameKind(spelled(name)), name).toBe('organisation');
    // An acronym is what its long form is.
    expect(nameKind({ ...spelled('WDC'), acronym: true, longForm: 'World Diamond Council' })).toBe(
      'organisation',
    );
    expect(nameKind({ ...spelled('MDF'), acronym: true, longForm: 'Multi-Donor Fund' })).toBeNull();
    expect(nameKind({ ...spelled('XYZ'), acronym: true })).toBeNull();
    // Acronyms side by side name a body; one acronym beside a word may be a topic.
    expect(nameKind(spelled('KP CSC'))).toBe('organisation');
    expect(nameKind(spelled('UN GA'))).toBe('organisation');
    expect(nameKind(spelled('ASM communities', 0))).toBeNull();
  });

  it('tells meetings and roles, alone or with places and weak words', () => {
    for (const name of [
      'Plenary meeting',
      'Intersessional',
      'intersessional meeting',
      'Lisbon Plenary',
      'summit',
    ])
      expect(nameKind(spelled(name)), name).toBe('meeting');
    for (const name of ['Coordinator', 'Vice President', 'KP members', 'spokesperson', 'host countries'])
      expect(nameKind(spelled(name)), name).toBe('role');
  });

  it('tells countries, capitals, continents and demonyms from a gazetteer', () => {
    for (const name of [
      'Botswana',
      'South Africa',
      'Sierra Leone',
      'Lisbon',
      'Africa',
      'Zimbabwean',
      'Angolan',
    ])
      expect(nameKind(spelled(name)), name).toBe('place');
    expect(isPlace('india')).toBe(true);
    expect(isPlace('diamond')).toBe(false);
  });

  it('tells a proper name the gazetteer lacks by its capitals, unless it is part of a term', () => {
    expect(nameKind(spelled('Tove Ekmalm'))).toBe('proper-name');
    expect(nameKind(spelled('Veloria'))).toBe('proper-name');
    // Written in lower case somewhere: not a name.
    expect(nameKind(spelled('Veloria', 0.5))).toBeNull();
    // "Peer" of "Peer Review" is part of a lexicon term.
    expect(nameKind(spelled('Peer', 1, { partOfTerm: true }))).toBeNull();
  });

  it('keeps the themes a reader would name, capitalised or not', () => {
    for (const theme of [
      'Responsible Sourcing Principles',
      'responsible sourcing',
      'Permanent Secretariat',
      'traceability systems',
      'war against Veloria',
      'Russian diamonds',
      'affected communities',
      'Review',
    ])
      expect(nameKind(spelled(theme)), theme).toBeNull();
  });
});

describe('capitals', () => {
  it('tells whether a phrase stands inside a sentence and is capitalised', () => {
    const text = 'Plenary meeting. The Plenary Meeting of the Council met; “World Diamond Council” spoke';
    const at = (phrase: string, from = 0) => {
      const start = text.indexOf(phrase, from);
      return capitals(text, start, start + phrase.length);
    };
    expect(at('Plenary meeting')).toEqual({ mid: false, title: false });
    expect(at('Plenary Meeting')).toEqual({ mid: true, title: true });
    expect(at('Council', 30)).toEqual({ mid: true, title: true });
    expect(at('World Diamond Council')).toEqual({ mid: false, title: true });
  });
});
