import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../ingest/read/decode.ts';

const text = '上海市科委与重庆市科技局签署科技合作框架协议。';
const utf8 = Buffer.from(text, 'utf8');
const utf16le = Buffer.from(text, 'utf16le');
const utf16be = Buffer.from(utf16le).swap16();

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', utf8, 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), 'utf-8'],
    ['GBK without declaration', iconv.encode(text, 'gbk'), 'gb18030'],
    ['GB18030', iconv.encode(text, 'gb18030'), 'gb18030'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]), 'utf-16le'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]), 'utf-16be'],
    ['traditional characters in Big5-free UTF-8', Buffer.from('廣東省人民政府簽署協議', 'utf8'), 'utf-8'],
  ])('decodes %s', (_name, bytes, encoding) => {
    const decoded = decodeBytes(bytes, 'x.txt');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(_name.startsWith('traditional') ? '廣東省人民政府簽署協議' : text);
  });

  it('decodes ASCII-heavy UTF-16LE without a BOM', () => {
    const decoded = decodeBytes(Buffer.from('Shanghai 上海 cooperation', 'utf16le'), 'x.txt');
    expect(decoded).toEqual({ text: 'Shanghai 上海 cooperation', encoding: 'utf-16le' });
  });

  it.each([
    [
      'truncated UTF-8',
      utf8.subarray(0, utf8.length - 2),
      /E_DECODE: cut\.txt: ends in the middle of a character/,
    ],
    [
      'a binary file',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]),
      /E_BINARY: cut\.txt/,
    ],
    [
      'UTF-8 with one corrupted byte',
      Buffer.concat([utf8.subarray(0, 9), Buffer.from([0xff]), utf8.subarray(9)]),
      /E_DECODE: cut\.txt: has invalid UTF-8 at byte 9/,
    ],
  ])('rejects %s with an error naming the file', (_name, bytes, message) => {
    expect(() => decodeBytes(bytes, 'cut.txt')).toThrow(message);
  });
});
