import type {
  SignInSurface,
  SignInSurfaceObserver,
  SignInSurfaceRequest,
} from '../../../../../main/ports/sign-in-surface';

export interface OpenedSurface {
  request: SignInSurfaceRequest;
  observer: SignInSurfaceObserver;
  closedByAttempt: boolean;
  focusCount: number;
  /** The `state` the attempt put in the authorize URL. */
  state(): string;
}

/** A SignInSurface driven by the test: it records what was opened and lets the test play the window. */
export class FakeSurface implements SignInSurface {
  readonly opened: OpenedSurface[] = [];

  open(request: SignInSurfaceRequest, observer: SignInSurfaceObserver) {
    const entry: OpenedSurface = {
      request,
      observer,
      closedByAttempt: false,
      focusCount: 0,
      state: () => new URL(request.url).searchParams.get('state') ?? '',
    };
    this.opened.push(entry);
    return {
      focus: () => void entry.focusCount++,
      close: () => void (entry.closedByAttempt = true),
    };
  }

  get last(): OpenedSurface {
    const entry = this.opened.at(-1);
    if (entry === undefined) throw new Error('No sign-in surface was opened.');
    return entry;
  }
}
