import type { ExportFile, ExportLiteral, ExportSample } from '../../common/ipc-contract';

/** Rows a result carries in all; Mix's own limits (60k samples, 55k literals) fit under it. */
export const MAX_EXPORT_ROWS = 100_000;
/** Text shown of a file whose format is not known. */
export const MAX_RAW_CHARS = 64 * 1024;

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character and entity references to text; an unknown reference stays as written. */
function xmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  const value = match?.[2] ?? match?.[3];
  return value === undefined ? undefined : xmlText(value);
}

/** The locale of a file: `xml:lang` in TRSX, else a locale in its name (`samples-en-US.trsx`). */
function localeOf(name: string, text?: string): string | undefined {
  const fromXml = text && /<project\b[^>]*\sxml:lang\s*=\s*"([^"]+)"/.exec(text)?.[1];
  return fromXml || /(?:^|[^a-z])([a-z]{2,3}[-_][A-Z]{2})(?=[^A-Za-z]|$)/.exec(name)?.[1]?.replace('_', '-');
}

/** Removes annotations inside a sample (`<annotation conceptref="X">large</annotation>` → `large`). */
function plainSample(inner: string): string {
  return xmlText(inner.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * TRSX (Mix's NLU exchange format): `<sample intentref="…" count="…">text</sample>` and dictionary entries
 * `<entry literal="…" value="…"/>`. Read with patterns, not a full XML parser: only these two elements are
 * taken, everything else is ignored.
 */
function parseTrsx(name: string, text: string, budget: number): ExportFile | undefined {
  const locale = localeOf(name, text);
  const samples: ExportSample[] = [];
  let truncated = false;
  for (const match of text.matchAll(/<sample\b([^>]*)>([\s\S]*?)<\/sample>/g)) {
    if (samples.length >= budget) {
      truncated = true;
      break;
    }
    const tag = match[1] ?? '';
    const count = Number(attribute(tag, 'count'));
    samples.push({
      intent: attribute(tag, 'intentref') ?? '',
      text: plainSample(match[2] ?? ''),
      ...(Number.isInteger(count) && count > 0 ? { count } : {}),
      ...(locale ? { locale } : {}),
    });
  }
  if (samples.length > 0) return { name, kind: 'samples', samples, truncated, ...(locale ? { locale } : {}) };
  const literals: ExportLiteral[] = [];
  for (const match of text.matchAll(/<entry\b([^>]*?)\/?>/g)) {
    if (literals.length >= budget) {
      truncated = true;
      break;
    }
    const literal = attribute(match[1] ?? '', 'literal');
    if (literal === undefined) continue;
    literals.push({
      literal,
      value: attribute(match[1] ?? '', 'value') ?? literal,
      ...(locale ? { locale } : {}),
    });
  }
  if (literals.length > 0)
    return { name, kind: 'literals', literals, truncated, ...(locale ? { locale } : {}) };
  return undefined;
}

/**
 * Literal files as the literals import takes them: one `literal<TAB>value` per line (a line without a tab is
 * a literal that is its own value). UNCERTAIN for Mix's export: any other shape is shown as raw text.
 */
function parseLiteralLines(name: string, text: string, budget: number): ExportFile | undefined {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0 || !lines.every((line) => line.split('\t').length <= 2)) return undefined;
  const locale = localeOf(name);
  const literals = lines.slice(0, budget).map((line): ExportLiteral => {
    const [literal = '', value] = line.split('\t');
    return { literal: literal.trim(), value: (value ?? literal).trim(), ...(locale ? { locale } : {}) };
  });
  return {
    name,
    kind: 'literals',
    literals,
    truncated: lines.length > budget,
    ...(locale ? { locale } : {}),
  };
}

function rawFile(name: string, text: string, note: string): ExportFile {
  return {
    name,
    kind: 'raw',
    text: text.slice(0, MAX_RAW_CHARS),
    truncated: text.length > MAX_RAW_CHARS,
    note,
  };
}

function looksBinary(body: Buffer): boolean {
  return body.subarray(0, 8192).includes(0);
}

/** How many rows one file has. */
export function rowCount(file: ExportFile): number {
  if (file.kind === 'samples') return file.samples.length;
  if (file.kind === 'literals') return file.literals.length;
  return 0;
}

/**
 * One exported file as the panel shows it: samples, literals, or — where the format is not known — its raw
 * text with a plain note. `budget` is how many rows the whole result may still take.
 */
export function parseExportFile(name: string, body: Buffer, budget: number): ExportFile {
  if (looksBinary(body)) {
    return rawFile(name, '', 'This file is not text; download the export to open it with another tool.');
  }
  const text = body.toString('utf8').replace(/^\uFEFF/, '');
  if (/\.(trsx|xml)$/i.test(name) || /^\s*<\?xml|^\s*<project\b/.test(text)) {
    const parsed = parseTrsx(name, text, budget);
    if (parsed) return parsed;
  } else if (/\.(txt|tsv)$/i.test(name)) {
    const parsed = parseLiteralLines(name, text, budget);
    if (parsed) return parsed;
  }
  return rawFile(
    name,
    text,
    'Mix Explorer does not know this file’s format for certain, so it shows the text as it came.',
  );
}
