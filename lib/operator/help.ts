/** The `--help` texts. */

const connectionHelp = `Connection (a flag wins over its environment variable):
  --endpoint <url>              Logto tenant URL                         LOGTO_ENDPOINT
  --m2m-app-id <id>             machine-to-machine app with the          LOGTO_M2M_APP_ID
  --m2m-app-secret <secret>     Logto Management API role, and secret    LOGTO_M2M_APP_SECRET
                                (prefer the variable: flags end up in shell history)
  --management-resource <uri>   Management API resource                  LOGTO_MANAGEMENT_RESOURCE
                                default: https://<tenant-id>.logto.app/api for <tenant-id>.logto.app,
                                else https://default.logto.app/api (self-hosted)
Portal:
  --app-id <id>                 the portal's Traditional web app         LOGTO_APP_ID
  --base-url <url>              the portal's public URL                  LOGTO_BASE_URL
                                default: as the portal resolves it (Vercel URLs, else http://localhost:3000)`;

export const SETUP_HELP = `Usage: npm run logto:setup -- [options]

Points a Logto tenant at this portal: turns on the Account API with the fields the portal uses,
checks the portal's app and its redirect URIs (--fix adds the missing ones), lets the portal
register passkeys (--fix adds its origin to the WebAuthn related origins), and says which
connectors are missing. Prints a checklist. Never prints a secret or a token.

${connectionHelp}
Account API:
  --fields <list>               e.g. name=Edit,avatar=ReadOnly,phone=Off; fields you don't list are Edit
                                fields: name avatar profile email phone password username social
  --fields-file <path>          the same as a JSON object, e.g. {"phone": "Off"}
  --dry-run                     print the changes (before → after), write nothing
  --fix                         add <base URL>/callback and <base URL>/ to the app if Logto refuses them,
                                and the portal's origin to the account center's webauthnRelatedOrigins
  -h, --help                    this help

Exit codes: 0 every required check passed; 1 a required check failed, or Logto or the network
answered with an error; 2 the command was called wrongly.`;

export const DOCTOR_HELP = `Usage: npm run logto:doctor -- [options]

Checks, without changing anything, that the Logto tenant is ready for this portal: OIDC discovery,
the Account API and its fields, the portal's redirect URIs, and the connectors. With
LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET it reads the Management API; without them it uses
what Logto serves publicly. Reads the same variables as the portal.

${connectionHelp}
  -h, --help                    this help

Exit codes: 0 every required check passed; 1 a required check failed, or Logto or the network
answered with an error; 2 the command was called wrongly.`;
