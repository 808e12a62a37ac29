import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { EXAMPLES } from './examples.ts';

let html: string | undefined;

/**
 * GraphiQL, bundled whole into one page by @graphql-yoga/render-graphiql (scripts, styles and
 * editor workers inline), so it works without internet. Rendered once: the page is about 9 MB.
 */
export function graphiqlPage(endpoint = '/graphql'): string {
  if (html === undefined) {
    const queries = Object.values(EXAMPLES);
    html = renderGraphiQL({
      title: 'gov-kg GraphQL',
      endpoint,
      defaultQuery: queries[0],
      defaultTabs: queries.map((query) => ({ query })),
    } as Parameters<typeof renderGraphiQL>[0]);
  }
  return html;
}
