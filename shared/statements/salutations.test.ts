import { describe, expect, it } from 'vitest';
import { isSalutation, isStandaloneSalutation } from './salutations';

describe('salutations', () => {
  it('recognises long addresses ending in "," or ";", and bulleted ones', () => {
    for (const line of [
      'Honourable Minister of Mines and Mineral Development of the Republic of Examplia, Chair of the Kimberley Process,',
      'Ms Example, Chair of the Working Group on Monitoring, and Vice-Chair of the Committee;',
      'Focal Points of the participating countries and of the observer organisations;',
      '• Honourable Ministers,',
      '- Heads of delegation;',
      '2) Distinguished representatives of industry and civil society,',
      'Distinguished guests, ladies and gentlemen,',
      'Excellencies, Heads of Delegation;',
      // A whole address list on one line, ended like a sentence (industry speeches, news pages).
      'Honorable KP Chair Ms. Example, Honorable KP Vice-Chair Mr. Sample, distinguished delegates and guests, Ladies and Gentlemen.',
      'Honorable Guests, Ladies and Gentlemen.',
      'Honorable Chair of the Kimberley Process; Your Excellencies; dear colleagues, ladies and gentlemen:',
    ]) {
      expect(isSalutation(line), line).toBe(true);
    }
  });

  it('does not take speech for an address', () => {
    for (const line of [
      'On behalf of the Riverstone Civil Society Network, I thank the Chair and the Ministers for their welcome.',
      'Distinguished delegates, we have come a long way since the last Plenary, and yet the reform is stalled,',
      'Members of the KP have agreed on the following:',
      'In conclusion,',
      'Distinguished delegates are invited to the dinner at the town hall.',
      'Honourable Ministers will know that we told them so, ladies and gentlemen.',
      'Members of the KP have heard from the delegates:',
      // A site's or organisation's name over a copied page: it names a body, it addresses no one.
      'Sample Observers Network',
      'Valley Members Association',
      'Partners and Participants Alliance',
    ]) {
      expect(isSalutation(line), line).toBe(false);
    }
    // Addresses that end on an organisation's name still address its members.
    for (const line of ['Members of the Civil Society Coalition,', 'Distinguished Members of the Network'])
      expect(isSalutation(line), line).toBe(true);
  });

  it('recognises a salutation standing alone mid-speech, and not a sentence that starts like one', () => {
    for (const line of [
      'Ladies and gentlemen,',
      'Dear colleagues,',
      'Excellencies!',
      'Madam Chair,',
      'Dear friends:',
      'Honorable Chair of the Kimberley Process; Your Excellencies; dear colleagues, ladies and gentlemen:',
      'Friends from the trade and from our partner networks in the valleys,',
    ]) {
      expect(isStandaloneSalutation(line), line).toBe(true);
    }
    for (const line of [
      'Ladies and gentlemen, the time has come.',
      'Ladies and gentlemen',
      'The Chair,',
      'Members of the Working Group on Monitoring,',
      'Colleagues who were with us in the valleys last year will remember,',
    ]) {
      expect(isStandaloneSalutation(line), line).toBe(false);
    }
  });
});
