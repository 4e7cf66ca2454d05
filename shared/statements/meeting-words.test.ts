/**
 * The meeting a statement was given at, when the speaker's own name holds a word that names a kind of meeting
 * ("… Communities Forum") when the importer knows the name as an organisation. Fictional samples written for this test (invented
 * organisations, no real person, no real statement's text).
 */
import { describe, expect, it } from 'vitest';
import { importedStatement } from '../../testing/fixtures/imported-statement';

async function meetingOf(text: string): Promise<string | null> {
  return (await importedStatement('statement.txt', text)).metadata.meeting;
}

const SPEECH =
  'Chair,\n\nWe ask that the review visits meet the communities. This statement is an illustrative sample written for Plenary Diff.\n\nThank you.\n';

describe('the meeting named beside the speaker', () => {
  it('reads the meeting, not a word of the speaker’s name', async () => {
    expect(
      await meetingOf(
        `Statement of the Sample Upland Miners Forum\nKimberley Process Plenary, Accra, 3 November 2074\n\n${SPEECH}`,
      ),
    ).toBe('plenary');
    expect(
      await meetingOf(
        `Remarks by the Sample Lowland Diggers Forum\nIntersessional Meeting, Lomé, 9 June 2075\n\n${SPEECH}`,
      ),
    ).toBe('intersessional');
  });

  it('still reads a forum the statement was given at', async () => {
    expect(
      await meetingOf(
        `Statement of the Sample Upland Miners Network to the 2074 Regional Forum on Artisanal Mining\n\n${SPEECH}`,
      ),
    ).toBe('other');
  });
});
