import { FieldNode, getDirectiveValues, GraphQLIncludeDirective, GraphQLResolveInfo, GraphQLSkipDirective, Kind, SelectionSetNode } from 'graphql';

/** The fields a request selects on one object, by field name (aliases and repeats merged), with what each selects below. */
export type Selection = Map<string, Selection>;

/**
 * What the resolving field selects, fragments and `@skip`/`@include` applied, as a tree of field
 * names; `path` walks down first (e.g. `['edges', 'node']` for a connection's nodes). Null when
 * a field on the path is not selected. Fields with arguments below the top are refused (null):
 * a compiled read answers only selections it can read from columns.
 */
export function selectionOf(info: GraphQLResolveInfo, path: readonly string[] = []): Selection | null {
  let selection: Selection | null = collect(info, info.fieldNodes);
  for (const name of path) {
    selection = selection?.get(name) ?? null;
    if (!selection) return null;
  }
  return selection;
}

function collect(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): Selection | null {
  const out: Selection = new Map();
  for (const node of nodes) if (node.selectionSet && !addSet(info, node.selectionSet, out)) return null;
  return out;
}

function addSet(info: GraphQLResolveInfo, set: SelectionSetNode, out: Selection): boolean {
  for (const selection of set.selections) {
    if (!included(info, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      if (selection.arguments?.length) return false;
      const below = out.get(selection.name.value) ?? new Map();
      if (selection.selectionSet && !addSet(info, selection.selectionSet, below)) return false;
      out.set(selection.name.value, below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!addSet(info, selection.selectionSet, out)) return false;
    } else {
      const fragment = info.fragments[selection.name.value];
      if (!fragment || !addSet(info, fragment.selectionSet, out)) return false;
    }
  }
  return true;
}

function included(info: GraphQLResolveInfo, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}
