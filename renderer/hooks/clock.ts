import { createContext, useContext } from 'react';

/** The current time in epoch milliseconds. Injected so tests render countdowns at a fixed instant. */
export type Now = () => number;

export const ClockContext = createContext<Now>(() => Date.now());

export function useClock(): Now {
  return useContext(ClockContext);
}
