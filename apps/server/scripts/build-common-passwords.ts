// Builds apps/server/src/modules/auth/common-passwords.txt: the 10,000 most common passwords,
// one per line, most common first. Run once; the output is committed so the server needs no
// dictionary package at runtime:
//
//   node --import tsx apps/server/scripts/build-common-passwords.ts
//
// Source: the `passwords-common` dictionary of @zxcvbn-ts/language-common@4 (devDependency).
// zxcvbn ranks a dictionary word by its index, so the list is ordered by frequency (it starts
// 123456, password, 12345678, qwerty, as in the leaked-password corpora it was built from);
// taking its head gives the most common ones. The French favourites it ranks lower (motdepasse…)
// live in common-passwords-fr.txt, kept by hand.
import { writeFile } from 'node:fs/promises';
import { dictionary } from '@zxcvbn-ts/language-common';

const COUNT = 10_000;
const output = new URL('../src/modules/auth/common-passwords.txt', import.meta.url);

const source = dictionary['passwords-common'];
// A sanity check that the package still ships the frequency-ranked list we rely on.
if (source.slice(0, 4).join(',') !== '123456,password,12345678,qwerty') {
  throw new Error('passwords-common no longer starts with the most common passwords; check it');
}

// Same normalisation as the policy's lookup: NFC, lower case. Deduplicated, order kept.
const seen = new Set<string>();
for (const word of source) {
  const normalised = word.normalize('NFC').toLowerCase();
  if (normalised === '' || /\s/.test(normalised)) continue;
  seen.add(normalised);
  if (seen.size === COUNT) break;
}
if (seen.size < COUNT) throw new Error(`only ${seen.size} passwords found, expected ${COUNT}`);

await writeFile(output, [...seen].join('\n') + '\n');
process.stdout.write(`wrote ${seen.size} passwords to ${output.pathname}\n`);
