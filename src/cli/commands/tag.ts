/**
 * `sitrep tag --conll FILE`: runs the named-entity recogniser over a CoNLL-2003 file and prints
 * `TOKEN GOLD PRED` per token, a blank line between sentences (the input of conlleval).
 */
import { readFileSync } from 'node:fs';
import { parseCommandArgs } from '../args.js';
import { parseConll } from '../../nlp/ner/conll-format.js';
import { tagConllDocument } from '../../nlp/ner/conll-run.js';

export const summary = 'tag a CoNLL-2003 file with the named-entity recogniser (TOKEN GOLD PRED, conlleval input)';

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, { name: 'tag', help: 'usage: sitrep tag --conll FILE\n', options: { conll: { type: 'string' } } });
  if (typeof parsed === 'number') return parsed;
  const file = parsed.values.conll;
  if (!file) return process.stderr.write('usage: sitrep tag --conll FILE\n'), 2;
  const docs = parseConll(readFileSync(file, 'utf8'));
  const lines: string[] = [];
  for (const doc of docs) {
    for (const s of tagConllDocument(doc)) {
      s.tokens.forEach((t, k) => lines.push(`${t} ${s.gold[k]} ${s.pred[k]}`));
      lines.push('');
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
