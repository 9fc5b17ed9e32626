/**
 * Controls of the /contribute/ form that are numbered by their place (a signature's copy, a
 * photo's description box) take new ids when one before them is removed. The form keeps, by id,
 * whether each control has been typed in and left; those marks must follow the answers.
 */

/**
 * Control ids that changed, in the order they changed: a removed control `[id, undefined]`, then
 * each later control `[old id, new id]`.
 */
export type ControlMoves = readonly (readonly [from: string, to: string | undefined])[];

/** Moves the marks of a set of control ids along with their controls. */
export function moveMarks(marks: Set<string>, moves: ControlMoves): void {
	for (const [from, to] of moves) {
		const marked = marks.delete(from);
		if (to === undefined) continue;
		if (marked) marks.add(to);
		else marks.delete(to);
	}
}

/** The moves when the item at `removed` of `count` numbered items goes: its ids, then the later ones' down by one. */
export function movesAfterRemoval(count: number, removed: number, idsAt: (index: number) => readonly string[]): ControlMoves {
	const moves: [string, string | undefined][] = idsAt(removed).map((id) => [id, undefined]);
	for (let at = removed + 1; at < count; at++) {
		const before = idsAt(at);
		const after = idsAt(at - 1);
		before.forEach((id, i) => moves.push([id, after[i]]));
	}
	return moves;
}
