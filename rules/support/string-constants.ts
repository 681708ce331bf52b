/**
 * The string constants (`'archived'`) anywhere in a statement's parsed tree. Identifiers, function
 * bodies and DO blocks are not constants, so they are not included.
 */
export function stringConstants(ast: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "A_Const") {
        const text = (value as { sval?: { sval?: unknown } }).sval?.sval;
        if (typeof text === "string") found.push(text);
      }
      visit(value);
    }
  };
  visit(ast);
  return found;
}
