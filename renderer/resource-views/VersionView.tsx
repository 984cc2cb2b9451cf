import type { MixVersionBody } from '../../common/mix-models';
import { objectOf, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Fact, Facts, Panel } from './ui';

export interface VersionViewProps {
  /** `system.version` body: `{ mixEnvironment, mixVersion, apiVersion, mixAPIServer }`. */
  body: MixVersionBody | undefined;
}

/** Panel (h2): which Mix the profile talks to. */
export function VersionView({ body }: VersionViewProps) {
  const version = objectOf<MixVersionBody>(body) ?? {};
  return (
    <Panel title="Mix version" className="view-version">
      <Facts>
        <Fact label="Mix version">{show(version.mixVersion)}</Fact>
        <Fact label="API version">{show(version.apiVersion)}</Fact>
        <Fact label="Environment">{show(version.mixEnvironment)}</Fact>
        {textOf(version.mixAPIServer) && <Fact label="Mix.api server">{show(version.mixAPIServer)}</Fact>}
      </Facts>
    </Panel>
  );
}
