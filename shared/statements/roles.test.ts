import { describe, expect, it } from 'vitest';
import { isBoilerplate } from './residue';
import { isNameLine, isSignatureLike, isTitleLike } from './roles';
import { isSalutation } from './salutations';

describe('role tests for single lines', () => {
  it('recognises salutations that address people', () => {
    for (const line of [
      'KP Chair,',
      'President of WDC',
      'Working Group Chairs',
      'Ladies and gentlemen,',
      'Dear Participants and Observers,',
      'Excellencies,',
      'Distinguished delegates,',
      'Madam Chair,',
      'Good morning.',
    ]) {
      expect(isSalutation(line), line).toBe(true);
    }
    for (const line of [
      'The best thing about this Plenary has been the welcome.',
      'In conclusion,',
      'Reform',
    ]) {
      expect(isSalutation(line), line).toBe(false);
    }
  });

  it('recognises web and document residue', () => {
    for (const line of [
      'Leave a Comment',
      'Leave a Reply',
      'Your email address will not be published.',
      'Required fields are marked *',
      'Share this:',
      'Posted in Statements',
      'Tags: KP, reform',
      '© 2019 KP Civil Society Coalition',
      'Copyright 2022 Example. All rights reserved.',
      'Read more',
      'This is an illustrative sample written for Plenary Diff; it is not an authentic statement.',
    ]) {
      expect(isBoilerplate(line), line).toBe(true);
    }
    expect(isBoilerplate('We will share this concern with our communities.')).toBe(false);
  });

  it('recognises names, role lines and closers as signature material, and prose as not', () => {
    expect(isNameLine('Shamiso Mtisi')).toBe(true);
    expect(isNameLine('Dr. Jane van der Example')).toBe(true);
    expect(isNameLine('Thank you.')).toBe(false);
    for (const line of [
      'Shamiso Mtisi',
      'Coordinator KP Civil Society Coalition on Behalf of the KP CSC.',
      'Coordinator, KP Civil Society Coalition',
      'Jane Example, Coordinator',
      'Thank you.',
      'I thank you for your attention.',
      'New Delhi, 22 November 2019',
      // How to reach the signer, under the name.
      'info@highlands-coalition.example',
      'Email: office@sample-network.example',
      'Tel. +27 11 555 0100',
      'www.sample-network.example',
    ]) {
      expect(isSignatureLike(line), line).toBe(true);
    }
    for (const line of [
      'Write to us at info@sample-network.example with your views on the review.',
      'The Civil Society Coalition will continue to fight.',
      'We remain deeply concerned about the situation in the east of the country, where miners suffer.',
    ]) {
      expect(isSignatureLike(line), line).toBe(false);
    }
  });

  it('takes one short line that does not end like a sentence as a title', () => {
    expect(isTitleLike('Kimberley Process CSC Closing Speech New Delhi, India: 22 November 2019')).toBe(true);
    expect(isTitleLike('KP Chair,')).toBe(false);
    expect(
      isTitleLike(
        'The best thing about this Plenary has been the warm welcome by our host India, for which we extend our gratitude.',
      ),
    ).toBe(false);
  });

  it('reads a bilingual closing line as a signature, and French thanks too', () => {
    expect(isSignatureLike('Thank you. / Merci.')).toBe(true);
    expect(isSignatureLike('Je vous remercie de votre attention.')).toBe(true);
    expect(
      isSignatureLike(
        'Nous vous remercions de votre patience et espérons vous revoir à la prochaine réunion.',
      ),
    ).toBe(false);
    expect(isSignatureLike('Merci de votre attention.')).toBe(true);
    expect(
      isSignatureLike('We thank you all. / Nous vous remercions tous de votre patience et de votre temps.'),
    ).toBe(false);
  });
});
