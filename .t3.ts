import { startEmulator } from './test/unit/emulator/helpers';
