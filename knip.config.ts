// knip (npm run knip): files, dependencies and exports nothing uses. Astro's plugin finds the pages, the content
// config and astro.config.mjs; what Astro or Starlight load by a path written in a string is listed here.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // Starlight loads its route middleware and component overrides by path (astro.config.mjs).
    'src/route-data.ts',
    'src/components/overrides/*.astro',
    // Run by hand: screenshots of a page (see its first lines).
    'tests/shoot.mjs',
    // The press-release checker's public API (its own comment says so): other features import from it only.
    'src/domain/press-release/index.ts',
  ],
  ignoreIssues: {
    // Read through the module object of a dynamic import (parts.showOwnKey(…)), which knip does not follow.
    'src/components/mentoring/signing-parts.ts': ['exports'],
    'src/components/mentoring/own-key.ts': ['exports'],
    // The limit is re-exported for the mentoring package code being reworked on another branch (issue 24).
    'src/domain/mentoring/sealed-file.ts': ['exports'],
  },
  // Tools of the operating system the tests call (poppler-utils, Java, LibreOffice), installed by .ci/run.
  ignoreBinaries: ['pdfinfo', 'pdftotext', 'java', 'soffice'],
  // The Nu HTML Checker is a .jar the simulation-html test runs through Java, found by its path in node_modules.
  ignoreDependencies: ['vnu-jar'],
  // An export used in its own file (a schema built from its parts, a limit checked where it is declared) is part of
  // the module's vocabulary; only exports nothing reads at all are reported.
  ignoreExportsUsedInFile: true,
  rules: {
    // Shown, not failing: the z.output types of a schema's parts (TeamMember, Contact, …) name the data for branches
    // in flight; remove what is still unused once they are merged.
    types: 'warn',
  },
};

export default config;
