import { openStore } from '../../src/store/store.js';
import { storeConformance } from './conformance.js';

storeConformance('sqlite', () => openStore(':memory:'));
