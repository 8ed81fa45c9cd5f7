/** Reading a zip back with yauzl, as a person's unzip tool would. Plain Node: no test-runner imports. */
import yauzl from 'yauzl';

export interface ZipContents {
  names: string[];
  read(name: string): Buffer;
}

export function readZip(file: string): Promise<ZipContents> {
  return new Promise((resolve, reject) => {
    // yauzl checks each entry name itself (no absolute paths, no ".."), and fails on one that escapes.
    yauzl.open(file, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const files = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr || !stream) return reject(streamErr ?? new Error('no stream'));
          const parts: Buffer[] = [];
          stream.on('data', (part: Buffer) => parts.push(part));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(parts));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () =>
        resolve({
          names: [...files.keys()],
          read: (name) => {
            const data = files.get(name);
            if (!data) throw new Error(`no entry ${name}`);
            return data;
          },
        }),
      );
      zip.readEntry();
    });
  });
}
