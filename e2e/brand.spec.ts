import { expect, test } from './fixtures';

/** WCAG contrast of two `rgb(r, g, b)` colours, as the browser computed them. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, bl = 0] = (rgb.match(/\d+/g) ?? []).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

test.describe("the tenant's brand", () => {
  test('its accent colour is used for primary buttons', async ({ page, standIn }) => {
    await standIn.setSignInExperience({ color: { primaryColor: '#0e7490' } });
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Sign in' })).toHaveCSS(
      'background-color',
      'rgb(14, 116, 144)',
    );
  });

  test('a colour too pale to read on is corrected until its text passes WCAG AA', async ({
    page,
    standIn,
  }) => {
    await standIn.setSignInExperience({ color: { primaryColor: '#fff3b0' } });
    await page.goto('/');
    const button = page.getByRole('link', { name: 'Sign in' });
    const [background, text] = await button.evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.backgroundColor, style.color];
    });
    expect(background).not.toBe('rgb(255, 243, 176)');
    expect(contrast(background, text)).toBeGreaterThanOrEqual(4.5);
  });

  test('its logo and favicon replace the neutral ones', async ({ page, standIn, signedIn }) => {
    expect(signedIn).toBeTruthy();
    await standIn.brandWithStandInLogos();
    await page.reload();
    await expect(page.getByRole('banner').locator('img').first()).toHaveAttribute(
      'src',
      standIn.assetUrl('logo.svg'),
    );
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute(
      'href',
      standIn.assetUrl('favicon.svg'),
    );
  });

  test('without branding, a neutral mark and favicon', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
    const icon = await page.request.get('/favicon.svg');
    expect(icon.headers()['content-type']).toBe('image/svg+xml');
  });
});
