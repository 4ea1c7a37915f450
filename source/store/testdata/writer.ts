// A writer to kill (killed-writer.test.ts): changes a decision and saves it, again and again, as
// fast as it can, until it is killed. Says "ready" once its first save is on disk.
import {type Decision, withNote, withScore} from '../../model/decision.js';
import {DecisionKeeper, openDecision} from '../decision-store.js';

const path = process.argv[2];
if (!path) throw new Error('usage: writer PATH');
const keeper = new DecisionKeeper({
	path,
	about: {title: 'Killed', source: 'killed-writer'},
	opened: openDecision(path),
	makeFolder: true,
});
let decision: Decision = keeper.decision;
for (let step = 1; ; step++) {
	const place = {section: 's', criterion: `Row ${step % 40}`, occurrence: 1};
	// Notes of changing length, so that files of every size are written over one another.
	decision = withNote(
		withScore(decision, place, 'a', step % 6),
		place,
		'b',
		`${step} ${'x'.repeat((step * 37) % 700)}`,
	);
	keeper.change(decision);
	keeper.flush();
	if (step === 1) process.stdout.write('ready\n');
}
