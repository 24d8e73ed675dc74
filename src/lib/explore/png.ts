// A poster as PNG, drawn by the browser: the SVG (with the site's font inside
// it, as data) as an image onto a canvas, at twice its size. An image loads
// the fonts it names only after it has been decoded once, and draws its text
// invisible until then; so the image is decoded once to load them, then drawn
// until two drawings in a row are the same (at most a few times). The PNG
// carries the view's title and address as text chunks (iTXt, UTF-8), as the
// console's chart images do.

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The PNG with an iTXt chunk per entry (keyword, then UTF-8 text, uncompressed) before its end chunk (the last 12 bytes). */
export function withPngText(png: Uint8Array, entries: Array<[string, string]>): Uint8Array {
  const encoder = new TextEncoder();
  const chunks = entries.map(([keyword, text]) => {
    const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
    const chunk = new Uint8Array(12 + data.length);
    const view = new DataView(chunk.buffer);
    view.setUint32(0, data.length);
    chunk.set(encoder.encode('iTXt'), 4);
    chunk.set(data, 8);
    view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
    return chunk;
  });
  const end = png.length - 12;
  const out = new Uint8Array(png.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(png.subarray(0, end));
  let at = end;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(end), at);
  return out;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function dataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

const same = (a: Uint8ClampedArray, b: Uint8ClampedArray): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

export async function posterPng(svg: string, width: number, height: number, text: Array<[string, string]>, scale = 2): Promise<Uint8Array> {
  const src = dataUrl(svg);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const draw = async (): Promise<Uint8ClampedArray> => {
    const image = new Image();
    image.decoding = 'async';
    image.src = src;
    await image.decode();
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return context.getImageData(0, 0, canvas.width, canvas.height).data;
  };
  await draw();
  await sleep(150);
  let last = await draw();
  for (let tries = 0; tries < 5; tries++) {
    await sleep(150);
    const next = await draw();
    if (same(next, last)) break;
    last = next;
  }
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
  return withPngText(new Uint8Array(await blob.arrayBuffer()), text);
}
