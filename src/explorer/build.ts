// `npm run build:explorer`: writes the bundled page to dist/explorer/ for installs without esbuild.
import { mkdir, writeFile } from 'node:fs/promises';
import { bundleExplorer, PREBUILT_DIR } from './bundle.ts';

const assets = await bundleExplorer();
await mkdir(PREBUILT_DIR, { recursive: true });
await writeFile(`${PREBUILT_DIR}index.html`, assets.html);
await writeFile(`${PREBUILT_DIR}app.js`, assets.js);
await writeFile(`${PREBUILT_DIR}app.css`, assets.css);
process.stderr.write(`explorer page written to ${PREBUILT_DIR} (${assets.js.length} bytes of script)\n`);
