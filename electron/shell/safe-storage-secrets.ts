import type { SafeStorage } from 'electron';
import { registerSecret } from '../security/secret-registry';
import type { SecretStore } from '../services/secrets';
import type { JsonStore } from './json-store';

type KeyEncryption = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'
>;

/**
 * The API key on the desktop: encrypted by the OS keychain through safeStorage, and only the
 * ciphertext (base64) written to `store`. With no keychain to encrypt it the key is refused, never
 * written in the clear; removing the key needs no keychain. The clear key is registered for redaction.
 */
export function safeStorageSecretStore(
  safeStorage: KeyEncryption,
  store: JsonStore,
  platform: NodeJS.Platform,
): SecretStore {
  const decrypt = (saved: unknown, what: string): string | null => {
    if (typeof saved !== 'string' || saved === '') return null;
    try {
      const value = safeStorage.decryptString(Buffer.from(saved, 'base64'));
      registerSecret(value);
      return value;
    } catch (error) {
      throw new Error(
        `The saved ${what} cannot be decrypted: the OS keychain is unavailable or has changed. Enter the key again in Settings.`,
        { cause: error },
      );
    }
  };
  const encrypt = (value: string, what: string): string => {
    const refusal = whyNoEncryption(safeStorage, platform);
    if (refusal) throw new Error(`The ${what} was not saved: ${refusal}`);
    registerSecret(value);
    return safeStorage.encryptString(value).toString('base64');
  };
  const named = (): Record<string, unknown> => {
    const saved = store.store.named;
    return saved && typeof saved === 'object' ? (saved as Record<string, unknown>) : {};
  };
  return {
    getApiKey: () => decrypt(store.store.apiKey, 'API key'),
    setApiKey(apiKey) {
      if (apiKey === null) {
        const { apiKey: _removed, ...rest } = store.store;
        store.store = rest;
        return;
      }
      store.store = { ...store.store, apiKey: encrypt(apiKey, 'API key') };
    },
    getSecret: (name) => decrypt(named()[name], `credential ${name}`),
    setSecret(name, value) {
      const { [name]: _removed, ...rest } = named();
      store.store = {
        ...store.store,
        named: value === null ? rest : { ...rest, [name]: encrypt(value, `credential ${name}`) },
      };
    },
  };
}

/** Why the key cannot be encrypted here, or null when it can. */
function whyNoEncryption(safeStorage: KeyEncryption, platform: NodeJS.Platform): string | null {
  if (!safeStorage.isEncryptionAvailable()) {
    return 'no OS keychain is available to encrypt it. Unlock or set up the keychain, or use the web mode.';
  }
  // Linux without a keyring falls back to a fixed, publicly known password: that is plain text in disguise.
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    return 'no keyring (GNOME Keyring or KWallet) is running to encrypt it. Start one, or use the web mode.';
  }
  return null;
}
