// The questionnaire cannot misfire and a draft is never lost silently: a double click never
// answers the next step, unreadable answers are kept and offered, and a person whose answers
// cannot be saved is told at once.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { App } from '../../../src/app/App';
import {
  DRAFT_BACKUP_KEY,
  DRAFT_STORAGE_KEY,
  draftActions,
  draftStatusReset,
  getDraftSteps,
  rehydrateDraft,
} from '../../../src/features/wizard/draft-store';
import type * as DownloadModule from '../../../src/lib/download';
import { downloadJson } from '../../../src/lib/download';
import { completeSteps, pick, pressNext, renderAt } from './helpers';

// The browser's download needs object URLs, which jsdom lacks; the file handed over is what counts.
vi.mock('../../../src/lib/download', async (importOriginal) => ({
  ...(await importOriginal<typeof DownloadModule>()),
  downloadJson: vi.fn(() => true),
}));

vi.setConfig({ testTimeout: 30_000 });

const NUMBNESS = /numbness between the legs/i;
const UNREADABLE = JSON.stringify({ version: 2, state: { steps: { about: { ageBand: '200' } } } });

beforeAll(async () => {
  await import('../../../src/features/wizard/WizardStep');
});

beforeEach(() => {
  draftActions.draftCleared();
  draftStatusReset();
  vi.mocked(downloadJson).mockClear();
});

/** Opens LegCheck at `path` on a visit that finds the stored answers unreadable. */
async function openWithUnreadableDraft(path: string) {
  localStorage.setItem(DRAFT_STORAGE_KEY, UNREADABLE);
  await rehydrateDraft();
  return renderAt(path, <App />);
}

/**
 * The second press of a double click, landing on `element`. user-event counts clicks only within
 * one call and needs the target before the first click, but this target appears only after it.
 */
function secondClickOfDoubleClick(element: Element) {
  fireEvent.mouseDown(element, { detail: 2 });
  fireEvent.mouseUp(element, { detail: 2 });
  fireEvent.click(element, { detail: 2 });
  fireEvent.dblClick(element, { detail: 2 });
}

/**
 * A tap on `element` at `at` ms (event time), as a browser that does not count taps reports it:
 * a click from a touch pointer with detail 1.
 */
function tapAt(element: Element, at: number) {
  const tap = new PointerEvent('click', {
    bubbles: true,
    cancelable: true,
    detail: 1,
    pointerType: 'touch',
  });
  Object.defineProperty(tap, 'timeStamp', { value: at });
  fireEvent(element, tap);
}

/** Makes this browser's storage refuse writes to `key` as a full quota does. */
function fillStorageFor(key: string) {
  const setItem = Storage.prototype.setItem;
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
    this: Storage,
    name: string,
    value: string,
  ) {
    if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setItem.call(this, name, value);
  });
}

test('the second click of a double click on Next never ticks a warning sign on the next step', async () => {
  const user = userEvent.setup();
  completeSteps(2);
  renderAt('/step/symptoms', <App />);
  await screen.findByRole('heading', { level: 1, name: /symptoms/i });

  await pressNext(user);
  await screen.findByRole('heading', { level: 1, name: /warning signs/i });
  const numbness = screen.getByRole('checkbox', { name: NUMBNESS });
  secondClickOfDoubleClick(numbness);

  expect(numbness).not.toBeChecked();
  expect(getDraftSteps().warningSigns?.redFlags ?? []).toEqual([]);

  // A click of the person's own on the new step counts as usual.
  await user.click(numbness);
  expect(numbness).toBeChecked();
});

test('the second click of a double click on Next does not press Next again on the next step', async () => {
  const user = userEvent.setup();
  completeSteps(1);
  renderAt('/step/about', <App />);
  await screen.findByRole('heading', { level: 1, name: /about you/i });

  await pressNext(user);
  await screen.findByRole('heading', { level: 1, name: /symptoms/i });
  secondClickOfDoubleClick(screen.getByRole('button', { name: 'Next' }));

  // Nothing was submitted: no message about a missing answer, nothing ticked.
  await act(() => Promise.resolve());
  expect(screen.queryByText('Error:')).not.toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1, name: /symptoms/i })).toBeVisible();
  for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
});

