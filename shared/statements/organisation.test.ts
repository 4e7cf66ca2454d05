import { describe, expect, it } from 'vitest';
import { findOrganisationIn, findReportedSender, findSpeakingFor } from './organisation';

describe('organisation names', () => {
  it('reads the coalition and the WDC by their usual names, and any "<Name> <Council|Network|…>"', () => {
    expect(findOrganisationIn('Coordinator KP Civil Society Coalition on Behalf of the KP CSC.')).toBe(
      'KP Civil Society Coalition',
    );
    expect(findOrganisationIn('President, World Diamond Council')).toBe('World Diamond Council');
    // Their French names.
    expect(
      findOrganisationIn(
        'Déclaration de clôture de la Coalition de la société civile à la Plénière de Kinshasa',
      ),
    ).toBe('KP Civil Society Coalition');
    expect(findOrganisationIn('Président, Conseil mondial du diamant')).toBe('World Diamond Council');
    expect(findOrganisationIn('Les organisations de la société civile locale')).toBeNull();
    // A role written in capitals before the comma is no part of the name after it.
    expect(findOrganisationIn('Programme Officer, Sample Alluvial Watch')).toBe('Sample Alluvial Watch');
    expect(findOrganisationIn('Secretary General, Sample Diggers Network')).toBe('Sample Diggers Network');
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

  it('reads a watchdog named a monitor, as a site names itself ("Sample Terraces Monitor")', () => {
    expect(findOrganisationIn('Sample Terraces Monitor')).toBe('Sample Terraces Monitor');
    expect(findOrganisationIn('The monitor closes this week more hopeful than it came.')).toBeNull();
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

  it("reads a release's sender as the subject of its first sentence, after a dateline or a phrase of time and place", () => {
    expect(
      findSpeakingFor(
        'GENEVA, 3 March 2051 — The Sample Lakes Rights Coalition said today that the meeting closed.',
      ),
    ).toBe('Sample Lakes Rights Coalition');
    expect(
      findSpeakingFor(
        'At the close of the plenary in Windhoek, the Sample Cutters Council welcomed the agreement.',
      ),
    ).toBe('Sample Cutters Council');
    expect(
      findSpeakingFor('MAUN, 9 June 2037 — Members of the Sample Delta Network left the meeting early.'),
    ).toBe('Sample Delta Network');
    // The subject must be the name itself: delegates who speak of a body are not its voice.
    expect(
      findSpeakingFor('GENEVA, 3 March 2051 — Delegates said today that the Sample Coalition had left.'),
    ).toBeNull();
    expect(
      findSpeakingFor('At the close of the plenary, many participants welcomed the Sample Council.'),
    ).toBeNull();
  });

  it('reads whose statement a report reports', () => {
    expect(
      findReportedSender(
        'The meeting ended on Thursday, according to a statement released by the Sample Basin Miners Alliance.',
      ),
    ).toBe('Sample Basin Miners Alliance');
    expect(
      findReportedSender(
        'The council welcomed the decision, says a press release from the Sample Polishers Council.',
      ),
    ).toBe('Sample Polishers Council');
    // A statement by someone that is no organisation, or an organisation that only reacted, is no sender.
    expect(findReportedSender('According to a statement by the chair, the meeting ended early.')).toBeNull();
    expect(
      findReportedSender('The Sample Alliance welcomed the statement, according to its members.'),
    ).toBeNull();
  });

  it('a conference of someone is a body that speaks; a conference named by its subject is a meeting', () => {
    expect(findOrganisationIn('Statement by the Sample Regional Conference of Churches')).toBe(
      'Sample Regional Conference of Churches',
    );
    expect(findOrganisationIn('Keynote address to the Sample Diamond Conference 2080')).toBeNull();
    expect(findOrganisationIn('Remarks at the Conference of the Parties')).toBeNull();
  });
});
