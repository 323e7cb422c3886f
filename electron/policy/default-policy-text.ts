import fs from 'node:fs';

/** The shipped policy document, electron/policy/data/default-policy.yaml (beside the built main process too). */
export const defaultPolicyFile = new URL('./data/default-policy.yaml', import.meta.url);

/**
 * The shipped policy document, as text. Team leads edit their copy (policy.yaml in the data folder);
 * this is what a fresh install starts from. Its wording is data: edit the YAML file, not code.
 */
export const defaultPolicyText: string = fs.readFileSync(defaultPolicyFile, 'utf8');
