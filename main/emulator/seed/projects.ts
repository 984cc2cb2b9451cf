// The seeded projects: their channels, locales and datapacks (mix-api.md §5 "Projects list").
import {
  datapackVersion,
  DEFAULT_ENGINE_PACK_ID,
  enginePackFeatures,
  LEGACY_ENGINE_PACK_ID,
} from './platform';
import type { ChannelMode, ProjectChannel, ProjectDetails, ProjectJson } from './types';

const ALL_MODES: ChannelMode[] = ['AUDIO_SCRIPT', 'DTMF', 'INTERACTIVITY', 'RICH_TEXT', 'TTS'];

function channel(
  id: string,
  displayName: string,
  modes: ChannelMode[],
  color: string,
  isActive = true,
): ProjectChannel {
  return { channel: { id, displayName, codeName: displayName, modes, color }, isActive };
}

export interface ProjectSeed {
  json: ProjectJson;
  details: ProjectDetails;
  locales: string[];
}

type ProjectFields = Omit<ProjectJson, 'datapacks' | 'baseDatapack'> &
  Pick<ProjectDetails, 'projectDescription' | 'isChildDataCompliant'> & { enginePackId?: string };

function project(fields: ProjectFields, locales: string[]): ProjectSeed {
  const { projectDescription, isChildDataCompliant, enginePackId = DEFAULT_ENGINE_PACK_ID, ...json } = fields;
  return {
    json: {
      ...json,
      datapacks: locales.map((locale) => ({
        displayName: locale,
        version: datapackVersion(fields.languageTopic, locale),
        isActive: true,
      })),
      baseDatapack: '',
    },
    details: {
      enginePackId,
      enginePackFeatures: enginePackFeatures(enginePackId),
      projectDescription,
      isChildDataCompliant,
    },
    locales,
  };
}

/** Projects of the standard organizations and of the first user's personal organization (14). */
export function seededProjects(personalOrgId: string): ProjectSeed[] {
  return [
    project(
      {
        id: '61',
        orgId: '27',
        displayName: 'Speech Lab Playground',
        languageTopic: 'gen',
        channels: [channel('2001', 'Voice', ['AUDIO_SCRIPT', 'TTS'], 'GREEN')],
        projectDescription: 'Experiments with German voice prompts.',
        isChildDataCompliant: false,
        createTime: '2023-11-02T09:15:00Z',
        updateTime: '2024-01-20T16:40:12Z',
      },
      ['de-DE'],
    ),
    project(
      {
        id: '525',
        orgId: '3',
        displayName: 'Partner Weather',
        languageTopic: 'gen',
        channels: [channel('3001', 'Omni Channel VA', ALL_MODES, 'LIGHT_ORANGE')],
        projectDescription: 'Weather forecasts for partner call centres.',
        isChildDataCompliant: true,
        createTime: '2023-05-14T08:00:00Z',
        updateTime: '2024-02-01T10:30:00Z',
      },
      ['en-GB'],
    ),
    project(
      {
        id: '1922',
        orgId: personalOrgId,
        displayName: 'Coffee Assistant',
        languageTopic: 'gen',
        channels: [
          channel('10311', 'Omni Channel VA', ALL_MODES, 'PURPLE'),
          channel('10312', 'IVR', ['AUDIO_SCRIPT', 'DTMF', 'TTS'], 'GREEN'),
          channel('10313', 'Web chat', ['INTERACTIVITY', 'RICH_TEXT'], 'LIGHT_ORANGE', false),
        ],
        projectDescription: 'Orders coffee and pastries by voice and chat.',
        isChildDataCompliant: false,
        createTime: '2024-03-25T12:32:07.247Z',
        updateTime: '2024-06-12T11:20:15Z',
      },
      ['en-US', 'fr-CA'],
    ),
    project(
      {
        id: '1923',
        orgId: personalOrgId,
        displayName: 'Banking IVR',
        languageTopic: 'banking',
        channels: [channel('10320', 'IVR', ['AUDIO_SCRIPT', 'DTMF', 'TTS'], 'LIGHT_PINK')],
        projectDescription: 'Balance and transfers over the phone.',
        isChildDataCompliant: false,
        createTime: '2024-04-02T08:00:00Z',
        updateTime: '2024-05-30T17:45:00Z',
      },
      ['en-US'],
    ),
    project(
      {
        id: '1924',
        orgId: personalOrgId,
        displayName: 'Empty Draft',
        languageTopic: 'gen',
        channels: [channel('10330', 'Digital', ['RICH_TEXT', 'INTERACTIVITY'], 'LIGHT_ORANGE')],
        projectDescription: '',
        isChildDataCompliant: false,
        createTime: '2024-07-01T07:00:00Z',
        updateTime: '2024-07-01T07:00:00Z',
      },
      ['en-US'],
    ),
    project(
      {
        id: '8681',
        orgId: '1',
        displayName: 'DemoProject',
        languageTopic: 'gen',
        channels: [channel('10311', 'Omni Channel VA', ALL_MODES, 'PURPLE')],
        projectDescription: 'The organization demo.',
        isChildDataCompliant: true,
        createTime: '2020-03-25T12:32:07.247Z',
        updateTime: '2020-05-21T15:48:23Z',
      },
      ['en-US'],
    ),
    project(
      {
        id: '8682',
        orgId: '1',
        displayName: 'Travel Bot',
        enginePackId: LEGACY_ENGINE_PACK_ID,
        languageTopic: 'gen',
        channels: [
          channel('10400', 'Chat', ['RICH_TEXT', 'INTERACTIVITY'], 'GREEN'),
          channel('10401', 'Voice', ['AUDIO_SCRIPT', 'TTS'], 'PURPLE'),
        ],
        projectDescription: 'Flight and hotel bookings.',
        isChildDataCompliant: false,
        createTime: '2021-09-06T07:24:49Z',
        updateTime: '2022-01-10T12:00:00Z',
      },
      ['en-US', 'en-GB'],
    ),
  ];
}

/** One small project in the personal organization of every user after the first. */
export function personalProject(userIndex: number, orgId: string, email: string): ProjectSeed {
  return project(
    {
      id: String(3000 + userIndex),
      orgId,
      displayName: `Notes of ${email}`,
      languageTopic: 'gen',
      channels: [channel(String(30000 + userIndex), 'Chat', ['RICH_TEXT'], 'GREEN')],
      projectDescription: '',
      isChildDataCompliant: false,
      createTime: '2024-08-01T10:00:00Z',
      updateTime: '2024-08-01T10:00:00Z',
    },
    ['en-US'],
  );
}
