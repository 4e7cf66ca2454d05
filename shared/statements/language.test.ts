/**
 * A bilingual page giving each paragraph in English and then in French keeps English as the speech; a French speech,
 * or one French paragraph inside an English speech, stays speech. Fictional samples written for this test.
 */
import { describe, expect, it } from 'vitest';
import { languageOf } from './language';
import { segment } from './segment';

const EN = [
  'The Sample Delta Network thanks the host for the care taken over this week of work.',
  'We ask that the reports of the review visits be published in full and on time.',
  'We will return next year with what our monitors have seen in the river districts.',
];
const FR = [
  'Le Réseau Sample du Delta remercie l’hôte pour le soin apporté à cette semaine de travail.',
  'Nous demandons que les rapports des visites d’examen soient publiés en entier et à temps.',
  'Nous reviendrons l’an prochain avec ce que nos observateurs ont vu dans les districts du fleuve.',
];
const roles = (paragraphs: readonly string[]) =>
  segment(['Sample statement to the plenary', 'Madam Chair,', ...paragraphs, 'Thank you.'].join('\n\n'))
    .filter((b) => paragraphs.includes(b.text))
    .map((b) => b.role);

describe('bilingual pages', () => {
  it('tells English from French by their function words, and a name from neither', () => {
    expect(EN.map(languageOf)).toEqual(['en', 'en', 'en']);
    expect(FR.map(languageOf)).toEqual(['fr', 'fr', 'fr']);
    expect(languageOf('Sample Delta Network')).toBeNull();
  });

  it('keeps the English paragraphs as speech and their French translations as page matter, in either order', () => {
    const interleaved = EN.flatMap((en, i) => [en, FR[i] as string]);
    expect(roles(interleaved)).toEqual(['body', 'boilerplate', 'body', 'boilerplate', 'body', 'boilerplate']);
    const frenchFirst = EN.flatMap((en, i) => [FR[i] as string, en]);
    expect(roles(frenchFirst)).toEqual(['boilerplate', 'body', 'boilerplate', 'body', 'boilerplate', 'body']);
  });

  it('leaves a French speech, and one French paragraph in an English speech, as speech', () => {
    expect(roles(FR)).toEqual(['body', 'body', 'body']);
    expect(roles([EN[0] as string, FR[1] as string, EN[2] as string])).toEqual(['body', 'body', 'body']);
  });
});
