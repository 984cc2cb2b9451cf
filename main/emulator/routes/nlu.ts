// §3.5: intents, entities and their exports (samples, literals, grammars).
import { invalidArgument, notFound, requireLocales, requireProject } from '../access';
import { zipDownload } from '../downloads';
import { GRPC_PERMISSION_DENIED, MixApiError } from '../mix-errors';
import { enumParam } from '../mix-query';
import type { MixHandler, MixRequest } from '../route-kit';
import type { EntityRecord, IntentRecord, ProjectRecord } from '../seed/types';
import { trsx } from '../trsx';
import { exportName } from './projects';

const ENTITY_TYPES = [
  'UNSPECIFIED',
  'BASE',
  'FREEFORM',
  'LIST',
  'REGEX',
  'RELATIONAL',
  'RULE_BASED',
] as const;

function project(request: MixRequest): ProjectRecord {
  return requireProject(request, request.params.projectId ?? '');
}

function intentOf(request: MixRequest, record: ProjectRecord): IntentRecord {
  const name = request.params.intentName ?? '';
  const found = record.intents.find((i) => i.intent.name === name);
  if (!found) throw notFound(`Intent ${name} does not exist in project ${record.project.id}.`);
  return found;
}

function entityOf(request: MixRequest, record: ProjectRecord): EntityRecord {
  const name = request.params.entityName ?? '';
  const found = record.entities.find((e) => e.name === name);
  if (!found) throw notFound(`Entity ${name} does not exist in project ${record.project.id}.`);
  return found;
}

/** Grammar exports are for Nuance Professional Services users (`professionalServices: true` in the sandbox). */
function isProfessionalServices(request: MixRequest): boolean {
  const { subject } = request.token;
  if (subject.kind !== 'user') return false;
  const email = subject.email.toLowerCase();
  return request.ctx.options.users.some(
    (u) => u.email.toLowerCase() === email && u.professionalServices === true,
  );
}

export const NLU_ROUTES: Record<string, MixHandler> = {
  '/v4/projects/:projectId/intents': (request) => ({
    intents: project(request).intents.map((i) => i.intent),
  }),
  '/v4/projects/:projectId/intents/:intentName': (request) => ({
    intent: intentOf(request, project(request)).intent,
  }),
  '/v4/projects/:projectId/entities': (request) => {
    const record = project(request);
    const type = enumParam(request.query, 'type', ENTITY_TYPES, 'UNSPECIFIED');
    return {
      entities: record.entities.filter((e) => type === 'UNSPECIFIED' || e.kind === type).map((e) => e.json),
    };
  },
  '/v4/projects/:projectId/entities/:entityName': (request) => ({
    entity: entityOf(request, project(request)).json,
  }),
  '/v4/projects/:projectId/intents/:intentName/samples/.export': (request) => {
    const record = project(request);
    const intent = intentOf(request, record);
    const locales = requireLocales(request, record);
    return zipDownload(
      exportName(request, record, `${intent.intent.name}-samples-`, 'zip'),
      locales.map((locale) => ({
        name: `samples-${locale}.trsx`,
        data: trsx(record, locale, { samplesOf: [intent] }),
      })),
      request.ctx.now(),
    );
  },
  '/v4/projects/:projectId/entities/:entityName/literals/.export': (request) => {
    const record = project(request);
    const entity = entityOf(request, record);
    const locales = requireLocales(request, record);
    if (entity.kind !== 'LIST')
      throw invalidArgument(`Entity ${entity.name} is not a list entity: it has no literals.`);
    return zipDownload(
      exportName(request, record, `${entity.name}-literals-`, 'zip'),
      locales.map((locale) => ({
        name: `${entity.name}-${locale}.txt`,
        data: entity.literals.map(([literal, value]) => `${literal}\t${value}\n`).join(''),
      })),
      request.ctx.now(),
    );
  },
  '/v4/projects/:projectId/entities/:entityName/grammars/.export': (request) => {
    const record = project(request);
    const entity = entityOf(request, record);
    if (entity.kind !== 'RULE_BASED') {
      throw invalidArgument(`Entity ${entity.name} is not a rule-based entity: it has no grammars.`);
    }
    if (!isProfessionalServices(request)) {
      throw new MixApiError(
        403,
        GRPC_PERMISSION_DENIED,
        'Only Nuance Professional Services users may export grammars.',
      );
    }
    return zipDownload(
      exportName(request, record, `${entity.name}-grammars-`, 'zip'),
      record.locales.map((locale) => ({
        name: `${entity.name}-${locale}.grxml`,
        data: `<?xml version="1.0" encoding="UTF-8"?>\n<grammar xmlns="http://www.w3.org/2001/06/grammar" xml:lang="${locale}" root="${entity.name}" version="1.0">\n  <rule id="${entity.name}"><one-of><item>downtown</item><item>airport</item></one-of></rule>\n</grammar>\n`,
      })),
      request.ctx.now(),
    );
  },
};
