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

export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
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

/** The headers as a `_headers` file (Netlify, Cloudflare Pages and others read this format). */
export function headersFile(headers: Readonly<Record<string, string>> = SECURITY_HEADERS): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Generated from src/lib/security-headers.ts by the site build. Do not edit.',
    '/*',
    ...lines,
    '/_astro/*.wasm',
    '  Content-Type: application/wasm',
    '',
  ].join('\n');
}
