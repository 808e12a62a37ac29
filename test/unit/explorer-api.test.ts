import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, neighborhood } from '../../src/explorer/page/api.ts';

/** A fake /graphql that prices a neighbourhood at 78 per node and refuses above 5000, like the server. */
function fakeServer() {
  const limits: number[] = [];
  const fetch = vi.fn(async (_url: string, init: { body: string }) => {
    const { variables } = JSON.parse(init.body) as { variables: { limit: number } };
    limits.push(variables.limit);
    const cost = 1 + 78 * variables.limit;
    const body =
      cost > 5000
        ? {
            errors: [
              {
                message: `E_COMPLEXITY: query complexity ${cost} is above the limit of 5000 (MAX_QUERY_COMPLEXITY)`,
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
              },
            ],
          }
        : {
            data: {
              neighborhood: {
                nodes: [{ id: 'region:320000', type: 'Region', name: '江苏省', aliases: null }],
                edges: [],
              },
            },
          };
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return limits;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('explorer API client', () => {
  it('asks once when the limit fits, and turns null aliases into none', async () => {
    const limits = fakeServer();
    const graph = await neighborhood('江苏', 1, 50);
    expect(limits).toEqual([50]);
    expect(graph.cappedAt).toBeUndefined();
    expect(graph.nodes[0]?.aliases).toEqual([]);
  });

  it.each([
    [500, 63],
    [100, 63],
  ])('asks again with the largest limit that fits when %i is too complex', async (asked, fitting) => {
    const limits = fakeServer();
    const graph = await neighborhood('江苏', 1, asked);
    expect(limits).toEqual([asked, fitting]);
    expect(graph.cappedAt).toBe(fitting);
    expect(graph.nodes).toHaveLength(1);
  });

  it('passes any other error through', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ errors: [{ message: 'E_NOT_FOUND: 没有' }] }))),
    );
    await expect(neighborhood('没有', 1, 50)).rejects.toBeInstanceOf(ApiError);
  });
});
