const MUTE_KEY = "prepersonalize.timer-muted";

export function isChimeMuted(): boolean {
  return window.localStorage.getItem(MUTE_KEY) === "1";
}

export function setChimeMuted(muted: boolean): void {
  window.localStorage.setItem(MUTE_KEY, muted ? "1" : "0");
}

/** A short, soft two-note chime made on the spot: no audio file to download. */
export function playChime(): void {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) return;
  const audio = new AudioContextClass();
  [660, 880].forEach((frequency, index) => {
    const start = audio.currentTime + index * 0.25;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.15, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.5);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.55);
  });
  window.setTimeout(() => void audio.close(), 1500);
}
