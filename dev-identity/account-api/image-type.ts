/**
 * The image types Logto accepts for avatars, told by their bytes rather than the declared type
 * (account-api.md §3.9): JPEG, PNG, GIF, WebP and BMP, each with a valid end marker.
 */

export type ImageType = { contentType: string; extension: string };

const startsWith = (bytes: Buffer, signature: number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);

const endsWith = (bytes: Buffer, signature: number[]) =>
  bytes.length >= signature.length && startsWith(bytes, signature, bytes.length - signature.length);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** An empty IEND chunk: length 0, type, CRC. */
const pngEnd = [0, 0, 0, 0, ...ascii('IEND'), 0xae, 0x42, 0x60, 0x82];

/** The image type of `bytes`, or undefined for anything else (SVG included). */
export function detectImageType(bytes: Buffer): ImageType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff]) && endsWith(bytes, [0xff, 0xd9])) {
    return { contentType: 'image/jpeg', extension: 'jpg' };
  }
  if (startsWith(bytes, pngSignature) && endsWith(bytes, pngEnd)) {
    return { contentType: 'image/png', extension: 'png' };
  }
  const gif = startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'));
  if (gif && endsWith(bytes, [0x3b])) {
    return { contentType: 'image/gif', extension: 'gif' };
  }
  // RIFF and BMP headers carry the file's length: a truncated file fails that check.
  if (
    bytes.length >= 12 &&
    startsWith(bytes, ascii('RIFF')) &&
    startsWith(bytes, ascii('WEBP'), 8) &&
    bytes.readUInt32LE(4) + 8 === bytes.length
  ) {
    return { contentType: 'image/webp', extension: 'webp' };
  }
  if (
    bytes.length >= 6 &&
    startsWith(bytes, ascii('BM')) &&
    bytes.readUInt32LE(2) === bytes.length
  ) {
    return { contentType: 'image/bmp', extension: 'bmp' };
  }
  return undefined;
}
