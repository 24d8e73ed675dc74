// The console's engine worker: DuckDB's own worker script (named in this
// script's address, ?engine=), which instantiates the .wasm the page has
// already compiled (engine-boot.ts) instead of downloading and compiling it
// again. The page posts the compiled WebAssembly.Module; DuckDB's request for
// the .wasm (?wasm=) gets an empty answer, and its instantiateStreaming the
// module from the page. Everything else is DuckDB's worker as published.
//
// Vite bundles this file as a classic worker script (importScripts works in it).

const PRECOMPILED_MESSAGE = 'console-precompiled-wasm'; // engine-boot.ts

const params = new URL(self.location.href).searchParams;
const engineScript = params.get('engine');
const wasmUrl = new URL(params.get('wasm') ?? '', self.location.href).href;

let received: (module: WebAssembly.Module) => void = () => {};
let failed: (error: Error) => void = () => {};
const precompiled = new Promise<WebAssembly.Module>((resolve, reject) => {
  received = resolve;
  failed = reject;
});
precompiled.catch(() => {});

// Registered before DuckDB sets its onmessage handler, so it runs first and keeps this message to itself.
self.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: string; module?: WebAssembly.Module; error?: string } | null;
  if (data?.type !== PRECOMPILED_MESSAGE) return;
  event.stopImmediatePropagation();
  if (data.module) received(data.module);
  else failed(new Error(data.error ?? 'the page could not compile the SQL engine'));
});

const realFetch = self.fetch.bind(self);
self.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input), self.location.href).href;
  if (url === wasmUrl) return Promise.resolve(new Response(new Uint8Array(0), { headers: { 'Content-Type': 'application/wasm' } }));
  return realFetch(input, init);
};

WebAssembly.instantiateStreaming = async (_source: Response | PromiseLike<Response>, imports?: WebAssembly.Imports) => {
  const module = await precompiled;
  const instance = await WebAssembly.instantiate(module, imports);
  return { module, instance };
};

if (engineScript) (self as unknown as { importScripts(...urls: string[]): void }).importScripts(engineScript);

export {};
