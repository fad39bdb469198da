/**
 * One walk over a tree that groups its nodes by type. Rules ask for "every
 * link" or "every list" many times per file; walking once and sharing the
 * lists keeps lint time close to parse time on large KBs.
 */
import type { Node, Parent } from 'unist';

export type NodesByType = ReadonlyMap<string, readonly Node[]>;

/** Groups every node of a tree by its `type`, in document order. */
export function indexNodes(tree: Node): NodesByType {
  const byType = new Map<string, Node[]>();
  const stack: Node[] = [tree];
  // Depth-first, pushing children in reverse so nodes come out in document order.
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    const list = byType.get(node.type);
    if (list) list.push(node);
    else byType.set(node.type, [node]);
    const children = (node as Parent).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return byType;
}
