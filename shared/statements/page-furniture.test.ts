/**
 * The furniture a post carries around the statement, in the shapes content systems and blogs print it: the author
 * and a read counter under the headline, a share bar behind its label, links to the post before and after, the
 * filing ("Filed under:", "Tagged:"), a heading over links to other posts, a way back to the listing. And the ways a
 * speech takes leave: thanks that name whom they address, or one short sentence and then the thanks. Fictional
 * samples written for these tests (no real page's text, no real person); the truth is what a reader gives each line.
 */
import { describe, it } from 'vitest';
import { importLabelledPage, type LabelledPage } from '../../testing/fixtures/labelled-page';

type Page = LabelledPage;

const ITEM_PAGE: Page = [
  ['boilerplate', 'Marula Stones Federation'],
  ['title', 'Federation statement to the 2037 Intersessional Meeting'],
  ['boilerplate', 'Authored by Web Desk'],
  ['boilerplate', 'Viewed 57 times'],
  ['boilerplate', 'Hits: 940'],
  ['boilerplate', 'Source: Federation press office'],
  ['boilerplate', 'Language: English'],
  ['salutation', 'Madam Chair, delegates,'],
  [
    'body',
    'Sample text. The federation came to this meeting to ask one question: when will the certificate tell a buyer how a stone was mined, and not only where it crossed a border?',
  ],
  [
    'body',
    'Our members in the cutting centres want a scheme that buyers trust. Trust is built by checking, and checking costs money that the budget does not yet provide.',
  ],
  ['signature', 'Thank you, Madam Chair.'],
  [
    'boilerplate',
    'This is an illustrative sample written for Plenary Diff; it is not an authentic statement.',
  ],
  ['boilerplate', 'Social media: Facebook | WhatsApp | Email'],
  ['boilerplate', 'See also'],
  ['boilerplate', 'Federation names a new board'],
  ['boilerplate', 'Cutting centres report a quiet quarter'],
  ['boilerplate', 'Back to the news listing'],
];

const BLOG_POST: Page = [
  ['boilerplate', 'Copperbelt Digger Voices'],
  ['title', 'Our remarks at the closing session of the 2038 Plenary'],
  ['salutation', 'Honourable Chair,'],
  [
    'body',
    'Sample text. Diggers in our valleys have waited six years for the promised review of the licensing of buying offices, and they are still waiting tonight.',
  ],
  [
    'body',
    'We do not ask the scheme to run the valleys. We ask it to listen to those who work in them, and to write what it hears into its decisions.',
  ],
  ['signature', 'We will be back next year with the same question. Thank you.'],
  ['boilerplate', 'Filed under: Plenary, Statements'],
  ['boilerplate', 'Tagged: licensing, diggers, review'],
  ['boilerplate', '« Older post'],
  ['boilerplate', 'Newer post: Notes from the road to the plenary »'],
  ['boilerplate', 'Valley caravan reaches the capital'],
  ['boilerplate', 'What the buying offices told us'],
];

const FRENCH_POST: Page = [
  ['boilerplate', 'Plateforme Sahel Pierres Justes'],
  ['title', 'Intervention de la Plateforme à la session d’ouverture, plénière 2039'],
  ['salutation', 'Monsieur le Président,'],
  [
    'body',
    'Texte d’exemple. La Plateforme salue les efforts de la présidence pour ouvrir les réunions des groupes de travail aux observateurs, et souhaite que cet esprit dure.',
  ],
  [
    'body',
    'Nous rappelons que les communautés des zones minières attendent toujours les résultats de la dernière mission d’examen, annoncés pour l’an passé.',
  ],
  ['signature', 'Merci, Monsieur le Président.'],
  ['boilerplate', 'Ceci est un exemple. This is an illustrative sample written for Plenary Diff.'],
  ['boilerplate', 'Partager sur : Twitter · Imprimer'],
  ['boilerplate', 'Article précédent'],
  ['boilerplate', 'Retour aux actualités'],
];

