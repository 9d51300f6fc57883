'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

import { buttonClass } from '@/components/ui/button';

/** The square the picture is saved as: plenty for any avatar, small to upload. */
const OUTPUT_SIZE = 512;
/** The editing canvas's own pixels (shown at 18rem, so sharp on 2× screens). */
const VIEW_SIZE = 576;

type View = { zoom: number; x: number; y: number };

type AvatarCropperProps = {
  file: File;
  onCrop: (file: File) => void;
  onCancel: () => void;
};

/** The image scaled to cover a `size` square at `zoom`, its offset kept inside the square. */
function placement(image: ImageBitmap, view: View, size: number) {
  const scale = Math.max(size / image.width, size / image.height) * view.zoom;
  const width = image.width * scale;
  const height = image.height * scale;
  const maxX = (width - size) / 2;
  const maxY = (height - size) / 2;
  const x = Math.min(maxX, Math.max(-maxX, view.x * (size / VIEW_SIZE)));
  const y = Math.min(maxY, Math.max(-maxY, view.y * (size / VIEW_SIZE)));
  return { left: (size - width) / 2 + x, top: (size - height) / 2 + y, width, height };
}

function draw(canvas: HTMLCanvasElement, image: ImageBitmap, view: View, mask: boolean) {
  const context = canvas.getContext('2d');
  if (!context) return;
  const size = canvas.width;
  const { left, top, width, height } = placement(image, view, size);
  context.clearRect(0, 0, size, size);
  context.drawImage(image, left, top, width, height);
  if (!mask) return;
  // Dim what falls outside the round avatar.
  context.fillStyle = 'rgba(0, 0, 0, 0.45)';
  context.beginPath();
  context.rect(0, 0, size, size);
  context.arc(size / 2, size / 2, size / 2, 0, Math.PI * 2, true);
  context.fill('evenodd');
}

function toBlob(canvas: HTMLCanvasElement, type: string): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, type, 0.9));
}

/**
 * A square crop of the chosen picture, in a modal dialog: drag or use the arrow keys to move,
 * the slider to zoom. Drawn on canvases (no object URLs or inline styles, which the CSP forbids);
 * the result is a 512×512 WebP (JPEG where the browser cannot write WebP).
 */
export function AvatarCropper({ file, onCrop, onCancel }: AvatarCropperProps) {
  const t = useTranslations('profile.picture.crop');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drag = useRef<{ x: number; y: number } | null>(null);
  const [image, setImage] = useState<ImageBitmap | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const [view, setView] = useState<View>({ zoom: 1, x: 0, y: 0 });

  useEffect(() => {
    dialogRef.current?.showModal();
    let bitmap: ImageBitmap | undefined;
    createImageBitmap(file).then(
      (decoded) => {
        bitmap = decoded;
        setImage(decoded);
      },
      () => setUnreadable(true),
    );
    return () => bitmap?.close();
  }, [file]);

  useEffect(() => {
    if (image && canvasRef.current) draw(canvasRef.current, image, view, true);
  }, [image, view]);

  const clampView = (next: View): View => {
    if (!image) return next;
    const { left, top } = placement(image, next, VIEW_SIZE);
    const centre = placement(image, { ...next, x: 0, y: 0 }, VIEW_SIZE);
    return { ...next, x: left - centre.left, y: top - centre.top };
  };
  const move = (dx: number, dy: number) =>
    setView((current) => clampView({ ...current, x: current.x + dx, y: current.y + dy }));

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drag.current) return;
    const ratio = VIEW_SIZE / event.currentTarget.getBoundingClientRect().width;
    move((event.clientX - drag.current.x) * ratio, (event.clientY - drag.current.y) * ratio);
    drag.current = { x: event.clientX, y: event.clientY };
  };
  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const step = event.shiftKey ? 40 : 10;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const delta = moves[event.key];
    if (!delta) return;
    event.preventDefault();
    move(...delta);
  };

  const crop = async () => {
    if (!image) return;
    const canvas = document.createElement('canvas');
    canvas.width = OUTPUT_SIZE;
    canvas.height = OUTPUT_SIZE;
    draw(canvas, image, view, false);
    const webp = await toBlob(canvas, 'image/webp');
    const blob = webp?.type === 'image/webp' ? webp : await toBlob(canvas, 'image/jpeg');
    if (!blob) return setUnreadable(true);
    const extension = blob.type === 'image/webp' ? 'webp' : 'jpg';
    onCrop(new File([blob], `avatar.${extension}`, { type: blob.type }));
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="avatar-crop-title"
      onClose={onCancel}
      className="m-auto w-[22rem] max-w-[calc(100vw-2rem)] rounded-xl border border-zinc-200 bg-white p-5 text-zinc-900 shadow-xl backdrop:bg-zinc-950/50 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <h2 id="avatar-crop-title" className="text-base font-semibold">
        {t('title')}
      </h2>
      {unreadable ? (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-300">
          {t('unreadable')}
        </p>
      ) : (
        <>
          <p id="avatar-crop-hint" className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            {t('hint')}
          </p>
          <canvas
            ref={canvasRef}
            width={VIEW_SIZE}
            height={VIEW_SIZE}
            role="img"
            tabIndex={0}
            aria-label={t('canvas')}
            aria-describedby="avatar-crop-hint"
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={() => {
              drag.current = null;
            }}
            onKeyDown={onKeyDown}
            className="mx-auto mt-3 size-72 max-w-full cursor-move touch-none rounded-lg bg-zinc-100 dark:bg-zinc-800"
          />
          <label className="mt-3 block text-sm font-medium">
            {t('zoom')}
            <input
              type="range"
              min={1}
              max={4}
              step={0.05}
              value={view.zoom}
              onChange={(event) =>
                setView((current) => clampView({ ...current, zoom: Number(event.target.value) }))
              }
              className="mt-1 block w-full accent-accent"
            />
          </label>
        </>
      )}
      <div className="mt-5 flex justify-end gap-2">
        <button
          type="button"
          onClick={() => dialogRef.current?.close()}
          className={buttonClass('secondary')}
        >
          {t('cancel')}
        </button>
        {unreadable ? null : (
          <button type="button" disabled={!image} onClick={crop} className={buttonClass('primary')}>
            {t('use')}
          </button>
        )}
      </div>
    </dialog>
  );
}
