import { ReasonerSettings, type ReasonerKind } from '../../../shared/domain';

/** The reasoner settings as the form holds them: text the rep is typing. */
export interface ReasonerForm {
  kind: ReasonerKind;
  model: string;
  baseUrl: string;
  azureEndpoint: string;
  azureDeployment: string;
  azureApiVersion: string;
  timeoutSeconds: string;
}

export type ReasonerField = Exclude<keyof ReasonerForm, 'kind'>;

export const reasonerKindLabels: Record<ReasonerKind, string> = {
  offline: 'Offline (embedded)',
  openai: 'OpenAI',
  azure: 'Azure OpenAI',
  compatible: 'OpenAI-compatible URL',
};

export const reasonerFieldLabels: Record<ReasonerField, string> = {
  model: 'Model',
  baseUrl: 'Base URL',
  azureEndpoint: 'Azure endpoint',
  azureDeployment: 'Azure deployment',
  azureApiVersion: 'Azure API version',
  timeoutSeconds: 'Timeout (seconds)',
};

/** The fields each kind of reasoner uses; the others keep their saved values. */
export const reasonerFields: Record<ReasonerKind, ReasonerField[]> = {
  offline: [],
  openai: ['model', 'baseUrl', 'timeoutSeconds'],
  azure: ['azureEndpoint', 'azureDeployment', 'azureApiVersion', 'model', 'timeoutSeconds'],
  compatible: ['baseUrl', 'model', 'timeoutSeconds'],
};

/** The form filled from saved settings. */
export function formFromSettings(settings: ReasonerSettings): ReasonerForm {
  return {
    kind: settings.kind,
    model: settings.model,
    baseUrl: settings.baseUrl ?? '',
    azureEndpoint: settings.azureEndpoint ?? '',
    azureDeployment: settings.azureDeployment ?? '',
    azureApiVersion: settings.azureApiVersion,
    timeoutSeconds: String(settings.timeoutMs / 1000),
  };
}

const schemaField: Record<string, ReasonerField> = {
  model: 'model',
  baseUrl: 'baseUrl',
  azureEndpoint: 'azureEndpoint',
  azureDeployment: 'azureDeployment',
  azureApiVersion: 'azureApiVersion',
  timeoutMs: 'timeoutSeconds',
};

export interface ReasonerCheck {
  value: ReasonerSettings | null;
  errors: Partial<Record<ReasonerField, string>>;
}

/**
 * Reads the form into reasoner settings, checked with the contract's schema plus what each kind
 * needs to connect at all (a compatible server's URL, an Azure endpoint and deployment).
 */
export function checkReasonerForm(form: ReasonerForm, saved: ReasonerSettings): ReasonerCheck {
  const shown = new Set(reasonerFields[form.kind]);
  const text = (field: ReasonerField, fallback: string) => (shown.has(field) ? form[field].trim() : fallback);
  const optional = (field: ReasonerField, fallback: string | null) =>
    shown.has(field) ? form[field].trim() || null : fallback;
  const errors: ReasonerCheck['errors'] = {};
  const seconds = Number(form.timeoutSeconds.trim());
  if (shown.has('timeoutSeconds') && (form.timeoutSeconds.trim() === '' || !(seconds >= 1 && seconds <= 300)))
    errors.timeoutSeconds = 'Enter a number of seconds from 1 to 300.';
  const candidate = {
    kind: form.kind,
    model: text('model', saved.model),
    baseUrl: optional('baseUrl', saved.baseUrl),
    azureEndpoint: optional('azureEndpoint', saved.azureEndpoint),
    azureDeployment: optional('azureDeployment', saved.azureDeployment),
    azureApiVersion: text('azureApiVersion', saved.azureApiVersion),
    timeoutMs:
      shown.has('timeoutSeconds') && !errors.timeoutSeconds ? Math.round(seconds * 1000) : saved.timeoutMs,
  };
  if (form.kind === 'compatible' && candidate.baseUrl === null)
    errors.baseUrl = 'An OpenAI-compatible server needs its base URL, e.g. http://127.0.0.1:11434/v1.';
  if (form.kind === 'azure' && candidate.azureEndpoint === null)
    errors.azureEndpoint = 'Azure OpenAI needs the endpoint of your resource.';
  if (form.kind === 'azure' && candidate.azureDeployment === null)
    errors.azureDeployment = 'Azure OpenAI needs the name of your deployment.';
  const parsed = ReasonerSettings.safeParse(candidate);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = schemaField[String(issue.path[0])];
    if (field) errors[field] ??= issue.message;
  }
  return { value: parsed.success && Object.keys(errors).length === 0 ? parsed.data : null, errors };
}
