// The HTTP headers every response of the site must carry. One definition for
// scripts/serve.ts (npm start), for the generated dist/_headers (static hosts
// that read one) and for the README's deployment notes.
//
// Why each part of the policy is there:
// - script-src, worker-src, connect-src 'self': the SQL console runs DuckDB
//   in a Web Worker and fetches the data and the engine from this site only,
//   so a shared link can never make a reader's browser fetch a third party.
// - 'wasm-unsafe-eval': DuckDB-WASM compiles WebAssembly. It must reach the
//   worker too, which only a header can do (a <meta> tag does not apply to
//   workers). Without it the engine never starts.
// - style-src 'unsafe-inline': the editor (CodeMirror) and the charts
//   (Observable Plot) set styles at run time; Astro may inline small CSS.
// - font-src data:: a poster SVG carries its font inside it (so it reads the
//   same wherever it is opened), and the console and explorer embed the
//   page's fonts the same way in the images they make. Fonts are not scripts;
//   a data: font can only be one the site itself wrote.

export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export function contentSecurityPolicy(policy: Readonly<Record<string, readonly string[]>> = CONTENT_SECURITY_POLICY): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * Where the strict policy is relaxed, and only there. A newsroom must be able to
 * frame a chart's embed page and load a chart's PNG, SVG, CSV and metadata (and
 * the data downloads) from its own site; everything else, the SQL console above
 * all, keeps `frame-ancestors 'none'` and same-origin resources.
 *
 * Patterns use the `_headers` syntax (`:name` is one path segment), so the same
 * list drives scripts/serve.ts and the generated dist/_headers.
 */
export interface HeaderRule {
  /** What the rule is for, written into dist/_headers as a comment. */
  why: string;
  patterns: readonly string[];
  headers: Readonly<Record<string, string>>;
}

const CROSS_ORIGIN_FILE = {
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Access-Control-Allow-Origin': '*',
} as const;

export const HEADER_RULES: readonly HeaderRule[] = [
  {
    why: 'Chart embed pages and the explorer’s: any site may frame them.',
    patterns: ['/charts/:chart/embed/', '/en/charts/:chart/embed/', '/explore/:measure/embed/', '/en/explore/:measure/embed/'],
    headers: {
      'Content-Security-Policy': contentSecurityPolicy({ ...CONTENT_SECURITY_POLICY, 'frame-ancestors': ['*'] }),
      'Cross-Origin-Resource-Policy': 'cross-origin',
    },
  },
  {
    why: "Charts' take-away files and the data downloads: any site may load them.",
    patterns: [
      // A chart's take-away files (src/lib/charts/exports.ts): every file directly in its folder.
      // Its pages end in "/" (the site uses trailing slashes), so this never matches a page.
      '/charts/:chart/:file',
      '/en/charts/:chart/:file',
      '/data/:file',
      '/CITATION.cff',
    ],
    headers: CROSS_ORIGIN_FILE,
  },
];

function patternRegExp(pattern: string): RegExp {
  const body = pattern
    .split(/(:[a-z]+)/u)
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 'u');
}

const COMPILED = HEADER_RULES.map((rule) => ({ rule, tests: rule.patterns.map(patternRegExp) }));

/** The headers for a URL path: the strict set, with the rule that matches it (if any) applied on top. */
export function headersFor(pathname: string, base: Readonly<Record<string, string>> = SECURITY_HEADERS): Record<string, string> {
  const headers = { ...base };
  // A directory's index is served at the directory's path.
  const path = pathname.endsWith('/index.html') ? pathname.slice(0, -'index.html'.length) : pathname;
  for (const { rule, tests } of COMPILED) if (tests.some((test) => test.test(path))) Object.assign(headers, rule.headers);
  return headers;
}

/**
 * The headers as a `_headers` file (Cloudflare Pages' format; Netlify reads it
 * too once the `! Name` lines are removed, because there the more specific rule's
 * value of a header already replaces the site-wide one).
 */
export function headersFile(headers: Readonly<Record<string, string>> = SECURITY_HEADERS): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  const rules = HEADER_RULES.flatMap((rule) => [
    `# ${rule.why}`,
    ...rule.patterns.flatMap((pattern) => [
      pattern,
      // A request matching several rules gets all their headers: detach the site-wide value first.
      ...Object.keys(rule.headers)
        .filter((name) => name in headers)
        .map((name) => `  ! ${name}`),
      ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`),
    ]),
  ]);
  return [
    '# Generated from src/lib/security-headers.ts by the site build. Do not edit.',
    '/*',
    ...lines,
    '/_astro/*.wasm',
    '  Content-Type: application/wasm',
    ...rules,
    '',
  ].join('\n');
}
