import { describe, expect, it } from 'vitest';
import { importedStatement } from '../../testing/fixtures/imported-statement';
import type { Statement } from './model';

const read = (text: string, name = 'copied.txt') => importedStatement(name, text);

const roles = (s: Statement) => s.blocks.map((b) => b.role);

const SPEECH =
  'We thank the host government for its welcome and the Chair for a well prepared meeting this week, which has not been easy for anyone in the room.';
const SPEECH_2 =
  'The review has stalled again, and the communities who live beside the mines have waited long enough for the scheme to speak of the violence they suffer.';

describe('layouts seen in real statements, in variations', () => {
  it('takes the heading after a site name, tagline and menu as the title, whatever the site is called', async () => {
    const s = await read(
      [
        'Observatoire des Pierres Précieuses',
        'Independent monitoring since 2004',
        'Home · Who we are · Our work · News · Contact',
        '',
        'Opening statement to the 2031 Plenary',
        '',
        SPEECH,
        '',
        SPEECH_2,
      ].join('\n'),
    );
    expect(s.title).toBe('Opening statement to the 2031 Plenary');
    expect(roles(s)).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'title', 'body', 'body']);
    // The site's name above the heading names who speaks, as an English letterhead does ("Kestrel Mining Watch").
    expect(s.metadata).toMatchObject({
      kind: 'opening',
      meeting: 'plenary',
      year: 2031,
      organisation: 'Observatoire des Pierres Précieuses',
    });
  });

  it('reads salutations after a lead-in address, ending in "," or ";", bulleted or not', async () => {
    for (const [salutations, count] of [
      [
        [
          'Honourable Minister of Mines of the Republic of Examplia, Chair of the Kimberley Process,',
          'Excellencies,',
        ],
        2,
      ],
      [
        [
          'Ms Chair of the Working Group on Monitoring;',
          'Focal Points of the participants;',
          'Dear colleagues;',
        ],
        3,
      ],
      [['- Chair of the Kimberley Process,', '- Distinguished delegates,', '- Ladies and gentlemen,'], 3],
      [['* Madam Chair;', '* Members of the Plenary;'], 2],
    ] as const) {
      const s = await read(
        ['Closing remarks', '', ...salutations.flatMap((l) => [l, '']), SPEECH, '', SPEECH_2].join('\n'),
      );
      expect(roles(s), salutations.join(' | ')).toEqual([
        'title',
        ...Array(count).fill('salutation'),
        'body',
        'body',
      ]);
    }
  });

  it('reads the salutations under an editor’s lead-in sentence, which stays in the text', async () => {
    const leadIn = 'The following statement was delivered by the coalition’s coordinator on the first day.';
    const s = await read(
      [
        'Opening remarks',
        '',
        leadIn,
        '',
        'Honourable Ministers,',
        '',
        'Distinguished delegates,',
        '',
        SPEECH,
      ].join('\n'),
    );
    expect(roles(s)).toEqual(['title', 'body', 'salutation', 'salutation', 'body']);
    expect(s.blocks[1]?.text).toBe(leadIn);
  });

  it('reads a salutation standing alone mid-speech as a salutation, and keeps its text', async () => {
    const s = await read(['Closing speech', '', SPEECH, '', 'Dear friends,', '', SPEECH_2].join('\n'));
    expect(roles(s)).toEqual(['title', 'body', 'salutation', 'body']);
    expect(s.blocks[2]?.text).toBe('Dear friends,');
  });

  it('reads the date in the formats real statements use, the dateline before a "Posted on" line', async () => {
    for (const [dateline, iso] of [
      ['Lisbon, 08 November 2031', '2031-11-08'],
      ['Lisbon, November 14, 2031', '2031-11-14'],
      ['Lisbon, 14/11/2031', '2031-11-14'],
      ['Lisbon, 2031-11-22', '2031-11-22'],
    ] as const) {
      const s = await read(
        [
          '2031 Plenary Lisbon – Closing Speech',
          'Posted on 30 November 2031 by admin',
          '',
          SPEECH,
          '',
          SPEECH_2,
          '',
          'Thank you.',
          dateline,
        ].join('\n'),
      );
      expect(s.metadata, dateline).toMatchObject({ date: iso, year: 2031, city: 'Lisbon', kind: 'closing' });
    }
    const postedOnly = await read(
      ['Closing Speech', 'Posted on November 14, 2017 by siteadmin', '', SPEECH, '', SPEECH_2].join('\n'),
    );
    expect(postedOnly.metadata).toMatchObject({ date: '2017-11-14', year: 2017 });
  });

  it('files an industry speech under the industry body, never under a coalition it addresses or mentions', async () => {
    const s = await read(
      [
        'Remarks of the President of the Examplia Diamond Producers Association',
        '',
        'Coordinator of the Civil Society Coalition,',
        '',
        'We listened to the Civil Society Coalition this morning and we share some of its concerns about the mines.',
        '',
        SPEECH_2,
      ].join('\n'),
    );
    expect(s.metadata.organisation).toBe('Examplia Diamond Producers Association');
    expect(s.metadata.kind).toBe('statement');
  });

  it('keeps web residue after the speech as boilerplate, even a title-like link line', async () => {
    const s = await read(
      [
        'Intersessional statement',
        '',
        SPEECH,
        '',
        SPEECH_2,
        '',
        'To read further:',
        '',
        'Our report on the eastern fields (2031)',
        '',
        'Download to read offline',
        '',
        '1 of 6',
      ].join('\n'),
    );
    expect(roles(s)).toEqual([
      'title',
      'body',
      'body',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
    ]);
    expect(s.metadata.meeting).toBe('intersessional');
  });

  it('reads a menu copied one item per line as page furniture, never as the title', async () => {
    const s = await read(
      [
        'Example Mining Watch',
        'Home',
        'About us',
        'Statements',
        'Contact',
        '',
        'Closing remarks to the 2031 Plenary',
        '',
        SPEECH,
        '',
        SPEECH_2,
      ].join('\n'),
    );
    expect(s.title).toBe('Closing remarks to the 2031 Plenary');
    expect(roles(s)).toEqual([...Array(5).fill('boilerplate'), 'title', 'body', 'body']);
  });

  it('reads a French letterhead as the organisation and a French signature split over two lines', async () => {
    const s = await read(
      [
        'Réseau Diamant Équitable',
        '',
        'Déclaration de clôture à la réunion plénière de 2033',
        '',
        'Mesdames et Messieurs,',
        '',
        "Nous remercions la présidence pour une semaine de travail difficile, et nous regrettons que la réforme du Processus n'ait pas avancé d'un pas cette année.",
        '',
        "Les communautés qui vivent près des mines attendent toujours que le Processus parle enfin des violences qu'elles subissent depuis tant d'années.",
        '',
        'Je vous remercie.',
        '',
        'Pour le Réseau,',
        'la coordinatrice',
      ].join('\n'),
    );
    expect(roles(s)).toEqual([
      'boilerplate',
      'title',
      'salutation',
      'body',
      'body',
      'signature',
      'signature',
      'signature',
    ]);
    expect(s.metadata).toMatchObject({
      kind: 'closing',
      meeting: 'plenary',
      year: 2033,
      organisation: 'Réseau Diamant Équitable',
    });
  });
});