describe('page furniture around a statement, and the ways a speech takes leave', () => {
  it('a content-system item: author and counters under the heading, a labelled share bar, links to other items', async () => {
    await importLabelledPage('item.txt', ITEM_PAGE);
  });

  it('a blog post: a leave-taking sentence with its thanks, the filing, links to the older and newer posts and to others', async () => {
    await importLabelledPage('blog.txt', BLOG_POST);
  });

  it('a French post: thanks that name the chair, the sample label after its translation, the way back', async () => {
    await importLabelledPage('billet.txt', FRENCH_POST);
  });

  it('keeps speech that only begins like furniture', async () => {
    const page: Page = [
      ['title', 'Closing statement, 2038 Plenary'],
      ['salutation', 'Distinguished delegates,'],
      [
        'body',
        'Sample text. Next, we turn to the budget: the review missions promised last year have still not been paid for, and the communities have noticed.',
      ],
      // A link between paragraphs is furniture, but it ends nothing: the speech goes on after it.
      ['boilerplate', 'See also: the federation’s paper on buying offices'],
      [
        'body',
        'Related to this, the working group on monitoring has not met since the spring. Back to basics, then: who checks the checkers?',
      ],
      // An address standing alone mid-speech, longer than "Ladies and gentlemen,".
      ['salutation', 'Friends from the trade and from our partner networks in the valleys,'],
      ['body', 'We thank the hosts for a well-run week and the chair for her patience with us.'],
      ['signature', 'Thank you.'],
    ];
    await importLabelledPage('speech.txt', page);
  });
});

describe('pictures in a copied post', () => {
  it("a picture's caption or credit between the speech and its thanks is furniture, and the thanks still close it", async () => {
    const page: Page = [
      ['title', 'Opening statement of the Thornveld Diggers Union, 2042 Intersessional (sample)'],
      ['salutation', 'Madam Chair,'],
      // A caption copied with the picture it stood under, in the middle of the speech.
      ['boilerplate', 'Photo: Union members at a river site in the dry season. © Thornveld Diggers Union'],
      [
        'body',
        'Sample text. We ask this meeting to hear the diggers themselves, and not only the ministries that license them, before it decides anything about the river sites.',
      ],
      ['boilerplate', '(Image credit: Sample Picture Desk)'],
      [
        'body',
        'The review visit promised two years ago has not come. Until it does, the reports on these sites are written by those who own the licences.',
      ],
      // A caption with its credit after it, under the picture at the top of the next part.
      ['boilerplate', 'Diggers waiting at the buying office. Photo: Sample Picture Desk'],
      [
        'body',
        'Sample text. The buying offices still pay in cash and keep no record of the site a stone came from. We ask for a register by the next plenary.',
      ],
      ['signature', 'Thank you.'],
      ['boilerplate', 'Photo by a union member on the road to the meeting'],
    ];
    await importLabelledPage('caption.txt', page);
  });

  it('keeps speech that only begins like a caption', async () => {
    const page: Page = [
      ['title', 'Closing remarks, 2042 Plenary (sample)'],
      [
        'body',
        'Sample text. Photographs of the river sites were shown to the working group: they speak for themselves, and we ask that they be annexed to its report.',
      ],
      [
        'body',
        'Credit where it is due: the chair kept the meeting to time, and the interpreters worked late every evening.',
      ],
      [
        'body',
        'We brought pictures from the river valleys. Photographs by our members: they show pits dug beside the school and no fence around them.',
      ],
      ['signature', 'Thank you.'],
    ];
    await importLabelledPage('no-caption.txt', page);
  });
});

describe("a page's widgets after the speech", () => {
  it('a feedback widget after the thanks is furniture, and the thanks still close the speech', async () => {
    const page: Page = [
      ['title', 'Statement of the Quartz Ridge Network at the 2049 Plenary (sample)'],
      ['salutation', 'Chair,'],
      [
        'body',
        'Sample text. Our members from the river valleys came to describe what they see every week at the sites, and were given ten minutes on the last afternoon.',
      ],
      [
        'body',
        'We ask the incoming Chair to set aside a full session next year for the voices of communities, with interpretation into French and Portuguese.',
      ],
      ['signature', 'Thank you for your attention.'],
      ['boilerplate', 'Was this page helpful? Yes No'],
      ['boilerplate', 'Did you find this article useful?'],
    ];
    await importLabelledPage('feedback.txt', page);
  });
});

describe("a page's table of contents", () => {
  it('the label of a table of contents over the text is furniture', async () => {
    const page: Page = [
      [
        'title',
        'Press statement of the Ridge Valley Network after the 2044 Intersessional meeting, Maputo (sample)',
      ],
      ['boilerplate', 'Content overview'],
      ['boilerplate', 'Share this article'],
      [
        'body',
        'Sample text. This week saw the close of the intersessional meeting. Delegates discussed a proposal to make the report of each review visit public.',
      ],
      ['boilerplate', 'On this page:'],
      [
        'body',
        'In its closing speech, the Network welcomed the proposal and asked for the reports to be published within three months of each visit.',
      ],
    ];
    await importLabelledPage('contents.txt', page);
  });
});

