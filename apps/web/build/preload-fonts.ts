// Adds <link rel="preload"> for the web fonts the first screen needs (the display face of the
// <h1>), so the browser fetches them with the CSS instead of after it: less time on the fallback.
import type { Plugin } from 'vite';

export function preloadFonts(names: readonly string[]): Plugin {
  return {
    name: 'ladiva:preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.keys(ctx.bundle ?? {}).filter(
          (file) => file.endsWith('.woff2') && names.some((name) => file.includes(name)),
        );
        return files.map((file) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: `/${file}`,
            as: 'font',
            type: 'font/woff2',
            crossorigin: '',
          },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
