/**
 * Whether a note line stands on its own as a statement. A line that opens with a subordinating
 * conjunction ("If compute runs bare metal, …", "When you build a cluster …", "Because it is …") is
 * a condition or a reason waiting for its main clause; one that opens with a connective ("Also …",
 * "But …", "Plus …") continues something said before it. Neither reads as a fact on its own.
 * (A scene-setting clause with a main clause after it is cut off first; see dropLeadClause.)
 */

const DEPENDENT_OPENING =
  /^(?:if|when|whenever|whether|unless|because|cause|since|although|though|while|whilst|whereas|as|assuming|provided|and|but|or|nor|so|also|plus|then|which)\b/i;

/** True when the line opens with a word that makes it depend on another clause (see the module comment). */
export function opensDependent(text: string): boolean {
  return DEPENDENT_OPENING.test(text.trim());
}
