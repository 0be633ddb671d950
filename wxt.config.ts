import { defineConfig } from 'wxt';
import { SUPPORTED_HOST_PATTERNS } from './entrypoints/content/sites/hosts';

// TC_OUT_DIR lets several builds (CI, benches, parallel developers) live side by side.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDir: process.env.TC_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: 'Tone Coach',
    description: 'Coaches support agents on tone while they type replies. Nothing leaves your browser.',
    // activeTab: the popup can read the current tab's address when the user opens it, to offer "Add this site".
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: SUPPORTED_HOST_PATTERNS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
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
