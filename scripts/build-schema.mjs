// Generates schema/article.schema.json from the valibot ArticleSchema in the built library.
// `npm run build:schema` writes it; `npm run build` runs this with `--check`, failing when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ArticleSchema } from '../dist/index.js';

const target = new URL('../schema/article.schema.json', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

const schema = {
  ...toJsonSchema(ArticleSchema, { target: 'draft-07' }),
  $id: `https://unpkg.com/vietnorm@${pkg.version}/schema/article.schema.json`,
  title: 'vietnorm Article',
  description:
    'A news page parsed by vietnorm. Offsets are UTF-16 code unit indexes into `text`, the input unchanged. Generated from src/article/schema.ts by scripts/build-schema.mjs; do not edit.',
};
const json = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== json) {
    process.stderr.write(
      'schema/article.schema.json is out of date: run npm run build:schema and commit it\n',
    );
    process.exit(1);
  }
} else {
  await writeFile(target, json);
}
