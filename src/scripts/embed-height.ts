// An embed page (a chart's, or an explorer view's) tells the page framing it
// how tall it is, so the embed code can size the frame (the listener is in
// src/lib/charts/embed.ts's embedCode).

export function postEmbedHeight(): void {
  const type = document.body.dataset.message;
  const post = () =>
    window.parent !== window && window.parent.postMessage({ type, height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
  addEventListener('load', post);
  new ResizeObserver(post).observe(document.documentElement);
}
