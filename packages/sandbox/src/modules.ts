import { accountsModule } from './routes/accounts.js';
import { attachmentsModule } from './routes/attachments.js';
import { dossiersModule } from './routes/dossiers.js';
import { filesModule } from './routes/files.js';
import { paymentsModule } from './routes/payments.js';
import { petitionsModule } from './routes/petitions.js';
import { ratingsModule } from './routes/ratings.js';
import { servicesModule } from './routes/services.js';
import { statsModule } from './routes/stats.js';
import { syncModule } from './routes/sync.js';
import { systemModule } from './routes/system.js';
import { webhooksModule } from './routes/webhooks.js';
import type { Module } from './server.js';

/** Every part of the API; the server refuses to start if a contract route has no handler. */
export const modules: Module[] = [
  systemModule,
  servicesModule,
  attachmentsModule,
  dossiersModule,
  filesModule,
  paymentsModule,
  petitionsModule,
  ratingsModule,
  statsModule,
  webhooksModule,
  accountsModule,
  syncModule,
];
