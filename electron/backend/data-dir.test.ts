import { describe, expect, it } from 'vitest';
import { defaultLibraryDir } from './data-dir';

describe('defaultLibraryDir', () => {
  it('matches Electron userData for "Plenary Diff" on Linux, honouring XDG_CONFIG_HOME', () => {
    expect(defaultLibraryDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Plenary Diff/library');
    expect(defaultLibraryDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ana')).toBe(
      '/xdg/Plenary Diff/library',
    );
  });

  it('matches Electron userData on macOS', () => {
    expect(defaultLibraryDir('darwin', { XDG_CONFIG_HOME: '/ignored' }, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Plenary Diff/library',
    );
  });

  it('matches Electron userData on Windows (APPDATA, or the roaming folder under the home)', () => {
    expect(
      defaultLibraryDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana'),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Plenary Diff\\library');
    expect(defaultLibraryDir('win32', {}, 'C:\\Users\\ana')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Plenary Diff\\library',
    );
  });
});
