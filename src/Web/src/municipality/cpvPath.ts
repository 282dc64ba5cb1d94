/** A CPV code as the API gives it, with its ancestors through `parent`. */
export interface CpvNode {
  code: string;
  label: string;
  parent?: CpvNode | null;
}

/** The labels from the division down to the code's parent: where the code sits in the CPV tree. */
export function cpvPath(code: CpvNode): string[] {
  const path: string[] = [];
  for (let p = code.parent; p; p = p.parent) path.unshift(p.label);
  return path;
}
