import type { DeepLink, MixExplorerBridge } from '../common/ipc-contract';
import { bridge, isBridgeAvailable } from './bridge';

/**
 * Deep links main hands over, subscribed to as soon as this module loads (before React mounts), so a
 * link main sends right after the page loaded waits here instead of being missed.
 */
let pending: DeepLink | undefined;
let handler: ((link: DeepLink) => void) | undefined;
let listeningTo: MixExplorerBridge | undefined;

function listen(): void {
  // Subscribed once per bridge object (tests install a new one per test).
  if (!isBridgeAvailable() || listeningTo === window.mixExplorer) return;
  listeningTo = window.mixExplorer;
  bridge.on('app:deep-link', (link) => {
    if (handler) handler(link);
    else pending = link;
  });
}
listen();

/** Sets who opens links (the app, once mounted) and gives it the link that arrived before; returns the undo. */
export function handleDeepLinks(open: (link: DeepLink) => void): () => void {
  listen();
  handler = open;
  if (pending) {
    const link = pending;
    pending = undefined;
    open(link);
  }
  return () => {
    if (handler === open) handler = undefined;
  };
}
