/** No task open: the dialog slot renders nothing. */
export default function NoDialog() {
  return null;
}