test('a double click that starts on the new step works as usual: it ticks and unticks', async () => {
  const user = userEvent.setup();
  completeSteps(2);
  renderAt('/step/symptoms', <App />);
  await screen.findByRole('heading', { level: 1, name: /symptoms/i });
  await pressNext(user);
  await screen.findByRole('heading', { level: 1, name: /warning signs/i });
  const numbness = screen.getByRole('checkbox', { name: NUMBNESS });

  await user.pointer({ keys: '[MouseLeft]', target: numbness });
  expect(numbness).toBeChecked();
  await user.dblClick(numbness);

  expect(numbness).toBeChecked();
});

test('a quick second tap after the tap on Next never ticks a warning sign, where taps are not counted', async () => {
  completeSteps(2);
  renderAt('/step/symptoms', <App />);
  await screen.findByRole('heading', { level: 1, name: /symptoms/i });

  tapAt(screen.getByRole('button', { name: 'Next' }), 10_000);
  await screen.findByRole('heading', { level: 1, name: /warning signs/i });
  const numbness = screen.getByRole('checkbox', { name: NUMBNESS });
  tapAt(numbness, 10_120);

  expect(numbness).not.toBeChecked();

  // A tap of the person's own, once the double tap is over, counts.
  tapAt(numbness, 10_700);
  expect(numbness).toBeChecked();
});

test('a keyboard user can tick a sign with Space the moment the step arrives', async () => {
  const user = userEvent.setup();
  completeSteps(2);
  renderAt('/step/symptoms', <App />);
  await screen.findByRole('heading', { level: 1, name: /symptoms/i });

  await pressNext(user);
  await screen.findByRole('heading', { level: 1, name: /warning signs/i });
  const numbness = screen.getByRole('checkbox', { name: NUMBNESS });
  act(() => numbness.focus());
  await user.keyboard(' ');

  expect(numbness).toBeChecked();
});

test('answers that cannot be read are kept, and the person is told on the step they land on and can download them', async () => {
  const user = userEvent.setup();
  await openWithUnreadableDraft('/step/timing');

  expect(
    await screen.findByRole('heading', { name: 'Your earlier answers could not be read' }),
  ).toBeVisible();
  expect(screen.getByRole('heading', { level: 1, name: /about you/i })).toBeVisible();
  expect(screen.getByText(/nothing was deleted: they were kept on this device/i)).toBeVisible();

  await user.click(screen.getByRole('button', { name: 'Download your earlier answers' }));

  expect(downloadJson).toHaveBeenCalledWith(
    expect.stringMatching(/^legcheck-unreadable-answers-\d{4}-\d\d-\d\d\.json$/),
    {
      format: 'legcheck-draft-backup',
      items: [{ keptAt: expect.any(String), reason: expect.any(String), raw: UNREADABLE }],
    },
  );
});

test('a refused download of the earlier answers is reported, and the message stays', async () => {
  const user = userEvent.setup();
  vi.mocked(downloadJson).mockReturnValueOnce(false);
  await openWithUnreadableDraft('/');

  await user.click(screen.getByRole('button', { name: 'Download your earlier answers' }));

  expect(screen.getByRole('alert')).toHaveTextContent(/the file could not be downloaded/i);
  expect(
    screen.getByRole('heading', { name: 'Your earlier answers could not be read' }),
  ).toBeVisible();
});

test('dismissing the message about unreadable answers puts focus on the page heading', async () => {
  const user = userEvent.setup();
  await openWithUnreadableDraft('/');

  act(() => screen.getByRole('button', { name: 'Dismiss this message' }).focus());
  await user.keyboard('{Enter}');

  expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
});

