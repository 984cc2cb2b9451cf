/** IDs for requests and downloads main can be asked to cancel; unique per window, unguessable enough. */
let counter = 0;

export function newId(prefix: string): string {
  counter += 1;
  const random = new Uint32Array(2);
  crypto.getRandomValues(random);
  return `${prefix}-${counter}-${Array.from(random, (part) => part.toString(36)).join('')}`;
}
