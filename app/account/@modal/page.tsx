/** `/account` itself has no dialog. */
export default function NoDialog() {
  return null;
}
