import { describe, expect, it } from 'vitest';
import { readDropItems, type DropItem } from './collect-dropped-files';

// A folder tree behind the callback-style File and Directory Entries API that drops hand over; readEntries
// gives two entries per call, as browsers give ~100, so the walk must keep asking until it gets none.
type Tree = { readonly [name: string]: string | Tree };

function entryOf(name: string, node: string | Tree): FileSystemEntry {
  if (typeof node === 'string') {
    const file = new File([node], name, { type: 'text/plain' });
    return {
      name,
      isFile: true,
      isDirectory: false,
      file: (ok: (f: File) => void) => ok(file),
    } as unknown as FileSystemEntry;
  }
  const children = Object.entries(node).map(([child, value]) => entryOf(child, value));
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let next = 0;
      return {
        readEntries: (ok: (entries: FileSystemEntry[]) => void) => {
          const batch = children.slice(next, next + 2);
          next += batch.length;
          setTimeout(() => ok(batch), 0);
        },
      };
    },
  } as unknown as FileSystemEntry;
}

describe('readDropItems', () => {
  it('walks folders recursively, keeps supported files and notes the others', async () => {
    const folder = entryOf('statements', {
      '2019.txt': 'a',
      'notes.xlsx': 'b',
      '.DS_Store': 'c',
      older: {
        '2017.pdf': 'd',
        '2018.DOCX': 'e',
        'scan.png': 'f',
        deeper: { '2016.md': 'g', '2015.htm': 'h' },
      },
    });
    const loose = new File(['x'], 'picture.gif');
    const items: DropItem[] = [
      { kind: 'entry', entry: folder },
      { kind: 'file', file: loose },
    ];
    const contents = await readDropItems(items);
    expect(contents.files.map((f) => f.path)).toEqual([
      'statements/2019.txt',
      'statements/older/2017.pdf',
      'statements/older/2018.DOCX',
      'statements/older/deeper/2015.htm',
      'statements/older/deeper/2016.md',
      'picture.gif',
    ]);
    expect(await contents.files[0]?.file.text()).toBe('a');
    // A file dropped on its own goes to the importer, which explains an unsupported type by name.
    expect(contents.files.at(-1)?.file).toBe(loose);
    expect(contents.skipped).toEqual(['statements/notes.xlsx', 'statements/older/scan.png']);
  });

  it('skips hidden folders and files, as the menu import does', async () => {
    const folder = entryOf('project', {
      '.git': { 'COMMIT_EDITMSG.txt': 'x', objects: { 'a.md': 'y' } },
      '.hidden.md': 'z',
      node: { '.cache': { 'old.txt': 'w' }, 'kept.txt': 'v' },
      '2021.txt': 'u',
    });
    const contents = await readDropItems([{ kind: 'entry', entry: folder }]);
    expect(contents.files.map((f) => f.path)).toEqual(['project/2021.txt', 'project/node/kept.txt']);
    expect(contents.skipped).toEqual([]);
  });

  it('skips the parts folder of a page saved whole (its frames are HTML too), but not a folder that only looks like one', async () => {
    const folder = entryOf('saved', {
      'Closing speech 2031.html': 'page',
      'Closing speech 2031_files': { 'share-widget.html': 'frame', 'advert.htm': 'frame', 'logo.png': 'img' },
      'Rede 2032.html': 'page',
      'Rede 2032-Dateien': { 'tweet.html': 'frame' },
      project_files: { 'notes.txt': 'kept: no project.html beside it' },
    });
    const contents = await readDropItems([{ kind: 'entry', entry: folder }]);
    expect(contents.files.map((f) => f.path)).toEqual([
      'saved/Closing speech 2031.html',
      'saved/project_files/notes.txt',
      'saved/Rede 2032.html',
    ]);
  });

  it('walks at most 16 folders down, like the menu import', async () => {
    let tree: Tree = { 'bottom.txt': 'deepest' };
    for (let level = 18; level >= 1; level--) tree = { [`d${level}`]: tree, [`at-${level}.txt`]: 'x' };
    const contents = await readDropItems([{ kind: 'entry', entry: entryOf('root', tree) }]);
    const depths = contents.files.map((f) => f.path.split('/').length - 2);
    // Files in the dropped folder are at depth 0; the deepest walked folder is 16 levels below it.
    expect(Math.max(...depths)).toBe(16);
    expect(contents.files.some((f) => f.path.endsWith('bottom.txt'))).toBe(false);
  });

  it('takes at most 5,000 files from dropped folders and says so', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 5003; i++) many[`s${String(i).padStart(5, '0')}.txt`] = 't';
    const contents = await readDropItems([{ kind: 'entry', entry: entryOf('big', many) }]);
    expect(contents.files).toHaveLength(5000);
    expect(contents.truncated).toBe(true);
    const small = await readDropItems([{ kind: 'entry', entry: entryOf('small', { 'a.txt': 'a' }) }]);
    expect(small.truncated).toBe(false);
  });
});
