import { defineConfig } from 'wxt';
import { SUPPORTED_HOST_PATTERNS } from './utils/site-catalogue';

// TC_OUT_DIR lets several builds (CI, benches, parallel developers) live side by side.
export default defineConfig({
  outDir: process.env.TC_OUT_DIR ?? '.output',
  // One UI library everywhere: the components, the overlay and the pages are written against the React API and
  // rendered by Preact (preact/compat, a few KB), so the card an agent sees in a reply box is the very same code as
  // the one in the popup and the manager. The bundle sizes behind this choice are in the README ("UI library").
  // Only the bundler is aliased: code is type-checked against React's types (the editor fixtures in tests/ really
  // run React, bundled on their own).
  vite: () => ({
    resolve: {
      alias: [
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/compat/jsx-runtime' },
        { find: /^(react|react-dom)$/, replacement: 'preact/compat' },
      ],
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Tone Coach',
    description: 'Coaches support agents on tone while they type replies. Nothing leaves your browser.',
    // activeTab: the popup can read the current tab's address when the user opens it, to offer "Add this site".
    permissions: ['storage', 'scripting', 'activeTab', 'alarms'],
    host_permissions: SUPPORTED_HOST_PATTERNS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Enterprise policy (Chrome, Edge): what managed storage may hold (utils/policy.ts). Firefox reads the same keys
    // from policies.json's "3rdparty" section without a schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          // Firefox's MV2 has no optional_host_permissions (WXT drops it): sites added at runtime are asked here.
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'tone-coach@tone-coach.dev',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
