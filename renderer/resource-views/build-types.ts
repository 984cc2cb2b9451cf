/**
 * The engines whose builds Mix lists (`builds.list` needs `type`), in the order the Builds tab offers them.
 * A module of its own, without the panel's styles, so that code run outside a page (the background walk's
 * bench under Node) can use it.
 */
export type BuildType = 'ASR' | 'NLU' | 'DIALOG';

export const BUILD_TYPES: readonly BuildType[] = ['ASR', 'NLU', 'DIALOG'];
