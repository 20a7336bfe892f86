/** Line icons for the reader toolbar (decorative: every button carries its own label). */
const base = { width: 20, height: 20, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.7, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', focusable: 'false' } as const;

export const TypeIcon = () => (
  <svg {...base}>
    <path d="M4 19l5-14 5 14" />
    <path d="M5.8 14h6.4" />
    <path d="M15.5 12.2c.6-.8 1.5-1.2 2.6-1.2 1.7 0 2.9 1 2.9 2.7V19" />
    <path d="M21 15.6c-.8-.4-1.6-.5-2.6-.5-1.6 0-2.9.8-2.9 2.1 0 1.2 1 1.9 2.2 1.9 1.5 0 2.7-.9 3.3-2" />
  </svg>
);
export const ListenIcon = () => (
  <svg {...base}>
    <path d="M4 15v-3a8 8 0 0 1 16 0v3" />
    <rect x="3" y="14" width="4" height="6" rx="1.5" />
    <rect x="17" y="14" width="4" height="6" rx="1.5" />
  </svg>
);
export const PlayIcon = () => (
  <svg {...base} fill="currentColor" stroke="none">
    <path d="M8 5.5v13a1 1 0 0 0 1.5.9l10.2-6.5a1 1 0 0 0 0-1.7L9.5 4.6A1 1 0 0 0 8 5.5z" />
  </svg>
);
export const PauseIcon = () => (
  <svg {...base} fill="currentColor" stroke="none">
    <rect x="6.5" y="5" width="4" height="14" rx="1" />
    <rect x="13.5" y="5" width="4" height="14" rx="1" />
  </svg>
);
export const StopIcon = () => (
  <svg {...base} fill="currentColor" stroke="none">
    <rect x="6.5" y="6.5" width="11" height="11" rx="1.5" />
  </svg>
);
export const PrintIcon = () => (
  <svg {...base}>
    <path d="M7 9V4h10v5" />
    <rect x="3" y="9" width="18" height="8" rx="2" />
    <path d="M7 14h10v6H7z" />
  </svg>
);
export const NewTabIcon = () => (
  <svg {...base}>
    <path d="M14 4h6v6" />
    <path d="M20 4l-9 9" />
    <path d="M18 14v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4" />
  </svg>
);
export const SaveIcon = () => (
  <svg {...base}>
    <path d="M6 4h12v16l-6-4-6 4z" />
  </svg>
);
export const SavedIcon = () => (
  <svg {...base} fill="currentColor">
    <path d="M6 4h12v16l-6-4-6 4z" />
  </svg>
);
export const CloseIcon = () => (
  <svg {...base}>
    <path d="M6 6l12 12" />
    <path d="M18 6L6 18" />
  </svg>
);

export const HighlightsIcon = () => (
  <svg {...base}>
    <path d="M14.5 4.5l5 5L10 19H5v-5z" />
    <path d="M4 21h16" />
  </svg>
);
