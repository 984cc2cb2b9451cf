// common/ compiles with no Node and no DOM types, yet every process it runs in (main, preload, renderer)
// has the WHATWG URL class. This declares the part common/ may use; the other tsconfigs exclude this file
// and get the real declarations from Node's or the DOM's types.
interface URL {
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly origin: string;
  readonly searchParams: {
    get(name: string): string | null;
    getAll(name: string): string[];
    has(name: string): boolean;
  };
}
declare const URL: { new (url: string, base?: string): URL; canParse?(url: string, base?: string): boolean };
