import {
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';

/**
 * A list field without a limit is counted as this many items. Lists are mostly short here (a body's
 * partners, a region's parts), and @limit caps each at 50 anyway; 5 lets the documented three-level
 * questions through while six nested unlimited lists (5^6) stay far above the default limit.
 */
const DEFAULT_LIST_SIZE = 5;
/** The most a limit argument can multiply by, so a huge `limit` cannot overflow the estimate. */
const MAX_MULTIPLIER = 1000;

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function sizeArg(field: { arguments?: readonly { name: { value: string }; value: never }[] }, walk: Walk) {
  for (const arg of field.arguments ?? []) {
    if (arg.name.value === 'limit' || arg.name.value === 'first') {
      const value = valueFromASTUntyped(arg.value, walk.variables);
      if (typeof value === 'number') return Math.max(1, Math.min(value, MAX_MULTIPLIER));
    }
  }
  return undefined;
}

/**
 * Estimated cost of a selection: each field costs 1, and a list multiplies the cost of what is
 * selected under it by its `limit`/`first` (or DEFAULT_LIST_SIZE). `edges` inside a connection is
 * already counted by the connection's `first`. Fragments on several types are summed (an upper bound).
 */
function selectionCost(set: SelectionSetNode, type: GraphQLCompositeType, walk: Walk): number {
  let cost = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.INLINE_FRAGMENT || sel.kind === Kind.FRAGMENT_SPREAD) {
      const frag = sel.kind === Kind.FRAGMENT_SPREAD ? walk.fragments[sel.name.value] : sel;
      if (!frag) continue;
      const cond = frag.typeCondition ? walk.schema.getType(frag.typeCondition.name.value) : type;
      if (cond && isCompositeType(cond)) cost += selectionCost(frag.selectionSet, cond, walk);
      continue;
    }
    if (sel.name.value.startsWith('__')) {
      cost += 1;
      continue;
    }
    const field =
      'getFields' in type ? (type.getFields()[sel.name.value] as GraphQLField<unknown, unknown>) : undefined;
    if (!field) continue;
    const named = getNamedType(field.type);
    let childCost = 0;
    if (sel.selectionSet && isCompositeType(named)) childCost = selectionCost(sel.selectionSet, named, walk);
    const inConnection = type.name.endsWith('Connection') && sel.name.value === 'edges';
    const isList = isListType(getNullableType(field.type));
    const isConnection = named.name.endsWith('Connection');
    const size = sizeArg(sel as never, walk);
    const multiplier = inConnection ? 1 : (size ?? (isList || isConnection ? DEFAULT_LIST_SIZE : 1));
    cost += 1 + multiplier * childCost;
  }
  return cost;
}

/** Estimated cost of one operation of a document. */
export function operationComplexity(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;
  return selectionCost(operation.selectionSet, root, { schema, fragments, variables });
}
