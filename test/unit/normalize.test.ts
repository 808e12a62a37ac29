import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../ingest/normalize.ts';
import { decodeBytes } from '../../ingest/read/decode.ts';

describe('normalizeText', () => {
  it.each([
    ['full-width letters and digits fold', 'ＡＢＣ１２３公司', 'ABC123公司'],
    ['full-width punctuation folds', '江苏省，浙江省！', '江苏省,浙江省!'],
    ['traditional becomes simplified', '臺灣省科學技術廳與貴州', '台湾省科学技术厅与贵州'],
    ['simplified text is left alone (no 影像 → 图像)', '影像检测仪器和软件', '影像检测仪器和软件'],
    ['spaces around dates go', '6 月 10 日，会议召开。', '6月10日,会议召开。'],
    ['spaces between Chinese characters go', '湖 南 省 财 政 厅', '湖南省财政厅'],
    [
      'spaces next to Chinese go, between Latin words stay',
      '企业 CDO 制度 Open Data 平台',
      '企业CDO制度Open Data平台',
    ],
    [
      'a hard wrap inside a sentence joins',
      '宁夏回族自治区发展和改革\n\n委员会召开会议。',
      '宁夏回族自治区发展和改革委员会召开会议。',
    ],
    ['a paragraph end stays', '会议召开。\n\n下一步将推进。', '会议召开。\n下一步将推进。'],
    [
      'a line ending in a space is a paragraph end',
      '标题在这里 \n\n正文开始了。',
      '标题在这里\n正文开始了。',
    ],
    ['page markers go', '第一段没有结束\n\n— 4 — \n\n \n\n而是继续。', '第一段没有结束而是继续。'],
    ['page markers with hyphens go', '前文。\n- 12 -\n后文。', '前文。\n后文。'],
    ['CRLF becomes LF', '甲。\r\n乙。', '甲。\n乙。'],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeText(raw).text).toBe(expected);
  });

  it.each([
    ['6 月 10 日，臺灣\n\n省 — 4 —'],
    ['第一行没有结束\n\n第二行，ＡＢＣ。\n\n— 7 —\n\n第三行。'],
    ['  前导空格与 Latin words 混排 \r\n 结束。'],
  ])('maps every character back to its raw position: %j', (raw) => {
    const { text, offsets } = normalizeText(raw);
    expect(offsets).toHaveLength(text.length + 1);
    expect(offsets[text.length]).toBe(raw.length);
    for (let i = 0; i < text.length; i++) {
      const from = raw[offsets[i]!]!;
      // Each output character comes from its raw character by folding and/or simplifying.
      expect(
        [from, from.normalize('NFKC')].some((c) => c === text[i] || normalizeText(c).text === text[i]),
      ).toBe(true);
      if (i > 0) expect(offsets[i]!).toBeGreaterThan(offsets[i - 1]!);
    }
  });
});

describe('decoding then normalizing (encodings generated from UTF-8 at test time)', () => {
  const sample = '江苏省工业和信息化厅推行企业首席数据官制度。';
  it.each([
    ['GBK', iconv.encode(sample, 'gbk'), 'gb18030'],
    ['GB18030', iconv.encode(sample, 'gb18030'), 'gb18030'],
    [
      'UTF-16LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample, 'utf16-le')]),
      'utf-16le',
    ],
    [
      'UTF-16BE with BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sample, 'utf16-be')]),
      'utf-16be',
    ],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]), 'utf-8'],
  ])('%s', (_name, bytes, encoding) => {
    const decoded = decodeBytes(new Uint8Array(bytes), 'sample.txt');
    expect(decoded.encoding).toBe(encoding);
    expect(normalizeText(decoded.text).text).toBe(sample);
  });

  it('decodes Big5-free traditional text given as GB18030 and simplifies it', () => {
    const bytes = iconv.encode('臺灣省經濟部', 'gb18030');
    expect(normalizeText(decodeBytes(new Uint8Array(bytes), 't.txt').text).text).toBe('台湾省经济部');
  });

  it('refuses bytes that are no supported encoding, naming the file', () => {
    const bytes = new Uint8Array([0x81, 0x20, 0x81, 0x20, 0xff, 0xff, 0x81, 0x7f, 0xfe, 0x20]);
    expect(() => decodeBytes(bytes, 'bad.txt')).toThrow(/E_DECODE: bad.txt/);
  });
});
