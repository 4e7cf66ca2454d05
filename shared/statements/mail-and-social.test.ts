/**
 * A statement sent on by e-mail (the header's fields, a forwarder's cover note, the "-- " signature and legal notice
 * under it) and posts on social sites (a post cut short with "…see more", a row of hashtags, counts of reposts and
 * reactions, the comments' heading and box), in wordings the page-shapes fixtures do not use: an e-mail client's
 * French headers, a forward's marker line, another platform's counters. Fictional samples written for this test
 * (invented organisations, no real person, no real statement's text); the truth is what a reader gives each line.
 */
import { describe, expect, it } from 'vitest';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import { bodyBlocks, type Statement } from './model';

const imported = importedStatement;

const roleOf = (s: Statement, start: string) => s.blocks.find((b) => b.text.startsWith(start))?.role;

const FRENCH_MAIL = `---------- Forwarded message ---------
De : Sample Bureau de Liaison <liaison@sample-bassin.example>
Date: mar. 9 juin 2063 à 17:40
Objet : TR: Déclaration d'ouverture
À : Sample Partenaires <partenaires@sample-bassin.example>

Chers partenaires,

Voici la déclaration lue ce matin par notre présidente, pour vos archives.

Cordialement,
Sample Bureau de Liaison

Opening statement of the Sample Upper Basin Diggers Forum to the Kimberley Process Intersessional Meeting
Kinshasa, 9 June 2063

Madam Chair,
Distinguished participants,

The Sample Upper Basin Diggers Forum thanks the hosts for the week ahead. This statement is an illustrative sample written for Plenary Diff.

We ask the meeting to agree that the registers of the trading posts be opened to the communities who sell to them, once a year and in public.

We ask as well that the next review visit stay long enough in the upper basin to see a full week of trading.

Thank you.

Sample Person Ilunga
President, Sample Upper Basin Diggers Forum

--
Sample Upper Basin Diggers Forum · Sampleville
The information in this e-mail is confidential and intended only for the persons named above.
`;

// A speech whose words look like an e-mail's: a line "To: …" inside it, a leave of its own near its end.
const SPEECH_WITH_MAIL_WORDS = `Closing remarks of the Sample Rift Stones Network to the 2064 Plenary

Mr Chair,

The Sample Rift Stones Network has three requests for the year ahead. This statement is an illustrative sample written for Plenary Diff.

To: the working group on statistics, we ask for figures by mine and not by country.

To: the secretariat, we ask for the minutes within a month of each meeting.

With best regards to all who made this week possible, we look forward to Windhoek.

Thank you.
`;

const SOCIAL_POST = `Sample Coast Mining Voices
2,310 followers
1w •
Closing statement of the Sample Coast Mining Voices to the 2065 Kimberley Process Plenary, Accra
Honourable Chair, distinguished delegates,
The Sample Coast Mining Voices thanks Ghana for a week of open doors. This statement is an illustrative sample written for Plenary Diff.
... Show more
We ask that the diggers' cooperatives along the coast be heard in the working group before it reports, and not after.
#ResponsibleSourcing #Accra2065
1.2K reactions
18 reposts
Join the conversation
Add a comment…
`;

describe('a statement sent on by e-mail', () => {
  it('keeps a French header, the forward marker, the cover note and the signature notice out of the speech', async () => {
    const s = await imported('forwarded.txt', FRENCH_MAIL);
    expect(s.title).toBe(
      'Opening statement of the Sample Upper Basin Diggers Forum to the Kimberley Process Intersessional Meeting',
    );
    for (const line of [
      '---------- Forwarded',
      'De : ',
      'Date: mar.',
      'Objet : ',
      'À : ',
      'Chers partenaires',
      'Voici la déclaration',
      'Cordialement',
      'Sample Bureau de Liaison',
      '--',
      'The information in this e-mail',
    ])
      expect([line, roleOf(s, line)]).toEqual([line, 'boilerplate']);
    expect(bodyBlocks(s).map((b) => b.text.slice(0, 30))).toEqual([
      'The Sample Upper Basin Diggers',
      'We ask the meeting to agree th',
      'We ask as well that the next r',
    ]);
    expect(s.metadata).toMatchObject({
      date: '2063-06-09',
      kind: 'opening',
      meeting: 'intersessional',
      organisation: 'Sample Upper Basin Diggers Forum',
      speaker: 'Sample Person Ilunga',
    });
  });

  it('leaves a speech alone whose lines only look like a mail header or a leave', async () => {
    const s = await imported('speech.txt', SPEECH_WITH_MAIL_WORDS);
    expect(bodyBlocks(s).map((b) => b.text.slice(0, 24))).toEqual([
      'The Sample Rift Stones N',
      'To: the working group on',
      'To: the secretariat, we ',
      'With best regards to all',
    ]);
  });
});

