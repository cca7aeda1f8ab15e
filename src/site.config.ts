// The host organisation of this copy of Siaga Krisis. A regional office or unit that deploys its own copy
// edits only this file; `npm run build` stops with a message naming the field when a value is wrong.
import { parseSiteConfig } from './schemas/site-config';

export const siteConfig = parseSiteConfig({
  organisationName: 'Program Manajemen Komunikasi Krisis Pemasyarakatan',
  organisationType: 'Lainnya',
  region: 'Indonesia',
  contact: {},
});
