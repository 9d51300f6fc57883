/**
 * Any other account URL closes the dialog: on a client-side navigation a slot keeps its last
 * page unless the new URL matches something here.
 */
export default function NoDialog() {
  return null;
}