// A reply that quotes the statement with ">" marks, under a French client's attribution, inside a quote of a quote.
const QUOTED_REPLY = `Bonjour à tous,

Voici le texte lu ce matin.

Sample Chargé de Liaison

Le lun. 16 juin 2064 à 09:10, Sample Bureau <bureau@sample-plateau.example> a écrit :
>> Statement of the Sample Plateau Miners Federation to the Kimberley Process Intersessional Meeting
>> Brazzaville, 16 June 2064
>>
>> Madam Chair,
>>
>> The Sample Plateau Miners Federation thanks the Republic of the Congo for
>> its welcome. This statement is an illustrative sample written for Plenary
>> Diff.
>>
>> We ask that the review visit to the plateau meet the miners' committees
>> before it meets the buyers.
>>
>> Thank you.
`;

describe('a statement quoted in a reply', () => {
  it('reads the quoted text without its marks, and the note over the attribution as the sender’s', async () => {
    const s = await imported('reply.txt', QUOTED_REPLY);
    expect(s.title).toBe(
      'Statement of the Sample Plateau Miners Federation to the Kimberley Process Intersessional Meeting',
    );
    for (const line of ['Bonjour à tous', 'Voici le texte', 'Sample Chargé de Liaison', 'Le lun. 16 juin'])
      expect([line, roleOf(s, line)]).toEqual([line, 'boilerplate']);
    expect(bodyBlocks(s).map((b) => b.text)).toEqual([
      'The Sample Plateau Miners Federation thanks the Republic of the Congo for its welcome. This statement is an illustrative sample written for Plenary Diff.',
      "We ask that the review visit to the plateau meet the miners' committees before it meets the buyers.",
    ]);
    expect(s.metadata).toMatchObject({ date: '2064-06-16', city: 'Brazzaville', meeting: 'intersessional' });
  });
});

describe('a statement posted on a social site', () => {
  it('drops the unfolding link, the hashtags, the counters and the comment box', async () => {
    const s = await imported('post.txt', SOCIAL_POST);
    expect(bodyBlocks(s).map((b) => b.text.slice(0, 30))).toEqual([
      'The Sample Coast Mining Voices',
      "We ask that the diggers' coope",
    ]);
    for (const line of [
      '... Show more',
      '#ResponsibleSourcing',
      '1.2K reactions',
      '18 reposts',
      'Join the',
      'Add a comment',
    ])
      expect([line, roleOf(s, line)]).toEqual([line, 'boilerplate']);
  });
});

describe('a web-mail message printed from its service’s print view, as text', () => {
  it('keeps the thread’s subject over "1 message" out of the title', async () => {
    const s = await imported(
      'webmail.txt',
      [
        'Sample Mail',
        'Closing statement, Gaborone plenary',
        '1 message',
        'Sample Office <office@sample-valley.example>\tThu, Nov 16, 2095 at 6:42 PM',
        'To: members@sample-valley.example',
        '',
        'Closing statement of the Sample Valley Diggers Union',
        'Gaborone, 16 November 2095',
        '',
        'Madam Chair,',
        '',
        'The Sample Valley Diggers Union thanks the hosts. This e-mail is a fictional sample written for a test.',
        '',
        'We ask the plenary to publish the prices paid at the licensed buying points.',
        '',
        'Thank you.',
      ].join('\n'),
    );
    expect(s.title).toBe('Closing statement of the Sample Valley Diggers Union');
    expect(roleOf(s, 'Closing statement, Gaborone plenary')).toBe('boilerplate');
    expect(roleOf(s, '1 message')).toBe('boilerplate');
    expect(bodyBlocks(s)).toHaveLength(2);
  });
});
