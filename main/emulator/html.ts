import type { ServerResponse } from 'node:http';

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
  body { margin: 0; font: 15px/1.5 system-ui, sans-serif; background: #f3f4f6; color: #1f2937; }
  main { max-width: 380px; margin: 64px auto; background: #fff; border: 1px solid #d1d5db; border-radius: 8px; padding: 24px 28px; }
  h1 { font-size: 20px; margin: 0 0 4px; color: #0f4c81; }
  h2 { font-size: 16px; margin: 0 0 16px; font-weight: 600; }
  label { display: block; margin: 12px 0; font-weight: 600; }
  input { display: block; box-sizing: border-box; width: 100%; margin-top: 4px; padding: 8px; font: inherit; border: 1px solid #9ca3af; border-radius: 4px; }
  button { font: inherit; padding: 8px 18px; border-radius: 4px; border: 1px solid #0f4c81; background: #0f4c81; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: #0f4c81; }
  .actions { display: flex; gap: 12px; margin-top: 20px; }
  .error { background: #fef2f2; border: 1px solid #fca5a5; color: #991b1b; padding: 8px 12px; border-radius: 4px; }
  .muted { color: #6b7280; font-size: 13px; }
  code { background: #f3f4f6; padding: 1px 4px; border-radius: 3px; }
`;

/**
 * Chromium enforces `form-action` on the redirects that follow a form post, so a page whose form
 * ends in a 302 to the client's redirect URL must allow that URL's origin (or scheme) too.
 */
function contentSecurityPolicy(formTargets: readonly string[]): string {
  const sources = ["'self'", ...formTargets.map(cspSource).filter((s) => s !== '')];
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `form-action ${sources.join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

function cspSource(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.origin;
  // Custom schemes (e.g. com.example.app:/callback): a scheme-source; reject anything CSP cannot express.
  return /^[a-z][a-z0-9+.-]*:$/i.test(parsed.protocol) ? parsed.protocol : '';
}

export function sendPage(
  res: ServerResponse,
  status: number,
  title: string,
  bodyHtml: string,
  formTargets: readonly string[] = [],
): void {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Mix sandbox</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Mix sandbox</h1>
${bodyHtml}
</main>
</body>
</html>
`;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Content-Security-Policy': contentSecurityPolicy(formTargets),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(html);
}
