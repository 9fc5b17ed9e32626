/**
 * Which photo of a pass shows a security feature close up. Its own module so the guide component
 * that draws close-ups does not bundle the guide checker (and the MDX parser it imports).
 */

/** The photo side a close-up of each feature shows: a printer's mark is on the backing. */
export function closeUpSide(feature: string): 'front' | 'back' {
	return feature === 'printer-backing' ? 'back' : 'front';
}
