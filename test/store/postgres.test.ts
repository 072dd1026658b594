import { after } from 'node:test';
import { openStore } from '../../src/store/store.js';
import { storeConformance } from './conformance.js';
import { dropPgSchema, pgTestUrl } from '../platform/env.js';

const url = pgTestUrl('conf');
storeConformance('postgres', () => openStore(url!), url ? {} : { skip: 'SITREP_TEST_PG is not set (e.g. postgres://postgres@127.0.0.1:5432/test)' });
after(async () => {
  if (url) await dropPgSchema(url);
});
