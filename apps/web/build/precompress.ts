// Writes `.br` and `.gz` beside every text asset of the build, so the server can send them as they
// are (pre-compressed static serving) instead of compressing on every request.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml)$/;

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // `.vite/` holds build metadata (manifest.json) that is never served.
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) yield* walk(path);
    } else if (entry.isFile()) yield path;
  }
}

export async function compressFile(path: string): Promise<void> {
  const source = await readFile(path);
  const [br, gzipped] = await Promise.all([
    brotli(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }),
    gz(source, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
}

export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'ladiva:precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // `post` and sequential: runs after vite-plugin-pwa has written sw.js and workbox-*.js.
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = join(config.root, config.build.outDir);
        const files: string[] = [];
        for await (const path of walk(outDir)) if (COMPRESSIBLE.test(path)) files.push(path);
        await Promise.all(files.map(compressFile));
        config.logger.info(`precompress: wrote .br and .gz for ${files.length} files`);
      },
    },
  };
}
