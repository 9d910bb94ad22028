// `npm run build`: src/ -> dist/index.html and dist/assets/ (one script, one stylesheet, the icon).
// Everything the page needs is in dist/: the workshop has no internet.
import { build } from 'esbuild'
import { copyFile, mkdir, rm, stat } from 'node:fs/promises'

const here = new URL('.', import.meta.url).pathname
const dist = `${here}dist`

await rm(dist, { recursive: true, force: true })
await mkdir(`${dist}/assets`, { recursive: true })
await build({
  entryPoints: { app: `${here}src/main.js` },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outdir: `${dist}/assets`,
  legalComments: 'none',
  logLevel: 'warning',
})
await build({
  entryPoints: { app: `${here}src/style.css` },
  bundle: true,
  minify: true,
  outdir: `${dist}/assets`,
  logLevel: 'warning',
})
await copyFile(`${here}src/index.html`, `${dist}/index.html`)
await copyFile(`${here}src/icon.svg`, `${dist}/assets/icon.svg`)
const size = (await stat(`${dist}/assets/app.js`)).size
console.log(`dist/assets/app.js: ${Math.round(size / 1024)} KiB`)
