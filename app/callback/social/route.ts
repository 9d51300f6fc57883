import { redirect } from 'next/navigation';
import { NextResponse, type NextRequest } from 'next/server';

import { getConfig } from '@/lib/config';
import { completeSocialCallback } from '@/lib/social/complete';
import { socialCallbackPath } from '@/lib/social/flow';

/** The provider's way back (`redirectUri`): finish the link, then show the result. */
export async function GET(request: NextRequest) {
  redirect(await completeSocialCallback(request.nextUrl.searchParams));
}

/**
 * Providers answering with `response_mode=form_post` (Apple) POST cross-site, and browsers send
 * no SameSite=Lax cookie with that. A 303 to the GET form of the callback is a top-level
 * navigation, which carries them.
 */
export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => new FormData());
  const params = new URLSearchParams();
  for (const [key, value] of form) if (typeof value === 'string') params.append(key, value);
  return NextResponse.redirect(`${getConfig().baseUrl}${socialCallbackPath}?${params}`, 303);
}
