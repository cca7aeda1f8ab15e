import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { analyzePressRelease } from '@/domain/press-release';
it('x', () => {
  for (const id of ['pernyataan-awal-meninggal-dunia', 'siaran-pertama-keracunan-makanan']) {
    const d = parse(readFileSync(`src/content/press-release-drills/${id}.yaml`, 'utf8'));
    const f = analyzePressRelease({ parts: d.modelAnswer }, { kind: d.kind }).filter((x) => x.severity !== 'info');
    console.log(id, JSON.stringify(f.map((x) => [x.ruleId, x.message])));
  }
});
