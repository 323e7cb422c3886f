import { useEffect, useRef } from 'react';
import { CheatSheetView } from './CheatSheetView';
import { formatTime } from './cheat-sheet-format';
import { useUpcomingCall } from './use-upcoming-call';

/** A modal with the cheat sheet of a call about to start; Escape or "Close" dismisses it. */
export function UpcomingCallDialog() {
  const { call, close } = useUpcomingCall();
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (call && dialog && !dialog.open) dialog.showModal();
  }, [call]);
  if (!call) return null;
  return (
    <dialog ref={dialogRef} className="call-dialog" aria-labelledby="call-dialog-title" onClose={close}>
      <header className="dialog-header">
        <h2 id="call-dialog-title">
          Call with {call.accountName} at {formatTime(call.startsAt)}
        </h2>
        <button type="button" className="secondary" autoFocus onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </header>
      <CheatSheetView sheet={call.cheatSheet} />
    </dialog>
  );
}
