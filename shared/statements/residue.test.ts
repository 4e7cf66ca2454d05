import { describe, expect, it } from 'vitest';
import { isBoilerplate, isMenuLine, isOrganisationName, isPageEnd } from './residue';

describe('web and document residue', () => {
  it('recognises read-elsewhere links, follow and comment counters, posted lines and recent-post headings', () => {
    for (const line of [
      'To read further:',
      'Read the full opening speech here:',
      'Read the complete statement here',
      'You can download the speech (PDF) here.',
      'Follow us',
      'Follow us on social media',
      '0 Comments',
      '3 comments',
      'Comments (2)',
      'Posted on November 14, 2017 by siteadmin',
      'Published on 2019-11-22',
      'Recent posts',
      'Latest News:',
      'Download to read offline',
      '1 of 6',
      'Page 2 of 4',
      // A running footer copied from a document with its page counter.
      'SAMPLE VALLEY DIGGERS ASSOCIATION – Statement to the Plenary 2050      Page 1 of 2',
      'Sample Valley Diggers Association | Page 2 of 2',
      '- 2 -',
      'Share this:',
      'Share on LinkedIn',
      'Category: Statements',
      'Leave a comment',
      'Back to top',
      '11/30/26, 5:15 PM 2031 Plenary Lisbon – Closing Speech',
      '30.11.2026, 17:15 Opening statement – Example Network',
      'https://example.org/2021/11/closing-speech/ 1/2',
      'www.example.org/statements',
      // A static site's links to the posts either side, on one line.
      '← Previous post · Next post →',
      '« Older post • Newer post »',
    ]) {
      expect(isBoilerplate(line), line).toBe(true);
    }
  });

  it('recognises a site menu or breadcrumb, and not a heading or a sentence', () => {
    for (const line of [
      'Home About us Members Statements Contact',
      'Home | Who we are | Our work | News | Donate',
      'Home » Statements » 2031 Plenary',
      'About Members News Resources Contact',
    ]) {
      expect(isMenuLine(line), line).toBe(true);
    }
    for (const line of [
      '2031 Plenary Lisbon – Closing Speech',
      'Members of the Kimberley Process have agreed on a review.',
      'Home',
      'Statement to the Intersessional Meeting',
    ]) {
      expect(isMenuLine(line), line).toBe(false);
    }
  });

  it('keeps sentences of the speech that merely start like residue', () => {
    for (const line of [
      'We will share this concern with our communities.',
      'Follow the money, we said last year, and the KP still has not.',
      'Read together, these reports show a pattern of abuse that no review mission has yet addressed in full.',
      'Download speeds in the mining areas are too slow for the online reporting the KP now requires of them.',
      'Posting monitors to the mines has not ended the abuses.',
      'Our report sets this out in full on page 12 of 40',
      'The annex says so in full on Page 12 of 40',
    ]) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });

  it("recognises a press release's furniture, a cookie banner and a row of share buttons", () => {
    for (const line of [
      'PRESS RELEASE',
      'Media statement',
      'For immediate release',
      'For release on 21 November 2031',
      'Embargoed until 10:00 CET, 21 November 2031',
      'ENDS',
      '- ends -',
      '###',
      'Notes to editors',
      'Editor’s notes:',
      'For more information, contact:',
      'Media contact:',
      'Plus d’informations :',
      'Accept all',
      'Cookie settings',
      'Share this article',
      'Facebook Twitter LinkedIn',
      'Share on X · Email · Print',
      // An image's width and height before the site's or picture's name, left by a copied page.
      '150 150 Sample Trade News',
      '640 × 480',
      // A site generator's or content system's tags on a line of their own.
      '{{< share-buttons >}}',
      '{% include related-posts.html %}',
      '[contact-form-7 id="12" title="Contact"]',
      '[/caption]',
    ]) {
      expect(isBoilerplate(line), line).toBe(true);
    }
    for (const line of [
      'Ends and means must match, and this scheme has neither.',
      'The press release we issued last year went unanswered.',
      'Contact with the affected communities was never made.',
      'Accept our thanks, Madam Chair.',
      'For release on bail, the miners waited three years.',
      'For release of the detained diggers.',
      '2019 2020 Work Plan',
      '150 150 diggers were arrested at the fields.',
      '2037 Plenary Closing Statement',
      '2031 Intersessional Remarks Of The Coalition',
      '[1] Reports collected by member organisations.',
      '[Applause] Thank you.',
    ]) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });

  it("recognises a French page's residue, and not French sentences of the speech", () => {
    for (const line of [
      'Aller au contenu',
      'Accueil Qui sommes-nous Actualités Déclarations Contact',
      'Accueil » Actualités » Déclarations',
      'Publié le 16 juin 2034 par admin',
      'Pour lire le discours complet :',
      'Suivez-nous',
      'Laisser un commentaire',
      '2 commentaires',
      'Articles récents',
      'Partager :',
    ]) {
      expect(isBoilerplate(line), line).toBe(true);
    }
    for (const line of [
      'Pour lire ces rapports, il faudrait d’abord qu’ils soient publiés.',
      'Suivez le chemin des diamants et vous trouverez les gardes armés.',
      'Publié trop tard, le rapport statistique ne sert plus à personne.',
    ]) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });

  it('knows which lines end a statement on a page', () => {
    expect(isPageEnd('ENDS')).toBe(true);
    expect(isPageEnd('###')).toBe(true);
    expect(isPageEnd('Notes to editors')).toBe(true);
    expect(isPageEnd('For more information, contact:')).toBe(true);
    expect(isPageEnd('Read the full closing speech here:')).toBe(true);
    expect(isPageEnd('Follow us')).toBe(true);
    expect(isPageEnd('Recent Posts')).toBe(true);
    expect(isPageEnd('Share this:')).toBe(true);
    expect(isPageEnd('3 Responses to “Opening remarks of the coalition (sample)”')).toBe(true);
    expect(isPageEnd('One thought on "Closing statement, 2037"')).toBe(true);
    expect(isPageEnd('Two responses to our letter arrived within the week.')).toBe(false);
    expect(isPageEnd('2 thoughts on ‘The coalition’s closing speech (sample)’')).toBe(true);
    // Speech opening like a comments heading: the quote does not end the line.
    expect(
      isPageEnd('One response to “the question of scope” is simple: let the review mission return.'),
    ).toBe(false);
    expect(isPageEnd('Category: Statements')).toBe(false);
    expect(isPageEnd('We follow the recommendations of the review.')).toBe(false);
  });

  it('recognises an organisation or site name, and not a heading', () => {
    for (const line of [
      'Kimberley Process Civil Society Coalition',
      'Riverstone Civil Society Network',
      'Coalition for Fair Minerals',
      'Diamond Industry Council',
      // The nouns findOrganisationIn reads names by, French ones first in the name included.
      'Observatoire Citoyen des Mines',
      'Réseau Diamant Équitable',
      'Lowveld Diggers Group',
    ]) {
      expect(isOrganisationName(line), line).toBe(true);
    }
    for (const line of ['2031 Plenary Lisbon – Closing Speech', 'We thank the Council.', 'Our statement']) {
      expect(isOrganisationName(line), line).toBe(false);
    }
  });

  it("a content system's pager with both links on one line is furniture, a sentence about earlier decisions is not", () => {
    for (const line of ['< Prev   Next >', '« Previous | Next »', 'Prev', 'Older Newer'])
      expect(isBoilerplate(line), line).toBe(true);
    for (const line of ['Previous decisions of the plenary', 'Next year we will return.'])
      expect(isBoilerplate(line), line).toBe(false);
  });
});