describe('a list of signatories', () => {
  const names = [
    'Riverbend Communities Trust',
    'Centre for Digger Justice',
    'Valley Women’s Forum',
    'Eastern Diggers’ Association',
    'Northern Rights Watch',
    'Lakeside Land Alliance',
    'Coastal Environmental Defenders',
    'Highland Youth Network',
    'Savanna Legal Aid Centre',
  ];
  const speech: Page = [
    ['title', 'Joint statement of civil society organisations on the 2050 Plenary (sample)'],
    [
      'body',
      'Sample text. We, the undersigned organisations, note with regret that the Plenary has again postponed any decision on the definition of conflict diamonds.',
    ],
    [
      'body',
      'We call on participants to adopt, at the next intersessional meeting, a definition that covers violence by any armed actor at or around mine sites.',
    ],
  ];

  it('under its lead-in, signs the statement however long it is, below the thanks', async () => {
    await importLabelledPage('joint.txt', [
      ...speech,
      ['signature', 'Thank you.'],
      ['signature', 'Signed by the member organisations of the network:'],
      ...names.map((name): Page[number] => ['signature', name]),
    ]);
    await importLabelledPage('signatories.txt', [
      ...speech,
      ['signature', 'Signatories:'],
      ...names.map((name): Page[number] => ['signature', name]),
    ]);
  });

  it('without a lead-in, a run of names longer than closing lines can be signs the statement too', async () => {
    await importLabelledPage('names.txt', [
      ...speech,
      ...names.map((name): Page[number] => ['signature', name]),
    ]);
  });
});

describe('a statement sent out in an e-mail newsletter', () => {
  it("the newsletter's frame is furniture, and the thanks above it still close the speech", async () => {
    await importLabelledPage('newsletter.txt', [
      ['boilerplate', 'View this email in your browser'],
      ['title', 'Our closing statement at the 2051 Plenary, Accra (sample)'],
      ['salutation', 'Chair,'],
      [
        'body',
        'Sample text. We leave Accra with one decision to welcome: the review mission to the eastern sites will finally take place next year.',
      ],
      [
        'body',
        'We thank the host for a well-organised meeting and the interpreters for their long days at the booths.',
      ],
      ['signature', 'Thank you.'],
      ['boilerplate', 'Forward to a friend'],
      [
        'boilerplate',
        'You are receiving this email because you signed up to updates from the Stonefield Network.',
      ],
      ['boilerplate', 'Unsubscribe | Update your preferences'],
    ]);
  });
});

describe("a post's reading aids", () => {
  it('the reading time and the audio player under the headline are furniture', async () => {
    await importLabelledPage('reading-aids.txt', [
      ['title', 'Our closing statement at the 2051 Plenary, Accra (sample)'],
      ['boilerplate', 'Listen to this article'],
      ['boilerplate', 'Reading time: 4 minutes'],
      ['salutation', 'Chair,'],
      [
        'body',
        'Sample text. We leave Accra with one decision to welcome: the review mission to the eastern sites will finally take place next year.',
      ],
      [
        'body',
        'Listen to the diggers, we said last year, and the Plenary has still not given them an hour of its time.',
      ],
      ['signature', 'Thank you.'],
    ]);
  });
});

describe('an advert between paragraphs', () => {
  it('the label over an advert is furniture, not a section heading', async () => {
    await importLabelledPage('advert.txt', [
      ['title', 'Our closing statement at the 2051 Plenary, Accra (sample)'],
      [
        'body',
        'Sample text. We leave Accra with one decision to welcome: the review mission to the eastern sites will finally take place next year.',
      ],
      ['boilerplate', 'Advertisement'],
      [
        'body',
        'For the rest, this Plenary repeated the debates of the last three. The definition was discussed for an afternoon and set aside again.',
      ],
      ['signature', 'Thank you.'],
    ]);
  });
});

describe("a post's meta bar with its comment count", () => {
  it('the date, section and comment count under the headline are furniture, not a line of the title', async () => {
    await importLabelledPage('meta-bar-comments.txt', [
      ['title', 'Our closing statement at the 2047 Plenary, Sampleton (sample)'],
      ['boilerplate', '14 November 2047 · Statements · 0 comments'],
      ['salutation', 'Chair, delegates, colleagues,'],
      [
        'body',
        'Sample text. This week the Plenary again failed to agree on a definition that covers violence by security forces around the mines.',
      ],
      [
        'body',
        'We ask the incoming chair to put the definition at the top of next year’s agenda, and to keep it there.',
      ],
      ['signature', 'Thank you.'],
    ]);
  });
});