test('the start page tells the person their earlier answers could not be read, until dismissed', async () => {
  const user = userEvent.setup();
  localStorage.setItem(DRAFT_STORAGE_KEY, '{"version":2,"state":');
  await rehydrateDraft();
  renderAt('/', <App />);

  expect(
    screen.getByRole('heading', { name: 'Your earlier answers could not be read' }),
  ).toBeVisible();
  expect(screen.getByRole('button', { name: 'Download your earlier answers' })).toBeVisible();

  await user.click(screen.getByRole('button', { name: 'Dismiss this message' }));

  expect(
    screen.queryByRole('heading', { name: 'Your earlier answers could not be read' }),
  ).not.toBeInTheDocument();
});

/** Opens LegCheck again as a new visit would: what this visit learnt is gone, storage stays. */
async function nextVisit(unmount: () => void) {
  unmount();
  draftStatusReset();
  await rehydrateDraft();
}

const UNREADABLE_TITLE = 'Your earlier answers could not be read';

test('answers that could not be read are mentioned on every visit until they are downloaded', async () => {
  const user = userEvent.setup();
  const first = await openWithUnreadableDraft('/');
  expect(screen.getByRole('heading', { name: UNREADABLE_TITLE })).toBeVisible();

  await nextVisit(first.unmount);
  const second = renderAt('/', <App />);
  expect(screen.getByRole('heading', { name: UNREADABLE_TITLE })).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Download your earlier answers' }));
  expect(screen.queryByRole('heading', { name: UNREADABLE_TITLE })).not.toBeInTheDocument();
  expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  // The copy stays on the device, noted as downloaded.
  expect(JSON.parse(localStorage.getItem(DRAFT_BACKUP_KEY) ?? '{}')).toMatchObject({
    items: [{ raw: UNREADABLE, downloadedAt: expect.any(String) }],
  });

  await nextVisit(second.unmount);
  renderAt('/', <App />);
  expect(screen.queryByRole('heading', { name: UNREADABLE_TITLE })).not.toBeInTheDocument();
});

test('a dismissed message about unreadable answers comes back on the next visit', async () => {
  const user = userEvent.setup();
  const first = await openWithUnreadableDraft('/');
  await user.click(screen.getByRole('button', { name: 'Dismiss this message' }));
  expect(screen.queryByRole('heading', { name: UNREADABLE_TITLE })).not.toBeInTheDocument();

  await nextVisit(first.unmount);
  renderAt('/step/about', <App />);
  expect(await screen.findByRole('heading', { name: UNREADABLE_TITLE })).toBeVisible();
});

test('person can delete the unreadable answers after confirming, and is not told about them again', async () => {
  const user = userEvent.setup();
  const first = await openWithUnreadableDraft('/');

  await user.click(screen.getByRole('button', { name: 'Delete the unreadable answers…' }));
  await user.click(
    within(
      screen.getByRole('group', { name: 'Delete the unreadable answers from this device?' }),
    ).getByRole('button', { name: 'Yes, delete them' }),
  );

  expect(screen.queryByRole('heading', { name: UNREADABLE_TITLE })).not.toBeInTheDocument();
  expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  expect(localStorage.getItem(DRAFT_BACKUP_KEY)).toBeNull();
  await nextVisit(first.unmount);
  renderAt('/', <App />);
  expect(screen.queryByRole('heading', { name: UNREADABLE_TITLE })).not.toBeInTheDocument();
});

test('when answers cannot be saved the step says so at once, and the message goes once saving works', async () => {
  const user = userEvent.setup();
  const full = fillStorageFor(DRAFT_STORAGE_KEY);
  renderAt('/step/about', <App />);
  await screen.findByRole('heading', { level: 1, name: /about you/i });

  await pick(user, 'about.ageBand', '31-50');

  const saving = screen.getByRole('status', { name: 'Saving your answers' });
  await waitFor(() => expect(saving).toHaveTextContent(/can't be saved/));
  expect(saving).toHaveTextContent(
    "Your answers can't be saved on this device right now (storage is full or blocked). You can still finish; they will be lost if you close this page.",
  );

  full.mockRestore();
  await pick(user, 'about.sex', 'male');

  await waitFor(() => expect(saving).toBeEmptyDOMElement());
  expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toContain('31-50');
});
