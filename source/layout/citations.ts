// Citations as styled spans: the [n] of prose and cells carries the ref role, so that it is drawn
// (and clicked, and searched) as a reference number.
import {isCitation, splitCitations} from '../model/citations.js';
import {Role, type Span, span} from './styled.js';

/** Splits text into spans so that citations such as [1] carry the ref role. */
export function withCitations(text: string, role: number): Span[] {
	return splitCitations(text).map((part) => (isCitation(part) ? span(part, role | Role.ref) : span(part, role)));
}
