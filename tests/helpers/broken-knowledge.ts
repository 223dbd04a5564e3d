/** Copies knowledge/ to a temporary folder and breaks one file, to check what loading says about it. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.ts';

export function brokenKnowledge(file: string, change: (text: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'depeche-')), 'knowledge');
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the change to ${file} changed nothing`);
  writeFileSync(path, after);
  return dir;
}
