/** Failure lines kept per layer by default: enough for a bug report, small enough to paste. */
export const FAILURES_PER_LAYER = 10;

/** The layer a message names first (`[session] …` → `session`), or `other`. */
export function layerOf(message: string): string {
  return /^\[([\w-]{1,20})\]/.exec(message)?.[1] ?? 'other';
}

/**
 * The newest failure lines of each layer, in one chronological list. One ring per layer, so a storm of
 * failed reads keeps the one storage failure that explains them.
 */
export function createRecentFailures(perLayer = FAILURES_PER_LAYER) {
  const kept = Math.max(1, perLayer);
  const layers = new Map<string, { order: number; line: string }[]>();
  let order = 0;
  return {
    /** @param message the message (its `[layer]` prefix decides the ring); `line` is what is kept. */
    add(message: string, line: string): void {
      const layer = layerOf(message);
      const ring = layers.get(layer) ?? [];
      ring.push({ order: order++, line });
      if (ring.length > kept) ring.splice(0, ring.length - kept);
      layers.set(layer, ring);
    },
    lines(): string[] {
      return [...layers.values()]
        .flat()
        .sort((a, b) => a.order - b.order)
        .map((entry) => entry.line);
    },
  };
}
