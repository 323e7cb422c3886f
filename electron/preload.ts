import { contextBridge, ipcRenderer } from 'electron';
import { createAssistApi } from './shell/preload-api';

// The page gets the contract's `call` and `on`, and no other door into the main side.
contextBridge.exposeInMainWorld('assist', createAssistApi(ipcRenderer));
