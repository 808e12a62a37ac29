import { describe, expect, it } from 'vitest';
import type { Lexicons } from '../../ingest/lexicons/index.ts';
import { isGeneric } from '../../ingest/recognize/extend.ts';

const lex = {
  genericModifiers: new Set(['公共', '服务', '创新', '新', '综合性较强的平台', '科技创新']),
} as unknown as Lexicons;

describe('isGeneric', () => {
  it.each([
    ['公共服务', true],
    ['科技创新服务', true],
    ['创新', true],
    // One-character pieces join no run; the word itself may still be one.
    ['新', true],
    ['创新新', false],
    // Pieces of seven characters join no run either.
    ['综合性较强的平台', true],
    ['综合性较强的平台服务', false],
    ['公共交通', false],
    ['', true],
  ])('%s → %s', (word, generic) => {
    expect(isGeneric(word, lex)).toBe(generic);
  });
});
