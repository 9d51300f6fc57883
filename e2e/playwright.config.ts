import { defineConfig } from '@playwright/test';

import {
  MANAGEMENT_M2M_APP_ID,
  MANAGEMENT_M2M_APP_SECRET,
  PORTAL_CLIENT_ID,
  PORTAL_CLIENT_SECRET,
} from '../dev-identity/defaults';

import { chromiumLaunchOptions } from './browser';
import { e2ePorts, e2eUrls } from './urls';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '.results',
  // One stand-in holds global state (users, account-center settings), so specs run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['./summary-reporter.ts']],
  use: {
    baseURL: e2eUrls.portal,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'js', use: { browserName: 'chromium', javaScriptEnabled: true } },
    { name: 'no-js', use: { browserName: 'chromium', javaScriptEnabled: false } },
  ],
  webServer: [
    {
      command: 'npx tsx dev-identity/main.ts',
      cwd: '..',
      url: `${e2eUrls.standIn}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      env: {
        STAND_IN_MODE: 'test',
        STAND_IN_PORT: String(e2ePorts.standIn),
        STAND_IN_HOST: 'localhost',
        PORTAL_URL: e2eUrls.portal,
      },
    },
    {
      command: `npx next start --port ${e2ePorts.portal}`,
      cwd: '..',
      url: `${e2eUrls.portal}/sign-in`,
      ignoreHTTPSErrors: true,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: {
        LOGTO_ENDPOINT: e2eUrls.standIn,
        LOGTO_APP_ID: PORTAL_CLIENT_ID,
        LOGTO_APP_SECRET: PORTAL_CLIENT_SECRET,
        LOGTO_COOKIE_SECRET: 'end-to-end-cookie-secret-0123456789abcdef',
        LOGTO_BASE_URL: e2eUrls.portal,
        LOGTO_API_TIMEOUT_MS: '1500',
        LOGTO_CODE_RESEND_SECONDS: '2',
        // The specs change the tenant's settings on the stand-in and expect the next page to show it.
        LOGTO_SETTINGS_CACHE_SECONDS: '0',
        // tasks.spec.ts: an app on this origin may send users back to it after a task.
        LOGTO_RETURN_ORIGINS: 'https://app.example.com',
        // profile.spec.ts sets a picture served by the stand-in; any other host shows the initial.
        LOGTO_AVATAR_HOSTS: `localhost:${e2ePorts.standIn}`,
        // privacy.spec.ts: deletion and security activity through the Management API.
        LOGTO_M2M_APP_ID: MANAGEMENT_M2M_APP_ID,
        LOGTO_M2M_APP_SECRET: MANAGEMENT_M2M_APP_SECRET,
      },
    },
  ],
});
