// Ctrl-Z and fg, as less does it (signal.c): give the terminal back, stop with SIGTSTP's default
// action, and on SIGCONT take the terminal again and redraw in full. In raw mode the terminal
// sends Ctrl-Z as a byte rather than a signal, so the browser calls suspend() for the key; a
// SIGTSTP sent from outside (kill -TSTP) comes here as a signal and does the same.

/** What suspending and resuming do to the terminal. */
export type JobControlHandlers = {
	/** Gives the terminal back: modes off, main screen, cursor shown, cooked mode. */
	readonly release: () => void;
	/** Takes it again after SIGCONT: raw mode, modes on, the size read again, a full redraw. */
	readonly retake: () => void;
};

// When the stop signal cannot stop us (an orphaned process group: no shell with job control
// above us, so the kernel discards SIGTSTP), no SIGCONT ever comes; the browser takes the
// terminal back after this long. After a real stop the timer starts only once we run again, and
// SIGCONT's handler runs well within it.
const notStoppedAfter = 100;

/** Watches SIGTSTP and SIGCONT while the browser runs; suspend() is Ctrl-Z. */
export function watchJobControl(handlers: JobControlHandlers): {suspend: () => void; dispose: () => void} {
	let suspended = false;
	let fallback: NodeJS.Timeout | undefined;

	const resume = () => {
		clearTimeout(fallback);
		suspended = false;
		handlers.retake();
	};
	const suspend = () => {
		if (suspended) return;
		suspended = true;
		handlers.release();
		// With our handler removed, SIGTSTP has its default action again: stop. It goes to the
		// whole process group, as the terminal's own Ctrl-Z would, so that a wrapper (npx, npm
		// start) stops with us and the shell sees its job stopped.
		process.off('SIGTSTP', suspend);
		try {
			process.kill(0, 'SIGTSTP');
		} finally {
			process.on('SIGTSTP', suspend);
		}
		// Here we run again: continued (SIGCONT is on its way) or never stopped.
		fallback = setTimeout(() => {
			if (suspended) resume();
		}, notStoppedAfter);
	};
	// Continued: after our own stop, or after a SIGSTOP from outside that never gave the terminal
	// back (the shell may have drawn over the screen since): take it again and redraw either way.
	const onContinue = () => resume();

	process.on('SIGTSTP', suspend);
	process.on('SIGCONT', onContinue);
	return {
		suspend,
		dispose() {
			clearTimeout(fallback);
			process.off('SIGTSTP', suspend);
			process.off('SIGCONT', onContinue);
		},
	};
}
