// The core stays pure and story-agnostic: lint forbids React/DOM/Node in src/core, and no word of the
// bundled story may steer the engine's logic.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function lintMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe('core boundaries (lint)', () => {
  it.each([
    ["import { useState } from 'react';\nexport const x = useState;", 'React'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'Node'],
    ["import { readFileSync } from 'fs';\nexport const x = readFileSync;", 'Node'],
    ['export const title = document.title;', 'DOM'],
    ['export const w = window.innerWidth;', 'DOM'],
    ["export const env = process.env['X'];", 'Node'],
    ["import { App } from '../app/app';\nexport const x = App;", 'one way'],
  ])('rejects %s in src/core', async (code) => {
    const messages = await lintMessages(code, 'src/core/text/probe.ts');
    expect(messages.some((m) => m.startsWith('no-restricted'))).toBe(true);
  });

  it('accepts the same pure code in src/core', async () => {
    expect(
      await lintMessages('export const double = (n: number): number => n * 2;\n', 'src/core/text/probe.ts'),
    ).toEqual([]);
  });

  it('allows the DOM outside the core', async () => {
    const messages = await lintMessages('export const title = document.title;\n', 'src/features/probe.ts');
    expect(messages.filter((m) => m.startsWith('no-restricted'))).toEqual([]);
  });
});

describe('the engine knows no story', () => {
  // Proper names of the bundled seed story: none may appear in src/core code (comments are fine).
  const storyWords = [
    'trump',
    'kim jong',
    'haberman',
    'confidence man',
    'mar-a-lago',
    'dailymail',
    'daily mail',
    'the independent',
    'pyongyang',
    'north korea',
    'axios',
    'cnn',
  ];
  const codeLines = listFiles('src/core')
    .filter((f) => f.endsWith('.ts'))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${file}:${i + 1}`, line: line.trim() })),
    )
    .filter(({ line }) => !/^(\/\/|\*|\/\*)/.test(line))
    .map(({ where, line }) => ({ where, code: line.replace(/\/\/.*$/, '').toLowerCase() }));

  it('has code to check', () => {
    expect(codeLines.length).toBeGreaterThan(50);
  });

  it.each(storyWords)('no "%s" in src/core code', (word) => {
    const re = new RegExp(`\\b${word.replace(/[-]/g, '\\-')}\\b`);
    expect(codeLines.filter(({ code }) => re.test(code)).map(({ where }) => where)).toEqual([]);
  });
});
