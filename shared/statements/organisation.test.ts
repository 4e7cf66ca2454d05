import { describe, expect, it } from 'vitest';
import { findOrganisationIn, findSpeakingFor } from './organisation';

describe('organisation names', () => {
  it('reads the coalition and the WDC by their usual names, and any "<Name> <Council|Network|…>"', () => {
    expect(findOrganisationIn('Coordinator KP Civil Society Coalition on Behalf of the KP CSC.')).toBe(
      'KP Civil Society Coalition',
    );
    expect(findOrganisationIn('President, World Diamond Council')).toBe('World Diamond Council');
    expect(findOrganisationIn('Coordinator, Riverstone Civil Society Network')).toBe(
      'Riverstone Civil Society Network',
    );
    expect(findOrganisationIn('Opening Remarks by the President of the Diamond Industry Council')).toBe(
      'Diamond Industry Council',
    );
    expect(findOrganisationIn('Statement of the Coalition for Fair Minerals to the Plenary')).toBe(
      'Coalition for Fair Minerals',
    );
    // The same nouns a letterhead line is recognised by (residue.ts isOrganisationName).
    expect(findOrganisationIn('Lowveld Diggers Group')).toBe('Lowveld Diggers Group');
    expect(findOrganisationIn('Fair Stones Programme')).toBe('Fair Stones Programme');
    expect(findOrganisationIn('Réseau Diamant Équitable')).toBe('Réseau Diamant Équitable');
    expect(findOrganisationIn('2031 Plenary Lisbon – Closing Speech')).toBeNull();
    expect(findOrganisationIn('We thank the Council.')).toBeNull();
  });

  it('writes a name given in capitals (a letterhead) as running text does, acronyms and mixed case kept', () => {
    expect(findOrganisationIn('SAMPLE VALLEY DIGGERS ASSOCIATION')).toBe('Sample Valley Diggers Association');
    expect(findOrganisationIn('SAMPLE COUNCIL OF RIVER DIGGERS')).toBe('Sample Council of River Diggers');
    expect(findOrganisationIn('SAMPLE CAR MINING WATCH')).toBe('Sample CAR Mining Watch');
    expect(findOrganisationIn('Sample DRC Mining Network')).toBe('Sample DRC Mining Network');
  });

  it('reads whom a speaker speaks for', () => {
    expect(
      findSpeakingFor(
        'On behalf of the Riverstone Civil Society Network, I thank our hosts for their welcome.',
      ),
    ).toBe('Riverstone Civil Society Network');
    expect(findSpeakingFor('We listened to the Civil Society Coalition this morning.')).toBeNull();
  });
});
