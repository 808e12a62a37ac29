import { describe, expect, it } from 'vitest';
import { csvField, toCsv, toCsvTables } from '../../src/export/csv.ts';
import { SAMPLE } from './export/sample-graph.ts';

/** A small RFC 4180 reader, enough to read our own tables back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const records = (text: string) => {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
};

describe('CSV export', () => {
  const { nodes, edges } = toCsvTables(SAMPLE);

  it('uses the column names Gephi recognizes', () => {
    expect(parseCsv(nodes)[0]!.slice(0, 2)).toEqual(['Id', 'Label']);
    expect(parseCsv(edges)[0]!.slice(0, 5)).toEqual(['Source', 'Target', 'Type', 'Id', 'Label']);
  });

  it.each([
    ['org:江苏省科学技术厅', '江苏省科学技术厅', 'Organization', '江苏省科技厅|省科技厅'],
    ['region:320000', '江苏省', 'Region', '江苏|苏'],
    ['program:长三角科创券', '长三角科创券', 'Program', ''],
  ])('writes node %s', (Id, Label, type, aliases) => {
    expect(records(nodes).find((r) => r.Id === Id)).toMatchObject({ Label, type, aliases });
  });

  it('reads the evidence back intact although it holds quotes, a comma and a line break', () => {
    const rows = records(edges);
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.relation === 'SIGNED_AGREEMENT')).toMatchObject({
      Source: 'org:上海市科学技术委员会',
      Type: 'Undirected',
      evidence: SAMPLE.edges[0]!.evidence,
      docTitle: '沪苏科技合作, 再进一步',
      confidence: '0.9',
    });
    expect(rows.find((r) => r.relation === 'PILOTS')?.Type).toBe('Directed');
  });

  it('joins both tables in one stream with a blank line between', () => {
    expect(toCsv(SAMPLE)).toBe(`${nodes}\r\n${edges}`);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['说"好"', '"说""好"""'],
    ['一\n二', '"一\n二"'],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
