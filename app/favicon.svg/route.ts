/** The neutral favicon, used when the tenant's branding has none. */
const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#4f46e5"/><circle cx="16" cy="12.5" r="5" fill="#fff"/><path d="M7.5 26c1.2-4.6 4.6-7 8.5-7s7.3 2.4 8.5 7" fill="#fff"/></svg>`;

export function GET() {
  return new Response(icon, {
    headers: {
      'Content-Type': 'image/svg+xml',
      'Cache-Control': 'public, max-age=86400',
    },
  });
}
