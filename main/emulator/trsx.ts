// Small TRSX documents (Mix's NLU exchange format) for the project, ontology and samples exports.
import type { EntityRecord, IntentRecord, ProjectRecord } from './seed/types';

export function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface TrsxParts {
  ontology?: boolean;
  dictionaries?: boolean;
  /** Intents whose samples to include (all of them when undefined). */
  samplesOf?: readonly IntentRecord[] | undefined;
}

export function trsx(project: ProjectRecord, locale: string, parts: TrsxParts): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<project xmlns:nuance="https://developer.nuance.com/mix/nlu/trsx" xml:lang="${xmlEscape(locale)}" nuance:version="2.6">`,
  ];
  if (parts.ontology) lines.push(...ontology(project.intents, project.entities));
  if (parts.dictionaries) {
    lines.push('  <dictionaries>');
    for (const entity of project.entities.filter((e) => e.literals.length > 0)) {
      lines.push(`    <dictionary conceptref="${xmlEscape(entity.name)}">`);
      for (const [literal, value] of entity.literals) {
        lines.push(`      <entry literal="${xmlEscape(literal)}" value="${xmlEscape(value)}"/>`);
      }
      lines.push('    </dictionary>');
    }
    lines.push('  </dictionaries>');
  }
  if (parts.samplesOf) {
    lines.push('  <samples>');
    for (const { intent, samples } of parts.samplesOf) {
      for (const sample of samples) {
        lines.push(
          `    <sample intentref="${xmlEscape(intent.name)}" count="1">${xmlEscape(sample)}</sample>`,
        );
      }
    }
    lines.push('  </samples>');
  }
  lines.push('</project>', '');
  return lines.join('\n');
}

function ontology(intents: readonly IntentRecord[], entities: readonly EntityRecord[]): string[] {
  const lines = ['  <ontology base="http://localhost:8080/resources/ontology-1.0.xml">', '    <intents>'];
  for (const { intent } of intents) {
    lines.push(`      <intent name="${xmlEscape(intent.name)}">`);
    if (intent.links.length > 0) {
      lines.push('        <links>');
      for (const link of intent.links)
        lines.push(`          <link conceptref="${xmlEscape(link.entityRef)}"/>`);
      lines.push('        </links>');
    }
    lines.push('      </intent>');
  }
  lines.push('    </intents>', '    <concepts>');
  for (const entity of entities) {
    lines.push(`      <concept name="${xmlEscape(entity.name)}" type="${entity.kind}"/>`);
  }
  lines.push('    </concepts>', '  </ontology>');
  return lines;
}
