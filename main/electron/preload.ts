import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge, methodsFromArgv } from './preload-bridge';

// Sandboxed preload: exposes exactly the API methods on window.stroomlijn, nothing else.
contextBridge.exposeInMainWorld(
  'stroomlijn',
  buildBridge(methodsFromArgv(process.argv), (channel, input) => ipcRenderer.invoke(channel, input)),
);
