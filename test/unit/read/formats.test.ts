import { describe, expect, it } from 'vitest';
import { headline, htmlToDoc, parseFile, parseJsonl } from '../../../ingest/read/formats.ts';

describe('parseJsonl', () => {
  it('reads {doc, text, title, date} lines and skips blank ones', () => {
    const docs = parseJsonl(
      'a.jsonl',
      '{"doc":"d1","text":"甲","title":"T","date":"2026-01-02"}\n\n{"id":"d2","text":"乙"}\n',
    );
    expect(docs.map((d) => [d.id, d.raw, d.title, d.date, d.source])).toEqual([
      ['d1', '甲', 'T', '2026-01-02', 'a.jsonl:1'],
      ['d2', '乙', undefined, undefined, 'a.jsonl:3'],
    ]);
  });

  it.each([
    ['{"doc":"d1","text":"ok"}\n{not json', /E_JSONL: a\.jsonl: line 2 is not valid JSON/],
    ['{"doc":"d1"}', /E_JSONL: a\.jsonl: line 1 needs a string "doc"/],
    ['\n  \n', /E_EMPTY: a\.jsonl/],
  ])('rejects %j', (input, message) => {
    expect(() => parseJsonl('a.jsonl', input)).toThrow(message);
  });
});

describe('htmlToDoc', () => {
  it('keeps visible text, drops scripts and styles, and takes the title', () => {
    const doc = htmlToDoc(
      'p.html',
      'p',
      '<html><head><title>标题</title><style>p{}</style></head><body><p>第一段。</p><script>x=1</script><div>第二段。</div></body></html>',
    );
    expect(doc.title).toBe('标题');
    expect(doc.raw).toBe('第一段。\n\n第二段。');
  });

  it('survives deeply nested markup without recursion', () => {
    const html = `${'<div>'.repeat(20_000)}深处的文字${'</div>'.repeat(20_000)}`;
    expect(htmlToDoc('deep.html', 'deep', html).raw).toBe('深处的文字');
  });

  it('rejects a page with no visible text', () => {
    expect(() => htmlToDoc('blank.html', 'b', '<html><body><script>1</script></body></html>')).toThrow(
      /E_EMPTY: blank\.html/,
    );
  });
});

describe('parseFile', () => {
  it.each([['a.txt'], ['a.md']])('rejects whitespace-only %s', (file) => {
    expect(() => parseFile(file, 'a', ' \n\t ')).toThrow(/E_EMPTY/);
  });
});

describe('headline', () => {
  it.each([
    ['湘粤两省签署科技创新合作协议\n\n9月12日，两省签署协议。', '湘粤两省签署科技创新合作协议'],
    ['# 人民银行推出“赣信贷”平台\n\n正文。', '人民银行推出“赣信贷”平台'],
    ['9月12日，两省签署协议。\n第二段。', undefined],
    [`${'很长的一行'.repeat(20)}\n正文`, undefined],
  ])('of %j is %j', (text, expected) => {
    expect(headline(text)).toBe(expected);
  });
});

describe('parseFile on a bulletin', () => {
  it('splits a file of several items into numbered documents with their titles', () => {
    const bulletin = [
      '湖南启动科技特派员行动 ',
      '',
      '3月1日，湖南省科学技术厅启动科技特派员服务行动，首批选派',
      '专家五百人。',
      '',
      '广西上线跨境贸易服务平台 ',
      '',
      '4月8日，广西壮族自治区商务厅正式上线跨境贸易综合服务平',
      '台，企业可在线办理报关手续。',
    ].join('\n');
    const docs = parseFile('b.txt', 'b.txt', bulletin);
    expect(docs.map((d) => [d.id, d.title])).toEqual([
      ['b.txt#1', '湖南启动科技特派员行动'],
      ['b.txt#2', '广西上线跨境贸易服务平台'],
    ]);
    expect(docs[1]!.raw).toContain('广西壮族自治区商务厅');
    expect(docs[0]!.raw).not.toContain('广西');
  });
});
