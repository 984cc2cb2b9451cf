// Testing Library's find*/waitFor give up after 1 s by default. On a shared machine running several
// suites at once, rendering the whole app (or a lazily loaded dialog) in jsdom can take longer than that:
// the conditions are awaited, only the bound on how long to wait for them is raised.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 5_000 });

// jsdom has no CSS.escape (every browser has had it for years); React Aria's overlays call it when they open.
// The CSSOM algorithm (https://drafts.csswg.org/cssom/#serialize-an-identifier), for the DOM tests only.
if (typeof window !== 'undefined' && typeof globalThis.CSS?.escape !== 'function') {
  const escape = (value: string): string => {
    let out = '';
    for (let i = 0; i < value.length; i += 1) {
      const code = value.charCodeAt(i);
      const char = value.charAt(i);
      if (code === 0) out += '\uFFFD';
      else if (
        (code >= 0x1 && code <= 0x1f) ||
        code === 0x7f ||
        (i === 0 && code >= 0x30 && code <= 0x39) ||
        (i === 1 && code >= 0x30 && code <= 0x39 && value.charCodeAt(0) === 0x2d)
      )
        out += `\\${code.toString(16)} `;
      else if (i === 0 && value.length === 1 && code === 0x2d) out += `\\${char}`;
      else if (code >= 0x80 || code === 0x2d || code === 0x5f || /[0-9A-Za-z]/.test(char)) out += char;
      else out += `\\${char}`;
    }
    return out;
  };
  globalThis.CSS = Object.assign(globalThis.CSS ?? {}, { escape }) as typeof CSS;
}
